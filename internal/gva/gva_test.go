package gva

import (
	"testing"
	"time"
)

func TestDocument(t *testing.T) {
	a := &Article{DocID: "d1", Title: "Two hurt in crash", Content: "Two people were hurt.", DCT: "2015-03-04"}
	d := a.Document()
	if got := d.Slice(d.Headline); got != a.Title {
		t.Errorf("headline %q, want %q", got, a.Title)
	}
	if got := d.Slice(d.Body); got != a.Content {
		t.Errorf("body %q, want %q", got, a.Content)
	}
	if want := time.Date(2015, 3, 4, 0, 0, 0, 0, time.UTC); !d.Published.Equal(want) {
		t.Errorf("published %v, want %v", d.Published, want)
	}
	if d.ID != "d1" {
		t.Errorf("ID %q", d.ID)
	}
	// no title, no date
	d = (&Article{Content: "Text."}).Document()
	if d.Headline.End != 0 || d.Slice(d.Body) != "Text." || !d.Published.IsZero() {
		t.Errorf("untitled: headline %v, body %q, published %v", d.Headline, d.Slice(d.Body), d.Published)
	}
}
