package tsc

import (
	"math"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/newsfacts/newsfacts/analyzer/segment"
	"github.com/newsfacts/newsfacts/sentiment/internal/lexicon"
	"github.com/newsfacts/newsfacts/sentiment/internal/wordrep"
)

// This file is the fast path of the model: a Scorer gives the same
// predictions as Predict(Vector(s, a, b)) (up to float rounding) without
// naming or hashing features per target. The model's weights are looked
// up once per word of its vocabulary (the word table), once per sentence
// for the word pairs, and once per model for the features of fixed name;
// a target then only adds up weights. Since the model is linear, the
// prediction needs only the sum of weight times value over the target's
// features and, for the normalisation of Vector, the sum of the squared
// values: no feature vector is built.

// Word flags of an entry.
const (
	fStop     = 1 << iota // a stop word (stop)
	fPron                 // a pronoun (pronouns)
	fSay                  // a verb of saying (sayVerbs)
	fAux                  // an auxiliary (auxiliaries)
	fSkip                 // skipped before a predicate (skipWords)
	fStem                 // emits a stem feature as a word
	fBigFirst             // the first word of some word-pair score
	fDeontic              // a deontic modal (deontic)
	fClu                  // has clusters
	fVec                  // has a vector
)

// A wsScore is a learned word score, if any.
type wsScore struct {
	v  [2]float32
	ok bool
}

// An entry is what the model's features need of one word (or punctuation
// token): its flags and the weight slots of the features named by it.
type entry struct {
	// What NewSentence and Prepare read, first.
	info   lexicon.Info // the word's information in fastModel.lex
	flags  uint16
	class  lexicon.Class
	id     int32                  // index in the word table, or -1
	bState uint32                 // hash state of the word-pair kind "b"+word
	w, st  int32                  // "w", "st" (of its stem)
	plain  [NumClasses]float64    // the weights of w and st (when fStem) as a word
	plainN float64                // their number
	ws     [4]wsScore             // word, "<"+word, ">"+word, "="+word
	cluWS  [3]wsScore             // its finest cluster: "@c", "<@c", ">@c"
	qv     [qMax / 4]uint64       // its vector times 127 (the representations' quantised values), if fastModel.quant, in 16-bit lanes (lanes16)
	proj   [4][NumClasses]float32 // the vector's projections on the weights of the vector groups
	// The slots of the features of lazyKinds; -1 for one not yet looked
	// up (only in the entries of words outside the table).
	ls  [numLazy]int32
	clu []uint16  // its clusters (nil for none)
	vec []float32 // its vector (nil for none or too short)
}

// qMax is the largest dimension of word vectors kept in entries.
const qMax = 64

// Kinds of features named by a word whose slots entries of words outside
// the table look up when first needed.
const (
	lzNeg = iota
	lzC
	lzTw
	lzPron
	lzPred
	lzGov
	lzApw
	lzLexw                // +polarity
	lzNear  = lzLexw + 2  // +side*4+distance: "Lfar", "L1", "L2", "L3", "Rfar", "R1", ...
	lzPairS = lzNear + 8  // the word pair with the window's start, "b<s>"
	lzPairT = lzPairS + 1 // the word pair with the target, "b<t>"
	numLazy = lzPairT + 1
)

var lazyKinds = func() (k [numLazy]string) {
	k[lzNeg], k[lzC], k[lzTw], k[lzPron], k[lzPred], k[lzGov], k[lzApw] = "neg", "c", "tw", "pron", "pred", "gov", "apw"
	k[lzLexw], k[lzLexw+1] = "lexw+", "lexw-"
	k[lzPairS], k[lzPairT] = "b<s>", "b<t>"
	for side, far := range [2]string{"Lfar", "Rfar"} {
		k[lzNear+side*4] = far
		for d := 1; d <= 3; d++ {
			k[lzNear+side*4+d] = nearNames[side][d]
		}
	}
	return k
}()

// Flags of a target, whose conjunctions with the dense features Features
// emits.
const (
	flSpeaker = iota
	flInquote
	flStart
	flPron
	flAgent
	flPoss
	numFlags
)

var flagNames = [numFlags]string{"speaker", "inquote", "start", "pron", "agent", "poss"}

// Dense features (Features' dense kinds), by id.
const (
	dLex       = 0  // 20: side*10 + bucket*2 + quote
	dLexPos    = 20 //
	dLexNeg    = 21
	dSent      = 22
	dLexClause = 23
	dWS        = 24 // 20: pol*10 + side*5 + bucket
	dWSClause  = 44 // +pol
	dWSAll     = 46 // +pol
	numDense   = 48
)

func denseName(id int) (kind, name string) {
	switch {
	case id < dLexPos:
		side, db, q := id/10, id%10/2, id%2
		return "lex", sideName(side) + strconv.Itoa(db) + quoteName(q)
	case id == dLexPos:
		return "lexpos", ""
	case id == dLexNeg:
		return "lexneg", ""
	case id == dSent:
		return "sent", ""
	case id == dLexClause:
		return "lexclause", ""
	case id < dWSClause:
		pol, side, db := (id-dWS)/10, (id-dWS)%10/5, (id-dWS)%5
		return [2]string{"ws+", "ws-"}[pol], bucketNames[side][db]
	case id < dWSAll:
		return [2]string{"wsclause+", "wsclause-"}[id-dWSClause], ""
	}
	return [2]string{"wsall+", "wsall-"}[id-dWSAll], ""
}

// fastModel holds the model's weights arranged for Scorer.
type fastModel struct {
	slots slotIndex             // feature index -> slot of w
	w     [][NumClasses]float32 // w[0] is zero, the slot of features without weights
	words map[string]*entry     // the word table
	pairs pairTable             // word-pair scores by pairKey
	lex   *lexicon.Lexicon      // the lexicon of the entries' info (the default one)
	quant bool                  // the word vectors are quantised (k/127) and short enough for entry.qv
	ws    *WordScores
	reps  *wordrep.Reps
	dim   int

	auxState uint32
	kinds    wordKinds

	bias, start, poss, inquote, speaker, agent, tval int32
	tlen                                             [5]int32
	irr                                              [2]int32
	nearPol                                          [2][4][2]int32 // side, distance, polarity
	role                                             [2]int32       // subj, obj
	rolelex                                          [2][2]int32    // role, side
	predPol, govPol, aplex                           [2]int32
	lexnear                                          [2][2]int32 // polarity, side
	spkquote                                         [2]int32
	sentlab                                          [3]int32 // +, -, 0
	wsbig, wsnear, wsown, wsclu, wscnear             [2]int32
	dense                                            [1 + numFlags][numDense]int32
	conj                                             [1 << numFlags][numDense]conjWeight
	cluNear                                          [2][4][][]int32 // side, distance, level, cluster
	cluWS                                            [3][]wsScore    // by finest cluster
	vecW                                             [4][][NumClasses]float32
}

