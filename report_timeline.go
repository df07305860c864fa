package newsfacts

import (
	"fmt"
	"io"
	"strings"

	"github.com/newsfacts/newsfacts/analyzer"
	"github.com/newsfacts/newsfacts/timeline"
)

// The timeline part of the JSON contract, filled by the timeline analyser.

// A Timex is a temporal expression with its TIMEX3 type, normalised value
// and modifier.
type Timex struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"` // DATE, TIME, DURATION or SET
	Value string `json:"value"`
	Mod   string `json:"mod"`

	// Extensions of the contract.
	Quant  string `json:"quant,omitempty"`  // SET: "EVERY"
	Freq   string `json:"freq,omitempty"`   // SET: "2X"
	Anchor string `json:"anchor,omitempty"` // what a relative value was computed from: document, narrative, missing
	Point  string `json:"point,omitempty"`  // for a DURATION reckoned from another date ("two days later"), the date it leads to
}

// A TimelineEvent is an event anchored to a date, in chronological order.
type TimelineEvent struct {
	Value string `json:"value"` // the anchoring date's value
	Start int    `json:"start"` // the event's evidence span
	End   int    `json:"end"`
	Text  string `json:"text"`
	Timex int    `json:"timex"` // index into Timexes

	// Extensions of the contract.
	Relation  string `json:"relation"`       // at, since, until, during, before, after
	Begin     string `json:"begin"`          // the interval the event is placed in, YYYY-MM-DD (or with a time)
	Until     string `json:"until"`          // its exclusive end
	Verb      string `json:"verb,omitempty"` // the clause's main verb
	VerbStart int    `json:"verb_start,omitempty"`
	VerbEnd   int    `json:"verb_end,omitempty"`
	Duration  string `json:"duration,omitempty"` // a duration stated in the clause ("three-week": P3W)
}

func init() {
	addSection(section{
		analyzer: timeline.Analyzer,
		rank:     20,
		fill: func(rep *Report, res *analyzer.Result) error {
			tl, err := analyzer.Get(res, timeline.Analyzer)
			if err != nil {
				return err
			}
			text := res.Doc.Text
			rep.Timexes = make([]Timex, 0, len(tl.Timexes))
			for _, x := range tl.Timexes {
				rep.Timexes = append(rep.Timexes, Timex{
					Start: x.Span.Start, End: x.Span.End, Text: x.Span.In(text), Type: string(x.Type),
					Value: x.Value, Mod: string(x.Mod), Quant: x.Quant, Freq: x.Freq, Anchor: string(x.Anchor), Point: x.Point,
				})
			}
			rep.Timeline = make([]TimelineEvent, 0, len(tl.Events))
			for _, e := range tl.Events {
				ev := TimelineEvent{
					Value: e.Value, Start: e.Clause.Start, End: e.Clause.End, Text: e.Clause.In(text),
					Timex: e.Timex, Relation: string(e.Relation), Begin: isoTime(e.Begin.Format("2006-01-02T15:04")),
					Until: isoTime(e.End.Format("2006-01-02T15:04")),
				}
				if e.Verb.Len() > 0 {
					ev.Verb, ev.VerbStart, ev.VerbEnd = e.Verb.In(text), e.Verb.Start, e.Verb.End
				}
				if e.Duration >= 0 {
					ev.Duration = tl.Timexes[e.Duration].Value
				}
				rep.Timeline = append(rep.Timeline, ev)
			}
			return nil
		},
		write: func(w io.Writer, rep *Report) {
			if rep.Timexes == nil {
				return
			}
			fmt.Fprintf(w, "\nTemporal expressions: %d\n", len(rep.Timexes))
			for _, x := range rep.Timexes {
				v := x.Value
				if x.Mod != "" {
					v += " " + x.Mod
				}
				fmt.Fprintf(w, "  %-28s %-9s %s\n", quoteShort(x.Text, 28), x.Type, v)
			}
			if len(rep.Timeline) == 0 {
				return
			}
			fmt.Fprintf(w, "\nTimeline:\n")
			for _, e := range rep.Timeline {
				head := e.Value
				if e.Relation != "at" {
					head = e.Relation + " " + head
				}
				if x := rep.Timexes[e.Timex]; x.Type == "DURATION" {
					head += " from " + e.Begin
				}
				if e.Duration != "" {
					head += " for " + e.Duration
				}
				clause := e.Text
				if e.Verb != "" && e.Start <= e.VerbStart && e.VerbEnd <= e.End {
					a, b := e.VerbStart-e.Start, e.VerbEnd-e.Start
					clause = clause[:a] + "*" + clause[a:b] + "*" + clause[b:]
				}
				clause = strings.Join(strings.Fields(clause), " ")
				fmt.Fprintf(w, "  %-24s %s\n", head, clause)
			}
		},
	})
}

// isoTime drops a midnight time: "2011-12-18T00:00" is "2011-12-18".
func isoTime(s string) string { return strings.TrimSuffix(s, "T00:00") }

// quoteShort quotes s, shortened to about n characters.
func quoteShort(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n-2 {
		s = string(r[:n-5]) + "..."
	}
	return `"` + s + `"`
}
