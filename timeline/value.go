package timeline

import (
	"math"
	"strconv"
	"time"
)

// This file holds the internal representation of TIMEX3 values: calendar
// points of any granularity, possibly underspecified (XXXX-12-25), and
// durations, with the arithmetic that normalisation needs and their
// formatting as TIMEX3 value strings.

// A gran is the granularity of a calendar point, coarsest first.
type gran uint8

const (
	gNone gran = iota
	gMillennium
	gCentury
	gDecade
	gYear
	gHalf
	gQuarter
	gSeason
	gMonth
	gWeek
	gDay
	gPartOfDay
	gHour
	gMinute
	gSecond
)

// unknown marks an unknown year, month, day or week ("X" in a value).
const unknown = math.MinInt32

// A point is a calendar date or time at some granularity. Fields finer than
// the granularity are ignored; fields that are unknown hold unknown (year)
// or 0 (month, day, week, part).
type point struct {
	g       gran
	y       int    // year (ISO week-numbering year for gWeek), or unknown
	m, d    int    // month 1-12 and day 1-31, 0 when unknown
	w       int    // ISO week 1-53 (gWeek), 0 when unknown
	part    int    // half 1-2, quarter 1-4, season 1-4 (SP SU FA WI); 0 when unknown
	weekend bool   // gWeek: the weekend of the week
	pod     string // gPartOfDay: MO AF EV NI DT
	wd      int    // ISO weekday 1-7 of a day known only by its weekday (XXXX-WXX-7)
	hh, mm  int    // gHour and finer
	ss      int    // gSecond
}

var seasonCodes = [...]string{"X", "SP", "SU", "FA", "WI"}

// dayPoint returns the day of t.
func dayPoint(t time.Time) point {
	return point{g: gDay, y: t.Year(), m: int(t.Month()), d: t.Day()}
}

// known reports whether the point's value has no unknown component.
func (p point) known() bool {
	if p.y == unknown {
		return false
	}
	switch p.g {
	case gHalf, gQuarter, gSeason:
		return p.part != 0
	case gMonth:
		return p.m != 0
	case gWeek:
		return p.w != 0
	case gDay, gPartOfDay, gHour, gMinute, gSecond:
		return p.m != 0 && p.d != 0
	}
	return true
}

// date returns the first day of a known point (the Monday of a week, the
// first day of a quarter...), and false if the point is not known.
func (p point) date() (time.Time, bool) {
	if !p.known() {
		return time.Time{}, false
	}
	switch p.g {
	case gMillennium:
		return time.Date(p.y/1000*1000, 1, 1, 0, 0, 0, 0, time.UTC), true
	case gCentury:
		return time.Date(p.y/100*100, 1, 1, 0, 0, 0, 0, time.UTC), true
	case gDecade:
		return time.Date(p.y/10*10, 1, 1, 0, 0, 0, 0, time.UTC), true
	case gYear:
		return time.Date(p.y, 1, 1, 0, 0, 0, 0, time.UTC), true
	case gHalf:
		return time.Date(p.y, time.Month(1+6*(p.part-1)), 1, 0, 0, 0, 0, time.UTC), true
	case gQuarter:
		return time.Date(p.y, time.Month(1+3*(p.part-1)), 1, 0, 0, 0, 0, time.UTC), true
	case gSeason:
		return time.Date(p.y, time.Month(3*p.part), 1, 0, 0, 0, 0, time.UTC), true
	case gMonth:
		return time.Date(p.y, time.Month(p.m), 1, 0, 0, 0, 0, time.UTC), true
	case gWeek:
		t := isoWeekStart(p.y, p.w)
		if p.weekend {
			t = t.AddDate(0, 0, 5)
		}
		return t, true
	case gDay:
		return time.Date(p.y, time.Month(p.m), p.d, 0, 0, 0, 0, time.UTC), true
	case gPartOfDay:
		h := map[string]int{"MO": 6, "AF": 12, "EV": 18, "NI": 21, "DT": 8}[p.pod]
		return time.Date(p.y, time.Month(p.m), p.d, h, 0, 0, 0, time.UTC), true
	case gHour, gMinute, gSecond:
		return time.Date(p.y, time.Month(p.m), p.d, p.hh, p.mm, p.ss, 0, time.UTC), true
	}
	return time.Time{}, false
}

