package analyzertest_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsfacts/newsfacts/analyzer"
	"github.com/newsfacts/newsfacts/analyzer/analyzertest"
	"github.com/newsfacts/newsfacts/analyzer/segment"
)

func TestParse(t *testing.T) {
	a, err := analyzertest.Parse("[[Kalmukhambet [[Kasymov]]{SURNAME}]]{PERSON} said “[[é]]{X}”")
	if err != nil {
		t.Fatal(err)
	}
	if a.Text != "Kalmukhambet Kasymov said “é”" {
		t.Errorf("Text = %q", a.Text)
	}
	want := []analyzertest.Fact{
		{Span: analyzer.Span{Start: 0, End: 20}, Label: "PERSON"},
		{Span: analyzer.Span{Start: 13, End: 20}, Label: "SURNAME"},
		{Span: analyzer.Span{Start: 29, End: 31}, Label: "X"},
	}
	if d := cmp.Diff(want, a.Facts); d != "" {
		t.Errorf("Facts (-want +got):\n%s", d)
	}
	if p := a.Position(13); p.String() != "1:18" {
		t.Errorf("Position(13) = %v, want 1:18 (in the annotated text)", p)
	}
	for _, bad := range []string{"[[open", "[[x]]{unterminated"} {
		if _, err := analyzertest.Parse(bad); err == nil || !strings.Contains(err.Error(), "1:1") && !strings.Contains(err.Error(), "1:4") {
			t.Errorf("Parse(%q) error = %v, want a position", bad, err)
		}
	}
}

func TestCompare(t *testing.T) {
	f := func(s, e int, l string) analyzertest.Fact {
		return analyzertest.Fact{Span: analyzer.Span{Start: s, End: e}, Label: l}
	}
	missing, unexpected := analyzertest.Compare(
		[]analyzertest.Fact{f(0, 3, "A"), f(4, 6, "B"), f(4, 6, "B")},
		[]analyzertest.Fact{f(4, 6, "B"), f(0, 3, "C"), f(0, 3, "A")})
	if d := cmp.Diff([]analyzertest.Fact{f(4, 6, "B")}, missing); d != "" {
		t.Errorf("missing (-want +got):\n%s", d)
	}
	if d := cmp.Diff([]analyzertest.Fact{f(0, 3, "C")}, unexpected); d != "" {
		t.Errorf("unexpected (-want +got):\n%s", d)
	}
}

// sentenceFacts labels each sentence "S".
func sentenceFacts(_ *analyzer.Document, r *segment.Result) []analyzertest.Fact {
	var fs []analyzertest.Fact
	for _, s := range r.Sentences {
		fs = append(fs, analyzertest.Fact{Span: s.Span, Label: "S"})
	}
	return fs
}

func TestRunSegment(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "s.txt")
	os.WriteFile(file, []byte("[[He met Gen. Smith on Dec. 5.]]{S} [[“Go. Now,” he said.]]{S}"), 0o644)
	analyzertest.Run(t, file, segment.Analyzer, analyzertest.Config{NewDocument: analyzer.NewDocument}, sentenceFacts)
}

// TestRunReportsMismatches checks that the harness fails, with positions,
// when expectations are not met.
func TestRunReportsMismatches(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "s.txt")
	os.WriteFile(file, []byte("[[One.]]{S}\n[[Two. Three.]]{S}"), 0o644)
	rec := &recorder{TB: t}
	analyzertest.Run(rec, file, segment.Analyzer, analyzertest.Config{NewDocument: analyzer.NewDocument}, sentenceFacts)
	got := strings.Join(rec.errors, "\n")
	for _, want := range []string{`2:3: missing "Two. Three."{S}`, `2:3: unexpected "Two."{S}`, `2:8: unexpected "Three."{S}`} {
		if !strings.Contains(got, want) {
			t.Errorf("harness output lacks %q; got:\n%s", want, got)
		}
	}
}

type recorder struct {
	testing.TB
	errors []string
}

func (r *recorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, strings.TrimSpace(fmt.Sprintf(format, args...)))
}
func (r *recorder) Helper() {}

func TestContractSegment(t *testing.T) {
	b, err := os.ReadFile("../../testdata/zhanaozen.txt")
	if err != nil {
		t.Fatal(err)
	}
	analyzertest.Contract(t, segment.Analyzer, analyzertest.FactSpans(sentenceFacts), string(b))
}

func TestGolden(t *testing.T) {
	path := filepath.Join(t.TempDir(), "g.json")
	os.WriteFile(path, []byte("{\"a\": 1}\n"), 0o644)
	rec := &recorder{TB: t}
	analyzertest.Golden(rec, path, map[string]int{"a": 2})
	if len(rec.errors) != 1 || !strings.Contains(rec.errors[0], "-update") {
		t.Errorf("Golden on a mismatch reported %q", rec.errors)
	}
	rec.errors = nil
	analyzertest.Golden(rec, path, map[string]float64{"a": 1})
	if len(rec.errors) != 0 {
		t.Errorf("Golden on a match reported %q", rec.errors)
	}
}

func FuzzSegmentContract(f *testing.F) {
	analyzertest.Fuzz(f, segment.Analyzer, analyzertest.FactSpans(sentenceFacts), "He said “no.” Then left.")
}