// A conjWeight is the summed weights of a dense feature and of its
// conjunctions with a set of flags, and their number.
type conjWeight struct {
	w [NumClasses]float64
	n float64
}

// kindState returns the hash state after kind and the separator, from
// which featureIndex goes on with the name.
func kindState(kind string) uint32 {
	h := hashStr(fnvOffset, kind)
	h ^= '|'
	h *= fnvPrime
	return h
}

// finish turns a hash state into a feature index.
func finish(h uint32) uint32 {
	h ^= h >> 15
	h *= 0x2c1b3c6d
	h ^= h >> 12
	return h & mask
}

func (f *fastModel) slot(kind, name string) int32 { return f.slots.get(featureIndex(kind, name)) }

// slotIn returns the slot of the feature whose kind has hash state h
// (kindState) and whose name is name.
func (f *fastModel) slotIn(h uint32, name string) int32 { return f.slots.get(finish(hashStr(h, name))) }

// A slotIndex maps the feature indices that have weights to their slots
// (1, 2, ... in index order) and the others to 0: a bit per index and the
// count of set bits before each word of the bitmap.
type slotIndex struct {
	bits []uint64
	rank []uint32
}

func newSlotIndex(idx []uint32) slotIndex {
	x := slotIndex{bits: make([]uint64, (1<<Bits)/64), rank: make([]uint32, (1<<Bits)/64)}
	for _, i := range idx {
		x.bits[i>>6] |= 1 << (i & 63)
	}
	n := uint32(0)
	for j, w := range x.bits {
		x.rank[j] = n
		n += uint32(bits.OnesCount64(w))
	}
	return x
}

func (x *slotIndex) get(i uint32) int32 {
	i &= mask
	w := x.bits[i>>6]
	bit := uint64(1) << (i & 63)
	if w&bit == 0 {
		return 0
	}
	return int32(x.rank[i>>6]) + int32(bits.OnesCount64(w&(bit-1))) + 1
}

func (f *fastModel) wsFind(prefix, w string) wsScore {
	v, ok := f.ws.find(prefix, w, "", "")
	return wsScore{v, ok}
}

// newFast arranges the weights of m for Scorer; nil when the model lacks
// word scores or word representations.
func newFast(m *Model) *fastModel {
	if m.Words == nil || m.Reps == nil {
		return nil
	}
	idx := make([]uint32, 0, len(m.w))
	for i := range m.w {
		idx = append(idx, i)
	}
	slices.Sort(idx)
	f := &fastModel{slots: newSlotIndex(idx), w: make([][NumClasses]float32, 1, len(idx)+1), ws: m.Words, reps: m.Reps}
	for _, i := range idx {
		f.w = append(f.w, m.w[i])
	}
	f.lex, _ = lexicon.Default()
	f.dim = min(m.Reps.Dim, len(dimNames))
	f.quant = f.dim <= qMax
	for _, w := range m.Reps.Words() {
		for _, x := range m.Reps.Vector(w)[:min(f.dim, len(m.Reps.Vector(w)))] {
			if float32(float32(int8(math.Round(float64(x)*127)))/127) != x {
				f.quant = false
			}
		}
	}
	f.auxState = kindState("aux")
	f.kinds = newWordKinds()
	f.bias = f.slot("bias", "")
	for l := 1; l <= 4; l++ {
		f.tlen[l] = f.slot("tlen", strconv.Itoa(l))
	}
	f.start = f.slot("start", "")
	f.poss = f.slot("poss", "")
	f.inquote = f.slot("inquote", "")
	f.speaker = f.slot("speaker", "")
	f.agent = f.slot("agent", "")
	f.tval = f.slot("tval", "")
	f.irr = [2]int32{f.slot("irr", "L"), f.slot("irr", "R")}
	for side := range 2 {
		for d := 1; d <= 3; d++ {
			f.nearPol[side][d] = [2]int32{f.slot(nearNames[side][d], "#pos"), f.slot(nearNames[side][d], "#neg")}
		}
	}
	for r, role := range [2]string{"subj", "obj"} {
		f.role[r] = f.slot("role", role)
		f.rolelex[r] = [2]int32{f.slot("rolelex", role+"L"), f.slot("rolelex", role+"R")}
	}
	f.predPol = [2]int32{f.slot("pred", "#pos"), f.slot("pred", "#neg")}
	f.govPol = [2]int32{f.slot("gov", "#pos"), f.slot("gov", "#neg")}
	f.aplex = [2]int32{f.slot("aplex", "ap"), f.slot("aplex", "rel")}
	for p, pol := range [2]string{"+", "-"} {
		f.lexnear[p] = [2]int32{f.slot("lexnear"+pol, "L"), f.slot("lexnear"+pol, "R")}
		f.spkquote[p] = f.slot("spkquote"+pol, "")
	}
	f.sentlab = [3]int32{f.slot("sentlab", "+"), f.slot("sentlab", "-"), f.slot("sentlab", "0")}
	pair := func(pos, neg string) [2]int32 { return [2]int32{f.slot(pos, ""), f.slot(neg, "")} }
	f.wsbig = pair("wsbig+", "wsbig-")
	f.wsnear = pair("wsnear+", "wsnear-")
	f.wsown = pair("wsown+", "wsown-")
	f.wsclu = pair("wsclu+", "wsclu-")
	f.wscnear = pair("wscnear+", "wscnear-")
	for id := range numDense {
		kind, name := denseName(id)
		f.dense[0][id] = f.slot(kind, name)
		for fl, fn := range flagNames {
			f.dense[1+fl][id] = f.slot(fn+"&"+kind, name)
		}
	}
	for mask := range f.conj {
		for id := range numDense {
			cw := &f.conj[mask][id]
			for fl := -1; fl < numFlags; fl++ {
				if fl >= 0 && mask&(1<<fl) == 0 {
					continue
				}
				w := f.w[f.dense[1+fl][id]]
				for c := range cw.w {
					cw.w[c] += float64(w[c])
				}
				cw.n++
			}
		}
	}
	for side := range 2 {
		for d := 1; d <= 3; d++ {
			kind := nearClusterNames[side][d]
			f.cluNear[side][d] = make([][]int32, len(m.Reps.Sizes))
			for l, size := range m.Reps.Sizes {
				t := make([]int32, size)
				for c := range t {
					t[c] = f.slot(kind, clusterName(l, uint16(c)))
				}
				f.cluNear[side][d][l] = t
			}
		}
	}
	if nl := len(m.Reps.Sizes); nl > 0 {
		for i, prefix := range [3]string{"", "<", ">"} {
			f.cluWS[i] = make([]wsScore, m.Reps.Sizes[nl-1])
			for c := range f.cluWS[i] {
				v, ok := m.Words.findCluster(prefix, []uint16{uint16(c)})
				f.cluWS[i][c] = wsScore{v, ok}
			}
		}
	}
	if f.dim > 0 {
		for g, kind := range [4]string{"eL", "eR", "eC", "eS"} {
			f.vecW[g] = make([][NumClasses]float32, f.dim)
			for d := range f.dim {
				f.vecW[g][d] = f.w[f.slot(kind, dimNames[d])]
			}
		}
	}
	// The word table: every word that has word scores of any key, a
	// cluster or a vector, flags or lexicon information, and punctuation. A word outside it
	// has none of these, which makes its entry quick to build.
	inVocab := map[string]bool{}
	var vocab []string
	addWord := func(w string) {
		if !inVocab[w] {
			inVocab[w] = true
			vocab = append(vocab, w)
		}
	}
	for _, w := range m.Reps.Words() {
		addWord(w)
	}
	for w := range wordFlags {
		addWord(w)
	}
	for k := range m.Words.m {
		switch k[0] {
		case '~':
			for i := 1; i < len(k); i++ {
				if k[i] == ' ' {
					addWord(k[1:i])
					addWord(k[i+1:])
				}
			}
		case '<', '>', '=':
			addWord(k[1:])
		case '@':
		default:
			addWord(k)
		}
	}
	for c := byte('!'); c <= '~'; c++ {
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9') {
			addWord(string(c))
		}
	}
	for _, w := range [...]string{"#num", "#url", "'s", "n't", "'re", "'ve", "'ll", "'d", "'m", "...", "--"} {
		addWord(w)
	}
	// And every word of the lexicon, so that a word outside the table
	// has no lexicon information either (Scorer.NewSentence).
	if f.lex != nil {
		words := f.lex.Words()
		slices.Sort(words) // a deterministic table
		for _, w := range words {
			addWord(w)
		}
	}
	slab := make([]entry, len(vocab))
	f.words = make(map[string]*entry, len(vocab))
	// The keys in one block of memory, for the look-ups' string
	// comparisons.
	arena := strings.Join(vocab, "")
	at := 0
	for i, w := range vocab {
		slab[i].id = int32(i)
		vocab[i] = arena[at : at+len(w)]
		at += len(w)
		f.words[vocab[i]] = &slab[i]
	}
	// The scores of word pairs, by the pair's entries.
	np := 0
	for k := range m.Words.m {
		if k[0] == '~' {
			np += strings.Count(k, " ")
		}
	}
	f.pairs = newPairTable(np)
	for k, v := range m.Words.m {
		if k[0] != '~' {
			continue
		}
		for i := 1; i < len(k); i++ {
			if k[i] == ' ' {
				e1, e2 := f.words[k[1:i]], f.words[k[i+1:]]
				e1.flags |= fBigFirst
				f.pairs.put(pairKey(e1, e2), v)
			}
		}
	}
	for i, w := range vocab {
		f.build(w, &slab[i], true)
	}
	return f
}