// interval returns the half-open interval [start, end) the known point
// covers.
func (p point) interval() (start, end time.Time, ok bool) {
	start, ok = p.date()
	if !ok {
		return start, end, false
	}
	switch p.g {
	case gMillennium:
		end = start.AddDate(1000, 0, 0)
	case gCentury:
		end = start.AddDate(100, 0, 0)
	case gDecade:
		end = start.AddDate(10, 0, 0)
	case gYear:
		end = start.AddDate(1, 0, 0)
	case gHalf:
		end = start.AddDate(0, 6, 0)
	case gQuarter, gSeason:
		end = start.AddDate(0, 3, 0)
	case gMonth:
		end = start.AddDate(0, 1, 0)
	case gWeek:
		if p.weekend {
			end = start.AddDate(0, 0, 2)
		} else {
			end = start.AddDate(0, 0, 7)
		}
	case gDay:
		end = start.AddDate(0, 0, 1)
	case gPartOfDay:
		end = start.Add(6 * time.Hour)
	case gHour:
		end = start.Add(time.Hour)
	case gMinute:
		end = start.Add(time.Minute)
	default:
		end = start.Add(time.Second)
	}
	return start, end, true
}

// isoWeekStart returns the Monday of ISO week w of ISO year y.
func isoWeekStart(y, w int) time.Time {
	jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
	wd := (int(jan4.Weekday()) + 6) % 7 // Monday = 0
	return jan4.AddDate(0, 0, -wd+7*(w-1))
}

// at returns the point of time t at granularity g (g from gYear to gDay, or
// gMonth-like granularities computed from t).
func at(t time.Time, g gran) point {
	p := point{g: g, y: t.Year(), m: int(t.Month()), d: t.Day()}
	switch g {
	case gMillennium, gCentury, gDecade, gYear:
	case gHalf:
		p.part = (int(t.Month())-1)/6 + 1
	case gQuarter:
		p.part = (int(t.Month())-1)/3 + 1
	case gSeason:
		p.y, p.part = seasonOf(t)
	case gWeek:
		p.y, p.w = t.ISOWeek()
	case gHour, gMinute, gSecond:
		p.hh, p.mm, p.ss = t.Hour(), t.Minute(), t.Second()
	}
	return p
}

// seasonOf returns the season (1 spring ... 4 winter) of t and its year; the
// winter of year y runs from December y to February y+1.
func seasonOf(t time.Time) (year, season int) {
	m := int(t.Month())
	switch {
	case m >= 3 && m <= 5:
		return t.Year(), 1
	case m >= 6 && m <= 8:
		return t.Year(), 2
	case m >= 9 && m <= 11:
		return t.Year(), 3
	case m == 12:
		return t.Year(), 4
	}
	return t.Year() - 1, 4
}

// coarsen returns p at the coarser granularity g.
func (p point) coarsen(g gran) point {
	if g >= p.g {
		return p
	}
	if t, ok := p.date(); ok {
		return at(t, g)
	}
	q := p
	q.g = g
	return q
}

// shift moves a known point by n units of granularity u (gYear, gQuarter,
// gMonth, gWeek, gDay, gHour...), keeping the point's own granularity. An
// unknown point stays as it is but loses what the shift makes unknown.
func (p point) shift(n int, u gran) point {
	t, ok := p.date()
	if !ok {
		return p
	}
	switch u {
	case gMillennium:
		t = t.AddDate(1000*n, 0, 0)
	case gCentury:
		t = t.AddDate(100*n, 0, 0)
	case gDecade:
		t = t.AddDate(10*n, 0, 0)
	case gYear:
		t = t.AddDate(n, 0, 0)
	case gHalf:
		t = t.AddDate(0, 6*n, 0)
	case gQuarter, gSeason:
		t = t.AddDate(0, 3*n, 0)
	case gMonth:
		t = addMonths(t, n)
	case gWeek:
		t = t.AddDate(0, 0, 7*n)
	case gDay:
		t = t.AddDate(0, 0, n)
	case gPartOfDay:
		t = t.Add(time.Duration(n) * 6 * time.Hour)
	case gHour:
		t = t.Add(time.Duration(n) * time.Hour)
	case gMinute:
		t = t.Add(time.Duration(n) * time.Minute)
	case gSecond:
		t = t.Add(time.Duration(n) * time.Second)
	}
	q := at(t, p.g)
	q.pod, q.weekend = p.pod, p.weekend
	if p.g == gWeek && p.weekend {
		q = at(t.AddDate(0, 0, -5), gWeek)
		q.weekend = true
	}
	return q
}

