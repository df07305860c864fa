// Package tsc is the target-dependent sentiment classifier of the
// sentiment analyser: the features of a target span in its sentence and a
// multinomial logistic regression over them, trained by
// sentiment/internal/train on NewsMTSC (Hamborg & Donnay, EACL 2021).
package tsc

import (
	"encoding/binary"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/analyzer"
	"github.com/newsfacts/newsfacts/analyzer/segment"
	"github.com/newsfacts/newsfacts/internal/textutil"
	"github.com/newsfacts/newsfacts/sentiment/internal/lexicon"
)

// A Sentence is one sentence prepared for scoring: its tokens as the
// lexicon sees them, their spans, their contextual valences and whether
// each lies inside quotation marks.
type Sentence struct {
	Toks  []lexicon.Token
	Spans []analyzer.Span
	Val   []float64 // contextual valence of each token (see lexicon.Context)
	Quote []bool    // token inside a quotation (the marks themselves excluded)
	Cap   []bool    // token that starts with an ASCII capital letter

	ent   []*entry   // the tokens' entries in a Scorer's word table, if any (see Scorer.NewSentence)
	entOf *fastModel // whose table
}

// LowerASCII returns text with ASCII letters lower-cased and every other
// byte unchanged, so that its byte offsets are those of text. Callers
// compute it once per document and pass it to NewSentence.
func LowerASCII(text string) string {
	var b strings.Builder
	b.Grow(len(text))
	var buf [64]byte
	i := 0
	for ; i+len(buf) <= len(text); i += len(buf) {
		for j := 0; j < len(buf); j += 8 {
			s := text[i+j : i+j+8]
			x := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
				uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
			binary.LittleEndian.PutUint64(buf[j:], x|upperMask(x)>>2)
		}
		b.Write(buf[:])
	}
	for ; i < len(text); i++ {
		c := text[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String()
}

// upperMask returns the top bit (0x80) of each byte of x that is an ASCII
// capital letter.
func upperMask(x uint64) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	low := x &^ highs // each byte's low seven bits: adding below cannot carry out of a byte
	geA := low + (0x80-'A')*ones
	gtZ := low + (0x80-'Z'-1)*ones
	return (geA &^ gtZ) &^ x & highs
}

// NewSentence prepares the tokens of one sentence of text. lower is
// LowerASCII(text). s is reused if not nil.
func NewSentence(lex *lexicon.Lexicon, text, lower string, toks []segment.Token, s *Sentence) *Sentence {
	return newSentence(lex, text, lower, toks, s, nil)
}

// newSentence is NewSentence; with a Scorer sc that has a word table,
// the words' entries in it are kept in s.ent (nil for words outside it),
// and when the table's lexicon is lex it gives the words' lexicon
// information too.
func newSentence(lex *lexicon.Lexicon, text, lower string, toks []segment.Token, s *Sentence, sc *Scorer) *Sentence {
	var f *fastModel
	if sc != nil {
		f = sc.f
	}
	if s == nil {
		s = &Sentence{}
	}
	n := len(toks)
	s.ent, s.entOf = s.ent[:0], f
	if f != nil {
		s.ent = grow(s.ent, n)
	}
	table := f != nil && f.lex == lex
	s.Toks = grow(s.Toks, n)
	s.Spans = grow(s.Spans, n)
	s.Val = grow(s.Val, n)
	s.Quote = grow(s.Quote, n)
	s.Cap = grow(s.Cap, n)
	inQuote := false
	for i, t := range toks {
		s.Spans[i] = t.Span
		var w string
		isWord := t.Kind == segment.KindWord
		switch t.Kind {
		case segment.KindNumber:
			w, isWord = "#num", true
		case segment.KindOpenQuote, segment.KindCloseQuote:
			w = "\""
		case segment.KindDash:
			w = "-"
		case segment.KindURL:
			w = "#url"
		default:
			w = lower[t.Start:t.End]
			if !isASCII(w) {
				w = foldWord(text[t.Start:t.End])
			}
		}
		s.Toks[i] = lexicon.Token{Word: w, IsWord: isWord}
		s.Cap[i] = text[t.Start] >= 'A' && text[t.Start] <= 'Z'
		switch {
		case f == nil:
			if isWord {
				s.Toks[i].Info = lex.Lookup(w)
			}
		default:
			e := sc.lookup(w)
			s.ent[i] = e
			if isWord {
				switch {
				case e != nil && table:
					s.Toks[i].Info = e.info
				case table:
					// The table holds every word of its lexicon: lex
					// knows nothing of w.
					s.Toks[i].Info = lexicon.Info{}
				default:
					s.Toks[i].Info = lex.Lookup(w)
				}
			}
		}
		switch t.Kind {
		case segment.KindOpenQuote:
			inQuote = true
			s.Quote[i] = false
		case segment.KindCloseQuote:
			inQuote = false
			s.Quote[i] = false
		default:
			s.Quote[i] = inQuote
		}
	}
	// A closing mark with no opening one in the sentence: everything
	// before it was quoted (a quotation continued from a previous
	// sentence).
	first := -1
	for i, t := range toks {
		if t.Kind == segment.KindOpenQuote {
			break
		}
		if t.Kind == segment.KindCloseQuote {
			first = i
			break
		}
	}
	for i := 0; i < first; i++ {
		s.Quote[i] = true
	}
	lex.Context(s.Toks, s.Val)
	return s
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// foldWord folds a non-ASCII token; the clitics and quotation marks of
// news text take a fast path.
func foldWord(w string) string {
	switch w {
	case "’s", "’S":
		return "'s"
	case "n’t", "N’T":
		return "n't"
	case "’", "‘":
		return "'"
	case "’re":
		return "'re"
	case "’ve":
		return "'ve"
	case "’ll":
		return "'ll"
	case "’d":
		return "'d"
	case "’m":
		return "'m"
	}
	return textutil.FoldWord(w)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// Score returns the sentence's lexicon score in (-1, 1): the normalised
// sum of its contextual valences.
func (s *Sentence) Score() float64 {
	sum := 0.0
	for _, v := range s.Val {
		sum += v
	}
	return lexicon.Normalize(sum)
}

// TokenRange returns the range [a, b) of the sentence's tokens that overlap
// span sp (for an empty span, the token containing it), with ok false if
// there is none. It takes logarithmic time.
func (s *Sentence) TokenRange(sp analyzer.Span) (a, b int, ok bool) {
	// First token ending after sp.Start.
	a = sort.Search(len(s.Spans), func(i int) bool { return s.Spans[i].End > sp.Start })
	if a == len(s.Spans) {
		return 0, 0, false
	}
	end := max(sp.End, sp.Start+1)
	// First token starting at or after the span's end.
	b = sort.Search(len(s.Spans), func(i int) bool { return s.Spans[i].Start >= end })
	if b <= a {
		return 0, 0, false
	}
	return a, b, true
}

// SentenceFor prepares the sentence of seg that contains the start of span
// sp and returns it with the range [a, b) of its tokens that sp covers; ok
// is false when sp lies in no sentence or covers none of its tokens. When
// s already holds sentence *cur of seg, it is reused as it is; *cur is set
// to the sentence's index. Callers that score many targets visit them in
// text order so that each sentence is prepared once.
func SentenceFor(lex *lexicon.Lexicon, text, lower string, seg *segment.Result, sp analyzer.Span, s *Sentence, cur *int) (sent *Sentence, a, b int, ok bool) {
	i := seg.SentenceOf(sp.Start)
	if i < 0 {
		return nil, 0, 0, false
	}
	if *cur != i {
		s = NewSentence(lex, text, lower, seg.SentenceTokens(i), s)
		*cur = i
	}
	a, b, ok = s.TokenRange(sp)
	return s, a, b, ok
}
