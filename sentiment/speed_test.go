package sentiment

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/newsfacts/newsfacts/analyzer"
	"github.com/newsfacts/newsfacts/analyzer/analyzertest"
	"github.com/newsfacts/newsfacts/analyzer/segment"
	"github.com/newsfacts/newsfacts/entities"
)

// preparedDoc is a document with the results the sentiment analyser
// requires, computed ahead so that benchmarks time sentiment alone.
type preparedDoc struct {
	doc  *analyzer.Document
	seg  *segment.Result
	ents *entities.Result
}

// prepareNews segments the project's test news (the entities tests'
// articles, the example article and this package's articles) and finds
// their entities.
func prepareNews(tb testing.TB) (docs []preparedDoc, size int64) {
	files, _ := filepath.Glob("../entities/testdata/news/*.txt")
	files = append(files, "../testdata/zhanaozen.txt", "testdata/articles.txt")
	slices.Sort(files)
	p := analyzer.MustPipeline(segment.Analyzer, entities.Analyzer)
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		doc := analyzer.ParseArticle(string(raw))
		r, err := p.Run(context.Background(), doc)
		if err != nil {
			tb.Fatal(err)
		}
		seg, err := analyzer.Get(r, segment.Analyzer)
		if err != nil {
			tb.Fatal(err)
		}
		ents, err := analyzer.Get(r, entities.Analyzer)
		if err != nil {
			tb.Fatal(err)
		}
		docs = append(docs, preparedDoc{doc, seg, ents})
		size += int64(len(doc.Text))
	}
	if len(docs) < 5 {
		tb.Fatalf("only %d benchmark articles", len(docs))
	}
	return docs, size
}

// BenchmarkSentimentOnly times the sentiment analyser alone, segmentation
// and entities computed ahead, over the project's test news: with entity
// sentiment (the default) and without it (Options.NoEntities). Run it with
// -cpu 1: cpu-MB/s is the throughput per second of process CPU time.
func BenchmarkSentimentOnly(b *testing.B) {
	docs, size := prepareNews(b)
	for _, c := range []struct {
		name string
		opts Options
	}{{"entities", Options{NeutralBand: DefaultNeutralBand}}, {"noentities", Options{NeutralBand: DefaultNeutralBand, NoEntities: true}}} {
		b.Run(c.name, func(b *testing.B) {
			for _, d := range docs { // load the lexicon and model
				if _, err := run(d.doc, d.seg, d.ents, c.opts); err != nil {
					b.Fatal(err)
				}
			}
			b.SetBytes(size)
			b.ReportAllocs()
			report := analyzertest.ReportCPU(b, int(size))
			for b.Loop() {
				for _, d := range docs {
					if _, err := run(d.doc, d.seg, d.ents, c.opts); err != nil {
						b.Fatal(err)
					}
				}
			}
			// CPU time, on a shared machine a steadier measure than the
			// wall time of ns/op and MB/s (it includes the collector's).
			report()
		})
	}
}
