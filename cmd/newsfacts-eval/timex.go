package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/newsfacts/newsfacts/analyzer"
	"github.com/newsfacts/newsfacts/timeline"
)

// The timex subcommand: TempEval-3 Task A (temporal expression extraction
// and normalisation) on TimeML documents. Each document's creation time
// (DCT) is the reference date; the text inside <TEXT> is stripped of its
// tags and given to the analyser as a plain body. Metrics follow the
// TempEval-3 scorer: strict (exact extent) and relaxed (overlapping extent)
// precision, recall and F1, and for type and value the accuracy over
// relaxed matches and the "attribute F1" = accuracy × relaxed F1.

func init() {
	register(command{name: "timex", summary: "TempEval-3 Task A on TimeBank+AQUAINT (timex/tbaq)", run: runTimex})
}

// timexCounts are the TempEval-3 extent counts: precision is the share of
// system expressions that match a gold one, recall the share of gold
// expressions that a system one matches.
type timexCounts struct{ sys, sysMatched, gold, goldMatched int }

func (c timexCounts) Precision() float64 { return pct(c.sysMatched, c.sys) }
func (c timexCounts) Recall() float64    { return pct(c.goldMatched, c.gold) }

// F1 is the harmonic mean of precision and recall, in percent.
func (c timexCounts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (c timexCounts) String() string {
	return fmt.Sprintf("P %6.2f  R %6.2f  F1 %6.2f  (system %d/%d, gold %d/%d matched)", c.Precision(), c.Recall(), c.F1(), c.sysMatched, c.sys, c.goldMatched, c.gold)
}

// A goldTimex is a TIMEX3 of a TimeML document.
type goldTimex struct {
	span        analyzer.Span
	typ, value  string
	mod         string
	text        string
	matched     int // index of the matched system timex, -1
	strictMatch bool
}

// A tmlDoc is a TimeML document with its tags removed.
type tmlDoc struct {
	name   string
	text   string
	dct    time.Time
	timexs []goldTimex
}

func runTimex(fs *flag.FlagSet, data *string, args []string, w io.Writer) error {
	verbose := fs.Bool("v", false, "print every error: missed, spurious, wrong extent, wrong type or value")
	files := fs.String("files", "timex/tbaq", "`path` of the TimeML files, relative to -data (a directory or one .tml file)")
	noDCT := fs.Bool("nodct", false, "run without reference dates (relative values stay underspecified)")
	dump := fs.Bool("dump", false, "print every expression found, with its rule and anchor")
	if err := fs.Parse(args); err != nil {
		return err
	}
	docs, err := readTML(filepath.Join(*data, *files))
	if err != nil {
		return err
	}
	if len(docs) == 0 {
		return fmt.Errorf("no .tml files under %s", filepath.Join(*data, *files))
	}
	p, err := analyzer.NewPipeline(timeline.Analyzer)
	if err != nil {
		return err
	}
	var strict, relaxed timexCounts
	typeOK, valueOK := 0, 0
	for _, d := range docs {
		doc := analyzer.NewDocument(d.text)
		doc.ID = d.name
		if !*noDCT {
			doc.Published = d.dct
		}
		res, err := p.Run(context.Background(), doc)
		if err != nil {
			return fmt.Errorf("%s: %w", d.name, err)
		}
		tl, err := analyzer.Get(res, timeline.Analyzer)
		if err != nil {
			return fmt.Errorf("%s: %w", d.name, err)
		}
		sys := tl.Timexes
		sysMatched := make([]bool, len(sys))
		sysStrict := make([]bool, len(sys))
		for gi := range d.timexs {
			g := &d.timexs[gi]
			g.matched = -1
			for si := range sys {
				if sys[si].Span.Overlaps(g.span) {
					sysMatched[si] = true
					if sys[si].Span == g.span {
						sysStrict[si] = true
						g.strictMatch = true
						g.matched = si
					} else if g.matched < 0 {
						g.matched = si
					}
				}
			}
			relaxed.gold++
			strict.gold++
			if g.matched >= 0 {
				relaxed.goldMatched++
				s := &sys[g.matched]
				if string(s.Type) == g.typ {
					typeOK++
				}
				if s.Value == g.value {
					valueOK++
				}
			}
			if g.strictMatch {
				strict.goldMatched++
			}
		}
		for si := range sys {
			relaxed.sys++
			strict.sys++
			if sysMatched[si] {
				relaxed.sysMatched++
			}
			if sysStrict[si] {
				strict.sysMatched++
			}
		}
		if *verbose {
			printTimexErrors(w, d, doc, sys, sysMatched)
		}
		if *dump {
			for _, x := range sys {
				fmt.Fprintf(w, "FOUND\t%s\t%q\t%s %s %s\t(%s, %s %d)\n", d.name, x.Span.In(d.text), x.Type, x.Value, x.Mod, x.Rule, x.Anchor, x.AnchorTimex)
			}
		}
	}
	fmt.Fprintf(w, "TempEval-3 Task A on %s: %d documents, %d gold TIMEX3, %d found\n", *files, len(docs), relaxed.gold, relaxed.sys)
	fmt.Fprintf(w, "strict   %v\n", strict)
	fmt.Fprintf(w, "relaxed  %v\n", relaxed)
	acc := func(n int) float64 { return pct(n, relaxed.goldMatched) }
	fmt.Fprintf(w, "type     accuracy %6.2f  F1 %6.2f\n", acc(typeOK), acc(typeOK)*relaxed.F1()/100)
	fmt.Fprintf(w, "value    accuracy %6.2f  F1 %6.2f\n", acc(valueOK), acc(valueOK)*relaxed.F1()/100)
	return nil
}

func printTimexErrors(w io.Writer, d tmlDoc, doc *analyzer.Document, sys []timeline.Timex, sysMatched []bool) {
	ctx := func(s analyzer.Span) string {
		a, b := max(0, s.Start-40), min(len(d.text), s.End+40)
		for a > 0 && !utf8Start(d.text[a]) {
			a--
		}
		for b < len(d.text) && !utf8Start(d.text[b]) {
			b++
		}
		return strings.Join(strings.Fields(d.text[a:s.Start]+"[["+d.text[s.Start:s.End]+"]]"+d.text[s.End:b]), " ")
	}
	dct := d.dct.Format("2006-01-02 Mon")
	for _, g := range d.timexs {
		switch {
		case g.matched < 0:
			fmt.Fprintf(w, "MISS\t%s\t%s\t%s %s %s\t%s\n", d.name, dct, g.typ, g.value, g.mod, ctx(g.span))
		default:
			s := sys[g.matched]
			if !g.strictMatch {
				fmt.Fprintf(w, "EXTENT\t%s\t%s\tgold %q sys %q\t%s\n", d.name, dct, g.text, s.Span.In(d.text), ctx(g.span))
			}
			if s.Value != g.value || string(s.Type) != g.typ {
				fmt.Fprintf(w, "VALUE\t%s\t%s\tgold %s %s %s sys %s %s %s (%s, %s)\t%s\n", d.name, dct, g.typ, g.value, g.mod, s.Type, s.Value, s.Mod, s.Rule, s.Anchor, ctx(g.span))
			}
		}
	}
	for si, s := range sys {
		if !sysMatched[si] {
			fmt.Fprintf(w, "SPURIOUS\t%s\t%s\t%s %s (%s)\t%s\n", d.name, dct, s.Type, s.Value, s.Rule, ctx(s.Span))
		}
	}
}

func utf8Start(b byte) bool { return b&0xC0 != 0x80 }

// readTML reads the .tml files at path (a file, or a directory searched
// recursively), in name order.
func readTML(path string) ([]tmlDoc, error) {
	var names []string
	err := filepath.WalkDir(path, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !e.IsDir() && strings.HasSuffix(p, ".tml") {
			names = append(names, p)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	slices.Sort(names)
	var docs []tmlDoc
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			return nil, err
		}
		d, err := parseTML(string(b))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", n, err)
		}
		d.name = strings.TrimSuffix(filepath.Base(n), ".tml")
		docs = append(docs, d)
	}
	return docs, nil
}

