package casualties

import "github.com/newsfacts/newsfacts/analyzer"

// coverPersons matches the mentions of individuals into as few persons as
// the text allows, as a whole rather than mention by mention: the mentions
// that cannot be the same person (differing age, sex or name; "another
// man" and the people mentioned before it; a person killed and another
// only hurt in the same sentence; a reflexive and the object of its
// verb) are kept apart, and the persons are the fewest groups of
// mutually compatible mentions (a colouring of the graph of
// incompatibilities, by saturation). Mentions of the same phrase ("Smith
// was shot and killed") are one mention. People harmed and people
// arrested, kidnapped or missing are matched separately.
func coverPersons(figs []Figure, opts Options) personSet {
	var ps personSet
	for _, class := range []func(Kind) bool{harmedKind, func(k Kind) bool { return !harmedKind(k) }} {
		ns := mentionNodes(figs, class)
		if len(ns) == 0 {
			continue
		}
		if opts.KeepIndividualsApart || len(ns) > maxCoverNodes {
			for _, n := range ns {
				ps = append(ps, n.cluster())
			}
			continue
		}
		ps = append(ps, cover(ns)...)
	}
	return ps
}

// maxCoverNodes bounds the mentions matched as a whole (the colouring is
// quadratic); beyond it every mention counts apart.
const maxCoverNodes = 128

// A colorSet is a set of colours below maxCoverNodes.
type colorSet [maxCoverNodes / 64]uint64

func (s *colorSet) has(c int) bool { return s[c/64]&(1<<(c%64)) != 0 }
func (s *colorSet) add(c int)      { s[c/64] |= 1 << (c % 64) }

// A node is one mention of an individual: the figures of one phrase.
type node struct {
	who      person
	kinds    kindSet
	figures  []int
	sentence int
	add      bool // set apart from those mentioned before ("another man")
	contrast bool // injured beside a count of dead ("four people dead and one person injured")
	object   bool
	perp     bool
	self     bool
	refs     uint8 // the ways the phrase refers (bits 1<<ref)
	span     analyzer.Span
}

func (n *node) cluster() *cluster {
	c := &cluster{who: n.who, kinds: n.kinds, additional: n.add, object: n.object, perp: n.perp, sentence: n.sentence, first: n.sentence, mentions: 1, refs: n.refs}
	c.figures = append(c.figures, n.figures...)
	return c
}

// mentionNodes collects the counted mentions of individuals whose kinds
// satisfy class, in text order, one node per phrase.
func mentionNodes(figs []Figure, class func(Kind) bool) []*node {
	var ns []*node
	bySpan := map[[2]int]*node{}
	// sentences with a counted death
	var dead map[int]bool
	for i := range figs {
		if f := &figs[i]; f.Kind == Killed && f.Counted() && !f.Individual && !f.event {
			if dead == nil {
				dead = map[int]bool{}
			}
			dead[f.Sentence] = true
		}
	}
	for i := range figs {
		f := &figs[i]
		if !f.Individual || f.Value != 1 || f.Negated || f.Hypothetical || f.Background || f.Part || !class(f.Kind) {
			continue
		}
		key := [2]int{f.SubjectSpan.Start, f.SubjectSpan.End}
		n := bySpan[key]
		if n == nil {
			// "toddler injured in shooting has died": a subject that
			// overlaps another's in the sentence is the same phrase
			for j := len(ns) - 1; j >= 0 && ns[j].sentence == f.Sentence && j >= len(ns)-8; j-- {
				if sp := ns[j].span; sp.Start < f.SubjectSpan.End && f.SubjectSpan.Start < sp.End {
					n = ns[j]
					break
				}
			}
		}
		if n == nil {
			n = &node{who: f.who, sentence: f.Sentence, span: f.SubjectSpan}
			bySpan[key] = n
			ns = append(ns, n)
		}
		n.who.merge(f.who)
		n.refs |= 1 << f.who.ref
		n.kinds.add(f.Kind)
		n.figures = append(n.figures, i)
		n.add = n.add || f.Additional
		n.object = n.object || f.object
		n.perp = n.perp || f.perp
		n.self = n.self || f.who.ref == refSelf || f.Self
	}
	for _, n := range ns {
		// (a pronoun refers back to someone already mentioned: "a girl
		// died after she was wounded in a murder-suicide")
		n.contrast = dead[n.sentence] && n.kinds.has(Injured) && !n.kinds.has(Killed) && n.refs&^(1<<refPron) != 0
	}
	return ns
}

