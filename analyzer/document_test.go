package analyzer_test

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts/analyzer"
)

func TestParseArticleZhanaozen(t *testing.T) {
	b, err := os.ReadFile("../testdata/zhanaozen.txt")
	if err != nil {
		t.Fatal(err)
	}
	d := analyzer.ParseArticle(string(b))
	if want := time.Date(2011, 12, 20, 0, 0, 0, 0, time.UTC); !d.Published.Equal(want) {
		t.Errorf("Published = %v, want %v", d.Published, want)
	}
	if d.Title != "Kazakhstan defends use of force against protesters" || d.Slice(d.Headline) != d.Title {
		t.Errorf("Title = %q, headline span %q", d.Title, d.Slice(d.Headline))
	}
	if !strings.HasPrefix(d.Slice(d.Standfirst), "NEW CONTINGENCY:") {
		t.Errorf("Standfirst = %q", d.Slice(d.Standfirst))
	}
	body := d.Slice(d.Body)
	if !strings.HasPrefix(body, "Kazakhstan’s interior minister said on Sunday") {
		t.Errorf("body starts %q", body[:50])
	}
	if !strings.HasSuffix(body, "the authorities actions.") || strings.Contains(body, "This story has been viewed") {
		t.Errorf("body ends %q", body[len(body)-50:])
	}
	if got := d.Slice(d.Dateline); got != "Tue, Dec 20, 2011 - Page 5 News List" {
		t.Errorf("Dateline = %q", got)
	}
}

func TestParseArticle(t *testing.T) {
	tests := []struct {
		name                          string
		in                            string
		published, title, body, stand string
	}{
		{"plain text is all body", "Police said five people died. More later.\n", "", "", "Police said five people died. More later.", ""},
		{"plain text with short first paragraph", "It rained.\n\nThen it stopped raining for a long while.", "", "", "It rained.\n\nThen it stopped raining for a long while.", ""},
		{"headline without date", "Storm hits coast\n\nA storm hit the coast on Monday, officials said.", "", "Storm hits coast", "A storm hit the coast on Monday, officials said.", ""},
		{"ISO date line", "2011-12-20\nStorm hits coast\n\nA storm hit the coast.\n\nCopyright 2011 Example News", "2011-12-20", "Storm hits coast", "A storm hit the coast.", ""},
		{"day month year", "20 December 2011 | Updated\n\nStorm hits coast\n\nKICKER: short text\n\nA storm hit.\n\nShare this article", "2011-12-20", "Storm hits coast", "A storm hit.", "KICKER: short text"},
		{"invalid date is not a date line", "Feb 30, 2011 notes\n\nBody text here.", "", "", "Feb 30, 2011 notes\n\nBody text here.", ""},
		{"empty", "", "", "", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := analyzer.ParseArticle(tc.in)
			pub := ""
			if !d.Published.IsZero() {
				pub = d.Published.Format("2006-01-02")
			}
			if pub != tc.published || d.Title != tc.title || d.Slice(d.Body) != tc.body || d.Slice(d.Standfirst) != tc.stand {
				t.Errorf("got published %q title %q body %q standfirst %q", pub, d.Title, d.Slice(d.Body), d.Slice(d.Standfirst))
			}
			for _, s := range []analyzer.Span{d.Dateline, d.Headline, d.Standfirst, d.Body} {
				if err := s.Check(d.Text); err != nil {
					t.Error(err)
				}
			}
		})
	}
}

func TestParseDate(t *testing.T) {
	for _, in := range []string{"2011-12-20", "2011-12-20T10:00:00Z", "Dec 20, 2011", "20 December 2011", "Tue, Dec. 20, 2011"} {
		d, err := analyzer.ParseDate(in)
		if err != nil || d.Year() != 2011 || d.Month() != 12 || d.Day() != 20 {
			t.Errorf("ParseDate(%q) = %v, %v", in, d, err)
		}
	}
	for _, in := range []string{"", "yesterday", "2011-13-01", "2011-02-30", "20/12/2011"} {
		if _, err := analyzer.ParseDate(in); err == nil || !strings.Contains(err.Error(), "invalid date") {
			t.Errorf("ParseDate(%q) error = %v, want invalid date", in, err)
		}
	}
}

func TestSpans(t *testing.T) {
	text := "ab\ncé\nf"
	tests := []struct {
		s  analyzer.Span
		ok bool
	}{
		{analyzer.Span{0, 2}, true}, {analyzer.Span{3, 6}, true}, {analyzer.Span{4, 5}, false},
		{analyzer.Span{5, 4}, false}, {analyzer.Span{-1, 2}, false}, {analyzer.Span{0, 9}, false}, {analyzer.Span{8, 8}, true},
	}
	for _, tc := range tests {
		if err := tc.s.Check(text); (err == nil) != tc.ok {
			t.Errorf("Check(%v) = %v, want ok=%v", tc.s, err, tc.ok)
		}
	}
	// Stray continuation bytes are boundaries, as Go's range loop treats them.
	if err := (analyzer.Span{1, 2}).Check("a\x80b"); err != nil {
		t.Errorf("stray continuation byte: %v", err)
	}
	lines := analyzer.NewLines(text)
	for off, want := range map[int]string{0: "1:1", 2: "1:3", 3: "2:1", 6: "2:3", 7: "3:1", 99: "3:2"} {
		if got := lines.Position(off).String(); got != want {
			t.Errorf("Position(%d) = %s, want %s", off, got, want)
		}
	}
	if r := analyzer.RuneOffset(text, 6); r != 5 {
		t.Errorf("RuneOffset = %d, want 5", r)
	}
	if b := analyzer.ByteOffset(text, 5); b != 6 {
		t.Errorf("ByteOffset = %d, want 6", b)
	}
	s := analyzer.Span{2, 5}
	if !s.Contains(analyzer.Span{3, 4}) || s.Contains(analyzer.Span{1, 4}) || !s.Overlaps(analyzer.Span{4, 9}) || s.Overlaps(analyzer.Span{5, 9}) {
		t.Error("Contains/Overlaps wrong")
	}
}
