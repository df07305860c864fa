package timeline

import (
	"fmt"
	"strings"
	"time"

	"github.com/newsfacts/newsfacts/analyzer"
)

// A Type is the TIMEX3 type of a temporal expression.
type Type string

// TIMEX3 types.
const (
	Date     Type = "DATE"     // a calendar date or period: "Sunday", "the summer", "2011"
	Time     Type = "TIME"     // a time of day: "10 a.m.", "Friday morning"
	Duration Type = "DURATION" // a length of time: "three-week", "the past seven months"
	Set      Type = "SET"      // a recurrence: "every week", "annually"
)

// A Mod is the TIMEX3 mod attribute, which qualifies a value.
type Mod string

// TIMEX3 mod values.
const (
	ModNone        Mod = ""
	ModBefore      Mod = "BEFORE"        // "before 1990" (when "before" is part of the expression)
	ModAfter       Mod = "AFTER"         // "post-1959"
	ModOnOrBefore  Mod = "ON_OR_BEFORE"  // "no later than 1990"
	ModOnOrAfter   Mod = "ON_OR_AFTER"   // "1990 or later"
	ModLessThan    Mod = "LESS_THAN"     // "less than two years", "almost two years"
	ModMoreThan    Mod = "MORE_THAN"     // "more than four decades"
	ModEqualOrLess Mod = "EQUAL_OR_LESS" // "no more than two hours", "up to two hours"
	ModEqualOrMore Mod = "EQUAL_OR_MORE" // "at least 72 hours"
	ModStart       Mod = "START"         // "early 1990", "the beginning of the year"
	ModMid         Mod = "MID"           // "mid-November"
	ModEnd         Mod = "END"           // "late November", "the end of 1990"
	ModApprox      Mod = "APPROX"        // "about three years"
)

// An Anchor says what a relative value was computed from.
type Anchor string

// Anchors.
const (
	// AnchorNone: the value is absolute ("December 20, 2011", "P3W") or
	// needs no anchor.
	AnchorNone Anchor = ""
	// AnchorDocument: the value was computed from the document's date,
	// Document.Published ("on Sunday", "last year").
	AnchorDocument Anchor = "document"
	// AnchorNarrative: the value was computed from the previous date of
	// the narrative ("two days later", "the next day"); AnchorTimex names
	// it when it is a temporal expression of the text.
	AnchorNarrative Anchor = "narrative"
	// AnchorMissing: the expression is relative but no reference date was
	// known, so its value is left underspecified (XXXX-WXX-7, XXXX-XX-XX).
	AnchorMissing Anchor = "missing"
)

// A Timex is a temporal expression with its TIMEX3 attributes.
type Timex struct {
	// Span is the expression's extent, following the TimeML guidelines:
	// "on" is not part of "on Sunday"; "Friday morning" is one expression;
	// modifiers such as "early", "the past" and "more than" are in it.
	Span analyzer.Span
	// Type is DATE, TIME, DURATION or SET.
	Type Type
	// Value is the normalised TIMEX3 value: 2011-12-18, 2011-12-16TMO,
	// 2011-W51, 2011-SU, 201 (the 2010s), P3W, PXM, PT2H, PAST_REF,
	// XXXX-12-25 when the year cannot be known.
	Value string
	// Mod qualifies the value (APPROX, START, MORE_THAN...).
	Mod Mod
	// Point is, for a DURATION reckoned from another date ("two days
	// later"), the date it leads to (as TimeML's non-consuming TIMEX3
	// would give it), or "".
	Point string
	// Quant and Freq describe a SET: "every week" has Quant "EVERY",
	// "twice a week" Freq "2X".
	Quant, Freq string
	// Anchor says what a relative value was computed from, and
	// AnchorTimex is the index in Result.Timexes of the expression it was
	// computed from, or -1.
	Anchor      Anchor
	AnchorTimex int
	// Sentence is the index of the expression's sentence in the
	// segmentation.
	Sentence int
	// Rule names the recognition rule that found the expression, for
	// explanations and debugging.
	Rule string
}

// Interval returns the calendar interval [begin, end) that a DATE or
// TIME value covers (the whole of 2011 for "2011", one day for
// "2011-12-18"), and false for durations, sets, references such as
// PAST_REF and underspecified values.
func (t *Timex) Interval() (begin, end time.Time, ok bool) {
	if t.Type != Date && t.Type != Time {
		return
	}
	p, ok := parseValue(t.Value)
	if !ok {
		return
	}
	return p.interval()
}

// A Relation says how an event relates to the date that anchors it.
type Relation string

// Relations of events to their dates, from the preposition before the
// temporal expression.
const (
	At     Relation = "at"     // "on Sunday", "in 2011", "Friday morning"
	Since  Relation = "since"  // "since Friday"
	Until  Relation = "until"  // "until Monday", "by Monday"
	During Relation = "during" // "over the summer", "during the week", "over the past seven months"
	Before Relation = "before" // "before Friday"
	After  Relation = "after"  // "after Friday"
)

