package timeline

import "strings"

// The lexicon: the words the rules name by class (@month, @unit...). Each
// word is looked up once per token, lower-cased; literal words of the
// rules are added to the same table when the rules are compiled.

// A cls is a set of word classes.
type cls uint64

// Word classes. The lexicon gives the first group; the others are computed
// from the word's form (numbers, dates in digits, clock times).
const (
	cMonth     cls = 1 << iota // January, Jan., Sept.; val = month
	cWeekday                   // Monday, Tues.; val = ISO weekday 1-7
	cWeekdays                  // Mondays: a recurring weekday; val = ISO weekday
	cSeason                    // spring, summer, fall, autumn, winter; val = 1-4
	cPOD                       // morning, afternoon, evening, night; val = index in pods
	cUnit                      // day, week, month...; val = unit
	cUnits                     // days, weeks, months...: plural units; val = unit
	cNumWord                   // a number word: one, twelve, dozen, hundred
	cVague                     // few, several, many, some: an unknown number
	cAmPm                      // a.m., p.m.; val 0 am, 12 pm
	cTZ                        // EST, GMT...
	cHoliday                   // Christmas...; val = index in holidays
	cAdverbSet                 // daily, weekly, annually; val = unit
	cNowRef                    // now, currently: PRESENT_REF
	cPastRef                   // recently, lately: PAST_REF
	cFutureRef                 // soon: FUTURE_REF
	cApprox                    // about, around, roughly: APPROX
	cEarlyLate                 // early, late, mid: val = START, END, MID
	cDayRel                    // today, yesterday, tomorrow, tonight; val = day offset (tonight 10)
	cPrep                      // prepositions that precede temporal expressions

	// Computed classes.
	cNum      // any number: 15, 1.5, fifteen, twenty-five, a dozen
	cInt      // a whole number in digits
	cOrd      // an ordinal: 20th, third
	cDay      // a day of the month: 1-31 in digits, 1st-31st, first-thirty-first
	cYear     // a four-digit year 1000-2199
	cYear2    // a two-digit number (after an apostrophe: '98)
	cDecade   // 1990s, 90s, nineties; val = first year (90 for "90s")
	cISODate  // 2011-12-20, 12/20/2011, 20.12.2011
	cClock    // 10:30, 10:30:15, 10am
	cFraction // 1/2
	cHyphen   // the hyphen inside a compound: three-week
	cCap      // begins with an upper-case letter
	cComma    // ,

	// Classes the timeline's clauses use (events.go).
	cOpener       // a word that may open a subordinate clause: when, which, and
	cStrongOpener // one that does so even without a comma before it: when, which
	cAux          // an auxiliary verb: was, has, will
)

// An entry is a lexicon word.
type entry struct {
	key string // the lower-case word
	id  int32  // its index in lexicon.entries, used by literal elements
	cls cls
	val int
}

type lexiconT struct {
	byWord  map[string]*entry
	entries []*entry
	// maybe[c][n] is set when some word of length n starts with the
	// (lower-case) byte c: a cheap filter before the table.
	maybe [128][33]bool
	// An open-addressing table of the words by the hash of their
	// lower-case form: looking a token up hashes it while lower-casing
	// it, without building a string.
	slots [lexSlots]lexSlot
}

const lexSlots = 4096 // a power of two, several times the number of words

type lexSlot struct {
	h uint64
	e *entry
}

// lowerHash returns the FNV-1a hash of s in lower case (ASCII letters
// only are folded).
func lowerHash(s string) uint64 {
	h := uint64(0xcbf29ce484222325)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint64(c)
		h *= 0x100000001b3
	}
	return h
}

func (l *lexiconT) add(word string, c cls, val int) *entry {
	e := l.byWord[word]
	if e == nil {
		e = &entry{key: word, id: int32(len(l.entries))}
		l.byWord[word] = e
		if len(word) > 0 && word[0] < 128 && len(word) < 33 {
			l.maybe[word[0]][len(word)] = true
		} else if len(word) > 0 && len(word) < 33 {
			l.maybe[0][len(word)] = true // non-ASCII first byte
		}
		l.entries = append(l.entries, e)
		if len(l.entries) > lexSlots/2 {
			panic("timeline: lexicon table too small")
		}
		h := lowerHash(word)
		j := h & (lexSlots - 1)
		for l.slots[j].e != nil {
			j = (j + 1) & (lexSlots - 1)
		}
		l.slots[j] = lexSlot{h, e}
	}
	if c != 0 {
		if e.cls == 0 || val != 0 {
			e.val = val
		}
		e.cls |= c
	}
	return e
}

