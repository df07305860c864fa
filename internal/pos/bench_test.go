package pos

import (
	"os"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/analyzer/analyzertest"
	"github.com/newsfacts/newsfacts/analyzer/segment"
)

// benchText is about 1 MB of news: the short articles of testdata/news.txt
// (written for these tests), repeated.
func benchText(b *testing.B) string {
	raw, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		b.Fatal(err)
	}
	one := string(raw) + "\n\n"
	return strings.Repeat(one, 1<<20/len(one)+1)
}

// BenchmarkTag measures tagging alone: segmentation is computed once,
// outside the loop. It reports the throughput per second of CPU time as
// "cpu-MB/s" (run with -cpu 1 for the figure of one core): on a shared
// machine wall time also counts the waits for a core.
func BenchmarkTag(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	text := benchText(b)
	seg := segment.SegmentText(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	var tags []Tag
	report := analyzertest.ReportCPU(b, len(text))
	for b.Loop() {
		tags = tags[:0]
		for si := range seg.Sentences {
			tags = m.TagSentence(text, seg.SentenceTokens(si), tags)
		}
	}
	report()
	if len(tags) != len(seg.Tokens) {
		b.Fatalf("%d tags for %d tokens", len(tags), len(seg.Tokens))
	}
}
