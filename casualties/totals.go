package casualties

// totals estimates each kind's total for the article's main event.
//
// Group figures ("15 people", "two others") and individuals ("a man",
// "John Smith", "he") are combined separately. Within a kind, a repeated
// group figure counts once and the largest counted figure stands for the
// group (figures of one event restate the same toll, and later reports
// raise it); an updated toll ("rose to 17") wins over all others; parts
// only bound the total from below. Mentions of individuals are matched
// into persons (a pronoun or a definite description refers back to a
// compatible person; a new name, an indefinite description or "another"
// introduces one; differing age, sex or surname keep them apart), and the
// persons counted for a kind bound its total from below. The injured total
// is at least the people shot, hospitalised or counted as casualties less
// those killed, and at least the individuals harmed but not killed.
func totals(figs []Figure, opts Options) []Total {
	groups := map[Kind]Total{}
	for _, k := range Kinds {
		if t, ok := groupTotal(figs, k); ok {
			groups[k] = t
		}
	}
	persons := clusterPersons(figs, opts)
	out := map[Kind]Total{}
	for k, t := range groups {
		out[k] = t
	}
	// individuals bound each kind from below
	for _, k := range Kinds {
		n, idx := persons.count(k)
		if n == 0 {
			continue
		}
		t, ok := out[k]
		if !ok || t.Value < n {
			t = Total{Kind: k, Min: n, Max: n, Value: n, Figures: idx}
			if ok && t.Max != Unknown && groups[k].Max == Unknown {
				t.Max = Unknown
			}
			out[k] = t
		}
	}
	// Injured: the people harmed less those killed.
	killed, hasKilled := out[Killed]
	kv := int64(0)
	if hasKilled {
		kv = killed.Value
	}
	var harmed Total
	haveHarmed := false
	for _, k := range []Kind{Shot, Casualties, Victims, Hospitalized} {
		t, ok := groups[k]
		if !ok || t.Value == Unknown {
			continue
		}
		v := t.Value
		if k == Hospitalized {
			// those taken to hospital exclude the dead left at the scene
			v += kv
		}
		if !haveHarmed || v > harmed.Value {
			harmed, haveHarmed = t, true
			harmed.Value = v
		}
	}
	inj, hasInj := out[Injured]
	if haveHarmed {
		d := Total{Kind: Injured, Derived: true, Value: max(harmed.Value-kv, 0)}
		d.Min, d.Max = d.Value, d.Value
		if harmed.Max == Unknown || harmed.Approx {
			d.Max, d.Approx = Unknown, harmed.Approx
		}
		d.Figures = append(append([]int(nil), harmed.Figures...), killed.Figures...)
		// a derived zero says something only of people shot: "a man was
		// shot and killed" has no one injured, "15 victims" no such news
		if (!hasInj || d.Value > inj.Value) && (d.Value > 0 || harmed.Kind == Shot) {
			out[Injured], inj, hasInj = d, d, true
		}
	}
	if n, idx := persons.harmed(); n > 0 && (!hasInj || inj.Value < n) {
		out[Injured] = Total{Kind: Injured, Min: n, Max: n, Value: n, Derived: true, Figures: idx}
	}
	var res []Total
	for _, k := range Kinds {
		if t, ok := out[k]; ok {
			res = append(res, t)
		}
	}
	return res
}

// groupTotal combines the counted group figures of kind k (individuals
// are counted by clusterPersons).
func groupTotal(figs []Figure, k Kind) (Total, bool) {
	t := Total{Kind: k, Min: Unknown, Max: Unknown, Value: Unknown}
	best, lastUpdate, partIdx := -1, -1, -1
	for i := range figs {
		f := &figs[i]
		if f.Kind != k || f.Unquantified || f.Negated || f.Hypothetical || f.Background || f.Individual {
			continue
		}
		if f.Part {
			if partIdx < 0 || f.Value > figs[partIdx].Value {
				partIdx = i
			}
			continue
		}
		if f.Update {
			lastUpdate = i
		}
		if best < 0 || f.Value > figs[best].Value {
			best = i
		}
	}
	pick := best
	if lastUpdate >= 0 {
		pick = lastUpdate
	}
	if pick >= 0 {
		f := &figs[pick]
		t.Min, t.Max, t.Value, t.Approx = f.Min, f.Max, f.Value, f.Approx
		t.Figures = []int{pick}
	}
	if partIdx >= 0 && (t.Value == Unknown || figs[partIdx].Value > t.Value) {
		p := &figs[partIdx]
		t.Min, t.Max, t.Value, t.Approx = p.Value, Unknown, p.Value, p.Approx
		t.Figures = append(t.Figures, partIdx)
	}
	return t, t.Value != Unknown
}

