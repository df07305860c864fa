// Package timeline finds the temporal expressions of a news article,
// normalises them to TIMEX3 values against the article's date, and builds
// the timeline of the events they anchor.
//
// Recognition is rule-based: readable patterns over words (see the rules
// in rules.go, one group per kind of expression) build expressions that a
// second stage composes ("early" + "next year", "two days" + "later").
// Values follow the TimeML TIMEX3 guidelines: "on Sunday" in an article of
// Tuesday 20 December 2011 is 2011-12-18, "Friday morning" 2011-12-16TMO,
// "the summer" 2011-SU, "the past seven months" P7M, "months-long" PXM,
// "recent days" PAST_REF. Weekdays and months without a year are resolved
// with the tense of their clause, read from the parts of speech of the
// nearest verb group (internal/pos): "said on Friday" is the Friday
// before, "will meet on Friday" the Friday after; "the next day" and "a year
// earlier" are computed from the previous date of the narrative, and "two
// days later" keeps its TimeBank extent, the DURATION P2D, with the date it
// leads to in Timex.Point; without a reference date, relative values stay
// underspecified (XXXX-WXX-7) rather than guessed. Every expression records
// its anchor.
//
// The timeline links each DATE and TIME expression (and each DURATION
// anchored in time, such as "over the past seven months" or "two days
// later") to the clause it anchors and that clause's main verb, and orders
// those events chronologically, keeping ranges (Relation: since, until,
// during...) and the durations their clauses state.
package timeline

import (
	"context"
	"slices"
	"sync"
	"time"

	"github.com/newsfacts/newsfacts/analyzer"
	"github.com/newsfacts/newsfacts/analyzer/segment"
	"github.com/newsfacts/newsfacts/internal/pos"
)

// Options configure a timeline analyser.
type Options struct {
	// Reference is the reference date used for documents without a
	// Published date. Zero means none: relative expressions of such
	// documents stay underspecified.
	Reference time.Time
}

// Analyzer finds and normalises temporal expressions and builds the
// timeline, with default options.
var Analyzer = New(Options{})

func init() { analyzer.Register(Analyzer) }

// New returns a timeline analyser with the given options.
func New(opts Options) *analyzer.Analyzer[*Result] {
	return &analyzer.Analyzer[*Result]{
		Name: "timeline",
		Doc: `temporal expressions normalised to TIMEX3 values, and the timeline of events

The analyser finds DATE, TIME, DURATION and SET expressions with TimeML
extents, normalises them against the document's Published date (TIMEX3
values such as 2011-12-18, 2011-12-16TMO, P3W, PAST_REF, with mods such as
APPROX and START), and lists the events they anchor in chronological order.`,
		Requires: []analyzer.Any{segment.Analyzer},
		Run: func(pass *analyzer.Pass) (*Result, error) {
			seg := analyzer.ResultOf(pass, segment.Analyzer)
			return analyze(pass.Context(), pass.Doc, seg, opts)
		},
	}
}

// Extract finds and normalises the temporal expressions of a plain text
// (an article's body) against the reference date ref, and builds its
// timeline. A zero ref leaves relative expressions underspecified.
func Extract(text string, ref time.Time) *Result {
	doc := analyzer.NewDocument(text)
	doc.Published = ref
	r, _ := analyze(context.Background(), doc, segment.Segment(doc), Options{})
	return r
}

var statePool = sync.Pool{New: func() any { return new(docState) }}

// release clears the state and returns it to the pool, unless its buffers
// grew too large to keep.
func (d *docState) release() {
	clear(d.cands)
	d.text, d.cands, d.seg, d.tagger = "", d.cands[:0], nil, nil
	if cap(d.words) > 1<<20 {
		return
	}
	d.verbs, d.at, d.cover, d.tags, d.tagged = d.verbs[:0], d.at[:0], d.cover[:0], d.tags[:0], d.tagged[:0]
	statePool.Put(d)
}

// analyze runs recognition, resolution and the timeline on a segmented
// document.
func analyze(ctx context.Context, doc *analyzer.Document, seg *segment.Result, opts Options) (*Result, error) {
	// The working state is pooled: processing an archive reuses its
	// buffers instead of allocating and clearing them per document.
	d := statePool.Get().(*docState)
	defer d.release()
	d.text = doc.Text
	if n := len(seg.Tokens) + len(seg.Tokens)/8 + 16; cap(d.words) < n {
		d.words = make([]word, 0, n) // hyphenated compounds add words; numbers merge tokens
	}
	d.words = buildWords(doc.Text, seg, d.words[:0])
	d.seg = seg
	d.tagger, _ = pos.Default() // without the model, tense comes from word forms alone
	d.tags = slices.Grow(d.tags[:0], len(seg.Tokens))[:len(seg.Tokens)]
	d.tagged = slices.Grow(d.tagged[:0], len(seg.Sentences))[:len(seg.Sentences)]
	clear(d.tagged)
	if cap(d.sentEnd) < len(seg.Sentences) {
		d.sentEnd = make([]int, len(seg.Sentences))
	}
	d.sentEnd = d.sentEnd[:len(seg.Sentences)]
	for i := range d.words {
		d.sentEnd[d.words[i].sent] = i + 1
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	rules.recognise(d)
	ref := doc.Published
	if ref.IsZero() {
		ref = opts.Reference
	}
	if !ref.IsZero() {
		ref = time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, time.UTC)
	}
	res := &Result{text: doc.Text, Timexes: make([]Timex, 0, len(d.cands)), Events: []Event{}}
	res.Timexes = resolveAll(d, ref, !ref.IsZero(), res.Timexes)
	res.Events = buildTimeline(d, seg, res.Timexes, ref)
	return res, nil
}
