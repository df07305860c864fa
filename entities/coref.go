package entities

import (
	"slices"

	"github.com/newsfacts/newsfacts/analyzer/segment"
	"github.com/newsfacts/newsfacts/entities/internal/gazetteer"
)

// nominal heads other than titles, with the type they refer to and whether
// a place must be a country.
var nominalHeads = map[string]struct {
	typ     Type
	country bool
}{
	"country": {Location, true}, "nation": {Location, true},
	"town": {Location, false}, "city": {Location, false}, "village": {Location, false},
	"province": {Location, false},
	"company":  {Organization, false}, "firm": {Organization, false},
	"corporation": {Organization, false}, "party": {Organization, false},
	"organisation": {Organization, false}, "organization": {Organization, false},
	"bank": {Organization, false}, "alliance": {Organization, false}, "bloc": {Organization, false},
}

// compoundNext are words that, after "the city", "the company" and the
// like, make the phrase about something else ("the city council").
var compoundNext = map[string]bool{
	"council": true, "hall": true, "centre": true, "center": true, "headquarters": true,
	"officials": true, "authorities": true, "government": true, "administration": true,
	"leadership": true, "members": true, "limits": true, "police": true, "residents": true,
	"people": true, "level": true, "branch": true, "board": true, "office": true, "offices": true,
	"chief": true, "leader": true, "leaders": true, "executives": true, "employees": true,
	"workers": true, "shares": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
}

// window is how many sentences back nominals and pronouns look for their
// referents.
const window = 5

// findNominals records nominal mentions: titles with a determiner or a
// possessor that were not attached to a name ("the country's interior
// minister"), and descriptions of places and organisations ("the remote
// town", "the company").
func (d *docState) findNominals() {
	for _, st := range d.titleList {
		t := st.titlePhrase
		start, of := -1, -1
		switch {
		case d.is(t.t0-1, "the"):
			start = t.t0 - 1
		case d.isPossessive(t.t0 - 1):
			of = d.ofEntity(t.t0 - 1)
			p := t.t0 - 2
			switch {
			case d.nameEndingAt(p) != nil:
				start = d.nameEndingAt(p).tok0
			case d.is(p, "country", "nation") && d.is(p-1, "the"):
				start = p - 1
			}
		case d.is(t.t0-1, "its", "their", "his", "her"):
			start = t.t0 - 1
		}
		if start < 0 || d.quoted[t.t0] || d.span(start, t.t1).Len() > MaxMentionLen {
			continue
		}
		m := &mention{span: d.span(start, t.t1), typ: Person, kind: Nominal, entity: -1,
			sent: st.sent, tok0: start, tok1: t.t1}
		mi := d.addMention(m)
		if e := d.personWithTitle(t.title, t.head, of); e >= 0 {
			d.link(mi, e)
		}
	}
	for si := range d.seg.Sentences {
		a, b := d.sentTokens(si)
		for i := a; i < b; i++ {
			if !d.is(i, "the") || d.quoted[i] {
				continue
			}
			j := i + 1
			for j < b && j-i <= 3 && d.isWord(j) && !capitalised(d.words[j]) {
				if _, ok := lookupFold(nominalHeads, d.words[j]); ok {
					break
				}
				if _, ok := lookupFold(titleHeads, d.words[j]); ok {
					break
				}
				j++
			}
			if j >= b || !d.isWord(j) || capitalised(d.words[j]) {
				continue
			}
			h, ok := lookupFold(nominalHeads, d.words[j])
			if !ok || d.isWord(j+1) && inFold(compoundNext, d.words[j+1]) || d.span(i, j+1).Len() > MaxMentionLen {
				continue
			}
			m := &mention{span: d.span(i, j+1), typ: h.typ, kind: Nominal, entity: -1,
				sent: si, tok0: i, tok1: j + 1}
			mi := d.addMention(m)
			if e := d.nominalReferent(i, j, h.typ, h.country); e >= 0 {
				d.link(mi, e)
			}
			i = j
		}
	}
}

