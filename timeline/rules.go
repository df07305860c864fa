package timeline

import (
	"slices"
	"strings"
)

// The recognition rules, grouped by the kind of expression. Each rule is a
// pattern (see match.go for the syntax) and a function that builds the
// expression from the match, or returns nil to reject it. Element indices
// in the functions count every element of the pattern, optional ones
// included, from 0.
//
// Extents follow the TimeML TIMEX3 guidelines: prepositions ("on", "in",
// "since") are left out; determiners and modifiers that are part of the
// temporal phrase ("the past seven months", "early next year", "more than
// four decades") are in.

var rules = compile(allRules())

func allRules() []rule {
	var rs []rule
	for _, group := range [][]rule{absoluteRules, holidayRules(), weekdayRules, dayRules, periodRules,
		durationRules, setRules, timeRules, refRules, composeRules} {
		rs = append(rs, group...)
	}
	return rs
}

// --- Absolute dates: "December 20, 2011", "20 December 2011", "2011-12-20",
// "Dec. 20", "December 2011", "2011", "the 1990s", "the 20th century".

var absoluteRules = []rule{
	{name: "weekday-month-day-year", pat: "@weekday ,? @month @day ,? @year", fn: func(m *match) *tx {
		return absDay(int(m.num(5)), m.val(2), int(m.num(3)))
	}},
	{name: "weekday-day-month-year", pat: "@weekday ,? the? @day of? @month ,? @year", fn: func(m *match) *tx {
		return absDay(int(m.num(7)), m.val(5), int(m.num(3)))
	}},
	{name: "month-day-year", pat: "@month the? @day ,? @year", fn: func(m *match) *tx {
		return absDay(int(m.num(4)), m.val(0), int(m.num(2)))
	}},
	{name: "day-month-year", pat: "the? @day of? @month ,? @year", fn: func(m *match) *tx {
		return absDay(int(m.num(5)), m.val(3), int(m.num(1)))
	}},
	{name: "iso-date", pat: "@isodate", fn: func(m *match) *tx {
		a := m.w(0).aux
		return absDay(a/10000, a/100%100, a%100)
	}},
	{name: "weekday-month-day", pat: "@weekday ,? @month @day", fn: func(m *match) *tx {
		return partialDay(m.val(2), int(m.num(3)))
	}},
	{name: "weekday-day-month", pat: "@weekday ,? the? @day of? @month", fn: func(m *match) *tx {
		return partialDay(m.val(5), int(m.num(3)))
	}},
	{name: "month-day", pat: "@month the? @day", fn: func(m *match) *tx {
		if w := m.next(); w != nil && w.cls&(cUnit|cUnits) != 0 {
			return nil // "March 15 days"
		}
		return partialDay(m.val(0), int(m.num(2)))
	}},
	{name: "day-month", pat: "the? @day of? @month", fn: func(m *match) *tx {
		if !m.has(0) && !m.has(2) && m.w(1).cls&cOrd == 0 && m.w(1).cls&cInt == 0 {
			return nil
		}
		if m.w(1).cls&cInt == 0 && !m.has(2) {
			return nil // "third March"
		}
		return partialDay(m.val(3), int(m.num(1)))
	}},
	{name: "and-day", pat: "and|or|to|through @day", fn: func(m *match) *tx {
		// "April 24 and 25": the second day, of the first one's month.
		i := m.start
		w := m.w(1)
		if i < 2 || w.cls&cInt == 0 || m.d.words[i-2].cls&cMonth == 0 || m.d.words[i-1].cls&cDay == 0 ||
			m.d.words[i-2].sent != m.d.words[i].sent {
			return nil
		}
		if nx := m.next(); nx != nil && nx.cls&(cComma|cYear|cPrep) == 0 && !isPunct(m.d, m.end) {
			return nil // "May 4 and 25 people"
		}
		mo, d := m.d.words[i-2].ent().val, int(m.num(1))
		if int(m.d.words[i-1].num) >= d {
			return nil
		}
		m.start++
		return partialDay(mo, d)
	}},
	{name: "month-year", pat: "@month ,? of? @year", fn: func(m *match) *tx {
		return absMonth(int(m.num(3)), m.val(0))
	}},
	{name: "month-year2", pat: "@month ' @year2", fn: func(m *match) *tx {
		return absMonth(twoDigitYear(int(m.num(2))), m.val(0))
	}},
	{name: "month", pat: "@month", fn: func(m *match) *tx {
		if !monthAlone(m) {
			return nil
		}
		mo := m.val(0)
		if y, ok := yearAfter(m); ok {
			// "February this year", "July last year": that year's month
			// (the year stays an expression of its own, as in TimeBank).
			return relative(Date, gMonth, func(r *resolver) point {
				p, _ := r.docPoint(gYear)
				if p.y != unknown {
					p.y += y
				}
				return point{g: gMonth, y: p.y, m: mo}
			})
		}
		return relative(Date, gMonth, func(r *resolver) point { return r.inYear(point{g: gMonth, m: mo}, 0) })
	}},
	{name: "year", pat: "@year", fn: func(m *match) *tx {
		if !yearAlone(m) {
			return nil
		}
		return constant(Date, ptVal(point{g: gYear, y: int(m.num(0))}))
	}},
	{name: "fiscal-year", pat: "the? fiscal year? @year", fn: func(m *match) *tx {
		return constant(Date, ptVal(point{g: gYear, y: int(m.num(3))}))
	}},
	{name: "fiscal-year2", pat: "the? fiscal|fy year? ' @year2", fn: func(m *match) *tx {
		return constant(Date, ptVal(point{g: gYear, y: twoDigitYear(int(m.num(4)))}))
	}},
	{name: "the-year-n", pat: "the year @num", fn: func(m *match) *tx {
		y := int(m.num(2))
		if y < 1000 || y > 2199 {
			return nil
		}
		return constant(Date, ptVal(point{g: gYear, y: y}))
	}},
	{name: "year-in-words", pat: "@numword @num", fn: func(m *match) *tx {
		a, b := int(m.num(0)), int(m.num(1))
		if a < 11 || a > 20 || b < 10 || b > 99 || m.w(1).cls&cInt != 0 {
			return nil // "nineteen ninety-six"
		}
		return constant(Date, ptVal(point{g: gYear, y: a*100 + b}))
	}},
	{name: "year-apostrophe", pat: "' @year2", fn: func(m *match) *tx {
		p := m.prevKey()
		if p != "in" && p != "since" && p != "of" && p != "until" && p != "from" && p != "by" && p != "-" {
			return nil
		}
		return constant(Date, ptVal(point{g: gYear, y: twoDigitYear(int(m.num(1)))}))
	}},
	{name: "decade", pat: "the? '? @decade", fn: func(m *match) *tx {
		y := m.w(2).aux
		if y < 100 {
			y += 1900
		}
		if y%100 == 0 && m.w(2).e-m.w(2).s == 5 {
			return constant(Date, ptVal(point{g: gCentury, y: y}))
		}
		return constant(Date, ptVal(point{g: gDecade, y: y}))
	}},
	{name: "century", pat: "the? @ord -? century", fn: func(m *match) *tx {
		n := int(m.num(1))
		if n < 1 || n > 30 {
			return nil
		}
		return constant(Date, ptVal(point{g: gCentury, y: (n - 1) * 100}))
	}},
	{name: "millennium", pat: "the? @ord millennium", fn: func(m *match) *tx {
		n := int(m.num(1))
		if n < 1 || n > 3 {
			return nil
		}
		return constant(Date, ptVal(point{g: gMillennium, y: (n - 1) * 1000}))
	}},
}

