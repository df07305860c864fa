package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/newsfacts/newsfacts/analyzer"
	"github.com/newsfacts/newsfacts/analyzer/segment"
	"github.com/newsfacts/newsfacts/casualties"
	"github.com/newsfacts/newsfacts/internal/gva"
	"github.com/newsfacts/newsfacts/internal/textutil"
)

func init() {
	register(command{
		name:    "casualties",
		summary: "casualty totals on the Gun Violence Archive articles (exact accuracy) and MUC-4 (-set muc4)",
		run:     runCasualties,
	})
}

func runCasualties(fs *flag.FlagSet, data *string, args []string, w io.Writer) error {
	set := fs.String("set", "gva", "`corpus`: gva (casualties/gva-dev.jsonl) or muc4 (casualties/muc4)")
	file := fs.String("file", "", "GVA JSON Lines `file` to read instead of casualties/gva-dev.jsonl")
	muc := fs.String("muc4", "dev", "MUC-4 `parts` to read, comma-separated: dev, tst1, tst2")
	show := fs.Int("show", 0, "print the first `n` articles the analyser gets wrong (for error analysis)")
	dump := fs.String("dump", "", "write each GVA article's figures, totals and gold counts as JSON Lines to `file` (for error analysis)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	switch *set {
	case "gva":
		path := *file
		if path == "" {
			path = filepath.Join(*data, "casualties", "gva-dev.jsonl")
		}
		return evalGVA(path, *show, *dump, w)
	case "muc4":
		return evalMUC4(filepath.Join(*data, "casualties", "muc4"), strings.Split(*muc, ","), *show, w)
	}
	return fmt.Errorf("unknown -set %q (want gva or muc4)", *set)
}

// accuracy counts exact matches of the killed and injured totals.
type accuracy struct{ n, killed, injured, both int }

func (a *accuracy) add(gk, gi, k, i int64) {
	a.n++
	if gk == k {
		a.killed++
	}
	if gi == i {
		a.injured++
	}
	if gk == k && gi == i {
		a.both++
	}
}

func (a accuracy) String() string {
	return fmt.Sprintf("killed %6.2f%%  injured %6.2f%%  both %6.2f%%", pct(a.killed, a.n), pct(a.injured, a.n), pct(a.both, a.n))
}

func evalGVA(path string, show int, dump string, w io.Writer) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	var enc *json.Encoder
	if dump != "" {
		df, err := os.Create(dump)
		if err != nil {
			return err
		}
		defer df.Close()
		bw := bufio.NewWriter(df)
		defer bw.Flush()
		enc = json.NewEncoder(bw)
	}
	// the rules alone, without the learned selector, for comparison (an
	// analyser of its own name: names are unique in a pipeline)
	r := casualties.New(casualties.Options{Selector: casualties.NewSelector(nil, nil)})
	rules := &analyzer.Analyzer[*casualties.Result]{Name: "casualties-rules", Doc: r.Doc, Requires: r.Requires, Run: r.Run}
	p, err := analyzer.NewPipeline(casualties.Analyzer, rules)
	if err != nil {
		return err
	}
	var sys, base, rule accuracy
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	line, shown := 0, 0
	for sc.Scan() {
		line++
		var a gva.Article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return fmt.Errorf("%s:%d: %v", path, line, err)
		}
		doc := a.Document()
		res, err := p.Run(context.Background(), doc)
		if err != nil {
			return fmt.Errorf("%s:%d: %v", path, line, err)
		}
		cr, err := analyzer.Get(res, casualties.Analyzer)
		if err != nil {
			return fmt.Errorf("%s:%d: %v", path, line, err)
		}
		k, i := totalValue(cr, casualties.Killed), totalValue(cr, casualties.Injured)
		sys.add(a.Killed, a.Injured, k, i)
		if rr, err := analyzer.Get(res, rules); err == nil {
			rule.add(a.Killed, a.Injured, totalValue(rr, casualties.Killed), totalValue(rr, casualties.Injured))
		}
		seg, _ := analyzer.Get(res, segment.Analyzer)
		bk, bi := baseline(doc, seg)
		base.add(a.Killed, a.Injured, bk, bi)
		if show > shown && (k != a.Killed || i != a.Injured) {
			shown++
			showArticle(w, line, doc, a.Killed, a.Injured, k, i, cr)
		}
		if enc != nil {
			if err := enc.Encode(dumpRecord(line, doc, &a, cr)); err != nil {
				return err
			}
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	fmt.Fprintf(w, "GVA %s: %d articles, exact accuracy of the per-article totals\n", filepath.Base(path), sys.n)
	fmt.Fprintf(w, "  casualties  %v\n", sys)
	fmt.Fprintf(w, "  rules alone %v   (totals without the learned selector)\n", rule)
	fmt.Fprintf(w, "  baseline    %v   (largest number within 3 tokens of a casualty word; 0 if none)\n", base)
	fmt.Fprintf(w, "  (the selector was trained on gva-dev: its cross-validated figures are those go run ./casualties/internal/train prints)\n")
	return nil
}

