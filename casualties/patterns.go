package casualties

import (
	"strings"

	"github.com/newsfacts/newsfacts/analyzer/segment"
	"github.com/newsfacts/newsfacts/internal/textutil"
)

// predicate handles a casualty word whose group is its subject, on the
// left: "15 people were killed", "15 dead", "two others wounded".
func (x *extractor) predicate(i int, kind Kind) {
	j, floatQ := x.skipToSubject(i - 1)
	if j < 0 && floatQ.ok && floatQ.start == 0 {
		// "Both were pronounced dead": the quantifier is the subject
		g := group{ok: true, start: 0, end: floatQ.end, head: floatQ.start, q: floatQ, subject: "both"}
		x.add(g, kind, i, 0)
		return
	}
	if j < 0 {
		// "Injured in the crash were a boy and his aunt", "Also
		// wounded was a clerk": the participle opens the sentence and
		// the subject follows its verb. (Not the dead: "Also killed
		// were" lists the dead besides one told of before, and the
		// totals would take the list for all of them.)
		if kind != Killed {
			x.inverted(i, kind)
		}
		return
	}
	// "the gunman who killed": the relative pronoun is the agent of an
	// active verb, not a victim.
	t := triggers[x.at(i)]
	if t.act && !x.passiveBefore(i) && (x.at(j) == "who" || x.at(j) == "that") && j == i-1 {
		return
	}
	g := x.subjectAt(j)
	if !g.ok {
		// "the teen turned the gun on herself and died", "Teen dropped
		// off by van, then shot dead", "a boy is recovering after being
		// shot": the subject opens the clause
		switch c := x.at(j); c {
		case "and", ",", "then", "but":
			g = x.clauseSubject(j)
		case "after", "before", "while", "when", "since", "upon", "from", "following":
			for k := j + 1; k < i; k++ {
				if x.at(k) == "being" || x.at(k) == "getting" {
					g = x.clauseSubject(j)
					break
				}
			}
		}
		if !g.ok {
			return
		}
	}
	// "a man holding a baby was shot": the man
	if h, ok := x.participleSubject(g); ok {
		g = h
	}
	// "a man accused of killing his wife died": the one accused, not
	// whom he harmed
	if !t.act || x.passiveBefore(i) {
		if h, ok := x.accusedOf(g); ok {
			g = h
		}
	}
	// "he shot", "Smith killed": with a nominative pronoun or a name and no
	// auxiliary, the verb is active and its subject the agent.
	if t.act && !x.passiveBefore(i) && !x.s.headline && (g.who.ref == refPron || g.who.ref == refName || g.subject == "they" || g.subject == "we" || g.subject == "i") && !x.leftResult(g.start) {
		if s := g.subject; s != "him" && s != "her" && s != "them" {
			return
		}
	}
	// "fired one shot", "heard a shot": the noun.
	if x.at(i) == "shot" && g.subject == "" && g.q.ok {
		switch x.at(g.start - 1) {
		case "fired", "fire", "fires", "firing", "heard", "hear", "hears", "took", "let", "off", "squeezed", "single", "just", "a", "the", "one":
			return
		}
		// (but "one of eight shot": one of a counted group)
		if g.q.value == 1 && x.at(g.start) == "one" && !x.s.headline && !g.whole.ok {
			return
		}
	}
	// "a second shot hit the boy": the noun after a bare ordinal
	if x.at(i) == "shot" && g.end == i && g.head == i-1 && personOrdinal(g.subject) > 0 && !x.passiveBefore(i) {
		return
	}
	if floatQ.ok && (!g.q.ok || g.q.value == 0 && g.subject != "people") {
		g.q = floatQ
	}
	if x.prevFatally(i) {
		kind = Killed
	}
	// "a woman was also shot", "Maria Romero was also shot", "her son
	// was also shot": someone besides those already counted
	if g.individual && (g.who.ref == refIndef || g.who.ref == refName || g.who.ref == refDef) {
		for k := g.end; k < i; k++ {
			if x.at(k) == "also" {
				g.additional = true
			}
		}
	} else if !g.individual && g.q.ok && !g.withKnown {
		// "two men in the car were also hit": a group besides those
		// told of before (for the totals only: the group may still be
		// all the hurt)
		for k := g.end; k < i; k++ {
			if x.at(k) == "also" {
				g.also = true
			}
		}
	}
	x.add(g, kind, i, x.clauseStart(g.start))
	x.after(i, kind)
}

// accusedOf reports whether group g is the object of a harm the
// subject is accused of ("a man suspected of shooting his neighbor
// died", "Man accused of shooting, killing baby dies") and returns the
// one accused, an attacker.
func (x *extractor) accusedOf(g group) (group, bool) {
	k := g.start - 1
	// (in a headline the verb may open the group: "Man Suspected of
	// Shooting Teen Dies")
	if g.start < g.head && harmingVerbs[x.at(g.start)] {
		k = g.start
	}
	verbs := 0
	for n := 0; k > 1 && n < 6; n++ {
		s := x.at(k)
		if harmingVerbs[s] {
			verbs++
		} else if s != "," && s != "and" {
			break
		}
		k--
	}
	if verbs == 0 {
		return group{}, false
	}
	switch x.at(k) {
	case "of", "in", "with", "for":
	default:
		return group{}, false
	}
	p := x.at(k - 1)
	if !accusedWords[p] {
		return group{}, false
	}
	h := x.groupLeft(x.skipAppositionLeft(k - 2))
	if !h.ok || !h.q.ok || h.subject == "" {
		return group{}, false
	}
	h.perp = true
	return h, true
}

// participleSubject reports whether group g is the object of a present
// participle that modifies a group before it ("a man holding a baby
// died", "Man holding baby dies") and returns that group.
func (x *extractor) participleSubject(g group) (group, bool) {
	participle := func(k int) bool {
		s := x.at(k)
		if k < 1 || len(s) <= 5 || !strings.HasSuffix(s, "ing") || ingNouns[s] || strings.Contains(s, "-") || x.s.w[k].kind != segment.KindWord {
			return false
		}
		_, trig := triggers[s]
		return !trig && !harmingVerbs[s]
	}
	k := g.start - 1
	if !participle(k) {
		// (a headline's group may take the participle in: "Man holding
		// baby")
		k = -1
		for m := g.start + 1; m < g.head; m++ {
			if participle(m) {
				k = m
				break
			}
		}
		if k < 0 {
			return group{}, false
		}
	}
	h := x.groupLeft(k - 1)
	if !h.ok || !h.q.ok || h.subject == "" {
		return group{}, false
	}
	return h, true
}

// harmingVerbs are the gerunds of harm a person may be accused of.
var harmingVerbs = setOf("shooting", "killing", "murdering", "stabbing", "slaying", "wounding",
	"injuring", "attacking", "gunning")

// accusedWords say that someone is held to have done something.
var accusedWords = setOf("suspected", "accused", "charged", "wanted", "arrested", "convicted",
	"indicted", "jailed", "sought", "held", "sentenced", "tried", "blamed")

// inverted reads a sentence that opens with the participle at word i
// (only adverbs before it) and puts its subject after a form of "be":
// "Injured in the shooting were two teens", "Also hurt was a driver". A
// short phrase without commas may come between the participle and the
// verb; the subject must not precede the verb ("Shot twice, Smith was
// taken to a hospital" has its subject before it).
func (x *extractor) inverted(i int, kind Kind) {
	for k := i + 1; k < len(x.s.w) && k <= i+8; k++ {
		switch s := x.at(k); s {
		case "was", "were":
			if k > i+1 {
				if h := x.groupLeft1(k - 1); h.ok && h.subject != "" {
					return
				}
			}
			g := x.groupRight(k + 1)
			if !g.ok || !g.q.ok || g.subject == "" || g.self {
				return
			}
			// "Also hurt was a driver": someone besides those already
			// counted (as predicate marks an individual)
			for m := 0; m < i && g.individual; m++ {
				if x.at(m) == "also" {
					g.additional = true
				}
			}
			x.add(g, kind, i, i)
			return
		default:
			if w := x.s.w[k]; w.kind != segment.KindWord && w.kind != segment.KindNumber {
				return
			}
			if _, ok := triggers[s]; ok || auxiliaries[s] {
				return
			}
		}
	}
}

