// Package segment provides the segmentation analyser that every other
// analyser requires: tokens with byte spans and kinds, sentences and
// paragraphs of a Document's headline, standfirst and body.
//
// Tokenisation follows the conventions of the Penn Treebank and CoNLL
// corpora where they help later analysis: possessive and contracted clitics
// are split off ("Kazakhstan" + "’s", "do" + "n't"), hyphenated compounds
// stay whole ("months-long", "chairperson-in-office"), abbreviations and
// initials keep their period ("Dec.", "U.S.", "F."), and numbers keep their
// separators ("15,000", "1.2", "10:30"). Sentences never split at
// abbreviations or inside a quotation that closes within the paragraph.
//
// Segmentation reads the original bytes directly; it never normalises the
// text, so every span refers to Document.Text.
package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/analyzer"
)

// Analyzer segments a document into tokens, sentences and paragraphs.
var Analyzer = &analyzer.Analyzer[*Result]{
	Name: "segment",
	Doc: `split a document into tokens, sentences and paragraphs

Segment covers the document's regions (headline, standfirst and body) and
leaves out its date line and trailing site boilerplate. Every other
analyser requires it.`,
	Run: func(pass *analyzer.Pass) (*Result, error) {
		return Segment(pass.Doc), nil
	},
}

func init() { analyzer.Register(Analyzer) }

// A Kind classifies a token.
type Kind uint8

// Token kinds.
const (
	KindWord       Kind = iota + 1 // letters, with internal hyphens and apostrophes; clitics ('s, n't)
	KindNumber                     // starts with a digit: 15, 15,000, 1.2, 20th, 10:30, 2011-12-20
	KindPunct                      // . , ; : ! ? ( ) [ ] and ellipses
	KindOpenQuote                  // “ ‘ « „ and straight quotes that open
	KindCloseQuote                 // ” ’ » and straight quotes that close
	KindDash                       // — – ― -- and a hyphen between spaces
	KindSymbol                     // $ % & # + = € £ © and other symbols
	KindURL                        // web addresses and e-mail addresses
	KindOther                      // anything else, including invalid UTF-8 bytes
)

var kindNames = [...]string{"", "word", "number", "punct", "open-quote", "close-quote", "dash", "symbol", "url", "other"}

// String returns the kind's name, such as "word" or "open-quote".
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "invalid"
}

// IsQuote reports whether k is an opening or closing quotation mark.
func (k Kind) IsQuote() bool { return k == KindOpenQuote || k == KindCloseQuote }

// A Token is one token of the text.
type Token struct {
	analyzer.Span
	Kind Kind
}

// A Range is a half-open range [Start, End) of indices into one of a
// Result's slices.
type Range struct{ Start, End int }

// Len returns the number of indices in the range.
func (r Range) Len() int { return r.End - r.Start }

// A Sentence is a span of the text and the range of its tokens.
type Sentence struct {
	analyzer.Span
	Tokens    Range // indices into Result.Tokens
	Paragraph int   // index into Result.Paragraphs
}

// A Part says which region of the document a paragraph belongs to.
type Part uint8

// Document parts.
const (
	Body Part = iota
	Headline
	Standfirst
)

// String returns "body", "headline" or "standfirst".
func (p Part) String() string {
	switch p {
	case Headline:
		return "headline"
	case Standfirst:
		return "standfirst"
	}
	return "body"
}

// A Paragraph is a span of the text and the range of its sentences.
type Paragraph struct {
	analyzer.Span
	Part      Part
	Sentences Range // indices into Result.Sentences
}

// A Result is the segmentation of one document. Tokens, sentences and
// paragraphs are in text order and do not overlap.
type Result struct {
	Tokens     []Token
	Sentences  []Sentence
	Paragraphs []Paragraph
}

// SentenceTokens returns the tokens of sentence i.
func (r *Result) SentenceTokens(i int) []Token {
	s := r.Sentences[i].Tokens
	return r.Tokens[s.Start:s.End]
}

