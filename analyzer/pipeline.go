package analyzer

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"runtime"
	"runtime/debug"
	"sync"
)

// A Pipeline runs a fixed set of analysers, and everything they require, over
// documents. Build one with NewPipeline; it is immutable and safe for
// concurrent use by many goroutines.
type Pipeline struct {
	order []Any       // topological order: requirements first
	index map[Any]int // analyser -> position in order
	deps  [][]int     // deps[i] = positions of order[i]'s requirements
}

// NewPipeline validates the analysers (see Validate), adds everything they
// require, and orders them so that every analyser runs after its
// requirements. The order is deterministic: requirements first, then the
// given order.
func NewPipeline(analyzers ...Any) (*Pipeline, error) {
	if err := Validate(analyzers...); err != nil {
		return nil, err
	}
	p := &Pipeline{index: map[Any]int{}}
	var add func(a Any)
	add = func(a Any) {
		if _, ok := p.index[a]; ok {
			return
		}
		for _, r := range a.Requirements() {
			add(r)
		}
		p.index[a] = len(p.order)
		p.order = append(p.order, a)
	}
	for _, a := range analyzers {
		add(a)
	}
	p.deps = make([][]int, len(p.order))
	for i, a := range p.order {
		for _, r := range a.Requirements() {
			p.deps[i] = append(p.deps[i], p.index[r])
		}
	}
	return p, nil
}

// MustPipeline is like NewPipeline but panics on error. It is meant for
// package-level pipelines built from known analysers.
func MustPipeline(analyzers ...Any) *Pipeline {
	p, err := NewPipeline(analyzers...)
	if err != nil {
		panic(err)
	}
	return p
}

// Analyzers returns the pipeline's analysers in the order they run.
func (p *Pipeline) Analyzers() []Any { return append([]Any(nil), p.order...) }

// Has reports whether a runs in the pipeline.
func (p *Pipeline) Has(a Any) bool { _, ok := p.index[a]; return ok }

// ErrRequirementFailed is wrapped by the error of an analyser that did not
// run because one of its requirements failed.
var ErrRequirementFailed = errors.New("a requirement failed")

// ErrNotInPipeline is returned by Get for an analyser the pipeline does not
// run.
var ErrNotInPipeline = errors.New("analyzer is not in the pipeline")

// An Error reports the failure of one analyser on one document.
type Error struct {
	Analyzer string // name of the analyser that failed
	DocID    string // Document.ID, may be empty
	Err      error  // the cause; a *PanicError if Run panicked
}