// wordFlags are the flags of the function words (stop words, pronouns,
// verbs of saying, auxiliaries, words skipped before a predicate, deontic
// modals).
var wordFlags = func() map[string]uint16 {
	out := map[string]uint16{}
	for _, x := range [...]struct {
		set  map[string]bool
		flag uint16
	}{{stop, fStop}, {pronouns, fPron}, {sayVerbs, fSay}, {auxiliaries, fAux}, {skipWords, fSkip}, {deontic, fDeontic}} {
		for w := range x.set {
			out[w] |= x.flag
		}
	}
	return out
}()

// wordKinds are the hash states (kindState) of the kinds of features
// named by a word.
type wordKinds struct {
	w, st uint32
	lazy  [numLazy]uint32
}

func newWordKinds() (k wordKinds) {
	k.w, k.st = kindState("w"), kindState("st")
	for i, kind := range lazyKinds {
		k.lazy[i] = kindState(kind)
	}
	return k
}

// pairState returns the hash state of the word-pair kind "b"+prev and
// the separator.
func pairState(prev string) uint32 {
	h := hashStr(hashStr(fnvOffset, "b"), prev)
	h ^= '|'
	h *= fnvPrime
	return h
}

// A pairTable maps pairKeys to scores: open addressing with linear
// probing, at most half full.
type pairTable struct {
	keys  []uint64 // emptyPair for none
	vals  [][2]float32
	shift uint
}

const emptyPair = ^uint64(0)

func newPairTable(n int) pairTable {
	bits := uint(4)
	for 1<<bits < 2*n {
		bits++
	}
	t := pairTable{keys: make([]uint64, 1<<bits), vals: make([][2]float32, 1<<bits), shift: 64 - bits}
	for i := range t.keys {
		t.keys[i] = emptyPair
	}
	return t
}

func (t *pairTable) slot(key uint64) (int, bool) {
	m := len(t.keys) - 1
	for h := int((key * 0x9e3779b97f4a7c15) >> t.shift); ; h = (h + 1) & m {
		switch t.keys[h] {
		case key:
			return h, true
		case emptyPair:
			return h, false
		}
	}
}

func (t *pairTable) put(key uint64, v [2]float32) {
	h, _ := t.slot(key)
	t.keys[h], t.vals[h] = key, v
}

func (t *pairTable) get(key uint64) wsScore {
	if h, ok := t.slot(key); ok {
		return wsScore{t.vals[h], true}
	}
	return wsScore{}
}

// pairKey is the key of a pair of table words in fastModel.pairs.
func pairKey(e1, e2 *entry) uint64 { return uint64(e1.id)<<32 | uint64(e2.id) }

// build fills e for word w; inTable reports that w is in the word table,
// whose words are the only ones with word scores, clusters, vectors or
// flags. An entry of the table keeps its id and fBigFirst flag.
func (f *fastModel) build(w string, e *entry, inTable bool) {
	id, big := int32(-1), uint16(0)
	if inTable {
		id, big = e.id, e.flags&fBigFirst
	}
	*e = entry{class: lexicon.ClassOf(w), id: id}
	if f.lex != nil {
		e.info = f.lex.Lookup(w)
	}
	if inTable {
		e.flags = wordFlags[w] | big
	}
	k := &f.kinds
	e.w = f.slotIn(k.w, w)
	if st := stem(w); st != "" && e.flags&fStop == 0 {
		e.flags |= fStem
		e.st = f.slotIn(k.st, st)
	}
	plain := []int32{e.w}
	if e.flags&fStem != 0 {
		plain = append(plain, e.st)
	}
	for _, sl := range plain {
		for c := range e.plain {
			e.plain[c] += float64(f.w[sl][c])
		}
		e.plainN++
	}
	for i := range e.ls {
		if inTable {
			e.ls[i] = f.slotIn(k.lazy[i], w)
		} else {
			e.ls[i] = -1
		}
	}
	e.bState = pairState(w)
	if !inTable {
		return
	}
	for i, prefix := range [4]string{"", "<", ">", "="} {
		e.ws[i] = f.wsFind(prefix, w)
	}
	if cs := f.reps.Clusters(w); cs != nil {
		e.clu = cs
		e.flags |= fClu
		for i, prefix := range [3]string{"", "<", ">"} {
			if c := int(cs[len(cs)-1]); c < len(f.cluWS[i]) {
				e.cluWS[i] = f.cluWS[i][c]
			} else {
				v, ok := f.ws.findCluster(prefix, cs)
				e.cluWS[i] = wsScore{v, ok}
			}
		}
	}
	if f.dim > 0 {
		if v := f.reps.Vector(w); len(v) >= f.dim {
			e.vec = v
			e.flags |= fVec
			if f.quant {
				for d, x := range v[:f.dim] {
					q := uint64(uint16(int16(math.Round(float64(x) * 127))))
					e.qv[d/4] |= q << (16 * (d % 4))
				}
			}
			for g := range e.proj {
				var z [NumClasses]float64
				for d, x := range v[:f.dim] {
					for c := range z {
						z[c] += float64(f.vecW[g][d][c]) * float64(x)
					}
				}
				for c := range z {
					e.proj[g][c] = float32(z[c])
				}
			}
		}
	}
}

