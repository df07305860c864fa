package timeline

import (
	"math"
	"time"

	"github.com/newsfacts/newsfacts/analyzer"
)

// A tx is a recognised expression before resolution: its extent in words,
// its type and modifiers, and the function that computes its value once
// the reference dates are known.
type tx struct {
	s, e        int // word range
	typ         Type
	mod         Mod
	quant, freq string
	rule        string
	eval        func(r *resolver) val
	// point, for a DURATION reckoned from another date ("two days later"),
	// computes the date it leads to.
	point func(r *resolver) val
	// Static facts the composing rules use.
	d   dur  // the duration of a DURATION, the period of a SET
	g   gran // the granularity of a DATE or TIME, when known statically
	rel bool // relative to a reference date
	// period marks an explicit reporting period (a quarter, a half) that
	// later comparisons refer to ("the third quarter ... a year earlier").
	period bool
	// fiscal marks a period named as a fiscal one ("the fiscal second
	// quarter"): a company's own calendar, a new report.
	fiscal bool
}

func (t *tx) bits() uint8 { return typeBit(t.typ) }

// A val is a resolved value.
type val struct {
	pt  point
	d   dur
	ref string // PRESENT_REF, PAST_REF, FUTURE_REF, or another literal value
	k   valKind
}

type valKind uint8

const (
	vPoint valKind = iota
	vDur
	vRef
)

func (v val) String() string {
	switch v.k {
	case vDur:
		return v.d.String()
	case vRef:
		return v.ref
	}
	return v.pt.String()
}

func ptVal(p point) val   { return val{pt: p, k: vPoint} }
func durVal(d dur) val    { return val{d: d, k: vDur} }
func refVal(s string) val { return val{ref: s, k: vRef} }

// Tenses, as the resolver sees them.
const (
	tensePast    = -1
	tenseNone    = 0
	tenseFuture  = 1
	tensePresent = 2
	tenseIntent  = 3 // plan, expect, schedule: the future when "to" follows
	tenseModal   = 4 // could, may: the future unless "have" follows
)

// A resolver computes values in text order, keeping track of the document
// date and of the narrative's dates.
type resolver struct {
	d      *docState
	dct    time.Time
	hasDCT bool
	cur    *tx
	ci     int  // the index of cur in d.cands
	ahead  bool // dayAhead is evaluating a later expression
	// The tense of tenseOf, computed once per expression.
	tenseOf  *tx
	tenseVal int
	// Dates resolved so far, most recent last (bounded).
	hist []histEntry
	// What the current expression was anchored on.
	anchor    Anchor
	anchorIdx int
	// The reporting period the text last named explicitly.
	period    histEntry
	hasPeriod bool
	// ytd is set when the text last named a part of the year up to the
	// document date ("the first nine months"): comparisons with "a year
	// earlier" are then with the year before the document's.
	ytd    bool
	ytdIdx int
	// compared is set by a comparison with the reporting period ("a year
	// earlier"), which does not become a date of the narrative.
	compared bool
}

type histEntry struct {
	p    point
	idx  int // index in the output
	sent int32
}

const histMax = 16

// doc returns the document date, recording it as the anchor.
func (r *resolver) doc() (time.Time, bool) {
	if r.hasDCT {
		r.use(AnchorDocument, -1)
	} else {
		r.use(AnchorMissing, -1)
	}
	return r.dct, r.hasDCT
}

func (r *resolver) use(a Anchor, idx int) {
	if r.anchor == AnchorNone || r.anchor == AnchorDocument {
		r.anchor, r.anchorIdx = a, idx
	}
}

// docPoint returns the document date at granularity g.
func (r *resolver) docPoint(g gran) (point, bool) {
	t, ok := r.doc()
	if !ok {
		return point{g: g, y: unknown}, false
	}
	return at(t, g), true
}

// narrative returns the most recent date of the narrative at granularity
// g or finer (coarsened to g when coarser is asked), falling back on the
// document date.
func (r *resolver) narrative(g gran) (point, bool) {
	for i := len(r.hist) - 1; i >= 0; i-- {
		h := r.hist[i]
		if h.p.g >= g && h.p.g <= gSecond {
			r.use(AnchorNarrative, h.idx)
			return h.p.coarsen(g), true
		}
	}
	return r.docPoint(g)
}

// reportPeriod returns the reporting period (a quarter, a half) the text
// last named explicitly: financial reports compare "the third quarter"
// with "a year earlier", meaning the same quarter of the year before.
func (r *resolver) reportPeriod() (point, bool) {
	if !r.hasPeriod {
		return point{}, false
	}
	r.use(AnchorNarrative, r.period.idx)
	return r.period.p, true
}

