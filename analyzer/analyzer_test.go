package analyzer_test

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/newsfacts/newsfacts/analyzer"
)

// words counts the words of a document.
var words = &analyzer.Analyzer[int]{
	Name: "words",
	Doc:  "count words",
	Run: func(p *analyzer.Pass) (int, error) {
		return len(strings.Fields(p.Doc.Text)), nil
	},
}

// double requires words.
var double = &analyzer.Analyzer[int]{
	Name:     "double",
	Doc:      "twice the word count",
	Requires: []analyzer.Any{words},
	Run: func(p *analyzer.Pass) (int, error) {
		return 2 * analyzer.ResultOf(p, words), nil
	},
}

func TestPipelineOrderAndResults(t *testing.T) {
	p, err := analyzer.NewPipeline(double)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, a := range p.Analyzers() {
		names = append(names, a.AnalyzerName())
	}
	if !slices.Equal(names, []string{"words", "double"}) {
		t.Errorf("order = %v, want [words double]", names)
	}
	r, err := p.Run(context.Background(), analyzer.NewDocument("one two three"))
	if err != nil {
		t.Fatal(err)
	}
	if n, err := analyzer.Get(r, double); err != nil || n != 6 {
		t.Errorf("double = %d, %v; want 6, nil", n, err)
	}
	if n, err := analyzer.Get(r, words); err != nil || n != 3 {
		t.Errorf("words = %d, %v; want 3, nil", n, err)
	}
	other := &analyzer.Analyzer[string]{Name: "other", Doc: "x", Run: func(*analyzer.Pass) (string, error) { return "", nil }}
	if _, err := analyzer.Get(r, other); !errors.Is(err, analyzer.ErrNotInPipeline) {
		t.Errorf("Get(other) error = %v, want ErrNotInPipeline", err)
	}
}

func TestFailureFailsOnlyDependants(t *testing.T) {
	boom := &analyzer.Analyzer[int]{Name: "boom", Doc: "panics", Run: func(*analyzer.Pass) (int, error) { panic("kaboom") }}
	bad := &analyzer.Analyzer[int]{Name: "bad", Doc: "fails", Run: func(*analyzer.Pass) (int, error) { return 0, errors.New("no good") }}
	child := &analyzer.Analyzer[int]{Name: "child", Doc: "needs boom", Requires: []analyzer.Any{boom},
		Run: func(p *analyzer.Pass) (int, error) { return analyzer.ResultOf(p, boom), nil }}
	grandchild := &analyzer.Analyzer[int]{Name: "grandchild", Doc: "needs child", Requires: []analyzer.Any{child},
		Run: func(p *analyzer.Pass) (int, error) { return 1, nil }}
	p := analyzer.MustPipeline(grandchild, bad, double)
	r, err := p.Run(context.Background(), analyzer.NewDocument("a b"))
	if err == nil {
		t.Fatal("Run succeeded; want errors from boom and bad")
	}
	msg := err.Error()
	for _, want := range []string{"analyzer boom", "panic: kaboom", "analyzer bad", "no good"} {
		if !strings.Contains(msg, want) {
			t.Errorf("error %q does not mention %q", msg, want)
		}
	}
	if strings.Contains(msg, "grandchild") {
		t.Errorf("error %q reports a dependant; want only the analysers that failed by themselves", msg)
	}
	var pe *analyzer.PanicError
	if !errors.As(r.Err(boom), &pe) || len(pe.Stack) == 0 {
		t.Errorf("Err(boom) = %v, want a PanicError with a stack", r.Err(boom))
	}
	for _, a := range []analyzer.Any{child, grandchild} {
		if e := r.Err(a); !errors.Is(e, analyzer.ErrRequirementFailed) {
			t.Errorf("Err(%s) = %v, want ErrRequirementFailed", a.AnalyzerName(), e)
		}
	}
	if n, err := analyzer.Get(r, double); err != nil || n != 4 {
		t.Errorf("independent analyser: %d, %v; want 4, nil", n, err)
	}
}

func TestResultOfUndeclared(t *testing.T) {
	sneaky := &analyzer.Analyzer[int]{Name: "sneaky", Doc: "reads without requiring",
		Run: func(p *analyzer.Pass) (int, error) { return analyzer.ResultOf(p, words), nil }}
	_, err := analyzer.MustPipeline(sneaky, words).Run(context.Background(), analyzer.NewDocument("x"))
	if err == nil || !strings.Contains(err.Error(), "words is not in Requires") {
		t.Errorf("err = %v, want a report that words is not required", err)
	}
}