// dumpRecord describes an article's figures and totals for error analysis.
func dumpRecord(line int, doc *analyzer.Document, a *gva.Article, r *casualties.Result) map[string]any {
	type fig struct {
		casualties.Figure
		Text     string
		Headline bool
	}
	figs := make([]fig, len(r.Figures))
	for i, f := range r.Figures {
		figs[i] = fig{Figure: f, Text: doc.Slice(f.Span), Headline: doc.Headline.Contains(f.Span)}
	}
	return map[string]any{"line": line, "id": a.DocID, "incident": a.IncidentID, "gold_killed": a.Killed,
		"gold_injured": a.Injured, "title": a.Title, "len": len(a.Content), "figures": figs, "totals": r.Totals}
}

func totalValue(r *casualties.Result, k casualties.Kind) int64 {
	if t, ok := r.Total(k); ok && t.Value >= 0 {
		return t.Value
	}
	return 0
}

func showArticle(w io.Writer, line int, doc *analyzer.Document, gk, gi, k, i int64, r *casualties.Result) {
	fmt.Fprintf(w, "--- line %d %s: gold killed %d injured %d, got killed %d injured %d\n", line, doc.ID, gk, gi, k, i)
	fmt.Fprintf(w, "    title: %s\n", doc.Title)
	for _, f := range r.Figures {
		flags := ""
		for _, fl := range []struct {
			on   bool
			name string
		}{{f.Negated, "neg"}, {f.Hypothetical, "hyp"}, {f.Background, "bg"}, {f.Part, "part"}, {f.Additional, "add"}, {f.Update, "upd"}, {f.Self, "self"}, {f.Individual, "indiv"}} {
			if fl.on {
				flags += " " + fl.name
			}
		}
		fmt.Fprintf(w, "    %-28s %-14q%s | %s\n", f.String(), f.Subject, flags, oneLine(doc.Slice(f.Span)))
	}
	for _, t := range r.Totals {
		fmt.Fprintf(w, "    total %v\n", t)
	}
}

func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 100 {
		s = s[:100] + "..."
	}
	return s
}

// baseline is the naive method: for each kind, the largest number within
// three tokens of one of its casualty words.
func baseline(doc *analyzer.Document, seg *segment.Result) (killed, injured int64) {
	kw := map[string]bool{"killed": true, "dead": true, "died": true, "deaths": true, "death": true, "fatally": true, "slain": true, "killing": true}
	iw := map[string]bool{"injured": true, "wounded": true, "hurt": true, "injuries": true, "injuring": true, "wounding": true}
	toks := seg.Tokens
	for i, t := range toks {
		s := textutil.FoldWord(doc.Slice(t.Span))
		isK, isI := kw[s], iw[s]
		if !isK && !isI {
			continue
		}
		for j := max(0, i-3); j < len(toks) && j <= i+3; j++ {
			n, ok := textutil.NumberWord(doc.Slice(toks[j].Span))
			if !ok || n.Ordinal || n.Fraction || n.Vague || n.Value > 1e6 {
				continue
			}
			v := int64(n.Value)
			if isK && v > killed {
				killed = v
			}
			if isI && v > injured {
				injured = v
			}
		}
	}
	return killed, injured
}

