package entities

import (
	"slices"
	"strings"
)

// titleHeads are the nouns that end a title ("interior minister"),
// with the sex they imply, if any.
var titleHeads = map[string]byte{
	"minister": 0, "president": 0, "premier": 0, "chancellor": 0, "secretary": 0,
	"secretary-general": 0, "governor": 0, "mayor": 0, "senator": 0, "ambassador": 0,
	"envoy": 0, "spokesman": 'M', "spokeswoman": 'F', "spokesperson": 0, "chairman": 'M',
	"chairwoman": 'F', "chairperson": 0, "chair": 0, "chairperson-in-office": 0,
	"chairman-in-office": 'M', "chief": 0, "director": 0, "director-general": 0,
	"commissioner": 0, "leader": 0, "head": 0, "king": 'M', "queen": 'F', "prince": 'M',
	"princess": 'F', "emperor": 'M', "empress": 'F', "sultan": 'M', "emir": 'M',
	"general": 0, "colonel": 0, "commander": 0, "admiral": 0, "judge": 0, "prosecutor": 0,
	"attorney-general": 0, "coach": 0, "manager": 0, "ceo": 0, "executive": 0,
	"representative": 0, "rapporteur": 0, "adviser": 0, "advisor": 0, "aide": 0,
	"speaker": 0, "lawmaker": 0, "legislator": 0, "congressman": 'M', "congresswoman": 'F',
	"mp": 0, "deputy": 0, "sheikh": 'M', "cleric": 0, "bishop": 0, "archbishop": 0,
	"pope": 'M', "cardinal": 0, "imam": 'M', "rabbi": 0, "official": 0, "officer": 0,
	"founder": 0, "owner": 0, "chairperson-elect": 0, "president-elect": 0, "ombudsman": 0,
	"lawyer": 0, "economist": 0, "analyst": 0, "prime-minister": 0, "vice-president": 0,
	"inspector": 0, "superintendent": 0, "sheriff": 0, "captain": 0, "lieutenant": 0,
	"sergeant": 0, "major": 0, "marshal": 0, "dictator": 0, "monarch": 0, "strongman": 0,
}

// titleModifiers may stand before a title head: "interior minister",
// "deputy prime minister", "chief executive".
var titleModifiers = map[string]bool{
	"interior": true, "foreign": true, "defence": true, "defense": true, "finance": true,
	"economy": true, "economic": true, "trade": true, "justice": true, "health": true,
	"education": true, "energy": true, "oil": true, "agriculture": true, "transport": true,
	"labour": true, "labor": true, "culture": true, "environment": true, "home": true,
	"prime": true, "deputy": true, "vice": true, "acting": true, "former": true, "first": true,
	"chief": true, "executive": true, "general": true, "senior": true, "state": true,
	"assistant": true, "associate": true, "managing": true, "regional": true, "national": true,
	"federal": true, "provincial": true, "local": true, "police": true, "army": true,
	"military": true, "party": true, "opposition": true, "security": true, "intelligence": true,
	"presidential": true, "press": true, "communications": true, "emergency": true,
	"emergencies": true, "social": true, "affairs": true, "internal": true, "public": true,
	"information": true, "science": true, "technology": true, "industry": true,
	"development": true, "housing": true, "sports": true, "tourism": true, "immigration": true,
	"treasury": true, "attorney": true, "supreme": true, "government": true, "union": true,
	"company": true, "news": true, "top": true, "lead": true, "special": true, "opposition's": true,
	"communist": true, "party's": true, "human": true, "rights": true, "natural": true,
	"resources": true, "petroleum": true, "mining": true, "fisheries": true, "water": true,
	"telecommunications": true, "infrastructure": true, "planning": true, "budget": true,
	"european": true, "commerce": true, "investment": true, "youth": true, "women's": true,
	"family": true, "welfare": true, "veterans": true, "homeland": true, "cabinet": true,
	"crown": true, "city": true, "council": true, "elected": true, "policy": true,
	"central": true, "bank": true, "relations": true, "civil": true, "protection": true,
}

// a titlePhrase is a title found in the text: tokens [t0, t1) and its
// normalised form.
type titlePhrase struct {
	t0, t1 int
	title  string
	head   string
	used   bool // attached to a name as a role
}

