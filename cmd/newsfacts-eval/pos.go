package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"

	"github.com/newsfacts/newsfacts/internal/conll"
	"github.com/newsfacts/newsfacts/internal/pos"
)

func init() {
	register(command{
		name:    "pos",
		summary: "part-of-speech tagging on CoNLL-2003 (eng.testa by default): token accuracy, known and unknown words",
		run:     runPOS,
	})
}

// runPOS tags the sentences of a CoNLL-2003 file (gold tokens) and reports
// the share of tokens whose tag is the file's part-of-speech tag, over all
// tokens and over the tokens the training data had (known) or not.
func runPOS(fs *flag.FlagSet, data *string, args []string, w io.Writer) error {
	set := fs.String("set", "eng.testa", "file under DATA/ner/conll2003 to evaluate")
	file := fs.String("file", "", "a CoNLL-2003 format `file` to evaluate instead of -set")
	modelFile := fs.String("model", "", "a model `file` written by internal/pos/train instead of the embedded model")
	trainSet := fs.String("train", "eng.train", "file under DATA/ner/conll2003 whose words count as known")
	verbose := fs.Bool("v", false, "print the most frequent confusions")
	if err := fs.Parse(args); err != nil {
		return err
	}
	path := *file
	if path == "" {
		path = filepath.Join(*data, "ner", "conll2003", *set)
	}
	docs, err := conll.ReadFile(path)
	if err != nil {
		return err
	}
	var m *pos.Model
	if *modelFile != "" {
		b, err := os.ReadFile(*modelFile)
		if err != nil {
			return err
		}
		if m, err = pos.Decode(b); err != nil {
			return fmt.Errorf("%s: %v", *modelFile, err)
		}
	} else if m, err = pos.Default(); err != nil {
		return err
	}
	known := map[string]bool{}
	if tdocs, err := conll.ReadFile(filepath.Join(*data, "ner", "conll2003", *trainSet)); err == nil {
		for _, d := range tdocs {
			for _, s := range d.Sentences {
				for _, t := range s.Tokens {
					known[t] = true
				}
			}
		}
	} else {
		fmt.Fprintf(w, "(no known/unknown split: %v)\n", err)
	}
	type pair struct{ gold, got pos.Tag }
	confusions := map[pair]int{}
	var all, kn, unk [2]int // correct, total
	var tags []pos.Tag
	for _, d := range docs {
		for _, s := range d.Sentences {
			if s.POS == nil {
				return fmt.Errorf("%s: no part-of-speech column", path)
			}
			tags = m.Tag(s.Tokens, tags[:0])
			for i, p := range s.POS {
				g, ok := pos.ParseTag(p)
				if !ok {
					return fmt.Errorf("%s: unknown tag %q", path, p)
				}
				ok = tags[i] == g
				c := 0
				if ok {
					c = 1
				} else {
					confusions[pair{g, tags[i]}]++
				}
				all[0] += c
				all[1]++
				if known[s.Tokens[i]] {
					kn[0] += c
					kn[1]++
				} else {
					unk[0] += c
					unk[1]++
				}
			}
		}
	}
	fmt.Fprintf(w, "part-of-speech tags on %s: %d tokens\n", path, all[1])
	fmt.Fprintf(w, "accuracy  %6.2f%%  (%d/%d)\n", pct(all[0], all[1]), all[0], all[1])
	fmt.Fprintf(w, "known     %6.2f%%  (%d/%d)\n", pct(kn[0], kn[1]), kn[0], kn[1])
	fmt.Fprintf(w, "unknown   %6.2f%%  (%d/%d)\n", pct(unk[0], unk[1]), unk[0], unk[1])
	if *verbose {
		var ps []pair
		for p := range confusions {
			ps = append(ps, p)
		}
		slices.SortFunc(ps, func(a, b pair) int {
			if d := confusions[b] - confusions[a]; d != 0 {
				return d
			}
			return int(a.gold)*100 + int(a.got) - int(b.gold)*100 - int(b.got)
		})
		for _, p := range ps[:min(len(ps), 30)] {
			fmt.Fprintf(w, "%6d  gold %-5s tagged %s\n", confusions[p], p.gold, p.got)
		}
	}
	return nil
}
