package timeline

import (
	"strconv"
	"strings"

	"github.com/newsfacts/newsfacts/analyzer/segment"
	"github.com/newsfacts/newsfacts/internal/textutil"
)

// A word is the unit the rules match: a segmentation token, a part of a
// hyphenated compound ("three", "-", "week" of "three-week"), or a number
// written in several tokens ("twenty five", "a dozen").
type word struct {
	s, e     int // byte span in the text
	cls      cls // classes: the entry's and the computed ones
	num      float64
	aux      int   // decade's first year; clock hh*10000+mm*100+ss; date y*10000+m*100+d
	sent     int32 // sentence index
	eid      int32 // lexicon entry id + 1, or 0 (words hold no pointers, so the GC skips them)
	tok      int32 // index of the segmentation token the word starts in
	aux2     int8  // clock: 1 if it has seconds, 2 if it carries am, 3 pm
	attached bool  // no space before it: a part of the previous word's token
}

// ent returns the word's lexicon entry, or nil.
func (w *word) ent() *entry {
	if w.eid == 0 {
		return nil
	}
	return lexicon.entries[w.eid-1]
}

// setEnt sets the word's lexicon entry (nil for none).
func (w *word) setEnt(e *entry) {
	if e == nil {
		w.eid = 0
	} else {
		w.eid = e.id + 1
	}
}

// apostrophes folds curly apostrophes for lexicon look-ups.
func foldApostrophe(s string) string {
	switch s {
	case "’s", "‘s", "’S":
		return "'s"
	case "’", "‘":
		return "'"
	}
	return s
}

// buildWords turns the segmentation of text into words, appending to buf.
func buildWords(text string, seg *segment.Result, buf []word) []word {
	n0 := len(buf)
	buf = appendWords(text, seg, buf)
	// Each word's token: words and tokens are both in text order.
	j := 0
	for i := n0; i < len(buf); i++ {
		for j+1 < len(seg.Tokens) && seg.Tokens[j].End <= buf[i].s {
			j++
		}
		buf[i].tok = int32(j)
	}
	return buf
}

// appendWords appends the words of the segmentation of text to buf.
func appendWords(text string, seg *segment.Result, buf []word) []word {
	var scratch [8]string
	for si := range seg.Sentences {
		toks := seg.SentenceTokens(si)
		for ti := 0; ti < len(toks); ti++ {
			tok := toks[ti]
			s := text[tok.Start:tok.End]
			switch tok.Kind {
			case segment.KindWord, segment.KindNumber:
			case segment.KindPunct, segment.KindOpenQuote, segment.KindCloseQuote:
				w := word{s: tok.Start, e: tok.End, sent: int32(si)}
				w.setEnt(lexicon.lookup(foldApostrophe(s)))
				if w.ent() != nil {
					w.cls = w.ent().cls
				}
				if s == "," {
					w.cls |= cComma
				}
				buf = append(buf, w)
				continue
			default:
				buf = append(buf, word{s: tok.Start, e: tok.End, sent: int32(si)})
				continue
			}
			// A number in several tokens: "twenty five", "a dozen", "1.2
			// million", "one hundred and five".
			ent := lexicon.lookup(foldApostrophe(s))
			if ti+1 < len(toks) && toks[ti+1].Kind == segment.KindWord && (startsNumber(s, ent) || isArticle(s) && isScale(text[toks[ti+1].Start:toks[ti+1].End])) {
				n := 0
				for k := ti; k < len(toks) && n < len(scratch) && (toks[k].Kind == segment.KindWord || toks[k].Kind == segment.KindNumber); k++ {
					scratch[n] = text[toks[k].Start:toks[k].End]
					n++
				}
				if num, used := textutil.ParseNumber(scratch[:n]); used > 1 {
					buf = append(buf, word{s: tok.Start, e: toks[ti+used-1].End, sent: int32(si),
						cls: cNum | numClasses(num), num: num.Value})
					ti += used - 1
					continue
				}
			}
			buf = appendToken(buf, s, tok.Start, int32(si), ent)
		}
	}
	return buf
}

func isArticle(s string) bool { return s == "a" || s == "an" || s == "A" || s == "An" }

// isScale reports whether s is a word that "a" can count: "a dozen", "a
// hundred".
func isScale(s string) bool {
	switch textutil.LowerASCII(s) {
	case "dozen", "hundred", "thousand", "million", "score":
		return true
	}
	return false
}

// startsNumber reports whether a token may begin a number of several
// tokens.
func startsNumber(s string, e *entry) bool {
	if s == "" {
		return false
	}
	if c := s[0]; c >= '0' && c <= '9' {
		return true
	}
	return e != nil && e.cls&cNumWord != 0
}

func numClasses(n textutil.Number) cls {
	var c cls
	if n.Ordinal {
		c |= cOrd
		if n.Value >= 1 && n.Value <= 31 {
			c |= cDay
		}
	}
	return c
}

