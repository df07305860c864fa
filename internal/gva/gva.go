// Package gva reads the gun-violence news set of the development corpora
// (casualties/gva-dev.jsonl): one JSON object per line, a local news
// article with its Gun Violence Archive incident's final killed and
// injured counts.
//
// It is a tool for the evaluation and training commands; the library never
// reads corpora.
package gva

import (
	"time"

	"github.com/newsfacts/newsfacts/analyzer"
)

// An Article is one line of the set (the fields the commands read).
type Article struct {
	DocID      string `json:"doc_id"`
	IncidentID string `json:"incident_id"`
	Title      string `json:"title"`
	Content    string `json:"content"`
	DCT        string `json:"dct"` // the publication date, YYYY-MM-DD
	Killed     int64  `json:"num_killed"`
	Injured    int64  `json:"num_injured"`
}

// Document builds the document the analysers see: the title as the
// headline, a blank line, then the article text as the body, published
// on DCT when it parses.
func (a *Article) Document() *analyzer.Document {
	text := a.Title + "\n\n" + a.Content
	d := &analyzer.Document{ID: a.DocID, Title: a.Title, Text: text}
	if a.Title != "" {
		d.Headline = analyzer.Span{Start: 0, End: len(a.Title)}
	}
	d.Body = analyzer.Span{Start: len(a.Title) + 2, End: len(text)}
	if t, err := time.Parse("2006-01-02", a.DCT); err == nil {
		d.Published = t
	}
	return d
}
