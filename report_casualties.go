package newsfacts

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/newsfacts/newsfacts/analyzer"
	"github.com/newsfacts/newsfacts/casualties"
)

// The casualties part of the JSON contract.

// A Casualty is one casualty figure.
type Casualty struct {
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Text    string `json:"text"`
	Kind    string `json:"kind"` // killed, injured, missing, arrested, ...
	Min     *int64 `json:"min"`  // lower bound, null when unknown
	Max     *int64 `json:"max"`  // upper bound, null when unbounded
	Approx  bool   `json:"approx"`
	Subject string `json:"subject"` // who was counted: people, police officers, ...

	// Extensions of the contract.

	// Value is the best single estimate of the count, null when the text
	// gives none (unquantified).
	Value *int64 `json:"value"`
	// Number is the span of the words that give the count, absent when
	// unquantified.
	Number *analyzer.Span `json:"number,omitempty"`
	// Trigger is the span of the casualty word ("killed", "deaths").
	Trigger analyzer.Span `json:"trigger"`
	// Flags lists why a figure is not counted in the totals or how it
	// relates to them: negated, hypothetical, background, part,
	// additional, update, self, individual.
	Flags []string `json:"flags,omitempty"`
	// Timex is the index into timexes of the figure's time, when linked.
	Timex *int `json:"timex,omitempty"`
}

// A Total is the best estimate of one kind of casualty for the article's
// main event.
type Total struct {
	Min *int64 `json:"min"`
	Max *int64 `json:"max"`

	// Extensions of the contract: the best single estimate, whether it is
	// approximate or derived from other kinds (injured = shot - killed),
	// and the indices into casualties of the figures it rests on.
	Value   int64 `json:"value"`
	Approx  bool  `json:"approx,omitempty"`
	Derived bool  `json:"derived,omitempty"`
	Figures []int `json:"figures,omitempty"`
}

func init() {
	addSection(section{
		analyzer: casualties.Analyzer,
		rank:     30,
		fill:     fillCasualties,
		write:    writeCasualties,
	})
}

func bound(v int64) *int64 {
	if v == casualties.Unknown {
		return nil
	}
	return &v
}

func fillCasualties(rep *Report, res *analyzer.Result) error {
	r, err := analyzer.Get(res, casualties.Analyzer)
	if err != nil {
		return err
	}
	text := res.Doc.Text
	rep.Casualties = make([]Casualty, 0, len(r.Figures))
	for _, f := range r.Figures {
		c := Casualty{
			Start: f.Span.Start, End: f.Span.End, Text: f.Span.In(text),
			Kind: string(f.Kind), Min: bound(f.Min), Max: bound(f.Max), Approx: f.Approx,
			Subject: f.Subject, Value: bound(f.Value), Trigger: f.Trigger, Flags: figureFlags(&f),
		}
		if !f.Unquantified {
			n := f.Number
			c.Number = &n
		}
		if f.Timex >= 0 {
			t := f.Timex
			c.Timex = &t
		}
		rep.Casualties = append(rep.Casualties, c)
	}
	rep.CasualtyTotals = make(map[string]Total, len(r.Totals))
	for _, t := range r.Totals {
		rep.CasualtyTotals[string(t.Kind)] = Total{
			Min: bound(t.Min), Max: bound(t.Max), Value: t.Value,
			Approx: t.Approx, Derived: t.Derived, Figures: t.Figures,
		}
	}
	return nil
}

func figureFlags(f *casualties.Figure) []string {
	var out []string
	for _, fl := range []struct {
		on   bool
		name string
	}{{f.Negated, "negated"}, {f.Hypothetical, "hypothetical"}, {f.Background, "background"},
		{f.Part, "part"}, {f.Additional, "additional"}, {f.Update, "update"}, {f.Self, "self"},
		{f.Individual, "individual"}, {f.Unquantified, "unquantified"}} {
		if fl.on {
			out = append(out, fl.name)
		}
	}
	return out
}

func writeCasualties(w io.Writer, rep *Report) {
	if rep.Casualties == nil {
		return
	}
	fmt.Fprintf(w, "\nCasualties: %d figures\n", len(rep.Casualties))
	for _, c := range rep.Casualties {
		line := fmt.Sprintf("  %-9s %-16s", c.Kind, countString(c.Min, c.Max, c.Approx, c.Value == nil))
		if c.Subject != "" {
			line += " " + c.Subject
		}
		if len(c.Flags) > 0 {
			line += " (" + strings.Join(c.Flags, ", ") + ")"
		}
		when := ""
		if c.Timex != nil && *c.Timex < len(rep.Timexes) {
			when = " (" + rep.Timexes[*c.Timex].Text + ")"
		}
		fmt.Fprintf(w, "%-48s %q%s\n", line, strings.Join(strings.Fields(c.Text), " "), when)
	}
	if len(rep.CasualtyTotals) > 0 {
		fmt.Fprint(w, "  totals:")
		for _, k := range casualties.Kinds {
			if t, ok := rep.CasualtyTotals[string(k)]; ok {
				fmt.Fprintf(w, " %s %s;", k, countString(t.Min, t.Max, t.Approx, false))
			}
		}
		fmt.Fprintln(w)
	}
}

func countString(lo, hi *int64, approx, unq bool) string {
	if unq {
		return "unquantified"
	}
	var s string
	switch {
	case lo != nil && hi != nil && *lo == *hi:
		s = strconv.FormatInt(*lo, 10)
	case lo != nil && hi != nil:
		s = fmt.Sprintf("%d-%d", *lo, *hi)
	case lo != nil:
		s = fmt.Sprintf("min %d", *lo)
	case hi != nil:
		s = fmt.Sprintf("max %d", *hi)
	default:
		s = "?"
	}
	if approx {
		s += " approx"
	}
	return s
}
