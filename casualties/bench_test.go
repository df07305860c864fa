package casualties

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/analyzer"
	"github.com/newsfacts/newsfacts/analyzer/analyzertest"
	"github.com/newsfacts/newsfacts/analyzer/segment"
	"github.com/newsfacts/newsfacts/entities"
	"github.com/newsfacts/newsfacts/internal/gva"
	"github.com/newsfacts/newsfacts/timeline"
)

// benchText is about 1 MB of news: the articles of testdata/news.txt
// repeated, each copy's sentences made distinct (the analyser skips
// repeated sentences).
func benchText(b *testing.B) string {
	raw, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		b.Fatal(err)
	}
	var sb strings.Builder
	for i := 0; sb.Len() < 1<<20; i++ {
		tag := " r" + strconv.Itoa(i) + ". "
		sb.WriteString(strings.ReplaceAll(string(raw), ". ", tag))
		sb.WriteString("\n\n")
	}
	return sb.String()
}

// BenchmarkCasualties measures the analyser alone, on a segmented text.
func BenchmarkCasualties(b *testing.B) {
	text := benchText(b)
	doc := analyzer.NewDocument(text)
	seg := segment.Segment(doc)
	ents := entitiesOf(b, doc)
	tl := timeline.Extract(doc.Text, doc.Published)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		analyze(doc, seg, ents, tl, Options{})
	}
}

// entitiesOf runs the entities analyser on doc.
func entitiesOf(b *testing.B, doc *analyzer.Document) *entities.Result {
	res, err := analyzer.MustPipeline(entities.Analyzer).Run(context.Background(), doc)
	if err != nil {
		b.Fatal(err)
	}
	e, err := analyzer.Get(res, entities.Analyzer)
	if err != nil {
		b.Fatal(err)
	}
	return e
}

// BenchmarkPipeline measures segmentation, the timeline and the analyser
// together, without entities (run once before the loop).
func BenchmarkPipeline(b *testing.B) {
	text := benchText(b)
	doc := analyzer.NewDocument(text)
	ents := entitiesOf(b, doc)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		analyze(doc, segment.Segment(doc), ents, timeline.Extract(doc.Text, doc.Published), Options{})
	}
}

// BenchmarkPipelineArticles is BenchmarkPipeline on the way news is
// processed: article by article (those of testdata/news.txt, each its own
// document with its headline), not as one long text. It reports CPU time
// per byte too (cpu-MB/s; run with -cpu 1 for one core's figure).
func BenchmarkPipelineArticles(b *testing.B) {
	raw, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		b.Fatal(err)
	}
	var docs []*analyzer.Document
	var ents []*entities.Result
	n := 0
	for _, a := range strings.Split(string(raw), "\n\n\n") {
		if strings.TrimSpace(a) == "" {
			continue
		}
		d := analyzer.ParseArticle(a)
		docs = append(docs, d)
		ents = append(ents, entitiesOf(b, d))
		n += len(a)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	defer analyzertest.ReportCPU(b, n)()
	for b.Loop() {
		for i, d := range docs {
			analyze(d, segment.Segment(d), ents[i], timeline.Extract(d.Text, d.Published), Options{})
		}
	}
}

// BenchmarkGVA measures the analyser alone (segmentation, entities and
// the timeline done beforehand) on real news, article by article: the
// first 1,000 articles of the Gun Violence Archive dev set, read from
// ../../shared/data/casualties/gva-dev.jsonl or $NEWSFACTS_DATA (the data
// directory). Skipped when the corpus is absent. Run with -cpu 1.
func BenchmarkGVA(b *testing.B) {
	dir := os.Getenv("NEWSFACTS_DATA")
	if dir == "" {
		dir = "../../shared/data"
	}
	f, err := os.Open(filepath.Join(dir, "casualties", "gva-dev.jsonl"))
	if err != nil {
		b.Skip("GVA corpus not found:", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	type prepared struct {
		doc  *analyzer.Document
		seg  *segment.Result
		ents *entities.Result
		tl   *timeline.Result
	}
	var docs []prepared
	n := 0
	for sc.Scan() && len(docs) < 1000 {
		var g gva.Article
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			b.Fatal(err)
		}
		d := g.Document()
		docs = append(docs, prepared{d, segment.Segment(d), entitiesOf(b, d), timeline.Extract(d.Text, d.Published)})
		n += len(d.Text)
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	defer analyzertest.ReportCPU(b, n)()
	for b.Loop() {
		for _, p := range docs {
			analyze(p.doc, p.seg, p.ents, p.tl, Options{})
		}
	}
}

// BenchmarkFullPipeline measures segmentation, entities and the analyser
// together.
func BenchmarkFullPipeline(b *testing.B) {
	text := benchText(b)
	doc := analyzer.NewDocument(text)
	p := analyzer.MustPipeline(Analyzer)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := p.Run(context.Background(), doc); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkScaling shows that time grows linearly with input size, on
// casualty-dense prose, on one endless figure-dense sentence (no
// punctuation) and on text without white space.
func BenchmarkScaling(b *testing.B) {
	for _, size := range []int{1 << 16, 1 << 20, 1 << 23} {
		for _, kind := range []string{"dense", "unpunctuated", "nospace"} {
			var sb strings.Builder
			for i := 0; sb.Len() < size; i++ {
				switch kind {
				case "dense":
					sb.WriteString("At least " + strconv.Itoa(i) + " people were killed and two others, including a child, were wounded. ")
				case "unpunctuated":
					sb.WriteString(strconv.Itoa(i) + " people were killed and " + strconv.Itoa(i%97) + " others wounded ")
				default:
					sb.WriteString("killed-15-dead'shot.")
				}
			}
			text := sb.String()[:size]
			doc := analyzer.NewDocument(text)
			seg := segment.Segment(doc)
			b.Run(kind+"/"+strconv.Itoa(size>>10)+"KB", func(b *testing.B) {
				b.SetBytes(int64(size))
				for b.Loop() {
					analyze(doc, seg, nil, nil, Options{})
				}
			})
		}
	}
}
