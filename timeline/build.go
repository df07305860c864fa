package timeline

// Constructors and resolution helpers that the rules share.

// constant returns an expression with a value known statically.
func constant(typ Type, v val) *tx {
	t := &tx{typ: typ, eval: func(*resolver) val { return v }}
	switch v.k {
	case vDur:
		t.d = v.d
	case vPoint:
		t.g = v.pt.g
	}
	return t
}

// relative returns a DATE or TIME expression whose point is computed by f.
func relative(typ Type, g gran, f func(r *resolver) point) *tx {
	return &tx{typ: typ, g: g, rel: true, eval: func(r *resolver) val { return ptVal(f(r)) }}
}

// durationTx returns a DURATION.
func durationTx(d dur) *tx { return constant(Duration, durVal(d)) }

// setTx returns a SET of period d.
func setTx(d dur, quant string) *tx {
	t := constant(Set, durVal(d))
	t.quant = quant
	return t
}

// refTx returns a DATE with a reference value (PRESENT_REF...).
func refTx(s string) *tx { return constant(Date, refVal(s)) }

// unitAt returns the unit of element k (an @unit or @units word).
func (m *match) unit(k int) unit { return unit(m.val(k)) }

// rel returns the document date's unit u shifted by n units ("last week"
// is the document's week shifted by -1).
func (r *resolver) rel(u unit, n int) point {
	g := unitGran[u]
	p, ok := r.docPoint(g)
	if !ok {
		if u == uWeekend {
			p.weekend = true
		}
		return p
	}
	if u == uWeekend {
		p.weekend = true
	}
	return p.shift(n, g)
}

// ago resolves "<duration> ago": the document date moved back by the
// duration, at the duration unit's granularity. When the narrative is
// about a period such as a quarter ("the third quarter ... a year ago"),
// the comparison is with that period.
func (r *resolver) ago(d dur) val {
	if d.x || d.unit == uNone {
		return refVal("PAST_REF")
	}
	if d.unit == uYear && d.n == float64(int(d.n)) {
		if p, ok := r.comparedPeriod(); ok {
			return ptVal(shiftBy(p, d, -1))
		}
	}
	t, ok := r.doc()
	g := unitGran[d.unit]
	if g < gYear {
		g = gYear
	}
	if d.unit == uWeekend {
		g = gDay
	}
	if !ok {
		return ptVal(point{g: g, y: unknown})
	}
	if d.n != float64(int(d.n)) {
		// "a year and a half ago": months.
		if s, k := smaller(d.unit); s != uNone {
			d = dur{n: d.n * k, unit: s}
			g = unitGran[s]
		}
	}
	t2, ok2 := d.before(t)
	if !ok2 {
		return refVal("PAST_REF")
	}
	return ptVal(at(t2, g))
}

// later resolves "<duration> later" (sign 1) and "<duration> earlier"
// (sign -1) from the previous date of the narrative.
func (r *resolver) later(d dur, sign int) val {
	if d.x || d.unit == uNone {
		if sign < 0 {
			return refVal("PAST_REF")
		}
		return refVal("FUTURE_REF")
	}
	g := unitGran[d.unit]
	if g < gYear {
		g = gYear
	}
	if g > gDay {
		g = gDay // "two hours later": that day
		d = dur{n: 0, unit: uDay}
	}
	// Keep the period the narrative is about when it is finer than the
	// unit but no finer than a month ("the third quarter ... a year
	// earlier" is that quarter a year before).
	if d.unit == uYear && d.n == float64(int(d.n)) {
		if p, ok := r.comparedPeriod(); ok {
			return ptVal(shiftBy(p, d, sign))
		}
	}
	if n := len(r.hist); n > 0 {
		h := r.hist[n-1]
		if h.p.g >= gHalf && h.p.g <= gMonth && g < h.p.g {
			r.use(AnchorNarrative, h.idx)
			return ptVal(shiftBy(h.p, d, sign))
		}
	}
	anchor, ok := r.narrative(g)
	if !ok {
		return ptVal(point{g: g, y: unknown})
	}
	return ptVal(shiftBy(anchor, d, sign))
}

// shiftBy moves p by sign times the whole duration d.
func shiftBy(p point, d dur, sign int) point {
	n := sign * int(d.n)
	switch d.unit {
	case uDecade:
		return p.shift(10*n, gYear)
	case uCentury:
		return p.shift(100*n, gYear)
	case uMillennium:
		return p.shift(1000*n, gYear)
	case uWeekend:
		return p.shift(n, gWeek)
	}
	return p.shift(n, unitGran[d.unit])
}

// dayOfSentence returns the day the current expression's sentence is
// about: the last day-granular date before it in the same sentence, or the
// document date.
func (r *resolver) dayOfSentence() (point, bool) {
	if n := len(r.hist); n > 0 {
		h := r.hist[n-1]
		if h.p.g >= gDay && h.sent == r.d.words[r.cur.s].sent {
			r.use(AnchorNarrative, h.idx)
			p := h.p
			p.g = gDay
			return p, true
		}
	}
	if p, ok := r.dayAhead(); ok {
		return p, true
	}
	return r.docPoint(gDay)
}

// dayAhead returns the day that a day expression a few words after the
// current one, in its sentence, names: "at 10:35 a.m. (0735 GMT) Friday".
func (r *resolver) dayAhead() (point, bool) {
	if r.ahead {
		return point{}, false // no looking ahead from a look ahead
	}
	d := r.d
	cur := r.cur
	r.ahead = true
	defer func() { r.ahead = false }()
	for k := r.ci + 1; k < len(d.cands); k++ {
		c := d.cands[k]
		if d.words[c.s].sent != d.words[cur.s].sent || c.s-cur.e > 6 {
			break
		}
		if c.eval == nil || c.typ != Date && c.typ != Time || c.g < gDay {
			continue
		}
		anchor, idx, compared := r.anchor, r.anchorIdx, r.compared
		r.cur = c
		v := c.eval(r)
		r.cur, r.anchor, r.anchorIdx, r.compared = cur, anchor, idx, compared
		if v.k == vPoint && v.pt.known() {
			r.use(AnchorDocument, -1)
			p := v.pt
			p.g = gDay
			return p, true
		}
		break
	}
	return point{}, false
}

// withClock returns day p at clock time c (hh*10000+mm*100+ss).
func withClock(p point, c int, secs bool) point {
	p.hh, p.mm, p.ss = c/10000, c/100%100, c%100
	p.g = gMinute
	if secs {
		p.g = gSecond
	}
	p.pod = ""
	return p
}