// holidayRules are generated from holidayNames: "new year's day" becomes
// the pattern "new year 's day @year?".
func holidayRules() []rule {
	names := make([]string, 0, len(holidayNames))
	for n := range holidayNames {
		names = append(names, n)
	}
	slices.Sort(names)
	var rs []rule
	for _, n := range names {
		h := holidayNames[n]
		pat := strings.ReplaceAll(n, "'s", " 's")
		pat = strings.ReplaceAll(pat, "s' ", "s ' ")
		first := len(strings.Fields(pat))
		rs = append(rs, rule{name: "holiday-week", pat: pat + " week", fn: func(m *match) *tx {
			if m.w(0).cls&cCap == 0 {
				return nil
			}
			t := holidayTx(h)
			ev := t.eval
			t.g = gWeek
			t.eval = func(r *resolver) val {
				v := ev(r)
				v.pt = v.pt.coarsen(gWeek)
				return v
			}
			return t
		}})
		rs = append(rs, rule{name: "holiday", pat: pat + " ,? @year?", fn: func(m *match) *tx {
			if m.w(0).cls&cCap == 0 {
				return nil // "labor day" in lower case is not Labor Day
			}
			if m.has(first) && !m.has(first+1) {
				m.end-- // a trailing comma
			}
			if m.has(first + 1) {
				y := int(m.num(first + 1))
				mo, d := holidayDate(h, y)
				return absDay(y, mo, d)
			}
			return holidayTx(h)
		}})
	}
	return rs
}

// holidayTx is a holiday in the year the document date and the tense
// give.
func holidayTx(h int) *tx {
	return relative(Date, gDay, func(r *resolver) point {
		t, ok := r.doc()
		if !ok {
			hd := holidays[h]
			return point{g: gDay, y: unknown, m: hd.month, d: hd.day}
		}
		var cands [3]point
		for i := range cands {
			y := t.Year() - 1 + i
			mo, d := holidayDate(h, y)
			cands[i] = point{g: gDay, y: y, m: mo, d: d}
		}
		return r.nearest(cands[:], t)
	})
}

func absDay(y, mo, d int) *tx {
	if mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) || y < 1000 || y > 2199 {
		return nil
	}
	return constant(Date, ptVal(point{g: gDay, y: y, m: mo, d: d}))
}

func absMonth(y, mo int) *tx {
	if mo < 1 || mo > 12 || y < 1000 || y > 2199 {
		return nil
	}
	return constant(Date, ptVal(point{g: gMonth, y: y, m: mo}))
}

// partialDay is a day of a month without its year: the year comes from
// the document date and the tense.
func partialDay(mo, d int) *tx {
	if mo < 1 || mo > 12 || d < 1 || d > daysIn(2000, mo) {
		return nil
	}
	return relative(Date, gDay, func(r *resolver) point { return r.inYear(point{g: gDay, m: mo, d: d}, 0) })
}

func twoDigitYear(n int) int {
	if n < 30 {
		return 2000 + n
	}
	return 1900 + n
}

// yearAfter reads "this year", "last year" or "next year" right after the
// match as an offset from the document's year.
func yearAfter(m *match) (int, bool) {
	if m.end+1 >= m.limit || m.d.words[m.end+1].cls&cUnit == 0 || unit(m.d.words[m.end+1].ent().val) != uYear {
		return 0, false
	}
	switch m.nextKey() {
	case "this":
		return 0, true
	case "last":
		return -1, true
	case "next":
		return 1, true
	}
	return 0, false
}

// monthAlone accepts a month name on its own unless it is the word "May"
// or "March" without a temporal context (the modal verb, the march).
func monthAlone(m *match) bool {
	w := m.w(0)
	if w.cls&cCap == 0 {
		return false
	}
	k := m.key(0)
	if !strings.HasSuffix(k, ".") && len(k) <= 4 && k != "may" && k != "june" && k != "july" {
		return false // "Jan Kavan": an abbreviation without its period stands with a day or a year only
	}
	if k != "may" && k != "march" && !strings.HasSuffix(k, ".") && len(k) > 3 {
		return true
	}
	switch m.prevKey() {
	case "in", "since", "until", "till", "by", "of", "from", "through", "last", "next", "this", "early", "late",
		"mid", "-", "before", "after", "during", "between", "and", "or", "to", "that", "each", "every", "end":
		return true
	}
	return false
}

// yearAlone accepts a four-digit number as a year unless it looks like a
// quantity: "$1990", "1,990", "1990 people" are not years.
func yearAlone(m *match) bool {
	w := m.w(0)
	d := m.d
	if w.s > 0 {
		switch d.text[w.s-1] {
		case '$', '#', '.', ',':
			return false
		}
	}
	if w.e < len(d.text) && (d.text[w.e] == '%' || d.text[w.e] == '.' && w.e+1 < len(d.text) && d.text[w.e+1] >= '0' && d.text[w.e+1] <= '9') {
		return false
	}
	if nx := m.next(); nx != nil {
		if nx.cls&(cUnit|cUnits) != 0 && m.prevKey() != "in" {
			return false
		}
		switch strings.ToLower(d.text[nx.s:nx.e]) {
		case "percent", "%", "people", "troops", "dollars", "workers", "shares", "members", "employees", "soldiers", "cases", "votes", "points", "feet", "meters", "metres", "miles", "kilometers", "tons", "tonnes", "barrels", "yen", "euros", "pounds":
			return false
		}
	}
	n := int(w.num)
	if n >= 1900 && n <= 2099 {
		return true
	}
	switch m.prevKey() {
	case "in", "since", "until", "by", "from", "of", "before", "after", "year", "fiscal", "early", "late", "mid", "-", "through", "to", "and", "between":
		return true
	}
	return false
}

// --- Weekdays: "Sunday", "last Friday", "Friday morning".

var weekdayRules = []rule{
	{name: "weekday", pat: "@weekday", fn: func(m *match) *tx {
		wd := m.val(0)
		if m.w(0).cls&cCap == 0 {
			return nil
		}
		rel := 0
		if m.nextKey() == "'s" {
			// "Wednesday's ruling", "Friday's close": news names an
			// event by its day once it has happened, unless it looks
			// ahead to it ("ahead of Sunday's vote").
			switch p := m.prevKey(); {
			case p == "until" || p == "till" || p == "of" && m.start > 1 && m.d.words[m.start-2].ent().keyOr() == "ahead":
				rel = 1
			case p != "for" && p != "by" && p != "to" && p != "before":
				rel = relPossessive
			}
		}
		return relative(Date, gDay, func(r *resolver) point { return r.weekday(wd, rel) })
	}},
	{name: "rel-weekday", pat: "last|next|this|coming|past @weekday", fn: func(m *match) *tx {
		wd, rel := m.val(1), relOf(m.key(0))
		return relative(Date, gDay, func(r *resolver) point { return r.weekday(wd, rel) })
	}},
	{name: "previous-weekday", pat: "the previous|following|next|prior @weekday", fn: func(m *match) *tx {
		wd, rel := m.val(2), relOf(m.key(1))
		if m.key(1) == "following" || m.key(1) == "next" {
			rel = 1
		} else {
			rel = -1
		}
		return relative(Date, gDay, func(r *resolver) point {
			p, ok := r.narrative(gDay)
			if !ok {
				return point{g: gDay, y: unknown, wd: wd}
			}
			t, _ := p.date()
			cur := isoWD(t.Weekday())
			if rel < 0 {
				back := (cur - wd + 7) % 7
				if back == 0 {
					back = 7
				}
				return dayPoint(t.AddDate(0, 0, -back))
			}
			fwd := (wd - cur + 7) % 7
			if fwd == 0 {
				fwd = 7
			}
			return dayPoint(t.AddDate(0, 0, fwd))
		})
	}},
	{name: "this-past-weekday", pat: "this past|coming @weekday", fn: func(m *match) *tx {
		wd, rel := m.val(2), relOf(m.key(1))
		return relative(Date, gDay, func(r *resolver) point { return r.weekday(wd, rel) })
	}},
	{name: "weekday-pod", pat: "last|next|this? @weekday @pod", fn: func(m *match) *tx {
		wd, rel, pod := m.val(1), relOf(m.key(0)), pods[m.val(2)]
		if m.key(2) == "overnight" || strings.HasSuffix(m.key(2), "s") {
			return nil
		}
		return relative(Time, gPartOfDay, func(r *resolver) point {
			p := r.weekday(wd, rel)
			p.g, p.pod = gPartOfDay, pod
			return p
		})
	}},
}