// SentenceOf returns the index of the sentence that contains byte offset
// off, or -1.
func (r *Result) SentenceOf(off int) int {
	lo, hi := 0, len(r.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		if r.Sentences[m].End <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(r.Sentences) && r.Sentences[lo].Start <= off {
		return lo
	}
	return -1
}

// TokenAt returns the index of the first token that ends after byte offset
// off (the token containing off, or the next one), or len(Tokens).
func (r *Result) TokenAt(off int) int {
	lo, hi := 0, len(r.Tokens)
	for lo < hi {
		m := (lo + hi) / 2
		if r.Tokens[m].End <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// Count returns the number of paragraphs of the given part.
func (r *Result) Count(p Part) int {
	n := 0
	for _, para := range r.Paragraphs {
		if para.Part == p {
			n++
		}
	}
	return n
}

// Segment segments the headline, standfirst and body of doc. It is what
// Analyzer runs; call it directly when no pipeline is involved.
func Segment(doc *analyzer.Document) *Result {
	r := &Result{}
	parts := []struct {
		span analyzer.Span
		part Part
	}{{doc.Headline, Headline}, {doc.Standfirst, Standfirst}, {doc.Body, Body}}
	r.Tokens = make([]Token, 0, doc.Body.Len()/4+16)
	r.Sentences = make([]Sentence, 0, doc.Body.Len()/64+4)
	for _, p := range parts {
		if p.span.Len() == 0 {
			continue
		}
		for _, ps := range paragraphs(doc.Text, p.span) {
			segmentParagraph(doc.Text, ps, p.part, r)
		}
	}
	return r
}

// SegmentText segments text as a plain body, for callers that have a
// string rather than a Document.
func SegmentText(text string) *Result { return Segment(analyzer.NewDocument(text)) }

// paragraphs splits a region into paragraph spans. Blank lines separate
// paragraphs. A region with no blank line but several lines is split at
// every line break when most lines end a sentence (a scrape with one
// paragraph per line) and kept whole otherwise (hard-wrapped text).
func paragraphs(text string, region analyzer.Span) []analyzer.Span {
	var out []analyzer.Span
	var lines []analyzer.Span
	blank := false
	start := region.Start
	for start <= region.End {
		end := strings.IndexByte(text[start:region.End], '\n')
		if end < 0 {
			end = region.End
		} else {
			end += start
		}
		ln := trim(text, analyzer.Span{Start: start, End: end})
		if ln.Len() == 0 {
			blank = true
		}
		lines = append(lines, ln)
		if end == region.End {
			break
		}
		start = end + 1
	}
	if !blank {
		enders := 0
		for _, ln := range lines {
			if endsSentence(text[ln.Start:ln.End]) {
				enders++
			}
		}
		if len(lines) > 1 && enders*10 >= len(lines)*6 {
			return lines
		}
		return []analyzer.Span{trim(text, region)}
	}
	cur := analyzer.Span{Start: -1}
	for _, ln := range lines {
		if ln.Len() == 0 {
			if cur.Start >= 0 {
				out = append(out, cur)
				cur = analyzer.Span{Start: -1}
			}
			continue
		}
		if cur.Start < 0 {
			cur = ln
		} else {
			cur.End = ln.End
		}
	}
	if cur.Start >= 0 {
		out = append(out, cur)
	}
	return out
}

func trim(text string, s analyzer.Span) analyzer.Span {
	for s.Start < s.End {
		c := text[s.Start]
		if c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v' {
			s.Start++
			continue
		}
		if c < utf8.RuneSelf {
			break
		}
		r, n := utf8.DecodeRuneInString(text[s.Start:s.End])
		if !unicode.IsSpace(r) {
			break
		}
		s.Start += n
	}
	for s.End > s.Start {
		c := text[s.End-1]
		if c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v' {
			s.End--
			continue
		}
		if c < utf8.RuneSelf {
			break
		}
		r, n := utf8.DecodeLastRuneInString(text[s.Start:s.End])
		if !unicode.IsSpace(r) {
			break
		}
		s.End -= n
	}
	if s.Start >= s.End {
		return analyzer.Span{Start: s.Start, End: s.Start}
	}
	return s
}

func endsSentence(line string) bool {
	line = strings.TrimRight(line, "\"'”’)]» \t\r")
	if line == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(line)
	return r == '.' || r == '!' || r == '?' || r == '…' || r == ':'
}

// segmentParagraph tokenises one paragraph and splits it into sentences,
// appending to r.
func segmentParagraph(text string, ps analyzer.Span, part Part, r *Result) {
	first := len(r.Tokens)
	r.Tokens = tokenize(text, ps, r.Tokens)
	toks := r.Tokens[first:]
	if len(toks) == 0 {
		return
	}
	pi := len(r.Paragraphs)
	firstSent := len(r.Sentences)
	protected := quotedRegions(text, toks)
	q := 0 // first quoted region that may still contain a later token
	start := 0
	for i := 0; i < len(toks); i++ {
		if !isTerminal(text, toks, i) {
			continue
		}
		// Absorb closing quotes and brackets: `over.”` ends after ”.
		j := i + 1
		for j < len(toks) && (toks[j].Kind == KindCloseQuote || isCloser(text, toks[j])) {
			j++
		}
		if j >= len(toks) {
			break // the paragraph's end ends the sentence
		}
		for q < len(protected) && protected[q][1] < j {
			q++
		}
		if (q < len(protected) && protected[q][0] < j) || !startsSentence(text, toks, i, j) {
			continue
		}
		r.Sentences = append(r.Sentences, Sentence{
			Span:   analyzer.Span{Start: toks[start].Start, End: toks[j-1].End},
			Tokens: Range{first + start, first + j}, Paragraph: pi,
		})
		start = j
		i = j - 1
	}
	r.Sentences = append(r.Sentences, Sentence{
		Span:   analyzer.Span{Start: toks[start].Start, End: toks[len(toks)-1].End},
		Tokens: Range{first + start, first + len(toks)}, Paragraph: pi,
	})
	r.Paragraphs = append(r.Paragraphs, Paragraph{
		Span: analyzer.Span{Start: toks[0].Start, End: toks[len(toks)-1].End},
		Part: part, Sentences: Range{firstSent, len(r.Sentences)},
	})
}

func isCloser(text string, t Token) bool {
	if t.Kind != KindPunct || t.Len() != 1 {
		return false
	}
	c := text[t.Start]
	return c == ')' || c == ']' || c == '}'
}

// quotedRegions pairs double quotation marks within a paragraph and
// returns the token index ranges [open, close] of the pairs, in order. A
// sentence may not start at a token strictly inside a pair. A mark that
// opens while another is open, or closes with none open, is left unpaired,
// so unbalanced marks never protect the rest of the paragraph.
func quotedRegions(text string, toks []Token) [][2]int {
	var out [][2]int
	open := -1
	for i, t := range toks {
		if !t.Kind.IsQuote() || isSingleQuote(text, t) {
			continue
		}
		if t.Kind == KindOpenQuote {
			open = i
		} else if open >= 0 {
			out = append(out, [2]int{open, i})
			open = -1
		}
	}
	return out
}

func isSingleQuote(text string, t Token) bool {
	s := text[t.Start:t.End]
	return s == "'" || s == "‘" || s == "’" || s == "‹" || s == "›"
}

// isTerminal reports whether token i can end a sentence.
func isTerminal(text string, toks []Token, i int) bool {
	t := toks[i]
	s := text[t.Start:t.End]
	switch t.Kind {
	case KindPunct:
		switch s[0] {
		case '.', '!', '?':
			return true
		}
		return strings.HasPrefix(s, "…") || s == "。" || s == "！" || s == "？"
	case KindWord:
		return s[len(s)-1] == '.' && !neverEnds(s)
	}
	return false
}

// startsSentence decides, for a terminal at token i and a candidate
// sentence start at token j, whether a new sentence begins at j.
func startsSentence(text string, toks []Token, i, j int) bool {
	next := toks[j]
	ns := text[next.Start:next.End]
	r, _ := utf8.DecodeRuneInString(ns)
	upper := unicode.IsUpper(r) || unicode.IsTitle(r)
	startish := upper || next.Kind == KindNumber || next.Kind == KindOpenQuote ||
		next.Kind == KindDash || (next.Kind == KindPunct && (ns == "(" || ns == "["))
	if !startish {
		return false
	}
	t := toks[i]
	ts := text[t.Start:t.End]
	if t.Kind == KindWord {
		// An abbreviation or initial that keeps its period ends a sentence
		// only before a word that typically starts one: "in the U.S. The
		// next day" but not "U.S. President".
		return upper && sentenceStarters[strings.ToLower(ns)]
	}
	if strings.HasPrefix(ts, "…") || strings.HasPrefix(ts, "..") {
		return upper // "wait... Then" yes; "wait... and" no
	}
	return true
}

// sentenceStarters are words that commonly open a sentence and seldom
// follow an abbreviation inside one.
var sentenceStarters = setOf(
	"the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these",
	"those", "there", "his", "her", "its", "their", "our", "my", "but", "and", "or", "so", "yet",
	"in", "on", "at", "for", "from", "by", "with", "after", "before", "when", "while", "if",
	"as", "although", "though", "however", "meanwhile", "earlier", "later", "then", "now",
	"some", "many", "most", "all", "no", "one", "two", "three", "officials", "police",
	"what", "who", "why", "how", "where", "asked", "according", "still", "also", "both",
)

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
