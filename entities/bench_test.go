package entities

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/analyzer"
	"github.com/newsfacts/newsfacts/analyzer/analyzertest"
)

// loadNews reads the multi-article benchmark input: the articles written
// for these tests under testdata/news and the example article.
func loadNews(tb testing.TB) []*analyzer.Document {
	tb.Helper()
	names, err := filepath.Glob("testdata/news/*.txt")
	if err != nil || len(names) == 0 {
		tb.Fatalf("no articles in testdata/news: %v", err)
	}
	names = append(names, "../testdata/zhanaozen.txt")
	var docs []*analyzer.Document
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			tb.Fatal(err)
		}
		docs = append(docs, analyzer.ParseArticle(string(b)))
	}
	return docs
}

// BenchmarkThroughput measures the entities analyser with segmentation
// over realistic news articles, one document at a time on one goroutine.
// The MB/s figure counts the articles' bytes.
func BenchmarkThroughput(b *testing.B) {
	docs := loadNews(b)
	if err := Load(); err != nil {
		b.Fatal(err)
	}
	p := analyzer.MustPipeline(Analyzer)
	n := 0
	for _, d := range docs {
		n += len(d.Text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	report := analyzertest.ReportCPU(b, n)
	for b.Loop() {
		for _, d := range docs {
			if _, err := p.Run(context.Background(), d); err != nil {
				b.Fatal(err)
			}
		}
	}
	// Throughput per second of CPU time (of the whole process, garbage
	// collection included), steadier than MB/s on a shared machine.
	report()
}

// BenchmarkLoad measures decoding the embedded model and gazetteers, which
// happens once per process.
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := loadResources(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkScaling runs the analyser over inputs of growing size; the
// time per byte should stay flat (linear time). The inputs are the
// articles repeated, text without spaces, and capitals.
func BenchmarkScaling(b *testing.B) {
	docs := loadNews(b)
	var sb strings.Builder
	for _, d := range docs {
		sb.WriteString(d.Text)
		sb.WriteString("\n\n")
	}
	base := sb.String()
	if err := Load(); err != nil {
		b.Fatal(err)
	}
	p := analyzer.MustPipeline(Analyzer)
	for _, kind := range []string{"news", "nospace", "caps"} {
		for _, size := range []int{64 << 10, 256 << 10, 1 << 20, 4 << 20} {
			var text string
			switch kind {
			case "news":
				text = strings.Repeat(base, size/len(base)+1)[:size]
			case "nospace":
				text = strings.Repeat("Kasymov", size/7+1)[:size]
			case "caps":
				text = strings.ToUpper(strings.Repeat(base, size/len(base)+1)[:size])
			}
			b.Run(kind+"/"+sizeName(size), func(b *testing.B) {
				doc := analyzer.NewDocument(text)
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					if _, err := p.Run(context.Background(), doc); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

func sizeName(n int) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%dMB", n>>20)
	}
	return fmt.Sprintf("%dKB", n>>10)
}
