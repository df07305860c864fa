package textutil

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// StripMarks returns s with combining marks removed after canonical
// decomposition, so that "Warīsān" becomes "Warisan" and "Zürich" becomes
// "Zurich"; letters without a decomposition ("ø", "ł") are kept. ASCII
// input is returned as it is, without allocating. It is meant for
// gazetteer and lexicon keys, where text may be written with or without
// diacritics.
func StripMarks(s string) string {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for _, r := range norm.NFD.String(s[i:]) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(r)
	}
	return norm.NFC.String(b.String())
}
