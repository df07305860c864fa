package newsfacts

import (
	"fmt"
	"io"

	"github.com/newsfacts/newsfacts/analyzer"
	"github.com/newsfacts/newsfacts/analyzer/segment"
)

// Segments counts what segmentation found (an extension of the JSON
// contract).
type Segments struct {
	Tokens     int `json:"tokens"`
	Sentences  int `json:"sentences"`
	Paragraphs int `json:"paragraphs"`      // all regions
	Body       int `json:"body_paragraphs"` // paragraphs of the body
}

func init() {
	addSection(section{
		analyzer: segment.Analyzer,
		rank:     0,
		fill: func(rep *Report, res *analyzer.Result) error {
			seg, err := analyzer.Get(res, segment.Analyzer)
			if err != nil {
				return err
			}
			rep.Segments = &Segments{
				Tokens: len(seg.Tokens), Sentences: len(seg.Sentences),
				Paragraphs: len(seg.Paragraphs), Body: seg.Count(segment.Body),
			}
			return nil
		},
		write: func(w io.Writer, rep *Report) {
			if s := rep.Segments; s != nil {
				fmt.Fprintf(w, "\nSegmentation: %d paragraphs (%d in the body), %d sentences, %d tokens\n",
					s.Paragraphs, s.Body, s.Sentences, s.Tokens)
			}
		},
	})
}
