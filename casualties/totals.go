package casualties

import (
	"math"
	"slices"
	"strings"
)

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
func totals(figs []Figure, opts Options, sel *Selector, info docInfo) ([]Total, []Candidate) {
	diedAfterHospital(figs)
	// a murder-suicide's group figure, found once
	sgv, sgi := selfGroup(figs)
	groups := map[Kind]Total{}
	for _, k := range Kinds {
		if t, ok := groupTotal(figs, k); ok {
			groups[k] = t
		}
	}
	persons := coverPersons(figs, opts)
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
		if sgv > 0 && (!ok || t.Value < sgv) {
			f := &figs[sgi]
			t = Total{Kind: Killed, Min: f.Min, Max: f.Max, Value: f.Value, Figures: []int{sgi}}
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
		if k == Hospitalized && !figs[t.Figures[0]].died {
			// those taken to hospital exclude the dead left at the scene
			// (unless some of them are said to have died there)
			v += kv
		}
		if !haveHarmed || v > harmed.Value {
			harmed, haveHarmed = t, true
			harmed.Value = v
		}
	}
	inj, hasInj := out[Injured]
	if haveHarmed {
		kvh := kv
		if len(harmed.Figures) > 0 && harmed.Kind == Shot {
			kvh = killedVictims(figs, kv, sgi, &figs[harmed.Figures[0]])
			if shotBeyondKilled(figs, harmed.Figures[0]) || onlyAttackersKilled(figs, persons, kv, harmed.Figures[0]) {
				// "a man was killed ... four other people were
				// shot": the others are not among the dead; "shot
				// two women and a girl, then himself": the dead are
				// the attacker alone
				kvh = 0
			}
		}
		d := Total{Kind: Injured, Derived: true, Value: max(harmed.Value-kvh, 0)}
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
	gk = max(gk, sgv)
	if n, idx := persons.harmed(gk); n > 0 && (!hasInj || inj.Value < n) {
		out[Injured] = Total{Kind: Injured, Min: n, Max: n, Value: n, Derived: true, Figures: idx}
	}
	cands := selectTotals(figs, persons, out, gk, sgi, sel, info)
	var res []Total
	for _, k := range Kinds {
		if t, ok := out[k]; ok {
			res = append(res, t)
		}
	}
	return res, cands
}

// selectTotals replaces the rules' killed and injured totals in out with
// the selector's choice among the candidate values, and returns the
// candidates. gk is the killed count the group figures give; sg is the
// index of the murder-suicide group figure (selfGroup), or -1.
func selectTotals(figs []Figure, persons personSet, out map[Kind]Total, gk int64, sg int, sel *Selector, info docInfo) []Candidate {
	harm, hurt := false, false
	var hl kindSet // kinds the headline counts
	for i := range figs {
		f := &figs[i]
		if harmedKind(f.Kind) && !f.Negated {
			harm = true
			hurt = hurt || f.Kind != Killed
		}
		if f.headline && f.Counted() {
			hl.add(f.Kind)
		}
	}
	// what the headline speaks of, for the small candidates: "Man
	// killed in ..." makes a zero injured likely
	var tag string
	switch {
	case hl == 0:
		tag = "hl:none"
	case hl == kindBit(Killed):
		tag = "hl:killed"
	case hl&kindBit(Killed) == 0 && hl&harmedKinds != 0:
		tag = "hl:hurt"
	case hl&kindBit(Killed) != 0 && hl&harmedKinds != kindBit(Killed):
		tag = "hl:both"
	default:
		tag = "hl:other"
	}
	headline := func(cs *candidates) {
		for _, c := range cs.list {
			if c.Value <= 2 {
				c.feature(tag + "&" + valueBucket(c.Value))
			}
		}
	}
	rule := func(cs *candidates, k Kind) {
		if t, ok := out[k]; ok && t.Value >= 0 {
			c := cs.add(t.Value, "rule", -1)
			c.rule, c.total, c.hasTot = true, t, true
			if t.Derived {
				c.feature("rule:derived")
			}
			return
		}
		c := cs.add(0, "rule", -1)
		c.rule = true
		c.feature("rule:none")
	}
	// killed
	kc := &candidates{kind: Killed}
	rule(kc, Killed)
	kc.add(0, "zero", -1)
	if !harm {
		kc.add(0, "zero:noharm", -1)
	}
	kc.groupFeatures(figs, Killed, info)
	kc.roundupFeatures(figs, Killed, info)
	if n, idx := persons.count(Killed); n > 0 {
		c := kc.add(n, "pers", -1)
		c.Figures = append(c.Figures, idx...)
		personFeatures(c, persons, figs, func(c *cluster) bool { return c.kinds.has(Killed) })
		killedPersonFeatures(c, persons, info)
	}
	if n, idx := persons.countPerp(Killed); n > 0 {
		if t, ok := groupTotal(figs, Killed); ok && t.Value >= 0 {
			c := kc.add(t.Value+n, "grp+perp", -1)
			c.Figures = append(c.Figures, idx...)
		}
	}
	// "killed his wife and three children ... then shot himself" in a
	// murder-suicide: the victims and the killer
	if t, ok := groupTotal(figs, Killed); ok && t.Value > 0 && murderSuicide(figs) {
		if i := reflexiveHarm(figs); i >= 0 {
			c := kc.add(t.Value+1, "grp+self", i)
			c.Figures = append(c.Figures, t.Figures...)
		}
	}
	if n, i := maxOrdinal(figs, Killed); n > 0 {
		kc.add(n, "ord", i)
	}
	attackerDeath(kc, figs, persons)
	headline(kc)
	firstMention(kc, figs, info, tag)
	kc.finish(info)
	kbest := choose(sel, kc.list)

	// injured, for a killed total kv
	injured := func(kv int64) *candidates {
		ic := &candidates{kind: Injured}
		rule(ic, Injured)
		ic.add(0, "zero", -1)
		if !hurt {
			ic.add(0, "zero:noinj", -1)
		}
		ic.groupFeatures(figs, Injured, info)
		ic.roundupFeatures(figs, Injured, info)
		for i := range figs {
			f := &figs[i]
			if f.Individual || !f.Counted() || f.Value < 0 {
				continue
			}
			var v int64
			switch f.Kind {
			case Injured:
				// "four people were injured ... one of them later died"
				if kv > 0 && !f.Additional && f.Value > kv {
					ic.add(f.Value-kv, "inj-k", i)
				}
				continue
			case Shot, Casualties, Victims:
				v = f.Value - kv
				if f.Kind == Shot {
					v = f.Value - killedVictims(figs, kv, sg, f)
					c := ic.add(f.Value, "shotraw", i)
					if f.Additional && kv > 0 {
						// "a girl and three other people were also shot"
						c.feature("shot:addl")
					}
					if f.also && kv > 0 {
						// "two men in the car were also hit"
						c.feature("shot:also")
					}
				}
			case Hospitalized:
				v = f.Value
				if f.died {
					// "two were taken to a hospital, where one died"
					v = f.Value - kv
				}
			default:
				continue
			}
			if v < 0 {
				continue
			}
			c := ic.add(v, "der:"+string(f.Kind), i)
			c.derived = true
			if f.headline {
				c.feature("der:hl")
			}
		}
		// "Two are in critical condition ... three received minor
		// injuries": counts by condition in neighbouring sentences add up
		condSum(ic, figs)
		// "two women were shot, and a boy was hit by a fragment"
		clauseSum(ic, figs)
		// "A boy is in critical condition ... the shooting also injured three
		// other people": the others and whom they are set apart from
		othersSum(ic, figs, persons)
		// "seriously injuring a fourth": the people harmed less the killed
		for _, k := range []Kind{Shot, Casualties, Victims, Hospitalized, Injured} {
			if n, i := maxOrdinal(figs, k); n > 0 {
				v := n - kv
				if k == Injured || k == Hospitalized {
					v = n
					if n > kv {
						ic.add(n-kv, "ord:less", i)
					}
				}
				if v >= 0 {
					ic.add(v, "ord", i)
				}
			}
		}
		if n, idx := persons.harmed(max(gk, kv)); n > 0 {
			c := ic.add(n, "pers", -1)
			c.Figures = append(c.Figures, idx...)
			personFeatures(c, persons, figs, func(c *cluster) bool { return c.harmed() && !c.kinds.has(Killed) })
			hurtPersonFeatures(c, persons, figs, info)
		}
		if n, idx := persons.harmed(0); n > 0 {
			c := ic.add(n, "pers:all", -1)
			c.Figures = append(c.Figures, idx...)
			// what sets the persons apart from the dead, for the count
			// that absorbs none of them
			if !slices.Contains(c.Features, "pers") {
				var tmp Candidate
				hurtPersonFeatures(&tmp, persons, figs, info)
				for _, f := range tmp.Features {
					if !strings.Contains(f, "&") {
						c.feature("all:" + f)
					}
				}
			}
		}
		headline(ic)
		// what the headline counts of the hurt ("Girl, 6, shot", "4
		// wounded"): the same count, or another
		hlv, leadv := map[int64]bool{}, map[int64]bool{}
		// two persons hurt in the headline ("Girl grazed; man shot in
		// leg"): the headline counts them both, not each alone
		hp := headlinePersons(figs, persons)
		if hp > 1 {
			hlv[hp] = true
		}
		// the headline's hurt and others hurt beside them ("2 shot, 3
		// others grazed"): both
		hlPrev := -1
		for i := range figs {
			f := &figs[i]
			if !f.Counted() || f.Value < 0 || f.event {
				continue
			}
			m := hlv
			if f.headline && hurtKind(f.Kind) && f.Value > 0 {
				if p := hlPrev; p >= 0 && f.Additional && figs[p].Sentence == f.Sentence && figs[p].Trigger != f.Trigger {
					hlv[figs[p].Value+f.Value] = true
				}
				if !f.Additional {
					hlPrev = i
				}
			}
			if f.headline && hp > 1 && f.Individual {
				continue
			}
			if !f.headline {
				// the lead's groups ("Four people were shot on Sunday")
				if f.Sentence-info.firstBody >= 2 || f.Individual && !f.one {
					continue
				}
				m = leadv
			}
			switch f.Kind {
			case Injured, Hospitalized:
				m[f.Value] = true
			case Shot, Victims:
				m[f.Value] = true
				if kv > 0 && f.Value > kv {
					m[f.Value-kv] = true
				}
			}
		}
		for _, x := range []struct {
			m   map[int64]bool
			tag string
		}{{hlv, "hlv"}, {leadv, "leadv"}} {
			if len(x.m) == 0 {
				continue
			}
			for _, c := range ic.list {
				if x.m[c.Value] {
					c.feature(x.tag + ":eq")
				} else {
					c.feature(x.tag + ":ne")
				}
			}
		}
		// the same as the killed total ("one dead, one hurt", or one person
		// counted both ways)
		if kv > 0 {
			if c := ic.find(kv); c != nil {
				c.feature("eqk")
			}
		}
		// whether anyone was found killed bears on the people counted hurt
		// ("a man was shot" with no death reported)
		kt := "k=0"
		if kv > 0 {
			kt = "k>0"
		}
		for _, c := range ic.list {
			for _, f := range c.Features {
				switch f {
				case "pers", "ind", "zero", "rule", "grp":
					c.Features = append(c.Features, kt+"&"+f)
				}
			}
		}
		ic.finish(info)
		return ic
	}
	ic := injured(kbest.Value)
	ibest := choose(sel, ic.list)
	// the killed and injured totals are chosen together: a killed
	// candidate nearly as likely as the best wins if the injured
	// candidates it leads to fit much better ("five shot, one died"
	// against a second death mentioned in passing)
	if sel.joint() {
		// the runner-up (the first of the highest scores after the
		// best, as a stable sort would give it)
		var c *Candidate
		for _, o := range kc.list {
			if o != kbest && (c == nil || o.Score > c.Score) {
				c = o
			}
		}
		if c != nil && c.Score >= kbest.Score-jointMargin {
			ic2 := injured(c.Value)
			ib2 := choose(sel, ic2.list)
			if logProb(c, kc.list)+logProb(ib2, ic2.list) > logProb(kbest, kc.list)+logProb(ibest, ic.list)+1e-9 {
				kbest.Chosen, c.Chosen = false, true
				kbest, ic, ibest = c, ic2, ib2
			}
		}
	}
	setTotal(out, kbest, figs)
	setTotal(out, ibest, figs)

	res := make([]Candidate, 0, len(kc.list)+len(ic.list))
	for _, c := range kc.list {
		res = append(res, *c)
	}
	for _, c := range ic.list {
		res = append(res, *c)
	}
	return res
}

// condSum adds the sum of the counts of the hurt by condition in a run
// of neighbouring sentences (each the same as or next to the one
// before), when they differ in what they say: "2 critical, 2 stable",
// "One man is in critical condition ... four were in serious condition".
func condSum(ic *candidates, figs []Figure) {
	ok := func(f *Figure) bool {
		return f.cond && f.Kind == Injured && f.Counted() && f.Value > 0 && (!f.Individual || f.one || f.Additional)
	}
	for i := 0; i < len(figs); i++ {
		f := &figs[i]
		if !ok(f) || f.Additional {
			continue
		}
		sum, idx := f.Value, []int{i}
		last := f.Sentence
		for j := i + 1; j < len(figs) && j < i+12 && figs[j].Sentence <= last+1; j++ {
			o := &figs[j]
			if !ok(o) || o.Trigger == figs[idx[len(idx)-1]].Trigger || o.Sentence == figs[idx[len(idx)-1]].Sentence && o.SubjectSpan == figs[idx[len(idx)-1]].SubjectSpan {
				continue
			}
			sum += o.Value
			idx = append(idx, j)
			last = o.Sentence
		}
		if len(idx) >= 2 {
			c := ic.add(sum, "cond:sum", -1)
			c.Figures = append(c.Figures, idx...)
			return
		}
	}
}

// hurtKind reports whether k says a person was hurt and not (or not
// said to be) killed.
func hurtKind(k Kind) bool {
	return k == Injured || k == Shot || k == Hospitalized
}

// othersSum adds, for each counted group of hurt people set apart from
// others ("three other people were injured", "four others were shot"),
// the sum of it and whom it is set apart from: a person hurt but not
// killed, or a group of hurt people not set apart itself, mentioned in
// its sentence or the one before ("A man is in critical condition. Four
// others were wounded.": five). The same kind in one sentence is
// grp+others.
func othersSum(ic *candidates, figs []Figure, persons personSet) {
	var owner map[int]*cluster // figure -> person
	for i := range figs {
		f := &figs[i]
		if !f.Additional || f.Individual || !hurtKind(f.Kind) || !f.Counted() || f.Value <= 0 || f.event {
			continue
		}
		if owner == nil {
			owner = map[int]*cluster{}
			for _, p := range persons {
				for _, j := range p.figures {
					owner[j] = p
				}
			}
		}
		// the nearest earlier figure of hurt people in reach (a bounded
		// look back: linear time)
		for j := i - 1; j >= max(0, i-maxOthers) && figs[j].Sentence >= f.Sentence-1; j-- {
			o := &figs[j]
			if !hurtKind(o.Kind) || !o.Counted() || o.Additional || o.Value <= 0 || o.event || o.perp {
				continue
			}
			tag := "prev+others"
			if o.Individual {
				p := owner[j]
				if o.Value != 1 || p == nil || p.kinds.has(Killed) {
					continue
				}
				tag = "ind+others"
			} else if o.Sentence != f.Sentence || o.Kind == f.Kind {
				// (a group in the sentence before is mostly all the
				// hurt, the others those beyond it: "five people were
				// shot ... two others were grazed"; the same kind in one
				// sentence is grp+others)
				break
			}
			c := ic.add(o.Value+f.Value, tag, i)
			c.Figures = append(c.Figures, j)
			if o.Sentence != f.Sentence {
				c.feature(tag + ":next")
			}
			break
		}
	}
}

// personFeatures describes the evidence for a count of persons: whether
// they are all named in one sentence ("Omani Free, 18, and Tabitha Cruz,
// 20, were killed"), whether each pair differs by name, sex or age, and
// whether some are set apart as "another" or were named.
func personFeatures(c *Candidate, ps personSet, figs []Figure, in func(*cluster) bool) {
	var cs []*cluster
	for _, p := range ps {
		if in(p) {
			cs = append(cs, p)
		}
	}
	apart, named, add := true, 0, false
	for i, a := range cs {
		// (pairs among the first persons only: linear time)
		for j := i + 1; j < min(len(cs), 16); j++ {
			if a.who.compatible(cs[j].who) {
				apart = false
			}
		}
		if a.who.name != "" {
			named++
		}
		add = add || a.additional
	}
	if len(cs) > 1 {
		if apart {
			c.feature("pers:apart")
		} else {
			c.feature("pers:soft")
		}
	}
	switch {
	case named == len(cs):
		c.feature("pers:named")
	case named > 0:
		c.feature("pers:somenamed")
	}
	if add {
		c.feature("pers:addl")
	}
	// the most persons of the count mentioned in one sentence
	type mention struct{ sentence, start int }
	var ms []mention
	for _, p := range cs {
		for _, i := range p.figures {
			ms = append(ms, mention{figs[i].Sentence, figs[i].SubjectSpan.Start})
		}
	}
	slices.SortFunc(ms, func(a, b mention) int {
		if a.sentence != b.sentence {
			return a.sentence - b.sentence
		}
		return a.start - b.start
	})
	ms = slices.Compact(ms)
	best := 0
	for i := 0; i < len(ms); {
		j := i
		for j < len(ms) && ms[j].sentence == ms[i].sentence {
			j++
		}
		best = max(best, j-i)
		i = j
	}
	if best >= len(cs) && len(cs) > 1 {
		c.feature("pers:onesent")
	}
}

// hurtPersonFeatures describes how surely the persons harmed but not
// killed are others than the dead: whether each could be one of the
// persons killed (same age, sex and name, as far as told), is mentioned
// in a sentence that also mentions one of them, is said to be injured or
// hospitalised rather than only shot, is mentioned once, only by
// pronouns, or first mentioned late in the article, and whether one was
// only stabbed.
func hurtPersonFeatures(c *Candidate, ps personSet, figs []Figure, info docInfo) {
	var killed, hurt []*cluster
	for _, p := range ps {
		switch {
		case p.kinds.has(Killed):
			killed = append(killed, p)
		case p.harmed():
			hurt = append(hurt, p)
		}
	}
	if len(hurt) == 0 {
		return
	}
	// the sentences of figures about other events: a person first
	// mentioned just after one is mostly of that event too ("In a
	// separate case, a girl was shot. The girl survived.")
	var bgs []int
	for i := range figs {
		if f := &figs[i]; f.Background && (len(bgs) == 0 || bgs[len(bgs)-1] != f.Sentence) {
			bgs = append(bgs, f.Sentence)
		}
	}
	compat, share, inj, once, pron, late, stab, nearBG := true, false, false, true, true, true, false, len(bgs) > 0
	for _, h := range hurt {
		if nearBG {
			// (the BG sentences are in text order: a binary search)
			k, _ := slices.BinarySearch(bgs, h.first-2)
			nearBG = k < len(bgs) && bgs[k] < h.first
		}
		ok := false
		for i, k := range killed {
			if i >= 16 {
				break // linear time
			}
			if h.who.compatible(k.who) {
				ok = true
			}
			share = share || h.shares(k)
		}
		compat = compat && ok
		inj = inj || h.kinds.has(Injured) || h.kinds.has(Hospitalized)
		once = once && h.mentions <= 1
		pron = pron && h.refs&^(1<<refPron|1<<refSelf) == 0
		late = late && h.first-info.firstBody >= 8
		stabOnly := true
		for _, i := range h.figures {
			stabOnly = stabOnly && figs[i].stab
		}
		stab = stab || stabOnly
	}
	if stab {
		c.feature("hp:stab")
	}
	kt := "hp:k=0"
	if len(killed) > 0 {
		kt = "hp:k>0"
	}
	c.feature(kt)
	add := func(f string) {
		c.feature(f)
		c.feature(kt + "&" + f)
	}
	if len(killed) > 0 {
		if compat {
			add("hp:compat")
		}
		if share {
			add("hp:share")
		}
	}
	if inj {
		add("hp:inj")
	} else {
		add("hp:shotonly")
	}
	if once {
		add("hp:once")
	}
	if pron {
		add("hp:pron")
	}
	if late {
		add("hp:late")
	}
	if nearBG {
		add("hp:nearbg")
	}
}

// killedPersonFeatures describes, for a count of more than one person
// killed, whether some of them are mentioned only once, or only late in
// the article (other deaths told in passing: "earlier, a man was killed
// on Taylor Street").
func killedPersonFeatures(c *Candidate, ps personSet, info docInfo) {
	n, once, late := 0, false, false
	var ks []person
	for _, p := range ps {
		if !p.kinds.has(Killed) {
			continue
		}
		n++
		once = once || p.mentions <= 1
		late = late || p.first-info.firstBody >= 6
		if len(ks) < 16 { // pairs among the first persons only: linear time
			ks = append(ks, p.who)
		}
	}
	if n < 2 {
		return
	}
	// two told apart only by their names, one of them a single word (a
	// nickname or a given name the other mention leaves out)
	for i, a := range ks {
		for _, b := range ks[i+1:] {
			if a.name == "" || b.name == "" || strings.Contains(a.name, " ") && strings.Contains(b.name, " ") {
				continue
			}
			a1, b1 := a, b
			a1.name, b1.name, a1.ent, b1.ent = "", "", 0, 0
			if a1.compatible(b1) {
				c.feature("kp:name1")
			}
		}
	}
	if once {
		c.feature("kp:once")
	}
	if late {
		c.feature("kp:late")
	}
}

// jointMargin bounds how far below the best killed candidate's score the
// runner-up may be to be weighed with its injured candidates. (Weighing
// more killed candidates than the runner-up changed no GVA article's
// totals.)
const jointMargin = 2.0

// logProb returns the log of the probability the selector gives candidate
// c among cs: the softmax of their scores.
func logProb(c *Candidate, cs []*Candidate) float64 {
	m := c.Score
	for _, o := range cs {
		m = max(m, o.Score)
	}
	z := 0.0
	for _, o := range cs {
		z += math.Exp(o.Score - m)
	}
	return c.Score - m - math.Log(z)
}

// setTotal makes out's total of the chosen candidate's kind.
func setTotal(out map[Kind]Total, c *Candidate, figs []Figure) {
	if t, ok := totalOf(c, figs); ok {
		out[c.Kind] = t
	} else {
		delete(out, c.Kind)
	}
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

// murderSuicide reports whether the text tells of a murder-suicide (a
// counted killed figure that includes the killer).
func murderSuicide(figs []Figure) bool {
	for i := range figs {
		if f := &figs[i]; f.Kind == Killed && f.perp && f.Counted() && !f.Individual {
			return true
		}
	}
	return false
}

// killedVictims returns the killed total kv less the attacker when kv is
// the count of the killed group that includes him (figure sg, selfGroup's;
// -1 if none: "shot four relatives, killing two, then himself") and the
// people shot, f, in the same sentence, do not.
func killedVictims(figs []Figure, kv int64, sg int, f *Figure) int64 {
	if sg >= 0 && kv > 0 && figs[sg].Value == kv && !f.perp && f.Kind == Shot && figs[sg].Sentence == f.Sentence {
		return kv - 1
	}
	return kv
}

// reflexiveHarm returns the index of a counted reflexive harm ("shot
// himself") that is not in a group figure, or -1.
func reflexiveHarm(figs []Figure) int {
	for i := range figs {
		f := &figs[i]
		if f.Self && f.Individual && f.Counted() && (f.Kind == Shot || f.Kind == Killed) {
			return i
		}
	}
	return -1
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
	kinds      kindSet
	figures    []int
	sentence   int   // last sentence mentioned
	first      int   // first sentence mentioned
	mentions   int   // phrases that mention the person
	refs       uint8 // the ways they are mentioned (bits 1<<ref)
	sents      []int // the sentences mentioned after the first, in text order
}

// inSentence reports whether the person is mentioned in sentence s.
func (c *cluster) inSentence(s int) bool {
	return s == c.first || slices.Contains(c.sents, s)
}

// shares reports whether c and o are mentioned in a common sentence.
func (c *cluster) shares(o *cluster) bool {
	if o.inSentence(c.first) {
		return true
	}
	for _, s := range c.sents {
		if o.inSentence(s) {
			return true
		}
	}
	return false
}

// harmed reports whether the cluster's person was harmed (killed,
// injured, shot, ...).
func (c *cluster) harmed() bool {
	return c.kinds&harmedKinds != 0
}

// personSet is the persons an article mentions.
type personSet []*cluster

// countPerp returns the number of attackers killed and their figures.
func (ps personSet) countPerp(k Kind) (int64, []int) {
	n, idx := int64(0), []int(nil)
	for _, c := range ps {
		if c.kinds.has(k) && c.perp {
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
		if c.kinds.has(k) {
			n++
			idx = append(idx, c.figures...)
		}
	}
	return n, idx
}

// harmed returns the persons injured, shot, hospitalised or counted as
// victims but not killed. Of those only said to be shot (not injured
// nor in hospital: "Brother and sister dead, father in hospital") and not
// set apart from others, as many as the group figures count dead beyond
// the persons known killed may be among the dead: "five were found dead
// ... he shot his wife".
func (ps personSet) harmed(groupKilled int64) (int64, []int) {
	killed, _ := ps.count(Killed)
	absorb := max(groupKilled-killed, 0)
	n, idx := int64(0), []int(nil)
	for _, c := range ps {
		if c.kinds.has(Killed) {
			continue
		}
		if !(c.kinds.has(Injured) || c.kinds.has(Shot) || c.kinds.has(Hospitalized) || c.kinds.has(Victims) || c.kinds.has(Casualties)) {
			continue
		}
		if absorb > 0 && !c.kinds.has(Injured) && !c.kinds.has(Hospitalized) && !c.additional {
			absorb--
			continue
		}
		n++
		idx = append(idx, c.figures...)
	}
	return n, idx
}

// harmedKind reports whether k says a person was hurt, outcome aside.
func harmedKind(k Kind) bool {
	return k == Killed || k == Injured || k == Shot || k == Hospitalized || k == Victims || k == Casualties
}

// attackerDeath adds, when the text tells of an attacker who harmed
// himself or died ("then turned the gun on himself", "killed his wife
// and himself", "the gunman was found dead"), the victims killed and the
// attacker: the killed group figure plus one, and the persons killed other
// than attackers plus one. Its features say how the attacker's harm is
// told (killed or only shot, by his own hand, in the headline, in a
// murder-suicide), whether the group is the attacker's object ("shot
// his wife and three children"), which leaves him out, and whether the
// victims are told in the attacker's sentence.
func attackerDeath(kc *candidates, figs []Figure, persons personSet) {
	idx, killed, self, hl := -1, false, false, false
	for i := range figs {
		f := &figs[i]
		if !f.Individual || !f.Counted() || !f.perp || !(f.Kind == Killed || f.Self && f.Kind == Shot) {
			continue
		}
		if idx < 0 {
			idx = i
		}
		killed = killed || f.Kind == Killed
		self = self || f.Self
		hl = hl || f.headline
	}
	if idx < 0 {
		return
	}
	var feats []string
	if killed {
		feats = append(feats, "ah:killed")
	} else {
		feats = append(feats, "ah:shot")
	}
	if self {
		feats = append(feats, "ah:self")
	}
	if hl {
		feats = append(feats, "ah:hl")
	}
	if murderSuicide(figs) {
		feats = append(feats, "ah:ms")
	}
	add := func(v int64, tag string, extra ...string) {
		c := kc.add(v, tag, idx)
		for _, f := range slices.Concat(feats, extra) {
			c.feature(f)
			c.feature(tag + "&" + f)
		}
	}
	if t, ok := groupTotal(figs, Killed); ok && t.Value > 0 && !(figs[t.Figures[0]].perp && figs[t.Figures[0]].Subject != "") {
		// (not when the group names the attacker among its members:
		// "killed his son and himself")
		var extra []string
		g := &figs[t.Figures[0]]
		if g.object {
			extra = append(extra, "ah:obj")
		} else if g.perp {
			extra = append(extra, "ah:grpperp")
		}
		// how the group is told: in the attacker's sentence ("killed
		// his wife and two sons and then himself"), in the headline, of
		// people in general ("four people are dead") or of a relation
		if g.Sentence == figs[idx].Sentence {
			extra = append(extra, "ah:same")
		}
		if g.headline {
			extra = append(extra, "ah:grphl")
		}
		switch g.Subject {
		case "":
			extra = append(extra, "ah:grpbare")
		case "people", "persons", "victims", "others":
			extra = append(extra, "ah:grppeople")
		default:
			extra = append(extra, "ah:grpnoun")
		}
		add(t.Value+1, "grp+ah", extra...)
	}
	n, same := int64(0), false
	for _, p := range persons {
		if p.kinds.has(Killed) && !p.perp {
			n++
			same = same || p.inSentence(figs[idx].Sentence)
		}
	}
	if n > 0 {
		if same {
			add(n+1, "pers+ah", "ah:same")
		} else {
			add(n+1, "pers+ah")
		}
	}
}

// firstMention adds to each killed candidate above zero whose evidence
// appears in the headline, or first appears late in the body, that
// place, alone and with what the headline counts: a death first told
// late under a headline of the hurt is mostly another incident's ("a man
// was killed nearby last month"). (The lead and the early body are left
// unmarked: with those marks the selector weighed a headline of the hurt
// against the lead's death.)
func firstMention(kc *candidates, figs []Figure, info docInfo, hltag string) {
	for _, c := range kc.list {
		if c.Value <= 0 || len(c.Figures) == 0 {
			continue
		}
		first, hl := -1, false
		for _, i := range c.Figures {
			f := &figs[i]
			if f.headline {
				hl = true
			} else if first < 0 || f.Sentence < first {
				first = f.Sentence
			}
		}
		pos := "pos:late"
		switch {
		case hl:
			pos = "pos:hl"
		case first-info.firstBody < 8:
			continue
		}
		c.feature(pos)
		c.feature(hltag + "&" + pos)
	}
}

// headlinePersons returns the number of persons hurt and not killed that
// the headline mentions one by one ("Girl grazed; man shot in leg": two).
func headlinePersons(figs []Figure, persons personSet) int64 {
	n := int64(0)
	for _, p := range persons {
		if p.kinds.has(Killed) || !p.harmed() || p.perp {
			continue
		}
		for _, i := range p.figures {
			if figs[i].headline {
				n++
				break
			}
		}
	}
	return n
}

// diedAfterHospital marks the groups taken to hospital of whom a death
// told as coming later follows in the next sentences ("Two men and two
// women were taken to hospitals. One of the men later died."): the dead
// are among them, not beside them. (Within a sentence, extract marks
// them.)
func diedAfterHospital(figs []Figure) {
	for i := range figs {
		f := &figs[i]
		if f.Kind != Hospitalized || f.Individual || !f.Counted() || f.Value < 2 || f.died {
			continue
		}
		// (a bounded look ahead: linear time)
		for j := i + 1; j < len(figs) && j <= i+maxDiedAhead && figs[j].Sentence <= f.Sentence+2; j++ {
			d := &figs[j]
			if d.Kind != Killed || !d.later || d.Negated || d.Hypothetical || d.Background || d.event || d.Additional || d.perp || d.Self {
				continue
			}
			if d.Unquantified && !back(d.Subject) || !d.Unquantified && d.Value > f.Value {
				continue
			}
			f.died = true
			break
		}
	}
}

// maxDiedAhead bounds the figures diedAfterHospital looks through after
// a group taken to hospital.
const maxDiedAhead = 24

// shotBeyondKilled reports whether figure i, a group of people shot, is
// set apart from the dead ("a man was killed ... four other people were
// shot", "killing one and shooting two others"): set apart as a whole
// (not "he and four others"), not as the n-th of them ("a fifth victim",
// which counts all), and, as the object of a shooting verb, after a
// death in its sentence ("the gunman shot four others" sets them apart
// from him only).
func shotBeyondKilled(figs []Figure, i int) bool {
	f := &figs[i]
	if f.Kind != Shot || !f.Additional && !f.also || f.Individual || f.ordinal != 0 || f.perp || f.withKnown {
		return false
	}
	if !f.object {
		return true
	}
	for j := i - 1; j >= 0 && figs[j].Sentence == f.Sentence; j-- {
		if o := &figs[j]; o.Kind == Killed && o.Counted() && !o.perp {
			return true
		}
	}
	return false
}

// clauseSum adds, for two counts of the hurt in one sentence with
// subjects of their own, neither a pronoun nor set apart as others
// (grp+others), their sum: "two women were shot, and a 9-year-old boy
// was hit by a fragment".
func clauseSum(ic *candidates, figs []Figure) {
	ok := func(f *Figure) bool {
		return hurtKind(f.Kind) && f.Counted() && f.Value > 0 && !f.event && !f.perp && !f.Self &&
			f.SubjectSpan.End > f.SubjectSpan.Start && !(f.Individual && f.who.ref == refPron) && !pronounSubject[f.Subject]
	}
	for i := range figs {
		f := &figs[i]
		if !ok(f) || f.Additional {
			continue
		}
		for j := i + 1; j < min(len(figs), i+1+maxOthers) && figs[j].Sentence == f.Sentence; j++ {
			o := &figs[j]
			if !ok(o) || o.Additional || o.Trigger == f.Trigger || o.SubjectSpan.Start < f.SubjectSpan.End {
				continue
			}
			c := ic.add(f.Value+o.Value, "clause:sum", i)
			c.Figures = append(c.Figures, j)
			// counts by condition are mostly parts of the hurt told
			// before ("one is critical, four are stable"); persons told
			// one by one are more often the same person twice
			switch {
			case f.cond || o.cond:
				c.feature("cs:cond")
			case f.Individual && o.Individual:
				c.feature("cs:ii")
			case f.Individual || o.Individual:
				c.feature("cs:gi")
			default:
				c.feature("cs:gg")
			}
			break
		}
	}
}

// pronounSubject are group subjects that refer back to people counted
// before.
var pronounSubject = map[string]bool{"they": true, "them": true, "we": true, "both": true, "all": true}

// onlyAttackersKilled reports whether the killed total kv counts
// attackers only ("shot two women and a girl before turning the gun on
// himself") and figure i, the people shot, counts none of them: no death
// of anyone else is told.
func onlyAttackersKilled(figs []Figure, persons personSet, kv int64, i int) bool {
	f := &figs[i]
	if kv <= 0 || f.perp || f.Self {
		return false
	}
	if np, _ := persons.countPerp(Killed); np < kv {
		return false
	}
	for j := range figs {
		if o := &figs[j]; o.Kind == Killed && o.Counted() && !o.perp && !o.Self && !o.event {
			return false
		}
	}
	return true
}
