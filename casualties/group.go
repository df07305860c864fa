package casualties

import (
	"strings"

	"github.com/newsfacts/newsfacts/analyzer"
	"github.com/newsfacts/newsfacts/analyzer/segment"
	"github.com/newsfacts/newsfacts/entities"
	"github.com/newsfacts/newsfacts/internal/textutil"
)

// A group is a noun phrase that names the people a figure counts.
type group struct {
	ok         bool
	start, end int // word range [start, end)
	head       int
	subject    string
	q          quantity
	part       bool // a subgroup ("including two children")
	additional bool // "another man", "two others"
	self       bool // "himself"
	individual bool // one identified person
	who        person
	perp       bool // the attacker: "the gunman", "the suspect"
	// withKnown marks a list whose others follow a person told of by
	// name, pronoun or definite description ("he and four others"): the
	// others are set apart from that person, not from the group.
	withKnown bool
	// also marks a group told of with "also" before its verb ("two men
	// were also hit")
	also bool
	// whole is the count of the group a partitive takes from: five in
	// "one of the five people"
	whole quantity
}

// A person describes an individual for matching mentions of the same
// person: how the text refers to them and what it says of them.
type person struct {
	ref  ref
	age  int    // 0 when unknown
	sex  byte   // 'm', 'f' or 0
	name string // surname, lower case
	// stage is 'c' for a child ("boy", "a 6-year-old"), 'a' for an
	// adult ("man", "a 35-year-old"), 0 when unknown or a teenager
	stage byte
	ent   int // entity index + 1 from the entities analyser, 0 if none
	hint  int // for a pronoun, the entity it probably refers to (+1)
}

// ref is how a mention refers to a person.
type ref uint8

const (
	refNone  ref = iota
	refIndef     // "a man", "one person", "another victim"
	refDef       // "the boy", "his wife", "Teen" in a headline
	refPron      // "he", "him"
	refName      // "John Smith"
	refSelf      // "himself"
)

// compatible reports whether two descriptions may be the same person.
func (p person) compatible(o person) bool {
	if p.ent != 0 && o.ent != 0 && p.ent != o.ent {
		// the entities analyser's clusters, unless the names agree
		// ("Ralphael Davis Jr." and "Davis'")
		return p.name != "" && o.name != "" && sameName(p.name, o.name)
	}
	if p.ent != 0 && p.ent == o.ent {
		return true
	}
	if p.age != 0 && o.age != 0 && p.age != o.age {
		return false
	}
	if p.sex != 0 && o.sex != 0 && p.sex != o.sex {
		return false
	}
	if p.stage != 0 && o.stage != 0 && p.stage != o.stage && (p.age == 0 || p.age != o.age) {
		return false // "the man" is not "the 8-year-old boy"
	}
	if p.name != "" && o.name != "" && !sameName(p.name, o.name) {
		return false
	}
	return true
}

// sameName reports whether two names (lower case, words separated by
// spaces) may name the same person: equal, the same surname, or one a
// single word of the other ("Michael" and "Michael Cattron").
func sameName(a, b string) bool {
	if a == b {
		return true
	}
	la, lb := lastWord(a), lastWord(b)
	if la == lb {
		// "Ketron Nathan" and "Aleke Nathan" are brothers
		fa, _, ma := strings.Cut(a, " ")
		fb, _, mb := strings.Cut(b, " ")
		return !ma || !mb || fa == fb || len(fa) == 1 || len(fb) == 1
	}
	if !strings.Contains(a, " ") {
		return containsWord(b, a)
	}
	if !strings.Contains(b, " ") {
		return containsWord(a, b)
	}
	return false
}

func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

func containsWord(s, w string) bool {
	for _, f := range strings.Fields(s) {
		if f == w {
			return true
		}
	}
	return false
}

// merge adds what o says to p.
func (p *person) merge(o person) {
	if p.age == 0 {
		p.age = o.age
	}
	if p.sex == 0 {
		p.sex = o.sex
	}
	if p.stage == 0 {
		p.stage = o.stage
	}
	if len(o.name) > len(p.name) {
		p.name = o.name
	}
	if p.ent == 0 {
		p.ent = o.ent
	}
}

// A quantity is the count a group gives.
type quantity struct {
	ok         bool
	start, end int // word range of the quantity words
	min, max   int64
	value      int64
	approx     bool
}

func exact(n int64) quantity { return quantity{ok: true, min: n, max: n, value: n} }

// maxGroupWords bounds the words of a noun phrase, keeping scans linear.
const maxGroupWords = 9

// personHead reports whether word i can head a group of people, and if the
// head is plural.
func (x *extractor) personHead(i int) (ok, plural bool) {
	if i < 0 || i >= len(x.s.w) {
		return false, false
	}
	s := x.s.w[i].s
	if p, ok := personNouns[s]; ok {
		return true, p
	}
	if n, rest, ok := textutil.SplitNumberPrefix(s); ok && !n.Fraction {
		switch rest {
		case "year-old", "month-old", "week-old", "day-old", "years-old":
			return true, false
		case "year-olds", "month-olds":
			return true, true
		case "grader":
			return true, false
		case "graders":
			return true, true
		}
	}
	// "2 year old", "a 15-year old"
	if (s == "old" || s == "olds") && (x.at(i-1) == "year" || x.at(i-1) == "years" || x.at(i-1) == "month" || strings.HasSuffix(x.at(i-1), "-year") || strings.HasSuffix(x.at(i-1), "-month")) {
		return true, s == "olds"
	}
	return false, false
}

// isName reports whether word i is part of a personal name: a capitalised
// word that is no function word or lexicon entry.
func (x *extractor) isName(i int) bool {
	if i < 0 || i >= len(x.s.w) {
		return false
	}
	w := x.s.w[i]
	if w.kind != segment.KindWord {
		return false
	}
	if !w.cap {
		// without case, the entities analyser's person names
		if !x.s.nocase {
			return false
		}
		m, ok := x.mentionAt(w.span)
		if !ok || m.Type != entities.Person || m.Kind != entities.Name {
			return false
		}
	}
	s := w.s
	if strings.HasSuffix(s, ".") && !isInitial(s) && s != "jr." && s != "sr." {
		return false
	}
	if notNames[s] || npBreakers[s] || determiners[s] || auxiliaries[s] || timeWords[s] {
		return false
	}
	if _, ok := triggers[s]; ok {
		return false
	}
	if _, ok := personNouns[s]; ok {
		return false
	}
	if _, ok := pronouns[s]; ok {
		return false
	}
	if _, ok := textutil.Month(w.s); ok && len(s) > 3 {
		return false
	}
	if _, ok := textutil.Weekday(s); ok {
		return false
	}
	if _, ok := textutil.NumberWord(s); ok {
		return false
	}
	if x.isAgeAt(i) {
		return false // "Three-year-old Addison"
	}
	return true
}

// placeHeads are the capitalised nouns that end the names of places
// ("Douglass Park", "Lincoln High", "Grady Memorial Hospital").
var placeHeads = setOf("street", "st.", "avenue", "ave.", "road", "rd.", "boulevard", "blvd.", "drive",
	"lane", "way", "court", "place", "parkway", "highway", "park", "square", "plaza", "mall",
	"county", "city", "township", "village", "heights", "school", "high", "elementary",
	"middle", "academy", "college", "university", "church", "chapel", "hospital", "memorial",
	"center", "centre", "clinic", "hall", "station", "bridge", "lake", "river", "beach",
	"apartments", "homes", "houses", "towers", "club", "lounge", "bar", "tavern", "restaurant",
	"store", "market", "motel", "hotel", "inn", "arena", "stadium", "field", "airport")

// ordinalEnds may follow a bare ordinal that stands for a person ("a
// third in the leg").
var ordinalEnds = setOf("and", "or", "but", "in", "on", "at", "with", "after", "before", "during", "as", "while", "when")

// titleWords are titles that may precede a name in a list of people
// ("Ann Lee and Officer Carl Dunn").
var titleWords = setOf("officer", "deputy", "sgt.", "sergeant", "lt.", "lieutenant", "detective", "det.",
	"trooper", "cpl.", "corporal", "capt.", "captain", "dr.", "mr.", "mrs.", "ms.", "pastor", "rev.", "agent")

