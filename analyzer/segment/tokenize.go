package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/analyzer"
)

// ASCII character classes.
const (
	cOther = iota
	cSpace
	cLetter
	cDigit
)

var asciiClass [utf8.RuneSelf]uint8

func init() {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			asciiClass[c] = cSpace
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			asciiClass[c] = cLetter
		case c >= '0' && c <= '9':
			asciiClass[c] = cDigit
		case c < ' ' || c == 0x7f:
			asciiClass[c] = cSpace // control characters separate tokens
		}
	}
}

// class returns the class of the rune at text[i] and its width.
func class(text string, i int) (uint8, int) {
	c := text[i]
	if c < utf8.RuneSelf {
		return asciiClass[c], 1
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	switch {
	case r == utf8.RuneError && n == 1:
		return cOther, 1
	case unicode.IsLetter(r) || unicode.IsMark(r):
		return cLetter, n
	case unicode.IsDigit(r):
		return cDigit, n
	case unicode.IsSpace(r) || unicode.IsControl(r) || r == '\u200b' || r == '\ufeff' || r == '\u00ad':
		return cSpace, n
	}
	return cOther, n
}

func isAlnum(text string, i, end int) bool {
	if i >= end {
		return false
	}
	c, _ := class(text, i)
	return c == cLetter || c == cDigit
}

func isLetterAt(text string, i, end int) bool {
	if i >= end {
		return false
	}
	c, _ := class(text, i)
	return c == cLetter
}

func isDigitAt(text string, i, end int) bool {
	return i < end && text[i] >= '0' && text[i] <= '9'
}

// apostropheAt returns the width of an apostrophe (' or ’) at text[i], or 0.
func apostropheAt(text string, i, end int) int {
	if i >= end {
		return 0
	}
	if text[i] == '\'' {
		return 1
	}
	if strings.HasPrefix(text[i:end], "’") {
		return len("’")
	}
	return 0
}

// hyphenAt returns the width of a word-joining hyphen at text[i], or 0.
func hyphenAt(text string, i, end int) int {
	if i >= end {
		return 0
	}
	if text[i] == '-' {
		return 1
	}
	if strings.HasPrefix(text[i:end], "\u2010") || strings.HasPrefix(text[i:end], "\u2011") {
		return 3
	}
	return 0
}

// clitics that are split from the word before them (after the apostrophe).
var clitics = []string{"s", "re", "ve", "ll", "d", "m", "S", "RE", "VE", "LL", "D", "M"}

// cliticAt reports the length of a clitic ("'s", "’ll", ...) starting at
// the apostrophe at text[i], or 0.
func cliticAt(text string, i, end int) int {
	a := apostropheAt(text, i, end)
	if a == 0 {
		return 0
	}
	for _, c := range clitics {
		j := i + a + len(c)
		if j <= end && text[i+a:j] == c && !isAlnum(text, j, end) {
			return j - i
		}
	}
	return 0
}

// tokenize appends the tokens of text[ps.Start:ps.End] to toks.
func tokenize(text string, ps analyzer.Span, toks []Token) []Token {
	end := ps.End
	singleOpen := false // a single quotation mark is open in this paragraph
	emit := func(s, e int, k Kind) { toks = append(toks, Token{Span: analyzer.Span{Start: s, End: e}, Kind: k}) }
	prevSpace := true // whether the previous rune was white space (or the start)
	for i := ps.Start; i < end; {
		cl, w := class(text, i)
		switch cl {
		case cSpace:
			i += w
			prevSpace = true
			continue
		case cLetter, cDigit:
			if c := text[i]; c == 'h' || c == 'w' || c == 'H' || c == 'W' {
				if e, ok := urlAt(text, i, end); ok {
					emit(i, e, KindURL)
					i = e
					break
				}
			}
			e, kind := scanWord(text, i, end)
			if e < end && text[e] == '@' && isAlnum(text, e+1, end) {
				// an e-mail address
				if e2, ok := urlAt(text, i, end); ok {
					emit(i, e2, KindURL)
					i = e2
					break
				}
			}
			// "don't" -> "do" + "n't"
			if e-i > 1 && (text[e-1] == 'n' || text[e-1] == 'N') {
				if a := apostropheAt(text, e, end); a > 0 && e+a < end && (text[e+a] == 't' || text[e+a] == 'T') && !isAlnum(text, e+a+1, end) {
					emit(i, e-1, kind)
					emit(e-1, e+a+1, KindWord)
					i = e + a + 1
					break
				}
			}
			emit(i, e, kind)
			i = e
			if n := cliticAt(text, i, end); n > 0 {
				emit(i, i+n, KindWord)
				i += n
			}
		default:
			e, kind := scanPunct(text, i, end, prevSpace, &singleOpen)
			emit(i, e, kind)
			i = e
		}
		prevSpace = false
	}
	return toks
}

// scanWord scans a word or number starting at i and returns its end.
func scanWord(text string, i, end int) (int, Kind) {
	start := i
	kind := KindWord
	if text[i] >= '0' && text[i] <= '9' {
		kind = KindNumber
	}
	acronym := false // "U.S.", "e.g."
	segStart := i    // start of the current period-separated segment
	for i < end {
		if c := text[i]; c < utf8.RuneSelf && asciiClass[c] >= cLetter {
			i++
			continue
		}
		cl, w := class(text, i)
		if cl == cLetter || cl == cDigit {
			i += w
			continue
		}
		c := text[i]
		switch {
		case c == '.':
			// 1.2, 3.5: a decimal point between digits.
			if isDigitAt(text, i-1, end) && isDigitAt(text, i+1, end) && kind == KindNumber {
				i++
				continue
			}
			// U.S., e.g., a.m.: single letters separated by periods.
			if i-segStart == 1 && isLetterAt(text, segStart, end) && isLetterAt(text, i+1, end) &&
				(i+2 >= end || text[i+2] == '.') {
				acronym = true
				i++
				segStart = i
				continue
			}
		case c == ',':
			// 15,000: a comma followed by exactly three digits.
			if kind == KindNumber && isDigitAt(text, i-1, end) && isDigitAt(text, i+1, end) &&
				isDigitAt(text, i+2, end) && isDigitAt(text, i+3, end) && !isDigitAt(text, i+4, end) {
				i++
				continue
			}
		case c == ':' || c == '/':
			// 10:30, 24/7, 12/20/2011
			if kind == KindNumber && isDigitAt(text, i-1, end) && isDigitAt(text, i+1, end) {
				i++
				continue
			}
		case c == '&':
			// AT&T, S&P
			if isUpperASCII(text, i-1) && isUpperASCII(text, i+1) && i-start <= 4 {
				i++
				continue
			}
		}
		if h := hyphenAt(text, i, end); h > 0 && isAlnum(text, i+h, end) {
			i += h
			segStart = i
			continue
		}
		if a := apostropheAt(text, i, end); a > 0 && isLetterAt(text, i+a, end) && isLetterAt(text, i-1, end) {
			if cliticAt(text, i, end) > 0 {
				break // "Kazakhstan’s": split the clitic off
			}
			// "don't" is split by the caller; O'Brien, rock'n'roll stay whole.
			if (text[i-1] == 'n' || text[i-1] == 'N') && (text[i+a] == 't' || text[i+a] == 'T') && !isAlnum(text, i+a+1, end) {
				break
			}
			i += a
			continue
		}
		break
	}
	// Keep the period of an acronym, an initial or a known abbreviation.
	if i < end && text[i] == '.' {
		word := text[start:i]
		if acronym || isInitial(word) || isAbbreviation(word, text, i+1, end) {
			i++
		}
	}
	return i, kind
}

func isUpperASCII(text string, i int) bool {
	return i >= 0 && i < len(text) && text[i] >= 'A' && text[i] <= 'Z'
}

// isInitial reports whether word is a single upper-case letter, as in
// "John F. Kennedy".
func isInitial(word string) bool {
	r, n := utf8.DecodeRuneInString(word)
	return n == len(word) && unicode.IsUpper(r)
}

// urlAt recognises web and e-mail addresses starting at i.
func urlAt(text string, i, end int) (int, bool) {
	rest := text[i:end]
	if !(hasPrefixFold(rest, "http://") || hasPrefixFold(rest, "https://") || hasPrefixFold(rest, "www.")) {
		// e-mail: word@word
		j := i
		for j < end && j-i < 64 && (isAlnum(text, j, end) || text[j] == '.' || text[j] == '_' || text[j] == '-') {
			j++
		}
		if j == i || j >= end || text[j] != '@' || !isAlnum(text, j+1, end) {
			return 0, false
		}
	}
	j := i
	for j < end {
		c := text[j]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '"' || c == '<' || c == '>' || c >= utf8.RuneSelf {
			break
		}
		j++
	}
	// Trailing punctuation belongs to the sentence.
	for j > i && strings.IndexByte(".,;:!?)'", text[j-1]) >= 0 {
		j--
	}
	return j, j > i
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// scanPunct scans a punctuation, quotation, dash or symbol token at i.
func scanPunct(text string, i, end int, prevSpace bool, singleOpen *bool) (int, Kind) {
	r, w := utf8.DecodeRuneInString(text[i:end])
	next := i + w
	nextIsSpace := next >= end
	if !nextIsSpace {
		cl, _ := class(text, next)
		nextIsSpace = cl == cSpace
	}
	switch r {
	case '“', '«', '„', '‟':
		return next, KindOpenQuote
	case '”', '»':
		return next, KindCloseQuote
	case '‘', '‹':
		*singleOpen = true
		return next, KindOpenQuote
	case '›':
		*singleOpen = false
		return next, KindCloseQuote
	case '"':
		if prevSpace || opensAfter(text, i) {
			return next, KindOpenQuote
		}
		return next, KindCloseQuote
	case '`':
		if next < end && text[next] == '`' {
			return next + 1, KindOpenQuote // TeX/PTB ``
		}
		return next, KindOpenQuote
	case '\'', '’':
		if r == '\'' && next < end && text[next] == '\'' {
			// TeX/PTB '' closes; the New York Times also opens with it:
			// ''Wow,'' she said.
			if (prevSpace || opensAfter(text, i)) && next+1 < end {
				if cl, _ := class(text, next+1); cl != cSpace {
					return next + 1, KindOpenQuote
				}
			}
			return next + 1, KindCloseQuote
		}
		if (prevSpace || opensAfter(text, i)) && !nextIsSpace {
			*singleOpen = true
			return next, KindOpenQuote
		}
		// After a word ending in s: a closing quote if one is open, else
		// a possessive ("the workers' union").
		if !prevSpace && !*singleOpen && i > 0 && (text[i-1] == 's' || text[i-1] == 'S') {
			return next, KindWord
		}
		*singleOpen = false
		return next, KindCloseQuote
	case '—', '–', '―', '⸺':
		for next < end && (strings.HasPrefix(text[next:end], "—") || strings.HasPrefix(text[next:end], "–")) {
			next += 3
		}
		return next, KindDash
	case '-':
		if next < end && text[next] == '-' {
			for next < end && text[next] == '-' {
				next++
			}
			return next, KindDash
		}
		if prevSpace && nextIsSpace {
			return next, KindDash
		}
		return next, KindPunct
	case '.':
		j := next
		for j < end && text[j] == '.' {
			j++
		}
		return j, KindPunct // "." or an ellipsis "..."
	case '!', '?':
		j := next
		for j < end && (text[j] == '!' || text[j] == '?') {
			j++
		}
		return j, KindPunct
	case '…':
		return next, KindPunct
	}
	if r == utf8.RuneError && w == 1 {
		return next, KindOther
	}
	if unicode.IsPunct(r) {
		return next, KindPunct
	}
	if unicode.IsSymbol(r) {
		return next, KindSymbol
	}
	return next, KindOther
}

// opensAfter reports whether a quotation mark at i follows a character
// after which quotations open: an opening bracket, a dash or another
// opening mark.
func opensAfter(text string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	switch r {
	case '(', '[', '{', '—', '–', '“', '‘', '«', '/', ':':
		return true
	}
	return false
}