// MUC-4.

// mucMessage is one MUC-4 text with its answer key's casualty counts.
type mucMessage struct {
	id     string
	text   string
	deaths []mucCount // one per human target whose effect is DEATH
	injury []mucCount
	// templates is the number of non-optional templates; incidents the
	// per-template death and injury sums (valid when all counts numeric).
	templates int
	sumDeaths []int64
	sumInjury []int64
	numeric   bool
}

// mucCount is the number of one human target: alternatives ("10 / 10-")
// each with bounds.
type mucCount struct {
	alts []mucNum
}

type mucNum struct {
	min, max int64 // -1 unknown
	approx   bool
}

func (c mucCount) matches(v int64) bool {
	for _, a := range c.alts {
		switch {
		case a.approx && a.min >= 0 && absDiff(v, a.min)*10 <= a.min: // within 10%
			return true
		case a.min >= 0 && a.max >= 0 && v >= a.min && v <= a.max:
			return true
		case a.min >= 0 && a.max < 0 && v == a.min:
			return true
		case a.min < 0 && a.max >= 0 && v == a.max:
			return true
		}
	}
	return false
}

func absDiff(a, b int64) int64 {
	if a > b {
		return a - b
	}
	return b - a
}

var mucIDRE = regexp.MustCompile(`(?m)^((?:DEV|TST\d)-MUC\d-\d{4})(?: +\(|\s*$)`)

func evalMUC4(dir string, parts []string, show int, w io.Writer) error {
	var msgs []*mucMessage
	for _, part := range parts {
		ms, err := readMUC4(filepath.Join(dir, strings.TrimSpace(part)))
		if err != nil {
			return err
		}
		msgs = append(msgs, ms...)
	}
	r := casualties.New(casualties.Options{Selector: casualties.NewSelector(nil, nil)})
	rules := &analyzer.Analyzer[*casualties.Result]{Name: "casualties-rules", Doc: r.Doc, Requires: r.Requires, Run: r.Run}
	p, err := analyzer.NewPipeline(casualties.Analyzer, rules)
	if err != nil {
		return err
	}
	var deathFig, injFig counts // figure level
	var single accuracy         // message level, single-incident messages
	var singleBase, singleRules accuracy
	shown := 0
	for _, m := range msgs {
		doc := mucDocument(m)
		res, err := p.Run(context.Background(), doc)
		if err != nil {
			return fmt.Errorf("%s: %v", m.id, err)
		}
		cr, _ := analyzer.Get(res, casualties.Analyzer)
		seg, _ := analyzer.Get(res, segment.Analyzer)
		var kv, iv []int64
		for _, f := range cr.Figures {
			if f.Unquantified || f.Negated || f.Hypothetical || f.Value < 0 {
				continue
			}
			switch f.Kind {
			case casualties.Killed:
				kv = append(kv, f.Value)
			case casualties.Injured:
				iv = append(iv, f.Value)
			}
		}
		deathFig.Add(matchCounts(m.deaths, kv))
		injFig.Add(matchCounts(m.injury, iv))
		if m.templates == 1 && m.numeric {
			k, i := totalValue(cr, casualties.Killed), totalValue(cr, casualties.Injured)
			single.add(m.sumDeaths[0], m.sumInjury[0], k, i)
			bk, bi := baseline(doc, seg)
			singleBase.add(m.sumDeaths[0], m.sumInjury[0], bk, bi)
			if rr, err := analyzer.Get(res, rules); err == nil {
				singleRules.add(m.sumDeaths[0], m.sumInjury[0], totalValue(rr, casualties.Killed), totalValue(rr, casualties.Injured))
			}
			if show > shown && (k != m.sumDeaths[0] || i != m.sumInjury[0]) {
				shown++
				showArticle(w, 0, doc, m.sumDeaths[0], m.sumInjury[0], k, i, cr)
			}
		}
	}
	fmt.Fprintf(w, "MUC-4 %s: %d messages\n", strings.Join(parts, "+"), len(msgs))
	fmt.Fprintf(w, "  figures, killed  (key DEATH targets with a number vs killed figures): %v\n", deathFig)
	fmt.Fprintf(w, "  figures, injured (key INJURY targets with a number vs injured figures): %v\n", injFig)
	fmt.Fprintf(w, "    precision counts figures whose number is in no key target of the message; the key covers only\n")
	fmt.Fprintf(w, "    terrorist incidents, so combat and other tolls count against it\n")
	fmt.Fprintf(w, "  totals on the %d messages with one incident and numeric counts:\n", single.n)
	fmt.Fprintf(w, "    casualties  %v\n", single)
	fmt.Fprintf(w, "    rules alone %v\n", singleRules)
	fmt.Fprintf(w, "    baseline    %v\n", singleBase)
	return nil
}