// notNames are capitalised words that do not name people.
var notNames = setOf("police", "authorities", "officials", "investigators", "detectives",
	"according", "sheriff", "deputies", "officers", "mr.", "mrs.", "ms.", "dr.", "sgt.", "lt.",
	"capt.", "det.", "officer", "chief", "mayor", "gov.", "sen.", "rep.", "president",
	"street", "avenue", "road", "county", "city", "park", "school", "church", "hospital",
	"center", "department", "university", "high", "north", "south", "east", "west",
	"christmas", "thanksgiving", "easter", "halloween", "update", "updated", "posted",
	"photo", "video", "watch", "read", "click", "related", "copyright", "news", "breaking",
	"friday", "saturday", "sunday", "monday", "tuesday", "wednesday", "thursday",
	"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")

// quantityAt parses a quantity starting at word i, with an optional
// qualifier. It returns the quantity and the index after it.
func (x *extractor) quantityAt(i int) (quantity, int) {
	w := x.s.w
	if i < 0 || i >= len(w) {
		return quantity{}, i
	}
	start := i
	b := boundExact
	// a quick rejection: no quantity starts with a word unknown here
	if w[i].kind == segment.KindWord && !quantityStarts[w[i].s] {
		if _, ok := textutil.NumberWord(w[i].s); !ok {
			return quantity{}, i
		}
	}
	// qualifier
	for _, q := range qualifiers {
		if x.matchWords(i, q.words) {
			b = q.bound
			i += len(q.words)
			break
		}
	}
	if i >= len(w) {
		return quantity{}, start
	}
	s := w[i].s
	var q quantity
	end := i + 1
	switch {
	case s == "no" && (x.at(i+1) == "one" || x.at(i+1) == "other" || isPlural(x, i+1) || x.at(i+1) == "injuries" || x.at(i+1) == "deaths" || x.at(i+1) == "fatalities" || x.at(i+1) == "casualties" || x.at(i+1) == "arrests"):
		q = exact(0)
	case zeroWords[s]:
		q = exact(0)
	case s == "both":
		q = exact(2)
	case s == "another" || s == "a" && (x.at(i+1) == "second" || x.at(i+1) == "third" || x.at(i+1) == "fourth" || x.at(i+1) == "fifth"):
		q = exact(1)
		if s == "a" {
			end = i + 2
		}
	case s == "a" && x.at(i+1) == "few":
		q = quantity{ok: true, min: 2, max: Unknown, value: 3, approx: true}
		end = i + 2
	case s == "a" && x.at(i+1) == "handful":
		q = quantity{ok: true, min: 2, max: Unknown, value: 4, approx: true}
		end = i + 2
	case s == "a" && x.at(i+1) == "number":
		return quantity{}, start
	case s == "a" || s == "an":
		if n, k := x.parseNumber(i); k > 0 {
			q, end = x.fromNumber(n, i, k)
			break
		}
		// "an additional six victims"
		if a := x.at(i + 1); a == "additional" || a == "further" || a == "extra" {
			if n, k := x.parseNumber(i + 2); k > 0 && !n.Ordinal && !n.Fraction {
				q, end = x.fromNumber(n, i+2, k)
				break
			}
		}
		q = exact(1)
	case s == "between" && b == boundExact:
		n1, k1 := x.parseNumber(i + 1)
		if k1 == 0 || n1.Vague || x.at(i+1+k1) != "and" {
			return quantity{}, start
		}
		n2, k2 := x.parseNumber(i + 2 + k1)
		if k2 == 0 || n2.Vague || n2.Value < n1.Value {
			return quantity{}, start
		}
		q = quantity{ok: true, min: int64(n1.Value), max: int64(n2.Value), value: int64(n1.Value), approx: true}
		end = i + 2 + k1 + k2
	case s == "one" && (x.at(i+1) == "or" || x.at(i+1) == "to") && x.isNumberAt(i+2):
		// "one or two", "one to three"
		n2, _ := textutil.NumberWord(x.at(i + 2))
		q = quantity{ok: true, min: 1, max: int64(n2.Value), value: 1, approx: true}
		end = i + 3
	default:
		if v, ok := vagueQuantities[s]; ok && s != "tens" {
			if v == 0 {
				return quantity{}, start
			}
			q = quantity{ok: true, min: v, max: Unknown, value: v, approx: true}
			if n, k := x.parseNumber(i); k > 1 {
				// "hundreds of thousands"
				q, end = x.fromNumber(n, i, k)
			}
			break
		}
		n, k := x.parseNumber(i)
		if k == 0 {
			return quantity{}, start
		}
		if n.Ordinal || n.Fraction {
			return quantity{}, start
		}
		q, end = x.fromNumber(n, i, k)
		// "15 to 20", "15-20", "15 or 16": a range
		if c := x.at(end); (c == "to" || c == "or" || c == "-") && x.isNumberAt(end+1) {
			if n2, k2 := x.parseNumber(end + 1); k2 > 0 && !n2.Vague && n2.Value > n.Value {
				q.max = int64(n2.Value)
				q.approx = true
				end += 1 + k2
			}
		}
	}
	if !q.ok {
		return quantity{}, start
	}
	// "3 year-old boy", "6 yr old": an age, not a count
	if ageUnits[x.at(end)] && s != "a" && s != "an" {
		return quantity{}, start
	}
	q.start, q.end = start, end
	switch b {
	case boundMin:
		q.max = Unknown
	case boundMinGT:
		q.min++
		q.value = q.min
		q.max = Unknown
	case boundMax:
		q.min = Unknown
		q.approx = true
	case boundMaxLT:
		q.max--
		q.value = q.max
		q.min = Unknown
	case boundApprox:
		q.approx = true
	case boundNearly:
		q.max = q.value - 1
		q.value = q.max
		q.min = Unknown
		q.approx = true
	}
	return q, end
}

// isPlural reports whether word i is a plural person noun.
func isPlural(x *extractor, i int) bool {
	ok, pl := x.personHead(i)
	return ok && pl
}

func (x *extractor) matchWords(i int, ws []string) bool {
	if i+len(ws) > len(x.s.w) {
		return false
	}
	for k, s := range ws {
		if x.s.w[i+k].s != s {
			return false
		}
	}
	return true
}

// parseNumber reads a number at word i with textutil.ParseNumber.
func (x *extractor) parseNumber(i int) (textutil.Number, int) {
	var buf [8]string
	n := 0
	for j := i; j < len(x.s.w) && n < len(buf); j++ {
		w := x.s.w[j]
		if w.kind != segment.KindWord && w.kind != segment.KindNumber {
			break
		}
		buf[n] = w.s
		n++
	}
	num, k := textutil.ParseNumber(buf[:n])
	if k == 0 {
		return num, 0
	}
	// Clock times, years, ages and measures are not counts.
	if w := x.s.w[i]; w.kind == segment.KindNumber {
		if strings.ContainsAny(w.s, ":/") || (len(w.s) == 4 && !strings.Contains(w.s, ",") && num.Value >= 1900 && num.Value <= 2100) {
			return num, 0
		}
	}
	switch x.at(i + k) {
	case "a.m.", "p.m.", "am", "pm", "percent", "%", "mph", "years", "year", "months", "month", "weeks", "week", "days", "day", "hours", "minutes", "times", "rounds", "shots", "miles", "feet", "yards", "blocks", "o'clock", "-year-old":
		return num, 0
	}
	return num, k
}

// fromNumber turns a parsed number into a quantity.
func (x *extractor) fromNumber(n textutil.Number, i, k int) (quantity, int) {
	if n.Vague {
		// "dozens" = more than one dozen: at least two.
		lo := int64(n.Value) * 2
		return quantity{ok: true, min: lo, max: Unknown, value: lo, approx: true}, i + k
	}
	if n.Value < 0 || n.Value > 1e10 || n.Value != float64(int64(n.Value)) {
		return quantity{}, i
	}
	return exact(int64(n.Value)), i + k
}