// personWithTitle returns the only person with a role matching title (or,
// for a bare head such as "minister", the only one with that head) and
// belonging to of when of is known; -1 if there is none or several.
func (d *docState) personWithTitle(title, head string, of int) int {
	if d.titled == nil {
		d.titled = map[string][]int{}
		for ei, e := range d.entities {
			if e.typ() != Person {
				continue
			}
			for ri, r := range e.roles {
				// keys: "t:" + title and "h:" + head; values: entity, role
				d.titled["t:"+r.title] = append(d.titled["t:"+r.title], ei, ri)
				d.titled["h:"+lastWord(r.title)] = append(d.titled["h:"+lastWord(r.title)], ei, ri)
			}
		}
	}
	key := "t:" + title
	if title == head {
		key = "h:" + head
	}
	list := d.titled[key]
	found := -1
	for i := 0; i+1 < len(list) && i < 2*maxLookBack; i += 2 {
		ei, r := list[i], d.entities[list[i]].roles[list[i+1]]
		if of >= 0 && r.of >= 0 && r.of != of {
			continue
		}
		if found >= 0 && found != ei {
			return -1
		}
		found = ei
	}
	return found
}

func lastWord(s string) string {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == ' ' {
			return s[i+1:]
		}
	}
	return s
}

// nominalReferent resolves "the [adjectives] head" at tokens [i, j]: "the
// town of Zhanaozen" names its referent; otherwise the referent is the only
// entity of the right kind mentioned in the window before it.
func (d *docState) nominalReferent(i, j int, typ Type, country bool) int {
	if d.is(j+1, "of") {
		if m := d.nameStartingAt(j + 2); m != nil && m.entity >= 0 && d.entities[m.entity].typ() == typ {
			return m.entity
		}
	}
	last := d.mentionBefore(i)
	if last < 0 {
		return -1
	}
	if country {
		return d.recentCountry(last)
	}
	sent := int(d.tokSent[i])
	k := d.nameIndex(last)
	var cands []int
	for n := k; n >= 0 && n > k-maxLookBack; n-- {
		m := d.mentions[d.names[n]]
		if m.sent < sent-window {
			break
		}
		if m.entity < 0 || d.entities[m.entity].typ() != typ || slices.Contains(cands, m.entity) {
			continue
		}
		if typ == Location && (d.isCountry(m.entity) || d.isRegion(m.entity)) {
			continue
		}
		cands = append(cands, m.entity)
	}
	// "the company" prefers the organisations that are companies: named
	// like one ("... Holdings") or called one ("the firm X", "X, a
	// logistics company").
	if kin := headKin[d.lower(j)]; kin != nil {
		like := -1
		for _, e := range cands {
			if d.entityIsKin(e, kin) {
				if like >= 0 {
					return -1
				}
				like = e
			}
		}
		if like >= 0 {
			return like
		}
	}
	if len(cands) == 1 {
		return cands[0]
	}
	return -1
}

var (
	companyKin = setOf("company", "companies", "firm", "operator", "group", "maker", "chipmaker",
		"corporation", "subsidiary", "carrier", "airline", "lender", "insurer", "retailer", "producer",
		"conglomerate", "inc", "inc.", "ltd", "ltd.", "corp", "corp.", "co", "co.", "plc", "llc",
		"holdings", "services", "industries", "technologies", "systems", "semiconductor", "resources",
		"motors", "airlines", "bank", "manufacturer", "giant")
	// headKin lists, for a nominal head, the words that mark an
	// organisation as one of its kind.
	headKin = map[string]map[string]bool{
		"company": companyKin, "firm": companyKin, "corporation": companyKin,
		"party":    setOf("party", "parties", "movement"),
		"bank":     setOf("bank", "lender"),
		"alliance": setOf("alliance", "bloc", "coalition"), "bloc": setOf("alliance", "bloc", "coalition"),
	}
)

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// entityIsKin reports whether an entity is named or called with one of
// the words in kin, looking at its first mentions and the words around
// them in their sentences.
func (d *docState) entityIsKin(e int, kin map[string]bool) bool {
	for n, mi := range d.entities[e].mentions {
		if n >= 8 {
			break
		}
		m := d.mentions[mi]
		if m.kind != Name {
			continue
		}
		a, b := d.sentTokens(m.sent)
		for t := max(a, m.tok0-3); t < min(b, m.tok1+3); t++ {
			if d.isWord(t) && inFold(kin, d.words[t]) {
				return true
			}
		}
	}
	return false
}

