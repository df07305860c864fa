package core

import (
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/analyzer/segment"
)

// TestRegions checks the pairing of quotation marks: each region is shown
// as its parts' texts joined by " | ", with "(open)" when it has no
// closing mark.
func TestRegions(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"curly", "“Go,” he said.", []string{"“Go,”"}},
		{"straight", `He said "no" twice.`, []string{`"no"`}},
		{"nested single", "“He called it ‘a farce’ and left,” she said.", []string{"“He called it ‘a farce’ and left,”"}},
		{"top-level single", "‘I never said that,’ he said.", []string{"‘I never said that,’"}},
		{"possessive is no mark", "The workers' union said “no”.", []string{"“no”"}},
		{"nyt", "''Wow,'' she said.", []string{"''Wow,''"}},
		{"guillemets", "«Non», a-t-il dit.", []string{"«Non»"}},
		{"multi-paragraph", "He said: “One.\n\n“Two.\n\n“Three.”\n\nAfter.", []string{"“One. | “Two. | “Three.”"}},
		{"unclosed ends with paragraph", "He said “one and left.\n\nThe next day, “two.”", []string{"“one and left. (open)", "“two.”"}},
		{"unclosed before next opener", "“One, “two” three.", []string{"“One, (open)", "“two”"}},
		{"stray closer", "one” two “three”", []string{"“three”"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			seg := segment.SegmentText(tc.in)
			var got []string
			for _, r := range findRegions(tc.in, seg) {
				var parts []string
				for _, p := range r.parts {
					parts = append(parts, tc.in[p.Start:p.End])
				}
				s := strings.Join(parts, " | ")
				if !r.closed {
					s += " (open)"
				}
				got = append(got, s)
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("regions of %q:\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestRegionsLinear: thousands of unbalanced marks make as many small
// regions, each ending with its paragraph or at the next opener.
func TestRegionsLinear(t *testing.T) {
	text := strings.Repeat("“a ", 20000) + strings.Repeat("b” ", 20000)
	seg := segment.SegmentText(text)
	rs := findRegions(text, seg)
	if len(rs) != 20000 {
		t.Fatalf("got %d regions, want 20000", len(rs))
	}
	for _, r := range rs[:19999] {
		if r.closed || r.close-r.open != 1 {
			t.Fatalf("region %v: want an open region of two tokens", r)
		}
	}
}

func TestSpeechLike(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"“Fox News Sunday”", false},
		{"“Fox News Sunday,”", false},
		{"“Yes We Can!”", false},
		{"“mixed”", false},
		{"“We will win,”", true},
		{"“It is over.”", true},
		{"“a historic mistake that voters will remember”", true},
	}
	for _, tc := range tests {
		rs := findRegions(tc.in, segment.SegmentText(tc.in))
		if len(rs) != 1 {
			t.Fatalf("%q: %d regions", tc.in, len(rs))
		}
		if got := rs[0].speechLike(); got != tc.want {
			t.Errorf("speechLike(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}
