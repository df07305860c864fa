package pos

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"

	pc "github.com/newsfacts/newsfacts/internal/perceptron"
)

// A Sentence is a training or evaluation sentence: its tokens and their
// gold tags.
type Sentence struct {
	Tokens []string
	Tags   []Tag
}

// TrainOptions configure Train.
type TrainOptions struct {
	Epochs int    // passes over the training data (default 10)
	Seed   uint64 // seed of the shuffling of sentences
	// Prune drops the features whose largest averaged weight is smaller
	// in magnitude; 0 keeps every feature with a weight.
	Prune float32
	// FixMin and FixShare define the words whose tag is fixed: seen at
	// least FixMin times (default 20), with one tag at least FixShare of
	// the time (default 0.99). The tagger gives them that tag without
	// scoring; training skips them. FixMin < 0 fixes none.
	FixMin   int
	FixShare float64
	// AllowMin is how often a word must have been seen for the tagger to
	// score only the tags training gave it (default 50); AllowMin < 0
	// scores every tag of every word.
	AllowMin int
	// Logf, if set, receives progress lines.
	Logf func(format string, args ...any)
}

// Train trains a greedy left-to-right tagger as an averaged perceptron
// (Collins 2002) whose history features see the tags it predicted, as the
// tagger will. Training is deterministic for given sentences and options.
func Train(train []Sentence, opts TrainOptions) (*Model, error) {
	if opts.Epochs <= 0 {
		opts.Epochs = 10
	}
	if opts.FixMin == 0 {
		opts.FixMin = 20
	}
	if opts.FixShare == 0 {
		opts.FixShare = 0.99
	}
	if opts.AllowMin == 0 {
		opts.AllowMin = 50
	}
	logf := opts.Logf
	if logf == nil {
		logf = func(string, ...any) {}
	}
	for i, s := range train {
		if len(s.Tokens) != len(s.Tags) {
			return nil, fmt.Errorf("pos: sentence %d: %d tokens but %d tags", i, len(s.Tokens), len(s.Tags))
		}
		for _, t := range s.Tags {
			if t >= NumTags {
				return nil, fmt.Errorf("pos: sentence %d: bad tag %d", i, t)
			}
		}
	}
	// 1. The vocabulary, and an index of the features: the history
	// features first, then the others in order of first appearance.
	vocabSet := map[string]bool{}
	for _, s := range train {
		for _, t := range s.Tokens {
			vocabSet[t] = true
		}
	}
	vocab := make([]string, 0, len(vocabSet))
	for t := range vocabSet {
		vocab = append(vocab, t)
	}
	slices.Sort(vocab)
	// The fixed tags of frequent unambiguous words.
	tagCounts := map[string]*[NumTags]int{}
	for _, s := range train {
		for i, t := range s.Tokens {
			c := tagCounts[t]
			if c == nil {
				c = new([NumTags]int)
				tagCounts[t] = c
			}
			c[s.Tags[i]]++
		}
	}
	fixed := make([]Tag, len(vocab))
	fixedOf := map[string]Tag{}
	allowed := make([]uint64, len(vocab))
	allowedOf := map[string]uint64{}
	for i, w := range vocab {
		fixed[i] = noTag
		c := tagCounts[w]
		total, best := 0, Tag(0)
		set := uint64(0)
		for t, n := range c {
			total += n
			if n > c[best] {
				best = Tag(t)
			}
			if n > 0 {
				set |= 1 << t
			}
		}
		allowed[i] = allTags
		if opts.AllowMin >= 0 && total >= opts.AllowMin {
			allowed[i] = set
		}
		allowedOf[w] = allowed[i]
		if opts.FixMin >= 0 && total >= opts.FixMin && float64(c[best]) >= opts.FixShare*float64(total) {
			fixed[i] = best
			fixedOf[w] = best
		}
	}
	logf("pos: %d words of fixed tag", len(fixedOf))
	index := map[uint64]int32{}
	var hashes []uint64
	add := func(h uint64) int32 {
		ix, ok := index[h]
		if !ok {
			ix = int32(len(hashes))
			index[h] = ix
			hashes = append(hashes, h)
		}
		return ix
	}
	var buf []uint64
	for t2 := Tag(0); t2 <= startTag; t2++ {
		for t1 := Tag(0); t1 <= startTag; t1++ {
			for _, h := range histFeatures(buf[:0], t2, t1) {
				add(h)
			}
		}
	}
	type trainSent struct {
		feats   []int32 // the unigram features of all tokens
		off     []int32 // token i's are feats[off[i]:off[i+1]]
		gold    []Tag
		fixed   []Tag    // per token, its fixed tag or noTag
		allowed []uint64 // per token, the tags it may take
	}
	sents := make([]trainSent, len(train))
	for si, s := range train {
		ws := make([]word, len(s.Tokens))
		for i, t := range s.Tokens {
			ws[i] = newWord(t)
		}
		at := func(i int) *word {
			if i < 0 || i >= len(ws) {
				return &boundary
			}
			return &ws[i]
		}
		ts := trainSent{gold: s.Tags, off: []int32{0}}
		for i := range ws {
			f, ok := fixedOf[s.Tokens[i]]
			if !ok {
				f = noTag
			}
			ts.fixed = append(ts.fixed, f)
			ts.allowed = append(ts.allowed, allowedOf[s.Tokens[i]])
			for k := -2; k <= 2; k++ {
				for _, h := range unigrams(buf[:0], at(i+k), k) {
					ts.feats = append(ts.feats, add(h))
				}
			}
			ts.off = append(ts.off, int32(len(ts.feats)))
		}
		sents[si] = ts
	}
	nf := len(hashes)
	logf("pos: %d training sentences, %d words, %d features", len(sents), len(vocab), nf)

	// 2. Averaged perceptron.
	w := pc.NewAveraged(nf * int(NumTags))
	rng := rand.New(rand.NewPCG(opts.Seed, opts.Seed^0x5851f42d4c957f2d))
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	var score [NumTags]float32
	var dyn []int32
	for epoch := 1; epoch <= opts.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs, total := 0, 0
		for _, si := range order {
			s := &sents[si]
			t2, t1 := Tag(startTag), Tag(startTag)
			for i := range s.gold {
				if f := s.fixed[i]; f != noTag {
					t2, t1 = t1, f
					continue
				}
				dyn = dyn[:0]
				for _, h := range histFeatures(buf[:0], t2, t1) {
					dyn = append(dyn, index[h])
				}
				score = [NumTags]float32{}
				feats := s.feats[s.off[i]:s.off[i+1]]
				for _, list := range [2][]int32{feats, dyn} {
					for _, f := range list {
						row := w.W[int(f)*int(NumTags) : int(f+1)*int(NumTags)]
						for t := range score {
							score[t] += row[t]
						}
					}
				}
				pred, first := Tag(0), true
				for t := Tag(0); t < NumTags; t++ {
					if s.allowed[i]&(1<<t) != 0 && (first || score[t] > score[pred]) {
						pred, first = t, false
					}
				}
				if g := s.gold[i]; pred != g {
					errs++
					for _, list := range [2][]int32{feats, dyn} {
						for _, f := range list {
							w.Update(int(f)*int(NumTags)+int(g), 1)
							w.Update(int(f)*int(NumTags)+int(pred), -1)
						}
					}
				}
				total++
				w.Tick()
				t2, t1 = t1, pred
			}
		}
		logf("pos: epoch %d: %.2f%% of the training tokens wrong", epoch, 100*float64(errs)/float64(max(total, 1)))
	}
	avg := w.Average()
	maxAbs := float32(0)
	for _, x := range avg {
		maxAbs = max(maxAbs, float32(math.Abs(float64(x))))
	}
	table := pc.NewTable(hashes, avg, int(NumTags), pc.ScaleFor(maxAbs), opts.Prune)
	return newModel(table, vocab, fixed, allowed), nil
}

// Accuracy tags the sentences with m and returns the number of tokens
// tagged as in gold and the number of tokens.
func Accuracy(m *Model, sents []Sentence) (correct, total int) {
	var tags []Tag
	for _, s := range sents {
		tags = m.Tag(s.Tokens, tags[:0])
		for i, t := range tags {
			if t == s.Tags[i] {
				correct++
			}
		}
		total += len(tags)
	}
	return correct, total
}