// A Scorer predicts the class probabilities of targets, sentence by
// sentence: Prepare a sentence, then Predict any of its targets. It holds
// buffers, so one Scorer must not be used by several goroutines at once;
// make one per call.
type Scorer struct {
	m *Model
	f *fastModel
	s *Sentence

	e      []*entry
	brk    []bool                   // a clause break (isBreak)
	bslot  []int32                  // bslot[k]: slot of the word pair (k-1, k)
	big    []wsScore                // big[k]: score of the word pair (k, k+1)
	quotes []int32                  // quotes[k]: quoted tokens before k
	pre    []tokSums                // pre[k]: the sums of tokens (and pairs) before k, if prefix
	prefix bool                     // pre holds the sentence's sums (not in long sentences)
	negs   []int32                  // the negators
	lexs   []int32                  // the tokens of non-zero valence
	vi     []int32                  // vi[k]: the number of word vectors before token k, if prefix
	vp     []uint64                 // vp[i*nw:(i+1)*nw]: the sum of the first i word vectors, times 127, in 16-bit lanes (nw: lanes16)
	pp     [][4][NumClasses]float64 // pp[i]: the sums of the projections of the first i word vectors
	acc    []float64
	cache  [cacheSize]struct {
		w string
		e *entry
	} // lookup's
	local map[string]*entry // entries of words outside the word table
	slab  []entry           // their storage
	fs    []Feat            // for the slow path
}

// lookup's cache has cacheSize words.
const (
	cacheBits = 12
	cacheSize = 1 << cacheBits
)

// maxLocal is the number of entries of words outside the table that a
// Scorer keeps.
const maxLocal = 1 << 14

// NewScorer returns a Scorer of the model. Release it when done.
func (m *Model) NewScorer() *Scorer {
	m.fastOnce.Do(func() { m.fast = newFast(m) })
	if sc, ok := scorers.Get().(*Scorer); ok && sc.m == m {
		return sc
	}
	return &Scorer{m: m, f: m.fast}
}

// scorers keeps released Scorers for their buffers.
var scorers sync.Pool

// Release gives sc back for reuse by NewScorer; sc must not be used
// after it. Entries of words outside the word table are not kept.
func (sc *Scorer) Release() {
	if len(sc.local) > 1<<10 {
		sc.local = nil
	}
	clear(sc.local)
	clear(sc.slab)
	sc.slab = sc.slab[:0]
	sc.s = nil
	if cap(sc.e) > 1<<16 {
		return // a long sentence's buffers are not worth keeping
	}
	scorers.Put(sc)
}

func (sc *Scorer) entry(w string) *entry {
	if e := sc.f.words[w]; e != nil {
		return e
	}
	return sc.localEntry(w)
}

// localEntry returns the entry of w, a word outside the word table.
func (sc *Scorer) localEntry(w string) *entry {
	if e := sc.local[w]; e != nil {
		return e
	}
	if sc.local == nil {
		sc.local = map[string]*entry{}
	} else if len(sc.local) >= maxLocal {
		clear(sc.local) // bounds the memory of text with endless new words
	}
	if len(sc.slab) == cap(sc.slab) {
		sc.slab = make([]entry, 0, 64)
	}
	sc.slab = sc.slab[:len(sc.slab)+1]
	e := &sc.slab[len(sc.slab)-1]
	sc.f.build(w, e, false)
	sc.local[w] = e
	return e
}

// NewSentence is the package's NewSentence, which it speeds up for
// sentences that sc will then Prepare: sc's word table gives the words'
// lexicon information and is looked up once for both.
func (sc *Scorer) NewSentence(lex *lexicon.Lexicon, text, lower string, toks []segment.Token, s *Sentence) *Sentence {
	return newSentence(lex, text, lower, toks, s, sc)
}

// lookup returns the entry of w in the word table, or nil, through a
// small cache of the words met last: a document repeats its words. (The
// cache's words may be those of an earlier document: they still map to
// the same entries.)
func (sc *Scorer) lookup(w string) *entry {
	h := uint64(len(w))
	if n := len(w); n > 0 {
		h |= uint64(w[0])<<8 | uint64(w[n-1])<<16 | uint64(w[n/2])<<24 | uint64(w[(n-1)/2])<<32 | uint64(w[n/4])<<40
	}
	c := &sc.cache[(h*0x9e3779b97f4a7c15)>>(64-cacheBits)]
	if c.e != nil && c.w == w {
		return c.e
	}
	e := sc.f.words[w]
	if e != nil {
		c.w, c.e = w, e
	}
	return e
}

// Demanded is the package's Demanded for the target at tokens [a, b) of
// the prepared sentence.
func (sc *Scorer) Demanded(a, b int) bool {
	if sc.f == nil {
		return Demanded(sc.s, a, b)
	}
	for k := b; k < len(sc.e) && k-b < 12 && !sc.brk[k]; k++ {
		if sc.e[k].flags&fDeontic != 0 {
			return true
		}
	}
	return false
}

// slotOf returns the slot of token k's feature of lazy kind i.
func (sc *Scorer) slotOf(k, i int) int32 {
	if s := sc.e[k].ls[i]; s >= 0 {
		return s
	}
	return sc.lookUpSlot(k, i)
}

// lookUpSlot looks up and keeps the slot of slotOf.
func (sc *Scorer) lookUpSlot(k, i int) int32 {
	s := sc.f.slotIn(sc.f.kinds.lazy[i], sc.s.Toks[k].Word)
	sc.e[k].ls[i] = s
	return s
}

