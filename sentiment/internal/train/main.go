// Command train fits the sentiment analyser's target model on NewsMTSC's
// training set and writes it beside the package, where it is embedded.
//
// Usage (from the repository root):
//
//	go run ./sentiment/internal/train -data ../shared/data
//
// It reads the labels of DATA/sentiment/newsmtsc/train.jsonl only. The
// word representations the model's features use (package wordrep) are
// learned first from unlabeled text under DATA: NewsMTSC's training
// sentences, PolNeAR's articles, the GVA articles and CoNLL-2003's
// training documents (see corpus.go); -wordrep FILE caches them between
// runs. -cv K instead reports K-fold cross-validation on the training set
// (accuracy and macro-F1) for the chosen options, which is how the options
// were selected; it writes nothing. Training is deterministic: the model
// file is byte-identical on every run.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/newsfacts/newsfacts/analyzer"
	"github.com/newsfacts/newsfacts/analyzer/segment"
	"github.com/newsfacts/newsfacts/sentiment/internal/lexicon"
	"github.com/newsfacts/newsfacts/sentiment/internal/tsc"
	"github.com/newsfacts/newsfacts/sentiment/internal/wordrep"
)

func main() {
	data := flag.String("data", "../shared/data", "`directory` of the gold corpora")
	out := flag.String("out", "sentiment/internal/tsc/model.bin.gz", "output `file`")
	cv := flag.Int("cv", 0, "report `K`-fold cross-validation instead of writing a model")
	opt := tsc.DefaultOptions
	flag.IntVar(&opt.Epochs, "epochs", opt.Epochs, "training epochs")
	flag.Float64Var(&opt.Rate, "rate", opt.Rate, "AdaGrad learning rate")
	flag.Float64Var(&opt.L2, "l2", opt.L2, "L2 regularisation")
	flag.IntVar(&opt.MinCount, "min-count", opt.MinCount, "drop features seen in fewer examples")
	flag.Uint64Var(&opt.Seed, "seed", opt.Seed, "shuffling seed")
	flag.IntVar(&opt.Bag, "bag", opt.Bag, "average the weights of `N` models trained on different shuffles")
	weights := flag.String("weights", "", "class loss `weights` neg,neu,pos (default: from options)")
	explain := flag.String("explain", "", "print the feature contributions for `TEXT` (with -target) using the shipped model, and exit")
	target := flag.String("target", "", "the target `word(s)` for -explain (first occurrence)")
	repFile := flag.String("wordrep", "", "cache `file` of the word representations: read if it exists, else built from the unlabeled text under -data and written there")
	show := flag.String("show-clusters", "", "print the clusters of the comma-separated `words` (see -wordrep), and exit")
	flag.Parse()
	if *show != "" {
		r, err := loadWordRep(*data, *repFile)
		if err != nil {
			fatal(err)
		}
		for _, w := range strings.Split(*show, ",") {
			cs := r.Clusters(w)
			for l, c := range cs {
				ms := r.Members(l, c)
				fmt.Printf("%s L%d (%d): %v\n", w, l, len(ms), ms[:min(len(ms), 40)])
			}
		}
		return
	}
	if *explain != "" {
		if err := explainTarget(*explain, *target); err != nil {
			fatal(err)
		}
		return
	}
	if *weights != "" {
		opt.Weight = nil
		for _, f := range strings.Split(*weights, ",") {
			v, err := strconv.ParseFloat(f, 64)
			if err != nil {
				fatal(fmt.Errorf("-weights: %v", err))
			}
			opt.Weight = append(opt.Weight, v)
		}
		if len(opt.Weight) != 3 {
			fatal(fmt.Errorf("-weights: want three values"))
		}
	}
	if !*noReps {
		var err error
		if reps, err = loadWordRep(*data, *repFile); err != nil {
			fatal(err)
		}
	}
	path := filepath.Join(*data, "sentiment", "newsmtsc", "train.jsonl")
	items, err := load(path)
	if err != nil {
		fatal(err)
	}
	fmt.Fprintf(os.Stderr, "train: %d targets from %s\n", len(items), path)
	if *cv > 1 {
		crossValidate(items, *cv, opt)
		return
	}
	m := fit(items, opt)
	b, err := m.MarshalBinary()
	if err != nil {
		fatal(err)
	}
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		fatal(err)
	}
	fmt.Fprintf(os.Stderr, "train: %d features, %d bytes written to %s\n", m.Len(), len(b), *out)
}

