package timeline

import (
	"fmt"
	"strings"
)

// The rule engine. A rule is a pattern over words and a function that
// builds the temporal expression from what the pattern matched. Patterns
// are written as space-separated elements:
//
//	word          a literal word, any case ("ago", "'s", ",", "-" for the
//	              hyphen inside a compound such as three-week)
//	a|an|the      alternatives
//	@class        a word of a class: @month, @weekday, @unit, @num ...
//	<DATE>        an expression already recognised, of the given types
//	              (<DATE|TIME>, <ANY>); rules with such elements run in a
//	              second stage, composing expressions ("early <DATE>")
//	x?            any element followed by ? is optional
//
// At each word the engine tries the rules that can start there, keeps the
// longest match (the earlier rule on ties) and goes on after it, so that
// recognition is linear in the text.

type elemKind uint8

const (
	eWord  elemKind = iota // literal words and word classes
	eTimex                 // a recognised expression
)

type elem struct {
	kind  elemKind
	lits  []int32 // entry ids
	cls   cls
	types uint8 // bit set of typeBits
	opt   bool
}

// A rule is one recognition rule.
type rule struct {
	name  string
	pat   string
	fn    func(m *match) *tx
	elems []elem
	idx   int
	stage int // 1: words only; 2: composes recognised expressions
}

var typeBits = map[string]uint8{"DATE": 1, "TIME": 2, "DURATION": 4, "SET": 8, "ANY": 15}

func typeBit(t Type) uint8 { return typeBits[string(t)] }

var classNames = map[string]cls{
	"month": cMonth, "weekday": cWeekday, "weekdays": cWeekdays, "season": cSeason, "pod": cPOD,
	"unit": cUnit, "units": cUnits, "numword": cNumWord, "vague": cVague, "ampm": cAmPm, "tz": cTZ,
	"holiday": cHoliday, "setadv": cAdverbSet, "nowref": cNowRef, "pastref": cPastRef,
	"futureref": cFutureRef, "approx": cApprox, "earlylate": cEarlyLate, "dayrel": cDayRel, "prep": cPrep,
	"num": cNum, "int": cInt, "ord": cOrd, "day": cDay, "year": cYear, "year2": cYear2,
	"decade": cDecade, "isodate": cISODate, "clock": cClock, "fraction": cFraction, "hyphen": cHyphen,
	"cap": cCap, "comma": cComma,
}

// compile parses the rules' patterns, adding their literal words to the
// lexicon. It panics on a malformed pattern: the rules are part of the
// program.
func compile(rules []rule) *ruleSet {
	rs := &ruleSet{rules: rules}
	for i := range rules {
		r := &rules[i]
		r.idx = i
		r.stage = 1
		for _, f := range strings.Fields(r.pat) {
			var e elem
			if strings.HasSuffix(f, "?") && len(f) > 1 {
				e.opt = true
				f = f[:len(f)-1]
			}
			switch {
			case strings.HasPrefix(f, "<") && strings.HasSuffix(f, ">"):
				e.kind = eTimex
				for _, t := range strings.Split(f[1:len(f)-1], "|") {
					b, ok := typeBits[t]
					if !ok {
						panic(fmt.Sprintf("timeline: rule %s: unknown type %s", r.name, t))
					}
					e.types |= b
				}
				r.stage = 2
			default:
				e.kind = eWord
				for _, w := range strings.Split(f, "|") {
					if strings.HasPrefix(w, "@") {
						c, ok := classNames[w[1:]]
						if !ok {
							panic(fmt.Sprintf("timeline: rule %s: unknown class %s", r.name, w))
						}
						e.cls |= c
					} else {
						e.lits = append(e.lits, lexicon.add(w, 0, 0).id)
					}
				}
			}
			r.elems = append(r.elems, e)
		}
		if len(r.elems) == 0 || len(r.elems) > maxElems {
			panic(fmt.Sprintf("timeline: rule %s: pattern must have 1 to %d elements", r.name, maxElems))
		}
	}
	rs.index()
	return rs
}