// addMonths adds n months to t, clamping the day to the target month's
// length (January 31 + 1 month is February 28 or 29).
func addMonths(t time.Time, n int) time.Time {
	y, m, d := t.Date()
	first := time.Date(y, m, 1, t.Hour(), t.Minute(), t.Second(), 0, time.UTC).AddDate(0, n, 0)
	last := first.AddDate(0, 1, -1).Day()
	return first.AddDate(0, 0, min(d, last)-1)
}

// String formats the point as a TIMEX3 value.
func (p point) String() string {
	var buf [40]byte
	b := buf[:0]
	y := func() {
		if p.y == unknown {
			b = append(b, "XXXX"...)
		} else {
			b = appendPad(b, p.y, 4)
		}
	}
	two := func(v int) {
		if v == 0 {
			b = append(b, "XX"...)
		} else {
			b = appendPad(b, v, 2)
		}
	}
	switch p.g {
	case gMillennium:
		if p.y == unknown {
			return "X"
		}
		return strconv.Itoa(p.y / 1000)
	case gCentury:
		if p.y == unknown {
			return "XX"
		}
		b = appendPad(b, p.y/100, 2)
	case gDecade:
		if p.y == unknown {
			return "XXX"
		}
		b = appendPad(b, p.y/10, 3)
	case gYear:
		y()
	case gHalf, gQuarter:
		y()
		if p.g == gHalf {
			b = append(b, "-H"...)
		} else {
			b = append(b, "-Q"...)
		}
		if p.part == 0 {
			b = append(b, 'X')
		} else {
			b = strconv.AppendInt(b, int64(p.part), 10)
		}
	case gSeason:
		y()
		b = append(b, '-')
		b = append(b, seasonCodes[p.part]...)
	case gMonth:
		y()
		b = append(b, '-')
		two(p.m)
	case gWeek:
		y()
		b = append(b, "-W"...)
		two(p.w)
		if p.weekend {
			b = append(b, "-WE"...)
		}
	case gDay, gPartOfDay, gHour, gMinute, gSecond:
		if p.wd != 0 && (p.y == unknown || p.m == 0 || p.d == 0) {
			b = append(b, "XXXX-WXX-"...)
			b = strconv.AppendInt(b, int64(p.wd), 10)
		} else {
			y()
			b = append(b, '-')
			two(p.m)
			b = append(b, '-')
			two(p.d)
		}
		switch p.g {
		case gPartOfDay:
			b = append(b, 'T')
			b = append(b, p.pod...)
		case gHour, gMinute:
			b = append(b, 'T')
			b = appendPad(b, p.hh, 2)
			b = append(b, ':')
			b = appendPad(b, p.mm, 2)
		case gSecond:
			b = append(b, 'T')
			b = appendPad(b, p.hh, 2)
			b = append(b, ':')
			b = appendPad(b, p.mm, 2)
			b = append(b, ':')
			b = appendPad(b, p.ss, 2)
		}
	default:
		return ""
	}
	return string(b)
}

// appendPad appends v in decimal, zero-padded to width digits.
func appendPad(b []byte, v, width int) []byte {
	if v < 0 {
		return strconv.AppendInt(b, int64(v), 10)
	}
	n := 1
	for x := v; x >= 10; x /= 10 {
		n++
	}
	for ; n < width; n++ {
		b = append(b, '0')
	}
	return strconv.AppendInt(b, int64(v), 10)
}

// A unit is a unit of duration.
type unit uint8

const (
	uNone unit = iota
	uSecond
	uMinute
	uHour
	uDay
	uWeekend
	uWeek
	uMonth
	uQuarter
	uYear
	uDecade
	uCentury
	uMillennium
)

// unitGran is the calendar granularity of each unit ("two weeks ago" is a
// week).
var unitGran = [...]gran{uNone: gNone, uSecond: gSecond, uMinute: gMinute, uHour: gHour, uDay: gDay,
	uWeekend: gWeek, uWeek: gWeek, uMonth: gMonth, uQuarter: gQuarter, uYear: gYear,
	uDecade: gDecade, uCentury: gCentury, uMillennium: gMillennium}

// A dur is a duration: N units, or an unknown number of them (PXY).
type dur struct {
	n    float64
	x    bool // the number is unknown
	unit unit
}