// parseTML extracts the DCT and the text of <TEXT> with its TIMEX3 spans.
func parseTML(src string) (tmlDoc, error) {
	var d tmlDoc
	if i := strings.Index(src, "<DCT>"); i >= 0 {
		j := strings.Index(src[i:], "</DCT>")
		if j < 0 {
			return d, fmt.Errorf("unterminated <DCT>")
		}
		attrs := tagAttrs(src[i : i+j])
		v := attrs["value"]
		if len(v) >= 10 {
			t, err := time.Parse("2006-01-02", v[:10])
			if err != nil {
				return d, fmt.Errorf("DCT value %q: %v", v, err)
			}
			d.dct = t
		}
	}
	start := strings.Index(src, "<TEXT>")
	end := strings.LastIndex(src, "</TEXT>")
	if start < 0 || end < start {
		return d, fmt.Errorf("no <TEXT> element")
	}
	body := src[start+len("<TEXT>") : end]
	var b strings.Builder
	type open struct {
		at    int
		attrs map[string]string
	}
	var stack []open
	for i := 0; i < len(body); {
		switch body[i] {
		case '<':
			j := strings.IndexByte(body[i:], '>')
			if j < 0 {
				return d, fmt.Errorf("unterminated tag at byte %d of <TEXT>", i)
			}
			tag := body[i+1 : i+j]
			i += j + 1
			switch {
			case strings.HasPrefix(tag, "TIMEX3"):
				if strings.HasSuffix(tag, "/") {
					continue // an empty (non-consuming) TIMEX3
				}
				stack = append(stack, open{b.Len(), tagAttrs(tag)})
			case tag == "/TIMEX3":
				if len(stack) == 0 {
					return d, fmt.Errorf("</TIMEX3> without <TIMEX3>")
				}
				o := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				g := goldTimex{span: analyzer.Span{Start: o.at, End: b.Len()}, typ: o.attrs["type"], value: o.attrs["value"], mod: o.attrs["mod"]}
				g.text = b.String()[o.at:b.Len()]
				d.timexs = append(d.timexs, g)
			}
		case '&':
			j := strings.IndexByte(body[i:], ';')
			if j > 0 && j < 10 {
				if r, ok := xmlEntities[body[i+1:i+j]]; ok {
					b.WriteString(r)
					i += j + 1
					continue
				}
			}
			b.WriteByte('&')
			i++
		default:
			b.WriteByte(body[i])
			i++
		}
	}
	d.text = b.String()
	slices.SortStableFunc(d.timexs, func(a, b goldTimex) int { return a.span.Start - b.span.Start })
	return d, nil
}

var xmlEntities = map[string]string{"amp": "&", "lt": "<", "gt": ">", "quot": `"`, "apos": "'"}

// tagAttrs parses name="value" attributes.
func tagAttrs(tag string) map[string]string {
	m := map[string]string{}
	for {
		eq := strings.Index(tag, `="`)
		if eq < 0 {
			return m
		}
		k := eq
		for k > 0 && tag[k-1] != ' ' && tag[k-1] != '\t' && tag[k-1] != '\n' && tag[k-1] != '<' {
			k--
		}
		rest := tag[eq+2:]
		end := strings.IndexByte(rest, '"')
		if end < 0 {
			return m
		}
		m[tag[k:eq]] = rest[:end]
		tag = rest[end+1:]
	}
}