// titles finds title phrases in sentence si.
func (d *docState) titles(si int) []titlePhrase {
	a, b := d.sentTokens(si)
	var out []titlePhrase
	for i := a; i < b; i++ {
		if !d.isWord(i) {
			continue
		}
		if d.cue[i]&cueTitleHead == 0 {
			continue
		}
		low := d.lower(i)
		// A head inside a name ("President Hotel") is not a title; a head
		// that is itself a modifier and is followed by another head
		// ("deputy minister", "general secretary") is left to that head.
		if d.nameStart[i] != 0 || d.insideName(i) {
			continue
		}
		if i+1 < b && d.isWord(i+1) && titleModifiers[low] {
			if d.cue[i+1]&cueTitleHead != 0 && d.nameStart[i+1] == 0 {
				continue
			}
		}
		start := i
		for start-1 >= a && d.isWord(start-1) && d.cue[start-1]&cueTitleMod != 0 && !d.insideName(start-1) && d.nameEnd[start-1] == 0 {
			start--
		}
		parts := make([]string, 0, i+1-start)
		for j := start; j <= i; j++ {
			parts = append(parts, d.lower(j))
		}
		out = append(out, titlePhrase{t0: start, t1: i + 1, title: strings.Join(parts, " "), head: low})
	}
	return out
}

// insideName reports whether token i lies within a name mention.
func (d *docState) insideName(i int) bool { return d.nameAt[i] != 0 }

// nameEndingAt returns the name mention that ends with token i, or nil.
func (d *docState) nameEndingAt(i int) *mention {
	if i < 0 || i >= len(d.nameEnd) || d.nameEnd[i] == 0 {
		return nil
	}
	return d.mentions[d.nameEnd[i]-1]
}

// nameStartingAt returns the name mention that starts at token i, or nil.
func (d *docState) nameStartingAt(i int) *mention {
	if i < 0 || i >= len(d.nameStart) || d.nameStart[i] == 0 {
		return nil
	}
	return d.mentions[d.nameStart[i]-1]
}

// ofEntity returns the entity a role belongs to when it is named just
// before the title (tokens ending at i): a demonym, place or organisation
// ("Kazakh", "the OSCE") or a possessive ("Kazakhstan's", "the
// country's"). A demonym stands for its country when the text names it.
func (d *docState) ofEntity(i int) int {
	if d.isPossessive(i) {
		i--
		if m := d.nameEndingAt(i); m != nil && m.entity >= 0 && m.typ != Person {
			return d.countryOf(m.entity)
		}
		if d.is(i, "country", "nation") && d.is(i-1, "the") {
			return d.recentCountry(d.mentionBefore(i))
		}
		return -1
	}
	if m := d.nameEndingAt(i); m != nil && m.entity >= 0 && d.entities[m.entity].typ() != Person {
		return d.countryOf(m.entity)
	}
	return -1
}

// countryOf maps a demonym entity to its country's entity when the text
// names the country.
func (d *docState) countryOf(e int) int {
	if c := d.entities[e].country; c != "" {
		if ce := d.countryEntity(c); ce >= 0 {
			return ce
		}
	}
	return e
}

// findRoles attaches titles to the persons they name, and records the
// remaining title phrases for nominal mentions.
func (d *docState) findRoles() {
	d.titleList = d.titleList[:0]
	for si := range d.seg.Sentences {
		ts := d.titles(si)
		_, end := d.sentTokens(si)
		for ti := range ts {
			t := &ts[ti]
			// (a) Title directly before a person: "Foreign Minister
			// Audronius Azubalis".
			if p := d.nameStartingAt(t.t1); p != nil && d.personEntity(p) >= 0 {
				d.addRole(d.personEntity(p), t, d.ofEntity(t.t0-1))
				continue
			}
			// (b) Title, then an appositive person: "the OSCE
			// chairperson-in-office, Lithuanian Foreign Minister
			// Audronius Azubalis".
			if d.is(t.t1, ",") {
				if p := d.appositivePerson(t.t1+1, end, ts[ti+1:]); p >= 0 {
					d.addRole(p, t, d.ofEntity(t.t0-1))
					continue
				}
			}
			// (c) Person, then an appositive title: "Kasymov, the interior
			// minister, said" / "Kasymov, Kazakhstan's interior minister".
			if p, of, ok := d.appositiveBefore(t); ok {
				if of < 0 && d.is(t.t1, "of") {
					if m := d.nameStartingAt(t.t1 + 1); m != nil && m.entity >= 0 {
						of = d.countryOf(m.entity)
					} else if d.is(t.t1+1, "the") {
						if m := d.nameStartingAt(t.t1 + 2); m != nil && m.entity >= 0 {
							of = d.countryOf(m.entity)
						}
					}
				}
				d.addRole(p, t, of)
				continue
			}
			d.titleList = append(d.titleList, sentTitle{si, *t})
		}
	}
}

