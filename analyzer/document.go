package analyzer

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/internal/textutil"
	"golang.org/x/text/language"
)

// A Document is one article. Text is the article exactly as it was
// received and is never modified: every span that an analyser reports is a
// byte range of Text. The other fields describe it and may be set by the
// caller or found in Text by ParseArticle.
type Document struct {
	// ID is the caller's identifier, reported in errors and output.
	ID string
	// Title is the headline. It need not occur in Text.
	Title string
	// Text is the raw article text. Analysers never modify it.
	Text string
	// Published is the article's date, the reference for relative dates
	// such as "on Sunday"; zero when unknown.
	Published time.Time
	// Lang is the article's language; language.Und is treated as English,
	// the only language the built-in analysers support.
	Lang language.Tag
	// Targets are spans the caller wants sentiment toward, answered in the
	// same order by the sentiment analyser. Optional.
	Targets []Span

	// Dateline is the span of a leading date line ("Tue, Dec 20, 2011 -
	// Page 5 News List"), or zero.
	Dateline Span
	// Headline is the span of the headline within Text, or zero.
	Headline Span
	// Standfirst is the span of a standfirst or kicker under the headline
	// ("NEW CONTINGENCY: ..."), or zero.
	Standfirst Span
	// Body is the span of the article's body: the text without the date
	// line, headline, standfirst and trailing site boilerplate.
	Body Span
}

// NewDocument returns a Document whose body is all of text, less leading and
// trailing white space. Use it for text that is known to be just an
// article's body; use ParseArticle for raw scraped pages.
func NewDocument(text string) *Document {
	return &Document{Text: text, Body: trimSpan(text, Span{0, len(text)})}
}

// Slice returns the text of span s of the document. It panics like a slice
// expression if s is not inside the text.
func (d *Document) Slice(s Span) string { return d.Text[s.Start:s.End] }

// Position returns the line:column position of byte offset off. It scans
// the text; to convert many offsets, build a Lines once with NewLines.
func (d *Document) Position(off int) Position { return NewLines(d.Text).Position(off) }

// Regions returns the spans that carry article text, in order: the
// headline, the standfirst and the body, each if present. Analysers
// analyse these and ignore the date line and site boilerplate.
func (d *Document) Regions() []Span {
	var rs []Span
	for _, s := range []Span{d.Headline, d.Standfirst, d.Body} {
		if s.Len() > 0 {
			rs = append(rs, s)
		}
	}
	return rs
}

// ParseArticle returns a Document for a raw scraped article. It recognises,
// when present, a leading date line (which sets Published), the headline
// (which sets Title), a standfirst or kicker, and trailing site boilerplate
// such as view counters, comment policies and "back to top" links, and sets
// Body to what remains. Text with no such header is all body. Every span
// refers to the original text, which is kept unchanged.
func ParseArticle(text string) *Document {
	d := &Document{Text: text}
	blocks := splitBlocks(text)
	if len(blocks) == 0 {
		d.Body = trimSpan(text, Span{0, len(text)})
		return d
	}
	first := 0
	// 1. A date line: the first line of the first block, if it is short
	// and contains a date.
	line := firstLine(text, blocks[0])
	if line.Len() <= 120 {
		if t, ok := findDate(line.In(text)); ok {
			d.Dateline, d.Published = line, t
			if rest := trimSpan(text, Span{line.End, blocks[0].End}); rest.Len() > 0 {
				blocks[0] = rest
			} else {
				first = 1
			}
		}
	}
	// 2. The headline: a single short line without final punctuation,
	// followed by more text. Without a date line the next block must also
	// be longer, so that a plain text is left alone.
	if first < len(blocks)-1 {
		h := blocks[first]
		if isHeadline(text, h) && (d.Dateline.Len() > 0 || blocks[first+1].Len() > h.Len()) {
			d.Headline, d.Title = h, h.In(text)
			first++
			// 3. A standfirst: a kicker ("NEW CONTINGENCY: ...") or a
			// single unpunctuated line, followed by more text.
			if first < len(blocks)-1 && isStandfirst(text, blocks[first]) {
				d.Standfirst = blocks[first]
				first++
			}
		}
	}
	// 4. Trailing boilerplate.
	last := len(blocks) - 1
	for last > first && isBoilerplate(blocks[last].In(text)) {
		last--
	}
	if first > last {
		first = last
	}
	d.Body = Span{blocks[first].Start, blocks[last].End}
	return d
}

// splitBlocks returns the trimmed spans of the blank-line-separated blocks
// of text.
func splitBlocks(text string) []Span {
	var blocks []Span
	start := -1 // start of the current block, -1 if none
	lineStart := 0
	lastNonBlankEnd := 0
	for lineStart <= len(text) {
		end := strings.IndexByte(text[lineStart:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += lineStart
		}
		line := text[lineStart:end]
		if strings.TrimSpace(line) == "" {
			if start >= 0 {
				blocks = append(blocks, trimSpan(text, Span{start, lastNonBlankEnd}))
				start = -1
			}
		} else {
			if start < 0 {
				start = lineStart
			}
			lastNonBlankEnd = end
		}
		if end == len(text) {
			break
		}
		lineStart = end + 1
	}
	if start >= 0 {
		blocks = append(blocks, trimSpan(text, Span{start, lastNonBlankEnd}))
	}
	return blocks
}

// trimSpan shrinks s to exclude leading and trailing white space.
func trimSpan(text string, s Span) Span {
	for s.Start < s.End {
		r, n := utf8.DecodeRuneInString(text[s.Start:s.End])
		if !unicode.IsSpace(r) {
			break
		}
		s.Start += n
	}
	for s.End > s.Start {
		r, n := utf8.DecodeLastRuneInString(text[s.Start:s.End])
		if !unicode.IsSpace(r) {
			break
		}
		s.End -= n
	}
	if s.Start == s.End {
		return Span{s.Start, s.Start}
	}
	return s
}

func firstLine(text string, block Span) Span {
	b := block.In(text)
	if i := strings.IndexByte(b, '\n'); i >= 0 {
		return trimSpan(text, Span{block.Start, block.Start + i})
	}
	return block
}

func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \t\"'”’)]»")
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?:;,…", r)
}