const maxElems = 12

// A ruleSet indexes rules by the words that can start them.
type ruleSet struct {
	rules   []rule
	byLit   [2]map[int32][]*rule
	byClass [2][64][]*rule
	byTimex []*rule
}

func (rs *ruleSet) index() {
	rs.byLit = [2]map[int32][]*rule{{}, {}}
	for i := range rs.rules {
		r := &rs.rules[i]
		st := r.stage - 1
		for _, e := range r.elems {
			switch e.kind {
			case eWord:
				for _, id := range e.lits {
					if l := rs.byLit[st][id]; len(l) == 0 || l[len(l)-1] != r {
						rs.byLit[st][id] = append(l, r)
					}
				}
				for b := 0; b < 64; b++ {
					if e.cls&(1<<b) != 0 {
						if l := rs.byClass[st][b]; len(l) == 0 || l[len(l)-1] != r {
							rs.byClass[st][b] = append(l, r)
						}
					}
				}
			case eTimex:
				if l := rs.byTimex; len(l) == 0 || l[len(l)-1] != r {
					rs.byTimex = append(l, r)
				}
			}
			if !e.opt {
				break
			}
		}
	}
}

// A match is a rule's match at a position, as the rule's function sees it.
type match struct {
	d          *docState
	r          *rule
	caps       [maxElems][2]int // word ranges of the elements
	start, end int              // word range of the whole match
	limit      int              // end of the sentence
}

// w returns the first word of element k, or nil if the element matched
// nothing.
func (m *match) w(k int) *word {
	if m.caps[k][0] == m.caps[k][1] {
		return nil
	}
	return &m.d.words[m.caps[k][0]]
}

// has reports whether optional element k matched.
func (m *match) has(k int) bool { return m.caps[k][0] < m.caps[k][1] }

// key returns the lexicon form of element k's first word ("" if none).
func (m *match) key(k int) string {
	if w := m.w(k); w != nil && w.ent != nil {
		return w.ent.key
	}
	return ""
}

// val returns the lexicon value of element k's first word.
func (m *match) val(k int) int {
	if w := m.w(k); w != nil && w.ent != nil {
		return w.ent.val
	}
	return 0
}

// num returns the number of element k's first word.
func (m *match) num(k int) float64 {
	if w := m.w(k); w != nil {
		return w.num
	}
	return 0
}

// tx returns the expression matched by timex element k.
func (m *match) tx(k int) *tx {
	if !m.has(k) {
		return nil
	}
	return m.d.cands[m.d.at[m.caps[k][0]]]
}

// next returns the word after the match in its sentence, or nil.
func (m *match) next() *word {
	if m.end < m.limit {
		return &m.d.words[m.end]
	}
	return nil
}

// nextKey returns the lexicon form of the word after the match.
func (m *match) nextKey() string {
	if w := m.next(); w != nil && w.ent != nil {
		return w.ent.key
	}
	return ""
}

// prev returns the word before the match in its sentence, or nil.
func (m *match) prev() *word {
	if m.start > 0 && m.d.words[m.start-1].sent == m.d.words[m.start].sent {
		return &m.d.words[m.start-1]
	}
	return nil
}

// prevKey returns the lexicon form of the word before the match.
func (m *match) prevKey() string {
	if w := m.prev(); w != nil && w.ent != nil {
		return w.ent.key
	}
	return ""
}

// try matches rule r at word i.
func (m *match) try(r *rule, i int) bool {
	m.r, m.start = r, i
	return m.rec(0, i)
}

func (m *match) rec(k, i int) bool {
	r := m.r
	if k == len(r.elems) {
		m.end = i
		return i > m.start
	}
	e := &r.elems[k]
	if j, ok := m.one(e, i); ok {
		m.caps[k] = [2]int{i, j}
		if m.rec(k+1, j) {
			return true
		}
	}
	if e.opt {
		m.caps[k] = [2]int{i, i}
		return m.rec(k+1, i)
	}
	return false
}

