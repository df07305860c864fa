package textutil

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// A View is a normalised copy of a text with a map from each of its byte
// offsets back to an offset in the original, so that matching can run on
// the normal form while every reported span still refers to the original
// bytes. Views are private working copies: analysers never expose View
// offsets.
type View struct {
	// Text is the normalised text.
	Text string
	orig []int // orig[i]: original offset of the view byte i; len(Text)+1 entries
}

// Fold returns the view of text under NFKC normalisation (which also folds
// full-width and compatibility forms), with curly quotes and apostrophes
// made straight, dashes and minus signs made '-', non-breaking and other
// Unicode spaces made ' ', and, if lower is set, letters lower-cased.
// Invalid UTF-8 bytes become U+FFFD.
//
// For pure ASCII input Fold allocates only the offset map.
func Fold(text string, lower bool) *View {
	var b strings.Builder
	b.Grow(len(text))
	orig := make([]int, 0, len(text)+1)
	emit := func(s string, at int) {
		for i := 0; i < len(s); i++ {
			orig = append(orig, at)
		}
		b.WriteString(s)
	}
	var it norm.Iter
	for i := 0; i < len(text); {
		c := text[i]
		// An ASCII byte directly before non-ASCII text joins it, since a
		// combining mark may follow it ("e\u0301" composes to "é").
		if c < utf8.RuneSelf && (i+1 >= len(text) || text[i+1] < utf8.RuneSelf) {
			if lower && c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			orig = append(orig, i)
			b.WriteByte(c)
			i++
			continue
		}
		// A run of non-ASCII text up to the next ASCII byte, which is a
		// normalisation boundary unless a combining mark follows it.
		j := i + 1
		for j < len(text) && (text[j] >= utf8.RuneSelf || j+1 < len(text) && text[j+1] >= utf8.RuneSelf) {
			j++
		}
		it.InitString(norm.NFKC, text[i:j])
		for !it.Done() {
			start := i + it.Pos()
			seg := it.Next()
			emit(foldSegment(string(seg), lower), start)
		}
		i = j
	}
	orig = append(orig, len(text))
	return &View{Text: b.String(), orig: orig}
}

func foldSegment(s string, lower bool) string {
	var b strings.Builder
	for _, r := range s {
		b.WriteRune(foldRune(r, lower))
	}
	return b.String()
}

// foldRune folds one rune as Fold does: curly quotes and apostrophes made
// straight, dashes and minus signs made '-', spaces made ' ', and, if
// lower is set, letters lower-cased.
func foldRune(r rune, lower bool) rune {
	switch {
	case r == '‘' || r == '’' || r == '‚' || r == '‛' || r == '′':
		return '\''
	case r == '“' || r == '”' || r == '„' || r == '‟' || r == '″' || r == '«' || r == '»':
		return '"'
	case r == '‐' || r == '‑' || r == '‒' || r == '–' || r == '—' || r == '―' || r == '−':
		return '-'
	case unicode.IsSpace(r):
		return ' '
	case lower:
		return unicode.ToLower(r)
	}
	return r
}

// Orig maps byte offset i of v.Text to the corresponding offset in the
// original text. Offsets inside the expansion of one original character map
// to that character's start; len(v.Text) maps to the original's length.
func (v *View) Orig(i int) int {
	i = max(0, min(i, len(v.orig)-1))
	return v.orig[i]
}

// OrigSpan maps the view span [start, end) to the smallest original span
// that covers it.
func (v *View) OrigSpan(start, end int) (int, int) {
	s := v.Orig(start)
	if end <= start {
		return s, s
	}
	// The end maps to the start of the first original character not
	// covered, which is the original offset of view byte end if it begins
	// a new character, else the next character's start.
	e := v.Orig(end)
	if end < len(v.orig)-1 && v.orig[end] == v.orig[end-1] {
		// end falls inside one original character's expansion: extend to
		// the next original character.
		k := end
		for k < len(v.orig)-1 && v.orig[k] == v.orig[end-1] {
			k++
		}
		e = v.orig[k]
	}
	return s, e
}

// FoldWord returns the folded, lower-cased form of a single word, as Fold
// would produce it, for lexicon and gazetteer look-ups. ASCII words without
// upper-case letters are returned as they are, without allocating.
func FoldWord(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return lowerASCII(w)
	}
	return Fold(w, true).Text
}
