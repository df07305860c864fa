package timeline

import (
	"fmt"
	"math/bits"
	"strings"

	"github.com/newsfacts/newsfacts/analyzer/segment"
	"github.com/newsfacts/newsfacts/internal/pos"
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
	// follow is a quick filter: what the word after the first one must be
	// for the rule to match (followAny: no filter).
	followLits  []int32
	followCls   cls
	followTimex bool
	followAny   bool
}

// computeFollow sets the rule's follow filter.
func (r *rule) computeFollow() {
	for f := 0; f < len(r.elems); f++ {
		if r.elems[f].kind == eTimex {
			r.followAny = true
			return
		}
		// Element f may match the first word; what may match the next?
		for k := f + 1; ; k++ {
			if k == len(r.elems) {
				r.followAny = true // the rule may end after one word
				return
			}
			e := &r.elems[k]
			if e.kind == eTimex {
				r.followTimex = true
			} else {
				r.followLits = append(r.followLits, e.lits...)
				r.followCls |= e.cls
			}
			if !e.opt {
				break
			}
		}
		if !r.elems[f].opt {
			break
		}
	}
}

// mayFollow reports whether word i can be the second word of a match.
func (r *rule) mayFollow(d *docState, i int) bool {
	if r.followAny {
		return true
	}
	w := &d.words[i]
	if w.cls&r.followCls != 0 {
		return true
	}
	if r.followTimex && len(d.at) > 0 && d.at[i] >= 0 {
		return true
	}
	if w.eid != 0 {
		for _, id := range r.followLits {
			if id == w.eid-1 {
				return true
			}
		}
	}
	return false
}

var typeBits = map[string]uint8{"DATE": 1, "TIME": 2, "DURATION": 4, "SET": 8, "ANY": 15}

func typeBit(t Type) uint8 {
	switch t {
	case Date:
		return 1
	case Time:
		return 2
	case Duration:
		return 4
	case Set:
		return 8
	}
	return 0
}

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
		r.computeFollow()
	}
	rs.index()
	return rs
}

const maxElems = 12

// A ruleSet indexes rules by the words that can start them.
type ruleSet struct {
	rules   []rule
	byLit   [2][][]*rule // by entry id
	byClass [2][64][]*rule
	byTimex []*rule
	// classMask has the classes that start some rule, per stage.
	classMask [2]cls
}

func (rs *ruleSet) index() {
	rs.byLit = [2][][]*rule{make([][]*rule, len(lexicon.entries)), make([][]*rule, len(lexicon.entries))}
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
						rs.classMask[st] |= 1 << b
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
	seen       []int32          // per rule, the last position+1 it was tried at
	stamp      int32
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
	if w := m.w(k); w != nil && w.ent() != nil {
		return w.ent().key
	}
	return ""
}

// val returns the lexicon value of element k's first word.
func (m *match) val(k int) int {
	if w := m.w(k); w != nil && w.ent() != nil {
		return w.ent().val
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
	if w := m.next(); w != nil && w.ent() != nil {
		return w.ent().key
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
	if w := m.prev(); w != nil && w.ent() != nil {
		return w.ent().key
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
	if len(d.cover) > 0 && d.cover[i] >= 0 {
		return 0, false // a word of a recognised expression
	}
	w := &d.words[i]
	if w.cls&e.cls != 0 {
		return i + 1, true
	}
	if w.ent() == nil {
		return 0, false
	}
	for _, id := range e.lits {
		if id == w.ent().id {
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
	verbs   []int8  // per word, cached isVerb: 0 unknown, 1 yes, 2 no
	seen    []int32 // per rule, the stamp of the last position it was tried at
	// Part-of-speech tags, computed for a sentence when its tense is
	// first needed.
	seg    *segment.Result
	tagger *pos.Model
	tags   []pos.Tag // per segmentation token
	tagged []bool    // per sentence
}

// recognise runs the rules over the words and returns the expressions
// found, in text order.
func (rs *ruleSet) recognise(d *docState) {
	if cap(d.seen) < len(rs.rules) {
		d.seen = make([]int32, len(rs.rules))
	}
	d.seen = d.seen[:len(rs.rules)]
	clear(d.seen)
	m := &match{d: d, seen: d.seen}
	// Stage 1: expressions made of words.
	for i := 0; i < len(d.words); {
		m.limit = d.sentEnd[d.words[i].sent]
		best := rs.bestAt(m, i, 0)
		if best != nil {
			d.cands = append(d.cands, best)
			i = best.e
		} else {
			i++
		}
	}
	// Stage 2: compositions, until nothing changes. Every composing rule
	// has an expression among its elements, so only the few words before
	// and in each expression can start one.
	d.at = resize(d.at, len(d.words))
	d.cover = resize(d.cover, len(d.words))
	for i := range d.at {
		d.at[i], d.cover[i] = -1, -1
	}
	out := make([]*tx, 0, len(d.cands))
	for pass := 0; pass < 4; pass++ {
		for ci, c := range d.cands {
			d.at[c.s] = int32(ci)
			for k := c.s; k < c.e; k++ {
				d.cover[k] = int32(ci)
			}
		}
		changed := false
		out = out[:0]
		i := 0
		for ci := 0; ci < len(d.cands); {
			c := d.cands[ci]
			i = max(i, c.s-maxElems)
			var best *tx
			for ; i <= c.s; i++ {
				m.limit = d.sentEnd[d.words[i].sent]
				if best = rs.bestAt(m, i, 1); best != nil {
					break
				}
			}
			if best != nil {
				out = append(out, best)
				i = best.e
				changed = true
				for ci < len(d.cands) && d.cands[ci].s < i {
					ci++
				}
				continue
			}
			out = append(out, c)
			i = c.e
			ci++
		}
		for _, c := range d.cands {
			d.at[c.s] = -1
			for k := c.s; k < c.e; k++ {
				d.cover[k] = -1
			}
		}
		d.cands, out = out, d.cands
		if !changed {
			break
		}
	}
	clear(out)
}

// resize returns s with length n, reusing its array when it is large
// enough.
func resize(s []int32, n int) []int32 {
	if cap(s) < n {
		return make([]int32, n)
	}
	return s[:n]
}

// bestAt returns the expression of the longest match of a rule of the
// given stage (0 or 1) at word i, or nil.
func (rs *ruleSet) bestAt(m *match, i, stage int) *tx {
	d := m.d
	w := &d.words[i]
	m.stamp++
	stamp := m.stamp
	var best *tx
	bestRule := -1
	tryRule := func(r *rule) {
		if m.seen[r.idx] == stamp {
			return
		}
		m.seen[r.idx] = stamp
		if !r.followAny && (i+1 >= m.limit || !r.mayFollow(d, i+1)) {
			return
		}
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
	if w.eid != 0 {
		for _, r := range rs.byLit[stage][w.eid-1] {
			tryRule(r)
		}
	}
	for c := w.cls & rs.classMask[stage]; c != 0; c &= c - 1 {
		for _, r := range rs.byClass[stage][bits.TrailingZeros64(uint64(c))] {
			tryRule(r)
		}
	}
	return best
}
