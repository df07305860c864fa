package segment

import (
	"os"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/analyzer"
)

// benchText is about 1 MB of news prose: the example article's body
// repeated, paragraphs kept.
func benchText(b *testing.B) string {
	raw, err := os.ReadFile("../../testdata/zhanaozen.txt")
	if err != nil {
		b.Fatal(err)
	}
	doc := analyzer.ParseArticle(string(raw))
	body := doc.Slice(doc.Body)
	return strings.Repeat(body+"\n\n", 1<<20/len(body)+1)
}

func BenchmarkSegment(b *testing.B) {
	text := benchText(b)
	doc := analyzer.NewDocument(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Segment(doc)
	}
}

// BenchmarkSegmentScaling shows that time grows linearly with input size,
// including pathological input with no white space.
func BenchmarkSegmentScaling(b *testing.B) {
	for _, size := range []int{1 << 16, 1 << 20, 1 << 23} {
		for _, kind := range []string{"prose", "nospace"} {
			var text string
			if kind == "prose" {
				text = strings.Repeat("He said, “It is over.” The U.S. sent 15,000 troops. ", size/52+1)[:size]
			} else {
				text = strings.Repeat("abc-def'ghi.", size/12+1)[:size]
			}
			doc := analyzer.NewDocument(text)
			b.Run(kind+"/"+byteSize(size), func(b *testing.B) {
				b.SetBytes(int64(size))
				for b.Loop() {
					Segment(doc)
				}
			})
		}
	}
}

func byteSize(n int) string {
	switch {
	case n >= 1<<20:
		return itoa(n>>20) + "MB"
	default:
		return itoa(n>>10) + "KB"
	}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}