// prevFatally reports whether "fatally" or "mortally" modifies word i.
func (x *extractor) prevFatally(i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		switch x.at(j) {
		case "fatally", "mortally":
			return true
		case "and", "was", "were", "been", "is", "are", "be":
			continue
		}
		if !isAdverb(x.at(j)) {
			return false
		}
	}
	return false
}

// raisingVerbs take a subject and "to" ("was said to be", "appears to
// have been", "is expected to"): the subject lies before them.
var raisingVerbs = setOf("said", "believed", "feared", "reported", "thought", "known", "confirmed",
	"appeared", "seemed", "appears", "seems", "appear", "seem", "expected")

// skipToSubject walks left from word j over auxiliaries, adverbs, floating
// quantifiers and coordinated predicates ("shot and killed") to the last
// word of the subject. It returns -1 when the subject cannot be reached,
// and a floating quantity ("they were both shot").
func (x *extractor) skipToSubject(j int) (int, quantity) {
	var fq quantity
	for n := 0; j >= 0 && n < 12; n++ {
		s := x.at(j)
		if x.s.w[j].kind != segment.KindWord && !(s == "," && n == 0) {
			return j, fq
		}
		switch {
		case s == "both":
			fq = exact(2)
			fq.start, fq.end = j, j+1
			j--
			continue
		case subjectSkip[s] || isAdverb(s) || modals[s] || s == "not" || s == "n't" || s == "never":
			j--
			continue
		case s == "to" && raisingVerbs[x.at(j-1)]:
			j -= 2
			continue
		case s == "and" || s == "or" || s == "," && n == 0:
			// "shot and killed", "shot in the head and killed", "shot,
			// killed"
			k := x.prevPredicate(j - 1)
			if k < 0 {
				return j, fq
			}
			// "shot and killed three officers and wounded ...": the
			// verb before took an object, so the subject is the agent
			if n := x.at(k + 1); k+1 < j && triggers[x.at(k)].act && (x.isQuantityWord(k+1) || x.isDetWord(k+1) && !npBreakers[n]) && !x.passiveBefore(k) {
				return -1, quantity{}
			}
			j = k - 1
			continue
		}
		return j, fq
	}
	return j, fq
}

// leftResult reports whether the group starting at word i is the second
// of "left Smith dead and Jones wounded": "and" after a casualty word in
// a clause of "left" or "leaving".
func (x *extractor) leftResult(i int) bool {
	if x.at(i-1) != "and" {
		return false
	}
	if t, ok := triggers[x.at(i-2)]; !ok || !t.pred {
		return false
	}
	for k := i - 3; k >= 0 && k >= i-9; k-- {
		switch x.at(k) {
		case "left", "leaving", "leaves", "leave":
			return true
		case ".", ";", ":":
			return false
		}
	}
	return false
}

// finiteAux are the forms of "be" and "have" that open a verb group.
var finiteAux = setOf("was", "were", "is", "are", "be", "been", "has", "have", "had", "got", "gets")

// subjectSkip are the words between a subject and its casualty
// predicate: auxiliaries and reporting participles.
var subjectSkip = setOf("was", "were", "is", "are", "be", "been", "being", "am", "has", "have",
	"had", "having", "got", "get", "gets", "getting", "became", "become", "becomes", "remain",
	"remains", "remained", "all", "each", "found", "pronounced", "declared", "listed",
	"reported", "confirmed", "believed", "feared", "presumed", "left", "lay", "lying", "laid",
	"later", "also", "then", "now", "still", "since", "already", "just", "reportedly", "critically",
	"seriously", "fatally", "mortally", "gravely", "badly", "severely", "slightly", "lightly",
	"officially", "initially", "ultimately", "tragically", "accidentally", "apparently",
	"allegedly", "both", "either", "even", "ever", "too", "so", "been", "again", "instantly",
	"immediately", "shortly", "soon", "eventually", "subsequently", "unintentionally",
	"mistakenly", "wrongly", "brutally", "nonfatally", "non-fatally", "brain")

// prevPredicate finds a predicate casualty word at most five words left
// of j, with no clause boundary between, and returns its index or -1.
func (x *extractor) prevPredicate(j int) int {
	for k := j; k >= 0 && k > j-6; k-- {
		w := x.s.w[k]
		if w.kind == segment.KindPunct || w.kind.IsQuote() {
			return -1
		}
		if t, ok := triggers[w.s]; ok && t.pred {
			return k
		}
		if w.s == "who" || w.s == "that" || w.s == "which" {
			return -1
		}
	}
	return -1
}

// subjectAt finds the group whose last word is at or before j: the
// nearest noun phrase, across appositions and relative clauses.
func (x *extractor) subjectAt(j int) group {
	// "five people were shot, one of whom died"
	if s := x.at(j); (s == "whom" || s == "them") && x.at(j-1) == "of" {
		for k := max(0, j-4); k < j-1; k++ {
			if q, e := x.quantityAt(k); q.ok && e == j-1 {
				return group{ok: true, start: k, end: j + 1, head: j, q: q}
			}
		}
	}
	// "two men who were shot"
	if s := x.at(j); s == "who" || s == "that" {
		k := x.skipAppositionLeft(j - 1)
		if k == j-1 && x.at(k) == "," {
			k-- // "striking Anderson, who died"
			// "a man, 21, who was shot", "two men, 33 and 19, who were"
			m := k
			for m >= 0 && k-m < 8 && (x.isNumberAt(m) || x.at(m) == "and" || x.at(m) == ",") {
				m--
			}
			if m < k && x.isNumberAt(k) && x.at(m+1) == "," {
				k = m
			} else if m < k && x.isNumberAt(k) && (x.at(m) == "ages" || x.at(m) == "aged") && x.at(m-1) == "," {
				k = m - 2 // "three men, ages 18, 25 and 30, who were shot"
			}
		}
		g := x.groupLeft(k)
		if g.ok && (g.subject != "" || k == j-1) {
			return g // not a bare number before ", who": an age
		}
		return group{}
	}
	// "The victims, a 27-year-old man and a 23-year-old woman, were
	// shot": the apposition counts the plural before it
	if x.at(j) == "," {
		if h := x.groupLeft(j - 1); h.ok && h.q.ok && !h.individual && x.at(h.start-1) == "," {
			if ok, plural := x.personHead(h.start - 2); ok && plural {
				// "Three victims, a man, a woman and a boy, were":
				// the plural's own count, if it has one
				if p := x.groupLeft1(h.start - 2); p.ok && p.q.ok && p.q.value > 1 {
					return p
				}
				return h
			}
		}
	}
	k := x.skipAppositionLeft(j)
	// "Ann Lee, 24 and Carl Dunn, 32 were shot": an age without its
	// closing comma after the last name of a list
	if k == j && x.isNumberAt(j) && x.at(j-1) == "," && x.isName(j-2) && x.at(j+1) != "," {
		if g := x.groupLeft(j - 2); g.ok && !g.individual {
			return g
		}
	}
	// "Bill Jones of Chicago died": the person, not the town
	if x.isName(k) {
		m := k
		for m > 0 && k-m < 4 && x.isName(m-1) {
			m--
		}
		if x.at(m-1) == "of" && x.isName(m-2) {
			if h := x.groupLeft1(m - 2); h.ok && h.individual && h.who.ref == refName {
				return h
			}
		}
	}
	g := x.groupLeft(k)
	// "the mother of two children was killed", "a father of three":
	// the person the phrase names, not those it counts
	// (but "Mother of 3-year-old fatally shot speaks out": a person
	// with a participle and no auxiliary is the one harmed)
	if g.ok && x.at(g.start-1) == "of" && !(g.individual && g.who.ref != refName && !finiteAux[x.at(j+1)] && k == j) {
		if ok, plural := x.personHead(g.start - 2); ok && !plural || x.isName(g.start-2) && g.who.ref == refName {
			// "Alfred Chavez of Denver was killed": the person, not
			// the town
			if h := x.groupLeft1(g.start - 2); h.ok && h.individual {
				g = h
			}
		}
	}
	if g.ok {
		// "two men in the car with Smith were hit": a plural verb
		// agrees with the group before the phrase, not with the one
		// person it names
		if g.individual && x.at(g.start-1) == "with" && k == j {
			switch x.at(j + 1) {
			case "were", "are", "have":
				if h := x.subjectBeyond(g.start - 2); h.ok && h.q.ok && !h.individual {
					return h
				}
			}
		}
		// "John Smith, 25, died": the apposition gives the age
		if k < j && g.individual && x.at(k+1) == "," && x.at(k+3) == "," {
			if n, ok := x.numberValue(k + 2); ok && n > 0 && n < 120 {
				g.who.setAge(int(n))
			}
		}
		return g
	}
	return x.subjectBeyond(j)
}