// String formats the duration as a TIMEX3 value: P3W, P7M, PXM, PT2H,
// PT5H30M; decades and centuries in years (P10Y, P100Y), as TimeBank does.
func (d dur) String() string {
	if d.unit == uNone {
		return "PX"
	}
	n, u := d.n, d.unit
	switch u {
	case uDecade:
		n, u = n*10, uYear
	case uCentury:
		n, u = n*100, uYear
	case uMillennium:
		n, u = n*1000, uYear
	case uWeekend:
		n, u = n*2, uDay
	}
	if d.x {
		return "P" + timePrefix(u) + "X" + unitLetter(u)
	}
	if u == uQuarter {
		if n != math.Trunc(n) {
			n, u = n*3, uMonth
		} else {
			return "P" + num(n) + "Q"
		}
	}
	// Fractions go down a unit: 1.5 years is P18M, 5.5 hours PT5H30M.
	if n != math.Trunc(n) {
		whole := math.Trunc(n)
		frac := n - whole
		if sub, k := smaller(u); sub != uNone {
			rest := frac * k
			if rest == math.Trunc(rest) {
				if whole == 0 {
					return dur{n: rest, unit: sub}.String()
				}
				// PT5H30M, P2Y6M, P1DT12H
				s := "P" + timePrefix(u) + num(whole) + unitLetter(u)
				if u == uDay {
					s += "T"
				}
				return s + num(rest) + unitLetter(sub)
			}
		}
	}
	return "P" + timePrefix(u) + num(n) + unitLetter(u)
}

func smaller(u unit) (unit, float64) {
	switch u {
	case uYear:
		return uMonth, 12
	case uMonth:
		return uDay, 30
	case uWeek:
		return uDay, 7
	case uDay:
		return uHour, 24
	case uHour:
		return uMinute, 60
	case uMinute:
		return uSecond, 60
	}
	return uNone, 0
}

func num(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func timePrefix(u unit) string {
	if u == uHour || u == uMinute || u == uSecond {
		return "T"
	}
	return ""
}

func unitLetter(u unit) string {
	switch u {
	case uSecond:
		return "S"
	case uMinute, uMonth:
		return "M"
	case uHour:
		return "H"
	case uDay:
		return "D"
	case uWeek:
		return "W"
	case uQuarter:
		return "Q"
	case uYear:
		return "Y"
	}
	return "X"
}

// before subtracts the duration from t when its number is known and whole
// enough to do so exactly.
func (d dur) before(t time.Time) (time.Time, bool) { return d.addTo(t, -1) }

// after adds the duration to t.
func (d dur) after(t time.Time) (time.Time, bool) { return d.addTo(t, 1) }

func (d dur) addTo(t time.Time, sign int) (time.Time, bool) {
	if d.x || d.n != math.Trunc(d.n) {
		return t, false
	}
	n := sign * int(d.n)
	switch d.unit {
	case uSecond:
		return t.Add(time.Duration(n) * time.Second), true
	case uMinute:
		return t.Add(time.Duration(n) * time.Minute), true
	case uHour:
		return t.Add(time.Duration(n) * time.Hour), true
	case uDay:
		return t.AddDate(0, 0, n), true
	case uWeekend:
		return t.AddDate(0, 0, 7*n), true
	case uWeek:
		return t.AddDate(0, 0, 7*n), true
	case uMonth:
		return addMonths(t, n), true
	case uQuarter:
		return addMonths(t, 3*n), true
	case uYear:
		return t.AddDate(n, 0, 0), true
	case uDecade:
		return t.AddDate(10*n, 0, 0), true
	case uCentury:
		return t.AddDate(100*n, 0, 0), true
	case uMillennium:
		return t.AddDate(1000*n, 0, 0), true
	}
	return t, false
}

// dateOf returns midnight UTC of y-m-d (normalising out-of-range days).
func dateOf(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// daysIn returns the number of days of month m of year y.
func daysIn(y, m int) int { return dateOf(y, m+1, 0).Day() }

// isoWeekday returns the ISO weekday (Monday 1 ... Sunday 7) of y-m-d.
func isoWeekday(y, m, d int) int { return isoWD(dateOf(y, m, d).Weekday()) }

// isoWD converts a time.Weekday to ISO numbering (Sunday is 7).
func isoWD(wd time.Weekday) int {
	if wd == time.Sunday {
		return 7
	}
	return int(wd)
}