// matchCounts scores system values against key counts: a key count is
// found if some value matches it; a value is correct if it matches some
// key count.
func matchCounts(key []mucCount, vals []int64) counts {
	var c counts
	used := make([]bool, len(vals))
	for _, k := range key {
		found := false
		for i, v := range vals {
			if !used[i] && k.matches(v) {
				used[i], found = true, true
				break
			}
		}
		if found {
			c.TP++
		} else {
			c.FN++
		}
	}
	for i, v := range vals {
		if used[i] {
			continue
		}
		ok := false
		for _, k := range key {
			if k.matches(v) {
				ok = true
				break
			}
		}
		if !ok {
			c.FP++
		}
	}
	return c
}

// mucDocument builds a document from a MUC text: the header line and the
// dateline stay out of the body.
func mucDocument(m *mucMessage) *analyzer.Document {
	d := &analyzer.Document{ID: m.id, Text: m.text}
	body := 0
	if i := strings.Index(m.text, "--"); i >= 0 && i < 300 {
		body = i + 2
	}
	d.Body = analyzer.Span{Start: body, End: len(m.text)}
	return d
}

// readMUC4 reads the texts and answer keys of one part (dev, tst1, tst2).
func readMUC4(dir string) ([]*mucMessage, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	byID := map[string]*mucMessage{}
	var order []string
	var keys []string
	for _, e := range entries {
		name := e.Name()
		path := filepath.Join(dir, name)
		switch {
		case strings.HasPrefix(name, "key-"):
			keys = append(keys, path)
		case strings.HasPrefix(name, "dev-") || strings.HasPrefix(name, "tst"):
			b, err := os.ReadFile(path)
			if err != nil {
				return nil, err
			}
			text := string(b)
			locs := mucIDRE.FindAllStringSubmatchIndex(text, -1)
			for i, l := range locs {
				end := len(text)
				if i+1 < len(locs) {
					end = locs[i+1][0]
				}
				id := text[l[2]:l[3]]
				// the text starts after the ID line
				start := l[1]
				if nl := strings.IndexByte(text[start:end], '\n'); nl >= 0 {
					start += nl + 1
				}
				byID[id] = &mucMessage{id: id, text: text[start:end]}
				order = append(order, id)
			}
		}
	}
	slices.Sort(keys)
	for _, k := range keys {
		if err := readMUC4Key(k, byID); err != nil {
			return nil, err
		}
	}
	out := make([]*mucMessage, 0, len(order))
	for _, id := range order {
		out = append(out, byID[id])
	}
	return out, nil
}

var slotRE = regexp.MustCompile(`^(\d+)\.\s+[A-Z ]+:\s[A-Z ]+?\s{2,}(.*)$`)