// groupLeft parses a group of people whose last word is end, reading
// leftwards. It handles coordination ("two officers and three
// civilians"), partitives ("one of the victims") and appositions.
func (x *extractor) groupLeft(end int) group {
	g := x.groupLeft1(end)
	if !g.ok {
		return g
	}
	if g.individual && g.who.ref == refName && titleWords[x.at(g.start-1)] {
		g.start--
	}
	// coordination: "a man and a woman", "two officers and three civilians"
	// The conjunction nearest the group is "and"; earlier ones may be
	// commas: "a girl, a woman and a man".
	left := g     // the leftmost conjunct so far
	semi := false // a list whose items are closed by semicolons
	for n := 0; n < 6; n++ {
		j := g.start - 1
		c := x.at(j)
		// "Ann Lee, 24; Bob Fry, 25; and Carl Dunn": semicolons part
		// the items of a list that ends with "; and"
		if c == ";" && semi {
			c = ","
		}
		if c == "&" {
			c = "and" // "Mother & son wounded"
		}
		if c != "and" && (c != "," || n == 0 && !x.s.headline) {
			break
		}
		// "Hope, AR man dies": a town and its state, not two groups
		if c == "," && isStateCode(x.s.w[j+1].raw) {
			break
		}
		k := j - 1
		if c == "and" && x.at(k) == ";" && n == 0 {
			semi = true
		}
		if c == "and" && (x.at(k) == "," || semi && x.at(k) == ";") {
			// "Jose Garcia, 20, and Feliberto Ponce, 17": an age closes
			// the first conjunct
			if x.isNumberAt(k-1) && x.at(k-2) == "," {
				k -= 3
			} else {
				k--
			}
		} else if x.isNumberAt(k) && x.at(k-1) == "," && x.isName(k-2) && (c == "," || !semi) {
			// "Ann Lee, 24, Bob Fry, 25 and Carl Dunn": the age after a
			// name in a list
			k -= 2
		} else if ok, _ := x.personHead(k - 2); ok && c == "," && x.s.headline && x.isNumberAt(k) && x.at(k-1) == "," {
			// "Girl, 4, man hurt": a headline's age after a person
			// noun in a list
			k -= 2
		}
		k = x.skipAppositionLeft(k)
		h := x.groupLeft1(k)
		if !h.ok && c == "and" {
			// "two girls on a school trip and a man": a prepositional
			// phrase closes the first conjunct
			for m := k - 1; m > 0 && k-m <= 4; m-- {
				if w := x.s.w[m]; w.kind != segment.KindWord || triggers[w.s].kind != "" {
					break
				}
				if s := x.at(m); s == "on" || s == "in" || s == "at" || s == "from" || s == "near" || s == "inside" {
					if h2 := x.groupLeft1(m - 1); h2.ok && h2.q.ok && h2.subject != "" && !h2.individual {
						h = h2
					}
					break
				}
			}
		}
		if !h.ok || h.self || g.self || h.subject == "" || g.subject == "" {
			break
		}
		// "was shot by a neighbour and he is expected to
		// survive": the agent of a passive is no conjunct
		if x.at(h.start-1) == "by" {
			break
		}
		// "kills teen, another wounded": the object of an active verb
		// is counted with its verb
		if t := triggers[x.at(h.start-1)]; c == "," && t.act {
			break
		}
		// "Bob Fry and Officer Carl Dunn": a title before a name
		if h.individual && h.who.ref == refName && titleWords[x.at(h.start-1)] {
			h.start--
		}

		// "five men and women": one quantity for both nouns
		if c == "and" && h.q.ok && !g.q.ok && g.start == g.head && !h.individual {
			g.start = h.start
			g.q = h.q
			g.subject = h.subject + " and " + g.subject
			break
		}
		if !h.q.ok || !g.q.ok {
			break
		}
		// "Three victims, a man and a woman, were": the plural before
		// a list of persons is what the list describes
		// (but a headline's "3 girls, 1 man shot" counts each)
		if c == "," && !h.individual && h.q.ok && left.individual && !(x.s.headline && n == 0 && x.isNumberAt(left.start)) {
			break
		}
		// "the mother, 31-year-old Lucinda Varga, and the child": a
		// name between commas after a description is its apposition
		if c == "," && left.individual && left.who.ref == refName && h.individual && h.who.ref == refDef {
			break
		}
		// "five adults and an unborn baby": the unborn are not counted
		// with the people
		if x.unbornIn(h.start, h.end) {
			break
		}
		if x.unbornIn(g.start, g.end) {
			g = h
			continue
		}
		g = joinGroups(x, h, g)
		left = h
	}
	// "both the child and the man": two
	if x.at(g.start) == "both" && left.start != g.head && g.q.ok && g.q.value > 2 && x.isDetWord(g.start+1) {
		g.q = exact(2)
		g.q.start, g.q.end = g.start, g.start+1
	}
	return g
}

// isStateCode reports whether s is a two-letter capitalised state code
// ("AR", "Ark." is a name): "Hope, AR man".
func isStateCode(s string) bool {
	return len(s) == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z'
}

func joinGroups(x *extractor, a, b group) group {
	g := b
	g.start = a.start
	g.q = addQ(a.q, b.q)
	g.individual = false
	g.who = person{}
	g.part = a.part && b.part
	// "he and four others", "one dead man and a second man": the list
	// counts the person its others are set apart from
	g.withKnown = a.withKnown || b.additional && a.individual && (a.who.ref == refDef || a.who.ref == refPron || a.who.ref == refName || b.individual && x.ordinalIn(b.start, b.head) > 0)
	if a.subject != b.subject {
		g.subject = a.subject + " and " + b.subject
	}
	return g
}

func addQ(a, b quantity) quantity {
	q := quantity{ok: true, start: min(a.start, b.start), end: max(a.end, b.end), approx: a.approx || b.approx}
	q.value = a.value + b.value
	q.min, q.max = Unknown, Unknown
	if a.min != Unknown && b.min != Unknown {
		q.min = a.min + b.min
	}
	if a.max != Unknown && b.max != Unknown {
		q.max = a.max + b.max
	}
	return q
}