// Prepare makes s the sentence of the following calls of Predict. s must
// not change while it is in use.
func (sc *Scorer) Prepare(s *Sentence) {
	sc.s = s
	f := sc.f
	if f == nil {
		return
	}
	n := len(s.Toks)
	sc.e = grow(sc.e, n)
	sc.brk = grow(sc.brk, n)
	sc.bslot = grow(sc.bslot, n)
	sc.big = grow(sc.big, n)
	sc.quotes = grow(sc.quotes, n+1)
	sc.quotes[0] = 0
	sc.negs, sc.lexs = sc.negs[:0], sc.lexs[:0]
	own := len(s.ent) == n && s.entOf == f
	for k, t := range s.Toks {
		var e *entry
		if own {
			if e = s.ent[k]; e == nil {
				e = sc.localEntry(t.Word) // not in the table
			}
		} else {
			e = sc.entry(t.Word)
		}
		sc.e[k] = e
		if t.IsWord {
			sc.brk[k] = e.class == lexicon.Contrast || e.class == lexicon.Breaker && t.Word != "that"
		} else {
			switch t.Word {
			case ",", ";", ":", "\"", "-", "(":
				sc.brk[k] = true
			default:
				sc.brk[k] = false
			}
		}
		q := int32(0)
		if s.Quote[k] {
			q = 1
		}
		sc.quotes[k+1] = sc.quotes[k] + q
		sc.big[k] = wsScore{}
		if k > 0 {
			p := sc.e[k-1]
			sc.bslot[k] = f.slotIn(p.bState, t.Word)
			if t.IsWord && s.Toks[k-1].IsWord && p.flags&fBigFirst != 0 && e.id >= 0 {
				sc.big[k-1] = f.pairs.get(pairKey(p, e))
			}
		} else {
			sc.bslot[0] = 0
		}
		if t.IsWord && e.class == lexicon.Negator {
			sc.negs = append(sc.negs, int32(k))
		}
		if float32(s.Val[k]/4) != 0 {
			sc.lexs = append(sc.lexs, int32(k))
		}
	}
	sc.prefix = n <= maxPrefix
	if sc.prefix {
		sc.pre = grow(sc.pre, n+1)
		var acc tokSums
		sc.pre[0] = acc
		for k := range n {
			acc.add(sc.contrib(k))
			sc.pre[k+1] = acc
		}
		if dim := f.dim; dim > 0 && f.quant {
			sc.prepareVectors(dim)
		}
	}
}

// prepareVectors computes the prefix sums of the sentence's word vectors
// that vectorFeatures counts, exactly on their quantised values (times
// 127), and of their projections.
func (sc *Scorer) prepareVectors(dim int) {
	n := len(sc.s.Toks)
	nw := lanes16(dim)
	sc.vi = grow(sc.vi, n+1)
	sc.vp = grow(sc.vp, (n+1)*nw) // room for a vector per token
	sc.pp = grow(sc.pp, n+1)
	clear(sc.vp[:nw])
	var pp [4][NumClasses]float64
	sc.pp[0] = pp
	toks, vi := sc.s.Toks[:n], sc.vi[:n+1]
	m := 0
	for k, e := range sc.e[:n] {
		vi[k] = int32(m)
		if !toks[k].IsWord || e.flags&(fStop|fVec) != fVec { // vectorFeatures does not count it
			continue
		}
		p, q := sc.vp[m*nw:(m+1)*nw], sc.vp[(m+1)*nw:(m+2)*nw]
		v := e.qv[:len(q)]
		p = p[:len(q)]
		for d := range q {
			q[d] = add16(p[d], v[d])
		}
		for g := range pp {
			pp[g][0] += float64(e.proj[g][0])
			pp[g][1] += float64(e.proj[g][1])
			pp[g][2] += float64(e.proj[g][2])
		}
		sc.pp[m+1] = pp
		m++
	}
	vi[n] = int32(m)
}

// Word vectors' sums are kept as 16-bit integers, four to a uint64
// ("lanes"), added and subtracted lane by lane with carries and borrows
// kept inside each lane: a lane wraps around like an int16, which is
// exact for the sums of at most maxPrefix vectors and their differences.

// lanes16 is the number of uint64 that hold dim 16-bit lanes.
func lanes16(dim int) int { return (dim + 3) / 4 }

const laneHigh = 0x8000_8000_8000_8000 // the top bit of each lane

// add16 adds the lanes of x and y.
func add16(x, y uint64) uint64 {
	return ((x &^ laneHigh) + (y &^ laneHigh)) ^ ((x ^ y) & laneHigh)
}

// sub16 subtracts the lanes of y from those of x.
func sub16(x, y uint64) uint64 {
	return ((x | laneHigh) - (y &^ laneHigh)) ^ ((x ^ ^y) & laneHigh)
}

// squares16 is the sum of the squares of x's lanes as int16.
func squares16(x uint64) int64 {
	a, b, c, d := int64(int16(x)), int64(int16(x>>16)), int64(int16(x>>32)), int64(int16(x>>48))
	return a*a + b*b + c*c + d*d
}

// maxPrefix is the length of the longest sentence whose sums Prepare
// computes ahead; in a longer one, each target's window is summed.
const maxPrefix = 256 // so that the sums of vp (of at most 256 values in [-127, 127]) fit 16 bits

// tokSums are sums over tokens: of the weights of their plain features
// (word, stem, pair with the previous token) and their number, of their
// word scores and cluster scores and their numbers, and of the scores of
// the word pairs they begin and their number.
type tokSums struct {
	z               [NumClasses]float64
	n               float64
	ws, clu, big    [2]float64
	wsN, cluN, bigN float64
}

func (x *tokSums) add(y tokSums) {
	for c := range x.z {
		x.z[c] += y.z[c]
	}
	x.n += y.n
	x.ws[0], x.ws[1], x.wsN = x.ws[0]+y.ws[0], x.ws[1]+y.ws[1], x.wsN+y.wsN
	x.clu[0], x.clu[1], x.cluN = x.clu[0]+y.clu[0], x.clu[1]+y.clu[1], x.cluN+y.cluN
	x.big[0], x.big[1], x.bigN = x.big[0]+y.big[0], x.big[1]+y.big[1], x.bigN+y.bigN
}

func (x *tokSums) sub(y tokSums) {
	for c := range x.z {
		x.z[c] -= y.z[c]
	}
	x.n -= y.n
	x.ws[0], x.ws[1], x.wsN = x.ws[0]-y.ws[0], x.ws[1]-y.ws[1], x.wsN-y.wsN
	x.clu[0], x.clu[1], x.cluN = x.clu[0]-y.clu[0], x.clu[1]-y.clu[1], x.cluN-y.cluN
	x.big[0], x.big[1], x.bigN = x.big[0]-y.big[0], x.big[1]-y.big[1], x.bigN-y.bigN
}

// wsMean is the mean word score of the sums.
func (x *tokSums) wsMean() pairMean {
	if x.wsN <= 0 {
		return pairMean{}
	}
	return pairMean{sum: [2]float32{float32(x.ws[0] / x.wsN), float32(x.ws[1] / x.wsN)}, n: 1}
}