// relPossessive marks a weekday in the possessive ("Wednesday's
// ruling"): the last such day, or the document's.
const relPossessive = -2

func relOf(k string) int {
	switch k {
	case "last", "past", "previous":
		return -1
	case "next", "coming":
		return 1
	case "this":
		return 2
	}
	return 0
}

// --- Days relative to the document or the narrative: "today", "yesterday
// morning", "the next day", "that night".

var dayRules = []rule{
	{name: "day-rel", pat: "@dayrel", fn: func(m *match) *tx {
		n := m.val(0)
		if n == 10 { // tonight
			return relative(Time, gPartOfDay, func(r *resolver) point {
				p, _ := r.docPoint(gDay)
				p.g, p.pod = gPartOfDay, "NI"
				return p
			})
		}
		return relative(Date, gDay, func(r *resolver) point {
			p, _ := r.docPoint(gDay)
			return p.shift(n, gDay)
		})
	}},
	{name: "day-rel-pod", pat: "@dayrel @pod", fn: func(m *match) *tx {
		n, pod := m.val(0), pods[m.val(1)]
		if n == 10 || m.key(1) == "overnight" {
			return nil
		}
		return relative(Time, gPartOfDay, func(r *resolver) point {
			p, _ := r.docPoint(gDay)
			p = p.shift(n, gDay)
			p.g, p.pod = gPartOfDay, pod
			return p
		})
	}},
	{name: "this-pod", pat: "this|last @pod", fn: func(m *match) *tx {
		pod := pods[m.val(1)]
		n := 0
		if m.key(0) == "last" {
			if m.key(1) != "night" {
				return nil
			}
			n = -1
		}
		return relative(Time, gPartOfDay, func(r *resolver) point {
			p, _ := r.docPoint(gDay)
			p = p.shift(n, gDay)
			p.g, p.pod = gPartOfDay, pod
			return p
		})
	}},
	{name: "day-before-yesterday", pat: "the day before|after yesterday|tomorrow", fn: func(m *match) *tx {
		n := 2
		if m.key(3) == "yesterday" {
			n = -2
		}
		if (m.key(2) == "after") != (n > 0) {
			return nil
		}
		return relative(Date, gDay, func(r *resolver) point {
			p, _ := r.docPoint(gDay)
			return p.shift(n, gDay)
		})
	}},
	// The narrative: "the next day", "the previous week", "that night".
	{name: "narrative-next", pat: "the next|following|previous|prior|same @unit|@pod", fn: narrativeRel},
	{name: "narrative-that", pat: "that|earlier|later same? @unit|@pod", fn: narrativeRel},
	{name: "narrative-earlier-that", pat: "earlier|later that|the same? @unit|@pod", fn: func(m *match) *tx {
		t := narrativeRel(m)
		if t != nil {
			t.rule = "narrative-earlier-that"
		}
		return t
	}},
	{name: "one-day", pat: "one|some day", fn: func(m *match) *tx {
		// "Islam will one day be...": an adverb, some day in the future
		// (or the past, in a past narrative).
		nx := m.next()
		if nx == nil || m.prev() != nil && m.prev().cls&cPrep != 0 {
			return nil
		}
		if t, ok := m.d.tagOf(m.end); !ok || !t.IsVerb() {
			return nil
		}
		return &tx{typ: Date, rel: true, eval: func(r *resolver) val {
			if r.tense() == tensePast {
				return refVal("PAST_REF")
			}
			return refVal("FUTURE_REF")
		}}
	}},
	{name: "the-pod", pat: "the @pod", fn: func(m *match) *tx {
		switch m.prevKey() {
		case "in", "during", "by", "until", "through", "throughout":
		default:
			return nil
		}
		if m.key(1) == "overnight" || strings.HasSuffix(m.key(1), "s") || m.key(1) == "daytime" {
			return nil
		}
		return narrativeDay(0, pods[m.val(1)])
	}},
	{name: "mid-pod", pat: "early|late|mid -? @pod", fn: func(m *match) *tx {
		if m.key(2) == "overnight" || strings.HasSuffix(m.key(2), "s") || m.key(2) == "daytime" {
			return nil
		}
		if w := m.next(); m.has(1) && w != nil && isLowerWord(m.d, w) && w.cls&cPrep == 0 {
			return nil // "a late-night session": an adjective
		}
		t := narrativeDay(0, pods[m.val(2)])
		t.mod = map[int]Mod{1: ModStart, 2: ModMid, 3: ModEnd}[m.val(0)]
		return t
	}},
	{name: "later-in-the-day", pat: "later|earlier in the day", fn: func(m *match) *tx {
		m.start += 2
		return narrativeDay(0, "")
	}},
	{name: "day-before", pat: "the|a day|night before|earlier", fn: func(m *match) *tx {
		if m.key(0) == "a" {
			return nil
		}
		pod := ""
		if m.key(1) == "night" {
			pod = "NI"
		}
		return narrativeDay(-1, pod)
	}},
}

// narrativeRel builds "the next day", "the following week", "that
// night": the narrative's date moved by one unit (or not moved).
func narrativeRel(m *match) *tx {
	last := len(m.r.elems) - 1
	rel := 0
	for k := 0; k < last; k++ {
		switch m.key(k) {
		case "next", "following":
			rel = 1
		case "previous", "prior":
			rel = -1
		}
	}
	w := m.w(last)
	if w.cls&cPOD != 0 {
		if m.key(last) == "overnight" || strings.HasSuffix(m.key(last), "s") {
			return nil
		}
		return narrativeDay(rel, pods[m.val(last)])
	}
	u := m.unit(last)
	if m.key(0) == "that" && u != uDay && u != uWeek && u != uMonth && u != uYear && u != uWeekend {
		return nil
	}
	if u == uDay {
		return narrativeDay(rel, "")
	}
	if u < uDay {
		return nil
	}
	g := unitGran[u]
	return relative(Date, g, func(r *resolver) point {
		p, _ := r.narrative(g)
		if u == uWeekend {
			p.weekend = true
		}
		return p.shift(rel, g)
	})
}

// narrativeDay is the narrative's day moved by n days, at a part of the
// day if pod is set.
func narrativeDay(n int, pod string) *tx {
	typ, g := Date, gDay
	if pod != "" {
		typ, g = Time, gPartOfDay
	}
	return relative(typ, g, func(r *resolver) point {
		p, _ := r.narrative(gDay)
		p = p.shift(n, gDay)
		if pod != "" {
			p.g, p.pod = gPartOfDay, pod
		}
		return p
	})
}

// --- Periods relative to the document date: "this week", "last year",
// "the summer", "the third quarter", "the year-earlier quarter".