// A cluster is one person and what happened to them.
type cluster struct {
	who      person
	kinds    map[Kind]bool
	figures  []int
	sentence int // last sentence mentioned
}

// personSet is the persons of the headline and of the body, matched
// separately: a headline restates the body.
type personSet struct{ head, body []*cluster }

// count returns the persons of kind k (for Killed, those killed), the
// larger of the headline's and the body's counts.
func (ps personSet) count(k Kind) (int64, []int) {
	best, idx := int64(0), []int(nil)
	for _, cs := range [][]*cluster{ps.head, ps.body} {
		n, var_ := int64(0), []int(nil)
		for _, c := range cs {
			if c.kinds[k] {
				n++
				var_ = append(var_, c.figures...)
			}
		}
		if n > best {
			best, idx = n, var_
		}
	}
	return best, idx
}

// harmed returns the persons injured, shot, hospitalised or counted as
// victims but not killed.
func (ps personSet) harmed() (int64, []int) {
	best, idx := int64(0), []int(nil)
	for _, cs := range [][]*cluster{ps.head, ps.body} {
		n, var_ := int64(0), []int(nil)
		for _, c := range cs {
			if c.kinds[Killed] {
				continue
			}
			if c.kinds[Injured] || c.kinds[Shot] || c.kinds[Hospitalized] || c.kinds[Victims] || c.kinds[Casualties] {
				n++
				var_ = append(var_, c.figures...)
			}
		}
		if n > best {
			best, idx = n, var_
		}
	}
	return best, idx
}

// clusterPersons matches the mentions of individuals into persons.
func clusterPersons(figs []Figure, opts Options) personSet {
	var ps personSet
	bySpan := map[[2]int]*cluster{}
	for i := range figs {
		f := &figs[i]
		if !f.Individual || f.Value != 1 || f.Negated || f.Hypothetical || f.Background || f.Part {
			continue
		}
		list := &ps.body
		if f.headline {
			list = &ps.head
		}
		key := [2]int{f.SubjectSpan.Start, f.SubjectSpan.End}
		c := bySpan[key]
		if c == nil && !opts.KeepIndividualsApart {
			c = matchPerson(*list, f)
		}
		if c == nil {
			c = &cluster{who: f.who, kinds: map[Kind]bool{}}
			*list = append(*list, c)
		}
		bySpan[key] = c
		c.who.merge(f.who)
		c.kinds[f.Kind] = true
		c.figures = append(c.figures, i)
		c.sentence = f.Sentence
	}
	return ps
}

// matchPerson finds the person a mention refers to, or nil for a new one.
func matchPerson(cs []*cluster, f *Figure) *cluster {
	w := f.who
	if f.Additional {
		return nil
	}
	for i := len(cs) - 1; i >= 0; i-- {
		c := cs[i]
		if !c.who.compatible(w) {
			continue
		}
		switch w.ref {
		case refPron, refDef, refNone:
			return c
		case refSelf:
			// "killed his wife and then himself": not the person just
			// harmed in the same sentence
			if c.sentence == f.Sentence && c.who.ref != refSelf {
				continue
			}
			return c
		case refName:
			// a name matches the same surname, or an unnamed person
			if c.who.name == w.name || c.who.name == "" {
				return c
			}
		case refIndef:
			// "a 17-year-old boy" again: the same only with the same age
			if w.age != 0 && c.who.age == w.age {
				return c
			}
		}
	}
	return nil
}