// contrib returns token k's part of the sums.
func (sc *Scorer) contrib(k int) (c tokSums) {
	e := sc.e[k]
	w := &sc.f.w[sc.bslot[k]]
	c.z = [NumClasses]float64{float64(w[0]), float64(w[1]), float64(w[2])}
	c.n = 1
	if sc.s.Toks[k].IsWord {
		c.z[0] += e.plain[0]
		c.z[1] += e.plain[1]
		c.z[2] += e.plain[2]
		c.n += e.plainN
		if g := e.ws[0]; g.ok {
			c.ws = [2]float64{float64(g.v[0]), float64(g.v[1])}
			c.wsN = 1
		}
		if g := e.cluWS[0]; g.ok && e.flags&(fStop|fClu) == fClu {
			c.clu = [2]float64{float64(g.v[0]), float64(g.v[1])}
			c.cluN = 1
		}
	}
	if g := sc.big[k]; g.ok {
		c.big = [2]float64{float64(g.v[0]), float64(g.v[1])}
		c.bigN = 1
	}
	return c
}

// sums returns the sums over tokens [from, to).
func (sc *Scorer) sums(from, to int) (x tokSums) {
	if from >= to {
		return x
	}
	if sc.prefix {
		x = sc.pre[to]
		x.sub(sc.pre[from])
		return x
	}
	for k := from; k < to; k++ {
		x.add(sc.contrib(k))
	}
	return x
}

// linear accumulates the model's linear score of a target and the sum of
// its squared feature values.
type linear struct {
	z0, z1, z2, ss float64
}

// The methods of linear take and return values, so that Predict keeps
// its sums in registers.

func (l linear) add(w *[NumClasses]float32, v float32) linear {
	x := float64(v)
	l.z0 += float64(w[0]) * x
	l.z1 += float64(w[1]) * x
	l.z2 += float64(w[2]) * x
	l.ss += x * x
	return l
}

// swap replaces a feature of value 1 and weights w by one of weights by.
func (l linear) swap(w, by *[NumClasses]float32) linear {
	l.z0 += float64(by[0]) - float64(w[0])
	l.z1 += float64(by[1]) - float64(w[1])
	l.z2 += float64(by[2]) - float64(w[2])
	return l
}

// one adds a feature of value 1.
func (l linear) one(w *[NumClasses]float32) linear {
	l.z0 += float64(w[0])
	l.z1 += float64(w[1])
	l.z2 += float64(w[2])
	l.ss++
	return l
}

func polIdx(v float64) int {
	if v > 0 {
		return 0
	}
	return 1
}