var periodRules = []rule{
	{name: "rel-unit", pat: "this|last|next|current|coming @unit", fn: func(m *match) *tx {
		u, rel := m.unit(1), relOf(m.key(0))
		if u < uWeekend {
			return nil // "this day", "next hour"
		}
		if rel == 2 || m.key(0) == "current" {
			rel = 0
		}
		g := unitGran[u]
		if u == uQuarter && m.key(0) == "this" {
			// "This quarter's loss": in a report, the quarter reported.
			return relative(Date, g, func(r *resolver) point {
				if p, ok := r.reportPeriod(); ok && p.g == gQuarter {
					return p
				}
				return r.rel(u, 0)
			})
		}
		return relative(Date, g, func(r *resolver) point { return r.rel(u, rel) })
	}},
	{name: "the-current-unit", pat: "the current|present fiscal? @unit", fn: func(m *match) *tx {
		u := m.unit(3)
		if u < uWeekend {
			return nil
		}
		g := unitGran[u]
		return relative(Date, g, func(r *resolver) point { return r.rel(u, 0) })
	}},
	{name: "the-unit", pat: "the fiscal? week|month|year|weekend|decade|century", fn: func(m *match) *tx {
		u := m.unit(2)
		if m.nextKey() == "of" || m.nextKey() == "'s" && u != uYear {
			return nil
		}
		if w := m.next(); m.has(1) || w != nil && w.cls&(cYear|cNum) == 0 && spanningWords[strings.ToLower(m.d.text[w.s:w.e])] {
			return durationTx(dur{n: 1, unit: u}) // "the year ended June 30", "the fiscal year"
		}
		if u == uWeekend {
			return relative(Date, gWeek, func(r *resolver) point {
				p := r.weekday(6, 0).coarsen(gWeek)
				p.weekend = true
				return p
			})
		}
		g := unitGran[u]
		return relative(Date, g, func(r *resolver) point {
			if p, ok := r.recentPeriod(g, g); ok {
				return p
			}
			return r.rel(u, 0)
		})
	}},
	{name: "rel-season", pat: "this|last|next|past|coming @season", fn: func(m *match) *tx {
		s, rel := m.val(1), relOf(m.key(0))
		return relative(Date, gSeason, func(r *resolver) point { return r.inYear(point{g: gSeason, part: s}, rel) })
	}},
	{name: "season", pat: "the? @season", fn: func(m *match) *tx {
		s := m.val(1)
		if m.nextKey() == "of" {
			if m.end+1 >= m.limit || m.d.words[m.end+1].cls&(cYear|cNumWord) == 0 {
				return nil // "the fall of the wall"; "the fall of 1990" is composed
			}
		}
		if !m.has(0) {
			switch m.prevKey() {
			case "in", "during", "since", "until", "by", "this", "last", "next", "early", "late", "mid", "-", "through", "over", "throughout":
			default:
				return nil
			}
		}
		return relative(Date, gSeason, func(r *resolver) point { return r.inYear(point{g: gSeason, part: s}, 0) })
	}},
	{name: "season-year", pat: "the? @season of? @year", fn: func(m *match) *tx {
		return constant(Date, ptVal(point{g: gSeason, y: int(m.num(3)), part: m.val(1)}))
	}},
	{name: "rel-month", pat: "last|next|this|past @month @day?", fn: func(m *match) *tx {
		mo, rel := m.val(1), relOf(m.key(0))
		if m.has(2) {
			// "last Oct. 23": the day, in the last (next) such month.
			d := int(m.num(2))
			if m.w(2).cls&cInt == 0 && m.w(2).cls&cOrd == 0 || d > daysIn(2000, mo) {
				return nil
			}
			return relative(Date, gDay, func(r *resolver) point {
				p := r.inYear(point{g: gMonth, m: mo}, rel)
				p.g, p.d = gDay, d
				return p
			})
		}
		return relative(Date, gMonth, func(r *resolver) point { return r.inYear(point{g: gMonth, m: mo}, rel) })
	}},
	{name: "quarter", pat: "the? fiscal? -? @ord -? fiscal? quarter|half|quarters", fn: func(m *match) *tx {
		return quarterTx(m, 3, 6, 0)
	}},
	{name: "quarter-of-year", pat: "the? fiscal? -? @ord -? fiscal? quarter|half of? fiscal? @year", fn: func(m *match) *tx {
		return quarterTx(m, 3, 6, int(m.num(9)))
	}},
	{name: "year-quarter", pat: "the? fiscal? @year fiscal? @ord -? quarter|half", fn: func(m *match) *tx {
		return quarterTx(m, 4, 6, int(m.num(2)))
	}},
	{name: "the-quarter", pat: "the latest|last|past|recent|current|previous|same|comparable? quarter|period", fn: func(m *match) *tx {
		k := m.key(1)
		if m.key(2) == "period" && k != "latest" && k != "same" && k != "comparable" {
			return nil
		}
		if m.nextKey() == "of" || m.nextKey() == "century" {
			return nil
		}
		if (k == "last" || k == "past") && m.key(2) == "quarter" {
			return nil // "the last quarter" is a duration, below
		}
		rel := 0
		if k == "previous" {
			rel = -1
		}
		return relative(Date, gQuarter, func(r *resolver) point {
			if p, ok := r.reportPeriod(); ok {
				return p.shift(rel, p.g)
			}
			p, ok := r.docPoint(gQuarter)
			if !ok {
				return p
			}
			if k == "current" || k == "same" {
				return p
			}
			// The latest quarter a report can be about is the one before
			// the document's.
			return p.shift(rel-1, gQuarter)
		})
	}},
	{name: "period-a-year-ago", pat: "the quarter|period a|one year ago|earlier", fn: func(m *match) *tx {
		return lastYearsPeriod() // "the quarter a year ago"
	}},
	{name: "year-earlier", pat: "the? year - ago|earlier quarter|period|month|year?", fn: func(m *match) *tx {
		if m.has(0) && !m.has(4) {
			m.start++ // "the year-earlier profit": the adjective only
		}
		return lastYearsPeriod()
	}},
	{name: "year-earlier-duration", pat: "the? year - ago|earlier @num @units", fn: func(m *match) *tx {
		if m.w(4).cls&cOrd != 0 {
			return nil
		}
		return durationTx(dur{n: m.num(4), unit: m.unit(5)})
	}},
	{name: "year-period", pat: "the? @year quarter|period|half", fn: func(m *match) *tx {
		y := int(m.num(1))
		return relative(Date, gQuarter, func(r *resolver) point {
			if p, ok := r.reportPeriod(); ok {
				p.y = y
				return p
			}
			return point{g: gYear, y: y}
		})
	}},
	{name: "year-end", pat: "the? year|month -? end|'s", fn: func(m *match) *tx {
		if m.key(2) == "'s" {
			return nil
		}
		u := m.unit(1)
		return yearEnd(u)
	}},
	{name: "years-end", pat: "the? year|month 's end", fn: func(m *match) *tx { return yearEnd(m.unit(1)) }},
	{name: "that-quarter", pat: "that|this quarter|period", fn: func(m *match) *tx {
		this := m.key(0) == "this"
		if m.key(1) == "period" && this {
			return nil
		}
		return relative(Date, gQuarter, func(r *resolver) point {
			if !this {
				if p, ok := r.reportPeriod(); ok {
					return p
				}
			}
			p, _ := r.docPoint(gQuarter)
			return p
		})
	}},
	{name: "week-of", pat: "the week of @month @day", fn: func(m *match) *tx {
		mo, d := m.val(3), int(m.num(4))
		if d > daysIn(2000, mo) {
			return nil
		}
		return relative(Date, gWeek, func(r *resolver) point {
			p := r.inYear(point{g: gDay, m: mo, d: d}, 0)
			return p.coarsen(gWeek)
		})
	}},
}

