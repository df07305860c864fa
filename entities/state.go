package entities

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/analyzer"
	"github.com/newsfacts/newsfacts/analyzer/segment"
	"github.com/newsfacts/newsfacts/entities/internal/gazetteer"
	"github.com/newsfacts/newsfacts/entities/internal/ner"
	"github.com/newsfacts/newsfacts/internal/textutil"
)

// docState is the working state of one document's analysis.
type docState struct {
	text  string
	seg   *segment.Result
	gaz   *gazetteer.Gazetteer
	model *ner.Model

	words   []string // token texts
	cue     []uint16 // what each word token is in the rules' word lists (cue* bits)
	tokSent []int32  // sentence of each token
	quoted  []bool   // token is inside a quotation
	// nameStart[i] / nameEnd[i]: index+1 of the name mention starting at /
	// ending with token i, 0 if none.
	nameStart, nameEnd []int32
	nameAt             []int32 // index+1 of the name mention covering token i
	names              []int   // indices of name mentions, in text order
	titleList          []sentTitle

	mentions []*mention
	entities []*entity

	// Matching indexes (see docState.index).
	byKey      map[string][]int // word of a name -> entities
	byInitials map[string][]int // initials of a multi-word name -> entities
	byAcronym  map[string][]int // letters of a one-word acronym -> entities
	byCountry  map[string]int   // canonical country name -> entity
	entStamp   []int
	stamp      int
	cands      []int
	countries  map[string]int // canonical country name -> entity, built after clustering
	titled     map[string][]int
}

// mention is a Mention during analysis, with its tokens.
type mention struct {
	span       analyzer.Span
	typ        Type
	kind       MentionKind
	entity     int // index into docState.entities, -1 if not linked
	sent       int
	tok0, tok1 int      // tokens [tok0, tok1)
	keys       []string // folded words of a name, for clustering
}

type entity struct {
	votes     [4]int // name mentions by type, in the order of allTypes
	mentions  []int  // indices into docState.mentions
	canon     int    // mention index of the canonical name
	names     [][]string
	roles     []role
	gender    byte // 'M', 'F', 0 unknown, 'X' contradictory
	country   string
	acronym   string
	last      int // mention index of the latest name mention
	canonType Type
}

type role struct {
	span  analyzer.Span
	title string
	of    int // entity index or -1
}

var allTypes = [4]Type{Person, Organization, Location, Misc}

func typeIndex(t Type) int {
	switch t {
	case Person:
		return 0
	case Organization:
		return 1
	case Location:
		return 2
	}
	return 3
}

// typ returns the type of most of the entity's name mentions; ties go to
// the type of the canonical name.
func (e *entity) typ() Type {
	best, bestN := e.canonType, e.votes[typeIndex(e.canonType)]
	for i, n := range e.votes {
		if n > bestN {
			best, bestN = allTypes[i], n
		}
	}
	return best
}

// statePool recycles docStates, whose per-token arrays and maps are the
// bulk of an analysis's working memory. Nothing of a docState reaches the
// Result.
var statePool = sync.Pool{New: func() any { return new(docState) }}

func newDocState(text string, seg *segment.Result, res *resources) *docState {
	d := statePool.Get().(*docState)
	d.reset()
	d.text, d.seg, d.gaz, d.model = text, seg, res.gaz, res.model
	n := len(seg.Tokens)
	d.words = grab(&d.words, n)
	for i, t := range seg.Tokens {
		d.words[i] = text[t.Start:t.End]
	}
	d.cue = grab(&d.cue, n)
	for i, t := range seg.Tokens {
		if t.Kind == segment.KindWord {
			d.cue[i], _ = lookupFold(cueWords, d.words[i])
		}
	}
	d.tokSent = grab(&d.tokSent, n)
	for si, s := range seg.Sentences {
		for i := s.Tokens.Start; i < s.Tokens.End; i++ {
			d.tokSent[i] = int32(si)
		}
	}
	d.quoted = grab(&d.quoted, n)
	for _, p := range seg.Paragraphs {
		if p.Sentences.Len() == 0 {
			continue
		}
		first := seg.Sentences[p.Sentences.Start].Tokens.Start
		last := seg.Sentences[p.Sentences.End-1].Tokens.End
		open := -1
		for i := first; i < last; i++ {
			t := seg.Tokens[i]
			if !t.Kind.IsQuote() || isSingleQuote(d.words[i]) {
				continue
			}
			if t.Kind == segment.KindOpenQuote {
				open = i
			} else if open >= 0 {
				for j := open; j <= i; j++ {
					d.quoted[j] = true
				}
				open = -1
			}
		}
		if open >= 0 { // a quotation that runs on past its paragraph
			for j := open; j < last; j++ {
				d.quoted[j] = true
			}
		}
	}
	d.nameStart = grab(&d.nameStart, n)
	d.nameEnd = grab(&d.nameEnd, n)
	d.nameAt = grab(&d.nameAt, n)
	return d
}

