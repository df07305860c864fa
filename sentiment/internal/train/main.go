// Command train fits the sentiment analyser's target model on NewsMTSC's
// training set and writes it beside the package, where it is embedded.
//
// Usage (from the repository root):
//
//	go run ./sentiment/internal/train -data ../shared/data
//
// It reads DATA/sentiment/newsmtsc/train.jsonl only. -cv K instead reports
// K-fold cross-validation on the training set (accuracy and macro-F1) for
// the chosen options, which is how the options were selected; it writes
// nothing. Training is deterministic for a given -seed.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
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
	flag.Parse()
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
				it.words = tsc.ContextWords(s, a, b)
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
		tsc.Features(it.sent, it.a, it.b, ws, emitter(&fs))
		tsc.Normalize(fs) // as tsc.Vector does
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
	return m
}

func crossValidate(items []item, k int, opt tsc.TrainOptions) {
	// Folds by sentence, as NewsMTSC's own splits are: the targets of one
	// sentence share most features.
	fold := foldsOf(items, k, 7)
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
			conf[e.Label][argmax(p)]++
			if *showErrors && argmax(p) != e.Label {
				fmt.Printf("gold %d got %d (%.2f %.2f %.2f): %s\n", e.Label, argmax(p), p[0], p[1], p[2], items[i].text)
			}
		}
	}
	acc, f1 := tsc.Metrics(conf)
	fmt.Printf("cv%d  acc %.2f  macro-F1 %.2f  %+v  confusion %v\n", k, acc, f1, opt, conf)
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
