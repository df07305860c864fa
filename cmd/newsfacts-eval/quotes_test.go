package main

import (
	"math"
	"testing"

	"github.com/newsfacts/newsfacts/analyzer"
	"github.com/newsfacts/newsfacts/internal/polnear"
	"github.com/newsfacts/newsfacts/quotes"
)

func sp(a, b int) analyzer.Span { return analyzer.Span{Start: a, End: b} }

func TestMatchSpans(t *testing.T) {
	// System 0 overlaps gold 0 by 5 and gold 1 by 2; system 1 overlaps
	// gold 0 by 3. Greedy by overlap: 0-0, then 1 has nothing left.
	scores := [][]int{{5, 2}, {3, 0}}
	m := matchSpans(2, 2, func(i, j int) int { return scores[i][j] })
	if m[0] != 0 || m[1] != -1 {
		t.Errorf("match %v, want [0 -1]", m)
	}
	if c := tally(m, 2, 2); c.TP != 1 || c.FP != 1 || c.FN != 1 {
		t.Errorf("tally %+v", c)
	}
}

func TestScoreQuotes(t *testing.T) {
	//       0         1         2         3         4         5
	//       0123456789012345678901234567890123456789012345678901234
	text := "“We stay,” Ana said. Bo said the bridge was shut today."
	gold := []polnear.Attribution{
		{Source: []analyzer.Span{sp(13, 16)}, Cue: []analyzer.Span{sp(17, 21)}, Content: []analyzer.Span{sp(0, 12)}},
		{Source: []analyzer.Span{sp(23, 25)}, Cue: []analyzer.Span{sp(26, 30)}, Content: []analyzer.Span{sp(31, 55)}},
	}
	sys := []sysQuote{
		{content: []analyzer.Span{sp(0, 12)}, cue: sp(17, 21), speaker: sp(13, 16), kind: quotes.Direct, entity: -1},
		{content: []analyzer.Span{sp(31, 49)}, cue: sp(26, 30), speaker: sp(0, 2), kind: quotes.Indirect, entity: 3},
		{content: []analyzer.Span{sp(50, 54)}, cue: sp(50, 54), kind: quotes.Indirect, entity: -1},
	}
	s := scoreQuotes(text, sys, gold, func(a polnear.Attribution) int {
		if a.Source[0] == sp(23, 25) {
			return 3
		}
		return -1
	})
	if s.content.TP != 2 || s.content.FP != 1 || s.content.FN != 0 {
		t.Errorf("content %+v", s.content)
	}
	if s.exact.TP != 1 {
		t.Errorf("exact %+v: the direct quotation matches exactly", s.exact)
	}
	if s.marks.TP != 1 || s.marks.FP != 0 || s.marks.FN != 0 {
		t.Errorf("marks %+v", s.marks)
	}
	// Speaker: the first by overlap, the second through the entity.
	if s.speakerN != 2 || s.speakerOK != 2 || s.speakerByEntity != 1 {
		t.Errorf("speaker %v of %v (%v by entity)", s.speakerOK, s.speakerN, s.speakerByEntity)
	}
	if s.cue.TP != 2 || s.cue.FP != 1 {
		t.Errorf("cue %+v", s.cue)
	}
	// Weighting by 1/k.
	s.scale(0.5)
	if s.content.TP != 1 || math.Abs(s.content.F1()-80) > 1e-9 {
		t.Errorf("scaled %+v F1 %v", s.content, s.content.F1())
	}
}

func TestTrimSpanAndMask(t *testing.T) {
	text := " “Yes,” he said, \"no\".\nAn \"unclosed"
	if got := trimSpan(text, sp(0, 11)); text[got.Start:got.End] != "Yes" {
		t.Errorf("trimSpan: %q", text[got.Start:got.End])
	}
	in := quotedMask(text)
	inside := func(s string) bool {
		for i := 0; i+len(s) <= len(text); i++ {
			if text[i:i+len(s)] == s {
				return in[i]
			}
		}
		return false
	}
	if !inside("Yes") || !inside("no") || inside("he said") || inside("unclosed") {
		t.Error("quotedMask: want Yes and no inside, he said and the unclosed quote outside")
	}
}
