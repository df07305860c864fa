package core

import (
	"github.com/newsfacts/newsfacts/analyzer"
	"github.com/newsfacts/newsfacts/analyzer/segment"
)

// A region is a stretch of text in quotation marks: from its opening mark
// to its closing mark, both included. A quotation that runs over several
// paragraphs (each paragraph but the last opens with a mark and none but
// the last closes) is one region with one part per paragraph.
type region struct {
	open, close int             // token indices of the first and last token (the marks, when closed)
	parts       []analyzer.Span // one span per paragraph, marks included
	closed      bool            // ends with a closing mark (else at its paragraph's end)
	single      bool            // in single marks, at the top level
	words       int             // word and number tokens inside
	capWords    int             // capitalised words inside
	terminals   int             // sentence-ending punctuation inside
	commaEnd    bool            // a comma right before the closing mark: “…,” he said
	used        bool            // claimed by a quotation
}

func (r *region) span() analyzer.Span {
	return analyzer.Span{Start: r.parts[0].Start, End: r.parts[len(r.parts)-1].End}
}

// speechLike reports whether a region reads as speech rather than a scare
// quote or a title: a few words, or a complete sentence.
func (r *region) speechLike() bool {
	if r.title() {
		return false
	}
	return r.words >= 6 || (r.words >= 3 && (r.terminals > 0 || r.commaEnd))
}

// title reports whether a region reads as a title: a few words, all
// capitalised (“Fox News Sunday,”).
func (r *region) title() bool {
	return r.capWords == r.words && r.words <= 6
}

// isSingleMark reports whether a quotation-mark token is a single mark.
func isSingleMark(text string, t segment.Token) bool {
	switch text[t.Start:t.End] {
	case "'", "‘", "’", "‹", "›", "`", "‚":
		return true
	}
	return false
}

// findRegions pairs the quotation marks of every paragraph, left to right,
// in one pass. Double marks pair at the top level; single marks pair at the
// top level when no double mark is open (inside a double quotation they
// are nested quotes and stay content). A mark left open at a paragraph's
// end continues the quotation only if the next paragraph opens with a
// mark; otherwise the region ends with its paragraph, so an unbalanced
// mark never swallows the rest of the article. A closing mark with no
// opener is ignored.
func findRegions(text string, seg *segment.Result) []region {
	toks := seg.Tokens
	marks := 0
	for _, t := range toks {
		if t.Kind.IsQuote() {
			marks++
		}
	}
	out := make([]region, 0, marks/2+1)
	// Parts are cut from one slab; a region's parts are contiguous in it
	// (no other region ends while one runs over paragraphs).
	slab := make([]analyzer.Span, 0, marks/2+1)
	var cur *region  // the open double-quoted region, if any
	var curStart int // start of cur's part in the current paragraph
	var curFirst int // index in slab of cur's first part
	addPart := func(last int) {
		if len(cur.parts) == 0 {
			curFirst = len(slab)
		}
		slab = append(slab, analyzer.Span{Start: curStart, End: toks[last].End})
		cur.parts = slab[curFirst:len(slab):len(slab)]
	}
	finish := func(last int, closed bool) {
		cur.close = last
		cur.closed = closed
		addPart(last)
		out = append(out, *cur)
		cur = nil
	}
	for pi, p := range seg.Paragraphs {
		if p.Sentences.Len() == 0 {
			continue
		}
		first := seg.Sentences[p.Sentences.Start].Tokens.Start
		last := seg.Sentences[p.Sentences.End-1].Tokens.End - 1
		i := first
		if cur != nil {
			// A quotation carried over from the previous paragraph,
			// which ended open and was followed by this one, which
			// opens with a mark (see below): the quotation goes on.
			curStart = toks[first].Start
			i = first + 1
		}
		singleOpen := -1
		for ; i <= last; i++ {
			t := toks[i]
			switch t.Kind {
			case segment.KindWord, segment.KindNumber:
				if cur != nil {
					cur.words++
					if c := text[t.Start]; c >= 'A' && c <= 'Z' {
						cur.capWords++
					}
				}
				continue
			case segment.KindPunct:
				if cur != nil {
					if c := text[t.Start]; c == '.' || c == '!' || c == '?' {
						cur.terminals++
					}
				}
				continue
			case segment.KindOpenQuote, segment.KindCloseQuote:
			default:
				continue
			}
			if isSingleMark(text, t) {
				if cur != nil {
					continue // nested quote: content
				}
				if t.Kind == segment.KindOpenQuote {
					singleOpen = i
				} else if singleOpen >= 0 {
					slab = append(slab, analyzer.Span{Start: toks[singleOpen].Start, End: toks[i].End})
					out = append(out, singleRegion(text, toks, singleOpen, i, slab[len(slab)-1:len(slab):len(slab)]))
					singleOpen = -1
				}
				continue
			}
			if t.Kind == segment.KindOpenQuote {
				if cur != nil {
					// An opening mark while one is open: the earlier
					// one was never closed; it ends before this one.
					finish(i-1, false)
				}
				cur = &region{open: i}
				curStart = t.Start
				singleOpen = -1
			} else if cur != nil {
				cur.commaEnd = i > 0 && toks[i-1].Kind == segment.KindPunct && text[toks[i-1].Start] == ','
				finish(i, true)
			}
		}
		if cur != nil {
			next := pi + 1
			for next < len(seg.Paragraphs) && seg.Paragraphs[next].Sentences.Len() == 0 {
				next++
			}
			cont := false
			if next < len(seg.Paragraphs) && seg.Paragraphs[next].Part == p.Part {
				nt := toks[seg.Sentences[seg.Paragraphs[next].Sentences.Start].Tokens.Start]
				cont = nt.Kind == segment.KindOpenQuote && !isSingleMark(text, nt)
			}
			if cont {
				cur.close = last
				addPart(last)
			} else {
				finish(last, false)
			}
		}
	}
	if cur != nil {
		out = append(out, *cur)
	}
	// Regions are appended when they end; they never overlap (single
	// marks pair only outside double quotations), so they are in order.
	return out
}

func singleRegion(text string, toks []segment.Token, open, close int, parts []analyzer.Span) region {
	r := region{open: open, close: close, closed: true, single: true,
		parts:    parts,
		commaEnd: close > open+1 && toks[close-1].Kind == segment.KindPunct && text[toks[close-1].Start] == ','}
	for _, t := range toks[open+1 : close] {
		switch t.Kind {
		case segment.KindWord, segment.KindNumber:
			r.words++
			if c := text[t.Start]; c >= 'A' && c <= 'Z' {
				r.capWords++
			}
		case segment.KindPunct:
			if c := text[t.Start]; c == '.' || c == '!' || c == '?' {
				r.terminals++
			}
		}
	}
	return r
}
