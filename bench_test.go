package newsfacts_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/analyzer"
)

// benchArticles reads the example article and the short articles written
// for the entities tests: ten raw pages of varied news.
func benchArticles(b *testing.B) (docs []*analyzer.Document, size int64) {
	files, _ := filepath.Glob("entities/testdata/news/*.txt")
	files = append(files, "testdata/zhanaozen.txt")
	slices.Sort(files)
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, analyzer.ParseArticle(string(raw)))
		size += int64(len(raw))
	}
	if len(docs) < 5 {
		b.Fatalf("only %d benchmark articles", len(docs))
	}
	return docs, size
}

// BenchmarkAnalyze runs the default pipeline (every built-in analyser) over
// the articles one after another on one goroutine.
func BenchmarkAnalyze(b *testing.B) {
	docs, size := benchArticles(b)
	ctx := context.Background()
	if _, err := newsfacts.Analyze(ctx, docs[0]); err != nil { // load models
		b.Fatal(err)
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			if _, err := newsfacts.Analyze(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.N*len(docs))/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkRunAll runs the default pipeline over the articles as a batch on
// GOMAXPROCS workers.
func BenchmarkRunAll(b *testing.B) {
	docs, size := benchArticles(b)
	p := newsfacts.DefaultPipeline()
	ctx := context.Background()
	b.SetBytes(size)
	for b.Loop() {
		for _, err := range p.RunAll(ctx, slices.Values(docs), 0) {
			if err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.N*len(docs))/b.Elapsed().Seconds(), "docs/s")
}
