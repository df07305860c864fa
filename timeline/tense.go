package timeline

import (
	"bytes"
	"strings"

	"github.com/newsfacts/newsfacts/internal/pos"
)

// Tense from word forms: without the part-of-speech tagger (see
// posTenseAround below, used whenever the tagger's model loads), the tense
// of the clause around an expression is read from the nearest verb form
// that shows it: an auxiliary of the future (will, 'll, shall, going to), a
// past form (said, was, a verb in -ed, an irregular past), or a present
// form (is, says). Auxiliaries before a past participle decide ("will be
// held" is future, "has been killed" past).

// tenseWords gives the tense of words that show it by themselves.
var tenseWords = func() map[string]int {
	m := map[string]int{}
	for _, w := range strings.Fields("will 'll shall wo tomorrow upcoming would") {
		m[w] = tenseFuture
	}
	for _, w := range strings.Fields(`plan plans planned planning expected expects expect scheduled schedule due
		intends intend intended aims hopes hope set`) {
		m[w] = tenseIntent
	}
	for _, w := range strings.Fields(`was were had did said told went came took made got gave saw met began
		left held fell rose won lost sent spent paid sold bought brought thought knew found became ran wrote
		spoke broke chose drove flew grew struck fought led stood sat kept meant heard felt built caught taught
		forgot hid slid shot woke wore tore swore threw drew withdrew overtook undertook underwent arose
		sought bore bled fled dealt dug hung lay lit rang sang sank shook sprang stole stuck stung swam swung
		understood upheld wept wound yesterday ago`) {
		m[w] = tensePast
	}
	for _, w := range strings.Fields("is are am says say has have does do wants") {
		m[w] = tensePresent
	}
	for _, w := range strings.Fields("could might may should must can") {
		m[w] = tenseModal
	}
	return m
}()

// notPast are words in -ed that are not past forms.
var notPast = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`need needed? speed indeed hundred red bed seed feed breed proceed
		succeed exceed weed shed bred fled led naked wicked sacred kindred shred sled wed ted fred ahmed
		mohammed muhammad mohamed united limited based concerned detailed related`) {
		m[w] = true
	}
	delete(m, "needed?")
	return m
}()

// beForms of "to be" make "is to resume" a future.
var beForms = map[string]bool{"is": true, "are": true, "am": true, "was": true, "were": true}

// futureBefore are the words that, just before a verb, put it in the
// future.
var futureBefore = map[string]bool{"will": true, "'ll": true, "shall": true, "to": true, "wo": true}

// futurePhrases are multi-word cues of the future just before an
// expression: "as soon as Tuesday", "as early as next week".
func futurePhrase(d *docState, s int) bool {
	if s < 3 || d.words[s-3].sent != d.words[s].sent {
		return false
	}
	return isWord(d, s-3, "as") && isWord(d, s-1, "as") && (isWord(d, s-2, "soon") || isWord(d, s-2, "early"))
}

// tenseAround returns the tense of the clause around words [s, e): that of
// the nearest word that shows a tense, looking outwards within the
// sentence, the left side first at equal distances.
func tenseAround(d *docState, s, e int) int {
	if d.tagger != nil {
		return posTenseAround(d, s, e)
	}
	if futurePhrase(d, s) {
		return tenseFuture
	}
	if s > 0 && d.words[s-1].sent == d.words[s].sent {
		switch strings.ToLower(d.text[d.words[s-1].s:d.words[s-1].e]) {
		case "effective", "starting", "beginning":
			return tenseFuture
		case "since":
			return tensePast
		}
	}
	sent := d.words[s].sent
	// The verb an adverbial of time modifies usually comes before it
	// ("said Friday", "will meet on Friday"): look left first, a few
	// words, then on both sides.
	for k := s - 1; k >= 0 && k >= s-leftFirst && d.words[k].sent == sent; k-- {
		if t := wordTense(d, k); t != tenseNone {
			return t
		}
	}
	lo := s - 1 - leftFirst
	hi := e
	for k := 0; k < 40; k++ {
		if lo >= 0 && d.words[lo].sent == sent {
			if t := wordTense(d, lo); t != tenseNone {
				return t
			}
			lo--
		}
		if hi < len(d.words) && d.words[hi].sent == sent {
			if t := wordTense(d, hi); t != tenseNone {
				return t
			}
			hi++
		}
	}
	return tenseNone
}

// leftFirst is how many words before an expression are searched for its
// tense before the words after it.
var leftFirst = 6