// subjectBeyond finds the subject whose last word is before j, beyond a
// phrase that modifies it: "two people in the car were shot", "a man
// who was shot twice died", "the man driving the car was hit", "two men
// tied to the robbery arrived with wounds".
func (x *extractor) subjectBeyond(j int) group {
	// skip one prepositional phrase, participle phrase or relative
	// clause.
	comma, clause := false, false
	for m := j; m >= 0 && m > j-12; m-- {
		s := x.at(m)
		w := x.s.w[m]
		if w.kind == segment.KindPunct && s != "," {
			return group{}
		}
		comma = comma || s == ","
		switch s {
		case "when", "after", "before", "while", "as", "because", "since", "until", "if", "although", "though", "where", "and", "or", "but":
			clause = true
		}
		if s == "who" || s == "that" {
			k := x.skipAppositionLeft(m - 1)
			if g := x.groupLeft(k); g.ok && g.subject != "" {
				return g
			}
			return group{} // "told Channel 9 that": not a relative clause
		}
		if s == "whom" || s == "which" {
			return group{}
		}
		// "the man driving the car": a present participle after the
		// subject
		if m < j && m > 0 && !comma && !clause && len(s) > 4 && strings.HasSuffix(s, "ing") && !ingNouns[s] && !strings.Contains(s, "-") && x.s.w[m].kind == segment.KindWord && x.opensComplement(m+1) {
			if _, trig := triggers[s]; !trig {
				if g := x.groupLeft(m - 1); g.ok && g.q.ok && g.subject != "" {
					return g
				}
			}
		}
		// "two men tied to the robbery": a participle and "to"
		if s == "to" && m > 1 && !comma && !clause {
			if p := x.at(m - 1); len(p) >= 4 && strings.HasSuffix(p, "ed") && x.s.w[m-1].kind == segment.KindWord {
				if _, trig := triggers[p]; !trig {
					if g := x.groupLeft(m - 2); g.ok && g.q.ok && g.subject != "" {
						return g
					}
				}
			}
		}
		if (s == "in" || s == "inside" || s == "outside" || s == "behind" || s == "at" || s == "from" || s == "near" || s == "on" || s == "aboard" || s == "with" || s == "of") && m > 0 {
			g := x.groupLeft(x.skipAppositionLeft(m - 1))
			if g.ok && g.q.ok && (s != "of" || g.subject != "") {
				// ("the victim of Friday's shooting died": a person)
				return g
			}
			// "the toddler involved in the crash remains in stable
			// condition": a participle before the preposition
			// ("a man sitting in a car", "a man found in a car": a
			// present participle or an irregular one)
			if p := x.at(m - 1); m > 1 && (len(p) > 4 && (strings.HasSuffix(p, "ed") || strings.HasSuffix(p, "ing")) || irregularParticiples[p]) && x.s.w[m-1].kind == segment.KindWord {
				if _, trig := triggers[p]; !trig {
					if g := x.groupLeft(m - 2); g.ok && g.q.ok && g.subject != "" {
						return g
					}
				}
			}
		}
		// "Boy, 11, shot near Fort Calder has died", "a boy shot early
		// Wednesday during a hunting accident has died": a participle
		// phrase after the subject
		if t, ok := triggers[s]; ok && t.pred && t.act && t.kind != Killed && m > 0 && m < j && !comma && !clause {
			// ("One of two girls, 7 and 5, critically shot Wednesday
			// has died")
			k := m - 1
			if isAdverb(x.at(k)) {
				k--
			}
			if g := x.groupLeft(x.skipAppositionLeft(k)); g.ok && g.q.ok {
				return g
			}
		}
	}
	return group{}
}

// opensComplement reports whether word i may open what follows a verb
// (a determiner, pronoun, number, preposition or adverb), unlike a noun
// that a participle modifies ("a ride-sharing service").
func (x *extractor) opensComplement(i int) bool {
	s := x.at(i)
	if x.isDetWord(i) || npBreakers[s] || isAdverb(s) || x.isQuantityWord(i) {
		return true
	}
	_, ok := pronouns[s]
	return ok
}

// ingNouns end in "-ing" but are no participles.
var ingNouns = setOf("morning", "evening", "during", "nothing", "something", "anything",
	"everything", "building", "thing", "things", "spring", "wedding", "ceiling", "meeting",
	"parking", "clothing", "ring", "king", "string", "swing", "wing", "sibling", "offspring",
	"according", "including", "following", "regarding", "concerning", "pending", "beginning")

// activeObject handles an active casualty verb with its group as object:
// "killing 15", "killed two men and a woman", "left one man dead".
func (x *extractor) activeObject(i int, kind Kind) bool {
	j := i + 1
	// "a shooting involving a 5-year-old": those involved may have
	// fired the shot
	if x.at(j) == "involving" || x.at(j) == "involved" {
		return false
	}
	// "shot and killed two men", "Girl shot, killed brother": the object
	// follows the second verb
	if x.at(j) == "and" || x.at(j) == "," && x.s.headline {
		if t, ok := triggers[x.at(j+1)]; ok && t.act {
			j += 2
		} else if (x.at(j+1) == "fatally" || x.at(j+1) == "critically" || x.at(j+1) == "seriously") && triggers[x.at(j+2)].act {
			j += 3
		}
	}
	for j < len(x.s.w) && (x.at(j) == "fatally" || x.at(j) == "critically" || x.at(j) == "seriously") {
		j++
	}
	if x.at(j) == "down" && (x.at(i) == "gunned" || x.at(i) == "gunning" || x.at(j-1) == "gunned" || x.at(j-1) == "gunning") {
		j++ // "gunning down five people"
	}
	g := x.groupRight(j)
	if !g.ok {
		return false
	}
	// "shot two rounds", "killed time": the group must be people or a
	// bare number.
	if x.prevFatally(i) {
		kind = Killed
	}
	if k := g.end; x.at(k) == "dead" || x.at(k) == "to" && x.at(k+1) == "death" {
		kind = Killed
	}
	// "a 6-year-old shot another 6-year-old", "Teen shoots another
	// teen": "another" sets the object apart from the attacker, not
	// from the people hurt
	if g.additional && g.individual && x.at(g.start) == "another" {
		k := i - 1
		for k >= 0 && i-k < 4 && isAdverb(x.at(k)) {
			k--
		}
		if ok, plural := x.personHead(k); ok && !plural {
			g.additional = false
		}
	}
	x.add(g, kind, i, x.clauseStart(i)).object = true
	x.afterRight(g.end, kind)
	return true
}