func explainTarget(text, target string) error {
	data, err := os.ReadFile("sentiment/internal/tsc/model.bin.gz")
	if err != nil {
		return err
	}
	m, err := tsc.Decode(data)
	if err != nil {
		return err
	}
	lex, err := lexicon.Default()
	if err != nil {
		return err
	}
	at := strings.Index(text, target)
	if at < 0 || target == "" {
		return fmt.Errorf("target %q not in text", target)
	}
	seg := segment.SegmentText(text)
	cur := -1
	s, a, b, ok := tsc.SentenceFor(lex, text, tsc.LowerASCII(text), seg, analyzer.Span{Start: at, End: at + len(target)}, &tsc.Sentence{}, &cur)
	if !ok {
		return fmt.Errorf("target %q is in no sentence", target)
	}
	cs := m.Explain(s, a, b)
	sort.SliceStable(cs, func(i, j int) bool { return spread(cs[i].By) > spread(cs[j].By) })
	var z [3]float64
	for _, c := range cs {
		for k := range z {
			z[k] += c.By[k]
		}
	}
	fmt.Printf("logits neg %.2f neu %.2f pos %.2f\n", z[0], z[1], z[2])
	for _, c := range cs[:min(25, len(cs))] {
		fmt.Printf("%-30s %5.2f  neg %+.2f neu %+.2f pos %+.2f\n", c.Name, c.Value, c.By[0], c.By[1], c.By[2])
	}
	return nil
}

func spread(b [3]float64) float64 { return max(b[0], b[1], b[2]) - min(b[0], b[1], b[2]) }

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "train:", err)
	os.Exit(1)
}

// A record is one line of NewsMTSC.
type record struct {
	Sentence string `json:"sentence_normalized"`
	Targets  []struct {
		From     int     `json:"from"`
		To       int     `json:"to"`
		Polarity float64 `json:"polarity"`
	} `json:"targets"`
}

// Class converts a NewsMTSC polarity into a model class.
func class(p float64) (int, error) {
	switch p {
	case 2:
		return tsc.Negative, nil
	case 4:
		return tsc.Neutral, nil
	case 6:
		return tsc.Positive, nil
	}
	return 0, fmt.Errorf("unknown polarity %v", p)
}

// An item is one training target: its sentence, token range and class.
type item struct {
	sent  *tsc.Sentence // nil when the target is in no sentence
	a, b  int
	label int
	group int      // the line, so that a sentence's targets share a fold
	words []string // context words, for word scores
	text  string   // the sentence with the target marked, for -errors
}

var drop = flag.String("drop", "", "comma-separated feature kinds (prefixes) to leave out, for ablation")

var noReps = flag.Bool("no-wordrep", false, "leave out the word-cluster features, for ablation")

// reps are the word representations the features use (nil with
// -no-wordrep).
var reps *wordrep.Reps

var noWords = flag.Bool("no-word-scores", false, "leave out the learned word-score features, for ablation")

var showErrors = flag.Bool("errors", false, "with -cv, print the misclassified training targets")

// emitter returns the feature emitter, less the kinds of -drop.
func emitter(fs *[]tsc.Feat) tsc.Emitter {
	e := tsc.Hashed(fs)
	if *drop == "" {
		return e
	}
	kinds := strings.Split(*drop, ",")
	return func(kind, name string, v float32) {
		for _, k := range kinds {
			if kind == k || strings.HasSuffix(k, "*") && strings.HasPrefix(kind, strings.TrimSuffix(k, "*")) {
				return
			}
		}
		e(kind, name, v)
	}
}

