// Command train learns the quotes analyser's candidate scorer
// (quotes/internal/core/model.tsv) from the training split of the PolNeAR
// attribution corpus.
//
// Every candidate attribution that the extractor's patterns propose in a
// training article (core.Candidates) is labelled by the gold annotation: a
// candidate is an attribution when its cue overlaps the cue of a gold
// attribution and its content overlaps that attribution's content. With
// several annotators the label is the share of annotators who agree. A
// logistic regression over the candidates' features is fitted by
// stochastic gradient descent with L2 regularisation, in a fixed order, so
// the output is reproducible.
//
// Usage (from the repository root):
//
//	go run ./quotes/internal/train -data ../shared/data > quotes/internal/core/model.tsv
//
// -holdout N keeps every Nth article out of training and reports the
// scorer's candidate-level precision and recall on them.
package main

import (
	"bufio"
	"cmp"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"

	"github.com/newsfacts/newsfacts/analyzer"
	"github.com/newsfacts/newsfacts/analyzer/segment"
	"github.com/newsfacts/newsfacts/internal/polnear"
	"github.com/newsfacts/newsfacts/quotes/internal/core"
)

var average bool

type example struct {
	feats []int32
	y     float64
}

func main() {
	data := flag.String("data", "../shared/data", "`directory` of the gold corpora")
	epochs := flag.Int("epochs", 15, "passes over the training candidates")
	l2 := flag.Float64("l2", 1e-5, "L2 regularisation strength")
	eta := flag.Float64("eta", 0.2, "initial learning rate")
	minCount := flag.Int("min-count", 3, "minimum number of candidates a feature occurs in")
	holdout := flag.Int("holdout", 0, "keep every Nth article out and report on it (0: train on all)")
	flag.BoolVar(&average, "average", true, "output the average of the weights over all steps")
	flag.Parse()
	if err := run(filepath.Join(*data, "quotes", "polnear", "train"), *epochs, *l2, *eta, *minCount, *holdout); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

func run(dir string, epochs int, l2, eta float64, minCount, holdout int) error {
	arts, err := polnear.Load(dir)
	if err != nil {
		return err
	}
	type doc struct {
		feats [][]string
		ys    []float64
	}
	var train, held []doc
	for i, art := range arts {
		d := analyzer.ParseArticle(art.Text)
		cands, err := core.Candidates(d.Text, segment.Segment(d))
		if err != nil {
			return fmt.Errorf("%s: %v", art.Name, err)
		}
		var dd doc
		for _, c := range cands {
			dd.feats = append(dd.feats, c.Features)
			dd.ys = append(dd.ys, label(c, art))
		}
		if holdout > 0 && i%holdout == holdout-1 {
			held = append(held, dd)
		} else {
			train = append(train, dd)
		}
	}
	// Feature index: features seen in at least minCount candidates.
	count := map[string]int{}
	for _, d := range train {
		for _, fs := range d.feats {
			for _, f := range fs {
				count[f]++
			}
		}
	}
	var names []string
	for f, n := range count {
		if n >= minCount {
			names = append(names, f)
		}
	}
	slices.Sort(names)
	index := make(map[string]int32, len(names))
	for i, f := range names {
		index[f] = int32(i)
	}
	toExamples := func(ds []doc) []example {
		var out []example
		for _, d := range ds {
			for i, fs := range d.feats {
				e := example{y: d.ys[i]}
				for _, f := range fs {
					if id, ok := index[f]; ok {
						e.feats = append(e.feats, id)
					}
				}
				out = append(out, e)
			}
		}
		return out
	}
	exs := toExamples(train)
	pos := 0.0
	for _, e := range exs {
		pos += e.y
	}
	fmt.Fprintf(os.Stderr, "train: %d articles, %d candidates (%.0f positive), %d features\n", len(train), len(exs), pos, len(names))

	w := make([]float64, len(names))
	// Averaged SGD: the output is the mean of the weights over all
	// steps, kept lazily (sum and the step of the last update).
	sum := make([]float64, len(names))
	last := make([]int, len(names))
	step := 0
	rng := rand.New(rand.NewPCG(1, 2))
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	for ep := 0; ep < epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		lr := eta / (1 + float64(ep))
		loss := 0.0
		for _, i := range order {
			e := &exs[i]
			p := predict(w, e.feats)
			loss -= e.y*math.Log(max(p, 1e-12)) + (1-e.y)*math.Log(max(1-p, 1e-12))
			g := e.y - p
			step++
			for _, f := range e.feats {
				sum[f] += w[f] * float64(step-last[f])
				last[f] = step
				w[f] += lr * (g - l2*w[f])
			}
		}
		fmt.Fprintf(os.Stderr, "epoch %d: log loss %.4f\n", ep+1, loss/float64(len(exs)))
	}
	if average {
		for f := range w {
			sum[f] += w[f] * float64(step-last[f])
			w[f] = sum[f] / float64(step)
		}
	}
	if len(held) > 0 {
		report("held out", toExamples(held), w)
	}
	report("train", exs, w)

	out := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(out, "# Candidate scorer of the quotes analyser: logistic regression, feature<TAB>weight.\n")
	fmt.Fprintf(out, "# Trained on PolNeAR train (Newell, Margolin & Ruths, LREC 2018) by\n")
	fmt.Fprintf(out, "# go run ./quotes/internal/train -epochs %d -l2 %g -eta %g -min-count %d -holdout %d -average=%v\n", epochs, l2, eta, minCount, holdout, average)
	type fw struct {
		f string
		w float64
	}
	var kept []fw
	for i, f := range names {
		if math.Abs(w[i]) >= 1e-3 {
			kept = append(kept, fw{f, w[i]})
		}
	}
	slices.SortFunc(kept, func(a, b fw) int { return cmp.Compare(a.f, b.f) })
	for _, k := range kept {
		fmt.Fprintf(out, "%s\t%.4f\n", k.f, k.w)
	}
	return out.Flush()
}

func predict(w []float64, feats []int32) float64 {
	z := 0.0
	for _, f := range feats {
		z += w[f]
	}
	return 1 / (1 + math.Exp(-z))
}

// report prints candidate-level precision and recall at several
// thresholds.
func report(name string, exs []example, w []float64) {
	for _, th := range []float64{0.2, 0.3, 0.4, 0.5, 0.6} {
		var tp, fp, fn float64
		for _, e := range exs {
			if predict(w, e.feats) >= th {
				tp += e.y
				fp += 1 - e.y
			} else {
				fn += e.y
			}
		}
		p, r := tp/(tp+fp), tp/(tp+fn)
		fmt.Fprintf(os.Stderr, "%s: threshold %.1f: candidates P %.2f R %.2f F1 %.2f\n", name, th, 100*p, 100*r, 200*p*r/(p+r))
	}
}

// label is the share of the article's annotators with a gold attribution
// whose cue overlaps the candidate's cue and whose content overlaps its
// content.
func label(c core.Candidate, art *polnear.Article) float64 {
	agree := 0
	for _, ann := range art.Annotations {
		for _, g := range ann.Attributions {
			if overlaps(c.Cue, g.Cue) && overlaps(c.Content, g.Content) {
				agree++
				break
			}
		}
	}
	return float64(agree) / float64(len(art.Annotations))
}

func overlaps(s analyzer.Span, frags []analyzer.Span) bool {
	for _, f := range frags {
		if s.Overlaps(f) {
			return true
		}
	}
	return false
}
