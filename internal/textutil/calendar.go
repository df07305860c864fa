package textutil

import (
	"strings"
	"time"
)

var months = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
	"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday,
	"saturday": time.Saturday,
	"sun":      time.Sunday, "mon": time.Monday, "tue": time.Tuesday, "tues": time.Tuesday,
	"wed": time.Wednesday, "thu": time.Thursday, "thur": time.Thursday, "thurs": time.Thursday,
	"fri": time.Friday, "sat": time.Saturday,
}

// Month returns the month named by word: a full English month name or a
// common abbreviation, in any case, with or without a trailing period
// ("December", "Dec", "DEC.", "Sept."). Written in lower case, only full
// names count, and never "may" or "march", which are usually other words.
func Month(word string) (time.Month, bool) {
	w := strings.TrimSuffix(word, ".")
	if w == "" {
		return 0, false
	}
	m, ok := months[lowerASCII(w)]
	if !ok {
		return 0, false
	}
	if w[0] >= 'a' && w[0] <= 'z' && (m.String() != capitalize(w) || w == "may" || w == "march") {
		return 0, false
	}
	return m, true
}

func capitalize(w string) string {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return w
	}
	return string(w[0]-'a'+'A') + w[1:]
}

// Weekday returns the weekday named by word, a full English name or a
// common abbreviation, in any case, with or without a trailing period.
func Weekday(word string) (time.Weekday, bool) {
	w := strings.TrimSuffix(word, ".")
	d, ok := weekdays[lowerASCII(w)]
	return d, ok
}

// lowerASCII lower-cases ASCII letters only and allocates only when it must.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// LowerASCII returns s with ASCII letters lower-cased; other bytes are
// unchanged. It allocates only when s has an upper-case ASCII letter.
func LowerASCII(s string) string { return lowerASCII(s) }