// nounTrigger handles a counting noun: "15 deaths", "no injuries", "the
// deaths of two men", "two victims".
func (x *extractor) nounTrigger(i int, kind Kind) {
	s := x.at(i)
	if s == "death" || s == "deaths" || s == "bodies" || s == "body" {
		switch x.at(i + 1) {
		case "toll", "tolls":
			return
		case "of":
			// "found the bodies of" (not "cameras on the bodies of")
			if (s == "bodies" || s == "body") && !findingVerbs[x.at(i-2)] && !findingVerbs[x.at(i-3)] {
				return
			}
			g := x.groupRight(i + 2)
			if g.ok {
				x.add(g, Killed, i, x.clauseStart(i))
			}
			return
		}
		if x.at(i-1) == "to" {
			return // "shot to death": the verb's figure
		}
		if s == "death" && x.possessiveDeath(i) {
			return
		}
	}
	// "two attempted murders": no deaths
	if p := x.at(i - 1); (p == "attempted" || p == "attempt") && s != "death" && s != "deaths" {
		return
	}
	// The noun heads a phrase with a quantity: "more than a dozen deaths".
	g := x.nounGroupLeft(i)
	if !g.ok || !g.q.ok {
		// "accidental shooting death investigated": a death, like "a
		// fatal shooting"
		if p := x.at(i - 1); s == "death" && (p == "shooting" || p == "stabbing") {
			q := quantity{ok: true, start: i - 1, end: i, min: 1, max: Unknown, value: 1}
			f := x.add(group{ok: true, start: i - 1, end: i + 1, head: i, q: q}, Killed, i, x.clauseStart(i-1))
			f.event = true
		}
		return
	}
	// "mourning a death", "a death investigation": an event, not a count
	if a := x.at(g.q.start); (a == "a" || a == "an") && g.q.value == 1 {
		return
	}
	if kind == Victims && g.q.value == 0 {
		return
	}
	g.subject = ""
	if kind == Victims {
		g.subject = "victims"
	}
	x.add(g, kind, i, x.clauseStart(g.start))
	x.after(i, kind)
}

// possessiveDeath handles a death with a named or described possessor:
// "the boy's death", "Smith's shooting death": one person killed. ("his
// death" is left alone: the pronoun often stands for someone the
// article has not counted.)
func (x *extractor) possessiveDeath(i int) bool {
	k := i - 1
	for k >= 0 && i-k <= 2 && deathModifiers[x.at(k)] {
		k--
	}
	var g group
	switch x.at(k) {
	case "'s", "'":
		g = x.groupLeft(k - 1)
		if !g.ok || !g.individual {
			return false
		}
	default:
		return false
	}
	x.add(g, Killed, i, x.clauseStart(g.start))
	return true
}

// deathModifiers may stand between a possessor and "death".
var deathModifiers = setOf("shooting", "accidental", "untimely", "tragic", "violent", "apparent",
	"sudden", "senseless", "suspicious", "gunshot", "alleged")

// nounGroupLeft parses the phrase headed by the counting noun at i.
func (x *extractor) nounGroupLeft(i int) group {
	start := i
	for j := i - 1; j >= 0 && i-j < 6; j-- {
		w := x.s.w[j]
		if w.kind != segment.KindWord && w.kind != segment.KindNumber {
			break
		}
		if npBreakers[w.s] && !qualifierWord[w.s] && w.s != "no" {
			break
		}
		start = j
	}
	for j := start; j < i; j++ {
		if q, e := x.quantityAt(j); q.ok && e <= i {
			// only adjectives may stand between the number and the noun
			ok := true
			for k := e; k < i; k++ {
				if x.isQuantityEnd(k) || npBreakers[x.at(k)] || determiners[x.at(k)] {
					ok = false
				}
			}
			if !ok {
				continue
			}
			g := group{ok: true, start: q.start, end: i + 1, head: i, q: q}
			// qualifier left of the phrase
			for _, qq := range qualifiers {
				k := g.start - len(qq.words)
				if k >= 0 && x.matchWords(k, qq.words) {
					if q2, _ := x.quantityAt(k); q2.ok && q2.end == q.end {
						g.q = q2
						g.start = k
					}
					break
				}
			}
			return g
		}
	}
	return group{}
}

// after handles what follows a figure in its sentence: ", one fatally",
// "including two children".
func (x *extractor) after(i int, kind Kind) { x.afterRight(i+1, kind) }

func (x *extractor) afterRight(j int, kind Kind) {
	// skip a short adverbial: "in the shooting", "on Sunday"
	for n := 0; n < 6 && j < len(x.s.w); n++ {
		s := x.at(j)
		if s == "," || s == "including" || s == "among" {
			break
		}
		if x.s.w[j].kind == segment.KindPunct {
			return
		}
		j++
	}
	if x.at(j) == "," {
		j++
	}
	switch x.at(j) {
	case "including", "among":
		k := j + 1
		if x.at(j) == "among" {
			if x.at(k) != "them" && x.at(k) != "whom" && x.at(k) != "those" {
				return
			}
			k++
			for k < len(x.s.w) && subjectSkip[x.at(k)] {
				k++
			}
		}
		g := x.groupRight(k)
		if g.ok && !g.self {
			g.part = true
			f := x.add(g, kind, j, x.clauseStart(j))
			f.Part = true
		}
	default:
		// ", one fatally", ", two of them critically"
		g := x.groupRight(j)
		if !g.ok || !g.q.ok {
			return
		}
		switch x.at(g.end) {
		case "fatally", "mortally":
			x.add(g, Killed, g.end, x.clauseStart(j))
		case "critically", "seriously", "gravely", "severely":
			if kind == Shot || kind == Victims || kind == Casualties {
				x.add(g, Injured, g.end, x.clauseStart(j))
			}
		}
	}
}

// toll handles "the death toll rose to 17", "a toll of 15".
func (x *extractor) toll(i int) {
	kind := Killed
	switch x.at(i - 1) {
	case "casualty":
		kind = Casualties
	case "injury":
		kind = Injured
	case "arrest":
		kind = Arrested
	}
	update := false
	for j := max(0, i-4); j < i; j++ {
		if updateWords[x.at(j)] {
			update = true
		}
	}
	for j := i + 1; j < len(x.s.w) && j <= i+8; j++ {
		s := x.at(j)
		if updateWords[s] {
			update = true
		}
		if x.s.w[j].kind == segment.KindPunct && s != "," {
			return
		}
		if s == "from" {
			// "rose from 15 to 17": skip the old figure
			if _, e := x.quantityAt(j + 1); e > j+1 {
				j = e - 1
			}
			continue
		}
		q, e := x.quantityAt(j)
		if !q.ok {
			continue
		}
		g := group{ok: true, start: q.start, end: e, head: e - 1, q: q}
		if ok, _ := x.personHead(e); ok {
			g.end, g.head, g.subject = e+1, e, x.subjectText(e)
		}
		f := x.add(g, kind, i, x.clauseStart(i))
		f.Update = update
		// "the death toll": the modifier and determiner are evidence
		k := i - 1
		if x.at(k) == "death" || x.at(k) == "casualty" || x.at(k) == "injury" || x.at(k) == "arrest" || x.at(k) == "official" {
			k--
		}
		if x.isDet(k) || x.at(k) == "a" {
			k--
		}
		if k+1 < i {
			f.Span.Start = min(f.Span.Start, x.s.w[k+1].span.Start)
		}
		return
	}
}

