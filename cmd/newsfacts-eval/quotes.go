package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/analyzer"
	"github.com/newsfacts/newsfacts/entities"
	"github.com/newsfacts/newsfacts/internal/polnear"
	"github.com/newsfacts/newsfacts/quotes"
)

func init() {
	register(command{
		name:    "quotes",
		summary: "attributed speech on PolNeAR (content overlap and exact F1, cue F1, speaker accuracy)",
		run:     runQuotes,
	})
}

// Scoring, in the manner of PARC 3.0 / PolNeAR evaluations (Citron,
// Newell et al.):
//
//   - Content overlap: a system quotation matches a gold attribution when
//     their contents share at least one byte; matching is one-to-one,
//     greedy by the size of the overlap. P = matched / system, R =
//     matched / gold.
//   - Content exact: contents are equal after trimming white space,
//     punctuation and quotation marks at both ends (hull of the fragments
//     on both sides).
//   - Content in marks: the same overlap matching, restricted on each side
//     to contents of which at least half the letters lie inside quotation
//     marks (P over such system contents, R over such gold contents).
//   - Cue: system cues against gold cues, one-to-one by overlap.
//   - Speaker accuracy: over matched pairs whose gold attribution has a
//     source, the share where the system speaker overlaps the gold source
//     or is linked to the entity that the entities analyser finds at the
//     gold source.
//
// Articles with several annotators count once: each annotator's
// comparison is weighted by one over their number, so no annotator is
// preferred and every article has the same weight as a singly annotated
// one.
func runQuotes(fs *flag.FlagSet, data *string, args []string, w io.Writer) error {
	split := fs.String("split", "dev", "PolNeAR `split` to evaluate (dev; train for tuning)")
	minScore := fs.Float64("min-score", 0, "Options.MinScore (0: the default)")
	unattributed := fs.Bool("unattributed", false, "Options.Unattributed: also report quotations in marks without a cue")
	verbose := fs.Bool("v", false, "print every missed and spurious content")
	holdout := fs.Int("holdout", 0, "evaluate only every Nth article (those that quotes/internal/train -holdout N leaves out of training)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	arts, err := polnear.Load(filepath.Join(*data, "quotes", "polnear", *split))
	if err != nil {
		return err
	}
	an := quotes.New(quotes.Options{MinScore: *minScore, Unattributed: *unattributed})
	p, err := analyzer.NewPipeline(an)
	if err != nil {
		return err
	}
	if *holdout > 0 {
		var kept []*polnear.Article
		for i, a := range arts {
			if i%*holdout == *holdout-1 {
				kept = append(kept, a)
			}
		}
		arts = kept
	}
	var tot quoteScores
	multi, nAnn := 0, 0
	kinds := map[quotes.Kind]*wcounts{}
	for _, art := range arts {
		doc := analyzer.ParseArticle(art.Text)
		doc.ID = art.Name
		res, err := p.Run(context.Background(), doc)
		if err != nil {
			return fmt.Errorf("%s: %v", art.Name, err)
		}
		qr, err := analyzer.Get(res, an)
		if err != nil {
			return fmt.Errorf("%s: %v", art.Name, err)
		}
		ents, err := analyzer.Get(res, entities.Analyzer)
		if err != nil {
			return fmt.Errorf("%s: %v", art.Name, err)
		}
		sys := make([]sysQuote, len(qr.Quotes))
		for i, q := range qr.Quotes {
			sys[i] = sysQuote{content: q.Parts, cue: q.Cue, speaker: q.Speaker, kind: q.Kind, entity: q.Entity}
		}
		sourceEntity := func(a polnear.Attribution) int {
			for _, s := range a.Source {
				if e, ok := ents.EntityAt(s); ok {
					return e
				}
			}
			return -1
		}
		if len(art.Annotations) > 1 {
			multi++
		}
		nAnn += len(art.Annotations)
		wt := 1 / float64(len(art.Annotations))
		for _, ann := range art.Annotations {
			s := scoreQuotes(art.Text, sys, ann.Attributions, sourceEntity)
			s.scale(wt)
			tot.add(s)
			for k, c := range s.byKind {
				if kinds[k] == nil {
					kinds[k] = &wcounts{}
				}
				kinds[k].Add(c)
			}
			if *verbose {
				printErrors(w, art, ann, sys, s)
			}
		}
	}
	fmt.Fprintf(w, "PolNeAR %s: %d articles, %d annotation files (%d articles with several annotators, each weighted 1/k)\n",
		*split, len(arts), nAnn, multi)
	fmt.Fprintf(w, "gold attributions %.1f (%.1f with content in marks), system quotations %.1f\n",
		tot.content.TP+tot.content.FN, tot.marks.TP+tot.marks.FN, tot.content.TP+tot.content.FP)
	fmt.Fprintf(w, "content overlap   %v\n", tot.content)
	fmt.Fprintf(w, "content exact     %v\n", tot.exact)
	fmt.Fprintf(w, "content in marks  %v\n", tot.marks)
	fmt.Fprintf(w, "cue overlap       %v\n", tot.cue)
	fmt.Fprintf(w, "speaker accuracy  %6.2f%%  (%.1f of %.1f matched attributions with a gold source; %.1f through the entity only)\n",
		pctf(tot.speakerOK, tot.speakerN), tot.speakerOK, tot.speakerN, tot.speakerByEntity)
	for _, k := range []quotes.Kind{quotes.Direct, quotes.Mixed, quotes.Indirect} {
		if c := kinds[k]; c != nil {
			fmt.Fprintf(w, "  %-8s precision %6.2f  (%.1f of %.1f system quotations matched)\n", k, c.Precision(), c.TP, c.TP+c.FP)
		}
	}
	return nil
}

type sysQuote struct {
	content []analyzer.Span
	cue     analyzer.Span
	speaker analyzer.Span
	kind    quotes.Kind
	entity  int // -1 when not linked
}

type quoteScores struct {
	content, exact, marks, cue wcounts
	speakerOK, speakerN        float64
	speakerByEntity            float64 // correct through the entity only
	byKind                     map[quotes.Kind]wcounts
	// for -v: which system quotations and gold attributions matched
	sysMatched, goldMatched []bool
	match                   []int
}

func (s *quoteScores) scale(f float64) {
	for _, c := range []*wcounts{&s.content, &s.exact, &s.marks, &s.cue} {
		c.Scale(f)
	}
	s.speakerOK *= f
	s.speakerN *= f
	s.speakerByEntity *= f
	for k, c := range s.byKind {
		c.Scale(f)
		s.byKind[k] = c
	}
}

func (s *quoteScores) add(o quoteScores) {
	s.content.Add(o.content)
	s.exact.Add(o.exact)
	s.marks.Add(o.marks)
	s.cue.Add(o.cue)
	s.speakerOK += o.speakerOK
	s.speakerN += o.speakerN
	s.speakerByEntity += o.speakerByEntity
}

// scoreQuotes compares one article's system quotations with one
// annotator's attributions.
func scoreQuotes(text string, sys []sysQuote, gold []polnear.Attribution, sourceEntity func(polnear.Attribution) int) quoteScores {
	var s quoteScores
	s.byKind = map[quotes.Kind]wcounts{}
	// Content overlap, one-to-one, greedy by overlap size.
	match := matchSpans(len(sys), len(gold), func(i, j int) int { return overlapLen(sys[i].content, gold[j].Content) })
	s.sysMatched = make([]bool, len(sys))
	s.goldMatched = make([]bool, len(gold))
	for i, j := range match {
		if j >= 0 {
			s.sysMatched[i] = true
			s.goldMatched[j] = true
		}
	}
	s.content = tally(match, len(sys), len(gold))
	s.match = match
	for i, q := range sys {
		c := s.byKind[q.kind]
		if match[i] >= 0 {
			c.TP++
		} else {
			c.FP++
		}
		s.byKind[q.kind] = c
	}
	// Speaker accuracy over matched pairs with a gold source.
	for i, j := range match {
		if j < 0 || len(gold[j].Source) == 0 {
			continue
		}
		s.speakerN++
		if overlapLen([]analyzer.Span{sys[i].speaker}, gold[j].Source) > 0 {
			s.speakerOK++
		} else if e := sys[i].entity; e >= 0 && sourceEntity != nil && sourceEntity(gold[j]) == e {
			s.speakerOK++
			s.speakerByEntity++
		}
	}
	// Exact content.
	exact := matchSpans(len(sys), len(gold), func(i, j int) int {
		a := trimSpan(text, polnear.Hull(sys[i].content))
		b := trimSpan(text, polnear.Hull(gold[j].Content))
		if a == b && a.Len() > 0 {
			return 1
		}
		return 0
	})
	s.exact = tally(exact, len(sys), len(gold))
	// Content in marks.
	in := quotedMask(text)
	sysQ := func(i int) bool { return mostlyQuoted(text, in, sys[i].content) }
	goldQ := func(j int) bool { return mostlyQuoted(text, in, gold[j].Content) }
	for i, j := range match {
		switch {
		case j >= 0 && goldQ(j):
			s.marks.TP++
		case sysQ(i):
			s.marks.FP++
		}
	}
	for j := range gold {
		if !s.goldMatched[j] && goldQ(j) {
			s.marks.FN++
		}
	}
	// Cues.
	cueMatch := matchSpans(len(sys), len(gold), func(i, j int) int {
		if sys[i].cue.Len() == 0 {
			return 0
		}
		return overlapLen([]analyzer.Span{sys[i].cue}, gold[j].Cue)
	})
	nsys := 0
	for _, q := range sys {
		if q.cue.Len() > 0 {
			nsys++
		}
	}
	s.cue = tally(cueMatch, nsys, len(gold))
	return s
}

// matchSpans pairs system items with gold items one to one, greedily by
// decreasing score (ties by position); a pair needs a positive score. It
// returns, for each system item, the index of its gold item or -1.
func matchSpans(nsys, ngold int, score func(i, j int) int) []int {
	type pair struct{ i, j, s int }
	var pairs []pair
	for i := 0; i < nsys; i++ {
		for j := 0; j < ngold; j++ {
			if s := score(i, j); s > 0 {
				pairs = append(pairs, pair{i, j, s})
			}
		}
	}
	slices.SortStableFunc(pairs, func(a, b pair) int { return b.s - a.s })
	match := make([]int, nsys)
	for i := range match {
		match[i] = -1
	}
	used := make([]bool, ngold)
	for _, p := range pairs {
		if match[p.i] < 0 && !used[p.j] {
			match[p.i] = p.j
			used[p.j] = true
		}
	}
	return match
}

func tally(match []int, nsys, ngold int) wcounts {
	tp := 0
	for _, j := range match {
		if j >= 0 {
			tp++
		}
	}
	return wcounts{TP: float64(tp), FP: float64(nsys - tp), FN: float64(ngold - tp)}
}

// overlapLen returns the number of bytes two sets of fragments share.
func overlapLen(a, b []analyzer.Span) int {
	n := 0
	for _, x := range a {
		for _, y := range b {
			if lo, hi := max(x.Start, y.Start), min(x.End, y.End); hi > lo {
				n += hi - lo
			}
		}
	}
	return n
}

// trimSpan drops white space, punctuation and quotation marks at both ends.
func trimSpan(text string, s analyzer.Span) analyzer.Span {
	trim := func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) || r == '`' }
	for s.Start < s.End {
		r, n := utf8.DecodeRuneInString(text[s.Start:s.End])
		if !trim(r) {
			break
		}
		s.Start += n
	}
	for s.End > s.Start {
		r, n := utf8.DecodeLastRuneInString(text[s.Start:s.End])
		if !trim(r) {
			break
		}
		s.End -= n
	}
	return s
}