// lookup returns the entry of word (any case), or nil. It does not
// allocate.
func (l *lexiconT) lookup(word string) *entry {
	if len(word) > 32 || len(word) == 0 {
		return nil
	}
	c := word[0]
	if c >= 'A' && c <= 'Z' {
		c += 'a' - 'A'
	}
	if c >= 128 {
		c = 0
	}
	if !l.maybe[c][len(word)] {
		return nil
	}
	h := lowerHash(word)
	for j := h & (lexSlots - 1); l.slots[j].e != nil; j = (j + 1) & (lexSlots - 1) {
		if l.slots[j].h == h {
			if e := l.slots[j].e; len(e.key) == len(word) && equalLower(e.key, word) {
				return e
			}
		}
	}
	return nil
}

// equalLower reports whether s equals key, a lower-case word, once its
// ASCII letters are lower-cased.
func equalLower(key, s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != key[i] {
			return false
		}
	}
	return true
}

// pods are the parts of the day, as TIMEX3 codes.
var pods = []string{"MO", "AF", "EV", "NI", "DT"}

// A holiday is a named day: fixed (month and day), or computed for a
// year.
type holiday struct {
	month, day int
	rule       func(y int) (m, d int) // for movable holidays
}

var holidays = []holiday{
	{12, 25, nil}, // christmas
	{12, 24, nil}, // christmas eve
	{1, 1, nil},   // new year's day
	{12, 31, nil}, // new year's eve
	{2, 14, nil},  // valentine's day
	{10, 31, nil}, // halloween
	{7, 4, nil},   // independence day (US)
	{11, 11, nil}, // veterans day, armistice day
	{7, 14, nil},  // bastille day
	{12, 26, nil}, // boxing day
	{0, 0, func(y int) (int, int) { return nthWeekday(y, 11, 4, 4) }}, // thanksgiving (US): fourth Thursday of November
	{0, 0, func(y int) (int, int) { return nthWeekday(y, 9, 1, 1) }},  // labor day: first Monday of September
	{0, 0, func(y int) (int, int) { return lastWeekday(y, 5, 1) }},    // memorial day: last Monday of May
	{0, 0, func(y int) (int, int) { return easter(y, 0) }},            // easter
	{0, 0, func(y int) (int, int) { return easter(y, -2) }},           // good friday
	{0, 0, func(y int) (int, int) { return nthWeekday(y, 1, 1, 3) }},  // martin luther king day: third Monday of January
	{0, 0, func(y int) (int, int) { return nthWeekday(y, 5, 7, 2) }},  // mother's day: second Sunday of May
	{0, 0, func(y int) (int, int) { return nthWeekday(y, 6, 7, 3) }},  // father's day: third Sunday of June
	{0, 0, func(y int) (int, int) { return nthWeekday(y, 2, 1, 3) }},  // presidents' day: third Monday of February
	{0, 0, func(y int) (int, int) { return easter(y, -46) }},          // ash wednesday
	{0, 0, func(y int) (int, int) { return easter(y, 1) }},            // easter monday
	{0, 0, func(y int) (int, int) { return nthWeekday(y, 10, 1, 2) }}, // columbus day: second Monday of October
	{5, 1, nil}, // may day, labour day (international)
	{0, 0, func(y int) (int, int) { m, d := nthWeekday(y, 11, 1, 1); return m, d + 1 }}, // election day (US): the Tuesday after the first Monday of November
}

// holidayNames maps names (one or more words, lower case, as the rules see
// them) to indices in holidays.
var holidayNames = map[string]int{
	"christmas": 0, "christmas day": 0, "xmas": 0, "christmas eve": 1,
	"new year's day": 2, "new year's": 2, "new years day": 2, "new year's eve": 3, "new years eve": 3,
	"valentine's day": 4, "valentines day": 4, "halloween": 5, "independence day": 6, "fourth of july": 6,
	"veterans day": 7, "veterans' day": 7, "armistice day": 7, "remembrance day": 7, "bastille day": 8,
	"boxing day": 9, "thanksgiving": 10, "thanksgiving day": 10, "labor day": 11, "memorial day": 12,
	"easter": 13, "easter sunday": 13, "good friday": 14, "martin luther king day": 15,
	"mother's day": 16, "father's day": 17, "presidents' day": 18, "presidents day": 18,
	"ash wednesday": 19, "easter monday": 20, "columbus day": 21, "may day": 22, "election day": 23,
}

// nthWeekday returns the n-th weekday wd (ISO 1-7) of month m of year y.
func nthWeekday(y, m, wd, n int) (int, int) {
	d := 1
	for isoWeekday(y, m, d) != wd {
		d++
	}
	return m, d + 7*(n-1)
}

// lastWeekday returns the last weekday wd of month m of year y.
func lastWeekday(y, m, wd int) (int, int) {
	_, d := nthWeekday(y, m, wd, 1)
	for d+7 <= daysIn(y, m) {
		d += 7
	}
	return m, d
}

