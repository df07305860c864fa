// Package core is the quotes analyser's extractor: quotation marks, cue
// words, attribution patterns and the model that scores candidate
// attributions. Package quotes wraps it in the public API; the training
// command (quotes/internal/train) uses Candidates to learn the model.
package core

import (
	"github.com/newsfacts/newsfacts/analyzer"
	"github.com/newsfacts/newsfacts/analyzer/segment"
)

// A Kind says how a quotation reports what was said (the values of
// quotes.Kind).
type Kind string

// Quotation kinds.
const (
	Direct   Kind = "direct"
	Indirect Kind = "indirect"
	Mixed    Kind = "mixed"
)

// A Quote is one quotation; see quotes.Quote for the fields.
type Quote struct {
	Span       analyzer.Span
	Kind       Kind
	Content    analyzer.Span
	Parts      []analyzer.Span
	Cue        analyzer.Span
	Speaker    analyzer.Span
	Antecedent analyzer.Span
	Score      float64
	Speech     bool
}

// Options configure extraction.
type Options struct {
	// MinScore is the lowest model probability at which a candidate
	// attribution is kept; 0 means DefaultMinScore.
	MinScore float64
	// Unattributed also reports speech-like quotations in marks that have
	// no cue.
	Unattributed bool
}

// DefaultMinScore is the MinScore used when Options leaves it zero.
const DefaultMinScore = 0.3 // chosen on a held-out fifth of PolNeAR train (see README)

// Extract finds the quotations of a segmented text.
func Extract(text string, seg *segment.Result, o Options) ([]Quote, error) {
	if o.MinScore == 0 {
		o.MinScore = DefaultMinScore
	}
	v, err := vocab.Get()
	if err != nil {
		return nil, err
	}
	m, err := model.Get()
	if err != nil {
		return nil, err
	}
	x := newExtractor(text, seg, v, o)
	x.model = m
	x.run()
	return x.quotes, nil
}

// A Candidate is a candidate attribution before the model's decision and
// the resolution of conflicts, with the features the model scores it by.
type Candidate struct {
	Cue, Speaker, Content analyzer.Span
	Features              []string
}

// Candidates returns every candidate attribution of a segmented text with
// its features, for training.
func Candidates(text string, seg *segment.Result) ([]Candidate, error) {
	v, err := vocab.Get()
	if err != nil {
		return nil, err
	}
	x := newExtractor(text, seg, v, Options{})
	var out []Candidate
	for si := range seg.Sentences {
		s := seg.Sentences[si]
		for s0 := s.Tokens.Start; s0 < s.Tokens.End; s0 += maxSentence {
			s1 := min(s0+maxSentence, s.Tokens.End)
			cands := x.candidates(s0, s1, nil)
			for i := range cands {
				c := &cands[i]
				var fs []string
				x.features(c, s0, s1, func(a, b, c, d string) {
					fs = append(fs, a+b+c+d)
				})
				out = append(out, Candidate{Cue: x.span(c.cue), Speaker: x.span(c.speaker), Content: x.span(c.content), Features: fs})
			}
		}
	}
	return out, nil
}
