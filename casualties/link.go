package casualties

import (
	"sort"
	"time"

	"github.com/newsfacts/newsfacts/analyzer"
	"github.com/newsfacts/newsfacts/timeline"
)

// linkTimes links each figure to the date or time of its sentence that
// anchors it — the expression whose clause contains the figure, else the
// nearest one — and flags as background the figures dated well before the
// main event: the date of the first dated figure, or the article's date.
func linkTimes(figs []Figure, tl *timeline.Result, doc *analyzer.Document) {
	if tl == nil || len(figs) == 0 {
		return
	}
	ts := tl.Timexes
	// the event (clause) of each timex
	clause := make(map[int]analyzer.Span, len(tl.Events))
	for _, e := range tl.Events {
		clause[e.Timex] = e.Clause
	}
	type dated struct {
		begin, end time.Time
		ok         bool
	}
	dates := make([]dated, len(figs))
	for i := range figs {
		f := &figs[i]
		lo := sort.Search(len(ts), func(k int) bool { return ts[k].Sentence >= f.Sentence })
		best, bestDist, bestIn := -1, 0, false
		for k := lo; k < len(ts) && ts[k].Sentence == f.Sentence; k++ {
			t := &ts[k]
			if t.Type != timeline.Date && t.Type != timeline.Time {
				continue
			}
			in := clause[k].Contains(f.Trigger)
			d := distance(t.Span, f.Span)
			if best < 0 || in && !bestIn || in == bestIn && d < bestDist {
				best, bestDist, bestIn = k, d, in
			}
		}
		f.Timex = best
		if best >= 0 {
			b, e, ok := ts[best].Interval()
			dates[i] = dated{b, e, ok}
		}
	}
	// the main event's date
	var main dated
	for i := range figs {
		if dates[i].ok && figs[i].Counted() && harmedKind(figs[i].Kind) {
			main = dates[i]
			break
		}
	}
	if !main.ok && !doc.Published.IsZero() {
		p := doc.Published
		main = dated{p.AddDate(0, 0, -7), p.AddDate(0, 0, 1), true}
	}
	if !main.ok {
		return
	}
	limit := main.begin.AddDate(0, 0, -3)
	for i := range figs {
		if d := dates[i]; d.ok && !d.end.After(limit) {
			figs[i].Background = true
		}
	}
	// "In December, a woman drove onto the sidewalk, injuring 36" in a
	// January article whose own news came first, undated: a figure dated
	// only by an earlier month or year, after news of harm that is not
	// dated so, is another event's
	if p := doc.Published; !p.IsZero() {
		old := p.AddDate(0, 0, -21)
		news := false
		for i := range figs {
			f := &figs[i]
			if d := dates[i]; d.ok && !d.end.After(old) && news && f.Timex >= 0 && len(ts[f.Timex].Value) <= len("2006-01") {
				f.Background = true
			}
			if f.Counted() && harmedKind(f.Kind) && !f.event && !f.headline && (!dates[i].ok || dates[i].end.After(old)) {
				news = true
			}
		}
	}
}

// distance returns the number of bytes between two spans (0 if they
// overlap).
func distance(a, b analyzer.Span) int {
	switch {
	case a.End <= b.Start:
		return b.Start - a.End
	case b.End <= a.Start:
		return a.Start - b.End
	}
	return 0
}

// pronounsOfBackground flags as background a pronoun that refers back to
// a person of another event: the nearest person it may be, in its
// sentence or the one before, is told of in a background figure ("Her
// husband died of an illness last year. The coroner said he died of a
// stroke.").
func pronounsOfBackground(figs []Figure) {
	for i := range figs {
		f := &figs[i]
		if !f.Individual || f.who.ref != refPron || f.Background || f.headline {
			continue
		}
		// (a bounded look back: linear time)
		for j := i - 1; j >= 0 && j >= i-8 && figs[j].Sentence >= f.Sentence-1; j-- {
			o := &figs[j]
			if !o.Individual || o.Sentence == f.Sentence && o.SubjectSpan == f.SubjectSpan || !f.who.compatible(o.who) {
				continue
			}
			if o.who.ref != refPron || o.Background {
				f.Background = o.Background
				break
			}
		}
	}
}
