package entities

import (
	"strings"

	"github.com/newsfacts/newsfacts/analyzer/segment"
	"unicode"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/entities/internal/gazetteer"
	"github.com/newsfacts/newsfacts/entities/internal/ner"
)

// findNames runs the model over the document's sentences and records its
// phrases as name mentions.
func (d *docState) findNames() {
	sents := make(ner.Doc, len(d.seg.Sentences))
	for si := range d.seg.Sentences {
		a, b := d.sentTokens(si)
		sents[si] = d.words[a:b]
	}
	type found struct {
		si, t0, t1 int
		typ        Type
		headline   bool
	}
	var all []found
	var common map[string]uint8 // words of names in headlines -> how the body writes them
	for si, spans := range d.model.Tag(sents) {
		base, _ := d.sentTokens(si)
		headline := len(spans) > 0 && d.isHeadlineSentence(si)
		for _, s := range spans {
			f := found{si, base + s.Start, base + s.End, nerTypes[s.Type], headline}
			all = append(all, f)
			if headline {
				if common == nil {
					common = map[string]uint8{}
				}
				for i := f.t0; i < f.t1; i++ {
					if d.isWord(i) {
						common[d.lower(i)] = 0
					}
				}
			}
		}
	}
	if common != nil {
		d.bodyCase(common)
	}
	for _, f := range all {
		t0, t1 := f.t0, f.t1
		if f.headline {
			// Drop words that the body writes in lower case and never
			// capitalised inside a sentence: "Chipmaker" in "Chipmaker
			// Lumatek to Build ...".
			for t0 < t1 && d.isWord(t0) && common[d.lower(t0)] == 1 {
				t0++
			}
			for t1 > t0 && d.isWord(t1-1) && common[d.lower(t1-1)] == 1 {
				t1--
			}
		}
		if t0 >= t1 || !d.plausibleName(t0, t1) {
			continue
		}
		typ := d.headType(t0, t1, f.typ)
		m := &mention{
			span: d.span(t0, t1), typ: typ, kind: Name, entity: -1,
			sent: f.si, tok0: t0, tok1: t1, keys: d.nameKeys(t0, t1, typ),
		}
		mi := d.addMention(m)
		d.nameStart[t0] = int32(mi + 1)
		d.nameEnd[t1-1] = int32(mi + 1)
		for i := t0; i < t1; i++ {
			d.nameAt[i] = int32(mi + 1)
		}
		d.names = append(d.names, mi)
	}
}

// bodyCase records, for the words of words, how the body of the document
// writes them after the start of a sentence: bit 1 in lower case, bit 2
// capitalised.
func (d *docState) bodyCase(words map[string]uint8) {
	for _, s := range d.seg.Sentences {
		if d.seg.Paragraphs[s.Paragraph].Part != segment.Body {
			continue
		}
		for j := s.Tokens.Start + 1; j < s.Tokens.End; j++ {
			if !d.isWord(j) {
				continue
			}
			if _, ok := lookupFold(words, d.words[j]); !ok {
				continue
			}
			k := d.lower(j)
			if capitalised(d.words[j]) {
				words[k] |= 2
			} else {
				words[k] |= 1
			}
		}
	}
}

// isHeadlineSentence reports whether sentence si is a headline or is
// written like one, with nearly every word capitalised.
func (d *docState) isHeadlineSentence(si int) bool {
	if d.seg.Paragraphs[d.seg.Sentences[si].Paragraph].Part == segment.Headline {
		return true
	}
	a, b := d.sentTokens(si)
	words, caps := 0, 0
	for i := a; i < b; i++ {
		if !d.isWord(i) || d.cue[i]&cueStop != 0 {
			continue
		}
		words++
		if capitalised(d.words[i]) {
			caps++
		}
	}
	return words >= 3 && caps*10 >= words*9
}

// nameSuffixes follow personal names: "Allen Ormond Jr".
var nameSuffixes = setOf("jr", "jr.", "sr", "sr.", "ii", "iii", "iv")

// streetWords end the names of streets and roads.
var streetWords = setOf("st", "st.", "street", "ave", "ave.", "avenue", "rd", "rd.", "road",
	"blvd", "blvd.", "boulevard", "dr.", "drive", "lane", "ln", "ln.", "way", "highway", "hwy",
	"hwy.", "parkway", "pkwy", "place", "pl.", "court", "ct.", "terrace", "square", "plaza",
	"alley", "route")