// spanningWords after "the year" make it a span of a year rather than a
// calendar year: "the year ended June 30", "the year to March".
var spanningWords = map[string]bool{"ended": true, "ending": true, "ends": true, "to": true, "through": true, "before": true, "since": true}

// yearEnd is the end of the current year or month: "year-end", "by
// month's end".
func yearEnd(u unit) *tx {
	g := unitGran[u]
	t := relative(Date, g, func(r *resolver) point {
		p, _ := r.docPoint(g)
		return p
	})
	t.mod = ModEnd
	return t
}

// quarterTx builds "the third quarter", "the first half of 1990": ord is
// the index of the ordinal element, unit that of quarter/half, y the year
// or 0.
func quarterTx(m *match, ord, unitK, y int) *tx {
	n := int(m.num(ord))
	g, max := gQuarter, 4
	if m.key(unitK) == "half" {
		g, max = gHalf, 2
	}
	if m.key(unitK) == "quarters" {
		// "the first three quarters": a duration of quarters.
		if n < 2 || n > 4 || m.w(ord).cls&cOrd != 0 {
			return nil
		}
		return durationTx(dur{n: float64(n), unit: uQuarter})
	}
	if m.w(ord).cls&cOrd == 0 || n < 1 || n > max {
		return nil
	}
	if m.nextKey() == "of" && y == 0 && m.end+1 < m.limit {
		switch m.d.words[m.end+1].ent().keyOr() {
		case "the", "a", "its", "his", "their":
			return nil // "the third quarter of the game"; "of next year" is composed
		}
	}
	if m.has(0) && m.has(ord+1) && m.w(ord+1).cls&cHyphen != 0 {
		m.start++ // "the third-quarter results": the adjective only
	}
	var t *tx
	if y != 0 {
		t = constant(Date, ptVal(point{g: g, y: y, part: n}))
	} else {
		t = relative(Date, g, func(r *resolver) point { return r.inYear(point{g: g, part: n}, 0) })
	}
	t.period = true
	for k := m.start; k < m.end; k++ {
		if m.d.words[k].ent().keyOr() == "fiscal" {
			t.fiscal = true
		}
	}
	return t
}

// lastYearsPeriod is the reporting period of the year before ("the
// year-ago quarter"), or the year before the document's.
func lastYearsPeriod() *tx {
	return relative(Date, gQuarter, func(r *resolver) point {
		if p, ok := r.reportPeriod(); ok {
			return p.shift(-1, gYear)
		}
		p, _ := r.docPoint(gYear)
		return p.shift(-1, gYear)
	})
}

// --- Durations: "three weeks", "three-week", "the past seven months",
// "months-long", "a few days", "two and a half years".

var durationRules = []rule{
	{name: "num-unit", pat: "the? @num -? @unit|@units -? long|old?", fn: func(m *match) *tx {
		n := m.num(1)
		w := m.w(1)
		if w.cls&(cOrd|cFraction) != 0 || n <= 0 {
			return nil
		}
		if m.has(4) && !m.has(5) {
			m.end-- // "three-week-" never; keep extent tidy
		}
		if m.has(2) && !m.w(2).attached {
			return nil
		}
		if m.has(0) && w.cls&cInt != 0 && n > 31 && m.unit(3) == uYear {
			// "the 1990 year" is no duration
			return nil
		}
		if m.key(5) == "old" {
			return blocker() // ages ("a 6-year-old", "52 years old") are not marked
		}
		if m.has(0) && m.w(2) != nil {
			m.start++ // "the two-week strike": the adjective only
		}
		return durationTx(dur{n: n, unit: m.unit(3)})
	}},
	{name: "num-fraction-unit", pat: "@num @fraction @units", fn: func(m *match) *tx {
		return durationTx(dur{n: m.num(0) + m.num(1), unit: m.unit(2)})
	}},
	{name: "num-and-a-half", pat: "@num and a half @units", fn: func(m *match) *tx {
		return durationTx(dur{n: m.num(0) + 0.5, unit: m.unit(4)})
	}},
	{name: "unit-and-a-half", pat: "a|an|one @unit and a half", fn: func(m *match) *tx {
		return durationTx(dur{n: 1.5, unit: m.unit(1)})
	}},
	{name: "half-a-unit", pat: "half a|an @unit", fn: func(m *match) *tx {
		return durationTx(dur{n: 0.5, unit: m.unit(2)})
	}},
	{name: "a-half-unit", pat: "a|an half -? @unit", fn: func(m *match) *tx {
		return durationTx(dur{n: 0.5, unit: m.unit(3)})
	}},
	{name: "a-unit", pat: "a|an|one @unit -? long|old?", fn: func(m *match) *tx {
		u := m.unit(1)
		if m.has(2) != m.has(3) {
			return nil
		}
		if m.key(3) == "old" {
			return blocker()
		}
		if u == uSecond && m.key(1) == "second" && m.key(0) != "one" {
			if w := m.next(); w != nil && w.ent() == nil && isLowerWord(m.d, w) {
				return nil // "a second group": the ordinal
			}
		}
		if !m.has(3) && perMarker(m) {
			t := setTx(dur{n: 1, unit: u}, "")
			return t
		}
		return durationTx(dur{n: 1, unit: u})
	}},
	{name: "unit-long", pat: "@unit|@units - long|old", fn: func(m *match) *tx {
		u := m.unit(0)
		if m.key(2) == "old" {
			return blocker()
		}
		if m.w(0).cls&cUnits != 0 {
			return durationTx(dur{x: true, unit: u})
		}
		return durationTx(dur{n: 1, unit: u})
	}},
	{name: "vague-units", pat: "a? few|several|many|some|couple|numerous of? @units", fn: func(m *match) *tx {
		k := m.key(1)
		if k == "couple" {
			if !m.has(0) {
				return nil
			}
			return durationTx(dur{n: 2, unit: m.unit(3)})
		}
		if m.has(2) || (m.has(0) && k != "few") {
			return nil
		}
		return durationTx(dur{x: true, unit: m.unit(3)})
	}},
	{name: "several-unit", pat: "few|several|many - @unit", fn: func(m *match) *tx {
		return durationTx(dur{x: true, unit: m.unit(2)})
	}},
	{name: "n-kind-units", pat: "@num trading|business|working|school|full|straight|consecutive|calendar @units", fn: func(m *match) *tx {
		n := m.num(0)
		if m.w(0).cls&(cOrd|cFraction|cYear) != 0 || n <= 0 {
			return nil
		}
		return durationTx(dur{n: n, unit: m.unit(2)}) // "eight trading days"
	}},
	{name: "n-more-units", pat: "@num more|additional|further|extra @units", fn: func(m *match) *tx {
		n := m.num(0)
		if m.w(0).cls&(cOrd|cFraction|cYear) != 0 || n <= 0 {
			return nil
		}
		return durationTx(dur{n: n, unit: m.unit(2)}) // "two more weeks"
	}},
	{name: "another-unit", pat: "an? additional|extra|further|another @num? @unit|@units", fn: func(m *match) *tx {
		n := 1.0
		if m.has(2) {
			if m.w(2).cls&(cOrd|cFraction) != 0 {
				return nil
			}
			n = m.num(2)
		} else if m.w(3).cls&cUnits != 0 {
			return nil
		}
		if m.key(1) != "another" && !m.has(0) && !m.has(2) {
			return nil
		}
		return durationTx(dur{n: n, unit: m.unit(3)})
	}},
	{name: "the-first-units", pat: "the first|last|final|early|closing|opening @units", fn: func(m *match) *tx {
		u := m.unit(2)
		if u < uHour || m.nextKey() == "of" && m.key(1) == "early" {
			return nil
		}
		return durationTx(dur{x: true, unit: u})
	}},
	{name: "units", pat: "@units", fn: func(m *match) *tx {
		u := m.unit(0)
		if u < uDay || u == uQuarter {
			return nil
		}
		switch m.prevKey() {
		case "the", "these", "those", "their", "his", "her", "its", "our", "my", "your", "of":
			return nil
		}
		if m.nextKey() == "of" && u != uYear && u != uMonth {
			return nil
		}
		return durationTx(dur{x: true, unit: u})
	}},
	{name: "the-past-n-units", pat: "the? past|last|next|previous|coming|first|following|final|recent|initial|remaining @num @units", fn: func(m *match) *tx {
		if m.w(2).cls&(cOrd|cFraction) != 0 {
			return nil
		}
		return durationTx(dur{n: m.num(2), unit: m.unit(3)})
	}},
	{name: "the-past-few-units", pat: "the? past|last|next|previous|coming|first|following|recent few|several|couple of? @units", fn: func(m *match) *tx {
		if m.key(2) == "couple" {
			return durationTx(dur{n: 2, unit: m.unit(4)})
		}
		if m.has(3) {
			return nil
		}
		return durationTx(dur{x: true, unit: m.unit(4)})
	}},
	{name: "the-past-unit", pat: "the past|last|next|previous|coming|following|entire|whole|full @unit", fn: func(m *match) *tx {
		u := m.unit(2)
		k := m.key(1)
		if u == uQuarter && k != "past" && k != "last" {
			return nil
		}
		if k == "next" || k == "following" || k == "previous" {
			if u == uDay {
				return nil // "the next day" is a date
			}
			if m.prevKey() != "over" && m.prevKey() != "during" && m.prevKey() != "for" && m.prevKey() != "within" && m.prevKey() != "in" {
				return nil // "the next year" is a date unless it spans
			}
		}
		if k == "full" || k == "entire" || k == "whole" {
			if u != uYear {
				return durationTx(dur{n: 1, unit: u})
			}
			return relative(Date, gYear, func(r *resolver) point { return r.rel(uYear, 0) })
		}
		return durationTx(dur{n: 1, unit: u})
	}},
}

