package timeline

import (
	"cmp"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/newsfacts/newsfacts/analyzer"
	"github.com/newsfacts/newsfacts/analyzer/segment"
	"github.com/newsfacts/newsfacts/internal/pos"
)

// The timeline: each DATE or TIME expression with a known value anchors
// the clause it stands in; so does a DURATION that reaches back from the
// document date ("over the past seven months"). The clause runs between
// clause boundaries (semicolons, dashes, a comma or "that" before a
// subordinate clause); its main verb is the verb form nearest the
// expression.

// relationWords map the word before an expression to the event's relation
// to it.
var relationWords = map[string]Relation{
	"since": Since, "until": Until, "till": Until, "by": Until, "through": Until,
	"before": Before, "after": After, "over": During, "during": During, "throughout": During,
	"within": During, "for": During,
}

// clauseOpeners start a subordinate clause when they follow a comma, or in
// any case for the strongest ones.
var clauseOpeners = map[string]bool{
	"when": true, "while": true, "whereas": true, "although": true, "though": true, "because": true,
	"which": true, "who": true, "whom": true, "where": true, "but": true, "and": false, "as": false,
	"that": true, "if": true, "unless": true, "after": false, "before": false, "since": false,
}

// auxiliaries are verb forms that carry tense but are not the main verb
// when one follows.
var auxiliaries = map[string]bool{
	"was": true, "were": true, "is": true, "are": true, "am": true, "be": true, "been": true, "being": true,
	"has": true, "have": true, "had": true, "will": true, "would": true, "shall": true, "should": true,
	"could": true, "can": true, "may": true, "might": true, "must": true, "did": true, "does": true, "do": true,
	"'ll": true, "'re": true, "'ve": true, "'d": true,
}

func buildTimeline(d *docState, seg *segment.Result, txs []Timex, ref time.Time) []Event {
	events := make([]Event, 0, len(txs))
	for i := range txs {
		t := &txs[i]
		var begin, end time.Time
		ok := false
		switch t.Type {
		case Date, Time:
			begin, end, ok = t.Interval()
		case Duration:
			if t.Point != "" {
				if p, okp := parseValue(t.Point); okp {
					begin, end, ok = p.interval()
				}
				break
			}
			begin, end, ok = pastSpan(d.text, t, ref)
		}
		if !ok {
			continue
		}
		ws, we := wordRange(d, t.Span)
		if ws < 0 {
			continue
		}
		cs, ce := clauseOf(d, ws, we)
		e := Event{
			Timex: i, Value: t.Value, Relation: relationOf(d, ws), Begin: begin, End: end,
			Clause:   analyzer.Span{Start: d.words[cs].s, End: d.words[ce-1].e},
			Duration: -1, Sentence: t.Sentence,
		}
		if t.Type == Duration && e.Relation == At && t.Point == "" {
			e.Relation = During
		}
		if t.Point != "" {
			e.Value = t.Point
		}
		if v := mainVerb(d, cs, ce, ws, we); v >= 0 {
			e.Verb = analyzer.Span{Start: d.words[v].s, End: d.words[v].e}
		}
		// A duration of the same clause: expressions are in text order, so
		// look at the neighbours inside the clause only.
		for j := i - 1; j >= 0 && txs[j].Span.Start >= e.Clause.Start; j-- {
			if txs[j].Type == Duration && e.Clause.Contains(txs[j].Span) && !t.Span.Overlaps(txs[j].Span) {
				e.Duration = j
				break
			}
		}
		for j := i + 1; e.Duration < 0 && j < len(txs) && txs[j].Span.Start < e.Clause.End; j++ {
			if txs[j].Type == Duration && e.Clause.Contains(txs[j].Span) && !t.Span.Overlaps(txs[j].Span) {
				e.Duration = j
				break
			}
		}
		events = append(events, e)
	}
	// Sort by interval, ties in text order (a total order: no stable sort
	// is needed). Small keys are sorted rather than the large Event
	// values.
	type key struct {
		b, e int64 // Unix seconds of Begin and End
		i    int32 // index in events
	}
	keys := make([]key, len(events))
	for i := range events {
		keys[i] = key{events[i].Begin.Unix(), events[i].End.Unix(), int32(i)}
	}
	slices.SortFunc(keys, func(a, b key) int {
		return cmp.Or(cmp.Compare(a.b, b.b), cmp.Compare(a.e, b.e), cmp.Compare(events[a.i].Timex, events[b.i].Timex))
	})
	sorted := make([]Event, len(events))
	for i, k := range keys {
		sorted[i] = events[k.i]
	}
	_ = seg
	return sorted
}

