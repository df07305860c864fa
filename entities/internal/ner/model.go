package ner

import (
	"math"
	"sync"
	"sync/atomic"

	"github.com/newsfacts/newsfacts/entities/internal/gazetteer"
	pc "github.com/newsfacts/newsfacts/internal/perceptron"
)

// A vec holds the summed weights of the unigram features a word
// contributes at each offset -2..2 from the current token.
type vec [5 * NumTags]float32

// A vocabEntry caches, for one word of the model's vocabulary, its word
// and its vectors in each mode. They are computed on first use by
// whichever goroutine needs them; racing goroutines compute identical
// values, and the first stored wins.
type vocabEntry struct {
	w   atomic.Pointer[word]
	vec [numModes]atomic.Pointer[vec]
}

// A Model is a trained recogniser. It is immutable and safe for concurrent
// use.
type Model struct {
	gaz *gazetteer.Gazetteer

	table *pc.Table // the non-zero weights of the features
	scale float32   // the table's scale: an entry's weight is W times it
	tr    transitions
	ctr   *compiled

	vocab        pc.Vocab // the training corpus's tokens
	vocabList    []string
	vocabLow     []int32  // lowKey of each vocabulary word
	lowIndex     pc.Vocab // the lower-case forms of the vocabulary, numbered
	nlows        int
	vocabEntries []vocabEntry
	boundary     [numModes]*vec
	bias         [numModes][NumTags]float32 // the weights of biases(mode)
}

// newModel builds a model from feature hashes and their dense weight rows
// (NumTags per feature); weights are quantised and zero weights dropped.
// Features whose largest weight is below prune in magnitude are dropped
// altogether: most of them were updated once or twice in training and
// matter little, and a smaller table is faster to look up.
func newModel(g *gazetteer.Gazetteer, hashes []uint64, w []float32, tr transitions, vocab []string, prune float32) *Model {
	maxAbs := float32(0)
	for _, x := range w {
		maxAbs = max(maxAbs, float32(math.Abs(float64(x))))
	}
	for a := range tr.trans {
		for _, x := range tr.trans[a] {
			maxAbs = max(maxAbs, float32(math.Abs(float64(x))))
		}
	}
	scale := pc.ScaleFor(maxAbs)
	// Transitions are quantised the same way, so that a model scores
	// alike before and after encoding.
	for a := range tr.trans {
		for b := range tr.trans[a] {
			tr.trans[a][b] = float32(pc.Quantize(tr.trans[a][b], scale)) * scale
		}
		tr.start[a] = float32(pc.Quantize(tr.start[a], scale)) * scale
		tr.end[a] = float32(pc.Quantize(tr.end[a], scale)) * scale
	}
	return newTableModel(g, pc.NewTable(hashes, w, NumTags, scale, prune), tr, vocab)
}

// newTableModel builds a model from its table of feature weights.
func newTableModel(g *gazetteer.Gazetteer, table *pc.Table, tr transitions, vocab []string) *Model {
	m := &Model{gaz: g, table: table, scale: table.Scale(), tr: tr, ctr: compile(&tr)}
	m.vocabList = vocab
	m.vocab.Init(vocab)
	m.vocabLow = make([]int32, len(vocab))
	m.lowIndex.Alloc(len(vocab))
	for i, v := range vocab {
		low := lowDigits(foldToken(clipWord(v)))
		l, ok := m.lowIndex.Get(low)
		if !ok {
			l = int32(m.nlows)
			m.nlows++
			m.lowIndex.Put(low, l)
		}
		m.vocabLow[i] = l
	}
	m.vocabEntries = make([]vocabEntry, len(vocab))
	for md := mode(0); md < numModes; md++ {
		for _, h := range biases(nil, md) {
			for _, e := range m.row(h) {
				m.bias[md][e.Class] += float32(e.W) * m.scale
			}
		}
		m.boundary[md] = m.unigramVec(&boundaryWord, md)
	}
	return m
}

// unigramVec sums the weights of w's unigram features at each offset.
func (m *Model) unigramVec(w *word, md mode) *vec {
	v := new(vec)
	m.addUnigrams(v, w, md)
	return v
}

// addUnigrams adds the weights of w's unigram features at each offset to v,
// and the biases to those at offset 0.
func (m *Model) addUnigrams(v *vec, w *word, md mode) {
	*(*[NumTags]float32)(v[2*NumTags : 3*NumTags]) = m.bias[md]
	var buf [64]uint64
	for k := -2; k <= 2; k++ {
		dst := v[(k+2)*NumTags : (k+3)*NumTags]
		for _, h := range unigram(buf[:0], w, k, md) {
			for _, e := range m.row(h) {
				dst[e.Class] += float32(e.W) * m.scale
			}
		}
	}
}

func (m *Model) vocabWord(id int32) *word {
	e := &m.vocabEntries[id]
	if p := e.w.Load(); p != nil {
		return p
	}
	w := newWord(m.vocabList[id], m.gaz)
	w.id = id
	w.lowKey = m.vocabLow[id]
	e.w.CompareAndSwap(nil, &w)
	return e.w.Load()
}

