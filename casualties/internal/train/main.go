// Command train fits the selector that chooses the casualties analyser's
// killed and injured totals among their candidate values, on the Gun
// Violence Archive articles (casualties/gva-dev.jsonl in the data
// directory), and writes its weights (by default to
// casualties/selector.txt, which the package embeds).
//
// Usage, from the repository root:
//
//	go run ./casualties/internal/train [-data DIR] [-folds 5] [-repeats 3] [-out FILE]
//
// The model is a linear scorer of each candidate's features, trained as a
// conditional logit (softmax over an article's candidates) by stochastic
// gradient descent with L2 regularisation, in a fixed order: the same data
// give the same weights. Killed is fitted first. The injured candidates
// depend on the killed total chosen (injured includes the people shot less
// those killed), so they are collected with each article's out-of-fold
// killed model. The analyser then chooses the two totals together (the
// best pair by the product of their probabilities), and the
// cross-validated figures are the totals it reports with each fold's
// pair of models.
//
// Before writing the model, train reports k-fold cross-validated exact
// accuracy (articles of one incident always in the same fold; the mean
// over -repeats assignments of incidents to folds) next to the rules
// alone: these are the figures to expect on unseen articles, unlike
// the evaluation command's figures on gva-dev, which the model was
// trained on.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"hash/fnv"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"

	"github.com/newsfacts/newsfacts/analyzer"
	"github.com/newsfacts/newsfacts/casualties"
	"github.com/newsfacts/newsfacts/internal/gva"
)