// pastSpan gives a duration that reaches back from the document date
// ("the past seven months", "the last two years") its interval.
func pastSpan(text string, t *Timex, ref time.Time) (time.Time, time.Time, bool) {
	if ref.IsZero() || t.Value == "" {
		return time.Time{}, time.Time{}, false
	}
	s := strings.ToLower(t.Span.In(text))
	if !strings.HasPrefix(s, "the past ") && !strings.HasPrefix(s, "the last ") && !strings.HasPrefix(s, "past ") {
		return time.Time{}, time.Time{}, false
	}
	dd, ok := parseDuration(t.Value)
	if !ok {
		return time.Time{}, time.Time{}, false
	}
	end := ref.AddDate(0, 0, 1)
	begin, ok := dd.before(end)
	return begin, end, ok
}

// parseDuration parses the simple durations dur.String writes (PnY, PnM,
// PnW, PnD, PTnH, PTnM, PTnS).
func parseDuration(v string) (dur, bool) {
	if !strings.HasPrefix(v, "P") || len(v) < 3 {
		return dur{}, false
	}
	body := v[1:]
	timePart := strings.HasPrefix(body, "T")
	body = strings.TrimPrefix(body, "T")
	n := 0
	i := 0
	for i < len(body) && body[i] >= '0' && body[i] <= '9' {
		n = n*10 + int(body[i]-'0')
		i++
	}
	if i == 0 || i != len(body)-1 || n > 100000 {
		return dur{}, false
	}
	var u unit
	switch body[i] {
	case 'Y':
		u = uYear
	case 'M':
		u = uMonth
		if timePart {
			u = uMinute
		}
	case 'W':
		u = uWeek
	case 'D':
		u = uDay
	case 'H':
		u = uHour
	case 'S':
		u = uSecond
	default:
		return dur{}, false
	}
	return dur{n: float64(n), unit: u}, true
}