// comparedPeriod returns the period that "a year earlier" compares with:
// the reporting period, or the document's year after "the first nine
// months".
func (r *resolver) comparedPeriod() (point, bool) {
	if p, ok := r.reportPeriod(); ok {
		r.compared = true
		return p, true
	}
	if r.ytd && r.hasDCT {
		r.use(AnchorNarrative, r.ytdIdx)
		r.compared = true
		return at(r.dct, gYear), true
	}
	return point{}, false
}

// reportable reports whether a period can be what a report is about:
// one that has begun by the document date and ended no more than nine
// months before it ("the third quarter of 1990" in a report of October
// 1989 is a forecast). A period that is not over yet (a fiscal quarter,
// or a forecast such as "a fourth-quarter charge" in a report of November
// 1989) does not replace one that is: results are reported for periods
// that are over.
//
// A fiscal period ("the fiscal second quarter") is a company's own: it
// replaces the reported period even when earlier.
func (r *resolver) reportable(p point, fiscal bool) bool {
	if !r.hasDCT {
		return true
	}
	b, e, ok := p.interval()
	if !ok || b.After(r.dct) || !e.After(r.dct.AddDate(0, -9, 0)) {
		return false
	}
	if r.hasPeriod {
		_, pe, _ := r.period.p.interval()
		if e.After(r.dct.AddDate(0, 0, 1)) {
			return pe.After(r.dct.AddDate(0, 0, 1))
		}
		// An earlier period named after the reported one is a
		// comparison ("up from the second quarter"), not a new report.
		if e.Before(pe) && r.period.p.g == p.g && !fiscal {
			return false
		}
	}
	return true
}

// recentPeriod returns the most recent date of the narrative in this or
// the previous sentence if it is a period of granularity between lo and hi
// (a quarter, a month).
func (r *resolver) recentPeriod(lo, hi gran) (point, bool) {
	if len(r.hist) == 0 {
		return point{}, false
	}
	h := r.hist[len(r.hist)-1]
	if h.p.g < lo || h.p.g > hi || r.d.words[r.cur.s].sent-h.sent > 1 {
		return point{}, false
	}
	r.use(AnchorNarrative, h.idx)
	return h.p, true
}

// tense returns the tense of the clause around the current expression.
func (r *resolver) tense() int {
	if r.tenseOf != r.cur {
		r.tenseOf, r.tenseVal = r.cur, tenseAround(r.d, r.cur.s, r.cur.e)
	}
	return r.tenseVal
}

// dir turns a tense into a direction: -1 the past, +1 the future, 0 the
// present or unknown.
func dirOf(tense int) int {
	switch tense {
	case tensePast:
		return -1
	case tenseFuture:
		return 1
	}
	return 0
}

// weekday resolves a weekday (ISO 1-7). rel is 0 for a bare weekday
// (resolved by tense), -1 for "last", +1 for "next", 2 for "this".
func (r *resolver) weekday(wd, rel int) point {
	t, ok := r.doc()
	if !ok {
		return point{g: gDay, y: unknown, wd: wd}
	}
	cur := isoWD(t.Weekday())
	back := (cur - wd + 7) % 7 // days back to the previous (or same) such day
	fwd := (wd - cur + 7) % 7
	switch rel {
	case -1:
		if back == 0 {
			back = 7
		}
		return dayPoint(t.AddDate(0, 0, -back))
	case 1:
		if fwd == 0 {
			fwd = 7
		}
		return dayPoint(t.AddDate(0, 0, fwd))
	}
	if back == 0 {
		return dayPoint(t)
	}
	if rel == relPossessive {
		return dayPoint(t.AddDate(0, 0, -back))
	}
	switch r.tense() {
	case tenseFuture:
		return dayPoint(t.AddDate(0, 0, fwd))
	case tensePresent:
		if rel == 2 || fwd <= 3 {
			return dayPoint(t.AddDate(0, 0, fwd))
		}
	}
	return dayPoint(t.AddDate(0, 0, -back))
}

// inYear resolves a part of an unnamed year (a month, a day of a month, a
// season, a quarter): the document's year, or the year before or after it
// when the tense says the part is in the past or the future and it would
// otherwise be on the wrong side of the document date. rel is -1 for
// "last", +1 for "next", 0 by tense, 2 for "this".
func (r *resolver) inYear(p point, rel int) point {
	t, ok := r.doc()
	if !ok {
		p.y = unknown
		return p
	}
	p.y = t.Year()
	if p.g == gSeason && p.part == 4 && t.Month() <= 2 {
		p.y-- // the winter that began in December
	}
	switch rel {
	case -1, 1:
		// "last April": the latest April that began before the current
		// month; "next April" the earliest after it.
		cur, _, _ := at(t, p.g).interval()
		best, found := p, false
		for dy := -2; dy <= 2; dy++ {
			q := p
			q.y += dy
			b, _, ok := q.interval()
			if !ok {
				continue
			}
			if rel < 0 && b.Before(cur) {
				best, found = q, true // the latest so far
			}
			if rel > 0 && b.After(cur) && !found {
				best, found = q, true // the earliest
			}
		}
		return best
	case 2:
		return p
	}
	var cands [3]point
	for i := range cands {
		cands[i] = p
		cands[i].y += i - 1
	}
	return r.nearest(cands[:], t)
}

