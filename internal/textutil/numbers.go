package textutil

import (
	"strconv"
	"strings"
)

// A Number is a quantity written in digits or English words.
type Number struct {
	// Value is the quantity: 15 for "15", "fifteen" or "a dozen and three";
	// the unit for vague plurals (12 for "dozens", 100 for "hundreds", 20
	// for "scores", 10000 for "tens of thousands"); the fraction for
	// fractions (0.5 for "half", 2/3 for "two-thirds").
	Value float64
	// Vague marks plural multiples such as "dozens", "hundreds of" and
	// "tens of thousands": more than one unit, how many unknown.
	Vague bool
	// Fraction marks fractions: "half", "two-thirds", "a quarter".
	Fraction bool
	// Ordinal marks ordinals: "third", "20th", "twenty-first".
	Ordinal bool
}

var units = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19,
}

var tens = map[string]float64{
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90,
}

var ordinals = map[string]float64{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
	"twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
	"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
	"sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
	"hundredth": 100, "thousandth": 1000,
}

// denominators of fractions, singular and plural ("a third", "two-thirds").
var denominators = map[string]float64{
	"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
	"fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
	"seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
	"tenth": 10, "tenths": 10,
}

var scales = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
}

// vague plurals: "dozens", "hundreds", ...; value is the unit.
var vaguePlurals = map[string]float64{
	"dozens": 12, "scores": 20, "tens": 10, "hundreds": 100, "thousands": 1e3,
	"millions": 1e6, "billions": 1e9,
}

// wordNumbers holds every single number word NumberWord reads, so that a
// word that is not a number costs one look-up.
var wordNumbers = func() map[string]Number {
	m := make(map[string]Number, len(units)+len(tens)+len(ordinals)+len(scales)+len(vaguePlurals)+2)
	for w, v := range vaguePlurals {
		m[w] = Number{Value: v, Vague: true}
	}
	for w, v := range ordinals {
		m[w] = Number{Value: v, Ordinal: true}
	}
	for _, t := range []map[string]float64{units, tens, scales} {
		for w, v := range t {
			m[w] = Number{Value: v}
		}
	}
	m["dozen"] = Number{Value: 12}
	m["half"] = Number{Value: 0.5, Fraction: true}
	return m
}()

// NumberWord reads one token as a number: digits with thousands
// separators and decimals ("15", "15,000", "1.2"), ordinals in digits
// ("20th"), number words ("fifteen", "ninety-nine", "twenty-first",
// "dozen", "hundred"), fractions ("half", "two-thirds") and vague plurals
// ("dozens", "hundreds"). The token may be in any case. It does not read
// "a", "several" or "many", which are not numbers by themselves.
func NumberWord(tok string) (Number, bool) {
	w := lowerASCII(tok)
	if w == "" {
		return Number{}, false
	}
	if c := w[0]; c >= '0' && c <= '9' {
		return digits(w)
	}
	if n, ok := wordNumbers[w]; ok {
		return n, true
	}
	// Hyphenated: "ninety-nine", "twenty-first", "two-thirds".
	if a, b, ok := strings.Cut(w, "-"); ok && !strings.Contains(b, "-") {
		t, okT := tens[a]
		if okT {
			if u, ok := units[b]; ok && u > 0 && u < 10 {
				return Number{Value: t + u}, true
			}
			if o, ok := ordinals[b]; ok && o < 10 {
				return Number{Value: t + o, Ordinal: true}, true
			}
		}
		num, okN := units[a]
		if !okN {
			num, okN = tens[a]
		}
		if okN {
			if d, ok := denominators[b]; ok && num > 0 {
				return Number{Value: num / d, Fraction: true}, true
			}
		}
	}
	return Number{}, false
}

// digits parses "15", "15,000", "1.2", "1,234.5", "20th", "1st".
func digits(w string) (Number, bool) {
	num, suffix := w, ""
	for i := 0; i < len(w); i++ {
		c := w[i]
		if (c < '0' || c > '9') && c != ',' && c != '.' {
			num, suffix = w[:i], w[i:]
			break
		}
	}
	ordinal := false
	switch suffix {
	case "":
	case "st", "nd", "rd", "th":
		ordinal = true
	default:
		return Number{}, false
	}
	// Thousands separators must group by three: "15,000" but not "1,5".
	if strings.Contains(num, ",") {
		intPart, _, _ := strings.Cut(num, ".")
		groups := strings.Split(intPart, ",")
		if len(groups[0]) == 0 || len(groups[0]) > 3 {
			return Number{}, false
		}
		for _, g := range groups[1:] {
			if len(g) != 3 {
				return Number{}, false
			}
		}
		num = strings.ReplaceAll(num, ",", "")
	}
	if num == "" || num[len(num)-1] == '.' {
		return Number{}, false
	}
	v, err := strconv.ParseFloat(num, 64)
	if err != nil {
		return Number{}, false
	}
	if ordinal && strings.Contains(num, ".") {
		return Number{}, false
	}
	return Number{Value: v, Ordinal: ordinal}, true
}