// groupLeft1 parses one group ending at word end.
func (x *extractor) groupLeft1(end int) group {
	w := x.s.w
	if end < 0 || end >= len(w) {
		return group{}
	}
	s := w[end].s
	// "15 more were hurt", "four other injured": the number heads the
	// group, set apart
	if (s == "more" || s == "other") && end > 0 && x.isQuantityEnd(end-1) {
		g := x.groupLeft1(end - 1)
		if g.ok {
			g.end = end + 1
			g.additional = true
		}
		return g
	}
	g := group{head: end, start: end, end: end + 1}
	// "Teen killed, another injured": one more person
	if s == "another" {
		g.ok, g.individual, g.additional = true, true, true
		g.q = exact(1)
		g.q.start, g.q.end = end, end+1
		g.subject = "another"
		g.who = person{ref: refIndef}
		return g
	}
	// "two people are dead and a third is wounded": one more person,
	// the nth of the group
	if a := x.at(end - 1); (a == "a" || a == "an") && personOrdinal(s) > 0 && !x.isName(end) {
		return x.ordinalPerson(end - 1)
	}
	// "no one", "nobody", "none"
	if (s == "one" && x.at(end-1) == "no") || zeroWords[s] {
		g.ok = true
		g.q = exact(0)
		if s == "one" {
			g.start = end - 1
		}
		g.q.start, g.q.end = g.start, end+1
		g.subject = "people"
		// "no one else": extend nothing; "none of them" handled by caller
		return g
	}
	if c, ok := pronouns[s]; ok {
		if s == "who" || s == "whom" {
			return group{}
		}
		g.ok = true
		g.subject = w[end].s
		if c > 0 {
			g.q = exact(int64(c))
			g.q.start, g.q.end = end, end+1
			g.individual = true
			g.who = pronounPerson(s)
			x.pronounEntity(&g, end)
		}
		if s == "himself" || s == "herself" || s == "themselves" || s == "myself" || s == "self" {
			g.self = true
		}
		return x.partitiveLeft(g)
	}
	ok, plural := x.personHead(end)
	numHead := false
	if !ok {
		if x.isName(end) {
			return x.nameLeft(end)
		}
		// a quantity alone: "two were killed", "15 dead"; not a date
		// ("Dec. 25") or an age after a name ("Smith, 25")
		if !x.isQuantityEnd(end) {
			return group{}
		}
		numHead = true
		// "Jamie Clayton, 22 was shot": a number above one with a
		// singular verb is an age, not a count
		// "2 adults and 3 juveniles ages 11, 12 and 16 were taken": the
		// group before the ages
		m := end - 1
		for m > 0 && end-m < 8 && (x.isNumberAt(m) || x.at(m) == "and" || x.at(m) == ",") {
			m--
		}
		if m < end-1 && (x.at(m) == "ages" || x.at(m) == "aged") {
			return x.groupLeft(m - 1)
		}
		switch x.at(end - 1) {
		case "turns", "turned", "turning", "age", "aged", "ages":
			return group{} // "who turns 4 on Friday": an age
		case "interstate", "highway", "route", "road", "i", "us", "sr", "hwy", "number", "no.", "channel", "station", "precinct", "district", "ward", "unit", "apartment", "suite", "room", "block", "street":
			return group{} // "on Interstate 40 near ...": a name
		}
		if v := x.at(end + 1); (v == "was" || v == "is" || v == "has") && x.numberAbove(end, 1) {
			// "a father of three was shot": the father
			if x.at(end-1) == "of" && end >= 2 {
				if ok, plural := x.personHead(end - 2); ok && !plural {
					if g := x.groupLeft1(end - 2); g.ok && g.individual {
						return g
					}
				}
			}
			if x.at(end-1) == "," && end >= 2 {
				if g := x.groupLeft1(end - 2); g.ok && g.individual {
					if n, ok := x.numberValue(end); ok && n < 120 {
						g.who.setAge(int(n))
					}
					return g
				}
			}
			return group{}
		}
		if p := x.at(end - 1); isMonthWord(p) || p == "," && x.at(end) != "one" && (x.at(end+1) == "," || x.numberAbove(end, 12)) && (x.isName(end-2) || isPersonWord(x, end-2)) {
			return group{}
		}
	}
	// walk left over modifiers
	start := end
	poss := -1 // the possessive marker nearest the head, if any
	for j := end - 1; j >= 0 && end-j < maxGroupWords; j-- {
		ws := w[j]
		if ws.kind != segment.KindWord && ws.kind != segment.KindNumber {
			break
		}
		s := ws.s
		if s == "and" && x.isNumberAt(j-1) && x.at(j-2) == "between" {
			start = j - 2
			j -= 2
			continue
		}
		if s == "'s" || s == "'" {
			// possessive: "the boy's mother" is one person
			if poss < 0 {
				poss = j
			}
			if j-1 >= 0 {
				start = j - 1
				j--
				if x.isDet(j - 1) {
					start = j - 1
					j--
				}
				continue
			}
			break
		}
		if s == "of" || npBreakers[s] && !qualifierWord[s] && !(s == "no" || s == "one" || s == "two") {
			break // qualifiers ending in "of" are read below
		}
		// "at 110 Elm St. Two people": an abbreviation that ends a
		// sentence the segmenter kept whole
		if len(s) > 2 && s[len(s)-1] == '.' && j+1 <= end && w[j+1].cap {
			if q, _ := x.quantityAt(j + 1); q.ok {
				break
			}
		}
		// "8 of 8 Five people": two numbers in a row are two phrases
		if ws.kind == segment.KindNumber && j+1 <= end && x.isQuantityEnd(j+1) {
			if n, ok := textutil.NumberWord(x.at(j + 1)); !ok || n.Value < 100 {
				break // but "1.2 million"
			}
		}
		if _, isTrig := triggers[s]; isTrig && !modifierTriggers[s] {
			break
		}
		if numHead && !x.isQuantityWord(j) && !qualifierWord[s] {
			break
		}
		// a determiner opens the phrase: only "all", "both" or a
		// qualifier may precede it ("all the men", "more than the ...")
		if start < end && x.isDetWord(start) && !(s == "all" || s == "both" || s == "half" || qualifierWord[s] || s == "than" || s == "least") {
			break
		}
		start = j
	}
	// find the quantity in [start, end] (after a possessive: "the 911
	// caller's father" counts one)
	g.start = start
	// "Police tell KXRT 9 News three people were shot": of two quantities in
	// the words, the one nearer the head counts
	for j := max(start, poss+1); j <= end; j++ {
		if q, _ := x.quantityAt(j); q.ok && q.end <= end {
			for k := q.end; k <= end; k++ {
				if q2, _ := x.quantityAt(k); q2.ok && q2.end <= end+1 && k > j {
					start = k
					break
				}
			}
			break
		}
	}
	if start > g.start && x.isDet(start-1) {
		start--
	}
	g.start = start
	for j := max(start, poss+1); j <= end; j++ {
		if q, _ := x.quantityAt(j); q.ok && q.end <= end+1 && (q.end > end || !numHead) {
			g.q = q
			// the quantity must be part of the phrase: drop words before
			// the qualifier's start, except a determiner ("the two
			// guards")
			if q.start > g.start {
				g.start = q.start
				if k := q.start - 1; x.isDet(k) || x.at(k) == "all" {
					g.start = k
				}
			}
			break
		}
		if x.isDet(j) && j > start {
			// "the boy's": keep looking
		}
	}
	// without a quantity, the phrase opens with its determiner or after
	// the nearest preposition ("learned about the boy's death")
	if !g.q.ok {
		for j := end - 1; j >= g.start; j-- {
			if x.isDetWord(j) {
				g.start = j
				break
			}
			if npBreakers[x.at(j)] || qualifierWord[x.at(j)] {
				g.start = j + 1
				break
			}
		}
	}
	// qualifiers left of the phrase ("at least 15", "more than a dozen")
	if g.q.ok && g.q.start == g.start {
		for _, qq := range qualifiers {
			k := g.start - len(qq.words)
			if k >= 0 && x.matchWords(k, qq.words) {
				q2, _ := x.quantityAt(k)
				if q2.ok && q2.end == g.q.end {
					g.q = q2
					g.start = k
				}
				break
			}
		}
	}
	if numHead && !g.q.ok {
		return group{}
	}
	g.ok = true
	if !numHead {
		g.subject = x.subjectText(end)
		g.perp = perpNouns[x.at(end)]
		if !g.q.ok && !plural {
			// "the boy", "Teen shot": one person
			g.q = exact(1)
			g.q.start, g.q.end = end, end+1
		}
		if !plural && g.q.ok && g.q.value == 1 {
			g.individual = true
			g.who = x.describe(g.start, end)
		}
	}
	g.additional = x.isAdditional(g.start, end, g.q)
	return x.partitiveLeft(g)
}

// isAdditional reports whether the phrase [start, end] marks a group
// apart from others already counted: "another man", "two others", "three
// more people", "a second victim".
func (x *extractor) isAdditional(start, end int, q quantity) bool {
	for j := start; j <= end; j++ {
		switch x.at(j) {
		case "another", "other", "others", "additional":
			return true
		case "more":
			if q.ok && j == q.end {
				return true
			}
		default:
			// "a second victim", "an eighth teen", "an 11th person" (not
			// "the third journalist killed this year", an ordering)
			if j > start && (x.at(j-1) == "a" || x.at(j-1) == "an") || x.headlineStart(j) {
				if personOrdinal(x.at(j)) > 0 {
					return true
				}
			}
		}
	}
	return false
}

// qualifierWord are words of qualifier phrases that are also npBreakers.
var qualifierWord = setOf("at", "than", "over", "up", "to", "about", "around", "under", "as", "of")

// modifierTriggers are trigger words that may modify a person noun
// ("shooting victims", "injured people").
var modifierTriggers = setOf("shooting", "injured", "wounded", "dead", "deceased", "missing", "murdered", "slain", "killed", "displaced", "kidnapped", "abducted", "detained", "arrested")

// isQuantityEnd reports whether word i ends a bare quantity: "15", "two",
// "dozens", "several".
func (x *extractor) isQuantityEnd(i int) bool {
	w := x.s.w[i]
	if w.kind == segment.KindNumber {
		n, ok := textutil.NumberWord(w.s)
		return ok && !n.Ordinal && !strings.ContainsAny(w.s, ":/")
	}
	if n, ok := textutil.NumberWord(w.s); ok {
		return !n.Ordinal && !n.Fraction
	}
	if v, ok := vagueQuantities[w.s]; ok && v > 0 {
		return true
	}
	return w.s == "both"
}