// quotedMask marks the bytes of text that lie inside double quotation
// marks, pairing marks line by line: curly marks by their direction,
// straight ones alternately. It is the evaluation's own, independent of
// the analyser.
func quotedMask(text string) []bool {
	in := make([]bool, len(text))
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		open := -1
		straight := false
		for i := start; i < end; {
			r, n := utf8.DecodeRuneInString(text[i:end])
			switch {
			case r == '“' || (r == '"' && open < 0):
				open, straight = i, r == '"'
			case (r == '”' && open >= 0) || (r == '"' && open >= 0 && straight):
				for k := open; k < i+n; k++ {
					in[k] = true
				}
				open = -1
			case r == '"' && open >= 0:
				open, straight = i, true
			}
			i += n
		}
		start = end + 1
	}
	return in
}

// mostlyQuoted reports whether at least half the letters of the fragments
// lie inside quotation marks.
func mostlyQuoted(text string, in []bool, frags []analyzer.Span) bool {
	letters, quoted := 0, 0
	for _, f := range frags {
		for i := f.Start; i < f.End && i < len(text); i++ {
			c := text[i]
			if c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= 0x80 && utf8.RuneStart(c) {
				letters++
				if in[i] {
					quoted++
				}
			}
		}
	}
	return letters > 0 && 2*quoted >= letters
}