// An Event is something the text says happened (or will happen) at a
// date: the clause a DATE or TIME expression (or a DURATION anchored in
// time, such as "the past seven months" or "two days later") belongs to.
type Event struct {
	// Timex is the index in Result.Timexes of the anchoring expression.
	Timex int
	// Value is the anchoring expression's value (for "two days later" the
	// date it leads to).
	Value string
	// Relation is how the event relates to that date.
	Relation Relation
	// Begin and End are the calendar interval the event is placed in (for
	// "over the past seven months" the seven months up to the document's
	// date); the timeline is sorted by them.
	Begin, End time.Time
	// Clause is the span of the clause (or sentence) that states the
	// event, and Verb the span of its main verb, or zero if none was found.
	Clause analyzer.Span
	Verb   analyzer.Span
	// Duration is the index in Result.Timexes of a DURATION stated in the
	// same clause ("imposed a three-week state of emergency"), or -1.
	Duration int
	// Sentence is the index of the event's sentence.
	Sentence int
}

// A Result is what the timeline analyser finds in a document.
type Result struct {
	// Timexes are the temporal expressions in text order.
	Timexes []Timex
	// Events is the timeline: the events anchored to dates, in
	// chronological order (ties in text order).
	Events []Event

	text string // the document's text, for String
}

// String returns the readable timeline: one line per event, with its
// date, relation, verb and clause.
func (r *Result) String() string {
	var b strings.Builder
	for i := range r.Events {
		b.WriteString(r.EventString(i))
		b.WriteByte('\n')
	}
	return b.String()
}

// EventString returns event i as one readable line: the anchoring value
// (with the relation and any duration) and the clause, the verb marked
// with asterisks.
func (r *Result) EventString(i int) string {
	e := &r.Events[i]
	tx := &r.Timexes[e.Timex]
	head := e.Value
	if e.Relation != At {
		head = string(e.Relation) + " " + head
	}
	if tx.Mod != ModNone {
		head += " (" + string(tx.Mod) + ")"
	}
	if e.Duration >= 0 {
		head += " for " + r.Timexes[e.Duration].Value
	}
	clause := ""
	if e.Clause.Check(r.text) == nil {
		if e.Verb.Len() > 0 && e.Clause.Contains(e.Verb) {
			clause = r.text[e.Clause.Start:e.Verb.Start] + "*" + r.text[e.Verb.Start:e.Verb.End] + "*" + r.text[e.Verb.End:e.Clause.End]
		} else {
			clause = e.Clause.In(r.text)
		}
	}
	return fmt.Sprintf("%-24s %s", head, oneLine(clause))
}

// oneLine collapses white space runs to single spaces.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// parseValue parses a calendar value as String formats it (known values
// only: no X, no REF).
func parseValue(v string) (point, bool) {
	var p point
	n := 0
	read := func(width int) (int, bool) {
		if n+width > len(v) {
			return 0, false
		}
		x := 0
		for _, c := range []byte(v[n : n+width]) {
			if c < '0' || c > '9' {
				return 0, false
			}
			x = x*10 + int(c-'0')
		}
		n += width
		return x, true
	}
	lit := func(s string) bool {
		if strings.HasPrefix(v[n:], s) {
			n += len(s)
			return true
		}
		return false
	}
	switch len(v) {
	case 1:
		y, ok := read(1)
		return point{g: gMillennium, y: y * 1000}, ok
	case 2:
		y, ok := read(2)
		return point{g: gCentury, y: y * 100}, ok
	case 3:
		y, ok := read(3)
		return point{g: gDecade, y: y * 10}, ok
	}
	y, ok := read(4)
	if !ok {
		return p, false
	}
	p = point{g: gYear, y: y}
	if n == len(v) {
		return p, true
	}
	if !lit("-") {
		return p, false
	}
	switch {
	case lit("H"):
		p.g = gHalf
		p.part, ok = read(1)
		return p, ok && n == len(v) && p.part >= 1 && p.part <= 2
	case lit("Q"):
		p.g = gQuarter
		p.part, ok = read(1)
		return p, ok && n == len(v) && p.part >= 1 && p.part <= 4
	case lit("W"):
		p.g = gWeek
		p.w, ok = read(2)
		if lit("-WE") {
			p.weekend = true
		}
		return p, ok && n == len(v) && p.w >= 1 && p.w <= 53
	}
	for i, s := range seasonCodes[1:] {
		if lit(s) {
			p.g, p.part = gSeason, i+1
			return p, n == len(v)
		}
	}
	if p.m, ok = read(2); !ok || p.m < 1 || p.m > 12 {
		return p, false
	}
	p.g = gMonth
	if n == len(v) {
		return p, true
	}
	if !lit("-") {
		return p, false
	}
	if p.d, ok = read(2); !ok || p.d < 1 || p.d > 31 {
		return p, false
	}
	p.g = gDay
	if n == len(v) {
		return p, true
	}
	if !lit("T") {
		return p, false
	}
	for _, pod := range []string{"MO", "AF", "EV", "NI", "DT"} {
		if lit(pod) {
			p.g, p.pod = gPartOfDay, pod
			return p, n == len(v)
		}
	}
	if p.hh, ok = read(2); !ok || !lit(":") {
		return p, false
	}
	if p.mm, ok = read(2); !ok {
		return p, false
	}
	p.g = gMinute
	if lit(":") {
		if p.ss, ok = read(2); !ok {
			return p, false
		}
		p.g = gSecond
	}
	return p, n == len(v) && p.hh <= 24 && p.mm < 60 && p.ss < 60
}