// appendToken appends the words of one token: the token itself, or the
// parts of a hyphenated compound.
func appendToken(buf []word, s string, start int, si int32, ent *entry) []word {
	if strings.IndexByte(s, '-') <= 0 || isoDate(s) != 0 {
		w := word{s: start, e: start + len(s), sent: si}
		analyseInto(&w, s, ent)
		return append(buf, w)
	}
	if len(s) < 24 {
		if _, ok := textutil.NumberWord(s); ok {
			return append(buf, analyse(s, start, si, false)) // twenty-five
		}
	}
	parts := strings.Split(s, "-")
	for _, p := range parts {
		if p == "" {
			return append(buf, analyse(s, start, si, false))
		}
	}
	off := start
	// A compound number first: "twenty-five-year-old".
	if len(parts) > 2 && len(parts[0])+len(parts[1]) < 20 {
		if n, ok := textutil.NumberWord(s[:len(parts[0])+1+len(parts[1])]); ok {
			numLen := len(parts[0]) + 1 + len(parts[1])
			buf = append(buf, word{s: off, e: off + numLen, sent: si, cls: cNum | numClasses(n), num: n.Value})
			off += numLen
			buf = append(buf, word{s: off, e: off + 1, sent: si, cls: cHyphen, attached: true, eid: lexicon.lookup("-").id + 1})
			off++
			parts = parts[2:]
			for i, p := range parts {
				if i > 0 {
					buf = append(buf, word{s: off, e: off + 1, sent: si, cls: cHyphen, attached: true, eid: lexicon.lookup("-").id + 1})
					off++
				}
				buf = append(buf, analyse(p, off, si, true))
				off += len(p)
			}
			return buf
		}
	}
	for i, p := range parts {
		if i > 0 {
			buf = append(buf, word{s: off, e: off + 1, sent: si, cls: cHyphen, attached: true, eid: lexicon.lookup("-").id + 1})
			off++
		}
		buf = append(buf, analyse(p, off, si, i > 0 || off > start))
		off += len(p)
	}
	return buf
}

// analyse returns the word for s at offset start.
func analyse(s string, start int, si int32, attached bool) word {
	w := word{s: start, e: start + len(s), sent: si, attached: attached}
	if s == "" {
		return w
	}
	analyseInto(&w, s, lexicon.lookup(foldApostrophe(s)))
	return w
}

// analyseInto sets the entry and classes of w, the word s whose lexicon
// entry is ent (or nil).
func analyseInto(w *word, s string, ent *entry) {
	if s == "" {
		return
	}
	w.setEnt(ent)
	if w.ent() != nil {
		w.cls = w.ent().cls
		if w.cls&cMonth != 0 {
			if _, ok := textutil.Month(s); !ok {
				w.cls &^= cMonth
			}
		}
		if w.cls&cNumWord != 0 {
			if n, ok := textutil.NumberWord(s); ok {
				w.cls |= cNum | numClasses(n)
				w.num = n.Value
			}
		}
	} else if c := s[0]; c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
		// Hyphenated number words ("twenty-five") and ordinals
		// ("twenty-first") are not in the lexicon.
		if strings.IndexByte(s, '-') > 0 {
			if n, ok := textutil.NumberWord(s); ok {
				w.cls |= cNum | numClasses(n)
				w.num = n.Value
			}
		} else if d := decadeWord(s); d != 0 {
			w.cls |= cDecade
			w.aux = d
		}
	}
	if c := s[0]; c >= 'A' && c <= 'Z' {
		w.cls |= cCap
	}
	if c := s[0]; c >= '0' && c <= '9' {
		analyseDigits(s, w)
	}
}

// decadeWord reads "nineties", "eighties"... as the decade's last two
// digits' first year (90, 80...).
func decadeWord(s string) int {
	if len(s) < 7 || len(s) > 9 || !strings.HasSuffix(s, "ties") && !strings.HasSuffix(s, "TIES") {
		return 0
	}
	switch strings.ToLower(s) {
	case "twenties":
		return 20
	case "thirties":
		return 30
	case "forties":
		return 40
	case "fifties":
		return 50
	case "sixties":
		return 60
	case "seventies":
		return 70
	case "eighties":
		return 80
	case "nineties":
		return 90
	}
	return 0
}

