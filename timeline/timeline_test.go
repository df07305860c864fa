package timeline

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts/analyzer"
	"github.com/newsfacts/newsfacts/analyzer/analyzertest"
)

// facts labels each expression "TYPE VALUE" (and its mod, if any).
func facts(doc *analyzer.Document, r *Result) []analyzertest.Fact {
	var fs []analyzertest.Fact
	for _, x := range r.Timexes {
		label := string(x.Type) + " " + x.Value
		if x.Mod != ModNone {
			label += " " + string(x.Mod)
		}
		fs = append(fs, analyzertest.Fact{Span: x.Span, Label: label})
	}
	for _, e := range r.Events {
		fs = append(fs, analyzertest.Fact{Span: e.Clause})
		if e.Verb.Len() > 0 {
			fs = append(fs, analyzertest.Fact{Span: e.Verb})
		}
	}
	return fs
}

// timexFacts are the facts with a label: the expressions only.
func timexFacts(doc *analyzer.Document, r *Result) []analyzertest.Fact {
	var out []analyzertest.Fact
	for _, f := range facts(doc, r) {
		if f.Label != "" {
			out = append(out, f)
		}
	}
	return out
}

func TestZhanaozen(t *testing.T) {
	doc, res := analyzertest.Run(t, "testdata/zhanaozen.txt", Analyzer, analyzertest.Config{}, timexFacts)
	if got := doc.Published.Format("2006-01-02"); got != "2011-12-20" {
		t.Fatalf("published %s, want 2011-12-20", got)
	}
	// The timeline: the Friday clashes before Saturday's state of
	// emergency before Sunday's statements.
	var order []string
	for _, e := range res.Events {
		order = append(order, e.Value+" "+doc.Slice(e.Verb))
	}
	got := strings.Join(order, " | ")
	for _, want := range [][2]string{
		{"2011-12-16TMO descended", "2011-12-17 imposed"},
		{"2011-12-16TMO deteriorated", "2011-12-17 imposed"},
		{"2011-12-17 imposed", "2011-12-18 said"},
		{"2011-12-18 said", "2011-12-18TEV appeared"},
	} {
		i, j := strings.Index(got, want[0]), strings.Index(got, want[1])
		if i < 0 || j < 0 || i > j {
			t.Errorf("timeline should have %q before %q:\n%s", want[0], want[1], got)
		}
	}
	// Ranges and durations are kept.
	var summer, emergency bool
	for _, e := range res.Events {
		if e.Value == "2011-SU" && e.Relation == During && doc.Slice(e.Verb) == "fired" {
			summer = true
		}
		if e.Value == "2011-12-17" && e.Duration >= 0 && res.Timexes[e.Duration].Value == "P3W" {
			emergency = true
		}
	}
	if !summer || !emergency {
		t.Errorf("want 'fired' during 2011-SU and the P3W emergency on 2011-12-17:\n%s", res)
	}
	if s := res.String(); !strings.Contains(s, "2011-12-17 for P3W") || !strings.Contains(s, "*imposed*") {
		t.Errorf("String:\n%s", s)
	}
}

func TestPublishedFromOptions(t *testing.T) {
	doc := analyzer.NewDocument("The minister spoke on Sunday.")
	a := New(Options{Reference: time.Date(2011, 12, 20, 0, 0, 0, 0, time.UTC)})
	p := analyzer.MustPipeline(a)
	res, err := p.Run(t.Context(), doc)
	if err != nil {
		t.Fatal(err)
	}
	r, _ := analyzer.Get(res, a)
	if len(r.Timexes) != 1 || r.Timexes[0].Value != "2011-12-18" || r.Timexes[0].Anchor != AnchorDocument {
		t.Errorf("got %+v", r.Timexes)
	}
}

func TestIntervalAndValues(t *testing.T) {
	for _, c := range []struct {
		v          string
		begin, end string
	}{
		{"2011-12-18", "2011-12-18", "2011-12-19"},
		{"2011-W51", "2011-12-19", "2011-12-26"},
		{"2011-SU", "2011-06-01", "2011-09-01"},
		{"2011-Q3", "2011-07-01", "2011-10-01"},
		{"201", "2010-01-01", "2020-01-01"},
		{"2011-12-16TMO", "2011-12-16", "2011-12-16"},
	} {
		x := Timex{Type: Date, Value: c.v}
		b, e, ok := x.Interval()
		if !ok || b.Format("2006-01-02") != c.begin || e.Format("2006-01-02") != c.end {
			t.Errorf("%s: %v %v %v, want %s %s", c.v, b, e, ok, c.begin, c.end)
		}
	}
	for _, v := range []string{"PAST_REF", "XXXX-12-25", "P3W", "2011-W51-7"} {
		x := Timex{Type: Date, Value: v}
		if _, _, ok := x.Interval(); ok {
			t.Errorf("%s should have no interval", v)
		}
	}
}

func TestDurationFormat(t *testing.T) {
	for _, c := range []struct {
		d    dur
		want string
	}{
		{dur{n: 3, unit: uWeek}, "P3W"},
		{dur{x: true, unit: uMonth}, "PXM"},
		{dur{n: 2, unit: uHour}, "PT2H"},
		{dur{n: 5.5, unit: uHour}, "PT5H30M"},
		{dur{n: 1.5, unit: uYear}, "P1Y6M"},
		{dur{n: 0.5, unit: uHour}, "PT30M"},
		{dur{n: 4, unit: uDecade}, "P40Y"},
		{dur{n: 2, unit: uQuarter}, "P2Q"},
	} {
		if got := c.d.String(); got != c.want {
			t.Errorf("%+v: %s, want %s", c.d, got, c.want)
		}
	}
}

var contractTexts = []string{
	"Tue, Dec 20, 2011 - Page 5\n\nTalks\n\nThe minister said on Sunday that talks resume two days later, in early 2012, every week.",
	"On Friday morning at 10:30 a.m. EST, 16-hour talks ended; the 1990s, mid-1990s, '90s and 12/20/2011.",
}

func TestContract(t *testing.T) {
	b, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		t.Fatal(err)
	}
	analyzertest.Contract(t, Analyzer, analyzertest.FactSpans(facts), append(contractTexts, string(b))...)
}

func FuzzTimeline(f *testing.F) {
	analyzertest.Fuzz(f, Analyzer, analyzertest.FactSpans(facts), contractTexts...)
}
