package analyzertest

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsfacts/newsfacts/analyzer"
)

// HostileInputs are texts every analyser must survive: empty and blank
// text, invalid UTF-8, a long run with no white space, all capitals,
// thousands of unbalanced quotation marks, control characters and numbers
// without end.
func HostileInputs() []string {
	return []string{
		"",
		" \n\n\t ",
		"\xff\xfe\xfd KILLED \xc3 said \xe2\x80 “ 15 \x80\x80 on Friday",
		strings.Repeat("x", 1<<20),
		strings.Repeat("Kasymov-said-15-killed'", 1<<15),
		strings.Repeat("POLICE KILLED 15 PROTESTERS ON FRIDAY, THE MINISTER SAID. ", 2000),
		strings.Repeat("“", 3000) + " he said " + strings.Repeat("\"", 3001),
		strings.Repeat("He said “no. ", 3000),
		strings.Repeat("1,000,000 ", 5000),
		strings.Repeat("\x00\x01\x1b[31m\r\n", 1000),
		strings.Repeat("Mr. ", 10000),
		"Tue, Dec 20, 2011 - Page 5\n\nHeadline\n\n" + strings.Repeat("ninety-nine thousand ", 3000),
	}
}

// Spans extracts the spans of a result, for the contract checks.
type Spans[T any] func(*analyzer.Document, T) []analyzer.Span

// FactSpans adapts a facts function to a Spans function.
func FactSpans[T any](facts func(*analyzer.Document, T) []Fact) Spans[T] {
	return func(d *analyzer.Document, v T) []analyzer.Span {
		fs := facts(d, v)
		out := make([]analyzer.Span, len(fs))
		for i, f := range fs {
			out[i] = f.Span
		}
		return out
	}
}

// Contract checks the guarantees every analyser makes, on the given texts
// and on HostileInputs: it runs without error or panic, every span that
// spans returns lies inside the text on UTF-8 boundaries, a second run gives
// an identical result, and so do eight concurrent runs on the same
// document. Results are compared with go-cmp, unexported fields included.
func Contract[T any](t *testing.T, a *analyzer.Analyzer[T], spans Spans[T], texts ...string) {
	t.Helper()
	p, err := analyzer.NewPipeline(a)
	if err != nil {
		t.Fatal(err)
	}
	inputs := append(append([]string(nil), texts...), HostileInputs()...)
	for i, text := range inputs {
		name := fmt.Sprintf("input%d", i)
		doc := analyzer.ParseArticle(text)
		first, err := check(p, a, doc, spans)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		second, err := check(p, a, doc, spans)
		if err != nil {
			t.Errorf("%s, second run: %v", name, err)
			continue
		}
		if d := cmp.Diff(first, second, exportAll); d != "" {
			t.Errorf("%s: second run differs (-first +second):\n%s", name, d)
		}
		if len(text) > 1<<16 {
			continue // concurrency is checked on the smaller inputs
		}
		var wg sync.WaitGroup
		results := make([]T, 8)
		errs := make([]error, 8)
		for g := range results {
			wg.Add(1)
			go func() {
				defer wg.Done()
				results[g], errs[g] = check(p, a, doc, spans)
			}()
		}
		wg.Wait()
		for g := range results {
			if errs[g] != nil {
				t.Errorf("%s, concurrent run %d: %v", name, g, errs[g])
			} else if d := cmp.Diff(first, results[g], exportAll); d != "" {
				t.Errorf("%s: concurrent run %d differs (-first +concurrent):\n%s", name, g, d)
			}
		}
	}
}

var exportAll = cmp.Exporter(func(reflect.Type) bool { return true })

// check runs a on doc and verifies its spans.
func check[T any](p *analyzer.Pipeline, a *analyzer.Analyzer[T], doc *analyzer.Document, spans Spans[T]) (T, error) {
	var zero T
	r, err := p.Run(context.Background(), doc)
	if err != nil {
		var pe *analyzer.PanicError
		if errors.As(err, &pe) {
			return zero, fmt.Errorf("%v\n%s", err, pe.Stack)
		}
		return zero, err
	}
	v, err := analyzer.Get(r, a)
	if err != nil {
		return zero, err
	}
	for _, s := range spans(doc, v) {
		if err := s.Check(doc.Text); err != nil {
			return zero, err
		}
	}
	return v, nil
}

// Fuzz runs the contract's single-run checks (no error or panic, valid
// spans) under go test -fuzz, seeded with the given texts and HostileInputs.
// Call it from a FuzzXxx function.
func Fuzz[T any](f *testing.F, a *analyzer.Analyzer[T], spans Spans[T], seeds ...string) {
	p, err := analyzer.NewPipeline(a)
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range seeds {
		f.Add(s)
	}
	for _, s := range HostileInputs() {
		if len(s) < 4096 {
			f.Add(s)
		}
	}
	f.Fuzz(func(t *testing.T, text string) {
		if _, err := check(p, a, analyzer.ParseArticle(text), spans); err != nil {
			t.Fatal(err)
		}
	})
}
