// Package pos tags words with their parts of speech (Penn Treebank tags:
// NN, VBD, MD...), for analysers that need to know a verb's tense or where
// a clause's verb is.
//
// The tagger is a greedy left-to-right averaged perceptron (Collins 2002)
// over the word, its prefixes, suffixes and shape, its neighbours two
// words either side and the two previous tags. It was trained on the
// part-of-speech column of CoNLL-2003's English training data (Reuters
// news, research-only licence) by
//
//	go run ./internal/pos/train -data ../shared/data
//
// and the model (pos.model) is embedded in the package and loaded once,
// on first use. Tokens should follow the Penn Treebank conventions that
// package segment follows ("does" "n't", "John" "'s"); typographic quotes
// and dashes are read as CoNLL-2003 writes them.
package pos

import (
	_ "embed"
	"fmt"

	"github.com/newsfacts/newsfacts/analyzer/segment"
	"github.com/newsfacts/newsfacts/internal/textutil"
)

//go:embed pos.model
var modelData []byte

var loaded = textutil.NewLazy(func() (*Model, error) {
	m, err := Decode(modelData)
	if err != nil {
		return nil, fmt.Errorf("loading the embedded part-of-speech model: %v", err)
	}
	return m, nil
})

// Default returns the embedded model, loading it on the first call.
func Default() (*Model, error) { return loaded.Get() }

// TagSentence tags the tokens toks of text (one sentence of a
// segmentation), appending one tag per token to dst.
func (m *Model) TagSentence(text string, toks []segment.Token, dst []Tag) []Tag {
	if len(toks) == 0 {
		return dst
	}
	var small [64]*entry
	es := m.window(small[:0], len(toks))
	for _, t := range toks {
		es = append(es, m.entryOf(text[t.Start:t.End]))
	}
	return m.tagEntries(append(es, &m.boundary, &m.boundary), dst)
}

// TagDocument tags every token of a segmented text, sentence by sentence:
// the result has one tag per token of seg.Tokens (tokens outside any
// sentence are tagged SYM).
func (m *Model) TagDocument(text string, seg *segment.Result) []Tag {
	out := make([]Tag, len(seg.Tokens))
	for i := range out {
		out[i] = SYM
	}
	var buf []Tag
	for si, s := range seg.Sentences {
		buf = m.TagSentence(text, seg.SentenceTokens(si), buf[:0])
		copy(out[s.Tokens.Start:s.Tokens.End], buf)
	}
	return out
}
