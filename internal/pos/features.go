package pos

import (
	"strings"
	"unicode"
	"unicode/utf8"

	pc "github.com/newsfacts/newsfacts/internal/perceptron"
)

// Feature templates.
const (
	tBias = iota
	tLow
	tForm
	tSuffix
	tPrefix
	tShape
	tFlags
	tSuffix3
	tHist // the two previous tags
)

// maxWordBytes bounds the part of a token that features look at, so that a
// pathological token (megabytes without a space) costs no more than a long
// word.
const maxWordBytes = 48

// A word is what the features know of one token.
type word struct {
	form  string // the token, typography folded, clipped
	low   string // form in lower case with every digit made '0'
	short string // short shape: Xx, d.d, x-x
	flags uint32
}

// Word flags: their combination is one feature.
const (
	fInitCap = 1 << iota
	fAllCaps
	fHasDigit
	fAllDigits
	fHyphen
	fPeriod
	fNoAlnum
	fLen1
	fLen2
	fLong
)

var boundary = word{form: "<S>", low: "<s>", short: "<S>"}

// newWord analyses a token.
func newWord(tok string) word {
	w := word{form: fold(clip(tok))}
	if w.form == "" {
		w.form = "<empty>"
	}
	w.low = lowDigits(w.form)
	w.short, w.flags = shape(w.form)
	return w
}

// clip cuts a token to maxWordBytes, on a rune boundary.
func clip(tok string) string {
	if len(tok) <= maxWordBytes {
		return tok
	}
	cut := maxWordBytes
	for cut > 0 && !utf8.RuneStart(tok[cut]) {
		cut--
	}
	return tok[:cut]
}

// fold writes typographic quotes, apostrophes and dashes as CoNLL-2003
// does: “ ” as ", ’ as ', an em or en dash as --.
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		if s == "``" || s == "''" {
			return `"`
		}
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch r {
		case '‘', '’', '‚', '‛', '′':
			b.WriteByte('\'')
		case '“', '”', '„', '‟', '″', '«', '»':
			b.WriteByte('"')
		case '–', '—', '―':
			b.WriteString("--")
		case '‐', '‑', '‒', '−':
			b.WriteByte('-')
		case '…':
			b.WriteString("...")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// lowDigits lower-cases s and replaces every digit with '0'.
func lowDigits(s string) string {
	change := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c >= '1' && c <= '9' || c >= utf8.RuneSelf {
			change = true
			break
		}
	}
	if !change {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			b.WriteByte('0')
		case r >= 'A' && r <= 'Z':
			b.WriteByte(byte(r + 'a' - 'A'))
		case r < utf8.RuneSelf:
			b.WriteByte(byte(r))
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// shape returns the short shape of s (runs of upper-case letters, lower-case
// letters and digits written X, x and d once; other characters kept, at most
// 8) and its flags.
func shape(s string) (string, uint32) {
	var buf [8]byte
	n := 0
	var f uint32
	var prev byte
	letters, uppers, digits, alnum, runes := 0, 0, 0, 0, 0
	for i, r := range s {
		runes++
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
			letters++
			uppers++
			if i == 0 {
				f |= fInitCap
			}
		case unicode.IsLetter(r):
			c = 'x'
			letters++
		case r >= '0' && r <= '9' || unicode.IsDigit(r):
			c = 'd'
			digits++
		case r == '-':
			c = '-'
			f |= fHyphen
		case r == '.':
			c = '.'
			f |= fPeriod
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = '*'
		}
		if c == 'X' || c == 'x' || c == 'd' {
			alnum++
		}
		if c != prev && n < len(buf) {
			buf[n] = c
			n++
		}
		prev = c
	}
	if letters > 0 && uppers == letters {
		f |= fAllCaps
	}
	if digits > 0 {
		f |= fHasDigit
		if digits == runes {
			f |= fAllDigits
		}
	}
	if alnum == 0 {
		f |= fNoAlnum
	}
	switch {
	case runes == 1:
		f |= fLen1
	case runes == 2:
		f |= fLen2
	case runes >= 8:
		f |= fLong
	}
	return string(buf[:n]), f
}

// unigrams appends the features word w contributes at offset k (-2 to 2)
// from the current token. They depend on nothing else, which lets the
// tagger cache their weights per word.
func unigrams(dst []uint64, w *word, k int) []uint64 {
	dst = append(dst, pc.Finish(pc.String(pc.Seed(tLow, k, 0), w.low)))
	if k < -1 || k > 1 {
		return dst
	}
	dst = append(dst, pc.Finish(pc.String(pc.Seed(tShape, k, 0), w.short)))
	low := w.low
	if k != 0 {
		if n := len(low); n > 3 {
			dst = append(dst, pc.Finish(pc.String(pc.Seed(tSuffix3, k, 0), suffix(low, 3))))
		}
		return dst
	}
	dst = append(dst, pc.Finish(pc.Seed(tBias, 0, 0)))
	dst = append(dst, pc.Finish(pc.String(pc.Seed(tForm, 0, 0), w.form)))
	dst = append(dst, pc.Finish(pc.Int(pc.Seed(tFlags, 0, 0), uint64(w.flags))))
	// Prefixes of up to 3 runes and suffixes of up to 4.
	n := 0
	for i := range low {
		if n > 0 && n <= 3 {
			dst = append(dst, pc.Finish(pc.String(pc.Seed(tPrefix, 0, 0), low[:i])))
		}
		n++
	}
	if n <= 3 && n > 0 {
		dst = append(dst, pc.Finish(pc.String(pc.Seed(tPrefix, 0, 0), low)))
	}
	end := len(low)
	for j := 1; j <= 4 && end > 0; j++ {
		_, size := utf8.DecodeLastRuneInString(low[:end])
		end -= size
		if end == 0 && j > 1 {
			break // the suffix is the whole word, covered by tLow
		}
		dst = append(dst, pc.Finish(pc.String(pc.Seed(tSuffix, 0, 0), low[end:])))
	}
	return dst
}

// suffix returns the last n runes of s.
func suffix(s string, n int) string {
	end := len(s)
	for j := 0; j < n && end > 0; j++ {
		_, size := utf8.DecodeLastRuneInString(s[:end])
		end -= size
	}
	return s[end:]
}

// startTag stands for the tags before the first token.
const startTag = NumTags

// histFeatures appends the features of the two previous tags (startTag
// before the sentence): each alone and the pair.
func histFeatures(dst []uint64, t2, t1 Tag) []uint64 {
	return append(dst,
		pc.Finish(pc.Int(pc.Seed(tHist, -1, 0), uint64(t1))),
		pc.Finish(pc.Int(pc.Seed(tHist, -2, 0), uint64(t2))),
		pc.Finish(pc.Int(pc.Seed(tHist, 0, 0), uint64(t2)<<8|uint64(t1))))
}
