package ner

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/entities/internal/gazetteer"
)

// An Example is a training or evaluation document with its gold phrases,
// sentence by sentence.
type Example struct {
	Doc   Doc
	Spans [][]Span
}

// TrainOptions configure Train.
type TrainOptions struct {
	Epochs   int    // passes over the training data (default 12)
	Seed     uint64 // seed of the shuffling of sentences
	MinCount int    // features seen fewer times are dropped (default 1)
	// Augment adds, for each training document, a copy in which about a
	// third of the sentences are rewritten in title case or in capitals,
	// so that the case-specific features learn headline styles that the
	// corpus rarely shows. Its value is the probability that a document
	// gets such a copy.
	Augment float64
	// Prune drops the features whose largest averaged weight is smaller
	// in magnitude (see newModel); 0 keeps every feature with a weight.
	Prune float32
	// Logf, if set, receives progress lines.
	Logf func(format string, args ...any)
}

// Counts are phrase counts for scoring.
type Counts struct{ Gold, Found, Correct int }

// F1 returns the micro-averaged F1 as a percentage.
func (c Counts) F1() float64 {
	if c.Found == 0 || c.Gold == 0 || c.Correct == 0 {
		return 0
	}
	p := float64(c.Correct) / float64(c.Found)
	r := float64(c.Correct) / float64(c.Gold)
	return 200 * p * r / (p + r)
}

// Score tags the examples with m and counts exact phrase matches.
func Score(m *Model, examples []Example) Counts {
	var c Counts
	for _, ex := range examples {
		pred := m.Tag(ex.Doc)
		for si, gold := range ex.Spans {
			set := map[Span]bool{}
			for _, s := range gold {
				set[s] = true
			}
			c.Gold += len(gold)
			c.Found += len(pred[si])
			for _, s := range pred[si] {
				if set[s] {
					c.Correct++
				}
			}
		}
	}
	return c
}

// a training sentence: its tokens' feature rows, flattened.
type trainSent struct {
	feats []int32 // feature indices of all tokens
	off   []int32 // token i's features are feats[off[i]:off[i+1]]
	gold  []Tag
	s     sentence // for the history features
}

// a training document: sentences [first, end) of the training sentences
// and the number of its lower-case forms.
type trainDoc struct {
	first, end int
	nlows      int
}