// analyseDigits sets the computed classes of a token that starts with a
// digit.
func analyseDigits(s string, w *word) {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	digits, rest := s[:i], s[i:]
	switch {
	case rest == "":
		n, err := strconv.Atoi(digits)
		if err != nil {
			return
		}
		w.cls |= cNum | cInt
		w.num = float64(n)
		if len(digits) == 4 && n >= 1000 && n <= 2199 {
			w.cls |= cYear
		}
		if n >= 1 && n <= 31 && len(digits) <= 2 {
			w.cls |= cDay
		}
		if len(digits) == 2 {
			w.cls |= cYear2
		}
	case rest == "st" || rest == "nd" || rest == "rd" || rest == "th" || rest == "ST" || rest == "ND" || rest == "RD" || rest == "TH":
		n, err := strconv.Atoi(digits)
		if err != nil {
			return
		}
		w.cls |= cNum | cOrd
		w.num = float64(n)
		if n >= 1 && n <= 31 {
			w.cls |= cDay
		}
	case (rest == "s" || rest == "'s" || rest == "’s") && (len(digits) == 4 || len(digits) == 2) && digits[len(digits)-1] == '0':
		n, _ := strconv.Atoi(digits)
		w.cls |= cDecade
		w.aux = n
	case rest[0] == ':' || isAmPmSuffix(rest):
		if c, secs, ampm, ok := clock(s); ok {
			w.cls |= cClock
			w.aux, w.aux2 = c, int8(secs|ampm<<1)
		}
	case rest[0] == '/' && len(digits) <= 2 && strings.Count(s, "/") == 1:
		a, err1 := strconv.Atoi(digits)
		b, err2 := strconv.Atoi(rest[1:])
		if err1 == nil && err2 == nil && b > 0 && a < b && b <= 16 {
			w.cls |= cFraction | cNum
			w.num = float64(a) / float64(b)
		}
	default:
		if d := isoDate(s); d != 0 {
			w.cls |= cISODate
			w.aux = d
			return
		}
		if n, ok := textutil.NumberWord(s); ok {
			w.cls |= cNum
			w.num = n.Value
		}
	}
}

func isAmPmSuffix(s string) bool {
	switch strings.ToLower(s) {
	case "am", "pm", "a.m.", "p.m.", "a.m", "p.m":
		return true
	}
	return false
}

// clock parses "10:30", "10:30:15", "10am", "10:30pm" into hh*10000 +
// mm*100 + ss; secs is 1 if seconds were given; ampm is 0 none, 1 am, 2 pm.
func clock(s string) (c, secs, ampm int, ok bool) {
	low := strings.ToLower(s)
	switch {
	case strings.HasSuffix(low, "a.m."), strings.HasSuffix(low, "a.m"):
		ampm, low = 1, strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(low, "."), "a.m"), " ")
	case strings.HasSuffix(low, "p.m."), strings.HasSuffix(low, "p.m"):
		ampm, low = 2, strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(low, "."), "p.m"), " ")
	case strings.HasSuffix(low, "am"):
		ampm, low = 1, strings.TrimSuffix(low, "am")
	case strings.HasSuffix(low, "pm"):
		ampm, low = 2, strings.TrimSuffix(low, "pm")
	}
	parts := strings.Split(low, ":")
	if len(parts) > 3 || (len(parts) == 1 && ampm == 0) {
		return 0, 0, 0, false
	}
	var v [3]int
	for i, p := range parts {
		if len(p) == 0 || len(p) > 2 || (i > 0 && len(p) != 2) {
			return 0, 0, 0, false
		}
		n, err := strconv.Atoi(p)
		if err != nil {
			return 0, 0, 0, false
		}
		v[i] = n
	}
	if v[0] > 24 || v[1] > 59 || v[2] > 59 || (ampm != 0 && (v[0] > 12 || v[0] == 0)) {
		return 0, 0, 0, false
	}
	if len(parts) == 3 {
		secs = 1
	}
	return v[0]*10000 + v[1]*100 + v[2], secs, ampm, true
}

// isoDate reads 2011-12-20, 2011/12/20, 12/20/2011, 12/20/11 (US order,
// or day first when the first number cannot be a month) and 20.12.2011 as
// y*10000+m*100+d, or 0.
func isoDate(s string) int {
	if len(s) < 6 || len(s) > 10 {
		return 0
	}
	sep := byte(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '-' || c == '/' || c == '.' {
			if sep != 0 && c != sep {
				return 0
			}
			sep = c
		} else if c < '0' || c > '9' {
			return 0
		}
	}
	parts := strings.Split(s, string(sep))
	if sep == 0 || len(parts) != 3 {
		return 0
	}
	n := [3]int{}
	for i, p := range parts {
		if p == "" {
			return 0
		}
		n[i], _ = strconv.Atoi(p)
	}
	var y, m, d int
	switch {
	case len(parts[0]) == 4 && sep != '.':
		y, m, d = n[0], n[1], n[2]
	case len(parts[2]) == 4 || (len(parts[2]) == 2 && sep == '/'):
		y = n[2]
		if len(parts[2]) == 2 {
			y += 1900
			if y < 1950 {
				y += 100
			}
		}
		if sep == '.' || n[0] > 12 {
			d, m = n[0], n[1]
		} else {
			m, d = n[0], n[1]
		}
	default:
		return 0
	}
	if m < 1 || m > 12 || d < 1 || d > daysIn(y, m) || y < 1000 || y > 2199 {
		return 0
	}
	return y*10000 + m*100 + d
}