// Predict returns the class probabilities of the target at tokens [a, b)
// of the prepared sentence, as m.Predict(m.Vector(s, a, b, nil)) does,
// and whether the target is the speaker of a quotation (IsSpeaker).
func (sc *Scorer) Predict(a, b int) (p [NumClasses]float64, speaker bool) {
	s, f := sc.s, sc.f
	if f == nil {
		sc.fs = sc.m.Vector(s, a, b, sc.fs)
		return sc.m.Predict(sc.fs), IsSpeaker(s, a, b)
	}
	W := f.w
	toks, e, val := s.Toks, sc.e, s.Val
	n := len(toks)
	lo, hi := max(0, a-Window), min(n, b+Window)
	var l linear
	var dense [numDense]float32
	var flags uint

	// features: the mention, its position and frames.
	l = l.one(&W[f.bias])
	if b-a == 1 && e[a].flags&fPron != 0 {
		flags |= 1 << flPron
		l = l.one(&W[sc.slotOf(a, lzPron)])
	} else {
		l = l.one(&W[f.tlen[min(b-a, 4)]])
	}
	if a == 0 || (a == 1 && !toks[0].IsWord) {
		flags |= 1 << flStart
		l = l.one(&W[f.start])
	}
	if b < hi && (toks[b].Word == "'s" || toks[b].Word == "'") {
		flags |= 1 << flPoss
		l = l.one(&W[f.poss])
	}
	inQuote := s.Quote[a]
	if inQuote {
		flags |= 1 << flInquote
		l = l.one(&W[f.inquote])
	}
	if !inQuote && sc.quotes[hi] > sc.quotes[lo] {
		for k := max(lo, a-2); k < min(hi, b+2); k++ {
			if (k < a || k >= b) && e[k].flags&fSay != 0 {
				speaker = true
				break
			}
		}
	}
	if speaker {
		flags |= 1 << flSpeaker
		l = l.one(&W[f.speaker])
	}
	if a > 0 && toks[a-1].Word == "by" {
		flags |= 1 << flAgent
		l = l.one(&W[f.agent])
	}
	if b+1 < hi && e[b].flags&fAux != 0 {
		v := toks[b+1].Word
		h := hashStr(f.auxState, v)
		if b+2 < hi && (v == "not" || v == "n't" || v == "been" || v == "being") {
			h = hashStr(hashStr(h, " "), toks[b+2].Word)
		}
		l = l.one(&W[f.slots.get(finish(h))])
	}
	var tval float32
	for k := a; k < b; k++ {
		if toks[k].IsWord && !s.Cap[k] && e[k].flags&(fStop|fPron) == 0 {
			l = l.one(&W[sc.slotOf(k, lzTw)])
		}
		tval += toks[k].Val
	}
	if tval != 0 {
		l = l.add(&W[f.tval], tval/4)
	}

	// The words within 12 of the target: their features by side and
	// distance, and their word scores by distance (the farther ones come
	// from the sums below).
	var byDist [2][5]pairMean
	for k := max(lo, a-12); k < a; k++ {
		ek := e[k]
		if d := a - k; d <= 3 {
			l = l.one(&W[sc.slotOf(k, lzNear+d)])
			if v := val[k]; v != 0 {
				l = l.one(&W[f.nearPol[0][d][polIdx(v)]])
			}
		} else if toks[k].IsWord && ek.flags&fStop == 0 {
			l = l.one(&W[sc.slotOf(k, lzNear)])
		}
		if toks[k].IsWord && ek.ws[0].ok {
			byDist[0][bucket(a-k)].add(ek.ws[0].v)
		}
	}
	for k := b; k < hi && k-b < 12; k++ {
		ek := e[k]
		if d := k - b + 1; d <= 3 {
			l = l.one(&W[sc.slotOf(k, lzNear+4+d)])
			if v := val[k]; v != 0 {
				l = l.one(&W[f.nearPol[1][d][polIdx(v)]])
			}
		} else if toks[k].IsWord && ek.flags&fStop == 0 {
			l = l.one(&W[sc.slotOf(k, lzNear+4)])
		}
		if toks[k].IsWord && ek.ws[0].ok {
			byDist[1][bucket(k-b+1)].add(ek.ws[0].v)
		}
	}

	// The sentence's words in the window, but the target's: their plain
	// features (word, stem, pair with the previous token), word scores
	// and cluster scores are sums over the window less the target.
	win := sc.sums(lo, hi)
	win.sub(sc.sums(a, b))
	l.z0 += win.z[0]
	l.z1 += win.z[1]
	l.z2 += win.z[2]
	l.ss += win.n
	// The window's first pair is with its start, the one after the
	// target with the target.
	if lo < a {
		l = l.swap(&W[sc.bslot[lo]], &W[sc.slotOf(lo, lzPairS)])
	}
	if b < hi {
		l = l.swap(&W[sc.bslot[b]], &W[sc.slotOf(b, lzPairT)])
	}
	// Words in the scope of a negator: "neg" for "w".
	for _, p := range sc.negs {
		k := int(p)
		if k < lo || k >= hi || (k >= a && k < b) {
			continue
		}
		scope := 3
		for j := k + 1; j < hi && scope > 0; j++ {
			if j >= a && j < b {
				continue
			}
			if !toks[j].IsWord {
				if sc.brk[j] {
					break
				}
				continue
			}
			l = l.swap(&W[e[j].w], &W[sc.slotOf(j, lzNeg)])
			scope--
			if c := e[j].class; c == lexicon.Negator || c == lexicon.Contrast || c == lexicon.Breaker {
				break
			}
		}
	}

	// The target's clause.
	cs, ce := a, b
	for cs > lo && !sc.brk[cs-1] {
		cs--
	}
	for ce < hi && !sc.brk[ce] {
		ce++
	}
	var clauseSum, left, right float32
	var clause pairMean
	subject := true
	var irr [2]bool // an irrealis marker in the clause before and after the target
	for k := cs; k < ce; k++ {
		if k >= a && k < b {
			continue
		}
		t, ek := toks[k], e[k]
		if ek.class == lexicon.Irrealis {
			if k < a {
				irr[0] = true
			} else {
				irr[1] = true
			}
		}
		if t.IsWord {
			if ek.flags&fStop == 0 {
				l = l.one(&W[sc.slotOf(k, lzC)])
				if k < a && !s.Cap[k] {
					subject = false
				}
			}
			if ek.ws[0].ok {
				clause.add(ek.ws[0].v)
			}
		}
		v := float32(val[k] / 4)
		clauseSum += v
		if k < a {
			left += v
		} else {
			right += v
		}
	}
	dense[dLexClause] = clauseSum
	for side, ok := range irr {
		if ok {
			l = l.one(&W[f.irr[side]])
		}
	}

	// roleFeatures.
	role := 1
	if subject {
		role = 0
	}
	l = l.one(&W[f.role[role]])
	if left != 0 {
		l = l.add(&W[f.rolelex[role][0]], left)
	}
	if right != 0 {
		l = l.add(&W[f.rolelex[role][1]], right)
	}
	if subject {
		for k := b; k < ce && k < b+6; k++ {
			if toks[k].IsWord && e[k].flags&fSkip == 0 {
				l = l.one(&W[sc.slotOf(k, lzPred)])
				if v := val[k]; v != 0 {
					l = l.one(&W[f.predPol[polIdx(v)]])
				}
				break
			}
		}
	} else if a > 0 {
		for k := a - 1; k >= cs && k >= a-4; k-- {
			if toks[k].IsWord && e[k].flags&fStop == 0 {
				l = l.one(&W[sc.slotOf(k, lzGov)])
				if v := val[k]; v != 0 {
					l = l.one(&W[f.govPol[polIdx(v)]])
				}
				break
			}
		}
	}
	if b+1 < hi && toks[b].Word == "," {
		var ap float32
		end := b + 1
		for end < hi && end < b+15 {
			if w := toks[end].Word; w == "," || w == ";" || w == "." || w == "\"" {
				break
			}
			end++
		}
		first := toks[b+1].Word
		rel := first == "who" || first == "whose" || first == "which"
		for k := b + 1; k < end; k++ {
			ap += float32(val[k] / 4)
			if toks[k].IsWord && e[k].flags&fStop == 0 && !s.Cap[k] && !rel {
				l = l.one(&W[sc.slotOf(k, lzApw)])
			}
		}
		if ap != 0 {
			kind := 0
			if rel {
				kind = 1
			}
			l = l.add(&W[f.aplex[kind]], ap)
		}
	}

	// Lexicon evidence by side, distance and quotation.
	var sums [2][5][2]float32
	var pos, neg float32
	for _, p := range sc.lexs {
		k := int(p)
		if k < lo || k >= hi || (k >= a && k < b) {
			continue
		}
		v := float32(val[k] / 4)
		side, d := 0, a-k
		if k >= b {
			side, d = 1, k-b+1
		}
		db := bucket(d)
		q := 0
		if s.Quote[k] {
			q = 1
		}
		sums[side][db][q] += v
		if v > 0 {
			pos += v
		} else {
			neg += v
		}
		if v > -minEvidence && v < minEvidence {
			continue
		}
		pol := 0
		if v < 0 {
			pol = 1
		}
		l = l.one(&W[sc.slotOf(k, lzLexw+pol)])
		if d <= 3 {
			l = l.one(&W[f.lexnear[pol][side]])
		}
		if speaker && s.Quote[k] {
			l = l.one(&W[f.spkquote[pol]])
		}
	}
	for side := range 2 {
		for db := range 5 {
			for q := range 2 {
				dense[dLex+side*10+db*2+q] = sums[side][db][q]
			}
		}
	}
	dense[dLexPos], dense[dLexNeg] = pos, neg
	sent := float32(lexicon.Normalize(float64((pos + neg) * 4)))
	dense[dSent] = sent
	switch {
	case sent >= 0.3:
		l = l.one(&W[f.sentlab[0]])
	case sent <= -0.3:
		l = l.one(&W[f.sentlab[1]])
	default:
		l = l.one(&W[f.sentlab[2]])
	}

	// wordScoreFeatures: the far buckets and the whole window from sums.
	if a-12 > lo {
		far := sc.sums(lo, a-12)
		byDist[0][4] = far.wsMean()
	}
	if b+12 < hi {
		far := sc.sums(b+12, hi)
		byDist[1][4] = far.wsMean()
	}
	for side := range 2 {
		for db := range 5 {
			if m := &byDist[side][db]; m.n > 0 {
				dense[dWS+side*5+db] = m.sum[0] / m.n
				dense[dWS+10+side*5+db] = m.sum[1] / m.n
			}
		}
	}
	if clause.n > 0 {
		dense[dWSClause], dense[dWSClause+1] = clause.sum[0]/clause.n, clause.sum[1]/clause.n
	}
	if win.wsN > 0 {
		dense[dWSAll] = float32(win.ws[0] / win.wsN)
		dense[dWSAll+1] = float32(win.ws[1] / win.wsN)
	}
	// Word pairs (k, k+1) in the window touching no target token.
	var big, near, own, cnear pairMean
	pairs := sc.sums(lo, max(lo, hi-1))
	pairs.sub(sc.sums(max(lo, a-1), b))
	if pairs.bigN > 0 {
		big = pairMean{sum: [2]float32{float32(pairs.big[0] / pairs.bigN), float32(pairs.big[1] / pairs.bigN)}, n: 1}
	}
	nlo, nhi := max(lo, a-nearWords), min(hi, b+nearWords)
	for k := nlo; k < nhi; k++ {
		if (k >= a && k < b) || !toks[k].IsWord {
			continue
		}
		i := 2
		if k < a {
			i = 1
		}
		if g := e[k].ws[i]; g.ok {
			near.add(g.v)
		}
		if e[k].flags&(fStop|fClu) == fClu {
			if g := e[k].cluWS[i]; g.ok {
				cnear.add(g.v)
			}
		}
	}
	for k := a; k < b; k++ {
		if !toks[k].IsWord || s.Cap[k] {
			continue
		}
		if g := e[k].ws[3]; g.ok {
			own.add(g.v)
		}
	}
	var clu pairMean
	if win.cluN > 0 {
		clu = pairMean{sum: [2]float32{float32(win.clu[0] / win.cluN), float32(win.clu[1] / win.cluN)}, n: 1}
	}
	for _, x := range [...]struct {
		m     *pairMean
		slots [2]int32
	}{{&big, f.wsbig}, {&near, f.wsnear}, {&own, f.wsown}, {&clu, f.wsclu}, {&cnear, f.wscnear}} {
		if x.m.n > 0 {
			l = l.add(&W[x.slots[0]], x.m.sum[0]/x.m.n)
			l = l.add(&W[x.slots[1]], x.m.sum[1]/x.m.n)
		}
	}

	// clusterFeatures.
	for k := nlo; k < nhi; k++ {
		if (k >= a && k < b) || !toks[k].IsWord || e[k].flags&fStop != 0 {
			continue
		}
		side, d := 0, a-k
		if k >= b {
			side, d = 1, k-b+1
		}
		t := f.cluNear[side][d]
		for lv, c := range e[k].clu {
			if lv < len(t) && int(c) < len(t[lv]) {
				l = l.one(&W[t[lv][c]])
			} else {
				l = l.one(&W[f.slot(nearClusterNames[side][d], clusterName(lv, c))])
			}
		}
	}

	if f.dim > 0 {
		if sc.prefix && f.quant {
			l = sc.prefixVectors(l, a, b, lo, hi, cs, ce)
		} else {
			l = sc.vectors(l, a, b, lo, hi, cs, ce)
		}
	}

	// The dense features and their conjunctions with the target's flags.
	conj := &f.conj[flags]
	for id, v := range dense {
		if v == 0 {
			continue
		}
		x, cw := float64(v), &conj[id]
		l.z0 += cw.w[0] * x
		l.z1 += cw.w[1] * x
		l.z2 += cw.w[2] * x
		l.ss += cw.n * x * x
	}
	k := 1 / math.Sqrt(l.ss)
	return softmax([NumClasses]float64{l.z0 * k, l.z1 * k, l.z2 * k}), speaker
}

