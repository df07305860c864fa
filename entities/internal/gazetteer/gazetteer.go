// Package gazetteer holds the name lists that the entity recogniser uses as
// features and that entity clustering uses to link demonyms to countries:
// countries, regions, cities, given names, demonyms, organisation words and
// person titles. Entries are matched on folded keys (see Key), so case,
// curly apostrophes and diacritics do not matter.
//
// The lists are text files of tab-separated lines "kind<TAB>entry[<TAB>extra]";
// blank lines and lines starting with '#' are ignored. Kinds are the names
// of the Kind constants in lower case ("country", "city", "given", ...).
// The extra column holds a given name's sex (M, F or U) and a demonym's
// country.
package gazetteer

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"

	"github.com/newsfacts/newsfacts/internal/textutil"
)

// A Kind is one name list.
type Kind uint8

// The name lists.
const (
	Country Kind = iota // sovereign states and territories, with common aliases
	Region              // continents, world regions, first-level subdivisions
	City                // populated places
	Given               // given names
	Demonym             // nationality adjectives and nouns: "Kazakh", "Lithuanians"
	OrgWord             // words that end or head organisation names: "Inc", "Ministry"
	Title               // person titles and roles: "President", "Minister", "Mr"
	NumKinds
)

var kindNames = [NumKinds]string{"country", "region", "city", "given", "demonym", "orgword", "title"}

// String returns the kind's name as used in the list files.
func (k Kind) String() string {
	if k < NumKinds {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", k)
}

// ParseKind returns the kind with the given name.
func ParseKind(s string) (Kind, bool) {
	for k, n := range kindNames {
		if n == s {
			return Kind(k), true
		}
	}
	return 0, false
}

// A Mask is a set of kinds.
type Mask uint16

// Has reports whether k is in m.
func (m Mask) Has(k Kind) bool { return m&(1<<k) != 0 }

// A Match is a run of tokens [Start, End) that is a whole entry of the
// lists in Kinds.
type Match struct {
	Start, End int
	Kinds      Mask
}

// A Gazetteer is a set of loaded name lists. It is immutable and safe for
// concurrent use.
type Gazetteer struct {
	// While loading: entries by the hash of their keys (see combine).
	words    map[string]Mask // key of a one-word entry -> kinds
	phrases  map[uint64]Mask // hash of the keys of a multi-word entry -> kinds
	prefixes map[uint64]bool // hashes of proper prefixes of multi-word entries
	// After loading: the same in one compact table (see seqTable).
	seq      seqTable
	maxLen   int             // longest entry, in words
	sex      map[string]byte // given-name key -> 'M', 'F' or 'U'
	demonyms map[string]string
	canon    map[string]string // country key -> canonical country name
	entries  int
}

// Load parses list files (see the package comment) into one Gazetteer.
// Errors name the file by its index and the line.
func Load(files ...[]byte) (*Gazetteer, error) {
	g := &Gazetteer{
		words:    map[string]Mask{},
		phrases:  map[uint64]Mask{},
		prefixes: map[uint64]bool{},
		sex:      map[string]byte{},
		demonyms: map[string]string{},
		canon:    map[string]string{},
	}
	for fi, data := range files {
		sc := bufio.NewScanner(bytes.NewReader(data))
		sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
		line := 0
		for sc.Scan() {
			line++
			text := sc.Text()
			if text == "" || text[0] == '#' {
				continue
			}
			f := strings.Split(text, "\t")
			if len(f) < 2 || f[1] == "" {
				return nil, fmt.Errorf("gazetteer file %d, line %d: want kind<TAB>entry, got %q", fi, line, text)
			}
			k, ok := ParseKind(f[0])
			if !ok {
				return nil, fmt.Errorf("gazetteer file %d, line %d: unknown kind %q", fi, line, f[0])
			}
			extra := ""
			if len(f) > 2 {
				extra = f[2]
			}
			g.add(k, f[1], extra)
		}
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("gazetteer file %d: %v", fi, err)
		}
	}
	g.freeze()
	return g, nil
}

// freeze moves the entries into the compact table.
func (g *Gazetteer) freeze() {
	n := len(g.words) + len(g.phrases) + len(g.prefixes)
	g.seq.init(n)
	for key, m := range g.words {
		g.seq.add(combine(hashSeed, keyHash(key)), m, false)
	}
	for h, m := range g.phrases {
		g.seq.add(h, m, false)
	}
	for h := range g.prefixes {
		g.seq.add(h, 0, true)
	}
	g.words, g.phrases, g.prefixes = nil, nil, nil
}

// A seqTable maps the hash of a sequence of keys to the kinds of the
// entries that are exactly that sequence, and whether longer entries
// start with it. It is an open-addressing table of 32-bit fingerprints
// (the low bits of the hash are implied by the slot): a look-up of an
// unknown sequence matches by accident with a probability of about 2^-31.
type seqTable struct {
	slots []seqSlot
	mask  uint64
}

type seqSlot struct {
	fp     uint32 // hash>>32 | 1; 0 marks an empty slot
	kinds  Mask
	prefix bool
}

func seqFP(h uint64) uint32 { return uint32(h>>32) | 1 }

func (t *seqTable) init(n int) {
	size := 16
	for size < 2*n {
		size <<= 1
	}
	t.slots = make([]seqSlot, size)
	t.mask = uint64(size - 1)
}