// updateWords signal a revised toll.
var updateWords = setOf("rose", "risen", "rises", "rise", "rising", "climbed", "climbs", "climbing",
	"increased", "increases", "jumped", "jumps", "reached", "reaches", "raising", "raised",
	"bringing", "brings", "brought", "grew", "grown", "surged", "soared", "mounted", "mounting",
	"now", "revised", "updated", "fell", "dropped", "lowered", "hit")

// hospital handles "was taken to hospital", "two remain in the hospital".
func (x *extractor) hospital(i int) {
	if x.hospitalObject(i) {
		return
	}
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		s := x.at(j)
		if x.s.w[j].kind == segment.KindPunct {
			return
		}
		if hospitalVerbs[s] {
			// active: "took the victim to a hospital"
			if activeHospitalVerbs[s] && !x.passiveBefore(j) {
				g := x.groupRight(j + 1)
				if g.ok && g.end <= i {
					x.add(g, Hospitalized, i, x.clauseStart(j))
				}
				return
			}
			// "were treated and released from the hospital": the
			// subject is before the first verb
			for j >= 2 && x.at(j-1) == "and" && hospitalVerbs[x.at(j-2)] {
				j -= 2
			}
			n := len(x.figs)
			x.predicate2(j, i, Hospitalized)
			// "is expected to be released from the hospital": in
			// hospital now, whenever the release
			if s == "released" || s == "discharged" {
				for k := n; k < len(x.figs); k++ {
					x.figs[k].Hypothetical = false
				}
			}
			return
		}
		// "Husband dead, daughter in hospital"
		if s == "in" && x.s.headline && j >= i-2 {
			x.predicate2(j, i, Hospitalized)
			return
		}
		// "a boy is dead and his brother in a hospital": the verb
		// of the first clause left out of the second
		if s == "in" && j >= i-2 && x.at(j-1) != "and" && x.endsPhrase(i+1) {
			if g := x.groupLeft(j - 1); g.ok && g.subject != "" && g.q.ok && x.at(g.start-1) == "and" && g.end == j {
				if k := x.prevPredicate(g.start - 2); k >= 0 || x.at(g.start-2) == "dead" {
					x.add(g, Hospitalized, i, x.clauseStart(g.start))
					return
				}
			}
		}
		if s == "in" && (x.at(j-1) == "remain" || x.at(j-1) == "remains" || x.at(j-1) == "remained" || x.at(j-1) == "are" || x.at(j-1) == "were" || x.at(j-1) == "is" || x.at(j-1) == "was") {
			x.predicate2(j, i, Hospitalized)
			return
		}
	}
}

var hospitalVerbs = setOf("taken", "transported", "rushed", "airlifted", "flown", "driven",
	"brought", "sent", "sends", "send", "sending", "carried", "admitted", "treated", "hospitalized", "transferred", "discharged",
	"took", "drove", "transport", "transporting", "evacuated", "hospitalised", "released",
	"dropped", "arrived", "showed", "walked", "went", "drove", "checked", "taking", "put", "putting", "landed")

// hospitalObject handles an active verb whose object is taken "to (a)
// hospital", however long the object: "the shooting sent a boy and his
// sister to the hospital", "medics took the man, with a wound to the
// chest, to a hospital".
func (x *extractor) hospitalObject(i int) bool {
	to := i - 1
	if x.isDetWord(to) {
		to--
	}
	if x.at(to) != "to" {
		return false
	}
	for j := to - 1; j >= 0 && j >= i-16; j-- {
		w := x.s.w[j]
		if w.kind == segment.KindPunct && w.s != "," {
			return false
		}
		if !activeHospitalVerbs[w.s] && w.s != "sent" {
			continue
		}
		if x.passiveBefore(j) {
			return false
		}
		g := x.groupRight(j + 1)
		if !g.ok || g.subject == "" || g.end > to {
			return false
		}
		// the object reaches "to", or a phrase between commas follows it
		if e := g.end; e != to && !(x.at(e) == "," && x.at(to-1) == "," && e < to-1) {
			return false
		}
		x.add(g, Hospitalized, i, x.clauseStart(j))
		return true
	}
	return false
}

var activeHospitalVerbs = setOf("took", "drove", "rushed", "brought", "carried", "transported", "airlifted", "sends", "send", "sending", "taking", "put", "putting")

// predicate2 finds the subject left of word v and adds a figure of kind
// whose trigger is word t.
func (x *extractor) predicate2(v, t int, kind Kind) {
	j, fq := x.skipToSubject(v - 1)
	if j < 0 {
		return
	}
	g := x.subjectAt(j)
	if !g.ok {
		return
	}
	if fq.ok && !g.q.ok {
		g.q = fq
	}
	f := x.add(g, kind, t, x.clauseStart(g.start))
	if v < t {
		f.Span.End = max(f.Span.End, x.s.w[t].span.End)
		// the verb's modality: "almost lost his life", "could be in
		// critical condition"
		if neg, hyp, _ := x.modality(v, g); neg || hyp {
			f.Negated = f.Negated || neg
			f.Hypothetical = f.Hypothetical || hyp
		}
	}
}

// condition handles "in critical condition".
func (x *extractor) condition(i int) {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if x.at(j) == "in" {
			x.predicate2(j, i, Injured)
			return
		}
		if x.s.w[j].kind == segment.KindPunct {
			return
		}
	}
}

// withWounds handles "two men with gunshot wounds", "the victim suffered
// non-life-threatening injuries".
func (x *extractor) withWounds(i int) bool {
	kind := Injured
	for j := i; j >= 0 && j >= i-6; j-- {
		s := x.at(j)
		switch s {
		case "gunshot", "bullet", "gun-shot":
			kind = Shot
		case "fatal", "mortal":
			kind = Killed
		}
	}
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		s := x.at(j)
		if x.s.w[j].kind == segment.KindPunct {
			return false
		}
		for k := j; k < i; k++ {
			switch x.at(k) {
			case "non-life-threatening", "non-life", "minor", "non-fatal", "nonfatal", "superficial", "non-critical", "non-serious", "nonlife-threatening":
				if kind != Killed {
					kind = Injured
				}
			}
		}
		switch s {
		case "from":
			// "found a man bleeding heavily from a gunshot wound"
			b := j - 1
			if isAdverb(x.at(b)) {
				b--
			}
			if x.at(b) != "bleeding" {
				continue // "suffering from gunshot wounds"
			}
			n := len(x.figs)
			x.predicate2(b, i, kind)
			if len(x.figs) == n {
				x.arrivedWith(b, i, kind)
			}
			return len(x.figs) > n
		case "reported", "reporting", "reports":
			// "three drivers reported injuries": a counted group of
			// people reporting their own injuries (not "police
			// reported two injuries")
			if k, _ := x.skipToSubject(j - 1); k >= 0 {
				if g := x.subjectAt(k); g.ok && g.q.ok && g.q.value > 0 && g.q.start == g.start && x.isQuantityWord(g.start) && !reporterNouns[g.subject] && g.end == j {
					x.add(g, kind, i, x.clauseStart(g.start))
					return true
				}
			}
			return false
		case "with", "suffering", "suffered", "sustained", "sustaining", "received", "receiving", "suffers", "sustains", "for", "had", "has", "have":
			if s == "for" && x.at(j-1) != "treated" {
				// "medics treated a woman for a graze wound"
				for t := j - 2; t >= 0 && t >= j-6; t-- {
					if x.at(t) == "treated" || x.at(t) == "treating" || x.at(t) == "treats" {
						if g := x.groupRight(t + 1); g.ok && g.end == j && g.subject != "" {
							x.add(g, kind, i, x.clauseStart(t))
							return true
						}
						break
					}
				}
				return false
			}
			v := j
			if s == "for" {
				v = j - 1
			}
			n := len(x.figs)
			x.predicate2(v, i, kind)
			if len(x.figs) == n && (s == "with" || s == "suffering") {
				x.arrivedWith(v, i, kind)
			}
			return true
		}
	}
	return false
}