// Train trains a model with the averaged perceptron. If dev is not empty,
// the model is scored on it after every epoch and the best epoch's
// averaged weights are kept (ties go to the earlier epoch); otherwise the
// last epoch's. Training is deterministic for given options.
func Train(train, dev []Example, g *gazetteer.Gazetteer, opts TrainOptions) (*Model, error) {
	if opts.Epochs <= 0 {
		opts.Epochs = 12
	}
	if opts.MinCount <= 0 {
		opts.MinCount = 1
	}
	logf := opts.Logf
	if logf == nil {
		logf = func(string, ...any) {}
	}

	rng := rand.New(rand.NewPCG(opts.Seed, opts.Seed^0x5851f42d4c957f2d))
	if opts.Augment > 0 {
		train = augment(train, opts.Augment, rng)
	}

	// 1. Extract features and count them.
	type rawSent struct {
		hashes [][]uint64
		gold   []Tag
		s      sentence
	}
	var raws []rawSent
	var docs []trainDoc
	counts := map[uint64]int{}
	var buf []uint64
	words := localWords(g)
	vocabSet := map[string]bool{}
	for _, ex := range train {
		for _, s := range ex.Doc {
			for _, t := range s {
				vocabSet[t] = true
			}
		}
	}
	vocab := make([]string, 0, len(vocabSet))
	for t := range vocabSet {
		vocab = append(vocab, t)
	}
	slices.Sort(vocab)
	for ei, ex := range train {
		if len(ex.Spans) != len(ex.Doc) {
			return nil, fmt.Errorf("example %d: %d sentences but spans for %d", ei, len(ex.Doc), len(ex.Spans))
		}
		sents, d := prepare(ex.Doc, g, words, nil)
		td := trainDoc{first: len(raws), nlows: d.nlows}
		for si := range sents {
			s := &sents[si]
			if len(s.words) == 0 {
				continue
			}
			r := rawSent{gold: SpansToTags(ex.Spans[si], len(s.words)), s: sentence{words: s.words, lows: s.lows, mode: s.mode}}
			for i := range s.words {
				buf = features(buf[:0], s, i, d)
				hs := append([]uint64(nil), buf...)
				for _, h := range hs {
					counts[h]++
				}
				r.hashes = append(r.hashes, hs)
			}
			raws = append(raws, r)
		}
		td.end = len(raws)
		docs = append(docs, td)
	}
	// 2. Index the features that are frequent enough, in order of first
	// appearance (deterministic).
	index := map[uint64]int32{}
	var hashes []uint64
	for _, h := range histHashes() {
		index[h] = int32(len(hashes))
		hashes = append(hashes, h)
	}
	sents := make([]trainSent, len(raws))
	for si, r := range raws {
		ts := trainSent{gold: r.gold, off: make([]int32, 0, len(r.hashes)+1), s: r.s}
		ts.off = append(ts.off, 0)
		for _, hs := range r.hashes {
			for _, h := range hs {
				if counts[h] < opts.MinCount {
					continue
				}
				ix, ok := index[h]
				if !ok {
					ix = int32(len(hashes))
					index[h] = ix
					hashes = append(hashes, h)
				}
				ts.feats = append(ts.feats, ix)
			}
			ts.off = append(ts.off, int32(len(ts.feats)))
		}
		sents[si] = ts
		raws[si] = rawSent{}
	}
	raws, counts = nil, nil
	nf := len(hashes)
	logf("ner: %d training sentences, %d features", len(sents), nf)

	// 3. Averaged perceptron.
	w := make([]float32, nf*NumTags)
	acc := make([]float64, nf*NumTags) // sum of step*delta
	var tr transitions
	var trAcc [NumTags + 2][NumTags]float64 // rows: trans..., start, end
	order := make([]int, len(docs))
	for i := range order {
		order[i] = i
	}
	var hist history
	var dyn []uint64     // history feature hashes of a token
	var dynIdx [][]int32 // history feature indices of each token of a sentence
	step := 1.0
	var em []float32
	var pred []Tag
	average := func() *Model {
		avg := make([]float32, len(w))
		for i := range w {
			avg[i] = float32(float64(w[i]) - acc[i]/step)
		}
		var atr transitions
		for a := 0; a < NumTags; a++ {
			for b := 0; b < NumTags; b++ {
				atr.trans[a][b] = float32(float64(tr.trans[a][b]) - trAcc[a][b]/step)
			}
			atr.start[a] = float32(float64(tr.start[a]) - trAcc[NumTags][a]/step)
			atr.end[a] = float32(float64(tr.end[a]) - trAcc[NumTags+1][a]/step)
		}
		return newModel(g, hashes, avg, atr, vocab, opts.Prune)
	}
	var best *Model
	bestF, bestEpoch := -1.0, 0
	for epoch := 1; epoch <= opts.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs := 0
		for _, di := range order {
			doc := docs[di]
			hist = slices.Grow(hist[:0], doc.nlows)[:doc.nlows]
			clear(hist)
			for si := doc.first; si < doc.end; si++ {
				s := &sents[si]
				n := len(s.gold)
				em = grow(em, n*NumTags)
				pred = growTags(pred, n)
				dynIdx = dynIdx[:0]
				for i := 0; i < n; i++ {
					row := em[i*NumTags : (i+1)*NumTags]
					for t := range row {
						row[t] = 0
					}
					dyn = histFeature(dyn[:0], &s.s, i, hist)
					var ix []int32
					for _, h := range dyn {
						ix = append(ix, index[h])
					}
					dynIdx = append(dynIdx, ix)
					for _, f := range slices.Concat(s.feats[s.off[i]:s.off[i+1]], ix) {
						wr := w[int(f)*NumTags : int(f)*NumTags+NumTags]
						for t, v := range wr {
							row[t] += v
						}
					}
				}
				viterbi(pred, em, compile(&tr))
				wrong := false
				for i := 0; i < n; i++ {
					if pred[i] != s.gold[i] {
						wrong = true
						break
					}
				}
				if wrong {
					errs++
					upd := func(f int32, t Tag, d float32) {
						k := int(f)*NumTags + int(t)
						w[k] += d
						acc[k] += step * float64(d)
					}
					for i := 0; i < n; i++ {
						gt, pt := s.gold[i], pred[i]
						if gt != pt {
							for _, f := range slices.Concat(s.feats[s.off[i]:s.off[i+1]], dynIdx[i]) {
								upd(f, gt, 1)
								upd(f, pt, -1)
							}
						}
						// transitions
						if i == 0 {
							if gt != pt {
								tr.start[gt]++
								trAcc[NumTags][gt] += step
								tr.start[pt]--
								trAcc[NumTags][pt] -= step
							}
						} else {
							gp, pp := s.gold[i-1], pred[i-1]
							if gp != pp || gt != pt {
								tr.trans[gp][gt]++
								trAcc[gp][gt] += step
								tr.trans[pp][pt]--
								trAcc[pp][pt] -= step
							}
						}
						if i == n-1 && gt != pt {
							tr.end[gt]++
							trAcc[NumTags+1][gt] += step
							tr.end[pt]--
							trAcc[NumTags+1][pt] -= step
						}
					}
				}
				hist.record(&s.s, pred)
				step++
			}
		}
		if len(dev) == 0 {
			logf("ner: epoch %d: %d sentences wrong", epoch, errs)
			continue
		}
		m := average()
		c := Score(m, dev)
		logf("ner: epoch %d: %d sentences wrong; dev F1 %.2f (%d/%d/%d)", epoch, errs, c.F1(), c.Correct, c.Found, c.Gold)
		if c.F1() > bestF {
			best, bestF, bestEpoch = m, c.F1(), epoch
		}
	}
	if best == nil {
		return average(), nil
	}
	logf("ner: keeping epoch %d (dev F1 %.2f)", bestEpoch, bestF)
	return best, nil
}

// augment returns the examples followed by case-rewritten copies (see
// TrainOptions.Augment).
func augment(examples []Example, p float64, rng *rand.Rand) []Example {
	out := append([]Example(nil), examples...)
	for _, ex := range examples {
		if rng.Float64() >= p {
			continue
		}
		cp := Example{Doc: make(Doc, len(ex.Doc)), Spans: ex.Spans}
		for si, toks := range ex.Doc {
			cp.Doc[si] = toks
			r := rng.IntN(6)
			if r > 1 {
				continue
			}
			nt := make([]string, len(toks))
			for i, t := range toks {
				if r == 0 {
					nt[i] = strings.ToUpper(t)
				} else {
					nt[i] = titleCase(t, rng.IntN(2) == 0)
				}
			}
			cp.Doc[si] = nt
		}
		out = append(out, cp)
	}
	return out
}

// titleCase capitalises a token's first letter, as headline writers do,
// keeping short function words in lower case when small is set.
func titleCase(tok string, small bool) string {
	if small && functionWords[tok] && len(tok) <= 4 {
		return tok
	}
	r, n := utf8.DecodeRuneInString(tok)
	if !unicode.IsLower(r) {
		return tok
	}
	return string(unicode.ToUpper(r)) + tok[n:]
}
