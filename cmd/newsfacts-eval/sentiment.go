package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/newsfacts/newsfacts/analyzer"
	"github.com/newsfacts/newsfacts/sentiment"
)

func init() {
	register(command{
		name:    "sentiment",
		summary: "target sentiment on NewsMTSC dev-rw and dev-mt: accuracy and macro-F1",
		run:     runSentiment,
	})
}

// newsmtscRecord is one line of NewsMTSC: a sentence and its targets, with
// character offsets and polarity 2 (negative), 4 (neutral) or 6 (positive).
type newsmtscRecord struct {
	Sentence string `json:"sentence_normalized"`
	Targets  []struct {
		From     int     `json:"from"`
		To       int     `json:"to"`
		Polarity float64 `json:"polarity"`
	} `json:"targets"`
}

var polarityLabel = map[float64]sentiment.Label{2: sentiment.Negative, 4: sentiment.Neutral, 6: sentiment.Positive}

var labelIndex = map[sentiment.Label]int{sentiment.Negative: 0, sentiment.Neutral: 1, sentiment.Positive: 2}

// confusion is a confusion matrix conf[gold][predicted] over negative,
// neutral and positive.
type confusion [3][3]int

// scores returns accuracy and macro-F1 over the three classes, in percent.
func (c confusion) scores() (acc, macroF1 float64) {
	total, correct := 0, 0
	for k := range 3 {
		var ct counts
		for o := range 3 {
			total += c[k][o]
			if o == k {
				ct.TP += c[k][o]
			} else {
				ct.FN += c[k][o]
				ct.FP += c[o][k]
			}
		}
		correct += ct.TP
		macroF1 += ct.F1()
	}
	return pct(correct, total), macroF1 / 3
}

func (c confusion) total() int {
	n := 0
	for _, row := range c {
		for _, v := range row {
			n += v
		}
	}
	return n
}

func runSentiment(fs *flag.FlagSet, data *string, args []string, stdout io.Writer) error {
	sets := fs.String("sets", "dev-rw,dev-mt", "comma-separated NewsMTSC `sets` to evaluate")
	verbose := fs.Bool("v", false, "print each error (gold, predicted, target, sentence)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	fmt.Fprintln(stdout, "NewsMTSC target sentiment (Hamborg & Donnay, EACL 2021): accuracy and macro-F1 over negative, neutral, positive")
	for _, set := range splitComma(*sets) {
		path := filepath.Join(*data, "sentiment", "newsmtsc", set+".jsonl")
		model, lexOnly, err := evalNewsMTSC(path, *verbose, stdout)
		if err != nil {
			return err
		}
		acc, f1 := model.scores()
		fmt.Fprintf(stdout, "%-7s model    acc %6.2f  macro-F1 %6.2f  (%d targets)\n", set, acc, f1, model.total())
		acc, f1 = lexOnly.scores()
		fmt.Fprintf(stdout, "%-7s lexicon  acc %6.2f  macro-F1 %6.2f  (baseline: the sentence's lexicon score, ±0.05)\n", set, acc, f1)
	}
	return nil
}

func splitComma(s string) []string {
	var out []string
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ',' {
			if i > start {
				out = append(out, s[start:i])
			}
			start = i + 1
		}
	}
	return out
}

func evalNewsMTSC(path string, verbose bool, w io.Writer) (model, lexOnly confusion, err error) {
	f, err := os.Open(path)
	if err != nil {
		return model, lexOnly, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	line := 0
	for sc.Scan() {
		line++
		var r newsmtscRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return model, lexOnly, fmt.Errorf("%s:%d: %v", path, line, err)
		}
		spans := make([]analyzer.Span, len(r.Targets))
		gold := make([]sentiment.Label, len(r.Targets))
		for i, t := range r.Targets {
			spans[i] = analyzer.Span{Start: analyzer.ByteOffset(r.Sentence, t.From), End: analyzer.ByteOffset(r.Sentence, t.To)}
			l, ok := polarityLabel[t.Polarity]
			if !ok {
				return model, lexOnly, fmt.Errorf("%s:%d: unknown polarity %v", path, line, t.Polarity)
			}
			gold[i] = l
		}
		got, err := sentiment.ScoreTargets(r.Sentence, spans)
		if err != nil {
			return model, lexOnly, fmt.Errorf("%s:%d: %v", path, line, err)
		}
		_, lexLabel := sentiment.ScoreText(r.Sentence)
		for i, g := range gold {
			model[labelIndex[g]][labelIndex[got[i].Label]]++
			lexOnly[labelIndex[g]][labelIndex[lexLabel]]++
			if verbose && got[i].Label != g {
				fmt.Fprintf(w, "%s:%d: gold %s got %s (%.2f) target %q: %s\n", filepath.Base(path), line, g, got[i].Label, got[i].Score, r.Sentence[spans[i].Start:spans[i].End], r.Sentence)
			}
		}
	}
	return model, lexOnly, sc.Err()
}
