package analyzer

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"regexp"
)

// An Analyzer describes one analysis of a Document and the type T of its
// result. It is modelled on golang.org/x/tools/go/analysis.Analyzer, with a
// type parameter in place of ResultType: an analyser declares what it
// Requires and receives those analysers' typed results through its Pass.
//
// Analyzers are values: declare them as package-level variables (or build
// them with a constructor that takes options) and never modify them after
// they are first used. Run must be safe to call from many goroutines at once
// and must not modify the Document or any result it is given.
type Analyzer[T any] struct {
	// Name identifies the analyser in pipelines, the registry, the CLI's
	// -analyzers flag and error messages. It must match [a-z][a-z0-9_-]*.
	Name string

	// Doc is the documentation: a one-line summary, optionally followed by
	// a blank line and more detail.
	Doc string

	// Requires lists the analysers whose results Run reads with ResultOf.
	// A pipeline runs them first.
	Requires []Any

	// Run computes the result for the document in pass.Doc.
	Run func(pass *Pass) (T, error)
}

// Any is the type-erased view of an *Analyzer[T] for any T, used wherever
// analysers with different result types are listed together (Requires,
// NewPipeline, the registry). Only *Analyzer[T] implements it.
type Any interface {
	// AnalyzerName returns the analyser's Name.
	AnalyzerName() string
	// AnalyzerDoc returns the analyser's Doc.
	AnalyzerDoc() string
	// Requirements returns the analyser's Requires list (do not modify it).
	Requirements() []Any

	runErased(pass *Pass) (any, error)
	hasRun() bool
}

// AnalyzerName implements Any.
func (a *Analyzer[T]) AnalyzerName() string { return a.Name }

// AnalyzerDoc implements Any.
func (a *Analyzer[T]) AnalyzerDoc() string { return a.Doc }

// Requirements implements Any.
func (a *Analyzer[T]) Requirements() []Any { return a.Requires }

// String returns the analyser's name.
func (a *Analyzer[T]) String() string { return a.Name }

func (a *Analyzer[T]) runErased(pass *Pass) (any, error) { return a.Run(pass) }
func (a *Analyzer[T]) hasRun() bool                      { return a.Run != nil }

// A Pass is what an analyser's Run receives: the document, the context of
// the pipeline run, and the results of the analysers it requires.
type Pass struct {
	// Analyzer is the analyser being run.
	Analyzer Any
	// Doc is the document under analysis. It must not be modified.
	Doc *Document

	ctx     context.Context
	results map[Any]any
}

// Context returns the context of the pipeline run. Long-running analysers
// should check it and return its error when it is done.
func (p *Pass) Context() context.Context { return p.ctx }

// ResultOf returns the result of requirement a for the pass's document. The
// result is shared with other analysers and must be treated as read-only.
// It panics if a is not in the running analyser's Requires, a programming
// error that the pipeline reports as that analyser's failure.
func ResultOf[T any](p *Pass, a *Analyzer[T]) T {
	v, ok := p.results[a]
	if !ok {
		panic(fmt.Sprintf("analyzer %s: ResultOf(%s): %s is not in Requires", p.Analyzer.AnalyzerName(), a.Name, a.Name))
	}
	return v.(T)
}

var nameRE = regexp.MustCompile(`^[a-z][a-z0-9_-]*$`)

// ValidationError reports what is wrong with an analyser or a set of
// analysers.
type ValidationError struct {
	Analyzer string // name of the offending analyser, may be empty
	Problem  string
}

func (e *ValidationError) Error() string {
	if e.Analyzer == "" {
		return "invalid analyzer: " + e.Problem
	}
	return fmt.Sprintf("invalid analyzer %q: %s", e.Analyzer, e.Problem)
}

// Validate checks analysers and, transitively, everything they require:
// names must be well formed and unique (two distinct analysers may not share
// a name), Doc and Run must be set, and requirements must not form a cycle.
// It returns all problems found, joined.
func Validate(analyzers ...Any) error {
	var errs []error
	byName := map[string]Any{}
	const (
		white = iota
		grey
		black
	)
	color := map[Any]int{}
	var visit func(a Any, path []string)
	visit = func(a Any, path []string) {
		if isNil(a) {
			name := ""
			if len(path) > 0 {
				name = path[len(path)-1]
			}
			errs = append(errs, &ValidationError{Analyzer: name, Problem: "nil analyzer in Requires"})
			return
		}
		switch color[a] {
		case grey:
			errs = append(errs, &ValidationError{Analyzer: a.AnalyzerName(), Problem: fmt.Sprintf("cycle in Requires: %v -> %s", path, a.AnalyzerName())})
			return
		case black:
			return
		}
		color[a] = grey
		name := a.AnalyzerName()
		if !nameRE.MatchString(name) {
			errs = append(errs, &ValidationError{Analyzer: name, Problem: "name must match [a-z][a-z0-9_-]*"})
		}
		if a.AnalyzerDoc() == "" {
			errs = append(errs, &ValidationError{Analyzer: name, Problem: "empty Doc"})
		}
		if !a.hasRun() {
			errs = append(errs, &ValidationError{Analyzer: name, Problem: "nil Run"})
		}
		if prev, ok := byName[name]; ok && prev != a {
			errs = append(errs, &ValidationError{Analyzer: name, Problem: "two different analyzers share this name"})
		}
		byName[name] = a
		for _, r := range a.Requirements() {
			visit(r, append(path, name))
		}
		color[a] = black
	}
	for _, a := range analyzers {
		visit(a, nil)
	}
	return errors.Join(errs...)
}

func isNil(a Any) bool {
	if a == nil {
		return true
	}
	v := reflect.ValueOf(a)
	return v.Kind() == reflect.Pointer && v.IsNil()
}