// wordTense returns the tense word i shows, or tenseNone.
func wordTense(d *docState, i int) int {
	w := &d.words[i]
	if w.cls&(cNum|cHyphen|cComma) != 0 || w.e-w.s < 2 || w.attached {
		return tenseNone
	}
	raw := d.text[w.s:w.e]
	var buf [24]byte
	if len(raw) > len(buf) {
		return tenseNone
	}
	b := buf[:len(raw)]
	for j := 0; j < len(raw); j++ {
		c := raw[j]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[j] = c
	}
	t, ok := tenseWords[string(b)]
	if t == tenseModal {
		// "could be held": the future; "could have been": the past.
		if i+1 < len(d.words) && d.words[i+1].sent == w.sent && strings.EqualFold(d.text[d.words[i+1].s:d.words[i+1].e], "have") {
			return tensePast
		}
		return tenseFuture
	}
	if t == tenseIntent {
		// "plans to", "expected to", "scheduled for": the future; else
		// the word is a noun or an ordinary verb ("vacation plans").
		if i+1 < len(d.words) && d.words[i+1].sent == w.sent {
			switch strings.ToLower(d.text[d.words[i+1].s:d.words[i+1].e]) {
			case "to", "for":
				return tenseFuture
			}
		}
		if string(b) == "set" {
			return tenseNone
		}
		t = tensePresent
		if bytes.HasSuffix(b, []byte("ed")) {
			t = tensePast
		}
		ok = true
	}
	if !ok {
		if len(b) > 4 && bytes.HasSuffix(b, []byte("ed")) && !notPast[string(b)] && w.cls&cCap == 0 {
			t = tensePast
		} else {
			return tenseNone
		}
	}
	// An auxiliary before an intention: "were planning to", "is expected
	// to", "is to resume".
	if t == tensePast || t == tensePresent {
		for k := i + 1; k <= i+2 && k+1 < len(d.words) && d.words[k+1].sent == w.sent; k++ {
			nk := strings.ToLower(d.text[d.words[k].s:d.words[k].e])
			next := strings.ToLower(d.text[d.words[k+1].s:d.words[k+1].e])
			if (tenseWords[nk] == tenseIntent && (next == "to" || next == "for")) || (k == i+1 && nk == "to" && beForms[string(b)]) {
				return tenseFuture
			}
		}
	}
	if t == tensePast && string(b) != "ago" && string(b) != "yesterday" {
		// Auxiliaries before a participle: "will be held", "to be
		// announced", "will have left".
		if i >= 2 && d.words[i-1].sent == w.sent && d.words[i-2].sent == w.sent {
			switch strings.ToLower(d.text[d.words[i-1].s:d.words[i-1].e]) {
			case "be", "have":
				if futureBefore[strings.ToLower(d.text[d.words[i-2].s:d.words[i-2].e])] {
					return tenseFuture
				}
			}
		}
	}
	return t
}

// Tense from parts of speech. When the part-of-speech tagger is available,
// the tense of the clause around an expression is that of the nearest verb
// group (a run of auxiliaries, verb forms, "to" and adverbs between them:
// "will not be held", "has already left", "is expected to resume"),
// looking outwards within the sentence as tenseAround does. A group's
// tense is read from its finite verb and auxiliaries:
//
//	will meet, would meet, could meet          future (modal + have: past)
//	is to meet, is going to meet               future
//	is expected to meet, plans to meet         future (an intention)
//	is meeting                                 present (the nearest day)
//	met, was held, has met, had been due to    past
//	meets, is held                             present
//	held (a participle without auxiliary)      past: "the talks held Friday"
//	to meet, meeting                           none: the governing verb decides
//
// Adverbs of time (yesterday, ago, tomorrow, upcoming) count as they do in
// wordTense.

// tagOf returns the part-of-speech tag of word i, tagging its sentence on
// first use; ok is false without a tagger.
func (d *docState) tagOf(i int) (pos.Tag, bool) {
	if d.tagger == nil {
		return 0, false
	}
	si := d.words[i].sent
	if !d.tagged[si] {
		start := d.seg.Sentences[si].Tokens.Start
		d.tagger.TagSentence(d.text, d.seg.SentenceTokens(int(si)), d.tags[start:start])
		d.tagged[si] = true
	}
	return d.tags[d.words[i].tok], true
}

// intentVerbs are the verbs of intention and schedule: with "to" or "for"
// after them they point to the future ("plans to", "is expected to",
// "scheduled for").
var intentVerbs = map[string]bool{
	"plan": true, "plans": true, "planned": true, "planning": true, "expect": true, "expects": true,
	"expected": true, "schedule": true, "scheduled": true, "due": true, "intend": true, "intends": true,
	"intended": true, "aim": true, "aims": true, "hope": true, "hopes": true, "set": true, "slated": true,
	"poised": true, "want": true, "wants": true, "seek": true, "seeks": true, "prepare": true,
	"prepares": true, "preparing": true, "supposed": true,
}