// apart reports whether the text keeps mentions a and b (a before b)
// apart. prev is the sentence of the mentions before b's sentence that
// "another" refers back to.
func apart(a, b *node, prev int) bool {
	if !a.who.compatible(b.who) {
		return true
	}
	if a.contrast && b.kinds.has(Killed) || b.contrast && a.kinds.has(Killed) {
		return true
	}
	// "another man": not the people mentioned before in its sentence, or
	// in the sentence before when it opens its own (prev is -1 then
	// unless it does); two mentions of "another" with the same outcome
	// may be one person
	// "another" as the object of an active verb ("a boy shot another
	// boy") sets the victim apart from the shooter, not from the people
	// harmed in the sentences before
	other := b.add && (!b.object || a.sentence == b.sentence)
	if other && (a.sentence == b.sentence || a.sentence == prev) && !(a.add && sameOutcome(a.kinds, b.kinds)) {
		return true
	}
	// someone else also hurt is not one of the dead mentioned before
	if other && a.kinds.has(Killed) && !b.kinds.has(Killed) {
		return true
	}
	if a.sentence == b.sentence {
		// "killed his wife and then himself", "shot a deputy ... the
		// man who took his own life": who harmed himself is not whom he
		// harmed
		if b.self && a.object && !a.self || a.self && b.object && !b.self {
			return true
		}
		// "a man accused of shooting his neighbor died": the attacker
		// is not the one he harmed
		if attacker(b) && a.object && !a.perp || attacker(a) && b.object && !b.perp {
			return true
		}
		// "killing the boy and leaving the teen in critical condition"
		// (but a pronoun refers to the other: "found her with a wound
		// and she died", "the boy died; he had been on life support",
		// "after she was wounded in the back, the girl died"; so does a
		// reflexive that is no victim of the others: "a man hurt when he
		// shot himself has died")
		hurt := func(n *node) bool { return n.kinds.has(Injured) && !n.kinds.has(Killed) }
		pron := func(n *node) bool { return n.refs&^(1<<refPron|1<<refSelf) == 0 }
		if (a.kinds.has(Killed) && hurt(b) || b.kinds.has(Killed) && hurt(a)) && !pron(a) && !pron(b) {
			return true
		}
	}
	return false
}

// attacker reports whether a mention is of an attacker as the agent, not
// as the one harmed ("shot an intruder") or harming himself.
func attacker(n *node) bool {
	return n.perp && !n.object && !n.self
}

