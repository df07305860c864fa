package timeline_test

import (
	"context"
	"fmt"
	"time"

	"github.com/newsfacts/newsfacts/analyzer"
	"github.com/newsfacts/newsfacts/timeline"
)

// Extract normalises the temporal expressions of a text against a
// reference date, without a pipeline.
func ExampleExtract() {
	ref := time.Date(2011, 12, 20, 0, 0, 0, 0, time.UTC) // a Tuesday
	text := "Clashes erupted on Friday morning. The president imposed a three-week state of emergency on Saturday, and the minister spoke on Sunday."
	r := timeline.Extract(text, ref)
	for _, x := range r.Timexes {
		fmt.Printf("%-16s %-8s %s\n", x.Span.In(text), x.Type, x.Value)
	}
	// Output:
	// Friday morning   TIME     2011-12-16TMO
	// three-week       DURATION P3W
	// Saturday         DATE     2011-12-17
	// Sunday           DATE     2011-12-18
}

// The analyser runs in a pipeline; its result lists the events in
// chronological order.
func ExampleAnalyzer() {
	doc := analyzer.NewDocument("The minister said on Sunday that order was restored. Police fired on protesters on Friday. Two days later, the curfew was lifted.")
	doc.Published = time.Date(2011, 12, 20, 0, 0, 0, 0, time.UTC)
	p := analyzer.MustPipeline(timeline.Analyzer)
	res, err := p.Run(context.Background(), doc)
	if err != nil {
		panic(err)
	}
	tl, _ := analyzer.Get(res, timeline.Analyzer)
	for _, e := range tl.Events {
		fmt.Println(e.Value, doc.Slice(e.Verb))
	}
	// Output:
	// 2011-12-16 fired
	// 2011-12-18 said
	// 2011-12-18 lifted
}

// Without a reference date, relative expressions stay underspecified.
func ExampleExtract_noReference() {
	text := "Shops close on Christmas Day and reopen on Monday."
	for _, x := range timeline.Extract(text, time.Time{}).Timexes {
		fmt.Println(x.Span.In(text), x.Value, x.Anchor)
	}
	// Output:
	// Christmas Day XXXX-12-25 missing
	// Monday XXXX-WXX-1 missing
}