// reporterNouns are the groups that report others' casualties.
var reporterNouns = setOf("police", "officials", "authorities", "investigators", "detectives",
	"hospitals", "doctors", "witnesses", "residents", "neighbors", "sources", "reporters")

// arrivedWith finds who came or was found with wounds when the words
// before "with" are a place: "Three men walked into a gas station with
// gunshot wounds" (the subject of an arrival), "officers found Akeem
// Wilkins lying in the lot and suffering from gunshot wounds" (the object
// of a finding).
func (x *extractor) arrivedWith(v, t int, kind Kind) {
	for k := v - 1; k >= 0 && v-k <= 10; k-- {
		w := x.s.w[k]
		if w.kind == segment.KindPunct && w.s != "," {
			return
		}
		switch w.s {
		case "walked", "arrived", "showed", "went", "drove", "came", "stumbled", "ran", "turned",
			// a headline's present ("Two men walk into hospital with
			// gunshot wounds")
			"walk", "walks", "arrive", "arrives", "show", "shows", "come", "comes", "stumble", "stumbles", "turn", "turns":
			if g := x.groupLeft(x.skipAppositionLeft(k - 1)); g.ok && g.q.ok && g.subject != "" {
				x.add(g, kind, t, x.clauseStart(g.start))
			}
			return
		case "found", "located", "discovered", "encountered":
			if g := x.groupRight(k + 1); g.ok && g.q.ok && g.subject != "" && g.end <= v {
				x.add(g, kind, t, x.clauseStart(k))
			}
			return
		case "who", "that", "which", "when", "after", "and", "but":
			return
		}
	}
}

// among handles "among the dead were two children" and "two children
// were among the dead".
func (x *extractor) among(i int) {
	if x.at(i+1) != "the" && x.at(i+1) != "those" {
		return
	}
	k := i + 2
	var kind Kind
	switch x.at(k) {
	case "dead", "killed", "slain":
		kind = Killed
	case "injured", "wounded", "hurt":
		kind = Injured
	case "victims", "casualties":
		kind = Victims
	case "missing":
		kind = Missing
	case "arrested", "detained", "detainees":
		kind = Arrested
	case "hostages", "kidnapped", "abducted":
		kind = Kidnapped
	default:
		return
	}
	// "among the dead were two children"
	if v := x.at(k + 1); v == "were" || v == "was" || v == "are" || v == "is" || v == ":" || v == "included" {
		g := x.groupRight(k + 2)
		if g.ok {
			f := x.add(g, kind, k, x.clauseStart(i))
			f.Part = true
			f.Span.Start = min(f.Span.Start, x.s.w[i].span.Start)
		}
		return
	}
	// "two children were among the dead"
	j, _ := x.skipToSubject(i - 1)
	if j < 0 {
		return
	}
	g := x.subjectAt(j)
	if g.ok {
		f := x.add(g, kind, k, x.clauseStart(g.start))
		f.Part = true
		f.Span.End = x.s.w[k].span.End
	}
}

// lives handles "lost their lives", "claimed 15 lives", "took his own
// life".
func (x *extractor) lives(i int) {
	p := x.at(i - 1)
	takes := func(s string) bool {
		return s == "took" || s == "take" || s == "takes" || s == "taken" || s == "taking"
	}
	if p == "own" && (takes(x.at(i-3)) || takes(x.at(i-2))) {
		v := i - 3
		if takes(x.at(i - 2)) {
			v = i - 2 // "Student Takes Own Life"
		}
		j, _ := x.skipToSubject(v - 1)
		g := x.subjectAt(j)
		if g.ok {
			g.self = true
			x.add(g, Killed, i, x.clauseStart(g.start)).Self = true
		}
		return
	}
	if (p == "their" || p == "his" || p == "her") && (x.at(i-2) == "lost" || x.at(i-2) == "losing") {
		x.predicate2(i-2, i, Killed)
		return
	}
	// "another is fighting for her life", "the boy was clinging to
	// life": hurt, and alive
	if (p == "their" || p == "his" || p == "her") && x.at(i-2) == "for" {
		switch x.at(i - 3) {
		case "fighting", "fights", "fought", "battling", "battles", "battled":
			x.predicate2(i-3, i, Injured)
			return
		}
	}
	if p == "to" && x.at(i) == "life" {
		switch x.at(i - 2) {
		case "clinging", "clings", "clung", "hanging":
			x.predicate2(i-2, i, Injured)
			return
		}
	}
	claims := func(s string) bool {
		switch s {
		case "took", "take", "takes", "taking", "claimed", "claims", "claiming", "cost", "costs", "costing", "ended", "ends":
			return true
		}
		return false
	}
	// "takes life of Quapaw man", "claims one man's life"
	if x.at(i) == "life" && x.at(i+1) == "of" && claims(p) {
		if g := x.groupRight(i + 2); g.ok && g.q.ok && g.subject != "" {
			x.add(g, Killed, i, x.clauseStart(i))
		}
		return
	}
	if x.at(i) == "life" && (p == "'s" || p == "'") && (claims(x.at(i-3)) || claims(x.at(i-4))) {
		if g := x.groupLeft(i - 2); g.ok && g.individual {
			x.add(g, Killed, i, x.clauseStart(g.start))
		}
		return
	}
	if x.at(i+1) == "of" && (p == "the") {
		// "helped save the life of a man": not a death
		switch x.at(i - 2) {
		case "save", "saved", "saves", "saving", "spare", "spared", "sparing":
			return
		}
		if g := x.groupRight(i + 2); g.ok {
			x.add(g, Killed, i, x.clauseStart(i))
		}
		return
	}
	if x.at(i) == "lives" {
		if g := x.nounGroupLeft(i); g.ok && g.q.ok {
			for j := max(0, g.start-3); j < g.start; j++ {
				switch x.at(j) {
				case "claimed", "claim", "claims", "cost", "costs", "costing", "took", "lost", "claiming", "taken":
					g.subject = ""
					x.add(g, Killed, i, x.clauseStart(g.start))
					return
				}
			}
			if v := x.at(i + 1); v == "were" || v == "have" || v == "had" {
				x.add(g, Killed, i, x.clauseStart(g.start))
			}
		}
	}
}

// suicide handles "committed suicide", "an apparent murder-suicide".
func (x *extractor) suicide(i int) {
	s := x.at(i)
	if s == "murder-suicide" || x.at(i-1) == "murder" {
		// "an attempted murder-suicide", "a murder-suicide attempt":
		// perhaps no one died
		k := i - 1
		if s != "murder-suicide" {
			k = i - 2
		}
		if x.at(k) == "attempted" || x.at(i+1) == "attempt" {
			return
		}
		g := group{ok: true, start: i, end: i + 1, head: i, q: quantity{ok: true, start: i, end: i + 1, min: 2, max: Unknown, value: 2}}
		if x.at(i-1) == "murder" {
			g.start = i - 1
			g.q.start = i - 1
		}
		f := x.add(g, Killed, i, x.clauseStart(i))
		f.perp = true // counts the killer's own death
		return
	}
	switch x.at(i - 1) {
	case "committed", "commits", "committing", "commit", "apparent", "by", "possible", "suspected", "an", "the", "a", "latest":
		if x.at(i-1) == "an" || x.at(i+1) == "attempt" || x.at(i+1) == "bomber" || x.at(i+1) == "attack" || x.at(i+1) == "bombing" || x.at(i+1) == "vest" || x.at(i+1) == "note" || x.at(i+1) == "watch" {
			return
		}
		g := group{ok: true, start: i, end: i + 1, head: i, q: exact(1), self: true}
		g.q.start, g.q.end = i, i+1
		if c := x.at(i - 1); c == "committed" || c == "commits" || c == "committing" {
			j, _ := x.skipToSubject(i - 2)
			if h := x.subjectAt(j); h.ok && h.q.ok {
				h.self = true
				g = h
			}
		}
		f := x.add(g, Killed, i, x.clauseStart(i))
		f.Self, f.perp = true, true
	}
}