func (t *seqTable) add(h uint64, kinds Mask, prefix bool) {
	fp := seqFP(h)
	j := h & t.mask
	for t.slots[j].fp != 0 && t.slots[j].fp != fp {
		j = (j + 1) & t.mask
	}
	s := &t.slots[j]
	s.fp = fp
	s.kinds |= kinds
	s.prefix = s.prefix || prefix
}

func (t *seqTable) get(h uint64) seqSlot {
	if len(t.slots) == 0 {
		return seqSlot{}
	}
	fp := seqFP(h)
	for j := h & t.mask; ; j = (j + 1) & t.mask {
		switch t.slots[j].fp {
		case fp:
			return t.slots[j]
		case 0:
			return seqSlot{}
		}
	}
}

func (g *Gazetteer) add(k Kind, entry, extra string) {
	words := strings.Fields(entry)
	if len(words) == 0 {
		return
	}
	g.entries++
	keys := make([]string, len(words))
	for i, w := range words {
		keys[i] = Key(w)
	}
	if len(keys) == 1 {
		g.words[keys[0]] |= 1 << k
	} else {
		h := uint64(hashSeed)
		for i, key := range keys {
			h = combine(h, keyHash(key))
			if i < len(keys)-1 {
				g.prefixes[h] = true
			}
		}
		g.phrases[h] |= 1 << k
		g.maxLen = max(g.maxLen, len(keys))
	}
	switch k {
	case Given:
		if len(keys) == 1 && extra != "" {
			g.sex[keys[0]] = extra[0]
		}
	case Demonym:
		if extra != "" {
			g.demonyms[strings.Join(keys, " ")] = extra
		}
	case Country:
		name := entry
		if extra != "" {
			name = extra
		}
		g.canon[strings.Join(keys, " ")] = name
	}
}

// Len reports the number of entries loaded.
func (g *Gazetteer) Len() int { return g.entries }

// Key returns the folded form under which words are listed and looked up:
// lower case, compatibility forms and curly apostrophes folded, diacritics
// removed.
func Key(word string) string {
	return textutil.StripMarks(textutil.FoldWord(word))
}

// Word returns the kinds of which key (see Key) is a one-word entry.
func (g *Gazetteer) Word(key string) Mask {
	return g.seq.get(combine(hashSeed, keyHash(key))).kinds
}

// Sex returns the sex recorded for the given name with the given key: 'M',
// 'F', 'U' (used for both), or 0 if the name is not listed.
func (g *Gazetteer) Sex(key string) byte { return g.sex[key] }

// Country returns the country of a demonym written as the given keys
// joined by spaces ("kazakh" -> "Kazakhstan").
func (g *Gazetteer) Country(demonymKey string) (string, bool) {
	c, ok := g.demonyms[demonymKey]
	return c, ok
}

// CountryName returns the canonical name of the country whose name or
// alias is written as the given keys joined by spaces ("u.s." -> "United
// States").
func (g *Gazetteer) CountryName(key string) (string, bool) {
	c, ok := g.canon[key]
	return c, ok
}

// A Token is what matching needs to know of one token: see Lookup.
type Token struct {
	Hash   uint64 // hash of the token's key
	Kinds  Mask   // kinds of which the token is a one-word entry
	Starts bool   // the token starts a multi-word entry
}

// Lookup returns the Token for a token with the given key (see Key).
// Callers that match many texts can compute it once per distinct word.
func (g *Gazetteer) Lookup(key string) Token {
	h := keyHash(key)
	e := g.seq.get(combine(hashSeed, h))
	return Token{Hash: h, Kinds: e.kinds, Starts: e.prefix}
}

// Matches finds entries in a sequence of token keys, left to right,
// preferring the longest entry at each position, and appends them to dst.
func (g *Gazetteer) Matches(dst []Match, keys []string) []Match {
	toks := make([]Token, len(keys))
	for i, k := range keys {
		toks[i] = g.Lookup(k)
	}
	return g.MatchTokens(dst, toks)
}

// MatchTokens is Matches for tokens already looked up. It takes time
// linear in len(toks) (entries are at most a few words long).
func (g *Gazetteer) MatchTokens(dst []Match, toks []Token) []Match {
	for i := 0; i < len(toks); {
		best, bestMask := 0, toks[i].Kinds
		if bestMask != 0 {
			best = 1
		}
		if toks[i].Starts {
			h := combine(hashSeed, toks[i].Hash)
			for j := i + 1; j < len(toks) && j-i < g.maxLen; j++ {
				if j > i+1 && !g.seq.get(h).prefix {
					break
				}
				h = combine(h, toks[j].Hash)
				if m := g.seq.get(h).kinds; m != 0 {
					best, bestMask = j+1-i, m
				}
			}
		}
		if best == 0 {
			i++
			continue
		}
		dst = append(dst, Match{Start: i, End: i + best, Kinds: bestMask})
		i += best
	}
	return dst
}

const hashSeed = 0xcbf29ce484222325

// keyHash hashes one key (FNV-1a, then splitmix64's finaliser).
func keyHash(s string) uint64 {
	h := uint64(0xcbf29ce484222325)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 0x100000001b3
	}
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	h ^= h >> 31
	return h
}

// combine extends the hash h of a word sequence by the hash k of one more
// word.
func combine(h, k uint64) uint64 {
	h = (h ^ k) * 0x9E3779B97F4A7C15
	return h ^ h>>29
}