func printErrors(w io.Writer, art *polnear.Article, ann polnear.Annotation, sys []sysQuote, s quoteScores) {
	snip := func(frags []analyzer.Span) string {
		h := polnear.Hull(frags)
		t := strings.Join(strings.Fields(art.Text[h.Start:h.End]), " ")
		if len(t) > 160 {
			t = t[:120] + " … " + t[len(t)-30:]
		}
		return t
	}
	for i, q := range sys {
		if !s.sysMatched[i] {
			sp := ""
			if q.speaker.Len() > 0 {
				sp = art.Text[q.speaker.Start:q.speaker.End]
			}
			fmt.Fprintf(w, "%s_%s: spurious %s [%s | %s] %q\n", art.Name, ann.Annotator, q.kind, sp, art.Text[q.cue.Start:q.cue.End], snip(q.content))
		}
	}
	for i, j := range s.match {
		if j < 0 {
			continue
		}
		a := trimSpan(art.Text, polnear.Hull(sys[i].content))
		b := trimSpan(art.Text, polnear.Hull(ann.Attributions[j].Content))
		if a != b {
			fmt.Fprintf(w, "%s_%s: inexact %s %q\n%s_%s:    gold %q\n", art.Name, ann.Annotator, sys[i].kind, snip(sys[i].content), art.Name, ann.Annotator, snip(ann.Attributions[j].Content))
		}
	}
	for j, g := range ann.Attributions {
		if !s.goldMatched[j] {
			fmt.Fprintf(w, "%s_%s: missed [%s | %s] %q\n", art.Name, ann.Annotator, snip(g.Source), snip(g.Cue), snip(g.Content))
		}
	}
}