func (x *extractor) isQuantityWord(i int) bool {
	s := x.at(i)
	if x.isQuantityEnd(i) {
		return true
	}
	switch s {
	case "a", "an", "another", "both", "no", "some", "estimated", "least", "than", "more", "nearly", "almost", "about", "around", "approximately", "roughly", "over", "up", "to", "as", "many", "few", "fewer", "less", "total", "of", "at", "under", "all":
		return true
	}
	return false
}

// numberAbove reports whether word i is a number greater than n.
func (x *extractor) numberAbove(i int, n float64) bool {
	v, ok := textutil.NumberWord(x.at(i))
	return ok && v.Value > n
}

// partitiveLeft turns "the victims" into "one of the victims" when a
// quantity and "of" precede the group.
func (x *extractor) partitiveLeft(g group) group {
	if x.at(g.start-1) != "of" {
		return g
	}
	k := g.start - 2
	switch x.at(k) {
	case "all", "each", "most", "some", "many", "several", "half":
		g.start = k
		if x.at(k) != "all" {
			g.q = quantity{}
		}
		g.individual = false
		g.who = person{}
		return g
	case "none":
		g.start = k
		g.q = exact(0)
		g.q.start, g.q.end = k, k+1
		g.individual = false
		g.who = person{}
		return g
	}
	// "two-thirds of the 300 passengers": a share of a counted group
	if n, ok := textutil.NumberWord(x.at(k)); ok && n.Fraction {
		if g.q.ok && g.q.value > 0 {
			v := int64(float64(g.q.value)*n.Value + 0.5)
			g.q = quantity{ok: true, start: k, end: k + 1, min: v, max: v, value: v, approx: true}
		} else {
			g.q = quantity{}
		}
		g.start = k
		g.individual = false
		g.who = person{}
		return g
	}
	// find the quantity ending at k
	for j := max(0, k-3); j <= k; j++ {
		if q, e := x.quantityAt(j); q.ok && e == k+1 {
			// "one of the seven people killed": the seven are counted too
			if g.q.ok && !g.individual && g.q.value > q.value {
				g.whole = g.q
			}
			g.start = j
			g.q = q
			g.individual = false
			g.who = person{}
			return g
		}
	}
	return g
}

// nameLeft parses a personal name ending at word end.
func (x *extractor) nameLeft(end int) group {
	// "Carl Dunn, Jr.": the suffix after a comma closes the name before
	// it
	if nameSuffixes[x.at(end)] && x.s.w[end].cap && x.at(end-1) == "," && x.isName(end-2) && !nameSuffixes[x.at(end-2)] {
		if g := x.nameLeft(end - 2); g.ok {
			g.end, g.q.end = end+1, end+1
			return g
		}
	}
	start := end
	for j := end - 1; j >= 0 && end-j < 4 && (x.isName(j) || isInitial(x.s.w[j].s) && x.s.w[j].cap); j-- {
		start = j
	}
	g := group{ok: true, start: start, end: end + 1, head: end, individual: true}
	g.q = exact(1)
	g.q.start, g.q.end = start, end+1
	g.subject = x.surface(start, end+1)
	g.who = person{ref: refName, name: x.nameKey(start, end+1)}
	// "Three-year-old Addison": an age makes a person of the name
	if x.isAgeAt(start - 1) {
		if n, _, ok := textutil.SplitNumberPrefix(x.at(start - 1)); ok {
			g.who.setAge(int(n.Value))
		}
		g.start = start - 1
		x.personName(&g)
		return g
	}
	if !x.personName(&g) {
		return group{}
	}
	return g
}

// nameKey returns the words of a name in lower case, without initials and
// suffixes.
func (x *extractor) nameKey(i, j int) string {
	var parts []string
	for k := i; k < j; k++ {
		s := x.s.w[k].s
		if isInitial(s) || s == "jr." || s == "sr." || s == "jr" || s == "sr" {
			continue
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " ")
}

// nameSuffixes follow a surname: "Jr.", "Sr.", "III".
var nameSuffixes = setOf("jr.", "sr.", "jr", "sr", "ii", "iii", "iv")

func isInitial(s string) bool { return len(s) == 2 && s[1] == '.' }

// surface returns the original text of words [i, j).
func (x *extractor) surface(i, j int) string {
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i && x.s.w[k].span.Start > x.s.w[k-1].span.End {
			b.WriteByte(' ')
		}
		b.WriteString(x.s.w[k].raw)
	}
	return b.String()
}

// subjectText returns the subject of a group headed by word head: the
// head noun with a person-noun modifier ("police officers").
func (x *extractor) subjectText(head int) string {
	s := x.s.w[head].s
	if _, rest, ok := textutil.SplitNumberPrefix(s); ok {
		if strings.HasSuffix(rest, "s") {
			return "people"
		}
		return "person"
	}
	if p := x.at(head - 1); compoundModifiers[p] {
		return p + " " + s
	}
	return s
}

// compoundModifiers form multiword subjects with the head.
var compoundModifiers = setOf("police", "security", "gang", "aid", "crew", "health", "relief",
	"family", "border", "prison", "fire", "militia", "army", "government", "opposition", "rebel",
	"shooting", "gunshot", "school", "club", "bar", "church", "store", "postal", "transit")

// describe returns the person described by words [start, end].
func (x *extractor) describe(start, end int) person {
	p := person{ref: refDef}
	switch x.at(start) {
	case "a", "an", "one", "another":
		p.ref = refIndef
	}
	// "her daughter's best friend": the possessor describes someone else
	for j := end - 1; j > start; j-- {
		if s := x.at(j); s == "'s" || s == "'" {
			start = j + 1
			break
		}
	}
	for j := start; j <= end; j++ {
		s := x.s.w[j].s
		if n, rest, ok := textutil.SplitNumberPrefix(s); ok && strings.HasPrefix(rest, "year-old") {
			p.age = int(n.Value)
		}
		if sx := sexOf[s]; sx != 0 && s != "his" && s != "her" {
			p.sex = sx // not a possessive: "her son" is male
		}
		if st := stageOf[s]; st != 0 && j == end {
			p.stage = st
		}
	}
	if p.age != 0 {
		p.setAge(p.age)
	}
	return p
}

// setAge records an age and the stage of life it implies: a child up to
// 12, an adult from 21; a 17-year-old may be called a boy or a man.
func (p *person) setAge(age int) {
	p.age = age
	switch {
	case age <= 0:
	case age <= 12:
		p.stage = 'c'
	case age >= 21:
		p.stage = 'a'
	default:
		p.stage = 0
	}
}

// stageOf gives the stage of life a person noun implies: 'c' for a child,
// 'a' for an adult.
var stageOf = func() map[string]byte {
	m := map[string]byte{}
	for _, w := range []string{"boy", "girl", "child", "kid", "baby", "infant", "toddler", "newborn",
		"preschooler", "schoolboy", "schoolgirl", "youngster"} {
		m[w] = 'c'
	}
	for _, w := range []string{"man", "woman", "gentleman", "lady", "husband", "wife", "father", "mother",
		"grandfather", "grandmother", "grandpa", "grandma", "stepfather", "stepmother", "mom", "dad",
		"stepmom", "stepdad"} {
		m[w] = 'a'
	}
	return m
}()

// sexOf gives the sex a person noun implies.
var sexOf = func() map[string]byte {
	m := map[string]byte{}
	for _, w := range []string{"man", "boy", "male", "father", "son", "brother", "husband", "boyfriend",
		"grandfather", "uncle", "nephew", "gentleman", "guy", "policeman", "stepfather", "stepson",
		"dad", "grandson", "fiance", "ex-boyfriend", "ex-husband", "grandpa", "he", "him", "himself", "his"} {
		m[w] = 'm'
	}
	for _, w := range []string{"woman", "girl", "female", "mother", "daughter", "sister", "wife", "girlfriend",
		"grandmother", "aunt", "niece", "lady", "policewoman", "stepmother", "stepdaughter", "mom",
		"granddaughter", "fiancee", "ex-girlfriend", "ex-wife", "grandma", "she", "her", "herself"} {
		m[w] = 'f'
	}
	return m
}()

