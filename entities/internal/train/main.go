// Command train builds the entity recogniser's gazetteers and trains its
// model, writing both into the entities package directory, where they are
// embedded:
//
//	go run ./entities/internal/train -data ../shared/data
//
// It reads ner/conll2003/eng.train (training) and eng.testa (development:
// the best epoch on it is kept) and gazetteers/ under the data directory.
// Training is deterministic: the same data and flags give the same bytes.
// To train on other data, pass -train and -dev files in the CoNLL-2003
// format (token first, IOB tag last, blank lines between sentences,
// -DOCSTART- lines between documents).
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/newsfacts/newsfacts/entities/internal/gazetteer"
	"github.com/newsfacts/newsfacts/entities/internal/ner"
	"github.com/newsfacts/newsfacts/internal/conll"
)

func main() {
	dataDir := flag.String("data", "../shared/data", "directory of the development corpora")
	outDir := flag.String("out", "entities", "the entities package directory, where data/ and the model are written")
	trainFile := flag.String("train", "", "training corpus (default DATA/ner/conll2003/eng.train)")
	devFile := flag.String("dev", "", "development corpus (default DATA/ner/conll2003/eng.testa); \"none\" to train blind")
	epochs := flag.Int("epochs", 12, "training epochs")
	seed := flag.Uint64("seed", 1, "seed of the shuffling")
	minCount := flag.Int("mincount", 1, "drop features seen fewer times")
	aug := flag.Float64("augment", 1, "probability that a training document gets a copy with sentences rewritten in title case or capitals")
	prune := flag.Float64("prune", 0, "drop features whose largest averaged weight is smaller than this in magnitude")
	namesMin := flag.Int("names-min", 20, "keep given names given to at least this many children in their peak year")
	skipGaz := flag.Bool("skip-gazetteers", false, "use the gazetteers already in DATA dir of -out instead of rebuilding them")
	flag.Parse()
	log.SetFlags(0)
	start := time.Now()

	gazDir := filepath.Join(*outDir, "data")
	if !*skipGaz {
		if err := buildPlaces(*dataDir, gazDir); err != nil {
			log.Fatalf("train: building places: %v", err)
		}
		if err := buildNames(*dataDir, gazDir, *namesMin); err != nil {
			log.Fatalf("train: building names: %v", err)
		}
	}
	g, err := loadGazetteer(gazDir)
	if err != nil {
		log.Fatalf("train: %v", err)
	}
	log.Printf("train: gazetteer: %d entries", g.Len())

	if *trainFile == "" {
		*trainFile = filepath.Join(*dataDir, "ner", "conll2003", "eng.train")
	}
	if *devFile == "" {
		*devFile = filepath.Join(*dataDir, "ner", "conll2003", "eng.testa")
	}
	train, err := readExamples(*trainFile)
	if err != nil {
		log.Fatalf("train: %v", err)
	}
	var dev []ner.Example
	if *devFile != "none" {
		if dev, err = readExamples(*devFile); err != nil {
			log.Fatalf("train: %v", err)
		}
	}
	m, err := ner.Train(train, dev, g, ner.TrainOptions{
		Epochs: *epochs, Seed: *seed, MinCount: *minCount, Augment: *aug, Prune: float32(*prune),
		Logf: func(f string, a ...any) { log.Printf(f, a...) },
	})
	if err != nil {
		log.Fatalf("train: %v", err)
	}
	log.Printf("train: %d features", m.Features())
	data := m.Encode()
	if len(dev) > 0 {
		// Score the model as it will be loaded, quantised.
		dm, err := ner.Decode(data, g)
		if err != nil {
			log.Fatalf("train: decoding the model: %v", err)
		}
		c := ner.Score(dm, dev)
		log.Printf("train: encoded model: dev F1 %.2f (%d/%d/%d)", c.F1(), c.Correct, c.Found, c.Gold)
	}
	out := filepath.Join(*outDir, "ner.model")
	if err := os.WriteFile(out, data, 0o644); err != nil {
		log.Fatalf("train: %v", err)
	}
	log.Printf("train: wrote %s (%d bytes) in %v", out, len(data), time.Since(start).Round(time.Second))
}

// loadGazetteer loads every .tsv file in dir, in name order, as the
// entities package does from its embedded copy.
func loadGazetteer(dir string) (*gazetteer.Gazetteer, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.tsv"))
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("no gazetteer files in %s", dir)
	}
	sort.Strings(names)
	var files [][]byte
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			return nil, err
		}
		files = append(files, b)
	}
	return gazetteer.Load(files...)
}

// readExamples reads a CoNLL corpus into training examples.
func readExamples(name string) ([]ner.Example, error) {
	docs, err := conll.ReadFile(name)
	if err != nil {
		return nil, err
	}
	var out []ner.Example
	for _, d := range docs {
		var ex ner.Example
		for _, s := range d.Sentences {
			ex.Doc = append(ex.Doc, s.Tokens)
			var spans []ner.Span
			for _, c := range conll.Chunks(s.Tags) {
				t, ok := ner.ParseType(c.Type)
				if !ok {
					return nil, fmt.Errorf("%s: unknown entity type %q", name, c.Type)
				}
				spans = append(spans, ner.Span{Start: c.Start, End: c.End, Type: t})
			}
			ex.Spans = append(ex.Spans, spans)
		}
		out = append(out, ex)
	}
	return out, nil
}