// orgHeads are common nouns that, right after a name, say that it names
// an organisation: "the UzenMunaiGas oil company", "the Nur Otan party".
var orgHeads = map[string]bool{
	"company": true, "companies": true, "party": true, "firm": true, "group": true,
	"bank": true, "agency": true, "ministry": true, "corporation": true, "conglomerate": true,
	"organisation": true, "organization": true, "movement": true, "airline": true,
	"carrier": true, "newspaper": true, "daily": true, "broadcaster": true, "channel": true,
	"magazine": true, "university": true, "council": true, "committee": true,
	"commission": true, "regulator": true, "coalition": true, "alliance": true,
	"militia": true, "club": true, "foundation": true, "institute": true, "charity": true,
	"watchdog": true, "producer": true, "maker": true, "manufacturer": true, "retailer": true,
	"operator": true, "lender": true, "insurer": true, "subsidiary": true, "consultancy": true,
	"union": true, "federation": true, "association": true, "network": true, "bloc": true,
}

// headType corrects the type of a name that a following common noun
// shows to be an organisation (the model reads only two words to each
// side and is often unsure of one-word company and party names). Places
// and demonyms keep their type: "the Kazakh embassy", "the Zhanaozen
// branch".
func (d *docState) headType(t0, t1 int, typ Type) Type {
	// Streets and roads are places, whatever they are named after: "120
	// W. Elm St.", "Harlow Avenue".
	if inFold(streetWords, d.words[t1-1]) && t1-t0 >= 2 {
		return Location
	}
	if typ == Organization || typ == Person {
		return typ
	}
	if t1-t0 == 1 {
		g := d.gaz.Word(d.key(t0))
		if g.Has(gazetteer.Country) || g.Has(gazetteer.City) || g.Has(gazetteer.Region) || g.Has(gazetteer.Demonym) {
			return typ
		}
	}
	// "Singapore-based", "Western-backed": adjectives, not names.
	last := d.words[t1-1]
	if i := strings.LastIndexByte(last, '-'); i >= 0 && i+1 < len(last) && !capitalised(last[i+1:]) {
		return typ
	}
	for j := t1; j < len(d.words) && j <= t1+2 && d.isWord(j); j++ {
		if capitalised(d.words[j]) {
			return typ
		}
		if inFold(orgHeads, d.words[j]) {
			// "the Singapore logistics group Meridian Holdings": the noun
			// belongs to the name that follows.
			if d.isWord(j+1) && capitalised(d.words[j+1]) {
				return typ
			}
			return Organization
		}
	}
	return typ
}

// plausibleName rejects phrases with no letter or digit at all, and
// currency prefixes ("US" in "US$27 million", "HK" in "HK$3").
func (d *docState) plausibleName(t0, t1 int) bool {
	if d.span(t0, t1).Len() > MaxMentionLen {
		return false
	}
	if t1-t0 == 1 && (inFold(streetWords, d.words[t0]) || inFold(nameSuffixes, d.words[t0])) {
		return false // "Avenue" cut off from "West Columbia Avenue", "Sr." from a name
	}
	if t1-t0 == 1 && t1 < len(d.words) && d.seg.Tokens[t1].Start == d.seg.Tokens[t0].End && d.seg.Tokens[t1].Kind == segment.KindSymbol {
		return false
	}
	for i := t0; i < t1; i++ {
		for _, r := range d.words[i] {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				return true
			}
		}
	}
	return false
}

// nameKeys returns the folded words of a name for matching: punctuation
// dropped, and a leading "the" and, for persons, leading titles ("Mr",
// "President") left out.
func (d *docState) nameKeys(t0, t1 int, typ Type) []string {
	var keys []string
	for i := t0; i < t1; i++ {
		k := d.key(i)
		if k == "" || !hasAlnum(k) {
			continue
		}
		if len(keys) == 0 && (k == "the" || typ == Person && d.gaz.Word(k).Has(gazetteer.Title) && i+1 < t1) {
			continue
		}
		keys = append(keys, k)
	}
	return keys
}