func (m *Model) vocabVec(id int32, md mode) *vec {
	e := &m.vocabEntries[id]
	if p := e.vec[md].Load(); p != nil {
		return p
	}
	e.vec[md].CompareAndSwap(nil, m.unigramVec(m.vocabWord(id), md))
	return e.vec[md].Load()
}

// row returns the non-zero weights of feature h, or nil if the model does
// not know it.
func (m *Model) row(h uint64) []pc.Entry { return m.table.Row(h) }

// Features reports the number of features with weights.
func (m *Model) Features() int { return m.table.Len() }

// Gazetteer returns the gazetteer the model's features use.
func (m *Model) Gazetteer() *gazetteer.Gazetteer { return m.gaz }

// Tag finds the phrases of every sentence of doc. Sentences are tagged
// with evidence from the whole document, so a document should be passed
// whole.
func (m *Model) Tag(doc Doc) [][]Span {
	ntok := 0
	for _, s := range doc {
		ntok += len(s)
	}
	cache := make(map[string]*word, ntok/16+1)
	extraLows := map[string]int32{}
	var locals []*word
	lookupWord := func(t string) *word {
		if id, ok := m.vocab.Get(t); ok {
			return m.vocabWord(id)
		}
		if w, ok := cache[t]; ok {
			return w
		}
		// Typographic variants of vocabulary words ("’s", "“") have
		// the same features as the words themselves.
		if f := foldToken(t); f != t && len(t) <= maxWordBytes {
			if id, ok := m.vocab.Get(f); ok {
				w := m.vocabWord(id)
				cache[t] = w
				return w
			}
		}
		w := newWord(t, m.gaz)
		w.id = int32(-1 - len(locals))
		w.flags |= fUnseen
		l, ok := m.lowIndex.Get(w.low)
		if !ok {
			w.flags |= fUnseenLow
			if l, ok = extraLows[w.low]; !ok {
				l = int32(m.nlows + len(extraLows))
				extraLows[w.low] = l
			}
		}
		w.lowKey = l
		cache[t] = &w
		locals = append(locals, &w)
		return &w
	}
	// A small direct-mapped cache in front of the maps catches the
	// frequent words of the document cheaply.
	var recent [256]struct {
		tok string
		w   *word
	}
	words := func(t string) *word {
		h := 0
		if len(t) > 0 {
			h = (len(t)*31 + int(t[0])*7 + int(t[len(t)-1])) & 255
		}
		if r := &recent[h]; r.w != nil && r.tok == t {
			return r.w
		}
		w := lookupWord(t)
		recent[h].tok, recent[h].w = t, w
		return w
	}
	sc := scratchPool.Get().(*scratch)
	defer func() {
		sc.release()
		scratchPool.Put(sc)
	}()
	sents, d := prepare(doc, m.gaz, words, sc)
	localVecs := make([][numModes]*vec, len(locals))
	var arena []vec // the local words' vectors, allocated together
	vecOf := func(w *word, md mode) *vec {
		switch {
		case w == &boundaryWord:
			return m.boundary[md]
		case w.id >= 0:
			return m.vocabVec(w.id, md)
		}
		lv := &localVecs[-1-w.id]
		if lv[md] == nil {
			if len(arena) == cap(arena) {
				arena = make([]vec, 0, max(16, len(locals)))
			}
			arena = append(arena, vec{})
			v := &arena[len(arena)-1]
			m.addUnigrams(v, w, md)
			lv[md] = v
		}
		return lv[md]
	}
	out := make([][]Span, len(sents))
	hist := history(grab((*[][NumTypes + 1]uint16)(&sc.hist), d.nlows))
	var all []Span // the spans of all sentences, out[si] slices it
	buf, em, tags, vs := sc.buf, sc.em, sc.tags, sc.vs
	defer func() { sc.buf, sc.em, sc.tags, sc.vs = buf, em, tags, vs }()
	for si := range sents {
		s := &sents[si]
		n := len(s.words)
		if n == 0 {
			continue
		}
		em = grow(em, n*NumTags)
		tags = growTags(tags, n)
		vs = vs[:0]
		for i := -2; i < n+2; i++ {
			vs = append(vs, vecOf(s.at(i), s.mode))
		}
		for i := 0; i < n; i++ {
			row := (*[NumTags]float32)(em[i*NumTags : (i+1)*NumTags])
			*row = [NumTags]float32(vs[i][0:NumTags])
			for k := 1; k < 5; k++ {
				v := (*[NumTags]float32)(vs[i+k][k*NumTags : (k+1)*NumTags])
				for t := range row {
					row[t] += v[t]
				}
			}
			buf = context(buf[:0], s, i, d)
			buf = histFeature(buf, s, i, hist)
			for _, h := range buf {
				for _, e := range m.row(h) {
					row[e.Class] += float32(e.W) * m.scale
				}
			}
		}
		viterbi(tags, em, m.ctr)
		hist.record(s, tags)
		k := len(all)
		all = TagsToSpans(all, tags)
		out[si] = all[k:len(all):len(all)]
	}
	return out
}

func grow(s []float32, n int) []float32 {
	if cap(s) < n {
		return make([]float32, n)
	}
	return s[:n]
}

func growTags(s []Tag, n int) []Tag {
	if cap(s) < n {
		return make([]Tag, n)
	}
	return s[:n]
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}