// perMarker reports whether "a <unit>" follows a quantity, making it a
// rate ("$5 million a year", "twice a week"): a SET.
func perMarker(m *match) bool {
	switch m.nextKey() {
	case "ago", "earlier", "later", "before", "after", "from", "and":
		return false
	}
	p := m.prev()
	if p == nil {
		return false
	}
	switch strings.ToLower(m.d.text[p.s:p.e]) {
	case "percent", "%", "times", "twice", "once", "thrice":
		return true
	}
	// A quantity just before: "$5 million a year", "four flights a week",
	// "358,000 a month".
	for k := m.start - 1; k >= 0 && k >= m.start-3 && m.d.words[k].sent == m.d.words[m.start].sent; k-- {
		w := &m.d.words[k]
		if w.cls&cNum != 0 && w.cls&(cYear|cOrd) == 0 {
			return true
		}
		if w.cls&cComma != 0 || w.ent() != nil && w.ent().cls&cPrep != 0 {
			break
		}
	}
	return false
}

// conjunctions may follow an adverb of frequency: "adjusted quarterly
// and reported".
var conjunctions = map[string]bool{"and": true, "or": true, "but": true, "than": true}

// isLowerWord reports whether w is a word in lower case.
func isLowerWord(d *docState, w *word) bool {
	c := d.text[w.s]
	return c >= 'a' && c <= 'z'
}

// blocker is a match that stops shorter rules from matching inside it and
// yields no expression: "52 years old" is an age, not a duration.
func blocker() *tx { return &tx{} }

// --- Sets: "every week", "daily", "annually", "twice a week", "on Sundays".

var setRules = []rule{
	{name: "every-unit", pat: "every|each other? @unit", fn: func(m *match) *tx {
		n := 1.0
		if m.has(1) {
			n = 2
		}
		return setTx(dur{n: n, unit: m.unit(2)}, "EVERY")
	}},
	{name: "every-n-units", pat: "every|each @num @units", fn: func(m *match) *tx {
		return setTx(dur{n: m.num(1), unit: m.unit(2)}, "EVERY")
	}},
	{name: "every-month", pat: "every|each @month", fn: func(m *match) *tx {
		if m.w(1).cls&cCap == 0 {
			return nil
		}
		t := constant(Set, ptVal(point{g: gMonth, y: unknown, m: m.val(1)}))
		t.quant = "EVERY"
		return t
	}},
	{name: "every-weekday", pat: "every|each @weekday @pod?", fn: func(m *match) *tx {
		p := point{g: gDay, y: unknown, wd: m.val(1)}
		if m.has(2) {
			p.g, p.pod = gPartOfDay, pods[m.val(2)]
		}
		t := constant(Set, ptVal(p))
		t.quant = "EVERY"
		return t
	}},
	{name: "weekdays", pat: "@weekdays", fn: func(m *match) *tx {
		if m.w(0).cls&cCap == 0 {
			return nil
		}
		return constant(Set, ptVal(point{g: gDay, y: unknown, wd: m.val(0)}))
	}},
	{name: "set-adverb", pat: "@setadv", fn: func(m *match) *tx {
		// Adjectives are not marked: "its quarterly dividend", "the
		// daily Granma", "daily flights".
		if w := m.next(); w != nil && isLowerWord(m.d, w) && (w.ent() == nil || w.ent().cls&(cPrep|cUnit|cUnits) == 0) && !conjunctions[w.ent().keyOr()] {
			return nil
		}
		switch m.prevKey() {
		case "the", "a", "an", "its", "their", "his", "her", "average", "first", "initial":
			return nil
		}
		return setTx(dur{n: 1, unit: unit(m.val(0))}, "")
	}},
	{name: "times-per-unit", pat: "once|twice|thrice a|per|every|each @unit", fn: func(m *match) *tx {
		t := setTx(dur{n: 1, unit: m.unit(2)}, "")
		t.freq = map[string]string{"once": "1X", "twice": "2X", "thrice": "3X"}[m.key(0)]
		return t
	}},
	{name: "n-times-per-unit", pat: "@num times a|per|every|each @unit", fn: func(m *match) *tx {
		t := setTx(dur{n: 1, unit: m.unit(3)}, "")
		t.freq = num(m.num(0)) + "X"
		return t
	}},
	{name: "per-unit", pat: "per @unit", fn: func(m *match) *tx {
		return setTx(dur{n: 1, unit: m.unit(1)}, "")
	}},
}

// --- Times of day: "10 a.m.", "10:30 p.m. EST", "noon", "midnight".

var timeRules = []rule{
	{name: "clock", pat: "@clock @ampm? @tz?", fn: func(m *match) *tx {
		w := m.w(0)
		c, ampm := w.aux, int(w.aux2>>1)
		if m.has(1) {
			if ampm != 0 {
				return nil
			}
			ampm = 1 + m.val(1)/12
		}
		return clockTx(c, ampm, w.aux2&1 != 0)
	}},
	{name: "hour-ampm", pat: "@int @ampm @tz?", fn: func(m *match) *tx {
		h := int(m.num(0))
		if h < 1 || h > 12 {
			return nil
		}
		return clockTx(h*10000, 1+m.val(1)/12, false)
	}},
	{name: "oclock", pat: "@int|@numword o'clock|o’clock", fn: func(m *match) *tx {
		h := int(m.num(0))
		if h < 1 || h > 12 {
			return nil
		}
		return clockTx(h*10000, 0, false)
	}},
	{name: "hour-in-the-pod", pat: "@int|@numword in the morning|afternoon|evening|night", fn: func(m *match) *tx {
		h := int(m.num(0))
		if h < 1 || h > 12 {
			return nil
		}
		ampm := 2
		if m.key(3) == "morning" || m.key(3) == "night" && h < 5 {
			ampm = 1
		}
		return clockTx(h*10000, ampm, false)
	}},
	{name: "noon", pat: "noon|midday|midnight", fn: func(m *match) *tx {
		c := 120000
		if m.key(0) == "midnight" {
			c = 240000
		}
		return clockTx(c, 0, false)
	}},
}

