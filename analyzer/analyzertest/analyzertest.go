// Package analyzertest tests analysers, in the manner of
// golang.org/x/tools/go/analysis/analysistest: test texts carry their
// expectations inline, the harness strips them before analysis and reports
// missing and unexpected facts by line:column in the annotated file.
//
// An expectation marks a span of text and gives it a label:
//
//	[[Kalmukhambet Kasymov]]{PERSON} said on [[Sunday]]{DATE 2011-12-18} that ...
//
// Marks nest. The label is free text; each analyser's test decides what its
// facts' labels look like (for example the entity type, or a TIMEX3 type and
// value) through the function it passes to Run.
//
// The package also provides the contract every analyser must meet (Contract
// and Fuzz: spans inside the text and on UTF-8 boundaries, identical output on
// a second run and under concurrent use, no panic on hostile input) and golden
// files regenerated with -update (Golden).
package analyzertest

import (
	"cmp"
	"context"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/analyzer"
)

// A Fact is a labelled span: what an analyser found, or what a test expects.
type Fact struct {
	Span  analyzer.Span
	Label string
}

func (f Fact) String() string { return fmt.Sprintf("%v{%s}", f.Span, f.Label) }

// Annotated is a test text with its inline expectations stripped.
type Annotated struct {
	Text  string // the text without marks
	Facts []Fact // the expectations, spans into Text, sorted
	raw   string // the annotated text
	orig  []int  // orig[i]: offset in raw of Text byte i; len(Text)+1 entries
	lines *analyzer.Lines
}

// Parse strips the inline expectations from an annotated text. An
// expectation is "[[text]]{label}"; marks may nest. A "[[" without its
// "]]{...}" is an error naming its line:column.
func Parse(raw string) (*Annotated, error) {
	a := &Annotated{raw: raw, lines: analyzer.NewLines(raw)}
	var b strings.Builder
	type open struct{ at, rawAt int }
	var stack []open
	for i := 0; i < len(raw); {
		switch {
		case strings.HasPrefix(raw[i:], "[["):
			stack = append(stack, open{b.Len(), i})
			i += 2
		case strings.HasPrefix(raw[i:], "]]{") && len(stack) > 0:
			end := strings.IndexByte(raw[i+3:], '}')
			if end < 0 {
				return nil, fmt.Errorf("%v: unterminated label", a.lines.Position(i))
			}
			o := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			a.Facts = append(a.Facts, Fact{analyzer.Span{Start: o.at, End: b.Len()}, raw[i+3 : i+3+end]})
			i += 3 + end + 1
		default:
			a.orig = append(a.orig, i)
			b.WriteByte(raw[i])
			i++
		}
	}
	if len(stack) > 0 {
		return nil, fmt.Errorf("%v: [[ without ]]{label}", a.lines.Position(stack[len(stack)-1].rawAt))
	}
	a.orig = append(a.orig, len(raw))
	a.Text = b.String()
	sortFacts(a.Facts)
	return a, nil
}

// ParseFile reads and parses an annotated file.
func ParseFile(path string) (*Annotated, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	a, err := Parse(string(b))
	if err != nil {
		return nil, fmt.Errorf("%s:%w", path, err)
	}
	return a, nil
}

// Position returns the line:column in the annotated text of byte offset off
// of the stripped text.
func (a *Annotated) Position(off int) analyzer.Position {
	off = max(0, min(off, len(a.orig)-1))
	return a.lines.Position(a.orig[off])
}

func sortFacts(fs []Fact) {
	slices.SortFunc(fs, func(x, y Fact) int {
		return cmp.Or(cmp.Compare(x.Span.Start, y.Span.Start), cmp.Compare(x.Span.End, y.Span.End), strings.Compare(x.Label, y.Label))
	})
}

// Config says how Run builds the document and compares facts.
type Config struct {
	// NewDocument builds the document from the stripped text; nil means
	// analyzer.ParseArticle.
	NewDocument func(text string) *analyzer.Document
	// Partial reports only missing facts, not unexpected ones: for texts
	// annotated with a selection of what the analyser finds.
	Partial bool
	// Labels, if set, restricts the comparison to facts (expected and
	// found) whose label satisfies it.
	Labels func(label string) bool
}

// Run parses the annotated file, runs analyser a (with its requirements)
// on the stripped text, turns its result into facts with the facts function,
// and reports every expected fact not found and, unless cfg.Partial, every
// fact found but not expected, each with its line:column in the file. It
// returns the document and result for further checks.
func Run[T any](t testing.TB, file string, a *analyzer.Analyzer[T], cfg Config, facts func(*analyzer.Document, T) []Fact) (*analyzer.Document, T) {
	t.Helper()
	ann, err := ParseFile(file)
	if err != nil {
		t.Fatal(err)
	}
	newDoc := cfg.NewDocument
	if newDoc == nil {
		newDoc = analyzer.ParseArticle
	}
	doc := newDoc(ann.Text)
	res := runOne(t, a, doc)
	got := facts(doc, res)
	want := ann.Facts
	if cfg.Labels != nil {
		got = slices.DeleteFunc(slices.Clone(got), func(f Fact) bool { return !cfg.Labels(f.Label) })
		want = slices.DeleteFunc(slices.Clone(want), func(f Fact) bool { return !cfg.Labels(f.Label) })
	}
	missing, unexpected := Compare(want, got)
	for _, f := range missing {
		t.Errorf("%s:%v: missing %q{%s}", file, ann.Position(f.Span.Start), ann.Text[f.Span.Start:f.Span.End], f.Label)
	}
	if !cfg.Partial {
		for _, f := range unexpected {
			if f.Span.Check(ann.Text) != nil {
				t.Errorf("%s: unexpected fact with invalid span %v{%s}", file, f.Span, f.Label)
				continue
			}
			t.Errorf("%s:%v: unexpected %q{%s}", file, ann.Position(f.Span.Start), ann.Text[f.Span.Start:f.Span.End], f.Label)
		}
	}
	return doc, res
}

// Compare returns the facts of want that are not in got and those of got
// that are not in want. Facts match when span and label are equal; each
// fact matches at most once.
func Compare(want, got []Fact) (missing, unexpected []Fact) {
	count := map[Fact]int{}
	for _, f := range got {
		count[f]++
	}
	for _, f := range want {
		if count[f] > 0 {
			count[f]--
		} else {
			missing = append(missing, f)
		}
	}
	for _, f := range got {
		if count[f] > 0 {
			count[f]--
			unexpected = append(unexpected, f)
		}
	}
	sortFacts(missing)
	sortFacts(unexpected)
	return missing, unexpected
}

// runOne runs a on doc in a pipeline and fails t on any error.
func runOne[T any](t testing.TB, a *analyzer.Analyzer[T], doc *analyzer.Document) T {
	t.Helper()
	p, err := analyzer.NewPipeline(a)
	if err != nil {
		t.Fatal(err)
	}
	r, err := p.Run(context.Background(), doc)
	if err != nil {
		t.Fatalf("running %s: %v", a.Name, err)
	}
	v, err := analyzer.Get(r, a)
	if err != nil {
		t.Fatal(err)
	}
	return v
}