func hasAlnum(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// cluster groups name mentions into entities, in text order.
func (d *docState) cluster() {
	for mi, m := range d.mentions {
		if m.kind != Name || len(m.keys) == 0 {
			continue
		}
		e := d.match(m)
		if e < 0 {
			e = len(d.entities)
			d.entities = append(d.entities, &entity{canon: mi})
			d.entStamp = append(d.entStamp, 0)
		}
		d.link(mi, e)
	}
	for _, e := range d.entities {
		d.finishEntity(e)
	}
}

// link adds mention mi to entity e.
func (d *docState) link(mi, e int) {
	m := d.mentions[mi]
	m.entity = e
	ent := d.entities[e]
	ent.mentions = append(ent.mentions, mi)
	if m.kind != Name {
		return
	}
	ent.votes[typeIndex(m.typ)]++
	ent.last = mi
	if len(ent.names) < maxNames && !containsKeys(ent.names, m.keys) {
		ent.names = append(ent.names, m.keys)
		d.index(e, m.keys, d.text[m.span.Start:m.span.End])
	}
	c := d.mentions[ent.canon]
	if ent.canonType == "" || betterName(d, m, c) {
		ent.canon, ent.canonType = mi, m.typ
	}
}

// betterName reports whether name mention m makes a better canonical name
// than c: more words, then more bytes, then not in capitals.
func betterName(d *docState, m, c *mention) bool {
	if len(m.keys) != len(c.keys) {
		return len(m.keys) > len(c.keys)
	}
	mc, cc := allCaps(d.text[m.span.Start:m.span.End]), allCaps(d.text[c.span.Start:c.span.End])
	if mc != cc {
		return cc
	}
	return m.span.Len() > c.span.Len()
}

func allCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 1
}

func containsKeys(names [][]string, keys []string) bool {
	for _, n := range names {
		if equalKeys(n, keys) {
			return true
		}
	}
	return false
}