func (d *docState) nameIndex(mi int) int {
	lo, hi := 0, len(d.names)
	for lo < hi {
		m := (lo + hi) / 2
		if d.names[m] < mi {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

func (d *docState) isRegion(e int) bool {
	c := d.mentions[d.entities[e].canon]
	if len(c.keys) != 1 {
		return false
	}
	g := d.gaz.Word(c.keys[0])
	return g.Has(gazetteer.Region) && !g.Has(gazetteer.City)
}

// Pronoun classes.
const (
	masculine = iota + 1
	feminine
	neuter
	plural
)

var pronouns = map[string]int{
	"he": masculine, "him": masculine, "his": masculine, "himself": masculine,
	"she": feminine, "her": feminine, "hers": feminine, "herself": feminine,
	"it": neuter, "its": neuter, "itself": neuter,
	"they": plural, "them": plural, "their": plural, "theirs": plural, "themselves": plural,
}

// findPronouns records third-person pronouns outside quotations and links
// each to its referent when one is clear: he and she to the only
// compatible person in the nearest sentence that mentions one; it and they
// to an organisation or country standing as the subject of the same or the
// previous sentence when no person intervenes.
func (d *docState) findPronouns() {
	for i, w := range d.words {
		if d.seg.Tokens[i].Kind != segment.KindWord || len(w) > 10 {
			continue
		}
		class := d.pronounClass(i)
		if class == 0 || d.quoted[i] {
			continue
		}
		si := int(d.tokSent[i])
		switch class {
		case masculine, feminine:
			m := &mention{span: d.span(i, i+1), typ: Person, kind: Pronoun, entity: -1, sent: si, tok0: i, tok1: i + 1}
			mi := d.addMention(m)
			g := byte('M')
			if class == feminine {
				g = 'F'
			}
			if e := d.personAntecedent(i, si, g); e >= 0 {
				d.link(mi, e)
			}
		case neuter, plural:
			if e := d.groupAntecedent(i, si, class); e >= 0 {
				m := &mention{span: d.span(i, i+1), typ: d.entities[e].typ(), kind: Pronoun, entity: -1, sent: si, tok0: i, tok1: i + 1}
				d.link(d.addMention(m), e)
			}
		}
	}
}

// personAntecedent finds the person a he or she at token i refers to.
func (d *docState) personAntecedent(i, si int, g byte) int {
	// Names are in text order: find the last one before i.
	lo, hi := 0, len(d.names)
	for lo < hi {
		m := (lo + hi) / 2
		if d.mentions[d.names[m]].tok0 < i {
			lo = m + 1
		} else {
			hi = m
		}
	}
	cur := si + 1
	found := -1
	// accept returns found unless a person described but not named stands
	// as the subject of a sentence between it and the pronoun ("The
	// rapper celebrated his birthday"): then he or she may be that person.
	accept := func() int {
		for s := si; s > cur; s-- {
			if d.describedPerson(s, i) {
				return -1
			}
		}
		return found
	}
	for n := lo - 1; n >= 0 && n >= lo-maxLookBack; n-- {
		m := d.mentions[d.names[n]]
		if m.sent < si-window+1 {
			break
		}
		if m.sent != cur {
			if found >= 0 {
				return accept() // the nearest sentence with a candidate had one
			}
			cur = m.sent
		}
		if m.entity < 0 || d.quoted[m.tok0] {
			continue
		}
		e := d.entities[m.entity]
		if e.typ() != Person || e.gender != 0 && e.gender != g {
			continue
		}
		if found >= 0 && found != m.entity {
			return -1 // two candidates in the nearest sentence: ambiguous
		}
		found = m.entity
	}
	if found < 0 {
		return -1
	}
	return accept()
}

// humanNouns are common nouns for people that, as the subject of a
// sentence ("The rapper ...", "A woman ..."), can be what a later he or
// she refers to.
var humanNouns = setOf("man", "woman", "men", "women", "boy", "girl", "child", "teen",
	"teenager", "victim", "suspect", "gunman", "shooter", "attacker", "officer", "rapper",
	"photographer", "teacher", "student", "driver", "father", "mother", "son", "daughter",
	"brother", "sister", "wife", "husband", "friend", "resident", "witness", "worker",
	"doctor", "nurse", "player", "actor", "actress", "singer", "artist", "writer",
	"reporter", "journalist", "soldier", "defendant", "plaintiff", "survivor", "pilot",
	"passenger", "customer", "owner", "neighbor", "neighbour", "patient", "prisoner",
	"detainee", "protester", "candidate", "veteran", "teenager", "toddler", "baby", "infant",
	"grandmother", "grandfather", "uncle", "aunt", "cousin", "boyfriend", "girlfriend",
	"employee", "activist", "priest", "farmer", "miner", "coach", "manager", "spokesman",
	"spokeswoman", "spokesperson", "minister", "president", "official", "lawyer", "judge")

// describedPerson reports whether sentence s opens with a description of a
// person ("The rapper", "A 17-year-old woman") before token limit.
func (d *docState) describedPerson(s, limit int) bool {
	a, b := d.sentTokens(s)
	i := a
	for i < b && (d.seg.Tokens[i].Kind.IsQuote() || d.is(i, "(")) {
		i++
	}
	if !d.is(i, "the", "a", "an") {
		return false
	}
	for j := i + 1; j < b && j < limit && j <= i+4; j++ {
		if !d.isWord(j) || capitalised(d.words[j]) {
			return false
		}
		if inFold(humanNouns, d.words[j]) {
			return true
		}
	}
	return false
}

// groupAntecedent finds the organisation or country an it or they at token
// i refers to, conservatively: the subject of its own sentence, written
// first ("The OSCE said its ..."), or, for a pronoun that opens its
// sentence, the subject of the previous one, with no person named in
// between.
func (d *docState) groupAntecedent(i, si, class int) int {
	for s := si; s >= 0 && s >= si-1; s-- {
		a, _ := d.sentTokens(s)
		if s < si {
			if ca, _ := d.sentTokens(si); i != ca {
				return -1
			}
		}
		first := a
		if d.is(first, "the") {
			first++
		}
		if s == si && first >= i {
			continue
		}
		m := d.nameStartingAt(first)
		if m == nil || m.entity < 0 || d.quoted[first] {
			if s == si {
				return -1
			}
			continue
		}
		t := d.entities[m.entity].typ()
		if !(t == Organization || class == neuter && t == Location && d.isCountry(m.entity)) {
			return -1
		}
		if d.personBetween(m.tok1, i) {
			return -1
		}
		return m.entity
	}
	return -1
}

// personBetween reports whether a person is named between tokens x and y.
func (d *docState) personBetween(x, y int) bool {
	lo, hi := 0, len(d.names)
	for lo < hi {
		m := (lo + hi) / 2
		if d.mentions[d.names[m]].tok0 < x {
			lo = m + 1
		} else {
			hi = m
		}
	}
	for n := lo; n < len(d.names) && n < lo+maxLookBack; n++ {
		m := d.mentions[d.names[n]]
		if m.tok0 >= y {
			return false
		}
		if m.entity >= 0 && d.entities[m.entity].typ() == Person {
			return true
		}
	}
	return false
}