// planVerbs take what is planned as their object: a date after it is
// the plan's ("scheduled a news conference Thursday").
var planVerbs = map[string]bool{
	"plan": true, "plans": true, "planned": true, "schedule": true, "schedules": true, "scheduled": true,
	"expect": true, "expects": true, "expected": true, "intend": true, "intends": true, "intended": true,
}

// deferVerbs move something to a later date: a date after them is in the
// future of the deferral ("postponed until Tuesday", "extended the offer
// to Nov. 16").
var deferVerbs = map[string]bool{
	"postpone": true, "postpones": true, "postponed": true, "delay": true, "delays": true, "delayed": true,
	"defer": true, "defers": true, "deferred": true, "adjourn": true, "adjourns": true, "adjourned": true,
	"extend": true, "extends": true, "extended": true, "reschedule": true, "rescheduled": true,
	"prolong": true, "prolonged": true,
}

// cueWords are adverbs that show tense by themselves.
var cueWords = map[string]int{
	"yesterday": tensePast, "ago": tensePast, "tomorrow": tenseFuture, "upcoming": tenseFuture,
}

// inGroup reports whether word i can be part of a verb group.
func inGroup(d *docState, i int) bool {
	w := &d.words[i]
	if w.attached || w.cls&(cNum|cComma) != 0 {
		return false
	}
	t, _ := d.tagOf(i)
	if t.IsVerb() || t == pos.TO || t == pos.RB {
		return true
	}
	// "due to", "set to", "poised to", whatever their tags.
	return i+1 < len(d.words) && d.words[i+1].sent == w.sent && isWord(d, i+1, "to") && intentVerbs[lowerWord(d, i)]
}

// isWord reports whether word i is lw (in lower case), in any case.
func isWord(d *docState, i int, lw string) bool {
	w := &d.words[i]
	return w.e-w.s == len(lw) && strings.EqualFold(d.text[w.s:w.e], lw)
}

// posTenseAround is tenseAround with verb groups found by their parts of
// speech.
func posTenseAround(d *docState, s, e int) int {
	if futurePhrase(d, s) {
		return tenseFuture
	}
	sent := d.words[s].sent
	deferred := false // after "until", "to": a deferral's new date
	if s > 0 && d.words[s-1].sent == sent {
		switch lowerWord(d, s-1) {
		case "effective", "starting", "beginning":
			return tenseFuture
		case "since":
			return tensePast
		case "until", "till", "to", "through", "into":
			deferred = true
		}
	}
	// The word at k: its tense, and where the scan goes on (beyond its
	// group).
	look := func(k, dir int) (int, int) {
		if t, ok := cueWords[d.words[k].ent().keyOr()]; ok {
			return t, k + dir
		}
		if !inGroup(d, k) {
			return tenseNone, k + dir
		}
		g0, g1 := groupOf(d, k)
		if dir < 0 {
			return groupTense(d, g0, g1, true, deferred), min(g0, k) - 1
		}
		return groupTense(d, g0, g1, false, false), max(g1, k+1)
	}
	lo := s - 1
	for lo >= 0 && lo >= s-leftFirst && d.words[lo].sent == sent {
		t, next := look(lo, -1)
		if t != tenseNone {
			return t
		}
		lo = next
	}
	hi := e
	for k := 0; k < 40; k++ {
		if lo >= 0 && d.words[lo].sent == sent {
			t, next := look(lo, -1)
			if t != tenseNone {
				return t
			}
			lo = next
		}
		if hi < len(d.words) && d.words[hi].sent == sent {
			t, next := look(hi, 1)
			if t != tenseNone {
				return t
			}
			hi = next
		}
	}
	return tenseNone
}

// groupOf returns the verb group around word k: words [g0, g1), adverbs
// at its ends left out.
func groupOf(d *docState, k int) (int, int) {
	sent := d.words[k].sent
	g0, g1 := k, k+1
	for g0 > 0 && d.words[g0-1].sent == sent && k-g0 < 8 && inGroup(d, g0-1) {
		g0--
	}
	for g1 < len(d.words) && d.words[g1].sent == sent && g1-k < 8 && inGroup(d, g1) {
		g1++
	}
	for g0 < g1 {
		if t, _ := d.tagOf(g0); t != pos.RB || intentVerbs[lowerWord(d, g0)] {
			break
		}
		g0++
	}
	for g1 > g0 {
		if t, _ := d.tagOf(g1 - 1); t != pos.RB || intentVerbs[lowerWord(d, g1-1)] {
			break
		}
		g1--
	}
	return g0, g1
}

var haveForms = map[string]bool{"has": true, "have": true, "'ve": true}