// wordRange returns the words of span s.
func wordRange(d *docState, s analyzer.Span) (int, int) {
	lo, hi := 0, len(d.words)
	for lo < hi {
		m := (lo + hi) / 2
		if d.words[m].e <= s.Start {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo >= len(d.words) || d.words[lo].s != s.Start {
		return -1, -1
	}
	e := lo
	for e < len(d.words) && d.words[e].s < s.End {
		e++
	}
	return lo, e
}

// relationOf reads the preposition before word i.
func relationOf(d *docState, i int) Relation {
	if i > 0 && d.words[i-1].sent == d.words[i].sent {
		if r, ok := relationWords[lowerWord(d, i-1)]; ok {
			return r
		}
	}
	return At
}

func lowerWord(d *docState, i int) string {
	w := &d.words[i]
	if e := w.ent(); e != nil {
		return e.key
	}
	if w.e-w.s > 20 {
		return ""
	}
	s := d.text[w.s:w.e]
	for j := 0; j < len(s); j++ {
		if c := s[j]; c >= 'A' && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

// maxClause bounds a clause's words on each side of its expression.
const maxClause = 60

// isBoundary reports whether word i separates clauses: a semicolon, a
// colon, a dash, or a clause opener (after a comma for the weaker ones).
func isBoundary(d *docState, i int) bool {
	w := &d.words[i]
	s := d.text[w.s:w.e]
	switch s {
	case ";", ":", "—", "–", "--", "(", ")":
		return true
	}
	if w.cls&cHyphen == 0 && (s == "-") {
		return true
	}
	switch {
	case w.cls&cOpener == 0:
		return false
	case w.cls&cStrongOpener != 0:
		return true
	}
	return i > 0 && d.words[i-1].cls&cComma != 0
}

// addClauseWords adds the clause openers and the auxiliaries to the
// lexicon, so that clauses are found without a look-up per word.
func addClauseWords(l *lexiconT) {
	for _, w := range slices.Sorted(maps.Keys(clauseOpeners)) {
		c := cOpener
		if clauseOpeners[w] {
			c |= cStrongOpener
		}
		l.add(w, c, 0)
	}
	for _, w := range slices.Sorted(maps.Keys(auxiliaries)) {
		l.add(w, cAux, 0)
	}
}

// isAux reports whether word i is an auxiliary verb.
func isAux(d *docState, i int) bool { return d.words[i].cls&cAux != 0 }

// clauseOf returns the word range of the clause around words [ws, we).
func clauseOf(d *docState, ws, we int) (int, int) {
	sent := d.words[ws].sent
	// Clauses are short; the bound keeps pathological sentences (no
	// punctuation for megabytes) linear.
	lo, hi := max(0, ws-maxClause), min(len(d.words), we+maxClause)
	// A comma ends the clause when the part it closes off already has a
	// verb: "Although the workers were fired over the summer, the
	// protests have continued".
	cs := ws
	verb := false
	for cs > lo && d.words[cs-1].sent == sent && !isBoundary(d, cs-1) {
		if d.words[cs-1].cls&cComma != 0 && verb {
			break
		}
		cs--
		verb = verb || isVerb(d, cs)
	}
	ce := we
	verb = false
	for k := cs; k < ws && !verb; k++ {
		verb = isVerb(d, k)
	}
	for ce < hi && d.words[ce].sent == sent && !isBoundary(d, ce) {
		if d.words[ce].cls&cComma != 0 && verb {
			break
		}
		verb = verb || isVerb(d, ce)
		ce++
	}
	// Trim punctuation at the ends.
	for cs < ws && isPunct(d, cs) {
		cs++
	}
	for ce > we && isPunct(d, ce-1) {
		ce--
	}
	return cs, ce
}

func isPunct(d *docState, i int) bool {
	w := &d.words[i]
	if w.e-w.s != 1 {
		return strings.HasPrefix(d.text[w.s:w.e], "“") || strings.HasPrefix(d.text[w.s:w.e], "”")
	}
	c := d.text[w.s]
	return !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')
}

// mainVerb returns the word index of the main verb of clause [cs, ce)
// nearest the expression [ws, we), or -1.
func mainVerb(d *docState, cs, ce, ws, we int) int {
	best, bestDist := -1, 1<<30
	for i := cs; i < ce; i++ {
		if i >= ws && i < we {
			continue
		}
		if !isVerb(d, i) {
			continue
		}
		v := i
		// An auxiliary gives way to the verb it helps: "have been killed".
		for isAux(d, v) {
			next := -1
			for k := v + 1; k < ce && k <= v+3; k++ {
				if k >= ws && k < we {
					break
				}
				if isVerb(d, k) || isAux(d, k) {
					next = k
					break
				}
			}
			if next < 0 {
				break
			}
			v = next
		}
		dist := ws - v
		if v >= we {
			dist = v - we + 1
		}
		if dist < bestDist {
			best, bestDist = v, dist
		}
	}
	return best
}

// isVerb reports whether word i is a verb form that shows tense, or a base
// form after an auxiliary of the future ("will meet").
func isVerb(d *docState, i int) bool {
	if len(d.verbs) != len(d.words) {
		if cap(d.verbs) >= len(d.words) {
			d.verbs = d.verbs[:len(d.words)]
			clear(d.verbs)
		} else {
			d.verbs = make([]int8, len(d.words))
		}
	}
	switch d.verbs[i] {
	case 1:
		return true
	case 2:
		return false
	}
	v := isVerbUncached(d, i)
	d.verbs[i] = 2
	if v {
		d.verbs[i] = 1
	}
	return v
}

func isVerbUncached(d *docState, i int) bool {
	w := &d.words[i]
	if w.cls&(cNum|cMonth|cWeekday|cUnit|cUnits|cPOD|cSeason) != 0 {
		return false
	}
	if t, ok := d.tagOf(i); ok {
		// With parts of speech: a finite verb or modal, a participle, or
		// a base form after a modal or "to" ("will meet", "to meet").
		switch {
		case w.attached:
			return false
		case t.IsFinite() || t == pos.VBN:
			return true
		case t == pos.VB && i > 0 && d.words[i-1].sent == w.sent:
			p, _ := d.tagOf(i - 1)
			return p == pos.MD || p == pos.TO || futureBefore[lowerWord(d, i-1)]
		}
		return false
	}
	if wordTense(d, i) != tenseNone {
		k := lowerWord(d, i)
		return k != "tomorrow" && k != "yesterday" && k != "ago"
	}
	if isAux(d, i) {
		return true
	}
	if i+1 < len(d.words) && d.words[i+1].attached {
		return false // the first part of a compound: "heavy-handed"
	}
	if i > 0 && d.words[i-1].sent == w.sent {
		switch lowerWord(d, i-1) {
		case "will", "'ll", "would", "could", "should", "can", "may", "might", "must", "to", "shall":
			c := d.text[w.s]
			return c >= 'a' && c <= 'z'
		}
	}
	return false
}