// ParseNumber reads the longest number at the start of words, a sequence of
// tokens as segmentation produces them (any case), and returns it with the
// number of tokens it used; n is 0 when words does not start with a number.
// It reads compound numbers ("one hundred and twenty-five", "1.2 million",
// "three thousand"), "a"/"an" before a scale word ("a dozen", "a hundred"),
// "half a dozen", vague multiples ("dozens", "hundreds of thousands", "tens
// of thousands", "scores") and "a couple".
func ParseNumber(words []string) (num Number, n int) {
	i := 0
	lw := func(j int) string {
		if j < len(words) {
			return lowerASCII(words[j])
		}
		return ""
	}
	// "a dozen", "a hundred", "an estimated"? only scale words.
	if w := lw(0); w == "a" || w == "an" {
		next := lw(1)
		switch {
		case next == "dozen" || next == "score" || scales[next] > 0:
			// fall through to the main loop with an implicit one
			first, _ := NumberWord(next)
			if next == "score" {
				first = Number{Value: 20}
			}
			num, n = first, 2
			return extend(words, num, n)
		case next == "couple": // "a couple (of)"
			return Number{Value: 2}, 2
		case next == "half" && lw(2) == "dozen":
			return Number{Value: 6}, 3
		case next == "half":
			return Number{Value: 0.5, Fraction: true}, 2
		case next == "third" || next == "quarter" || next == "fifth":
			return Number{Value: 1 / denominators[next], Fraction: true}, 2
		}
		return Number{}, 0
	}
	if lw(0) == "half" && (lw(1) == "a" || lw(1) == "an") && lw(2) == "dozen" {
		return Number{Value: 6}, 3
	}
	first, ok := NumberWord(lw(0))
	if !ok {
		return Number{}, 0
	}
	i = 1
	if first.Vague {
		// "hundreds of thousands", "tens of millions"
		if lw(1) == "of" {
			if m, ok := vaguePlurals[lw(2)]; ok && m > first.Value {
				return Number{Value: first.Value * m, Vague: true}, 3
			}
		}
		return first, 1
	}
	if first.Fraction || first.Ordinal {
		return first, 1
	}
	return extend(words, first, i)
}

// extend continues a compound number after its first n tokens.
func extend(words []string, num Number, n int) (Number, int) {
	lw := func(j int) string {
		if j < len(words) {
			return lowerASCII(words[j])
		}
		return ""
	}
	total := 0.0
	current := num.Value
	decimalDigits := strings.ContainsAny(lw(0), ".") // "1.2 million"
	lastWasScale := scales[lw(n-1)] > 0 || lw(n-1) == "dozen"
	for {
		w := lw(n)
		if w == "" {
			break
		}
		if w == "and" && lastWasScale {
			// "one hundred and five": only if a small number follows
			nx, ok := NumberWord(lw(n + 1))
			if ok && !nx.Vague && !nx.Fraction && nx.Value < 100 && scales[lw(n+1)] == 0 {
				n++
				continue
			}
			break
		}
		if s, ok := scales[w]; ok {
			if s == 100 {
				if current >= 100 || current == 0 {
					break
				}
				current *= 100
			} else {
				if current == 0 {
					break
				}
				total += current * s
				current = 0
			}
			n++
			lastWasScale = true
			continue
		}
		if w == "dozen" {
			current *= 12
			n++
			lastWasScale = true
			continue
		}
		if decimalDigits {
			break
		}
		nw, ok := NumberWord(w)
		if !ok || nw.Vague || nw.Fraction || nw.Ordinal || w[0] >= '0' && w[0] <= '9' {
			break
		}
		// Only add smaller parts: "hundred five" and "twenty five" yes,
		// "five five" and "twenty thirty" no.
		tensThenUnit := !lastWasScale && isTens(lw(n-1)) && nw.Value < 10 && nw.Value > 0
		if !(lastWasScale || tensThenUnit) || nw.Value >= 100 {
			break
		}
		current += nw.Value
		n++
		lastWasScale = false
	}
	num.Value = total + current
	return num, n
}

func isTens(w string) bool { _, ok := tens[w]; return ok }

// SplitNumberPrefix splits a hyphenated token that starts with a number,
// such as "three-week", "15-year-old" or "two-day", into the number and the
// rest after the first hyphen ("week", "year-old", "day"). It reports false
// when the token has no hyphen or its first part is not a number; compound
// number words such as "twenty-five-year-old" are read whole.
func SplitNumberPrefix(tok string) (Number, string, bool) {
	// Try the longest numeric prefix first: "twenty-five-year-old".
	for i := len(tok) - 1; i > 0; i-- {
		if tok[i] != '-' {
			continue
		}
		if n, ok := NumberWord(tok[:i]); ok && i+1 < len(tok) {
			return n, tok[i+1:], true
		}
	}
	return Number{}, "", false
}
