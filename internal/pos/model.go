package pos

import (
	"hash/maphash"
	"math/bits"
	"strings"
	"sync/atomic"

	pc "github.com/newsfacts/newsfacts/internal/perceptron"
)

// A vec holds the summed weights of the unigram features a word
// contributes at each offset -2..2 from the current token (the bias
// included at offset 0).
type vec [5 * NumTags]float32

// A Model is a trained tagger. It is immutable (its caches aside) and safe
// for concurrent use.
type Model struct {
	table *pc.Table
	// hist[t2][t1] is the summed weight of the history features of the
	// previous tags t2 and t1 (startTag before the sentence).
	hist [NumTags + 1][NumTags + 1][NumTags]float32

	vocab pc.Vocab // the training corpus's tokens
	words []string
	// fixed[i] is the tag of vocabulary word i when training always gave
	// it that tag (a frequent, unambiguous word: "the", ","), which the
	// tagger then assigns without scoring; noTag otherwise.
	fixed []Tag
	// allowed[i] is the set of tags (bit t for tag t) that vocabulary
	// word i may take: those training gave it, for a word seen often
	// enough; every tag otherwise. Only those are scored.
	allowed  []uint64
	vecs     []atomic.Pointer[entry] // per vocabulary word, computed on first use
	boundary entry
	// Words out of the vocabulary go through a small cache, so that the
	// frequent ones of a text are analysed once.
	seed  maphash.Seed
	cache [cacheSize]atomic.Pointer[entry]
}

const cacheSize = 4096

// An entry is what the tagger keeps of a word: its unigram weights, its
// fixed tag or noTag, and the tags it may take.
type entry struct {
	tok     string
	fixed   Tag
	allowed uint64
	v       vec
}

// allTags has a bit for every tag.
const allTags = uint64(1)<<NumTags - 1

func (m *Model) newEntry(tok string, fixed Tag, allowed uint64) *entry {
	w := newWord(tok)
	e := &entry{tok: tok, fixed: fixed, allowed: allowed}
	m.addUnigrams(&e.v, &w)
	return e
}

// noTag marks a word without a fixed tag.
const noTag Tag = 255

func newModel(t *pc.Table, vocab []string, fixed []Tag, allowed []uint64) *Model {
	m := &Model{table: t, words: vocab, fixed: fixed, allowed: allowed, seed: maphash.MakeSeed()}
	m.vocab.Init(vocab)
	m.vecs = make([]atomic.Pointer[entry], len(vocab))
	m.boundary.fixed, m.boundary.allowed = noTag, allTags
	m.addUnigrams(&m.boundary.v, &boundary)
	var buf []uint64
	for t2 := Tag(0); t2 <= startTag; t2++ {
		for t1 := Tag(0); t1 <= startTag; t1++ {
			buf = histFeatures(buf[:0], t2, t1)
			for _, h := range buf {
				t.Add(m.hist[t2][t1][:], h)
			}
		}
	}
	return m
}

// addUnigrams adds the weights of w's unigram features at each offset to v.
func (m *Model) addUnigrams(v *vec, w *word) {
	var buf [32]uint64
	for k := -2; k <= 2; k++ {
		dst := v[(k+2)*nt : (k+3)*nt]
		for _, h := range unigrams(buf[:0], w, k) {
			m.table.Add(dst, h)
		}
	}
}

// entryOf returns what the tagger keeps of token tok. Racing goroutines
// compute identical entries; which one is kept does not matter.
//
// Entries keep no reference to the token: a vocabulary word's entry holds
// the model's copy of the word, a cached one a copy of the token cut to
// maxWordBytes (the features see no more), so that no text a caller tagged
// stays in memory.
func (m *Model) entryOf(tok string) *entry {
	tok = clip(tok)
	if id, ok := m.vocab.Get(tok); ok {
		p := &m.vecs[id]
		if e := p.Load(); e != nil {
			return e
		}
		p.CompareAndSwap(nil, m.newEntry(m.words[id], m.fixed[id], m.allowed[id]))
		return p.Load()
	}
	slot := &m.cache[maphash.String(m.seed, tok)&(cacheSize-1)]
	if e := slot.Load(); e != nil && e.tok == tok {
		return e
	}
	tok = strings.Clone(tok)
	fixed, allowed := noTag, allTags
	if f := fold(tok); f != tok {
		// Typographic variants of vocabulary words ("n’t", "“") are
		// those words.
		if id, ok := m.vocab.Get(f); ok {
			fixed, allowed = m.fixed[id], m.allowed[id]
		}
	}
	e := m.newEntry(tok, fixed, allowed)
	slot.Store(e)
	return e
}

// Features reports the number of features with weights.
func (m *Model) Features() int { return m.table.Len() }

// Tag tags one sentence of tokens, appending the tags to dst.
func (m *Model) Tag(tokens []string, dst []Tag) []Tag {
	n := len(tokens)
	if n == 0 {
		return dst
	}
	var small [64]*entry
	es := m.window(small[:0], n)
	for _, t := range tokens {
		es = append(es, m.entryOf(t))
	}
	return m.tagEntries(append(es, &m.boundary, &m.boundary), dst)
}

// window returns es (or a larger slice) with room for the entries of n
// tokens and the boundaries, the first two boundaries in it.
func (m *Model) window(es []*entry, n int) []*entry {
	if n+4 > cap(es) {
		es = make([]*entry, 0, n+4)
	}
	return append(es, &m.boundary, &m.boundary)
}

// tagEntries tags the tokens whose entries are es[2:len(es)-2] (the others
// are boundaries), appending the tags to dst.
func (m *Model) tagEntries(es []*entry, dst []Tag) []Tag {
	n := len(es) - 4
	t2, t1 := Tag(startTag), Tag(startTag)
	for i := 0; i < n; i++ {
		if f := es[i+2].fixed; f != noTag {
			dst = append(dst, f)
			t2, t1 = t1, f
			continue
		}
		best := 0
		// Token i+k-2 contributes its weights at offset k-2.
		h := &m.hist[t2][t1]
		v0 := (*[NumTags]float32)(es[i].v[0*nt : 1*nt])
		v1 := (*[NumTags]float32)(es[i+1].v[1*nt : 2*nt])
		v2 := (*[NumTags]float32)(es[i+2].v[2*nt : 3*nt])
		v3 := (*[NumTags]float32)(es[i+3].v[3*nt : 4*nt])
		v4 := (*[NumTags]float32)(es[i+4].v[4*nt : 5*nt])
		// The scores of the allowed tags and the best one in one pass.
		if a := es[i+2].allowed; a == allTags {
			bv := h[0] + v0[0] + v1[0] + v2[0] + v3[0] + v4[0]
			for t := 1; t < nt; t++ {
				if s := h[t] + v0[t] + v1[t] + v2[t] + v3[t] + v4[t]; s > bv {
					bv, best = s, t
				}
			}
		} else {
			best = bits.TrailingZeros64(a)
			bv := h[best] + v0[best] + v1[best] + v2[best] + v3[best] + v4[best]
			for a &= a - 1; a != 0; a &= a - 1 {
				t := bits.TrailingZeros64(a)
				if s := h[t] + v0[t] + v1[t] + v2[t] + v3[t] + v4[t]; s > bv {
					bv, best = s, t
				}
			}
		}
		dst = append(dst, Tag(best))
		t2, t1 = t1, Tag(best)
	}
	return dst
}