// clockTx is a time of day on the day the sentence is about.
func clockTx(c, ampm int, secs bool) *tx {
	h := c / 10000
	switch {
	case ampm == 2 && h < 12:
		c += 120000
	case ampm == 1 && h == 12:
		c -= 120000
	}
	return relative(Time, gMinute, func(r *resolver) point {
		p, _ := r.dayOfSentence()
		return withClock(p, c, secs)
	})
}

// --- References: "now", "recently", "the past", "the future", "recent
// days".

var refRules = []rule{
	{name: "now", pat: "@nowref", fn: func(m *match) *tx {
		return refTx("PRESENT_REF")
	}},
	{name: "current", pat: "current|present", fn: func(m *match) *tx {
		if m.key(0) == "present" && m.prevKey() != "the" && m.prevKey() != "at" {
			return nil
		}
		return refTx("PRESENT_REF")
	}},
	{name: "the-present", pat: "the present|moment", fn: func(m *match) *tx {
		if m.key(1) == "moment" && m.prevKey() != "at" && m.prevKey() != "for" {
			return nil
		}
		return refTx("PRESENT_REF")
	}},
	{name: "these-days", pat: "these days", fn: func(m *match) *tx { return refTx("PRESENT_REF") }},
	{name: "recently", pat: "@pastref", fn: func(m *match) *tx { return refTx("PAST_REF") }},
	{name: "recent", pat: "recent @units", fn: func(m *match) *tx { return refTx("PAST_REF") }},
	{name: "the-past", pat: "the past", fn: func(m *match) *tx {
		if w := m.next(); w != nil && w.cls&(cNum|cUnit|cUnits|cVague|cWeekday|cSeason|cMonth) != 0 {
			return nil
		}
		return refTx("PAST_REF")
	}},
	{name: "the-future", pat: "the near|distant|foreseeable? future", fn: func(m *match) *tx { return refTx("FUTURE_REF") }},
	{name: "coming-units", pat: "the? coming|upcoming @units", fn: func(m *match) *tx {
		return durationTx(dur{x: true, unit: m.unit(2)})
	}},
	{name: "units-ahead", pat: "the @units ahead", fn: func(m *match) *tx {
		return durationTx(dur{x: true, unit: m.unit(1)})
	}},
	{name: "near-term", pat: "the near|short term", fn: func(m *match) *tx { return refTx("FUTURE_REF") }},
	{name: "asap", pat: "as soon as possible", fn: func(m *match) *tx { return refTx("FUTURE_REF") }},
	{name: "later-date", pat: "a later date", fn: func(m *match) *tx { return refTx("FUTURE_REF") }},
	{name: "future", pat: "future", fn: func(m *match) *tx {
		switch m.prevKey() {
		case "in", "for", "into":
			return refTx("FUTURE_REF")
		}
		return nil
	}},
}

// --- Compositions of recognised expressions: modifiers ("early 1990",
// "more than two years", "the end of the year"), anchored durations
// ("two days ago", "a year earlier"), a time with its day ("9 a.m.
// Tuesday"), a part with its year ("the fourth quarter of next year").

