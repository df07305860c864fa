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
	// Killed: the largest group figure or the persons killed, and at
	// least a murder-suicide's two. (The deaths of attackers are not added
	// to the group figures: in news the group figures usually count them,
	// "four people, including the gunman, died".)
	{
		t, ok := out[Killed]
		n, idx := persons.count(Killed)
		if n > 0 && (!ok || t.Value < n) {
			t = Total{Kind: Killed, Min: n, Max: n, Value: n, Figures: idx}
			ok = true
		} else if ok && len(t.Figures) == 1 && figs[t.Figures[0]].object {
			// "killed three police officers ... one suspect is
			// deceased": the attacker is not among the victims counted
			if np, pidx := persons.countPerp(Killed); np > 0 {
				t.Value += np
				t.Min = max(t.Min, 0) + np
				if t.Max != Unknown {
					t.Max += np
				}
				t.Figures = append(t.Figures, pidx...)
			}
		}
		if sg, i := selfGroup(figs); sg > 0 && (!ok || t.Value < sg) {
			f := &figs[i]
			t = Total{Kind: Killed, Min: f.Min, Max: f.Max, Value: f.Value, Figures: []int{i}}
			ok = true
		}
		if n, i := maxOrdinal(figs, Killed); n > 0 && (!ok || t.Value < n) {
			t = Total{Kind: Killed, Min: n, Max: Unknown, Value: n, Figures: []int{i}}
			ok = true
		}
		if ok {
			out[Killed] = t
		}
	}
	// individuals bound the other kinds from below (the injured are
	// counted below, less those who died)
	for _, k := range Kinds {
		if k == Injured || k == Killed {
			continue
		}
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
	// "a fifth person with a gunshot wound": at least five harmed
	for _, k := range []Kind{Shot, Casualties, Victims, Hospitalized, Injured} {
		if n, i := maxOrdinal(figs, k); n > 0 && (!haveHarmed || n > harmed.Value) {
			harmed = Total{Kind: Shot, Min: n, Max: Unknown, Value: n, Figures: []int{i}}
			haveHarmed = true
		}
	}
	for _, k := range []Kind{Shot, Casualties, Victims, Hospitalized} {
		t, ok := groups[k]
		if !ok || t.Value == Unknown {
			continue
		}
		if k == Casualties && !hasKilled {
			continue // "15 casualties" alone does not say how many died
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
	gk := int64(0)
	if t, ok := groups[Killed]; ok {
		gk = t.Value
	}
	if sg, _ := selfGroup(figs); sg > gk {
		gk = sg
	}
	if n, idx := persons.harmed(gk); n > 0 && (!hasInj || inj.Value < n) {
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
	support := map[int64]float64{}
	for i := range figs {
		f := &figs[i]
		if f.Kind != k || f.Unquantified || f.Negated || f.Hypothetical || f.Background || f.Individual || f.perp && f.Subject == "" && !f.Part {
			continue
		}
		if f.Part || f.event {
			if partIdx < 0 || f.Value > figs[partIdx].Value {
				partIdx = i
			}
			continue
		}
		if f.Update {
			lastUpdate = i
		}
		support[f.Value] += weight(f)
		if best < 0 || better(f, &figs[best], support) {
			best = i
		}
	}
	// re-pick with the final support
	for i := range figs {
		f := &figs[i]
		if f.Kind == k && best >= 0 && f.Counted() && !f.Individual && !f.event && !(f.perp && f.Subject == "") && better(f, &figs[best], support) {
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

// weight is a figure's vote for its count: a headline states the main
// event, an approximate count is weak.
func weight(f *Figure) float64 {
	w := 1.0
	if f.headline {
		w = 2
	}
	if f.Approx {
		w /= 2
	}
	return w
}

// better reports whether figure f should stand for its kind's group
// rather than b: the count more often stated wins, then the larger.
func better(f, b *Figure, support map[int64]float64) bool {
	sf, sb := support[f.Value], support[b.Value]
	if sf != sb {
		return sf > sb
	}
	return f.Value > b.Value
}

// maxOrdinal returns the largest n of "a fifth victim" among the counted
// figures of kind k, and its index.
func maxOrdinal(figs []Figure, k Kind) (int64, int) {
	best, idx := int64(0), -1
	for i := range figs {
		f := &figs[i]
		if f.Kind == k && f.ordinal > best && !f.Negated && !f.Hypothetical && !f.Background {
			best, idx = f.ordinal, i
		}
	}
	return best, idx
}

// selfGroup returns the largest killed group figure that counts an
// attacker's own death (a murder-suicide) and its index.
func selfGroup(figs []Figure) (int64, int) {
	best, idx := int64(0), -1
	for i := range figs {
		f := &figs[i]
		if f.Kind == Killed && f.perp && !f.Individual && !f.Part && f.Counted() && f.Value > best {
			best, idx = f.Value, i
		}
	}
	return best, idx
}

// A cluster is one person and what happened to them.
type cluster struct {
	who        person
	additional bool // set apart from the others by the text
	object     bool // last mentioned as the object of an active verb
	perp       bool // an attacker
	kinds      map[Kind]bool
	figures    []int
	sentence   int // last sentence mentioned
}

// harmed reports whether the cluster's person was harmed (killed,
// injured, shot, ...).
func (c *cluster) harmed() bool {
	for k := range c.kinds {
		if harmedKind(k) {
			return true
		}
	}
	return false
}

// personSet is the persons an article mentions.
type personSet []*cluster

// countPerp returns the number of attackers killed and their figures.
func (ps personSet) countPerp(k Kind) (int64, []int) {
	n, idx := int64(0), []int(nil)
	for _, c := range ps {
		if c.kinds[k] && c.perp {
			n++
			idx = append(idx, c.figures...)
		}
	}
	return n, idx
}

// count returns the number of persons of kind k and their figures.
func (ps personSet) count(k Kind) (int64, []int) {
	n, idx := int64(0), []int(nil)
	for _, c := range ps {
		if c.kinds[k] {
			n++
			idx = append(idx, c.figures...)
		}
	}
	return n, idx
}

// harmed returns the persons injured, shot, hospitalised or counted as
// victims but not killed. Of those not said to be injured (only shot or
// taken to hospital) and not set apart from others, as many as the
// group figures count dead beyond the persons known killed may be among
// the dead: "five were found dead ... he shot his wife".
func (ps personSet) harmed(groupKilled int64) (int64, []int) {
	killed, _ := ps.count(Killed)
	absorb := max(groupKilled-killed, 0)
	n, idx := int64(0), []int(nil)
	for _, c := range ps {
		if c.kinds[Killed] {
			continue
		}
		if !(c.kinds[Injured] || c.kinds[Shot] || c.kinds[Hospitalized] || c.kinds[Victims] || c.kinds[Casualties]) {
			continue
		}
		if absorb > 0 && !c.kinds[Injured] && !c.additional {
			absorb--
			continue
		}
		n++
		idx = append(idx, c.figures...)
	}
	return n, idx
}

// clusterPersons matches the mentions of individuals into persons, as
// few as the text allows: a mention joins a compatible person (no
// differing age, sex or surname), preferring one with the same outcome,
// unless the text sets it apart ("another man", "a second victim", "was
// also shot") or it is a reflexive of another person harmed in the same
// sentence ("killed his wife and then himself").
func clusterPersons(figs []Figure, opts Options) personSet {
	var ps personSet
	bySpan := map[[2]int]*cluster{}
	// The body first: the headline restates it.
	order := make([]int, 0, len(figs))
	for pass := 0; pass < 2; pass++ {
		for i := range figs {
			if figs[i].headline == (pass == 1) {
				order = append(order, i)
			}
		}
	}
	for _, i := range order {
		f := &figs[i]
		if !f.Individual || f.Value != 1 || f.Negated || f.Hypothetical || f.Background || f.Part {
			continue
		}
		key := [2]int{f.SubjectSpan.Start, f.SubjectSpan.End}
		c := bySpan[key]
		if c == nil && !opts.KeepIndividualsApart {
			c = matchPerson(ps, f)
		}
		if c == nil {
			c = &cluster{who: f.who, kinds: map[Kind]bool{}, additional: f.Additional}
			ps = append(ps, c)
		}
		bySpan[key] = c
		c.who.merge(f.who)
		c.kinds[f.Kind] = true
		c.figures = append(c.figures, i)
		c.sentence = f.Sentence
		c.object = f.object
		c.perp = c.perp || f.perp
	}
	return ps
}

// harmedKind reports whether k says a person was hurt, outcome aside.
func harmedKind(k Kind) bool {
	return k == Killed || k == Injured || k == Shot || k == Hospitalized || k == Victims || k == Casualties
}

// matchPerson finds the person a mention refers to, or nil for a new one.
func matchPerson(cs []*cluster, f *Figure) *cluster {
	w := f.who
	if f.Additional {
		return nil
	}
	var best *cluster
	bestScore := -1
	for _, c := range cs {
		if !c.who.compatible(w) {
			continue
		}
		// the arrested are not the victims: kinds outside harm match
		// only their own kind
		if harmedKind(f.Kind) != c.harmed() || !harmedKind(f.Kind) && !c.kinds[f.Kind] {
			continue
		}
		if w.ref == refSelf && c.sentence == f.Sentence && c.object {
			continue // "killed his wife and then himself"
		}
		// someone set apart as "another" victim, hurt, is not the one
		// killed; nor is someone said in the same sentence to be hurt
		// ("killing the boy and leaving the teen in critical condition")
		contra := f.Kind == Killed && c.kinds[Injured] && !c.kinds[Killed] || f.Kind == Injured && c.kinds[Killed]
		if contra && (c.additional || c.sentence == f.Sentence) {
			continue
		}
		score := 0
		switch {
		case c.kinds[f.Kind]:
			score = 4
		case harmedKind(f.Kind) && (c.kinds[Killed] || c.kinds[Injured] || c.kinds[Shot] || c.kinds[Hospitalized] || c.kinds[Victims]):
			score = 2
		}
		if w.name != "" && c.who.name == w.name {
			score += 8
		}
		if w.age != 0 && c.who.age == w.age {
			score += 8
		}
		if w.hint != 0 && c.who.ent == w.hint {
			score += 8
		}
		if score > bestScore {
			best, bestScore = c, score
		}
	}
	return best
}
