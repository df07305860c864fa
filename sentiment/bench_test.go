package sentiment_test

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/analyzer"
	"github.com/newsfacts/newsfacts/analyzer/segment"
	"github.com/newsfacts/newsfacts/sentiment"
)

// benchText is about 1 MB of news: the short articles of
// testdata/articles.txt and the example article, repeated.
func benchText(b *testing.B) string {
	var parts []string
	for _, f := range []string{"testdata/articles.txt", "../testdata/zhanaozen.txt"} {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		doc := analyzer.ParseArticle(string(raw))
		parts = append(parts, doc.Slice(doc.Body))
	}
	one := strings.Join(parts, "\n\n") + "\n\n"
	return strings.Repeat(one, 1<<20/len(one)+1)
}

// noEntities is the analyser without entity sentiment (and without the
// entities analyser), whose speed these benchmarks measure; the default
// analyser's own speed is BenchmarkSentimentOnly's (speed_test.go).
var noEntities = sentiment.New(sentiment.Options{NoEntities: true})

// BenchmarkSentiment measures segmentation and sentiment without entity
// sentiment on one core.
func BenchmarkSentiment(b *testing.B) {
	text := benchText(b)
	doc := analyzer.NewDocument(text)
	p := analyzer.MustPipeline(noEntities)
	if _, err := p.Run(context.Background(), doc); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := p.Run(context.Background(), doc); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTargets measures target scoring: one target per sentence.
func BenchmarkTargets(b *testing.B) {
	text := benchText(b)[:1<<16]
	seg := segment.SegmentText(text)
	var spans []analyzer.Span
	for _, s := range seg.Sentences {
		t := seg.Tokens[s.Tokens.Start]
		spans = append(spans, t.Span)
	}
	b.SetBytes(int64(len(text)))
	b.ReportMetric(float64(len(spans)), "targets/op")
	for b.Loop() {
		if _, err := sentiment.ScoreTargets(text, spans); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSentimentEntities measures the full analyser, entities
// included, on about 64 KB of news.
func BenchmarkSentimentEntities(b *testing.B) {
	text := benchText(b)[:1<<16]
	doc := analyzer.NewDocument(text)
	p := analyzer.MustPipeline(sentiment.Analyzer)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, err := p.Run(context.Background(), doc); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSentimentScaling shows that time grows linearly with input
// size, including input with no white space and one endless sentence.
func BenchmarkSentimentScaling(b *testing.B) {
	p := analyzer.MustPipeline(noEntities)
	for _, size := range []int{1 << 16, 1 << 20, 1 << 23} {
		for _, kind := range []string{"prose", "nospace", "onesentence"} {
			var text string
			switch kind {
			case "prose":
				text = strings.Repeat("Police said “the riot was not very violent,” but 15 were killed. ", size/66+1)[:size]
			case "nospace":
				text = strings.Repeat("abc-def'ghi.", size/12+1)[:size]
			default:
				text = strings.Repeat("not very good but bad, ", size/23+1)[:size]
			}
			doc := analyzer.NewDocument(text)
			b.Run(fmt.Sprintf("%s/%dKB", kind, size>>10), func(b *testing.B) {
				b.SetBytes(int64(size))
				for b.Loop() {
					if _, err := p.Run(context.Background(), doc); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