// reset empties a docState for reuse, keeping its arrays' storage.
func (d *docState) reset() {
	clear(d.words[:cap(d.words)]) // drop references to the last text
	d.text, d.seg = "", nil
	d.names = d.names[:0]
	d.titleList = d.titleList[:0]
	clear(d.mentions[:cap(d.mentions)])
	d.mentions = d.mentions[:0]
	clear(d.entities[:cap(d.entities)])
	d.entities = d.entities[:0]
	if d.byKey == nil {
		d.byKey = map[string][]int{}
		d.byInitials = map[string][]int{}
		d.byAcronym = map[string][]int{}
		d.byCountry = map[string]int{}
	} else {
		clear(d.byKey)
		clear(d.byInitials)
		clear(d.byAcronym)
		clear(d.byCountry)
	}
	d.entStamp = d.entStamp[:0]
	d.stamp = 0
	d.cands = d.cands[:0]
	d.countries, d.titled = nil, nil
}

// release returns d to the pool.
func (d *docState) release() {
	d.reset()
	statePool.Put(d)
}

// grab returns *s resized to n zero elements, reusing its array when it is
// large enough.
func grab[T any](s *[]T, n int) []T {
	if cap(*s) < n {
		*s = make([]T, n)
	} else {
		*s = (*s)[:n]
		clear(*s)
	}
	return *s
}

func isSingleQuote(s string) bool {
	return s == "'" || s == "‘" || s == "’" || s == "‹" || s == "›"
}

// lower returns the token's text in lower case (ASCII fast path). Tokens
// longer than any word of interest are cut short first, so that a
// pathological token costs no more than a long word.
func (d *docState) lower(i int) string {
	return textutil.FoldWord(clip(d.words[i]))
}

// Cue bits: membership of a word in the rules' lists, looked up once per
// token.
const (
	cueTitleHead = 1 << iota
	cueTitleMod
	cueStop // a word acronyms skip: "of", "and", "the"
	cuePronoun
	cuePronounClass // two bits: the pronoun class minus one
	_
)

// cueWords maps the words of the lists to their cue bits.
var cueWords = func() map[string]uint16 {
	m := map[string]uint16{}
	for w := range titleHeads {
		m[w] |= cueTitleHead
	}
	for w := range titleModifiers {
		m[w] |= cueTitleMod
	}
	for w := range acronymStop {
		m[w] |= cueStop
	}
	for w, c := range pronouns {
		m[w] |= cuePronoun | uint16(c-1)*cuePronounClass
	}
	return m
}()

// pronounClass returns the class of token i if it is a pronoun, else 0.
func (d *docState) pronounClass(i int) int {
	c := d.cue[i]
	if c&cuePronoun == 0 {
		return 0
	}
	return int(c/cuePronounClass&3) + 1
}

// lookupFold looks a word up in a map of lower-case ASCII words, without
// allocating.
func lookupFold[V any](m map[string]V, w string) (V, bool) {
	var buf [40]byte
	if len(w) > len(buf) {
		var zero V
		return zero, false // no listed word is that long
	}
	n := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			// The lists are ASCII: only a curly apostrophe can match.
			if strings.HasPrefix(w[i:], "’") {
				buf[n] = '\''
				n++
				i += len("’") - 1
				continue
			}
			var zero V
			return zero, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[n] = c
		n++
	}
	v, ok := m[string(buf[:n])]
	return v, ok
}