func load(path string) ([]item, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	lex, err := lexicon.Default()
	if err != nil {
		return nil, err
	}
	var items []item
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	line := 0
	for sc.Scan() {
		line++
		var r record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, line, err)
		}
		seg := segment.SegmentText(r.Sentence)
		lower := tsc.LowerASCII(r.Sentence)
		for _, t := range r.Targets {
			c, err := class(t.Polarity)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %v", path, line, err)
			}
			sp := analyzer.Span{Start: analyzer.ByteOffset(r.Sentence, t.From), End: analyzer.ByteOffset(r.Sentence, t.To)}
			cur := -1
			s, a, b, ok := tsc.SentenceFor(lex, r.Sentence, lower, seg, sp, &tsc.Sentence{}, &cur)
			it := item{label: c, group: line, text: r.Sentence[:sp.Start] + "[[" + r.Sentence[sp.Start:sp.End] + "]]" + r.Sentence[sp.End:]}
			if ok {
				it.sent, it.a, it.b = s, a, b
				it.words = tsc.ContextWords(s, a, b, reps)
			}
			items = append(items, it)
		}
	}
	return items, sc.Err()
}

// example computes an item's features with word scores ws.
func example(it item, i int, ws *tsc.WordScores) tsc.Example {
	var fs []tsc.Feat
	if it.sent != nil {
		if *noWords {
			ws = nil
		}
		tsc.Features(it.sent, it.a, it.b, ws, reps, emitter(&fs))
		tsc.Normalize(fs) // as Model.Vector does
	}
	return tsc.Example{Feats: fs, Label: it.label, Group: it.group, Index: i}
}

func wordScores(items []item, skip func(i int) bool) *tsc.WordScores {
	var cs []tsc.Context
	for i, it := range items {
		if !skip(i) {
			cs = append(cs, tsc.Context{Words: it.words, Label: it.label})
		}
	}
	return tsc.LearnWordScores(cs)
}

// foldsOf assigns the items' sentences to k folds at random (fixed seed).
func foldsOf(items []item, k int, seed uint64) []int {
	fold := map[int]int{}
	rng := rand.New(rand.NewPCG(seed, seed))
	out := make([]int, len(items))
	for i, it := range items {
		f, ok := fold[it.group]
		if !ok {
			f = rng.IntN(k)
			fold[it.group] = f
		}
		out[i] = f
	}
	return out
}

// fit trains the model on items: the word scores that each training
// item's features see are learned from the other folds (cross-fitting, so
// that an item's own label does not leak into its features), and the
// shipped word scores from all items.
func fit(items []item, opt tsc.TrainOptions) *tsc.Model {
	const inner = 5
	fold := foldsOf(items, inner, 11)
	scores := make([]*tsc.WordScores, inner)
	for f := range inner {
		scores[f] = wordScores(items, func(i int) bool { return fold[i] == f })
	}
	examples := make([]tsc.Example, len(items))
	for i, it := range items {
		examples[i] = example(it, i, scores[fold[i]])
	}
	m := tsc.Train(examples, opt)
	if !*noWords {
		m.Words = wordScores(items, func(int) bool { return false })
	}
	m.Reps = reps
	return m
}

var oofFile = flag.String("oof", "", "with -cv, write the out-of-fold probabilities of the first repeat to `file`")

var cvRepeats = flag.Int("cv-repeats", 1, "with -cv, repeat the cross-validation with `R` different fold assignments and report each and the mean")

func crossValidate(items []item, k int, opt tsc.TrainOptions) {
	var sumF1, sumAcc float64
	for r := range *cvRepeats {
		acc, f1 := crossValidateOnce(items, k, opt, 7+uint64(r))
		sumF1 += f1
		sumAcc += acc
	}
	if *cvRepeats > 1 {
		fmt.Printf("cv%d x%d mean  acc %.2f  macro-F1 %.2f\n", k, *cvRepeats, sumAcc/float64(*cvRepeats), sumF1/float64(*cvRepeats))
	}
}

