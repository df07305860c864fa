// Command lexgen derives the quotes analyser's cue lexicon (quotes/internal/core/cues.tsv)
// from the training split of the PolNeAR attribution corpus: for every
// lower-case word form it counts how often the form occurs and how often it
// lies inside an annotated cue, and writes the forms that are cues often
// enough with that probability.
//
// Articles annotated by several annotators count once: each annotator's
// cue hits are weighted by one over the number of annotators.
//
// Usage (from the repository root):
//
//	go run ./quotes/internal/lexgen -data ../shared/data > quotes/internal/core/cues.tsv
package main

import (
	"bufio"
	"cmp"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/newsfacts/newsfacts/analyzer"
	"github.com/newsfacts/newsfacts/analyzer/segment"
	"github.com/newsfacts/newsfacts/internal/polnear"
)

func main() {
	data := flag.String("data", "../shared/data", "`directory` of the gold corpora")
	minCount := flag.Float64("min-count", 4, "minimum number of occurrences of a form")
	prior := flag.Float64("prior", 0.05, "prior probability of a form being a cue, for smoothing")
	priorWeight := flag.Float64("prior-weight", 5, "weight of the prior, in occurrences")
	minP := flag.Float64("min-p", 0.1, "minimum probability of being inside a cue")
	flag.Parse()
	if err := run(filepath.Join(*data, "quotes", "polnear", "train"), *minCount, *minP, *prior, *priorWeight); err != nil {
		fmt.Fprintln(os.Stderr, "lexgen:", err)
		os.Exit(1)
	}
}

// run writes the lexicon. A form's probability is smoothed toward a prior,
// (cue + prior*weight) / (count + weight), so that rare forms seen inside a
// cue once or twice do not count as sure cues.
func run(dir string, minCount, minP, prior, weight float64) error {
	arts, err := polnear.Load(dir)
	if err != nil {
		return err
	}
	count := map[string]float64{}
	cue := map[string]float64{}
	for _, art := range arts {
		doc := analyzer.ParseArticle(art.Text)
		seg := segment.Segment(doc)
		w := 1 / float64(len(art.Annotations))
		for _, t := range seg.Tokens {
			if t.Kind != segment.KindWord {
				continue
			}
			form := normalize(art.Text[t.Start:t.End])
			count[form]++
			for _, ann := range art.Annotations {
				if inCue(ann.Attributions, t.Span) {
					cue[form] += w
				}
			}
		}
	}
	p := func(f string) float64 { return (cue[f] + prior*weight) / (count[f] + weight) }
	var forms []string
	for f, n := range count {
		if n >= minCount && p(f) >= minP {
			forms = append(forms, f)
		}
	}
	slices.SortFunc(forms, func(a, b string) int {
		return cmp.Or(cmp.Compare(p(b), p(a)), strings.Compare(a, b))
	})
	out := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(out, "# Cue lexicon derived from PolNeAR train (Newell, Margolin & Ruths, LREC 2018)\n")
	fmt.Fprintf(out, "# by go run ./quotes/internal/lexgen -min-count %g -min-p %g -prior %g -prior-weight %g\n", minCount, minP, prior, weight)
	fmt.Fprintf(out, "# form\tp(inside a cue), smoothed\toccurrences\n")
	for _, f := range forms {
		fmt.Fprintf(out, "%s\t%.3f\t%.0f\n", f, p(f), count[f])
	}
	return out.Flush()
}

// normalize lower-cases a word and reads curly apostrophes as straight,
// as the analyser's lookup does.
func normalize(w string) string {
	return strings.ReplaceAll(strings.ToLower(w), "’", "'")
}

func inCue(atts []polnear.Attribution, s analyzer.Span) bool {
	for _, a := range atts {
		for _, c := range a.Cue {
			if c.Overlaps(s) {
				return true
			}
		}
	}
	return false
}