// vectors adds vectorFeatures: the mean word vectors of the target's near
// left and right neighbours, its clause [cs, ce) and its window [lo, hi),
// summed over the window (in long sentences, which have no prefix sums).
func (sc *Scorer) vectors(l linear, a, b, lo, hi, cs, ce int) linear {
	f, toks, e := sc.f, sc.s.Toks, sc.e
	dim := f.dim
	sc.acc = grow(sc.acc, 4*dim)
	acc := sc.acc
	clear(acc)
	var cnt [4]int
	addTo := func(g int, v []float32) {
		ag := acc[g*dim : (g+1)*dim]
		v = v[:len(ag)]
		for d := range ag {
			ag[d] += float64(v[d])
		}
		cnt[g]++
	}
	from, to := lo, hi
	for k := from; k < to; k++ {
		if (k >= a && k < b) || !toks[k].IsWord || e[k].flags&fStop != 0 || e[k].vec == nil {
			continue
		}
		v := e[k].vec
		switch {
		case k < a && a-k <= 3:
			addTo(0, v)
		case k >= b && k-b < 3:
			addTo(1, v)
		}
		if k >= cs && k < ce {
			addTo(2, v)
		}
		addTo(3, v)
	}
	for g := range 4 {
		if cnt[g] == 0 {
			continue
		}
		scale := embedScale / float64(cnt[g])
		ws := f.vecW[g]
		var z0, z1, z2, ss float64
		for d, x := range acc[g*dim : (g+1)*dim] {
			x *= scale
			w := &ws[d]
			z0 += float64(w[0]) * x
			z1 += float64(w[1]) * x
			z2 += float64(w[2]) * x
			ss += x * x
		}
		l.z0 += z0
		l.z1 += z1
		l.z2 += z2
		l.ss += ss
	}
	return l
}

// prefixVectors is vectors from the prefix sums of prepareVectors: each
// group's weighed mean from the projections of its vectors, its squared
// length from their sum.
func (sc *Scorer) prefixVectors(l linear, a, b, lo, hi, cs, ce int) linear {
	nw := lanes16(sc.f.dim)
	ta, tb := int(sc.vi[a]), int(sc.vi[b]) // the target's vectors
	groups := [4]struct {
		from, to int
		minus    bool // less the target
	}{{max(lo, a-3), a, false}, {b, min(hi, b+3), false}, {cs, ce, true}, {lo, hi, true}}
	for g, x := range groups {
		i, j := int(sc.vi[x.from]), int(sc.vi[x.to])
		cnt := j - i
		if x.minus {
			cnt -= tb - ta
		}
		if cnt <= 0 {
			continue
		}
		scale := embedScale / float64(cnt)
		z := sc.pp[j][g]
		for c := range z {
			z[c] -= sc.pp[i][g][c]
			if x.minus {
				z[c] -= sc.pp[tb][g][c] - sc.pp[ta][g][c]
			}
		}
		l.z0 += scale * z[0]
		l.z1 += scale * z[1]
		l.z2 += scale * z[2]
		p, q := sc.vp[i*nw:(i+1)*nw], sc.vp[j*nw:(j+1)*nw]
		q = q[:len(p)]
		var ss int64
		if x.minus && tb > ta {
			tp, tq := sc.vp[ta*nw:(ta+1)*nw], sc.vp[tb*nw:(tb+1)*nw]
			tp, tq = tp[:len(p)], tq[:len(p)]
			for d := range p {
				ss += squares16(sub16(sub16(q[d], p[d]), sub16(tq[d], tp[d])))
			}
		} else {
			for d := range p {
				ss += squares16(sub16(q[d], p[d]))
			}
		}
		scale /= 127
		l.ss += float64(ss) * scale * scale
	}
	return l
}
