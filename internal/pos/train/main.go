// Command train trains the part-of-speech tagger of package pos and writes
// its model into the package directory, where it is embedded:
//
//	go run ./internal/pos/train -data ../shared/data
//
// It reads the part-of-speech column of ner/conll2003/eng.train under the
// data directory and reports the accuracy on eng.testa, which training
// does not see. Training is deterministic: the same data and flags give
// the same bytes.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"time"

	"github.com/newsfacts/newsfacts/internal/conll"
	"github.com/newsfacts/newsfacts/internal/pos"
)

func main() {
	dataDir := flag.String("data", "../shared/data", "directory of the development corpora")
	out := flag.String("out", "internal/pos/pos.model", "the model file to write")
	trainFile := flag.String("train", "", "training corpus in the CoNLL-2003 format (default DATA/ner/conll2003/eng.train)")
	testFile := flag.String("test", "", "corpus to report the accuracy on (default DATA/ner/conll2003/eng.testa); \"none\" for none")
	epochs := flag.Int("epochs", 10, "training epochs")
	seed := flag.Uint64("seed", 1, "seed of the shuffling")
	prune := flag.Float64("prune", 1, "drop features whose largest averaged weight is smaller than this in magnitude")
	flag.Parse()
	log.SetFlags(0)
	start := time.Now()
	if *trainFile == "" {
		*trainFile = filepath.Join(*dataDir, "ner", "conll2003", "eng.train")
	}
	if *testFile == "" {
		*testFile = filepath.Join(*dataDir, "ner", "conll2003", "eng.testa")
	}
	train, err := read(*trainFile)
	if err != nil {
		log.Fatalf("train: %v", err)
	}
	m, err := pos.Train(train, pos.TrainOptions{
		Epochs: *epochs, Seed: *seed, Prune: float32(*prune),
		Logf: func(f string, a ...any) { log.Printf(f, a...) },
	})
	if err != nil {
		log.Fatalf("train: %v", err)
	}
	data := m.Encode()
	if err := os.WriteFile(*out, data, 0o644); err != nil {
		log.Fatalf("train: %v", err)
	}
	log.Printf("train: wrote %s: %d features, %d bytes, in %v", *out, m.Features(), len(data), time.Since(start).Round(time.Second))
	if *testFile != "none" {
		test, err := read(*testFile)
		if err != nil {
			log.Fatalf("train: %v", err)
		}
		c, n := pos.Accuracy(m, test)
		log.Printf("train: accuracy on %s: %.2f%% (%d/%d tokens)", *testFile, 100*float64(c)/float64(n), c, n)
	}
}

// read reads the sentences of a CoNLL-2003 file with their
// part-of-speech tags.
func read(name string) ([]pos.Sentence, error) {
	docs, err := conll.ReadFile(name)
	if err != nil {
		return nil, err
	}
	var out []pos.Sentence
	for _, d := range docs {
		for _, s := range d.Sentences {
			if s.POS == nil {
				return nil, fmt.Errorf("%s: no part-of-speech column", name)
			}
			ps := pos.Sentence{Tokens: s.Tokens, Tags: make([]pos.Tag, len(s.POS))}
			for i, p := range s.POS {
				t, ok := pos.ParseTag(p)
				if !ok {
					return nil, fmt.Errorf("%s: unknown tag %q", name, p)
				}
				ps.Tags[i] = t
			}
			out = append(out, ps)
		}
	}
	return out, nil
}