func crossValidateOnce(items []item, k int, opt tsc.TrainOptions, seed uint64) (float64, float64) {
	// Folds by sentence, as NewsMTSC's own splits are: the targets of one
	// sentence share most features.
	fold := foldsOf(items, k, seed)
	probs := make([][3]float64, len(items))
	var conf [3][3]int
	for f := range k {
		var tr []item
		var te []int
		for i, it := range items {
			if fold[i] == f {
				te = append(te, i)
			} else {
				tr = append(tr, it)
			}
		}
		m := fit(tr, opt)
		for _, i := range te {
			e := example(items[i], i, m.Words)
			p := m.Predict(e.Feats)
			probs[i] = p
			conf[e.Label][argmax(p)]++
			if *showErrors && argmax(p) != e.Label {
				fmt.Printf("gold %d got %d (%.2f %.2f %.2f): %s\n", e.Label, argmax(p), p[0], p[1], p[2], items[i].text)
			}
		}
	}
	if *oofFile != "" && seed == 7 {
		f, err := os.Create(*oofFile)
		if err != nil {
			fatal(err)
		}
		for i, it := range items {
			spk, q := false, false
			if it.sent != nil {
				spk = tsc.IsSpeaker(it.sent, it.a, it.b)
				q = it.sent.Quote[it.a]
			}
			fmt.Fprintf(f, "%d\t%d\t%.4f\t%.4f\t%.4f\t%v\t%v\t%q\n", it.group, it.label, probs[i][0], probs[i][1], probs[i][2], spk, q, it.text)
		}
		f.Close()
	}
	acc, f1 := tsc.Metrics(conf)
	fmt.Printf("cv%d  acc %.2f  macro-F1 %.2f  %+v  confusion %v\n", k, acc, f1, opt, conf)
	accPlain, f1Plain := acc, f1
	// Class offsets chosen on the other folds' out-of-fold predictions,
	// applied to each fold in turn.
	var confOff [3][3]int
	for f := range k {
		off := bestOffsets(items, probs, func(i int) bool { return fold[i] != f })
		for i := range items {
			if fold[i] == f {
				confOff[items[i].label][decide(probs[i], off)]++
			}
		}
	}
	acc, f1 = tsc.Metrics(confOff)
	all := bestOffsets(items, probs, func(int) bool { return true })
	fmt.Printf("cv%d with offsets  acc %.2f  macro-F1 %.2f  confusion %v  (offsets on all: %.2f)\n", k, acc, f1, confOff, all)
	return accPlain, f1Plain
}

// decide returns the class maximising log p + off.
func decide(p [3]float64, off [3]float64) int {
	best, bv := 0, math.Inf(-1)
	for c := range p {
		if v := math.Log(p[c]+1e-12) + off[c]; v > bv {
			best, bv = c, v
		}
	}
	return best
}

// bestOffsets returns the offsets to the neutral and positive log
// probabilities (negative's fixed at 0) that maximise macro-F1 over the
// items in.
func bestOffsets(items []item, probs [][3]float64, in func(i int) bool) [3]float64 {
	var best [3]float64
	bestF1 := -1.0
	for a := -30; a <= 30; a++ {
		for b := -30; b <= 30; b++ {
			off := [3]float64{0, float64(a) / 20, float64(b) / 20}
			var conf [3][3]int
			for i := range items {
				if in(i) {
					conf[items[i].label][decide(probs[i], off)]++
				}
			}
			_, f1 := tsc.Metrics(conf)
			// Prefer small offsets among equals.
			if f1 > bestF1+1e-9 || (math.Abs(f1-bestF1) < 1e-9 && math.Abs(off[1])+math.Abs(off[2]) < math.Abs(best[1])+math.Abs(best[2])) {
				best, bestF1 = off, f1
			}
		}
	}
	return best
}

func argmax(p [3]float64) int {
	best := 0
	for c := range p {
		if p[c] > p[best] {
			best = c
		}
	}
	return best
}