// groupTense returns the tense of the verb group [g0, g1); before is set
// when the group comes before the expression. An expression after a verb
// of intention and its infinitive is the time of the intended event,
// later than the intention: "planned to leave on Thursday" is the coming
// Thursday, "On Friday, the government planned to pay" the last Friday.
//
// A date that a verb of deferral moves something to is in the future
// ("postponed until Tuesday"); deferred says the expression follows
// "until", "to" or "through".
func groupTense(d *docState, g0, g1 int, before, deferred bool) int {
	if g0 >= g1 {
		return tenseNone
	}
	// next returns the first word after j in the group that is not an
	// adverb, or -1.
	next := func(j int) int {
		for j++; j < g1; j++ {
			if t, _ := d.tagOf(j); t != pos.RB || intentVerbs[lowerWord(d, j)] {
				return j
			}
		}
		return -1
	}
	// after returns the lower-case word after the group, if in the
	// sentence.
	after := func() string {
		if g1 < len(d.words) && d.words[g1].sent == d.words[g0].sent {
			return lowerWord(d, g1)
		}
		return ""
	}
	// intent reports whether word j is a verb of intention followed by
	// "to" or "for".
	intent := func(j int) bool {
		if !intentVerbs[lowerWord(d, j)] {
			return false
		}
		n := next(j)
		if n >= 0 {
			w := lowerWord(d, n)
			return w == "to" || w == "for"
		}
		a := after()
		return a == "to" || a == "for"
	}
	if before && deferred {
		for j := g1 - 1; j >= g0; j-- {
			if t, _ := d.tagOf(j); t.IsVerb() {
				if deferVerbs[lowerWord(d, j)] {
					return tenseFuture // "has extended ... through January"
				}
				break
			}
		}
	}
	if before {
		// "planned a demonstration on Saturday", "has scheduled a news
		// conference Thursday": the time of what is planned.
		for j := g1 - 1; j >= g0; j-- {
			if t, _ := d.tagOf(j); t.IsVerb() {
				if planVerbs[lowerWord(d, j)] && j+1 < len(d.words) && lowerWord(d, j+1) != "to" && lowerWord(d, j+1) != "for" && lowerWord(d, g0) != "had" {
					// A finite verb only: "a rally planned for Saturday was
					// canceled" is no plan of the text's.
					for k := g0; k <= j; k++ {
						if t, _ := d.tagOf(k); t.IsFinite() {
							return tenseFuture
						}
					}
				}
				break
			}
		}
	}
	finite := -1
	for j := g0; j < g1; j++ {
		t, _ := d.tagOf(j)
		w := lowerWord(d, j)
		if t == pos.MD || w == "will" || w == "'ll" || w == "shall" || w == "wo" {
			if n := next(j); n >= 0 && lowerWord(d, n) == "have" {
				return tensePast // "would have", "could have"
			}
			if w == "could" {
				return tensePresent // "could meet on Friday", but "could not be reached Wednesday"
			}
			return tenseFuture
		}
		if finite < 0 && (t == pos.VBD || t == pos.VBZ || t == pos.VBP) {
			finite = j
		}
	}
	if finite < 0 {
		// No finite verb: a participle alone is a past ("the talks held
		// on Friday") unless it is one of intention ("scheduled for
		// Friday"); an infinitive or a gerund leaves the tense to the
		// governing verb.
		j := g0
		if intent(j) {
			return tenseFuture
		}
		if t, _ := d.tagOf(j); t == pos.VBN {
			return tensePast
		}
		return tenseNone
	}
	w := lowerWord(d, finite)
	t, _ := d.tagOf(finite)
	past := t == pos.VBD
	n := next(finite)
	nw := ""
	if n >= 0 {
		nw = lowerWord(d, n)
	}
	switch {
	case beForms[w] || w == "'s" || w == "'re" || w == "'m":
		switch {
		case nw == "to", nw == "going" && next(n) >= 0 && lowerWord(d, next(n)) == "to",
			n >= 0 && intent(n):
			// "is to resume", "is going to", "is expected to": the
			// future; in the past ("was to resume", "was expected to"),
			// the nearest day.
			if past {
				return tensePresent
			}
			return tenseFuture
		case n >= 0:
			if tn, _ := d.tagOf(n); tn == pos.VBG && !past {
				return tensePresent // "are meeting on Friday"
			}
		}
	case haveForms[w] || w == "had" || w == "'d" && nw != "" && n >= 0:
		if tn, _ := d.tagOf(max(n, 0)); n >= 0 && (tn == pos.VBN || tn == pos.VBD || nw == "been") {
			return tensePast // "has met", "had been due to"
		}
	case intent(finite) && (!past || before):
		return tenseFuture // "plans to", "hopes to", "planned to leave on Thursday"
	case before:
		for j := finite + 1; j < g1; j++ {
			if intent(j) {
				return tenseFuture // "did not plan to remove him on Thursday"
			}
		}
	}
	if past {
		return tensePast
	}
	return tensePresent
}
