package analyzer

import (
	"fmt"
	"unicode/utf8"
)

// A Span is a half-open range [Start, End) of byte offsets into
// Document.Text. Every fact an analyser reports carries the Span of its
// evidence. The zero Span is empty and, where a field is optional, means
// "absent".
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len reports the number of bytes in s.
func (s Span) Len() int { return s.End - s.Start }

// IsZero reports whether s is the zero Span, which optional span fields use
// to mean "absent".
func (s Span) IsZero() bool { return s.Start == 0 && s.End == 0 }

// Contains reports whether o lies entirely inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// In returns the text of s within text. It panics like a slice expression
// when s is not inside text; use Check first for untrusted spans.
func (s Span) In(text string) string { return text[s.Start:s.End] }

// String formats s as "[start,end)".
func (s Span) String() string { return fmt.Sprintf("[%d,%d)", s.Start, s.End) }

// Check reports an error unless s is well formed (0 <= Start <= End), lies
// inside text, and both ends fall on UTF-8 rune boundaries. It is the
// invariant every analyser's output must satisfy.
func (s Span) Check(text string) error {
	switch {
	case s.Start < 0 || s.End < s.Start:
		return fmt.Errorf("span %v is malformed", s)
	case s.End > len(text):
		return fmt.Errorf("span %v ends past the text (%d bytes)", s, len(text))
	case !onBoundary(text, s.Start):
		return fmt.Errorf("span %v starts inside a UTF-8 sequence", s)
	case !onBoundary(text, s.End):
		return fmt.Errorf("span %v ends inside a UTF-8 sequence", s)
	}
	return nil
}

// onBoundary reports whether byte offset i of text is not a UTF-8
// continuation byte. Offsets 0 and len(text) are always boundaries. Invalid
// UTF-8 is treated byte by byte, as Go's range loop treats it.
func onBoundary(text string, i int) bool {
	if i <= 0 || i >= len(text) {
		return true
	}
	if utf8.RuneStart(text[i]) {
		return true
	}
	// A continuation byte is a boundary only if it is not part of a valid
	// encoding that started earlier (stray continuation bytes decode as
	// RuneError of width 1).
	for j := i - 1; j >= 0 && j >= i-utf8.UTFMax+1; j-- {
		if utf8.RuneStart(text[j]) {
			_, size := utf8.DecodeRuneInString(text[j:])
			return j+size <= i
		}
	}
	return true
}

// A Position is a human-readable location in a text, in the manner of
// go/token.Position: Line and Column are 1-based; Column counts runes
// (characters), not bytes.
type Position struct {
	Offset int // byte offset, 0-based
	Line   int // line number, 1-based
	Column int // column number in runes, 1-based
}

// String formats p as "line:column".
func (p Position) String() string { return fmt.Sprintf("%d:%d", p.Line, p.Column) }

// Lines indexes the line starts of a text so that byte offsets can be turned
// into positions in O(log n). Build one with NewLines and reuse it.
type Lines struct {
	text   string
	starts []int
}

// NewLines indexes text's line starts.
func NewLines(text string) *Lines {
	starts := []int{0}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			starts = append(starts, i+1)
		}
	}
	return &Lines{text: text, starts: starts}
}

// Position returns the line:column position of byte offset off. Offsets
// outside the text are clamped to it.
func (l *Lines) Position(off int) Position {
	off = max(0, min(off, len(l.text)))
	lo, hi := 0, len(l.starts)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if l.starts[mid] <= off {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return Position{Offset: off, Line: lo + 1, Column: utf8.RuneCountInString(l.text[l.starts[lo]:off]) + 1}
}

// RuneOffset converts byte offset off of text into a rune (character)
// offset, the unit that corpora such as brat and NewsMTSC use.
func RuneOffset(text string, off int) int {
	off = max(0, min(off, len(text)))
	return utf8.RuneCountInString(text[:off])
}

// ByteOffset converts rune offset r of text into a byte offset. Rune
// offsets past the end map to len(text).
func ByteOffset(text string, r int) int {
	if r <= 0 {
		return 0
	}
	n := 0
	for i := range text {
		if n == r {
			return i
		}
		n++
	}
	return len(text)
}