// readMUC4Key reads an answer-key file: templates of numbered slots, with
// continuation lines for further fillers.
func readMUC4Key(path string, byID map[string]*mucMessage) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	type tmpl struct {
		id       string
		optional bool
		slots    map[int][]string
	}
	var ts []*tmpl
	var cur *tmpl
	slot := -1
	for _, ln := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(ln, ";") || strings.TrimSpace(ln) == "" {
			continue
		}
		if m := slotRE.FindStringSubmatch(ln); m != nil {
			n, _ := strconv.Atoi(m[1])
			slot = n
			val := strings.TrimSpace(m[2])
			if n == 0 {
				cur = &tmpl{slots: map[int][]string{}}
				cur.id = strings.Fields(val)[0]
				ts = append(ts, cur)
			}
			if cur == nil {
				continue
			}
			if n == 1 && strings.Contains(val, "OPTIONAL") {
				cur.optional = true
			}
			cur.slots[n] = append(cur.slots[n], val)
			continue
		}
		if cur != nil && slot >= 0 && strings.HasPrefix(ln, " ") {
			cur.slots[slot] = append(cur.slots[slot], strings.TrimSpace(ln))
		}
	}
	for _, t := range ts {
		m := byID[t.id]
		if m == nil {
			continue
		}
		if len(t.slots[1]) == 0 || t.slots[1][0] == "*" {
			continue // irrelevant message
		}
		if !t.optional {
			m.templates++
		}
		// number per target description
		nums := map[string]mucCount{}
		numeric := true
		for _, v := range t.slots[21] {
			val, ref, ok := strings.Cut(v, ":")
			if !ok {
				continue
			}
			c, isNum := parseMUCNumber(val)
			ref = strings.TrimSpace(ref)
			if isNum {
				nums[ref] = c
			}
		}
		var deaths, injuries int64
		for _, v := range t.slots[23] {
			eff, ref, ok := strings.Cut(v, ":")
			if !ok {
				continue
			}
			ref = strings.TrimSpace(ref)
			eff = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(eff), "?"))
			alts := strings.Split(eff, "/")
			first := strings.TrimSpace(alts[0])
			c, has := nums[ref]
			switch first {
			case "DEATH":
				if has {
					m.deaths = append(m.deaths, c)
					deaths += c.point()
				} else {
					numeric = false
				}
			case "INJURY":
				if has {
					m.injury = append(m.injury, c)
					injuries += c.point()
				} else {
					numeric = false
				}
			}
		}
		if !t.optional {
			m.sumDeaths = append(m.sumDeaths, deaths)
			m.sumInjury = append(m.sumInjury, injuries)
			if len(m.sumDeaths) == 1 {
				m.numeric = numeric
			} else {
				m.numeric = m.numeric && numeric
			}
		}
	}
	return nil
}

// point is a count's first alternative as one number (its exact value or
// lower bound), or -1.
func (c mucCount) point() int64 {
	if len(c.alts) == 0 {
		return -1
	}
	a := c.alts[0]
	if a.min >= 0 {
		return a.min
	}
	return a.max
}

// parseMUCNumber parses a slot-21 number: "6", "6-8", "6-", "~10",
// alternatives separated by "/"; "PLURAL" and "-" are not numeric.
func parseMUCNumber(s string) (mucCount, bool) {
	var c mucCount
	for _, alt := range strings.Split(s, "/") {
		a := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(alt), "?"))
		n := mucNum{min: -1, max: -1}
		if strings.HasPrefix(a, "~") {
			n.approx = true
			a = a[1:]
		}
		lo, hi, isRange := strings.Cut(a, "-")
		if v, err := strconv.ParseInt(strings.TrimSpace(lo), 10, 64); err == nil {
			n.min = v
		}
		if isRange {
			if v, err := strconv.ParseInt(strings.TrimSpace(hi), 10, 64); err == nil {
				n.max = v
			}
		} else {
			n.max = n.min
		}
		if n.min < 0 && n.max < 0 {
			continue
		}
		c.alts = append(c.alts, n)
	}
	return c, len(c.alts) > 0
}