// inFold reports whether the lower-case form of w is in set.
func inFold(set map[string]bool, w string) bool {
	v, _ := lookupFold(set, w)
	return v
}

// key returns the token's gazetteer key (of its first 64 bytes).
func (d *docState) key(i int) string { return gazetteer.Key(clip(d.words[i])) }

// clip cuts a string to at most 64 bytes, on a rune boundary.
func clip(s string) string {
	const n = 64
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut]
}

func (d *docState) isWord(i int) bool {
	return i >= 0 && i < len(d.words) && d.seg.Tokens[i].Kind == segment.KindWord
}

func (d *docState) is(i int, words ...string) bool {
	if i < 0 || i >= len(d.words) {
		return false
	}
	w := d.words[i]
	for _, x := range words {
		if strings.EqualFold(w, x) {
			return true
		}
	}
	return false
}

// isPossessive reports whether token i is a possessive clitic.
func (d *docState) isPossessive(i int) bool {
	return d.is(i, "'s", "’s", "'", "’") && i > 0 && d.seg.Tokens[i].Start == d.seg.Tokens[i-1].End
}

func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func (d *docState) sentTokens(si int) (int, int) {
	r := d.seg.Sentences[si].Tokens
	return r.Start, r.End
}

func (d *docState) span(tok0, tok1 int) analyzer.Span {
	return analyzer.Span{Start: d.seg.Tokens[tok0].Start, End: d.seg.Tokens[tok1-1].End}
}

// addMention records m; mentions longer than MaxMentionLen must not be
// added.
func (d *docState) addMention(m *mention) int {
	d.mentions = append(d.mentions, m)
	return len(d.mentions) - 1
}

// result assembles the public Result: mentions in text order, entities in
// order of first mention.
func (d *docState) result(opts Options) *Result {
	order := make([]int, len(d.mentions))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		ma, mb := d.mentions[a], d.mentions[b]
		if ma.span.Start != mb.span.Start {
			return ma.span.Start - mb.span.Start
		}
		return mb.span.End - ma.span.End // longer first
	})
	// Entities in order of first mention; entities without mentions dropped.
	entOrder := make([]int, 0, len(d.entities))
	entNew := make([]int, len(d.entities))
	for i := range entNew {
		entNew[i] = -1
	}
	for _, mi := range order {
		if e := d.mentions[mi].entity; e >= 0 && entNew[e] < 0 {
			entNew[e] = len(entOrder)
			entOrder = append(entOrder, e)
		}
	}
	remap := func(e int) int {
		if e < 0 {
			return -1
		}
		return entNew[e]
	}
	r := &Result{Mentions: make([]Mention, len(order)), Entities: make([]Entity, len(entOrder))}
	for ni, oi := range entOrder {
		e := d.entities[oi]
		cm := d.mentions[e.canon]
		out := Entity{
			ID:            ni + 1,
			Type:          e.typ(),
			Name:          d.text[cm.span.Start:cm.span.End],
			Country:       e.country,
			CountryEntity: -1,
			Acronym:       e.acronym,
		}
		if e.country != "" {
			out.CountryEntity = remap(d.countryEntity(e.country))
		}
		if !opts.NoRoles {
			for _, rl := range e.roles {
				out.Roles = append(out.Roles, Role{Span: rl.span, Title: rl.title, Of: remap(rl.of)})
			}
		}
		r.Entities[ni] = out
	}
	for ni, oi := range order {
		m := d.mentions[oi]
		e := remap(m.entity)
		r.Mentions[ni] = Mention{
			Span: m.span, Text: d.text[m.span.Start:m.span.End], Type: m.typ,
			Kind: m.kind, Entity: e, Sentence: m.sent,
		}
		if e >= 0 {
			r.Entities[e].Mentions = append(r.Entities[e].Mentions, ni)
		}
	}
	return r
}