func (e *Error) Error() string {
	if e.DocID != "" {
		return fmt.Sprintf("analyzer %s (document %s): %v", e.Analyzer, e.DocID, e.Err)
	}
	return fmt.Sprintf("analyzer %s: %v", e.Analyzer, e.Err)
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// A PanicError is the cause recorded when an analyser's Run panics.
type PanicError struct {
	Value any    // the value passed to panic
	Stack []byte // the goroutine's stack at the panic
}

func (e *PanicError) Error() string { return fmt.Sprintf("panic: %v", e.Value) }

// A Result holds the outcome of running a pipeline on one document: each
// analyser's result or error. Read typed results with Get.
type Result struct {
	// Doc is the analysed document.
	Doc *Document

	p      *Pipeline
	values []any
	errs   []error
}

// Get returns analyser a's result in r. The error is ErrNotInPipeline if the
// pipeline does not run a, or the *Error with which a failed (also when it
// did not run because a requirement failed).
func Get[T any](r *Result, a *Analyzer[T]) (T, error) {
	var zero T
	i, ok := r.p.index[a]
	if !ok {
		return zero, fmt.Errorf("analyzer %s: %w", a.Name, ErrNotInPipeline)
	}
	if r.errs[i] != nil {
		return zero, r.errs[i]
	}
	return r.values[i].(T), nil
}

// Err returns the error of analyser a in r: nil if it ran successfully,
// ErrNotInPipeline if the pipeline does not run it.
func (r *Result) Err(a Any) error {
	i, ok := r.p.index[a]
	if !ok {
		return fmt.Errorf("analyzer %s: %w", a.AnalyzerName(), ErrNotInPipeline)
	}
	return r.errs[i]
}

// Succeeded reports whether analyser a ran on the document without error.
func (r *Result) Succeeded(a Any) bool {
	i, ok := r.p.index[a]
	return ok && r.errs[i] == nil
}

// Run runs the pipeline on doc. The Result is never nil: it holds the result
// of every analyser that succeeded. An analyser that returns an error or
// panics fails only itself and the analysers that require it, directly or
// not; the others still run. The returned error joins the *Error of each
// analyser that failed by itself (not those that failed for want of a
// requirement), or is the context's error if ctx was done before every
// analyser had run.
func (p *Pipeline) Run(ctx context.Context, doc *Document) (*Result, error) {
	r := &Result{Doc: doc, p: p, values: make([]any, len(p.order)), errs: make([]error, len(p.order))}
	if doc == nil {
		err := errors.New("nil document")
		for i := range r.errs {
			r.errs[i] = err
		}
		return r, err
	}
	var failed []error
	for i, a := range p.order {
		name := a.AnalyzerName()
		if err := ctx.Err(); err != nil {
			for j := i; j < len(p.order); j++ {
				r.errs[j] = &Error{Analyzer: p.order[j].AnalyzerName(), DocID: doc.ID, Err: err}
			}
			return r, errors.Join(append(failed, err)...)
		}
		pass := &Pass{Analyzer: a, Doc: doc, ctx: ctx, results: make(map[Any]any, len(p.deps[i]))}
		var reqErr error
		for _, d := range p.deps[i] {
			if r.errs[d] != nil {
				reqErr = fmt.Errorf("requires %s: %w", p.order[d].AnalyzerName(), ErrRequirementFailed)
				break
			}
			pass.results[p.order[d]] = r.values[d]
		}
		if reqErr != nil {
			r.errs[i] = &Error{Analyzer: name, DocID: doc.ID, Err: reqErr}
			continue
		}
		v, err := runSafely(a, pass)
		if err != nil {
			e := &Error{Analyzer: name, DocID: doc.ID, Err: err}
			r.errs[i] = e
			failed = append(failed, e)
			continue
		}
		r.values[i] = v
	}
	return r, errors.Join(failed...)
}

func runSafely(a Any, pass *Pass) (v any, err error) {
	defer func() {
		if x := recover(); x != nil {
			err = &PanicError{Value: x, Stack: debug.Stack()}
		}
	}()
	return a.runErased(pass)
}

// RunAll runs the pipeline over a stream of documents on workers goroutines
// (runtime.GOMAXPROCS(0) if workers < 1) and yields each document's Result
// and error, as Run returns them, in input order. At most a few documents
// per worker are held in memory at once. Stopping the iteration early, or
// cancelling ctx, stops the work; RunAll returns only after its goroutines
// have finished, and it never calls docs concurrently.
func (p *Pipeline) RunAll(ctx context.Context, docs iter.Seq[*Document], workers int) iter.Seq2[*Result, error] {
	if workers < 1 {
		workers = runtime.GOMAXPROCS(0)
	}
	return func(yield func(*Result, error) bool) {
		ctx, cancel := context.WithCancel(ctx)
		defer cancel()

		type job struct {
			i   int
			doc *Document
		}
		type done struct {
			i   int
			res *Result
			err error
		}
		window := make(chan struct{}, 2*workers) // documents in flight
		jobs := make(chan job)
		out := make(chan done, 2*workers)

		var wg sync.WaitGroup
		wg.Add(1)
		go func() { // producer
			defer wg.Done()
			defer close(jobs)
			i := 0
			for doc := range docs {
				select {
				case window <- struct{}{}:
				case <-ctx.Done():
					return
				}
				select {
				case jobs <- job{i, doc}:
				case <-ctx.Done():
					return
				}
				i++
			}
		}()
		var workersWG sync.WaitGroup
		for range workers {
			workersWG.Add(1)
			go func() {
				defer workersWG.Done()
				for j := range jobs {
					res, err := p.Run(ctx, j.doc)
					out <- done{j.i, res, err}
				}
			}()
		}
		go func() { workersWG.Wait(); close(out) }()

		pending := map[int]done{}
		next := 0
		stopped := false
		for d := range out {
			if stopped {
				continue // drain so that workers can exit
			}
			pending[d.i] = d
			for {
				dd, ok := pending[next]
				if !ok {
					break
				}
				delete(pending, next)
				next++
				<-window
				if !yield(dd.res, dd.err) {
					stopped = true
					cancel()
					break
				}
			}
		}
		wg.Wait()
	}
}