// nearest returns the candidate nearest the document date t, distances on
// the side of t that the tense does not point to counting wrongSide times.
func (r *resolver) nearest(cands []point, t time.Time) point {
	dir := dirOf(r.tense())
	best, bestDist := cands[0], math.MaxFloat64
	for _, q := range cands {
		b, e, ok := q.interval()
		if !ok {
			continue
		}
		var dist float64
		switch {
		case !e.After(t):
			dist = t.Sub(e).Hours()
			if dir > 0 {
				dist = dist*wrongSide + wrongSideMargin
			}
		case b.After(t):
			dist = b.Sub(t).Hours()
			if dir < 0 {
				dist = dist*wrongSide + wrongSideMargin
			}
		}
		if dist < bestDist {
			best, bestDist = q, dist
		}
	}
	return best
}

// A candidate year on the side of the document date that the tense does
// not point to counts its distance wrongSide times, plus wrongSideMargin
// hours: a date a few weeks on the wrong side is often right (a
// dividend "payable Dec. 7" in a report of October, whose clause the
// tense misreads), one months away hardly ever ("began in February" in a
// report of December is the February before).
var (
	wrongSide       = 4.0
	wrongSideMargin = 90 * 24.0
)

// holidayDate returns holiday h in year y.
func holidayDate(h, y int) (int, int) {
	hd := holidays[h]
	if hd.rule != nil {
		return hd.rule(y)
	}
	return hd.month, hd.day
}

// resolveAll computes the values of the recognised expressions in text
// order and returns them as Timexes.
func resolveAll(d *docState, dct time.Time, hasDCT bool, out []Timex) []Timex {
	r := &resolver{d: d, dct: dct, hasDCT: hasDCT}
	for ci, c := range d.cands {
		if c.eval == nil {
			continue // a blocker
		}
		r.ci = ci
		r.cur, r.anchor, r.anchorIdx, r.compared = c, AnchorNone, -1, false
		v := c.eval(r)
		value := v.String()
		if value == "" {
			continue
		}
		tm := Timex{
			Span: spanOf(d, c), Type: c.typ, Value: value, Mod: c.mod,
			Quant: c.quant, Freq: c.freq, Anchor: r.anchor, AnchorTimex: r.anchorIdx,
			Sentence: int(d.words[c.s].sent), Rule: c.rule,
		}
		if tm.Anchor == AnchorNone {
			tm.AnchorTimex = -1
		}
		var pv val
		if c.point != nil {
			pv = c.point(r)
			if tm.Point = pv.String(); r.anchor != AnchorNone {
				tm.Anchor, tm.AnchorTimex = r.anchor, r.anchorIdx
			}
		}
		out = append(out, tm)
		if c.point != nil && pv.k == vPoint && pv.pt.known() {
			r.hist = append(r.hist, histEntry{p: pv.pt, idx: len(out) - 1, sent: d.words[c.s].sent})
		}
		if c.period && v.k == vPoint && v.pt.known() && (v.pt.g == gQuarter || v.pt.g == gHalf) && r.reportable(v.pt, c.fiscal) {
			r.period, r.hasPeriod, r.ytd = histEntry{p: v.pt, idx: len(out) - 1, sent: d.words[c.s].sent}, true, false
		} else if c.typ == Duration && v.k == vDur && (v.d.unit == uYear || v.d.unit == uMonth && v.d.n >= 6) || !c.rel && v.k == vPoint && v.pt.g == gYear {
			// "In the first nine months, ... a year earlier": the
			// comparison is no longer about the quarter but about the
			// months of the year so far.
			r.hasPeriod = false
			r.ytd, r.ytdIdx = c.typ == Duration && v.d.unit == uMonth && v.d.n < 12, len(out)-1
		}
		if v.k == vPoint && v.pt.known() && (c.typ == Date || c.typ == Time) && !r.compared {
			r.hist = append(r.hist, histEntry{p: v.pt, idx: len(out) - 1, sent: d.words[c.s].sent})
			if len(r.hist) > histMax {
				copy(r.hist, r.hist[1:])
				r.hist = r.hist[:histMax]
			}
		}
	}
	return out
}

// spanOf returns the byte span of an expression.
func spanOf(d *docState, c *tx) analyzer.Span {
	return analyzer.Span{Start: d.words[c.s].s, End: d.words[c.e-1].e}
}
