// Package conll reads CoNLL-2003 style named-entity corpora and scores
// predictions exactly as the shared task's conlleval script does: a phrase
// counts as correct only when a predicted chunk has the same first token,
// last token and type as a gold chunk; precision, recall and F1 are
// micro-averaged over phrases. It is used by training and evaluation
// commands, not by the library.
package conll

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// A Sentence is one sentence of a corpus: its tokens and, column by
// column, their tags. Tags holds the last column (the named-entity tag);
// POS holds the second column (the part-of-speech tag in CoNLL-2003) when
// the lines have more than two columns, and is nil otherwise.
type Sentence struct {
	Tokens []string
	Tags   []string
	POS    []string
}

// A Document is the run of sentences between two -DOCSTART- lines.
type Document struct {
	Sentences []Sentence
}

// Read parses a corpus in the CoNLL-2003 format: one token per line, the
// token first and the named-entity tag last, a blank line between
// sentences and "-DOCSTART-" lines between documents. A corpus without
// -DOCSTART- lines is one document. Errors name the line.
func Read(r io.Reader) ([]Document, error) {
	var docs []Document
	var doc Document
	var sent Sentence
	flushSent := func() {
		if len(sent.Tokens) > 0 {
			doc.Sentences = append(doc.Sentences, sent)
			sent = Sentence{}
		}
	}
	flushDoc := func() {
		flushSent()
		if len(doc.Sentences) > 0 {
			docs = append(docs, doc)
			doc = Document{}
		}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		f := strings.Fields(sc.Text())
		switch {
		case len(f) == 0:
			flushSent()
		case f[0] == "-DOCSTART-":
			flushDoc()
		case len(f) < 2:
			return nil, fmt.Errorf("line %d: want a token and a tag, got %q", line, sc.Text())
		default:
			if len(f) > 2 && len(sent.POS) != len(sent.Tokens) || len(f) == 2 && sent.POS != nil {
				return nil, fmt.Errorf("line %d: %d columns, unlike the lines before it", line, len(f))
			}
			sent.Tokens = append(sent.Tokens, f[0])
			sent.Tags = append(sent.Tags, f[len(f)-1])
			if len(f) > 2 {
				sent.POS = append(sent.POS, f[1])
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("line %d: %v", line, err)
	}
	flushDoc()
	return docs, nil
}

// ReadFile reads a corpus file; errors name the file.
func ReadFile(name string) ([]Document, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	docs, err := Read(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	return docs, nil
}

// A Chunk is a phrase: tokens [Start, End) of a sentence, and its type.
type Chunk struct {
	Start, End int
	Type       string
}

func split(tag string) (prefix, typ string) {
	if tag == "O" || tag == "" {
		return "O", ""
	}
	if p, t, ok := strings.Cut(tag, "-"); ok {
		return p, t
	}
	return tag, ""
}

// endOfChunk and startOfChunk are conlleval's rules, transcribed as they
// are (prefixes B, I, E and the bracket forms of the original script are
// not needed for CoNLL-2003 and are left out).
func endOfChunk(prevTag, tag, prevType, typ string) bool {
	switch {
	case prevTag == "B" && tag == "B", prevTag == "B" && tag == "O",
		prevTag == "I" && tag == "B", prevTag == "I" && tag == "O",
		prevTag == "E" && tag == "E", prevTag == "E" && tag == "I",
		prevTag == "E" && tag == "O":
		return true
	}
	return prevTag != "O" && prevTag != "." && prevType != typ
}

func startOfChunk(prevTag, tag, prevType, typ string) bool {
	switch {
	case prevTag == "B" && tag == "B", prevTag == "I" && tag == "B",
		prevTag == "O" && tag == "B", prevTag == "O" && tag == "I",
		prevTag == "E" && tag == "E", prevTag == "E" && tag == "I",
		prevTag == "O" && tag == "E":
		return true
	}
	return tag != "O" && tag != "." && prevType != typ
}

// Chunks returns the phrases of a tag sequence under conlleval's rules.
func Chunks(tags []string) []Chunk {
	var out []Chunk
	prevTag, prevType := "O", ""
	start := -1
	for i, t := range tags {
		tag, typ := split(t)
		if start >= 0 && endOfChunk(prevTag, tag, prevType, typ) {
			out = append(out, Chunk{start, i, prevType})
			start = -1
		}
		if startOfChunk(prevTag, tag, prevType, typ) {
			start = i
		}
		prevTag, prevType = tag, typ
	}
	if start >= 0 {
		out = append(out, Chunk{start, len(tags), prevType})
	}
	return out
}

// IOB1 returns the tags of chunks over n tokens in the IOB1 scheme of the
// CoNLL-2003 files: I-TYPE inside phrases, B-TYPE only on the first token
// of a phrase that directly follows a phrase of the same type.
func IOB1(chunks []Chunk, n int) []string {
	tags := make([]string, n)
	for i := range tags {
		tags[i] = "O"
	}
	prevEnd, prevType := -1, ""
	for _, c := range chunks {
		for i := c.Start; i < c.End && i < n; i++ {
			tags[i] = "I-" + c.Type
		}
		if c.Start == prevEnd && c.Type == prevType && c.Start < n {
			tags[c.Start] = "B-" + c.Type
		}
		prevEnd, prevType = c.End, c.Type
	}
	return tags
}

// Counts are the phrase counts of one type, or of all types.
type Counts struct {
	Gold, Found, Correct int
}

// Precision returns Correct/Found as a percentage (0 when nothing was found).
func (c Counts) Precision() float64 { return pct(c.Correct, c.Found) }

// Recall returns Correct/Gold as a percentage.
func (c Counts) Recall() float64 { return pct(c.Correct, c.Gold) }

// F1 returns the harmonic mean of precision and recall, as a percentage.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

// An Evaluation accumulates conlleval's counts over sentences.
type Evaluation struct {
	Tokens, CorrectTags int
	Overall             Counts
	ByType              map[string]*Counts
}

// Add scores one sentence's predicted tags against its gold tags. The two
// must have the same length.
func (e *Evaluation) Add(gold, pred []string) error {
	if len(gold) != len(pred) {
		return fmt.Errorf("conll: %d gold tags but %d predicted", len(gold), len(pred))
	}
	if e.ByType == nil {
		e.ByType = map[string]*Counts{}
	}
	counts := func(t string) *Counts {
		c := e.ByType[t]
		if c == nil {
			c = &Counts{}
			e.ByType[t] = c
		}
		return c
	}
	e.Tokens += len(gold)
	for i := range gold {
		if gold[i] == pred[i] {
			e.CorrectTags++
		}
	}
	g, p := Chunks(gold), Chunks(pred)
	goldSet := make(map[Chunk]bool, len(g))
	for _, c := range g {
		goldSet[c] = true
		e.Overall.Gold++
		counts(c.Type).Gold++
	}
	for _, c := range p {
		e.Overall.Found++
		counts(c.Type).Found++
		if goldSet[c] {
			e.Overall.Correct++
			counts(c.Type).Correct++
		}
	}
	return nil
}

// Format writes the evaluation in conlleval's report layout.
func (e *Evaluation) Format(w io.Writer) {
	fmt.Fprintf(w, "processed %d tokens with %d phrases; found: %d phrases; correct: %d.\n",
		e.Tokens, e.Overall.Gold, e.Overall.Found, e.Overall.Correct)
	fmt.Fprintf(w, "accuracy: %6.2f%%; precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f\n",
		pct(e.CorrectTags, e.Tokens), e.Overall.Precision(), e.Overall.Recall(), e.Overall.F1())
	types := make([]string, 0, len(e.ByType))
	for t := range e.ByType {
		types = append(types, t)
	}
	sort.Strings(types)
	for _, t := range types {
		c := e.ByType[t]
		fmt.Fprintf(w, "%17s: precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f  %d\n",
			t, c.Precision(), c.Recall(), c.F1(), c.Found)
	}
}