func pronounPerson(s string) person {
	p := person{ref: refPron, sex: sexOf[s]}
	if s == "himself" || s == "herself" || s == "self" {
		p.ref = refSelf
	}
	return p
}

// skipAppositionLeft skips appositions and parentheticals that end at word
// i (", 25," or ", Jr., 27, of Homewood," or ", including a 7-year-old
// boy,") and returns the index of the word before them, or i when there is
// none.
func (x *extractor) skipAppositionLeft(i int) int {
	j := i
	for n := 0; n < 4; n++ {
		c := x.at(j)
		dash := x.s.w[max(j, 0)].kind == segment.KindDash && j >= 0
		if c != "," && c != ")" && !dash {
			break
		}
		open := ","
		switch {
		case c == ")":
			open = "("
		case dash:
			open = c
		}
		k := -1
		for m := j - 1; m >= 0 && j-m <= 10; m-- {
			s := x.at(m)
			// a dash opens where the same dash (as written) does:
			// not the hyphen of "a 26- and 31-year-old"
			if s == open && (!dash || x.s.w[m].raw == x.s.w[j].raw) {
				k = m
				break
			}
			if s == "." || s == ";" || s == ":" || (open == "," && s == "and") {
				break
			}
		}
		if k < 0 || k == j-1 {
			break
		}
		first := x.at(k + 1)
		inner := k+2 == j
		if !(inner && x.isNumberAt(k+1) || x.isAgeAt(k+1) || first == "including" || first == "both" || first == "all" ||
			first == "each" || first == "who" || first == "a" || first == "an" || first == "of" ||
			first == "aged" || first == "ages" || first == "ranging" || first == "from" || first == "identified" ||
			first == "most" || first == "many" || first == "jr." || first == "sr." || first == "jr" ||
			first == "sr" || first == "ii" || first == "iii" || open == "(" || dash || x.isName(k+1)) {
			break
		}
		j = k // the opening comma may close another apposition
	}
	if j == i {
		return i
	}
	return j - 1
}

// groupRight parses a group starting at word i, reading rightwards: the
// object of an active verb.
func (x *extractor) groupRight(i int) group {
	// "both himself and a girl": "both" opens a pair
	if x.at(i) == "both" && x.at(i+1) != "of" {
		if g := x.groupRight(i + 1); g.ok && g.q.ok && g.q.value == 2 && g.start == i+1 {
			g.start = i
			return g
		}
	}
	g := x.groupRight1(i)
	if !g.ok {
		return g
	}
	last := g     // the last conjunct so far
	semi := false // a list whose items are closed by semicolons
	for n := 0; n < 6; n++ {
		j := g.end
		// "shot Ann Lee, 31, and her mother": an age after a conjunct
		if last.individual && x.at(j) == "," && x.isAgeNumber(j+1) {
			switch x.at(j + 2) {
			case ",", ";", "and":
				j += 2
				g.end, last.end = j, j
			}
		}
		c := x.at(j)
		// "killed his son, Tom; his wife, Ann; and her mother":
		// semicolons part the items of a list that ends with "; and"
		if c == ";" && (semi || x.listEndsWithSemiAnd(j+1)) {
			semi = true
			c = ","
		}
		if c == "," && x.at(j+1) == "and" {
			j++
			c = "and"
		}
		if c != "and" && c != "," {
			break
		}
		// "kills wife, son, then himself", "killing two, then
		// himself": the victims and the killer
		then := c == "," && x.at(j+1) == "then" && reflexives[x.at(j+2)]
		if then {
			j++
		}
		h := x.groupRight1(j + 1)
		if !h.ok || !h.q.ok || !g.q.ok || h.subject == "" || g.subject == "" && !(then && h.self) {
			break
		}
		if c == "," && !then {
			// "her aunt, 58-year-old Rosalind Pike, and ...": a name
			// after a description is its apposition
			if last.individual && last.who.ref == refDef && h.individual && h.who.ref == refName && (x.at(h.end) == "," || x.at(h.end) == ";") {
				g.end = h.end
				g.who.merge(h.who)
				last.end = h.end
				continue
			}
			// "his wife and the three boys, Ned, 9, Al, 7, and Jo, 4":
			// the names after a plural are its members
			if !last.individual && h.individual && h.who.ref == refName {
				break
			}
			// "a man, a woman and a child": a list must end with "and"
			// (a headline's may end with a reflexive instead: "kills
			// daughter, grandchildren, self")
			if !x.listEndsWithAnd(h.end, semi) && !(x.s.headline && x.listEndsWithSelf(j+1)) && !x.headlinePair(g, h) {
				break
			}
			// "James Gustafson, the son of ...": an apposition
			// or "Gavin Stiles, son of ...": a description after a name
			if last.who.ref == refName && (x.isDetWord(j+1) || h.individual && h.who.ref == refDef) {
				break
			}
		}
		// "killing two people and wounding three": a verb follows
		if x.unbornIn(h.start, h.end) {
			g.end = h.end
			continue
		}
		g = joinRight(g, h)
		last = h
	}
	// "both the man and the woman's son": two
	if x.at(g.start) == "both" && g.q.ok && g.q.value > 2 && x.isDetWord(g.start+1) && !g.individual {
		g.q = exact(2)
		g.q.start, g.q.end = g.start, g.start+1
	}
	return g
}

// listEndsWithAnd reports whether a list continued at word i ends with
// "and" + group before a clause boundary (semicolons part its items if
// semi is set).
func (x *extractor) listEndsWithAnd(i int, semi bool) bool {
	for j := i; j < len(x.s.w) && j < i+30; j++ {
		switch x.at(j) {
		case "and":
			return true
		case ",":
			continue
		case ";":
			if semi {
				continue
			}
		}
		if x.s.w[j].kind == segment.KindPunct {
			return false
		}
	}
	return false
}

// listEndsWithSemiAnd reports whether a list continued at word i ends
// with "; and" before a clause boundary: "his son, Tom; his wife, Ann;
// and her mother".
func (x *extractor) listEndsWithSemiAnd(i int) bool {
	for j := i; j < len(x.s.w) && j < i+30; j++ {
		switch x.at(j) {
		case ",":
			continue
		case ";":
			if x.at(j+1) == "and" {
				return true
			}
			continue
		}
		if x.s.w[j].kind == segment.KindPunct {
			return false
		}
	}
	return false
}

// isAgeNumber reports whether word i is a whole number that may be an
// age after a name ("Ann Lee, 31,").
func (x *extractor) isAgeNumber(i int) bool {
	if i < 0 || i >= len(x.s.w) || x.s.w[i].kind != segment.KindNumber {
		return false
	}
	n, ok := textutil.NumberWord(x.at(i))
	return ok && !n.Vague && !n.Fraction && n.Value >= 1 && n.Value <= 110 && n.Value == float64(int(n.Value))
}

// listEndsWithSelf reports whether a list continued at word i ends
// with a reflexive after a comma ("son, daughter, himself", "wife, then
// herself") before a clause boundary.
func (x *extractor) listEndsWithSelf(i int) bool {
	for j := i; j < len(x.s.w) && j < i+30; j++ {
		if x.s.w[j].kind == segment.KindPunct && x.at(j) != "," {
			return false
		}
		if reflexives[x.at(j)] {
			p := x.at(j - 1)
			return p == "," || p == "then" && x.at(j-2) == ","
		}
	}
	return false
}

// reflexives are the reflexive pronouns a list of the harmed may end
// with.
var reflexives = setOf("himself", "herself", "themselves", "self")

// ageUnits are the words that make the number before them an age.
var ageUnits = setOf("year-old", "years-old", "year", "years", "yr", "yrs", "yr.", "yo", "y/o", "y.o.", "month-old", "months-old",
	"week-old", "weeks-old", "day-old")