// cover colours the incompatibility graph of the nodes (in text order)
// with few colours: each colour is one person.
func cover(ns []*node) []*cluster {
	n := len(ns)
	adj := make([][]bool, n)
	for i := range adj {
		adj[i] = make([]bool, n)
	}
	// the sentence "another" refers back to: the nearest earlier one
	// with mentions
	prevSent := make([]int, n)
	last, lastPrev := -1, -1
	for i, x := range ns {
		first := x.sentence != last
		if first {
			lastPrev, last = last, x.sentence
		}
		prevSent[i] = -1
		if first {
			prevSent[i] = lastPrev
		}
	}
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			if apart(ns[i], ns[j], prevSent[j]) {
				adj[i][j], adj[j][i] = true, true
			}
		}
	}
	color := make([]int, n)
	for i := range color {
		color[i] = -1
	}
	// DSatur: colour next the node whose neighbours use the most colours
	// (then the one with most neighbours, then the earliest), with the
	// colour pickColor prefers among those its neighbours leave free.
	sat := make([]colorSet, n)
	nsat := make([]int, n)
	deg := make([]int, n)
	for i := range adj {
		for j := range adj[i] {
			if adj[i][j] {
				deg[i]++
			}
		}
	}
	ncol := 0
	for done := 0; done < n; done++ {
		v := -1
		for i := 0; i < n; i++ {
			if color[i] >= 0 {
				continue
			}
			if v < 0 || nsat[i] > nsat[v] || nsat[i] == nsat[v] && deg[i] > deg[v] {
				v = i
			}
		}
		c := pickColor(ns, color, v, &sat[v], ncol)
		color[v] = c
		ncol = max(ncol, c+1)
		for j := 0; j < n; j++ {
			if adj[v][j] && !sat[j].has(c) {
				sat[j].add(c)
				nsat[j]++
			}
		}
	}
	cs := make([]*cluster, ncol)
	for i, x := range ns {
		c := cs[color[i]]
		if c == nil {
			c = &cluster{who: x.who, first: x.sentence}
			cs[color[i]] = c
		} else {
			c.who.merge(x.who)
		}
		c.mentions++
		c.refs |= x.refs
		if x.sentence != c.first && (len(c.sents) == 0 || c.sents[len(c.sents)-1] != x.sentence) {
			c.sents = append(c.sents, x.sentence)
		}
		c.kinds |= x.kinds
		c.figures = append(c.figures, x.figures...)
		c.additional = c.additional || x.add
		c.object = x.object
		c.perp = c.perp || x.perp
		c.sentence = x.sentence
	}
	return cs
}

// pickColor chooses the person (colour) for node v among those its
// neighbours leave free: the one whose mentions share v's outcome (killed
// or not) and its name or age, else the first; a new one if none is free.
func pickColor(ns []*node, color []int, v int, taken *colorSet, ncol int) int {
	best, bestScore := -1, -1
	for c := 0; c < ncol; c++ {
		if taken.has(c) {
			continue
		}
		score, victim := 0, false
		for i, x := range ns {
			if color[i] != c {
				continue
			}
			if x.kinds.has(Killed) == ns[v].kinds.has(Killed) {
				score = max(score, 1)
			}
			if w := ns[v].who; w.name != "" && x.who.name != "" && sameName(w.name, x.who.name) || w.age != 0 && w.age == x.who.age {
				score = max(score, 2)
			}
			// the attacker and someone harmed by an active verb
			// ("accused of killing a baby") are rather two
			victim = victim || attacker(x) && ns[v].object && !ns[v].perp || attacker(ns[v]) && x.object && !x.perp
		}
		if victim {
			score--
		}
		if score > bestScore {
			best, bestScore = c, score
		}
	}
	if best < 0 {
		return ncol
	}
	return best
}

// A kindSet is a set of kinds.
type kindSet uint16

// harmedKinds are the kinds of harm (see harmedKind).
var harmedKinds = kindBit(Killed) | kindBit(Injured) | kindBit(Shot) | kindBit(Hospitalized) | kindBit(Victims) | kindBit(Casualties)

func kindBit(k Kind) kindSet {
	switch k {
	case Killed:
		return 1 << 0
	case Injured:
		return 1 << 1
	case Shot:
		return 1 << 2
	case Hospitalized:
		return 1 << 3
	case Casualties:
		return 1 << 4
	case Victims:
		return 1 << 5
	case Missing:
		return 1 << 6
	case Arrested:
		return 1 << 7
	case Kidnapped:
		return 1 << 8
	case Displaced:
		return 1 << 9
	}
	return 0
}

func (s kindSet) has(k Kind) bool { return s&kindBit(k) != 0 }

func (s *kindSet) add(k Kind) { *s |= kindBit(k) }

// sameOutcome reports whether two mentions' kinds tell the same outcome:
// both killed, or both hurt and not killed ("another was hospitalized
// ... another man with gunshot wounds").
func sameOutcome(a, b kindSet) bool {
	if a == b {
		return true
	}
	hurt := kindBit(Injured) | kindBit(Shot) | kindBit(Hospitalized)
	return a&^hurt == 0 && b&^hurt == 0 && a != 0 && b != 0
}