// easter returns the date of Easter Sunday of year y (Gregorian
// computus), moved by offset days.
func easter(y, offset int) (int, int) {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	t := dateOf(y, month, day).AddDate(0, 0, offset)
	return int(t.Month()), t.Day()
}

// lexicon is the built-in lexicon, extended with the rules' literal words
// when they are compiled.
var lexicon = newLexicon()

func newLexicon() *lexiconT {
	l := &lexiconT{byWord: map[string]*entry{}}
	for m, names := range []string{"", "january jan", "february feb", "march mar", "april apr",
		"may", "june jun", "july jul", "august aug", "september sep sept", "october oct",
		"november nov", "december dec"} {
		for _, w := range strings.Fields(names) {
			l.add(w, cMonth, m)
			if len(w) <= 4 && w != "may" && w != "june" && w != "july" {
				l.add(w+".", cMonth, m)
			}
		}
	}
	for d, names := range []string{"", "monday mon. mondays", "tuesday tue. tues. tuesdays", "wednesday wed. wednesdays",
		"thursday thu. thur. thurs. thursdays", "friday fri. fridays", "saturday sat. saturdays", "sunday sun. sundays"} {
		for _, w := range strings.Fields(names) {
			if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, ".") {
				l.add(w, cWeekdays, d)
			} else {
				l.add(w, cWeekday, d)
			}
		}
	}
	for s, names := range []string{"", "spring springtime", "summer summertime", "fall autumn", "winter wintertime"} {
		for _, w := range strings.Fields(names) {
			l.add(w, cSeason, s)
		}
	}
	for i, names := range []string{"morning mornings", "afternoon afternoons", "evening evenings", "night nights overnight", "daytime"} {
		for _, w := range strings.Fields(names) {
			l.add(w, cPOD, i)
		}
	}
	for _, u := range []struct {
		sing, plur string
		u          unit
	}{
		{"second sec. secs.", "seconds secs", uSecond}, {"minute min. mins.", "minutes mins", uMinute},
		{"hour hr. hrs.", "hours hrs", uHour}, {"day", "days", uDay}, {"weekend", "weekends", uWeekend},
		{"week wk.", "weeks wks", uWeek}, {"fortnight", "fortnights", uWeek}, {"month", "months", uMonth},
		{"quarter", "quarters", uQuarter}, {"year yr. yr", "years yrs", uYear}, {"decade", "decades", uDecade},
		{"century", "centuries", uCentury}, {"millennium", "millennia millenniums", uMillennium},
	} {
		for _, w := range strings.Fields(u.sing) {
			l.add(w, cUnit, int(u.u))
		}
		for _, w := range strings.Fields(u.plur) {
			l.add(w, cUnits, int(u.u))
		}
	}
	for _, w := range strings.Fields("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million dozen half couple") {
		l.add(w, cNumWord, 0)
	}
	for _, w := range strings.Fields("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth") {
		l.add(w, cNumWord, 0)
	}
	for _, w := range strings.Fields("few several many some numerous") {
		l.add(w, cVague, 0)
	}
	l.add("a.m.", cAmPm, 0)
	l.add("am", cAmPm, 0)
	l.add("p.m.", cAmPm, 12)
	l.add("pm", cAmPm, 12)
	l.add("p.m", cAmPm, 12)
	l.add("a.m", cAmPm, 0)
	for _, w := range strings.Fields("est edt cst cdt mst mdt pst pdt gmt utc bst cet cest ist jst hkt msk aest") {
		l.add(w, cTZ, 0)
	}
	for _, w := range strings.Fields("christmas xmas thanksgiving halloween easter") {
		l.add(w, cHoliday, holidayNames[w])
	}
	for _, a := range []struct {
		words string
		u     unit
	}{{"hourly", uHour}, {"daily nightly", uDay}, {"weekly", uWeek}, {"monthly", uMonth},
		{"quarterly", uQuarter}, {"annually yearly", uYear}} {
		for _, w := range strings.Fields(a.words) {
			l.add(w, cAdverbSet, int(a.u))
		}
	}
	for _, w := range strings.Fields("now currently nowadays presently") {
		l.add(w, cNowRef, 0)
	}
	for _, w := range strings.Fields("recently lately") {
		l.add(w, cPastRef, 0)
	}
	for _, w := range strings.Fields("about around approximately roughly nearly almost some") {
		l.add(w, cApprox, 0)
	}
	l.add("early", cEarlyLate, 1)
	l.add("late", cEarlyLate, 3)
	l.add("mid", cEarlyLate, 2)
	l.add("today", cDayRel, 0)
	l.add("yesterday", cDayRel, -1)
	l.add("tomorrow", cDayRel, 1)
	l.add("tonight", cDayRel, 10)
	for _, w := range strings.Fields("on in at by since until till through throughout during over from to before after for within between of") {
		l.add(w, cPrep, 0)
	}
	addClauseWords(l)
	return l
}