func joinRight(a, b group) group {
	g := a
	g.end = b.end
	g.self = false // "his wife and himself": the group counts both
	// and the attacker among them (a murder-suicide's toll)
	g.perp = a.perp || b.perp || a.self || b.self
	g.q = addQ(a.q, b.q)
	g.individual = false
	g.who = person{}
	if a.subject != b.subject && a.subject != "" {
		g.subject = a.subject + " and " + b.subject
	}
	return g
}

// groupRight1 parses one group starting at word i.
func (x *extractor) groupRight1(i int) group {
	w := x.s.w
	if i < 0 || i >= len(w) {
		return group{}
	}
	s := w[i].s
	// "killed her husband": "her" is a determiner before a noun phrase
	herDet := s == "her" && i+1 < len(w) && (w[i+1].kind == segment.KindWord || w[i+1].kind == segment.KindNumber) && !npBreakers[w[i+1].s] && !timeWords[w[i+1].s] && !x.isWeekday(i+1)
	if c, ok := pronouns[s]; ok && !herDet {
		if s == "he" || s == "she" || s == "they" || s == "we" || s == "i" || s == "who" || s == "whom" || s == "everyone" || s == "everybody" {
			return group{}
		}
		g := group{ok: true, start: i, end: i + 1, head: i, subject: s}
		if c > 0 {
			g.q = exact(int64(c))
			g.q.start, g.q.end = i, i+1
			g.individual = true
			g.who = pronounPerson(s)
			x.pronounEntity(&g, i)
		}
		g.self = s == "himself" || s == "herself" || s == "themselves" || s == "myself" || s == "self"
		return g
	}
	// "killing two and wounding a third": one more person, the nth
	if (s == "a" || s == "an") && i+1 < len(w) && personOrdinal(w[i+1].s) > 0 {
		// (bare: "a second time" is no person)
		if i+2 >= len(w) || w[i+2].kind != segment.KindWord || ordinalEnds[w[i+2].s] {
			return x.ordinalPerson(i)
		}
	}
	if x.isName(i) {
		end := i
		for j := i + 1; j < len(w) && j-i < 4 && (x.isName(j) || isInitial(w[j].s) && w[j].cap); j++ {
			end = j
		}
		// "shot at Douglass Park": a place named after a person
		if end+1 < len(w) && (w[end+1].cap || x.s.nocase) && placeHeads[w[end+1].s] {
			return group{}
		}
		// "Paterson teen", "Macon toddler": a place before a person noun
		if ok, _ := x.personHead(end + 1); ok || x.isAgeAt(end+1) {
			return x.groupRight1Modified(i)
		}
		// "Tyson Gay's daughter": the person is the possessed
		if p := x.at(end + 1); p == "'s" || p == "'" {
			if h := x.groupRight1Modified(end + 2); h.ok && h.subject != "" {
				h.start = i
				return h
			}
		}
		g := group{ok: true, start: i, end: end + 1, head: end, individual: true, subject: x.surface(i, end+1)}
		// "Carl Dunn, Jr., 30, and ...": the suffix after a comma is
		// part of the name, not another person
		if x.at(end+1) == "," && nameSuffixes[x.at(end+2)] && end+2 < len(w) && w[end+2].cap {
			g.end = end + 3
		}
		g.q = exact(1)
		g.q.start, g.q.end = i, g.end
		g.who = person{ref: refName, name: x.nameKey(i, end+1)}
		if !x.personName(&g) {
			return group{}
		}
		return g
	}
	return x.groupRight1Modified(i)
}

// endsPhrase reports whether a noun phrase cannot go on at word i: the
// end of the sentence, punctuation, or a preposition or conjunction.
func (x *extractor) endsPhrase(i int) bool {
	return i >= len(x.s.w) || x.s.w[i].kind == segment.KindPunct || npBreakers[x.at(i)] || timeWords[x.at(i)] || x.isWeekday(i)
}

func (x *extractor) isAgeAt(i int) bool {
	if n, rest, ok := textutil.SplitNumberPrefix(x.at(i)); ok && !n.Fraction {
		return strings.HasPrefix(rest, "year-old") || strings.HasPrefix(rest, "month-old")
	}
	return false
}

// groupRight1Modified parses a group of quantity, determiner, modifiers
// and a person noun (or a bare quantity) starting at word i.
func (x *extractor) groupRight1Modified(i int) group {
	w := x.s.w
	if i < 0 || i >= len(w) {
		return group{}
	}
	q, j := x.quantityAt(i)
	definite := false
	if !q.ok {
		j = i
		if x.isDet(j) || w[j].s == "a" || w[j].s == "an" {
			definite = x.isDet(j)
			j++
			// "the six priests", "his two daughters"
			if definite {
				if q2, e := x.quantityAt(j); q2.ok && q2.value != 1 || q2.ok && x.at(j) != "a" && x.at(j) != "an" {
					q, j = q2, e
					q.start = i
				}
			}
		}
	}
	// modifiers up to the head
	modified := false // a casualty word modifies the head
	for k := j; k < len(w) && k-i < maxGroupWords; k++ {
		if w[k].kind != segment.KindWord && w[k].kind != segment.KindNumber {
			break
		}
		// "the boy's father": the father, but "the dead child's
		// mother" is read from "dead" for the child
		if ok, plural := x.personHead(k); ok && !(k+1 < len(w) && isPlural(x, k+1)) && !x.modifiesPerson(k) && !(!modified && x.possessesPerson(k)) && !x.modifiesThing(k) {
			// "33-year-old Megan Short": an age before a name
			if !plural && x.isAgeAt(k) && x.isName(k+1) {
				end := k + 1
				for end+1 < len(w) && end-k < 4 && x.isName(end+1) {
					end++
				}
				g := group{ok: true, start: i, end: end + 1, head: end, individual: true, subject: x.surface(k+1, end+1)}
				g.q = exact(1)
				g.q.start, g.q.end = i, end+1
				g.who = person{ref: refName, name: x.nameKey(k+1, end+1)}
				if n, _, ok := textutil.SplitNumberPrefix(x.at(k)); ok {
					g.who.setAge(int(n.Value))
				}
				if x.personName(&g) && x.at(end+1) != "'s" && x.at(end+1) != "'" {
					return g
				}
			}
			g := group{ok: true, start: i, end: k + 1, head: k, subject: x.subjectText(k), q: q, perp: perpNouns[w[k].s]}
			if !q.ok && !plural {
				g.q = exact(1)
				g.q.start, g.q.end = i, i+1
			}
			if g.q.ok && g.q.value == 1 && !plural {
				g.individual = true
				g.who = x.describe(i, k)
			}
			g.additional = x.isAdditional(i, k, g.q)
			_ = definite
			return x.partitiveRight(g)
		}
		s := w[k].s
		if npBreakers[s] || k > j && (determiners[s] && s != "other" && s != "two" && s != "one" || s == "a" || s == "an") {
			break
		}
		if _, isTrig := triggers[s]; isTrig && !modifierTriggers[s] {
			break
		}
		modified = modified || modifierTriggers[s]
		if k > j && x.isQuantityEnd(k) {
			break
		}
		if s == "'s" {
			continue
		}
	}
	// a bare quantity: "killing 15", "wounding three others" handled above
	if q.ok && x.at(i) != "a" && x.at(i) != "an" {
		n := x.at(j)
		if j >= len(w) || w[j].kind == segment.KindPunct || npBreakers[n] || n == "dead" || n == "injured" || n == "wounded" || timeWords[n] || x.isWeekday(j) || n == "people" {
			g := group{ok: true, start: i, end: j, head: j - 1, q: q}
			return x.partitiveRight(g)
		}
		// "wounding three more": more people, set apart from those
		// counted
		if n == "more" && j == q.end && x.endsPhrase(j+1) {
			return group{ok: true, start: i, end: j + 1, head: j, q: q, additional: true}
		}
	}
	return group{}
}

// modifiesPerson reports whether the collective noun at k modifies a
// person noun that follows: "a police officer", "a family member".
func (x *extractor) modifiesPerson(k int) bool {
	if x.isAgeAt(k) {
		// "her 30-year-old daughter": the age describes the noun
		_, ok := personNouns[x.at(k+1)]
		return ok
	}
	if !compoundModifiers[x.at(k)] {
		return false
	}
	ok, _ := x.personHead(k + 1)
	return ok
}