var composeRules = []rule{
	{name: "early-late-mid", pat: "the? early|late|mid -? <DATE|TIME>", fn: func(m *match) *tx {
		in := m.tx(3)
		if in.mod != ModNone || in.g >= gHour {
			return nil
		}
		if m.has(2) && m.key(1) != "mid" {
			return nil
		}
		if m.has(0) && in.g != gDecade && in.g != gCentury {
			return nil
		}
		mod := map[int]Mod{1: ModStart, 2: ModMid, 3: ModEnd}[m.val(1)]
		return withMod(in, mod)
	}},
	{name: "mid-hyphen", pat: "mid - <DATE>", fn: func(m *match) *tx {
		in := m.tx(2)
		if in.mod != ModNone {
			return nil
		}
		return withMod(in, ModMid)
	}},
	{name: "pre-post", pat: "pre|post - <DATE>", fn: func(m *match) *tx {
		in := m.tx(2)
		if in.mod != ModNone {
			return nil
		}
		if m.key(0) == "pre" {
			return withMod(in, ModBefore)
		}
		return withMod(in, ModAfter)
	}},
	{name: "beginning-end-of", pat: "the beginning|start|end|middle|turn of <DATE>", fn: func(m *match) *tx {
		in := m.tx(3)
		if in.mod != ModNone {
			return nil
		}
		mod := map[string]Mod{"beginning": ModStart, "start": ModStart, "end": ModEnd, "middle": ModMid, "turn": ModStart}[m.key(1)]
		return withMod(in, mod)
	}},
	{name: "earlier-later-this", pat: "earlier|later <DATE>", fn: func(m *match) *tx {
		in := m.tx(1)
		if in.mod != ModNone || in.g < gYear || in.g > gWeek || !in.rel {
			return nil
		}
		switch m.d.words[in.s].ent().keyOr() {
		case "this", "last", "next":
		default:
			return nil
		}
		if m.key(0) == "earlier" {
			return withMod(in, ModStart)
		}
		return withMod(in, ModEnd)
	}},
	{name: "approx", pat: "@approx <DURATION|DATE|TIME>", fn: func(m *match) *tx {
		in := m.tx(1)
		if in.mod != ModNone {
			return nil
		}
		k := m.key(0)
		if k == "some" && in.typ != Duration {
			return nil
		}
		if in.typ != Duration && m.nextKey() == "'s" {
			return nil // "get around Wednesday's ruling"
		}
		if in.typ != Duration && m.d.words[in.s].ent().keyOr() == "the" {
			return nil
		}
		// TimeBank leaves "about" and "almost" out of the extent more
		// often than not; the mod keeps them.
		if k == "about" || k == "almost" {
			m.start++
		}
		if k == "nearly" || k == "almost" {
			if in.typ != Duration {
				return nil
			}
			return withMod(in, ModLessThan)
		}
		return withMod(in, ModApprox)
	}},
	{name: "more-less-than", pat: "more|less|fewer|longer|shorter than <DURATION>", fn: func(m *match) *tx {
		mod := ModMoreThan
		switch m.key(0) {
		case "less", "fewer", "shorter":
			mod = ModLessThan
		}
		return withModOK(m.tx(2), mod)
	}},
	{name: "at-least", pat: "at least|most <DURATION>", fn: func(m *match) *tx {
		if m.key(1) == "least" {
			return withModOK(m.tx(2), ModEqualOrMore)
		}
		return withModOK(m.tx(2), ModEqualOrLess)
	}},
	{name: "up-to", pat: "up to <DURATION>", fn: func(m *match) *tx { return withModOK(m.tx(2), ModEqualOrLess) }},
	{name: "no-more-than", pat: "no more|less|longer than <DURATION>", fn: func(m *match) *tx {
		if m.key(1) == "less" {
			return withModOK(m.tx(3), ModEqualOrMore)
		}
		return withModOK(m.tx(3), ModEqualOrLess)
	}},
	{name: "over-under", pat: "just|well? over|under <DURATION>", fn: func(m *match) *tx {
		in := m.tx(2)
		if k := m.d.words[in.s].ent().keyOr(); k == "the" || k == "a" || k == "an" {
			return nil // "over the past seven months", "over a year" is "during"
		}
		if m.key(1) == "under" {
			return withModOK(in, ModLessThan)
		}
		if !m.has(0) {
			return nil // "over two years" usually means "during"
		}
		return withModOK(in, ModMoreThan)
	}},
	{name: "ago", pat: "<DURATION> or? so? ago|before|earlier|later|after|hence", fn: func(m *match) *tx {
		in := m.tx(0)
		k := m.key(3)
		if m.has(1) != m.has(2) {
			return nil
		}
		if k == "before" || k == "after" {
			if w := m.next(); w != nil && w.cls&cComma == 0 && w.ent().keyOr() != "." {
				return nil // "two days before the vote": a signal, not part of the expression
			}
		}
		d := in.d
		var t *tx
		switch k {
		case "ago":
			t = &tx{typ: Date, rel: true, eval: func(r *resolver) val { return r.ago(d) }}
		case "before", "earlier":
			t = &tx{typ: Date, rel: true, eval: func(r *resolver) val { return r.later(d, -1) }}
		case "hence":
			t = &tx{typ: Date, rel: true, eval: func(r *resolver) val {
				tm, ok := r.doc()
				if !ok {
					return refVal("FUTURE_REF")
				}
				if t2, ok := d.after(tm); ok {
					return ptVal(at(t2, max(unitGran[d.unit], gYear)))
				}
				return refVal("FUTURE_REF")
			}}
		default:
			// "two days later": TimeBank marks the duration and leaves
			// "later" out; the date it leads to, reckoned from the
			// narrative, is kept as the expression's point.
			t = withMod(in, in.mod)
			t.rule = "later"
			t.point = func(r *resolver) val { return r.later(d, 1) }
			m.end = in.e
			return t
		}
		t.g = max(unitGran[d.unit], gYear)
		t.mod = in.mod
		if m.has(1) && t.mod == ModNone {
			t.mod = ModApprox // "a week or so ago"
		}
		return t
	}},
	{name: "from-now", pat: "<DURATION> from now|today", fn: func(m *match) *tx {
		d := m.tx(0).d
		return &tx{typ: Date, rel: true, g: max(unitGran[d.unit], gYear), eval: func(r *resolver) val {
			tm, ok := r.doc()
			if !ok {
				return refVal("FUTURE_REF")
			}
			if t2, ok := d.after(tm); ok {
				return ptVal(at(t2, max(unitGran[d.unit], gYear)))
			}
			return refVal("FUTURE_REF")
		}}
	}},
	{name: "time-date", pat: "<TIME> ,? <DATE>", fn: func(m *match) *tx {
		tm, dt := m.tx(0), m.tx(2)
		if tm.g < gHour || dt.g != gDay {
			return nil
		}
		return clockOnDay(tm, dt)
	}},
	{name: "date-time", pat: "<DATE> ,? <TIME>", fn: func(m *match) *tx {
		dt, tm := m.tx(0), m.tx(2)
		if tm.g < gHour || dt.g != gDay {
			return nil
		}
		return clockOnDay(tm, dt)
	}},
	{name: "period-last-year", pat: "the? same|corresponding|comparable|year-ago period|quarter <DATE>", fn: func(m *match) *tx {
		if in := m.tx(3); in.g != gYear && in.g != gQuarter {
			return nil
		}
		return lastYearsPeriod()
	}},
	{name: "last-years-period", pat: "<DATE> 's quarter|period", fn: func(m *match) *tx {
		in := m.tx(0)
		if in.g != gYear || !in.rel {
			return nil
		}
		return lastYearsPeriod()
	}},
	{name: "month-year-words", pat: "<DATE> ,? <DATE>", fn: func(m *match) *tx {
		a, b := m.tx(0), m.tx(2)
		if b.g != gYear || b.rel || a.g < gHalf || a.g > gMonth || !a.rel || a.mod != ModNone {
			return nil // "January nineteen ninety-seven"
		}
		return partOfYear(a, b)
	}},
	{name: "pod-day", pat: "<TIME> ,? <DATE>", fn: func(m *match) *tx {
		tm, dt := m.tx(0), m.tx(2)
		if tm.g != gPartOfDay || dt.g != gDay {
			return nil // "mid-afternoon yesterday"
		}
		evT, evD := tm.eval, dt.eval
		t := &tx{typ: Time, g: gPartOfDay, rel: true, mod: tm.mod, eval: func(r *resolver) val {
			d := evD(r)
			p := evT(r).pt
			q := d.pt
			q.g, q.pod = gPartOfDay, p.pod
			return ptVal(q)
		}}
		return t
	}},
	{name: "part-of-year", pat: "<DATE> of <DATE>", fn: func(m *match) *tx {
		a, b := m.tx(0), m.tx(2)
		if b.g != gYear || a.g < gHalf || a.g > gMonth || a.mod != ModNone {
			return nil
		}
		return partOfYear(a, b)
	}},
	{name: "year-s-part", pat: "<DATE> 's <DATE>", fn: func(m *match) *tx {
		a, b := m.tx(0), m.tx(2)
		if a.g != gYear || b.g < gHalf || b.g > gMonth {
			return nil
		}
		return partOfYear(b, a)
	}},
	{name: "day-before-date", pat: "<DATE> <DATE>", fn: func(m *match) *tx {
		a, b := m.tx(0), m.tx(1)
		if a.rule != "day-before" || a.typ != Date || b.g != gDay {
			return nil
		}
		ev := b.eval
		return &tx{typ: Date, g: gDay, rel: true, eval: func(r *resolver) val {
			v := ev(r)
			v.pt = v.pt.shift(-1, gDay) // "the day before last Tuesday's hearing"
			return v
		}}
	}},
	{name: "pod-of-day", pat: "<DATE> @pod", fn: func(m *match) *tx {
		in := m.tx(0)
		if in.g != gDay || m.key(1) == "overnight" || strings.HasSuffix(m.key(1), "s") {
			return nil
		}
		pod := pods[m.val(1)]
		ev := in.eval
		return &tx{typ: Time, g: gPartOfDay, rel: in.rel, eval: func(r *resolver) val {
			v := ev(r)
			v.pt.g, v.pt.pod = gPartOfDay, pod
			return v
		}}
	}},
}

func (e *entry) keyOr() string {
	if e == nil {
		return ""
	}
	return e.key
}

// withMod returns a copy of in with mod set.
func withMod(in *tx, mod Mod) *tx {
	t := *in
	t.mod = mod
	t.rule = ""
	return &t
}

// withModOK is withMod for expressions that have no mod yet.
func withModOK(in *tx, mod Mod) *tx {
	if in.mod != ModNone {
		return nil
	}
	return withMod(in, mod)
}

// clockOnDay puts the clock time of tm on the day of dt.
func clockOnDay(tm, dt *tx) *tx {
	evT, evD := tm.eval, dt.eval
	return &tx{typ: Time, g: tm.g, rel: dt.rel, eval: func(r *resolver) val {
		d := evD(r)
		t := evT(r)
		p := d.pt
		p.g, p.hh, p.mm, p.ss = t.pt.g, t.pt.hh, t.pt.mm, t.pt.ss
		return ptVal(p)
	}}
}

// partOfYear puts part a (a quarter, a season, a month) in year b.
func partOfYear(a, b *tx) *tx {
	evA, evB := a.eval, b.eval
	return &tx{typ: Date, g: a.g, rel: b.rel, eval: func(r *resolver) val {
		pa, pb := evA(r), evB(r)
		p := pa.pt
		p.y = pb.pt.y
		return ptVal(p)
	}}
}