// multiple handles "a double shooting", "a triple homicide".
func (x *extractor) multiple(i int) {
	n := map[string]int64{"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}[x.at(i)]
	k := i + 1
	kind := Shot
	if x.at(k) == "fatal" {
		kind = Killed
		k++
	}
	// "a double murder-suicide": two murders and the killer
	if x.at(k) == "murder-suicide" || x.at(k) == "murder" && x.at(k+1) == "suicide" {
		q := quantity{ok: true, start: i, end: i + 1, min: n + 1, max: Unknown, value: n + 1}
		f := x.add(group{ok: true, start: i, end: k + 1, head: k, q: q}, Killed, k, x.clauseStart(i))
		f.perp = true
		return
	}
	switch x.at(k) {
	case "shooting", "shootings":
	case "homicide", "murder", "killing", "homicides", "murders", "killings", "slaying", "slayings":
		kind = Killed
	case "stabbing":
		kind = Injured
	default:
		return
	}
	q := exact(n)
	q.start, q.end = i, i+1
	g := group{ok: true, start: i, end: k + 1, head: k, q: q}
	x.add(g, kind, k, x.clauseStart(i))
}

// surgery handles "underwent surgery", "is undergoing emergency surgery":
// hurt.
func (x *extractor) surgery(i int) {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		switch x.at(j) {
		case "underwent", "undergoing", "undergo", "undergoes", "had":
			if x.at(j) == "had" && j != i-1 && x.at(i-1) != "emergency" {
				return
			}
			x.predicate2(j, i, Injured)
			return
		case "emergency", "immediate", "major", "multiple", "several", "life-saving", "lifesaving":
			continue
		}
		return
	}
}

// lifeSupport handles "remains on life support" (hurt) and "was taken
// off life support" (dead).
func (x *extractor) lifeSupport(i int) {
	k := i - 2
	kind := Injured
	switch x.at(k) {
	case "on":
	case "off", "from":
		kind = Killed
	case "of":
		if x.at(k-1) != "off" {
			return
		}
		k--
		kind = Killed
	default:
		return
	}
	// the verb: "was taken off", "was removed from", "remains on"
	j := k
	for n := 0; n < 3 && j > 0; n++ {
		switch x.at(j - 1) {
		case "taken", "removed", "placed", "put", "kept", "being":
			j--
			continue
		}
		break
	}
	x.predicate2(j, i, kind)
}

// nthVictim handles "a fourth victim", "a fifth shooting victim": one
// more person harmed, and at least as many victims as the ordinal says.
func (x *extractor) nthVictim(i int) {
	for k := i - 1; k >= 1 && k >= i-2; k-- {
		if a := x.at(k - 1); a != "a" && a != "an" && a != "the" {
			continue
		}
		n, ok := textutil.NumberWord(x.at(k))
		if !ok || !n.Ordinal || n.Value < 2 || n.Value > 20 {
			continue
		}
		q := exact(1)
		q.start, q.end = k-1, k
		g := group{ok: true, start: k - 1, end: i + 1, head: i, q: q, individual: true, additional: true, subject: "victim"}
		g.who = x.describe(k-1, i)
		x.add(g, Victims, i, x.clauseStart(k-1))
		return
	}
}

// fatal handles "a fatal shooting", "a deadly attack", "the deadly
// homeless shelter shooting", "the fatal injury of a man": at least one
// killed.
func (x *extractor) fatal(i int) {
	k := i + 1
	// "the fatal injury of a 70-year-old man"
	if n := x.at(k); (n == "injury" || n == "injuries" || n == "wound" || n == "wounds" || n == "shooting" || n == "stabbing") && x.at(k+1) == "of" {
		if g := x.groupRight(k + 2); g.ok && g.q.ok {
			x.add(g, Killed, i, x.clauseStart(i))
			return
		}
	}
	// up to four modifiers before the event noun ("the fatal Elm
	// Park apartment shooting")
	for n := 0; n < 4 && k+1 < len(x.s.w); n++ {
		if fatalEvents[x.at(k)] || x.s.w[k].kind != segment.KindWord || npBreakers[x.at(k)] || determiners[x.at(k)] {
			break
		}
		k++
	}
	if !fatalEvents[x.at(k)] {
		return
	}
	if x.at(i-1) == "non" || x.at(i-1) == "not" || x.at(i-1) == "potentially" {
		return
	}
	q := quantity{ok: true, start: i, end: i + 1, min: 1, max: Unknown, value: 1}
	g := group{ok: true, start: i, end: k + 1, head: k, q: q}
	f := x.add(g, Killed, i, x.clauseStart(i))
	f.Span.End = x.s.w[k].span.End
	f.event = true
}

// fatalEvents are the events "fatal" and "deadly" make deaths of.
var fatalEvents = setOf("shooting", "stabbing", "attack", "crash", "accident", "incident", "fire", "blast",
	"explosion", "bombing", "collision", "wreck", "shootout", "gunfight", "rampage",
	"assault", "beating", "ambush", "standoff", "encounter", "confrontation", "clash",
	"clashes", "violence", "police-involved", "officer-involved", "drive-by", "robbery",
	"gunshot", "shot", "home-invasion", "invasion", "altercation", "dispute", "fight", "argument")

// fatally handles ", one fatally" after a figure of people shot.
func (x *extractor) fatally(i int) {
	// "were shot, one fatally": the quantity precedes
	if i < 2 {
		return
	}
	j := i - 1
	if x.at(j) == "them" && x.at(j-1) == "of" {
		j -= 2
	}
	for k := max(0, j-2); k <= j; k++ {
		if q, e := x.quantityAt(k); q.ok && e == j+1 && (x.at(k-1) == "," || x.at(k-1) == "and") {
			g := group{ok: true, start: k, end: i, head: j, q: q}
			x.add(g, Killed, i, x.clauseStart(k))
			return
		}
	}
}

// custody handles "taken into custody", "in custody".
func (x *extractor) custody(i int) {
	p := x.at(i - 1)
	if p != "into" && p != "in" {
		return
	}
	v := i - 2
	switch x.at(v) {
	case "taken", "remains", "remain", "remained", "is", "was", "were", "are", "be", "placed", "been":
		x.predicate2(v, i, Arrested)
	case "took", "take", "takes", "taking":
		// "took two men into custody"
	default:
		// "took two men into custody": find "took" to the left
		for k := i - 2; k >= 0 && k >= i-8; k-- {
			switch x.at(k) {
			case "took", "take", "takes", "taking", "placed":
				if g := x.groupRight(k + 1); g.ok && g.end <= i-1 {
					x.add(g, Arrested, i, x.clauseStart(k))
				}
				return
			}
		}
	}
}

// numberValue returns the value of a number word at i.
func (x *extractor) numberValue(i int) (int64, bool) {
	n, ok := textutil.NumberWord(x.at(i))
	if !ok || n.Ordinal || n.Fraction || n.Vague {
		return 0, false
	}
	return int64(n.Value), true
}