// modifiesThing reports whether the collective person noun at k modifies
// a noun that follows and names no person: "the family dogs", "a police
// car".
func (x *extractor) modifiesThing(k int) bool {
	if !compoundModifiers[x.at(k)] || k+1 >= len(x.s.w) {
		return false
	}
	n := x.s.w[k+1]
	if n.kind != segment.KindWord || npBreakers[n.s] || determiners[n.s] || timeWords[n.s] || modals[n.s] {
		return false
	}
	if _, ok := personNouns[n.s]; ok {
		return false
	}
	if _, ok := triggers[n.s]; ok {
		return false
	}
	if _, ok := pronouns[n.s]; ok {
		return false
	}
	return n.raw != "" && n.raw[0] >= 'a' && n.raw[0] <= 'z' && !isAdverb(n.s)
}

// unbornIn reports whether words [start, end) speak of the unborn ("an
// unborn baby", "the fetus"), whom tolls do not count.
func (x *extractor) unbornIn(start, end int) bool {
	for k := max(start, 0); k < end && k < len(x.s.w); k++ {
		switch x.at(k) {
		case "unborn", "fetus", "fetuses", "foetus":
			return true
		}
	}
	return false
}

// possessesPerson reports whether the person noun at k is the possessor
// of the person noun that follows: "the boy's father".
func (x *extractor) possessesPerson(k int) bool {
	if p := x.at(k + 1); p != "'s" && p != "'" {
		return false
	}
	ok, _ := x.personHead(k + 2)
	return ok
}

func (x *extractor) isWeekday(i int) bool {
	_, ok := textutil.Weekday(x.at(i))
	return ok && len(x.at(i)) > 3
}

// partitiveRight reads "one of them", "two of the victims" to the right.
func (x *extractor) partitiveRight(g group) group {
	if !g.q.ok || x.at(g.end) != "of" || g.head != g.end-1 || g.subject != "" {
		return g
	}
	h := x.groupRight1(g.end + 1)
	if !h.ok {
		if s := x.at(g.end + 1); s == "them" || s == "whom" || s == "those" {
			g.end += 2
		} else if x.isDet(g.end+1) && g.subject == "" {
			return group{} // "one of the family dogs": no people
		}
		return g
	}
	g.end = h.end
	g.subject = h.subject
	return g
}

func isMonthWord(s string) bool {
	if isMonthName(s) {
		return true
	}
	switch s {
	case "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "jan", "feb", "aug", "sept", "oct", "nov", "dec":
		return true
	}
	return false
}

func isPersonWord(x *extractor, i int) bool {
	ok, _ := x.personHead(i)
	return ok
}

// personName checks a name group against the entities analyser: a name
// it types as a place or an organisation counts no one; a person's
// mentions share the entity's identity.
func (x *extractor) personName(g *group) bool {
	span := analyzer.Span{Start: x.s.w[g.start].span.Start, End: x.s.w[g.end-1].span.End}
	m, ok := x.mentionAt(span)
	if !ok {
		return true
	}
	switch m.Type {
	case entities.Location, entities.Organization:
		return false
	case entities.Person:
		if m.Entity >= 0 {
			g.who.ent = m.Entity + 1
		}
	}
	return true
}

// pronounEntity gives a pronoun the identity of the person the entities
// analyser resolves it to.
func (x *extractor) pronounEntity(g *group, i int) {
	if m, ok := x.mentionAt(x.s.w[i].span); ok && m.Kind == entities.Pronoun && m.Type == entities.Person && m.Entity >= 0 {
		g.who.hint = m.Entity + 1
	}
}

// perpNouns name attackers, whose own deaths and injuries add to those of
// their victims.
var perpNouns = setOf("gunman", "gunmen", "shooter", "shooters", "suspect", "suspects", "attacker",
	"attackers", "assailant", "assailants", "robber", "robbers", "intruder", "intruders",
	"burglar", "burglars", "bomber", "bombers", "hijacker", "sniper", "killer", "perpetrator",
	"carjacker", "kidnapper")

// quantityStarts are the words (besides numbers) a quantity can start
// with.
var quantityStarts = func() map[string]bool {
	m := map[string]bool{"no": true, "both": true, "another": true, "a": true, "an": true, "between": true, "one": true}
	for _, q := range qualifiers {
		m[q.words[0]] = true
	}
	for w := range zeroWords {
		m[w] = true
	}
	for w := range vagueQuantities {
		m[w] = true
	}
	return m
}()

// ordinalIn returns n for "a fifth person" in words [start, end]: the
// group then has at least n members; 0 if none.
func (x *extractor) ordinalIn(start, end int) int64 {
	for j := start; j <= end; j++ {
		if j == start && !x.headlineStart(j) {
			continue
		}
		if x.at(j-1) != "a" && x.at(j-1) != "an" && !x.headlineStart(j) {
			continue
		}
		if n := personOrdinal(x.at(j)); n > 0 {
			return n
		}
	}
	return 0
}

// personOrdinal returns n for an ordinal from "second" to "twentieth"
// (or "2nd" to "20th"), which may count one more person ("a third
// victim", "wounding a third"); 0 for other words.
func personOrdinal(s string) int64 {
	if n, ok := textutil.NumberWord(s); ok && n.Ordinal && n.Value >= 2 && n.Value <= 20 {
		return int64(n.Value)
	}
	return 0
}

// ordinalPerson is the group of "a" or "an" at word i and a bare
// ordinal after it: one more person ("a third is wounded").
func (x *extractor) ordinalPerson(i int) group {
	g := group{ok: true, start: i, end: i + 2, head: i + 1, individual: true, additional: true, subject: x.at(i + 1)}
	g.q = exact(1)
	g.q.start, g.q.end = i, i+2
	g.who = person{ref: refIndef}
	return g
}

// headlineStart reports whether word i opens a headline (or follows
// its kicker's colon), where the article is dropped: a bare ordinal
// there is one more of a counted group ("Third man dies after
// shooting"), a participle a dead person ("Slain teen identified").
func (x *extractor) headlineStart(i int) bool {
	return x.s.headline && (i == 0 || i > 0 && x.at(i-1) == ":")
}

// isDetWord reports whether word i is an article or a possessive or
// demonstrative determiner.
func (x *extractor) isDetWord(i int) bool {
	switch x.at(i) {
	case "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those":
		return true
	}
	return false
}

// headlinePair reports whether group h after a comma closes a headline's
// list of two that drops its "and" ("shooting of boy, grandfather",
// "wounded a toddler, 2 others"): both are people, not a name and its
// description ("Ann Lee, teacher"), h opens with its head, a determiner,
// a number or an age (not a verb: "kill mother, shoot sister"), and no
// list, possessive, verb of speech or predicate of its own continues
// after it.
func (x *extractor) headlinePair(g, h group) bool {
	if !x.s.headline || g.perp || h.perp {
		return false
	}
	if h.head != h.start && !x.isDetWord(h.start) && !x.isNumberAt(h.start) && !x.isAgeAt(h.start) && !(h.who.ref == refName && x.isName(h.start)) && !(h.head == h.start+1 && personAdjectives[x.at(h.start)]) {
		return false
	}
	// "Ann Lee, mother of three": a description after a name; "the
	// victim, Ann Lee": a name after a description
	if g.who.ref == refName && h.who.ref != refName || h.who.ref == refName && g.who.ref != refName {
		return false
	}
	switch x.at(h.end) {
	case ",", "and", "'s", "'":
		return false
	}
	// "Teen kills brother, aunt says": h is the source; "kills man,
	// woman wounded": h is the subject of its own predicate
	return !speechVerbs[x.at(h.end)] && !triggers[x.at(h.end)].pred
}

// personAdjectives may open the second of a headline's pair of victims
// ("shoots 2 women, young girl").
var personAdjectives = setOf("young", "little", "teen", "teenage", "elderly", "pregnant", "infant", "baby", "toddler", "older", "younger")

// speechVerbs attribute a headline to its source: "..., aunt says".
var speechVerbs = setOf("says", "say", "said", "tells", "told", "claims", "claim", "believes", "believe", "thinks", "think", "reports", "report", "recalls", "testifies", "testified")