func isHeadline(text string, s Span) bool {
	h := s.In(text)
	return s.Len() <= 200 && !strings.Contains(h, "\n") && !endsSentence(h) && len(strings.Fields(h)) <= 25
}

func isStandfirst(text string, s Span) bool {
	t := s.In(text)
	if k, _, ok := strings.Cut(t, ":"); ok && len(k) >= 3 && len(k) <= 40 && strings.ToUpper(k) == k && strings.IndexFunc(k, unicode.IsLetter) >= 0 {
		return true // a kicker: "NEW CONTINGENCY:..."
	}
	return s.Len() <= 400 && !strings.Contains(t, "\n") && !endsSentence(t)
}

var boilerplatePrefixes = []string{
	"this story has been viewed", "this article has been viewed", "comments will be moderated",
	"comments are moderated", "back to top", "top of page", "copyright", "all rights reserved",
	"share this", "share on", "advertisement", "click here", "follow us", "sign up",
	"subscribe", "print this", "email this", "reprints", "read more", "read next",
	"more from", "you may also like", "recommended for you", "related stories", "related articles",
	"related:", "tags:", "filed under", "©", "(c) ", "leave a comment", "post a comment",
	"add a comment", "report an error", "send us your feedback", "rate this article",
}

// isBoilerplate reports whether a trailing block looks like site furniture
// rather than article text.
func isBoilerplate(b string) bool {
	l := strings.ToLower(b)
	for _, p := range boilerplatePrefixes {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	// Very short unpunctuated fragments at the end of a page ("TOP top",
	// "Share", "Advertisement").
	f := strings.Fields(b)
	return len(f) <= 3 && len(b) <= 30 && !endsSentence(b)
}

// findDate finds a calendar date in a short line: "Tue, Dec 20, 2011",
// "December 20, 2011", "20 December 2011", "2011-12-20" or "2011/12/20".
func findDate(line string) (time.Time, bool) {
	words := strings.FieldsFunc(line, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '/' || r == '.')
	})
	for i, w := range words {
		w = strings.TrimSuffix(w, ".")
		if t, ok := parseISO(w); ok {
			return t, true
		}
		m, ok := textutil.Month(w)
		if !ok {
			continue
		}
		// Month Day Year
		if i+2 < len(words) {
			if day, ok := dayNumber(words[i+1]); ok {
				if y, ok := yearNumber(words[i+2]); ok {
					return dateOK(y, m, day)
				}
			}
		}
		// Day Month Year
		if i >= 1 && i+1 < len(words) {
			if day, ok := dayNumber(words[i-1]); ok {
				if y, ok := yearNumber(words[i+1]); ok {
					return dateOK(y, m, day)
				}
			}
		}
	}
	return time.Time{}, false
}

func dateOK(y int, m time.Month, d int) (time.Time, bool) {
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d || t.Month() != m {
		return time.Time{}, false
	}
	return t, true
}

func dayNumber(w string) (int, bool) {
	w = strings.TrimRight(w, ".")
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		w = strings.TrimSuffix(w, suf)
	}
	n, err := strconv.Atoi(w)
	return n, err == nil && n >= 1 && n <= 31
}

func yearNumber(w string) (int, bool) {
	n, err := strconv.Atoi(strings.TrimRight(w, "."))
	return n, err == nil && len(w) >= 4 && n >= 1000 && n <= 9999
}

func parseISO(w string) (time.Time, bool) {
	if len(w) != 10 || (w[4] != '-' && w[4] != '/') || w[7] != w[4] {
		return time.Time{}, false
	}
	y, e1 := strconv.Atoi(w[:4])
	m, e2 := strconv.Atoi(w[5:7])
	d, e3 := strconv.Atoi(w[8:])
	if e1 != nil || e2 != nil || e3 != nil || m < 1 || m > 12 {
		return time.Time{}, false
	}
	return dateOK(y, time.Month(m), d)
}

// ParseDate parses a reference date as callers write one: "2011-12-20",
// RFC 3339 ("2011-12-20T08:00:00Z"), or a written date such as
// "Dec 20, 2011" or "20 December 2011". The error names the input.
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	if t, ok := parseISO(s); ok {
		return t, nil
	}
	if t, ok := findDate(s); ok && len(s) <= 40 {
		return t, nil
	}
	return time.Time{}, fmt.Errorf("invalid date %q: want YYYY-MM-DD, RFC 3339 or a written date such as \"Dec 20, 2011\"", s)
}