// eventNoun handles a killing named as an event: "charged in the killing",
// "the murder of", "a homicide", "his slaying": at least one killed.
func (x *extractor) eventNoun(i int) {
	s := x.at(i)
	// "negligent homicide", "first-degree murder": the crime's grade
	k := i - 1
	for k >= 0 && i-k <= 2 && crimeGrades[x.at(k)] {
		k--
	}
	p := x.at(k)
	switch p {
	case "attempted", "attempt", "attempting", "attempts", "solicitation", "conspiracy", "double", "triple", "quadruple":
		return
	}
	n := x.at(i + 1)
	if s == "killing" && n != "of" && n != "." && n != "," && !npBreakers[n] && n != "" {
		return // "killing 15": the verb
	}
	// "the homicide victim", "two murder victims"
	if n == "victim" || n == "victims" {
		if g := x.groupLeft(i + 1); g.ok && g.q.ok {
			x.add(g, Killed, i, x.clauseStart(g.start))
		}
		return
	}
	switch n {
	case "detectives", "detective", "unit", "division", "squad", "investigators", "investigator", "rate", "rates", "statistics", "cases", "charges", "charge", "count", "counts", "suspect", "suspects", "trial", "conviction", "warrant",
		"investigation", "investigations", "bureau", "team", "section", "department", "office", "sergeant", "lieutenant", "report", "reports", "scene", "probe", "task", "rule", "ruling", "mystery", "novel", "weapon":
		if s != "murder" || n != "charges" && n != "charge" && n != "count" && n != "counts" {
			return
		}
	}
	// "the killing of two men": the count follows
	if n == "of" {
		if g := x.groupRight(i + 2); g.ok && g.q.ok {
			x.add(g, Killed, i, x.clauseStart(i))
			return
		}
	}
	// an event noun needs an article, a possessive or a preposition before
	// it: "in the killing", "charged with murder", "a homicide"
	switch {
	case x.isDet(k) || p == "a" || p == "in" || p == "with" || p == "for" || p == "of" || p == "'s" || p == "'" || p == "shooting" || p == "apparent" || p == "suspected":
	default:
		return
	}
	q := quantity{ok: true, start: i, end: i + 1, min: 1, max: Unknown, value: 1}
	x.add(group{ok: true, start: i, end: i + 1, head: i, q: q}, Killed, i, x.clauseStart(i)).event = true
}

// shootingOf handles a shooting with its victim: "the shooting of a
// 3-year-old girl", "in the girl's shooting": people shot.
func (x *extractor) shootingOf(i int) bool {
	if x.at(i+1) == "of" {
		g := x.groupRight(i + 2)
		if !g.ok || !g.q.ok || g.subject == "" {
			return false
		}
		x.add(g, Shot, i, x.clauseStart(i))
		return true
	}
	if p := x.at(i - 1); p == "'s" || p == "'" {
		g := x.groupLeft(i - 2)
		if !g.ok || !g.individual {
			return false
		}
		x.add(g, Shot, i, x.clauseStart(g.start))
		return true
	}
	return false
}

// findingVerbs find bodies.
var findingVerbs = setOf("found", "discovered", "recovered", "located", "identified", "pulled", "find", "discover", "recover")

// crimeGrades qualify a killing as a crime: "negligent homicide",
// "second-degree murder".
var crimeGrades = setOf("negligent", "criminal", "reckless", "capital", "first-degree",
	"second-degree", "third-degree", "involuntary", "voluntary", "felony", "criminally")

// clauseSubject finds the subject of a clause whose verb phrase is
// coordinated at word j ("and died"): the first group of the clause, read
// from the sentence start or after a comma or a clause word.
func (x *extractor) clauseSubject(j int) group {
	for k := j - 1; k >= -1 && j-k <= 20; k-- {
		start := k + 1
		if k >= 0 {
			switch x.at(k) {
			case ",", "that", "said", "says", "as", "because":
			case "when", "after", "while", "before", "since", "upon", "following":
				if k < j {
					break
				}
				continue
			case ";", ":", "(", "\"":
				return group{}
			default:
				continue
			}
		}
		g := x.groupRight1(start)
		// "he was taken to a hospital and died": a nominative pronoun
		// opening the clause
		if !g.ok {
			switch x.at(start) {
			case "he", "she", "they":
				g = x.groupLeft1(start)
			}
		}
		// "a man was taken to a hospital and later died": the subject of
		// a passive or perfect verb, the first of the coordination
		if g.ok && g.end < j && g.subject != "" && (g.q.ok || g.individual) && (finiteAux[x.at(g.end)] || !npBreakers[x.at(g.end)]) {
			// "Hollister, a Westbrook resident, suffered wounds and
			// died": the apposition's head is the subject
			if k > 0 && x.at(k) == "," && x.at(g.end) == "," {
				if h := x.groupLeft1(k - 1); h.ok && h.subject != "" && h.q.ok {
					return h
				}
			}
			return g
		}
	}
	return group{}
}

// turnedGun handles "turned the gun on himself": a self-inflicted shot.
func (x *extractor) turnedGun(i int) {
	if x.at(i-1) != "on" {
		return
	}
	for v := i - 2; v >= 0 && v >= i-6; v-- {
		switch x.at(v) {
		case "turned", "turning", "turns", "turn":
			var g group
			switch x.at(v - 1) {
			case "before", "after", "then", "and", "while", "by", "when":
				// the words before belong to another clause
			default:
				j, _ := x.skipToSubject(v - 1)
				g = x.subjectAt(j)
			}
			if !g.ok {
				// "killed his wife before turning the gun on
				// himself": the reflexive names who
				if g = x.groupRight1(i); !g.ok {
					return
				}
			}
			g.self = true
			// turning the gun on oneself is shooting oneself; the
			// text says elsewhere whether it was fatal
			f := x.add(g, Shot, i, x.clauseStart(g.start))
			f.Self, f.perp = true, true
			f.Span.Start = min(f.Span.Start, x.s.w[v].span.Start)
			return
		}
	}
}

// andThenSelf handles a reflexive added to the object of a shooting verb
// after "and then": "shot his wife and then himself", "killed the two boys
// and then herself" (without "then" the object group holds the reflexive).
// The shooter is counted too, as harmed by his own hand.
func (x *extractor) andThenSelf(i int) {
	k := i - 1
	if x.at(k) == "then" || x.at(k) == "later" {
		k--
	}
	if k < 1 || x.at(k) != "and" || len(x.figs) == 0 {
		return
	}
	// the last figure must end just before "and", with its counted group
	// as the verb's object
	f := x.figs[len(x.figs)-1]
	if f.Self || f.Negated || f.Hypothetical || f.Kind != Shot && f.Kind != Killed ||
		f.Span.End != x.s.w[k-1].span.End || f.SubjectSpan.Start < f.Trigger.End {
		return
	}
	trig := -1
	for j := k - 1; j >= 0 && x.s.w[j].span.Start >= f.Span.Start; j-- {
		if x.s.w[j].span == f.Trigger {
			trig = j
			break
		}
	}
	if trig < 0 {
		return
	}
	g := group{ok: true, start: i, end: i + 1, head: i, q: exact(1), self: true, individual: true}
	g.q.start, g.q.end = i, i+1
	nf := x.add(g, f.Kind, trig, x.clauseStart(trig))
	nf.Self, nf.perp = true, true
	nf.Span.Start = x.s.w[k].span.Start
}

// nthToDie handles "the fourth to die", "the third victim to die": at
// least n killed.
func (x *extractor) nthToDie(i int) bool {
	if x.at(i-1) != "to" {
		return false
	}
	k := i - 2
	if ok, _ := x.personHead(k); ok {
		k--
	}
	n, ok := textutil.NumberWord(x.at(k))
	if !ok || !n.Ordinal || n.Value < 2 || n.Value > 100 {
		return false
	}
	q := quantity{ok: true, start: k, end: k + 1, min: int64(n.Value), max: Unknown, value: int64(n.Value)}
	x.add(group{ok: true, start: k, end: i, head: i - 2, q: q}, Killed, i, x.clauseStart(k))
	return true
}

// irregularParticiples are past participles not ending in -ed that may
// open a phrase between a subject and its predicate ("a man found in a
// car died").
var irregularParticiples = setOf("found", "seen", "caught", "held", "taken", "known", "brought",
	"driven", "thrown", "sought", "stuck", "trapped", "spotted", "struck")