func equalKeys(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// match finds the entity that name mention m refers to, or -1. Of several
// candidates it takes the one mentioned most recently. Candidates come
// from the indexes that link adds names to, so that matching stays linear
// in the text.
func (d *docState) match(m *mention) int {
	best, bestLast := -1, -1
	consider := func(e int) {
		if l := d.entities[e].last; l > bestLast {
			best, bestLast = e, l
		}
	}
	cands := d.candidates(m)
	// 1. The same name.
	for _, e := range cands {
		ent := d.entities[e]
		if containsKeys(ent.names, m.keys) && compatible(m.typ, ent.typ(), len(m.keys)) {
			consider(e)
		}
	}
	if best >= 0 {
		return best
	}
	// 1b. Another name of the same country: "U.S.", "US", "United States".
	if m.typ == Location && len(m.keys) <= 4 {
		if c, ok := d.gaz.CountryName(strings.Join(m.keys, " ")); ok {
			if e, ok := d.byCountry[c]; ok && d.entities[e].typ() == Location {
				return e
			}
		}
	}
	// 2. Part of a person's name, or a person's full name whose part was
	// seen first: "Kasymov" and "Kalmukhambet Kasymov".
	for _, e := range cands {
		if ent := d.entities[e]; ent.typ() == Person && d.personPart(m, ent) {
			consider(e)
		}
	}
	if best >= 0 {
		return best
	}
	// 3. An acronym in brackets right after a name: "the Confederation of
	// Netherlands Industry and Employers (VNO-NCW)".
	if len(m.keys) == 1 && d.is(m.tok0-1, "(") && d.is(m.tok1, ")") {
		if prev := d.nameEndingAt(m.tok0 - 2); prev != nil && prev.entity >= 0 && d.entities[prev.entity].typ() != Person && allCaps(d.words[m.tok0]) {
			return prev.entity
		}
	}
	// 4. An acronym and its expansion, in either order.
	var acr []int
	if letters, ok := acronymLetters(d.text[m.span.Start:m.span.End]); ok && len(m.keys) == 1 {
		acr = d.byInitials[letters]
	} else if len(m.keys) >= 2 {
		all, content := initials(m.keys)
		acr = append(append(acr, d.byAcronym[all]...), d.byAcronym[content]...)
	}
	for i := len(acr) - 1; i >= 0 && i >= len(acr)-maxLookBack; i-- {
		if t := d.entities[acr[i]].typ(); t != Person && compatible(m.typ, t, 2) {
			consider(acr[i])
		}
	}
	if best >= 0 {
		return best
	}
	// 5. A shorter or longer form of an organisation's, place's or other
	// name: "Nur Otan" and "Nur Otan Party".
	for _, e := range cands {
		ent := d.entities[e]
		if t := ent.typ(); t == Person || t != m.typ {
			continue
		}
		for _, n := range ent.names[:min(len(ent.names), maxNames)] {
			if d.sharedDistinctive(m.keys, n) {
				consider(e)
				break
			}
		}
	}
	return best
}

// maxNames bounds how many distinct names of an entity matching compares.
const maxNames = 16

// candidates returns the entities that share a word with name m, the most
// recent ones of each word first.
func (d *docState) candidates(m *mention) []int {
	d.cands = d.cands[:0]
	d.stamp++
	for _, k := range m.keys[:min(len(m.keys), 8)] {
		list := d.byKey[k]
		for i := len(list) - 1; i >= 0 && i >= len(list)-maxLookBack; i-- {
			if e := list[i]; d.entStamp[e] != d.stamp {
				d.entStamp[e] = d.stamp
				d.cands = append(d.cands, e)
			}
		}
	}
	return d.cands
}

// index records a new name of entity e in the matching indexes.
func (d *docState) index(e int, keys []string, raw string) {
	if len(keys) <= 4 && d.mentions[d.entities[e].canon].typ == Location {
		if c, ok := d.gaz.CountryName(strings.Join(keys, " ")); ok {
			if _, dup := d.byCountry[c]; !dup {
				d.byCountry[c] = e
			}
		}
	}
	for _, k := range keys {
		if l := d.byKey[k]; len(l) == 0 || l[len(l)-1] != e {
			d.byKey[k] = append(l, e)
		}
	}
	if len(keys) >= 2 {
		all, content := initials(keys)
		d.byInitials[all] = append(d.byInitials[all], e)
		if content != all {
			d.byInitials[content] = append(d.byInitials[content], e)
		}
	} else if letters, ok := acronymLetters(raw); ok {
		d.byAcronym[letters] = append(d.byAcronym[letters], e)
	}
}

// acronymLetters returns the letters of a name written as an acronym (in
// capitals, with or without periods: "OSCE", "U.N."), in lower case.
func acronymLetters(raw string) (string, bool) {
	var b [10]byte
	n := 0
	for _, r := range raw {
		switch {
		case r == '.':
		case r >= 'A' && r <= 'Z' && n < len(b):
			b[n] = byte(r) + 'a' - 'A'
			n++
		default:
			return "", false
		}
	}
	return string(b[:n]), n >= 2
}

// initials returns the initials of a name's words (split at hyphens),
// all of them and without the words acronyms usually skip.
func initials(keys []string) (all, content string) {
	var a, c []byte
	for _, w := range keys {
		for w != "" {
			part, rest, _ := strings.Cut(w, "-")
			w = rest
			if part == "" || part[0] >= utf8.RuneSelf {
				continue
			}
			a = append(a, part[0])
			if !acronymStop[part] {
				c = append(c, part[0])
			}
		}
	}
	return string(a), string(c)
}

// compatible reports whether a name mention typed mt may join an entity
// of type et when the names are equal. One-word names often get different
// types from the model in different contexts ("Kasymov" as a person and
// as an organisation); longer names keep theirs, except that persons and
// others never mix.
func compatible(mt, et Type, words int) bool {
	if mt == et {
		return true
	}
	return words == 1 && mt != Person && et != Person
}

// personPart reports whether the name m and a name of person entity e are
// a part and a whole of one person's name: a surname or a given name of a
// longer name, either one seen first.
func (d *docState) personPart(m *mention, e *entity) bool {
	names := e.names[:min(len(e.names), maxNames)]
	for _, n := range names {
		short, long := m.keys, n
		if len(short) > len(long) {
			short, long = long, short
		}
		if len(short) == len(long) || len(short) > 3 {
			continue
		}
		// The same name with or without a middle name: "Eddie Holmes" and
		// "Eddie Zee Holmes".
		if len(short) >= 2 && len(long) == len(short)+1 && short[0] == long[0] && short[len(short)-1] == long[len(long)-1] {
			return true
		}
		if len(short) > 2 {
			continue
		}
		// A full name whose surname the entity has, but whose given name
		// differs from the entity's own full name, is someone else:
		// "Ingrid Thomas" is not "Shaquon Thomas", though both are
		// "Thomas".
		if len(m.keys) > len(n) && d.otherGivenName(m.keys, names) {
			continue
		}
		// A place or organisation name that the model typed as such is
		// not a surname.
		if m.typ != Person && len(m.keys) == 1 {
			g := d.gaz.Word(m.keys[0])
			if g.Has(gazetteer.Country) || g.Has(gazetteer.City) || g.Has(gazetteer.Region) || g.Has(gazetteer.Demonym) {
				continue
			}
		}
		if equalKeys(long[len(long)-len(short):], short) {
			return true // surname
		}
		if len(short) == 1 && long[0] == short[0] && (m.typ == Person || d.gaz.Word(short[0]).Has(gazetteer.Given)) {
			return true // given name
		}
	}
	return false
}

// otherGivenName reports whether names has a name of two words or more
// that starts with another given name than full.
func (d *docState) otherGivenName(full []string, names [][]string) bool {
	for _, n := range names {
		if len(n) >= 2 && n[0] != full[0] {
			return true
		}
	}
	return false
}

// acronymStop are words an acronym usually skips.
var acronymStop = map[string]bool{
	"of": true, "for": true, "and": true, "the": true, "in": true, "on": true, "at": true,
	"to": true, "de": true, "du": true, "des": true, "la": true, "le": true, "et": true, "&": true,
}

// isAcronymOf reports whether the name written raw is an acronym of the
// name with keys exp.
func isAcronymOf(raw string, exp []string) bool {
	letters, ok := acronymLetters(raw)
	if !ok || len(exp) < 2 {
		return false
	}
	all, content := initials(exp)
	return letters == all || letters == content
}

// sharedDistinctive reports whether one name is a run of words of the
// other and that run includes a distinctive word (not a function word,
// organisation word, title or demonym).
func (d *docState) sharedDistinctive(a, b []string) bool {
	short, long := a, b
	if len(short) > len(long) {
		short, long = long, short
	}
	if len(short) == len(long) {
		return false
	}
	for off := 0; off+len(short) <= len(long); off++ {
		if !equalKeys(long[off:off+len(short)], short) {
			continue
		}
		for _, k := range short {
			if acronymStop[k] {
				continue
			}
			g := d.gaz.Word(k)
			if g.Has(gazetteer.OrgWord) || g.Has(gazetteer.Title) || g.Has(gazetteer.Demonym) {
				continue
			}
			if (g.Has(gazetteer.Country) || g.Has(gazetteer.Region) || g.Has(gazetteer.City)) && len(short) == 1 {
				continue // "Europe" is not the OSCE, nor "Lima" the Lima Stock Exchange
			}
			return true
		}
	}
	return false
}

// finishEntity fills in what follows from all of an entity's names:
// acronym, demonym country, gender.
func (d *docState) finishEntity(e *entity) {
	canon := d.mentions[e.canon]
	for _, mi := range e.mentions {
		m := d.mentions[mi]
		if m.kind != Name || len(m.keys) != 1 || m.tok1-m.tok0 != 1 || mi == e.canon || len(canon.keys) < 2 {
			continue
		}
		bracketed := d.is(m.tok0-1, "(") && d.is(m.tok1, ")") && allCaps(d.words[m.tok0])
		if bracketed || isAcronymOf(d.words[m.tok0], canon.keys) {
			e.acronym = d.words[m.tok0]
			break
		}
	}
	if e.typ() == Misc || e.typ() == Person && len(canon.keys) == 1 {
		if c, ok := d.gaz.Country(strings.Join(canon.keys, " ")); ok {
			e.country = c
		}
	}
	if e.typ() == Person {
		for _, n := range e.names {
			if len(n) >= 2 {
				switch d.gaz.Sex(n[0]) {
				case 'M':
					e.addGender('M')
				case 'F':
					e.addGender('F')
				}
			}
		}
	}
}

func (e *entity) addGender(g byte) {
	switch e.gender {
	case 0:
		e.gender = g
	case g:
	default:
		e.gender = 'X'
	}
}

// countryEntity returns the entity of the named country or region (a
// demonym's place: "Kazakhstan", "Central Asia"), or -1.
func (d *docState) countryEntity(country string) int {
	key := gazetteer.Key(country)
	want, ok := d.gaz.CountryName(key)
	if !ok {
		want = "=" + key
	}
	if d.countries == nil {
		d.countries = map[string]int{}
		add := func(k string, e int) {
			if _, dup := d.countries[k]; !dup {
				d.countries[k] = e
			}
		}
		for ei, e := range d.entities {
			if e.typ() != Location {
				continue
			}
			for _, n := range e.names {
				j := strings.Join(n, " ")
				if c, ok := d.gaz.CountryName(j); ok {
					add(c, ei)
				} else {
					add("="+j, ei)
				}
			}
		}
	}
	if e, ok := d.countries[want]; ok {
		return e
	}
	return -1
}

// isCountry reports whether entity e is a country.
func (d *docState) isCountry(e int) bool {
	ent := d.entities[e]
	if ent.typ() != Location {
		return false
	}
	for _, n := range ent.names {
		if len(n) <= 4 {
			if _, ok := d.gaz.CountryName(strings.Join(n, " ")); ok {
				return true
			}
		}
	}
	return false
}