type sentTitle struct {
	sent int
	titlePhrase
}

// personEntity returns the entity of a name mention if it is a person.
func (d *docState) personEntity(m *mention) int {
	if m.entity >= 0 && d.entities[m.entity].typ() == Person {
		return m.entity
	}
	return -1
}

// appositivePerson looks for a person name starting at token i, possibly
// after a determiner, a demonym, place or organisation name, and titles
// (which are themselves then attached), and returns its entity or -1.
func (d *docState) appositivePerson(i, end int, later []titlePhrase) int {
	for k := 0; i < end && k < 8; k++ {
		if m := d.nameStartingAt(i); m != nil {
			if p := d.personEntity(m); p >= 0 {
				return p
			}
			if m.typ == Person {
				return -1
			}
			i = m.tok1
			continue
		}
		if d.is(i, "the", "a", "an") {
			i++
			continue
		}
		found := false
		for _, t := range later {
			if t.t0 == i {
				i, found = t.t1, true
				break
			}
		}
		if !found {
			return -1
		}
	}
	return -1
}

// appositiveBefore checks for "Person, [the|a] [Of] title" and returns the
// person's entity and the Of entity.
func (d *docState) appositiveBefore(t *titlePhrase) (person, of int, ok bool) {
	i := t.t0 - 1
	of = -1
	switch {
	case d.isPossessive(i):
		of = d.ofEntity(i)
		i--
		if m := d.nameEndingAt(i); m != nil {
			i = m.tok0 - 1
		} else if d.is(i, "country", "nation") {
			i -= 2
		}
	case d.nameEndingAt(i) != nil && d.nameEndingAt(i).typ != Person:
		of = d.ofEntity(i)
		i = d.nameEndingAt(i).tok0 - 1
	}
	if d.is(i, "the", "a", "an") {
		i--
	}
	if !d.is(i, ",") {
		return -1, -1, false
	}
	m := d.nameEndingAt(i - 1)
	if m == nil {
		return -1, -1, false
	}
	p := d.personEntity(m)
	return p, of, p >= 0
}

func (d *docState) addRole(p int, t *titlePhrase, of int) {
	t.used = true
	e := d.entities[p]
	e.roles = append(e.roles, role{span: d.span(t.t0, t.t1), title: t.title, of: of})
	if g := titleHeads[t.head]; g != 0 {
		e.addGender(g)
	}
}

// mentionBefore returns the index of the last linked name mention that
// starts before token i, or -1.
func (d *docState) mentionBefore(i int) int {
	lo, hi := 0, len(d.names)
	for lo < hi {
		m := (lo + hi) / 2
		if d.mentions[d.names[m]].tok0 < i {
			lo = m + 1
		} else {
			hi = m
		}
	}
	for k := lo - 1; k >= 0 && k >= lo-maxLookBack; k-- {
		if d.mentions[d.names[k]].entity >= 0 {
			return d.names[k]
		}
	}
	return -1
}

// maxLookBack bounds how many mentions a backward search examines, so
// that the analysis stays linear in the text.
const maxLookBack = 64

// recentCountry returns the country entity that "the country" at mention
// position mi refers to: the only country mentioned in the five sentences
// up to it, or -1.
func (d *docState) recentCountry(mi int) int {
	if mi < 0 {
		return -1
	}
	sent := d.mentions[mi].sent
	found := -1
	k, ok := slices.BinarySearch(d.names, mi)
	if !ok {
		return -1
	}
	for j := k; j >= 0 && j > k-maxLookBack; j-- {
		m := d.mentions[d.names[j]]
		if m.sent < sent-5 {
			break
		}
		if m.entity < 0 || !d.isCountry(m.entity) {
			continue
		}
		if found >= 0 && found != m.entity {
			return -1
		}
		found = m.entity
	}
	return found
}
