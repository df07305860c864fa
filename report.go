package newsfacts

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"slices"
	"sync"

	"github.com/newsfacts/newsfacts/analyzer"
)

// A Report is the facts found in one document, in the shape of the JSON
// contract that the newsfacts command prints. The field of an analyser that
// did not run, or failed, is absent (nil), never faked; an analyser that ran
// and found nothing gives an empty, non-nil slice. All start and end
// offsets are byte offsets into the document's text, half-open.
type Report struct {
	ID        string        `json:"id"`
	Published string        `json:"published,omitempty"` // YYYY-MM-DD
	Title     string        `json:"title,omitempty"`
	Body      analyzer.Span `json:"body"`

	Segments       *Segments        `json:"segments,omitempty"`
	Entities       []Entity         `json:"entities,omitzero"`
	Timexes        []Timex          `json:"timexes,omitzero"`
	Timeline       []TimelineEvent  `json:"timeline,omitzero"`
	Casualties     []Casualty       `json:"casualties,omitzero"`
	CasualtyTotals map[string]Total `json:"casualty_totals,omitzero"`
	Quotes         []Quote          `json:"quotes,omitzero"`
	Sentiment      *Sentiment       `json:"sentiment,omitempty"`

	// Errors lists the analysers that failed on this document, each as
	// "analyzer NAME: cause".
	Errors []string `json:"errors,omitempty"`
}

// A section ties a built-in analyser to its part of the Report: fill
// copies the analyser's result into the report, write prints it in the
// readable report. The report_*.go files register one each.
type section struct {
	analyzer analyzer.Any
	rank     int // order in the readable report and the default pipeline
	fill     func(rep *Report, res *analyzer.Result) error
	write    func(w io.Writer, rep *Report)
}

var sections []section

// addSection registers a built-in analyser's report section; called from
// init functions only.
func addSection(s section) {
	sections = append(sections, s)
	slices.SortStableFunc(sections, func(a, b section) int { return cmp.Compare(a.rank, b.rank) })
}

// Builtins returns the built-in analysers that the default pipeline runs,
// in report order.
func Builtins() []analyzer.Any {
	out := make([]analyzer.Any, len(sections))
	for i, s := range sections {
		out[i] = s.analyzer
	}
	return out
}

var defaultPipeline = sync.OnceValue(func() *analyzer.Pipeline {
	return analyzer.MustPipeline(Builtins()...)
})

// DefaultPipeline returns the pipeline of all built-in analysers. It is
// built once and shared; pipelines are safe for concurrent use.
func DefaultPipeline() *analyzer.Pipeline { return defaultPipeline() }

// NewPipeline returns a pipeline of the registered analysers with the
// given names (and what they require), or the default pipeline when no
// name is given. Unknown names are an error that lists the known ones.
func NewPipeline(names ...string) (*analyzer.Pipeline, error) {
	if len(names) == 0 {
		return DefaultPipeline(), nil
	}
	as, err := analyzer.LookupAll(names...)
	if err != nil {
		return nil, err
	}
	return analyzer.NewPipeline(as...)
}

// NewReport builds the Report of a pipeline result: the document's fields
// and the facts of each built-in analyser that ran successfully. Failed
// analysers are listed in Errors.
func NewReport(res *analyzer.Result) *Report {
	doc := res.Doc
	rep := &Report{ID: doc.ID, Title: doc.Title, Body: doc.Body}
	if !doc.Published.IsZero() {
		rep.Published = doc.Published.Format("2006-01-02")
	}
	for _, s := range sections {
		err := res.Err(s.analyzer)
		if err == nil {
			err = s.fill(rep, res)
		}
		if err != nil && !errors.Is(err, analyzer.ErrNotInPipeline) {
			rep.Errors = append(rep.Errors, err.Error())
		}
	}
	return rep
}

// WriteText writes the readable report: the document's date, headline and
// body span, then a section for each analyser that ran.
func (r *Report) WriteText(w io.Writer) error {
	ew := &errWriter{w: w}
	if r.ID != "" {
		fmt.Fprintf(ew, "Document:  %s\n", r.ID)
	}
	pub := r.Published
	if pub == "" {
		pub = "(unknown)"
	}
	fmt.Fprintf(ew, "Published: %s\n", pub)
	fmt.Fprintf(ew, "Headline:  %s\n", orNone(r.Title))
	fmt.Fprintf(ew, "Body:      bytes %d-%d\n", r.Body.Start, r.Body.End)
	for _, s := range sections {
		if s.write != nil {
			s.write(ew, r)
		}
	}
	for _, e := range r.Errors {
		fmt.Fprintf(ew, "\nError: %s\n", e)
	}
	return ew.err
}

func orNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}

type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, err
}