// one matches element e at word i and returns the end of what it matched.
func (m *match) one(e *elem, i int) (int, bool) {
	if i >= m.limit {
		return 0, false
	}
	d := m.d
	if e.kind == eTimex {
		c := d.at[i]
		if c < 0 || d.cands[c].bits()&e.types == 0 {
			return 0, false
		}
		return d.cands[c].e, true
	}
	if d.cover != nil && d.cover[i] >= 0 {
		return 0, false // a word of a recognised expression
	}
	w := &d.words[i]
	if w.cls&e.cls != 0 {
		return i + 1, true
	}
	if w.ent == nil {
		return 0, false
	}
	for _, id := range e.lits {
		if id == w.ent.id {
			return i + 1, true
		}
	}
	return 0, false
}

// docState is the recognition state of one document.
type docState struct {
	text    string
	words   []word
	sentEnd []int // per sentence, the index of the first word after it
	cands   []*tx
	at      []int32 // word -> index in cands of the expression starting there, or -1
	cover   []int32 // word -> index in cands of the expression covering it, or -1 (stage 2)
}

// recognise runs the rules over the words and returns the expressions
// found, in text order.
func (rs *ruleSet) recognise(d *docState) {
	m := &match{d: d}
	var seen []*rule
	// Stage 1: expressions made of words.
	for i := 0; i < len(d.words); {
		m.limit = d.sentEnd[d.words[i].sent]
		best := rs.bestAt(m, i, 0, &seen)
		if best != nil {
			d.cands = append(d.cands, best)
			i = best.e
		} else {
			i++
		}
	}
	// Stage 2: compositions, until nothing changes.
	d.at = make([]int32, len(d.words))
	d.cover = make([]int32, len(d.words))
	for pass := 0; pass < 4; pass++ {
		for i := range d.at {
			d.at[i], d.cover[i] = -1, -1
		}
		for ci, c := range d.cands {
			d.at[c.s] = int32(ci)
			for k := c.s; k < c.e; k++ {
				d.cover[k] = int32(ci)
			}
		}
		changed := false
		var out []*tx
		for i := 0; i < len(d.words); {
			m.limit = d.sentEnd[d.words[i].sent]
			best := rs.bestAt(m, i, 1, &seen)
			switch {
			case best != nil:
				out = append(out, best)
				i = best.e
				changed = true
			case d.at[i] >= 0:
				c := d.cands[d.at[i]]
				out = append(out, c)
				i = c.e
			default:
				i++
			}
		}
		d.cands = out
		if !changed {
			break
		}
	}
}

// bestAt returns the expression of the longest match of a rule of the
// given stage (0 or 1) at word i, or nil.
func (rs *ruleSet) bestAt(m *match, i, stage int, seen *[]*rule) *tx {
	d := m.d
	w := &d.words[i]
	*seen = (*seen)[:0]
	var best *tx
	bestRule := -1
	tryRule := func(r *rule) {
		for _, s := range *seen {
			if s == r {
				return
			}
		}
		*seen = append(*seen, r)
		if !m.try(r, i) {
			return
		}
		if best != nil && (m.end < best.e || m.end == best.e && r.idx > bestRule) {
			return
		}
		t := r.fn(m)
		if t == nil {
			return
		}
		t.s, t.e = m.start, m.end
		if t.rule == "" {
			t.rule = r.name
		}
		best, bestRule = t, r.idx
	}
	if stage == 1 && d.at[i] >= 0 {
		for _, r := range rs.byTimex {
			tryRule(r)
		}
	}
	if stage == 1 && d.cover[i] >= 0 {
		return best
	}
	if w.ent != nil {
		for _, r := range rs.byLit[stage][w.ent.id] {
			tryRule(r)
		}
	}
	for c := w.cls; c != 0; c &= c - 1 {
		b := trailingZeros(c)
		for _, r := range rs.byClass[stage][b] {
			tryRule(r)
		}
	}
	return best
}

func trailingZeros(c cls) int {
	n := 0
	for c&1 == 0 {
		c >>= 1
		n++
	}
	return n
}
