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
	"bytes"
	"fmt"
	"strings"

	"unicode/utf8"

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
	// Entries and their proper prefixes by the hash of their sequence of
	// keys (see combine and seqTable).
	seq      seqTable
	maxLen   int             // longest entry, in words
	sex      map[uint64]byte // hash of a given name's key -> 'M', 'F' or 'U'
	demonyms map[string]string
	canon    map[string]string // country key -> canonical country name
	entries  int
}

// Load parses list files (see the package comment) into one Gazetteer.
// Errors name the file by its index and the line.
func Load(files ...[]byte) (*Gazetteer, error) {
	g := &Gazetteer{
		sex:      map[uint64]byte{},
		demonyms: map[string]string{},
		canon:    map[string]string{},
	}
	// Every entry word adds at most one sequence to the table.
	n := 0
	for _, data := range files {
		n += bytes.Count(data, []byte{'\n'}) + bytes.Count(data, []byte{' '}) + 1
	}
	g.seq.init(n)
	for fi, data := range files {
		text := string(data) // entries are substrings of it: no copy per line
		line := 0
		for text != "" {
			line++
			var l string
			l, text, _ = strings.Cut(text, "\n")
			l = strings.TrimSuffix(l, "\r")
			if l == "" || l[0] == '#' {
				continue
			}
			kind, rest, ok := strings.Cut(l, "\t")
			entry, extra, _ := strings.Cut(rest, "\t")
			if !ok || entry == "" {
				return nil, fmt.Errorf("gazetteer file %d, line %d: want kind<TAB>entry, got %q", fi, line, l)
			}
			extra, _, _ = strings.Cut(extra, "\t")
			k, ok := ParseKind(kind)
			if !ok {
				return nil, fmt.Errorf("gazetteer file %d, line %d: unknown kind %q", fi, line, kind)
			}
			g.add(k, entry, extra)
		}
	}
	return g, nil
}

// add records one entry.
func (g *Gazetteer) add(k Kind, entry, extra string) {
	h := uint64(hashSeed)
	nw := 0
	for w := range strings.FieldsSeq(entry) {
		if nw > 0 {
			g.seq.add(h, 0, true) // a proper prefix of the entry
		}
		h = combine(h, wordHash(w))
		nw++
	}
	if nw == 0 {
		return
	}
	g.entries++
	g.seq.add(h, 1<<k, false)
	g.maxLen = max(g.maxLen, nw)
	switch k {
	case Given:
		if nw == 1 && extra != "" {
			g.sex[wordHash(entry)] = extra[0]
		}
	case Demonym:
		if extra != "" {
			g.demonyms[joinKeys(entry)] = extra
		}
	case Country:
		name := entry
		if extra != "" {
			name = extra
		}
		g.canon[joinKeys(entry)] = name
	}
}

// joinKeys returns the keys of an entry's words joined by spaces.
func joinKeys(entry string) string {
	var b strings.Builder
	for w := range strings.FieldsSeq(entry) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(Key(w))
	}
	return b.String()
}

// wordHash returns keyHash(Key(w)), without building the key for ASCII
// words.
func wordHash(w string) uint64 {
	h := uint64(0xcbf29ce484222325)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return keyHash(Key(w))
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint64(c)
		h *= 0x100000001b3
	}
	return finish(h)
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

// Len reports the number of entries loaded.
func (g *Gazetteer) Len() int { return g.entries }

// Key returns the folded form under which words are listed and looked up
// (textutil.FoldKey): lower case, compatibility forms, curly apostrophes
// and dashes folded, diacritics removed.
func Key(word string) string { return textutil.FoldKey(word) }

// Word returns the kinds of which key (see Key) is a one-word entry.
func (g *Gazetteer) Word(key string) Mask {
	return g.seq.get(combine(hashSeed, keyHash(key))).kinds
}

// Sex returns the sex recorded for the given name with the given key: 'M',
// 'F', 'U' (used for both), or 0 if the name is not listed.
func (g *Gazetteer) Sex(key string) byte { return g.sex[keyHash(key)] }

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
	return finish(h)
}

func finish(h uint64) uint64 {
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