func TestValidate(t *testing.T) {
	run := func(*analyzer.Pass) (int, error) { return 0, nil }
	cyc1 := &analyzer.Analyzer[int]{Name: "cyc1", Doc: "d", Run: run}
	cyc2 := &analyzer.Analyzer[int]{Name: "cyc2", Doc: "d", Run: run, Requires: []analyzer.Any{cyc1}}
	cyc1.Requires = []analyzer.Any{cyc2}
	tests := []struct {
		name string
		as   []analyzer.Any
		want string
	}{
		{"empty name", []analyzer.Any{&analyzer.Analyzer[int]{Doc: "d", Run: run}}, "name must match"},
		{"bad name", []analyzer.Any{&analyzer.Analyzer[int]{Name: "Bad Name", Doc: "d", Run: run}}, "name must match"},
		{"empty doc", []analyzer.Any{&analyzer.Analyzer[int]{Name: "x", Run: run}}, "empty Doc"},
		{"nil run", []analyzer.Any{&analyzer.Analyzer[int]{Name: "x", Doc: "d"}}, "nil Run"},
		{"duplicate", []analyzer.Any{&analyzer.Analyzer[int]{Name: "x", Doc: "d", Run: run}, &analyzer.Analyzer[int]{Name: "x", Doc: "d", Run: run}}, "share this name"},
		{"cycle", []analyzer.Any{cyc2}, "cycle"},
		{"nil requirement", []analyzer.Any{&analyzer.Analyzer[int]{Name: "x", Doc: "d", Run: run, Requires: []analyzer.Any{nil}}}, "nil analyzer"},
		{"typed nil requirement", []analyzer.Any{&analyzer.Analyzer[int]{Name: "x", Doc: "d", Run: run, Requires: []analyzer.Any{(*analyzer.Analyzer[int])(nil)}}}, "nil analyzer"},
	}
	for _, tc := range tests {
		err := analyzer.Validate(tc.as...)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: Validate = %v, want error containing %q", tc.name, err, tc.want)
		}
		if _, err := analyzer.NewPipeline(tc.as...); err == nil {
			t.Errorf("%s: NewPipeline accepted invalid analysers", tc.name)
		}
	}
	if err := analyzer.Validate(double, words); err != nil {
		t.Errorf("Validate(valid) = %v", err)
	}
}

func TestCancellation(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	r, err := analyzer.MustPipeline(double).Run(ctx, analyzer.NewDocument("a"))
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
	if _, err := analyzer.Get(r, double); !errors.Is(err, context.Canceled) {
		t.Errorf("Get after cancel = %v, want context.Canceled", err)
	}
}

func docs(n int) iter.Seq[*analyzer.Document] {
	return func(yield func(*analyzer.Document) bool) {
		for i := range n {
			d := analyzer.NewDocument(strings.Repeat("w ", i))
			d.ID = fmt.Sprint(i)
			if !yield(d) {
				return
			}
		}
	}
}

func TestRunAllKeepsOrder(t *testing.T) {
	var calls atomic.Int64
	slowFirst := &analyzer.Analyzer[int]{Name: "slow", Doc: "slower for early documents", Run: func(p *analyzer.Pass) (int, error) {
		calls.Add(1)
		n := len(strings.Fields(p.Doc.Text))
		x := 0
		for i := range (50 - n%50) * 2000 {
			x += i
		}
		_ = x
		return n, nil
	}}
	p := analyzer.MustPipeline(slowFirst)
	i := 0
	for r, err := range p.RunAll(context.Background(), docs(200), 4) {
		if err != nil {
			t.Fatal(err)
		}
		if n, _ := analyzer.Get(r, slowFirst); n != i || r.Doc.ID != fmt.Sprint(i) {
			t.Fatalf("result %d is for document %s (n=%d)", i, r.Doc.ID, n)
		}
		i++
	}
	if i != 200 || calls.Load() != 200 {
		t.Errorf("got %d results from %d runs, want 200", i, calls.Load())
	}
}

func TestRunAllStopsEarly(t *testing.T) {
	p := analyzer.MustPipeline(words)
	n := 0
	for range p.RunAll(context.Background(), docs(1000), 3) {
		n++
		if n == 5 {
			break
		}
	}
	if n != 5 {
		t.Errorf("n = %d", n)
	}
	// Nil documents are reported, not fatal.
	nilDocs := func(yield func(*analyzer.Document) bool) { yield(nil) }
	for _, err := range p.RunAll(context.Background(), nilDocs, 1) {
		if err == nil {
			t.Error("nil document gave no error")
		}
	}
}

func TestRegistry(t *testing.T) {
	analyzer.Register(words)
	analyzer.Register(words) // the same analyser twice is fine
	if a, ok := analyzer.Lookup("words"); !ok || a != words {
		t.Error("Lookup(words) failed")
	}
	if !slices.Contains(analyzer.Names(), "words") || !slices.IsSorted(analyzer.Names()) {
		t.Errorf("Names() = %v", analyzer.Names())
	}
	if _, err := analyzer.LookupAll("words", "nope"); err == nil || !strings.Contains(err.Error(), `"nope"`) {
		t.Errorf("LookupAll with unknown name: %v", err)
	}
	defer func() {
		if recover() == nil {
			t.Error("registering a different analyser under a taken name did not panic")
		}
	}()
	analyzer.Register(&analyzer.Analyzer[int]{Name: "words", Doc: "impostor", Run: words.Run})
}