func main() {
	data := flag.String("data", "../shared/data", "data `directory` holding casualties/gva-dev.jsonl")
	folds := flag.Int("folds", 5, "cross-validation `folds`")
	repeats := flag.Int("repeats", 3, "cross-validation `rounds`, each with another assignment of incidents to folds")
	epochs := flag.Int("epochs", 30, "training `epochs`")
	l2 := flag.Float64("l2", 1e-3, "L2 regularisation `strength` per example")
	out := flag.String("out", "casualties/selector.txt", "`file` to write the weights to (empty: do not write)")
	dump := flag.String("dump", "", "write each article's candidates and cross-validated choices as JSON Lines to `file` (for error analysis)")
	flag.Parse()
	if err := run(*data, *folds, *repeats, *epochs, *l2, *out, *dump); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

// article is one GVA article with its gold counts.
type article struct {
	doc             *analyzer.Document
	incident        string
	killed, injured int64
	fold            int
	kc, ic          []cand // candidates
	ruleK, ruleI    int64
	predK, predI    int64
}

// cand is one candidate: its value and features.
type cand struct {
	value int64
	feats []string
}

func run(data string, k, repeats, epochs int, l2 float64, out, dump string) error {
	arts, err := readGVA(filepath.Join(data, "casualties", "gva-dev.jsonl"))
	if err != nil {
		return err
	}
	cfg := trainConfig{epochs: epochs, l2: l2}

	// killed candidates, from the rules alone
	rules := casualties.New(casualties.Options{Selector: casualties.NewSelector(nil, nil)})
	if err := analyse(arts, []*analyzer.Analyzer[*casualties.Result]{rules}, func(a *article, rs []*casualties.Result) {
		a.kc = candsOf(rs[0], casualties.Killed)
		a.ruleK = totalValue(rs[0], casualties.Killed)
		a.ruleI = totalValue(rs[0], casualties.Injured)
	}); err != nil {
		return err
	}
	finalK := fit(arts, -1, cfg, func(a *article) ([]cand, int64) { return a.kc, a.killed })

	// cross-validation, repeated with other assignments of incidents to
	// folds; the injured candidates of the last round train the final
	// injured model
	var cv [3]float64
	for r := range repeats {
		acc, err := crossValidate(arts, k, r, cfg)
		if err != nil {
			return err
		}
		for i := range cv {
			cv[i] += acc[i] / float64(repeats)
		}
	}
	finalI := fit(arts, -1, cfg, func(a *article) ([]cand, int64) { return a.ic, a.injured })

	var rule, oracle [3]int
	for _, a := range arts {
		score(&rule, a, a.ruleK, a.ruleI)
		ok := [2]bool{}
		for _, c := range a.kc {
			ok[0] = ok[0] || c.value == a.killed
		}
		for _, c := range a.ic {
			ok[1] = ok[1] || c.value == a.injured
		}
		oracle[0] += b2i(ok[0])
		oracle[1] += b2i(ok[1])
		oracle[2] += b2i(ok[0] && ok[1])
	}
	n := len(arts)
	if dump != "" {
		if err := writeDump(dump, arts); err != nil {
			return err
		}
	}
	cvs := fmt.Sprintf("%6.2f%% / %6.2f%% / %6.2f%%", cv[0], cv[1], cv[2])
	fmt.Printf("GVA dev, %d articles, %d-fold cross-validation by incident (mean of %d assignments): exact accuracy killed / injured / both\n", n, k, repeats)
	fmt.Printf("  selector (cross-validated)  %s\n", cvs)
	fmt.Printf("  rules alone                 %s\n", pcts(rule, n))
	fmt.Printf("  a candidate is right        %s\n", pcts(oracle, n))
	if out == "" {
		return nil
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	fmt.Fprintf(f, "# casualties selector: trained by casualties/internal/train on %d GVA dev articles\n", n)
	fmt.Fprintf(f, "# %d-fold cross-validated exact accuracy killed / injured / both (mean of %d): %s\n", k, repeats, cvs)
	if _, err := casualties.NewSelector(finalK, finalI).WriteTo(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Printf("wrote %s (%d killed and %d injured weights)\n", out, len(finalK), len(finalI))
	return nil
}

// crossValidate assigns the incidents to k folds (by a hash of the
// incident and the round), fits the killed models, collects the injured
// candidates with each article's out-of-fold killed model, fits the
// injured models, and returns the cross-validated accuracy in percent.
func crossValidate(arts []*article, k, round int, cfg trainConfig) ([3]float64, error) {
	for _, a := range arts {
		h := fnv.New32a()
		fmt.Fprintf(h, "%s/%d", a.incident, round)
		if round == 0 {
			h.Reset()
			h.Write([]byte(a.incident))
		}
		a.fold = int(h.Sum32() % uint32(k))
	}
	wk := make([]map[string]float64, k)
	wi := make([]map[string]float64, k) // empty until fitted
	for f := range k {
		wk[f] = fit(arts, f, cfg, func(a *article) ([]cand, int64) { return a.kc, a.killed })
	}
	if err := analyse(arts, foldAnalysers(wk, wi), func(a *article, rs []*casualties.Result) {
		a.ic = candsOf(rs[a.fold], casualties.Injured)
	}); err != nil {
		return [3]float64{}, err
	}
	for f := range k {
		wi[f] = fit(arts, f, cfg, func(a *article) ([]cand, int64) { return a.ic, a.injured })
	}
	// the totals as the analyser chooses them with each fold's models
	// (killed and injured together)
	if err := analyse(arts, foldAnalysers(wk, wi), func(a *article, rs []*casualties.Result) {
		a.predK = totalValue(rs[a.fold], casualties.Killed)
		a.predI = totalValue(rs[a.fold], casualties.Injured)
	}); err != nil {
		return [3]float64{}, err
	}
	var acc [3]int
	for _, a := range arts {
		score(&acc, a, a.predK, a.predI)
	}
	var pct [3]float64
	for i := range acc {
		pct[i] = 100 * float64(acc[i]) / float64(len(arts))
	}
	return pct, nil
}

// foldAnalysers returns a casualties analyser per fold with the fold's
// killed and injured weights (a nil injured map leaves injured to the
// rules and the choice to killed alone), named apart so that they run in
// one pipeline.
func foldAnalysers(wk, wi []map[string]float64) []*analyzer.Analyzer[*casualties.Result] {
	as := make([]*analyzer.Analyzer[*casualties.Result], len(wk))
	for f := range wk {
		a := casualties.New(casualties.Options{Selector: casualties.NewSelector(wk[f], wi[f])})
		as[f] = &analyzer.Analyzer[*casualties.Result]{Name: fmt.Sprintf("casualties-%d", f), Doc: a.Doc, Requires: a.Requires, Run: a.Run}
	}
	return as
}

// writeDump writes each article's gold counts, choices and candidates.
func writeDump(path string, arts []*article) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(f)
	enc := json.NewEncoder(bw)
	type c struct {
		V int64    `json:"v"`
		F []string `json:"f"`
	}
	conv := func(cs []cand) []c {
		out := make([]c, len(cs))
		for i, x := range cs {
			out[i] = c{x.value, x.feats}
		}
		return out
	}
	for i, a := range arts {
		enc.Encode(map[string]any{"i": i, "title": a.doc.Title, "gk": a.killed, "gi": a.injured,
			"pk": a.predK, "pi": a.predI, "rk": a.ruleK, "ri": a.ruleI, "kc": conv(a.kc), "ic": conv(a.ic)})
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func score(acc *[3]int, a *article, k, i int64) {
	acc[0] += b2i(k == a.killed)
	acc[1] += b2i(i == a.injured)
	acc[2] += b2i(k == a.killed && i == a.injured)
}

func pcts(acc [3]int, n int) string {
	p := func(x int) float64 { return 100 * float64(x) / float64(n) }
	return fmt.Sprintf("%6.2f%% / %6.2f%% / %6.2f%%", p(acc[0]), p(acc[1]), p(acc[2]))
}

func totalValue(r *casualties.Result, k casualties.Kind) int64 {
	if t, ok := r.Total(k); ok && t.Value >= 0 {
		return t.Value
	}
	return 0
}

func candsOf(r *casualties.Result, k casualties.Kind) []cand {
	var cs []cand
	for _, c := range r.Candidates {
		if c.Kind == k {
			cs = append(cs, cand{c.Value, c.Features})
		}
	}
	return cs
}

// analyse runs the pipeline of the given casualties analysers over the
// articles and hands each article's results to use.
func analyse(arts []*article, as []*analyzer.Analyzer[*casualties.Result], use func(*article, []*casualties.Result)) error {
	anys := make([]analyzer.Any, len(as))
	for i, a := range as {
		anys[i] = a
	}
	p, err := analyzer.NewPipeline(anys...)
	if err != nil {
		return err
	}
	docs := func(yield func(*analyzer.Document) bool) {
		for _, a := range arts {
			if !yield(a.doc) {
				return
			}
		}
	}
	i := 0
	for res, err := range p.RunAll(context.Background(), docs, 0) {
		if err != nil {
			return fmt.Errorf("%s: %v", arts[i].doc.ID, err)
		}
		rs := make([]*casualties.Result, len(as))
		for j, a := range as {
			if rs[j], err = analyzer.Get(res, a); err != nil {
				return fmt.Errorf("%s: %v", arts[i].doc.ID, err)
			}
		}
		use(arts[i], rs)
		i++
	}
	return nil
}

type trainConfig struct {
	epochs int
	l2     float64
}

// fit trains weights on the articles outside fold skip (all if skip < 0):
// stochastic gradient descent on the log-likelihood of the gold value
// among an article's candidates (articles without it are left out), with
// L2 shrinkage after each epoch.
func fit(arts []*article, skip int, cfg trainConfig, get func(*article) ([]cand, int64)) map[string]float64 {
	type ex struct {
		cs   []cand
		gold int
	}
	var exs []ex
	for _, a := range arts {
		if a.fold == skip {
			continue
		}
		cs, g := get(a)
		if i := slices.IndexFunc(cs, func(c cand) bool { return c.value == g }); i >= 0 {
			exs = append(exs, ex{cs, i})
		}
	}
	// averaged SGD: the weights returned are the average of the weights
	// after each example of the later epochs, which settles the
	// optimisation's noise
	w := map[string]float64{}
	avg := map[string]float64{}
	navg := 0
	rng := rand.New(rand.NewPCG(1, 2))
	p := []float64{}
	for ep := range cfg.epochs {
		lr := 0.2 / (1 + float64(ep))
		rng.Shuffle(len(exs), func(i, j int) { exs[i], exs[j] = exs[j], exs[i] })
		for _, e := range exs {
			p = p[:0]
			m := math.Inf(-1)
			for _, c := range e.cs {
				s := 0.0
				for _, f := range c.feats {
					s += w[f]
				}
				p = append(p, s)
				m = max(m, s)
			}
			z := 0.0
			for i := range p {
				p[i] = math.Exp(p[i] - m)
				z += p[i]
			}
			for i, c := range e.cs {
				g := p[i] / z
				if i == e.gold {
					g--
				}
				if g == 0 {
					continue
				}
				for _, f := range c.feats {
					w[f] -= lr * g
				}
			}
		}
		shrink := 1 - lr*cfg.l2*float64(len(exs))
		for f := range w {
			w[f] *= shrink
		}
		if ep >= cfg.epochs/2 {
			for f, v := range w {
				avg[f] += v
			}
			navg++
		}
	}
	for f := range avg {
		avg[f] /= float64(navg)
	}
	w = avg
	for f, v := range w {
		if math.Abs(v) < 1e-4 {
			delete(w, f)
		}
	}
	return w
}

// readGVA reads the articles as the evaluation command builds them: the
// title as the headline, the text as the body, dct as the publication
// date.
func readGVA(path string) ([]*article, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var arts []*article
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for line := 1; sc.Scan(); line++ {
		var g gva.Article
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, line, err)
		}
		arts = append(arts, &article{doc: g.Document(), incident: g.IncidentID, killed: g.Killed, injured: g.Injured})
	}
	return arts, sc.Err()
}
