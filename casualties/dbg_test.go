package casualties

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"strconv"
	"testing"

	"github.com/newsfacts/newsfacts/analyzer"
)

func TestDbgGVA(t *testing.T) {
	ln, _ := strconv.Atoi(os.Getenv("GVALINE"))
	if ln == 0 {
		t.Skip()
	}
	f, _ := os.Open("/work/shared/data/casualties/gva-dev.jsonl")
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for i := 1; sc.Scan(); i++ {
		if i != ln {
			continue
		}
		var a struct{ Title, Content string }
		json.Unmarshal(sc.Bytes(), &a)
		text := a.Title + "\n\n" + a.Content
		d := &analyzer.Document{Text: text, Title: a.Title, Headline: analyzer.Span{Start: 0, End: len(a.Title)}, Body: analyzer.Span{Start: len(a.Title) + 2, End: len(text)}}
		res, _ := analyzer.MustPipeline(Analyzer).Run(context.Background(), d)
		r, _ := analyzer.Get(res, Analyzer)
		for j, f := range r.Figures {
			t.Logf("%2d %-40s who=%+v obj=%v perp=%v | %q", j, label(&f), f.who, f.object, f.perp, text[f.Span.Start:f.Span.End])
		}
		ps := clusterPersons(r.Figures, Options{})
		for _, c := range ps {
			t.Logf("cluster %+v kinds=%v figs=%v add=%v", c.who, c.kinds, c.figures, c.additional)
		}
		for _, tt := range r.Totals {
			t.Logf("total %v figs %v", tt, tt.Figures)
		}
		if os.Getenv("GVATEXT") != "" {
			t.Log(text)
		}
	}
}
