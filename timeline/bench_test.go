package timeline

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts/analyzer"
	"github.com/newsfacts/newsfacts/analyzer/analyzertest"
	"github.com/newsfacts/newsfacts/analyzer/segment"
)

// benchText is about 1 MB of news: the short articles of testdata/news.txt
// (bodies and headlines, written for these tests) and the example
// article's body, repeated.
func benchText(b *testing.B) string {
	var parts []string
	raw, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		b.Fatal(err)
	}
	parts = append(parts, string(raw))
	raw, err = os.ReadFile("../testdata/zhanaozen.txt")
	if err != nil {
		b.Fatal(err)
	}
	doc := analyzer.ParseArticle(string(raw))
	parts = append(parts, doc.Slice(doc.Body))
	one := strings.Join(parts, "\n\n") + "\n\n"
	return strings.Repeat(one, 1<<20/len(one)+1)
}

// BenchmarkTimeline measures the analyser alone: segmentation is computed
// once, outside the loop.
func BenchmarkTimeline(b *testing.B) {
	text := benchText(b)
	doc := analyzer.NewDocument(text)
	doc.Published = time.Date(2011, 12, 20, 0, 0, 0, 0, time.UTC)
	seg := segment.Segment(doc)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	// One run before measuring loads the part-of-speech model, as a
	// process does once.
	if _, err := analyze(context.Background(), doc, seg, Options{}); err != nil {
		b.Fatal(err)
	}
	defer analyzertest.ReportCPU(b, len(text))()
	for b.Loop() {
		if _, err := analyze(context.Background(), doc, seg, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTimelineArticle measures the analyser on the example article's
// body repeated to about 1 MB: news prose with a temporal expression every
// few sentences (testdata/news.txt, above, is denser).
func BenchmarkTimelineArticle(b *testing.B) {
	raw, err := os.ReadFile("../testdata/zhanaozen.txt")
	if err != nil {
		b.Fatal(err)
	}
	a := analyzer.ParseArticle(string(raw))
	body := a.Slice(a.Body) + "\n\n"
	text := strings.Repeat(body, 1<<20/len(body)+1)
	doc := analyzer.NewDocument(text)
	doc.Published = a.Published
	seg := segment.Segment(doc)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	if _, err := analyze(context.Background(), doc, seg, Options{}); err != nil {
		b.Fatal(err) // loads the part-of-speech model before measuring
	}
	defer analyzertest.ReportCPU(b, len(text))()
	for b.Loop() {
		if _, err := analyze(context.Background(), doc, seg, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTimelineScaling shows that time grows linearly with the input,
// for dense temporal prose and for text with no white space.
func BenchmarkTimelineScaling(b *testing.B) {
	for _, size := range []int{1 << 16, 1 << 20, 1 << 22} {
		for _, kind := range []string{"dates", "nospace"} {
			var text string
			if kind == "dates" {
				text = strings.Repeat("On Friday morning, two days later, the three-week curfew of early 2012 ended at 10 a.m. ", size/88+1)[:size]
			} else {
				text = strings.Repeat("three-week-Friday-2011'", size/23+1)[:size]
			}
			doc := analyzer.NewDocument(text)
			doc.Published = time.Date(2011, 12, 20, 0, 0, 0, 0, time.UTC)
			seg := segment.Segment(doc)
			b.Run(fmt.Sprintf("%s/%dKB", kind, size>>10), func(b *testing.B) {
				b.SetBytes(int64(size))
				defer analyzertest.ReportCPU(b, size)()
				for b.Loop() {
					if _, err := analyze(context.Background(), doc, seg, Options{}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
