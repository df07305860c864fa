package core

import (
	"slices"

	"github.com/newsfacts/newsfacts/analyzer"
	"github.com/newsfacts/newsfacts/analyzer/segment"
)

// A rng is a half-open range [a, b) of token indices.
type rng struct{ a, b int }

func (r rng) empty() bool         { return r.b <= r.a }
func (r rng) has(i int) bool      { return r.a <= i && i < r.b }
func (r rng) overlaps(o rng) bool { return !r.empty() && !o.empty() && r.a < o.b && o.a < r.b }
func (r rng) contains(o rng) bool { return r.a <= o.a && o.b <= r.b }

// minCueScore is the lowest lexicon probability at which a word that is
// not a verb of saying makes a candidate; the model decides the rest.
const minCueScore = 0.1

// Attribution patterns, in order of precedence when candidates conflict.
const (
	patDirect        = iota // content is a quotation in marks next to the cue
	patTrailing             // CONTENT, SPEAKER CUE.
	patAccording            // According to SPEAKER, CONTENT
	patForward              // SPEAKER CUE (that) CONTENT
	patAccordingLate        // CONTENT, according to SPEAKER
	patParticiple           // ..., adding that CONTENT
	patColon                // SPEAKER: CONTENT (headlines, transcripts)
)

// A cand is a candidate attribution within one sentence.
type cand struct {
	pat     int
	cue     rng
	speaker rng
	content rng  // tokens of the content (within the sentence, or a region's)
	region  int  // index of the region that is the whole content, or -1
	quoted  bool // the content is in a quotation whose closing mark is missing
	inherit bool // the speaker is the previous attribution's (", adding that")
	split   bool // opens a new clause inside another's content: participle or coordination
	ante    rng  // for a relative pronoun speaker ("who"), the phrase it refers to
	rest    int  // for a final attribution, the first token after it
	score   float64
}

type extractor struct {
	text     string
	seg      *segment.Result
	toks     []segment.Token
	info     []*wordInfo
	opts     Options
	model    *Model
	slab     []analyzer.Span // backing store of one-part Parts
	regions  []region
	regionOf []int32 // token index -> 1 + index of the region containing it, or 0
	quotes   []Quote
}

func newExtractor(text string, seg *segment.Result, v map[string]*wordInfo, o Options) *extractor {
	x := &extractor{text: text, seg: seg, toks: seg.Tokens, opts: o}
	x.info = make([]*wordInfo, len(x.toks))
	for i, t := range x.toks {
		if t.Kind == segment.KindWord {
			x.info[i] = lookup(v, text[t.Start:t.End])
		}
	}
	x.regions = findRegions(text, seg)
	x.quotes = make([]Quote, 0, len(seg.Sentences)/4+4)
	x.regionOf = make([]int32, len(x.toks))
	for ri, r := range x.regions {
		for i := r.open; i <= r.close; i++ {
			x.regionOf[i] = int32(ri + 1)
		}
	}
	return x
}

// maxSentence is the longest stretch of tokens read as one sentence: the
// attribution patterns read whole sentences, so a "sentence" of thousands
// of tokens (text without punctuation) is read in pieces to keep the work
// linear. Real sentences are far shorter.
const maxSentence = 256

func (x *extractor) run() {
	var cands []cand
	for si := range x.seg.Sentences {
		s := x.seg.Sentences[si]
		for a := s.Tokens.Start; a < s.Tokens.End; a += maxSentence {
			cands = x.sentence(a, min(a+maxSentence, s.Tokens.End), cands[:0])
		}
	}
	x.attachRegions()
	x.finish()
}

// tok helpers

func (x *extractor) str(i int) string { t := x.toks[i]; return x.text[t.Start:t.End] }

func (x *extractor) isPunct(i int, s string) bool {
	return x.toks[i].Kind == segment.KindPunct && x.str(i) == s
}

func (x *extractor) isComma(i int) bool { return x.isPunct(i, ",") }

func (x *extractor) isTerminal(i int) bool {
	if x.toks[i].Kind != segment.KindPunct {
		return false
	}
	switch c := x.text[x.toks[i].Start]; c {
	case '.', '!', '?':
		return true
	}
	return x.str(i) == "…"
}

func (x *extractor) isWord(i int) bool {
	k := x.toks[i].Kind
	return k == segment.KindWord || k == segment.KindNumber
}

// closedRegionAt returns the index of the region containing token i if
// that region is a real quotation (closed, or running over paragraphs),
// else -1.
func (x *extractor) closedRegionAt(i int) int {
	ri := int(x.regionOf[i]) - 1
	if ri < 0 {
		return -1
	}
	if r := &x.regions[ri]; r.closed || len(r.parts) > 1 {
		return ri
	}
	return -1
}

// regionClosingAt returns the region whose last token is i, or -1.
func (x *extractor) regionClosingAt(i int) int {
	if i < 0 || i >= len(x.regionOf) {
		return -1
	}
	ri := int(x.regionOf[i]) - 1
	if ri >= 0 && x.regions[ri].close == i && x.regions[ri].closed {
		return ri
	}
	return -1
}

// regionOpeningAt returns the region whose first token is i, or -1.
func (x *extractor) regionOpeningAt(i int) int {
	if i < 0 || i >= len(x.regionOf) {
		return -1
	}
	ri := int(x.regionOf[i]) - 1
	if ri >= 0 && x.regions[ri].open == i {
		return ri
	}
	return -1
}

// skippable reports whether token i may stand between a subject and its
// cue: an auxiliary or an adverb.
func (x *extractor) skippable(i int) bool {
	if x.toks[i].Kind != segment.KindWord {
		return false
	}
	if x.info[i].has(fAux) {
		return true
	}
	w := x.str(i)
	return len(w) > 4 && w[len(w)-2:] == "ly" && w[0] >= 'a' && w[0] <= 'z'
}

// npLeft returns the first token of the noun phrase that ends at token j
// (inclusive), not before s0; j+1 when there is none.
func (x *extractor) npLeft(j, s0 int) int {
	i := j
	for i >= s0 && j-i < 14 {
		t := x.toks[i]
		switch t.Kind {
		case segment.KindWord, segment.KindNumber:
			wi := x.info[i]
			if wi.has(fBoundary) && !x.joinsNames(i) {
				return i + 1
			}
			if i < j && wi.has(fCue) && wi.score >= 0.5 && !isCapitalized(x.text, t) {
				return i + 1 // another verb: the phrase began after it
			}
			if i < j && x.verbLike(i) {
				return i + 1
			}
		case segment.KindPunct:
			switch x.str(i) {
			case "(", ")", "&", ".":
			default:
				return i + 1
			}
		default:
			return i + 1
		}
		i--
	}
	return i + 1
}

// verbLike reports whether token i looks like a past-tense verb inside
// what would otherwise be read as a noun phrase: a lower-case word in -ed
// that does not follow a determiner ("BGR Gabara distributed a statement",
// but "the alleged killer").
func (x *extractor) verbLike(i int) bool {
	w := x.str(i)
	if len(w) < 5 || w[0] < 'a' || w[0] > 'z' || w[len(w)-2:] != "ed" {
		return false
	}
	return i == 0 || !x.info[i-1].has(fDet)
}

// skipTime skips, leftwards from token j, a time phrase between a subject
// and its verb ("Kazakhstan's president on Saturday imposed") and returns
// the token before it.
func (x *extractor) skipTime(j, s0 int) int {
	if j < s0 || !x.info[j].has(fTime) {
		return j
	}
	j--
	for j >= s0 && (x.info[j].has(fTime) || x.info[j].has(fTimePrep)) {
		j--
	}
	return j
}

// joinsNames reports whether "and" (or "of") at i stands between two
// capitalised words, as in "Organization for Security and Cooperation".
func (x *extractor) joinsNames(i int) bool {
	if i == 0 || i+1 >= len(x.toks) {
		return false
	}
	w := x.str(i)
	if w != "and" && w != "&" {
		return false
	}
	return isCapitalized(x.text, x.toks[i-1]) && isCapitalized(x.text, x.toks[i+1])
}

// npRight returns the end (exclusive) of the noun phrase that starts at
// token i, not past s1; i when there is none.
func (x *extractor) npRight(i, s1 int) int {
	if i < s1 && x.info[i].has(fPronoun) {
		return i + 1
	}
	j := i
	for j < s1 && j-i < 12 {
		t := x.toks[j]
		switch t.Kind {
		case segment.KindWord, segment.KindNumber:
			wi := x.info[j]
			if j > i && (wi.has(fThat) || (wi.has(fAux) && !isCapitalized(x.text, t)) || (wi.has(fBoundary) && !x.joinsNames(j))) {
				return j
			}
			if j > i && wi.has(fCue) && wi.score >= 0.5 && !isCapitalized(x.text, t) {
				return j
			}
		case segment.KindPunct:
			switch x.str(j) {
			case "(", ")", "&":
			default:
				return j
			}
		default:
			return j
		}
		j++
	}
	return j
}

// subjectLeft returns the speaker noun phrase before the cue at k, not
// before s0, skipping auxiliaries and adverbs; with an appositive ("Sanders,
// a Vermont senator, said") the phrase covers both. It is empty when there
// is no subject.
func (x *extractor) subjectLeft(k, s0 int) rng {
	j := k - 1
	for j >= s0 && x.skippable(j) {
		j--
	}
	if t := x.skipTime(j, s0); t != j {
		for j = t; j >= s0 && x.skippable(j); j-- {
		}
	}
	if j < s0 {
		return rng{k, k}
	}
	if x.isRelative(j) {
		return rng{j, j + 1} // "..., who said"
	}
	if x.isComma(j) {
		// NP, APPOSITIVE, CUE; the appositive may hold a relative
		// clause ("Oliver Hedge, who appraises golf courses for ...,").
		c2 := -1
		for i := j - 1; i >= s0 && i >= j-40; i-- {
			if x.isComma(i) {
				c2 = i
				break
			}
			if x.toks[i].Kind != segment.KindWord && x.toks[i].Kind != segment.KindNumber &&
				!x.isPunct(i, "(") && !x.isPunct(i, ")") && !x.isPunct(i, "&") && !x.isPunct(i, ".") {
				break
			}
		}
		if c2 <= s0 || c2 == j-1 {
			return rng{k, k}
		}
		a := x.npLeft(c2-1, s0)
		if a > c2-1 {
			return rng{k, k}
		}
		return rng{a, j}
	}
	// An infinitive takes the subject of the verb it depends on: "Trump
	// declined to say".
	if j == k-1 && j-1 >= s0 && x.str(j) == "to" && x.toks[j-1].Kind == segment.KindWord {
		return x.subjectLeft(j-1, s0)
	}
	a := x.npLeft(j, s0)
	if a > j {
		return rng{k, k}
	}
	// A determiner right before the cue word makes it a noun ("the
	// report"), not a verb.
	if a == j && x.info[j].has(fDet) && !x.info[j].has(fPronoun) {
		return rng{-1, -1}
	}
	return rng{a, j + 1}
}

// trimContent drops punctuation and dashes at both ends of a content
// range, keeping a closing mark whose quotation opens inside the range.
func (x *extractor) trimContent(r rng) rng {
	for r.a < r.b {
		k := x.toks[r.a].Kind
		if k == segment.KindPunct || k == segment.KindDash || k == segment.KindCloseQuote {
			if x.isPunct(r.a, "(") {
				break
			}
			r.a++
			continue
		}
		break
	}
	for r.b > r.a {
		i := r.b - 1
		k := x.toks[i].Kind
		if k == segment.KindCloseQuote {
			if ri := int(x.regionOf[i]) - 1; ri >= 0 && x.regions[ri].close == i && x.regions[ri].open >= r.a {
				break
			}
			r.b--
			continue
		}
		if k == segment.KindPunct || k == segment.KindDash || k == segment.KindOpenQuote {
			if x.isPunct(i, ")") {
				break
			}
			r.b--
			continue
		}
		if x.isConj(i) || (x.info[i].has(fBoundary) && r.b-1 > r.a && x.isComma(i-1)) {
			r.b--
			continue
		}
		break
	}
	return r
}

// hasWord reports whether a range holds at least one word or number.
func (x *extractor) hasWord(r rng) bool {
	for i := r.a; i < r.b; i++ {
		if x.isWord(i) {
			return true
		}
	}
	return false
}

// candidates appends the candidate attributions of the sentence with
// tokens [s0, s1): one per cue word that a pattern attributes.
func (x *extractor) candidates(s0, s1 int, cands []cand) []cand {
	for k := s0; k < s1; k++ {
		wi := x.info[k]
		if !wi.has(fCue) || x.closedRegionAt(k) >= 0 {
			if x.isPunct(k, ":") && x.closedRegionAt(k) < 0 {
				cands = x.colon(k, s0, s1, cands)
			}
			continue
		}
		cands = x.candidate(k, s0, s1, wi, cands)
	}
	return cands
}

// sentence finds the attributions of the sentence with tokens [s0, s1):
// it scores the candidates, keeps those the model accepts and settles
// their conflicts.
func (x *extractor) sentence(s0, s1 int, cands []cand) []cand {
	cands = x.candidates(s0, s1, cands)
	kept := cands[:0]
	for _, c := range cands {
		c.score = x.score(&c, s0, s1)
		if c.score >= x.opts.MinScore {
			kept = append(kept, c)
		}
	}
	cands = kept
	if len(cands) == 0 {
		return cands
	}
	// Accept candidates by precedence, then left to right; a candidate
	// whose cue or speaker falls in an accepted one, or whose content
	// takes an accepted cue or speaker, is dropped. A participle clause
	// (", adding that ...") cuts the content it falls in.
	order := make([]int, len(cands))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		if sa, sb := cands[a].score, cands[b].score; sa != sb {
			if sa > sb {
				return -1
			}
			return 1
		}
		return cands[a].pat - cands[b].pat
	})
	var acc []int
	for _, ci := range order {
		c := &cands[ci]
		ok := true
		for _, ai := range acc {
			a := &cands[ai]
			if a.cue.overlaps(c.cue) || a.speaker.overlaps(c.cue) || a.cue.overlaps(c.speaker) || a.speaker.overlaps(c.speaker) {
				ok = false
				break
			}
			if a.content.overlaps(c.cue) || a.content.overlaps(c.speaker) {
				if !(c.split && a.content.a < c.cue.a) {
					ok = false
					break
				}
			}
			if c.content.overlaps(a.cue) || c.content.overlaps(a.speaker) {
				if !(a.split && c.content.a < a.cue.a) {
					ok = false
					break
				}
			}
		}
		if ok {
			acc = append(acc, ci)
		}
	}
	slices.SortFunc(acc, func(a, b int) int { return cands[a].cue.a - cands[b].cue.a })
	for n, ai := range acc {
		c := &cands[ai]
		// Cut the content at a later accepted attribution's cue or
		// speaker.
		for _, bi := range acc[n+1:] {
			b := &cands[bi]
			cut := b.cue.a
			if !b.speaker.empty() && b.speaker.a < cut {
				cut = b.speaker.a
			}
			if c.content.has(cut) && cut > c.content.a {
				c.content = x.trimContent(rng{c.content.a, cut})
				c.region = -1
			}
		}
		if c.inherit && n > 0 {
			c.speaker = cands[acc[n-1]].speaker
			c.ante = cands[acc[n-1]].ante
		}
		if !x.hasWord(c.content) {
			continue
		}
		x.emit(c)
	}
	return cands
}

// candidate appends the readings of the attribution around the cue word at
// k: a cue may be read as final ("..., X said"), inverted ("..., said X")
// and forward ("X said ..."); the model scores each and the best reading
// that fits wins.
func (x *extractor) candidate(k, s0, s1 int, wi *wordInfo, out []cand) []cand {
	c := cand{cue: rng{k, k + 1}, region: -1}
	if wi.has(fAccording) {
		if k+1 >= s1 || x.str(k+1) != "to" {
			return out
		}
		c.cue.b = k + 2
		c.pat = patAccording
		e := x.npRight(k+2, s1)
		if e == k+2 {
			return out
		}
		c.speaker = rng{k + 2, e}
		if x.clauseStart(k, s0) {
			a := e
			for a < s1 && !x.isComma(a) && a-e < 12 {
				a++ // an appositive or a title after the source
			}
			c.content = x.trimContent(rng{a, s1})
		} else {
			c.pat = patAccordingLate
			c.content = x.trimContent(rng{s0, k})
		}
		x.setRegion(&c)
		return append(out, c)
	}
	speech := wi.has(fSpeech)
	if !speech && (wi.has(fAux|fDet|fPrep|fBoundary|fPronoun|fTime) || x.skippable(k)) {
		return out // function words and adverbs are parts of cues, never heads
	}
	if isCapitalized(x.text, x.toks[k]) && !x.opensClause(k, s0) {
		return out // "the United States", "Fox News Sunday"
	}
	strong := speech || wi.score >= minCueScore
	if wi.has(fLight) {
		c.cue.b = x.lightObject(k+1, s1)
	}
	// CONTENT, SPEAKER CUE [rest].
	if subj := x.subjectLeft(k, s0); !subj.empty() && (subj.a > s0 || (speech && x.quoteBefore(s0))) {
		if c2, ok := x.final(c, subj.a-1, k+1, s0, s1, speech, strong); ok {
			c2.speaker = subj
			c2.rest = k + 1
			out = append(out, c2)
		}
	}
	// CONTENT, CUE SPEAKER [rest].
	if j := k - 1; (j > s0 || (speech && j == s0-1 && x.quoteBefore(s0))) && k+1 < s1 {
		if e := x.npRight(k+1, s1); e > k+1 && x.speakerStart(k+1) {
			if c2, ok := x.final(c, j, e, s0, s1, speech, false); ok {
				c2.speaker = rng{k + 1, e}
				c2.rest = e
				out = append(out, c2)
			}
		}
	}
	if !strong {
		return out
	}
	// ..., adding that CONTENT
	if wi.has(fParticiple) && k > s0 && x.isComma(k-1) {
		c.pat = patParticiple
		c.inherit = true
		c.split = true
		c.content = x.after(k+1, s1)
		x.setRegion(&c)
		if c.region >= 0 {
			c.pat = patDirect
		}
		if x.hasWord(c.content) {
			out = append(out, c)
		}
		return out
	}
	// SPEAKER CUE (that) CONTENT
	subj := x.subjectLeft(k, s0)
	if subj.a < 0 {
		return out
	}
	// A coordinated clause: "..., and he railed against ...", "... and
	// highlighted ..." (the subject is the previous attribution's); a
	// relative clause ("Mr. Sanders, who said ..."); a parenthetical
	// ("..., he said, ...").
	if j := subj.a - 1; subj.empty() && j > s0 && x.isConj(j) && (speech || wi.score >= 0.5) {
		c.split = true
		c.inherit = true
		subj = rng{}
	} else if subj.empty() {
		return out
	} else if x.opensNewClause(subj.a-1, s0) || x.isRelative(subj.a) {
		c.split = true
	}
	if subj.b-subj.a == 1 && x.isRelative(subj.a) && subj.a-2 >= s0 && x.isComma(subj.a-1) {
		if a := x.npLeft(subj.a-2, s0); a <= subj.a-2 {
			c.ante = rng{a, subj.a - 1}
		}
	}
	if wi.has(fNounish) && !x.verbAfter(k-1, subj) {
		return out // "a three-week state of emergency"
	}
	c.speaker = subj
	c.pat = patForward
	if c.inherit {
		c.pat = patParticiple
	}
	c.content = x.after(c.cue.b, s1)
	x.setRegion(&c)
	if c.region >= 0 {
		c.pat = patDirect
	}
	if !speech && x.words(c.content) < 2 {
		return out // "the protests have continued unabated"
	}
	if x.hasWord(c.content) {
		out = append(out, c)
	}
	return out
}

// isConj reports whether token i is a conjunction that can join two
// attributions: "..., and he railed", "..., while other voters said".
func (x *extractor) isConj(i int) bool {
	switch x.str(i) {
	case "and", "but", "while", "whereas", "although", "though", "yet":
		return true
	}
	return false
}

// isRelative reports whether token i is a relative pronoun that can be the
// subject of a cue: "Mr. Sanders, who said ...".
func (x *extractor) isRelative(i int) bool {
	switch x.str(i) {
	case "who", "which":
		return true
	}
	return false
}

// opensNewClause reports whether token j, right before a subject (or a
// cue without one), ends the clause before it: a comma, dash, semicolon
// or conjunction. An attribution there is not nested in the content it
// falls in but starts a new one.
func (x *extractor) opensNewClause(j, s0 int) bool {
	if j < s0 {
		return false
	}
	if x.isConj(j) || x.isComma(j) || x.isPunct(j, ";") || x.toks[j].Kind == segment.KindDash {
		return true
	}
	// ", when he claimed ...", ", as she said"
	return j > s0 && x.info[j].has(fBoundary) && x.isComma(j-1)
}

// opensClause reports whether token k comes first in its sentence or
// right after an opening mark, bracket or dash, where a cue may be
// capitalised.
func (x *extractor) opensClause(k, s0 int) bool {
	if k == s0 {
		return true
	}
	switch x.toks[k-1].Kind {
	case segment.KindOpenQuote, segment.KindDash:
		return true
	}
	return x.isPunct(k-1, "(") || x.isPunct(k-1, ":")
}

// verbAfter reports whether a cue form that is also a common noun ("state",
// "report", "claims") reads as a verb after token j, the last before it:
// after a pronoun, an auxiliary or adverb, a name, or a plural noun.
func (x *extractor) verbAfter(j int, subj rng) bool {
	if j < 0 || j >= len(x.toks) {
		return false
	}
	if j >= subj.b { // auxiliaries or adverbs were skipped
		return true
	}
	wi := x.info[j]
	if wi.has(fPronoun) || isCapitalized(x.text, x.toks[j]) {
		return true
	}
	w := x.str(j)
	return len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && !wi.has(fDet)
}

// lightObject returns the end of the object of a light verb cue
// ("expressed his concern", "voiced support"), starting at token a: up to
// three words before a preposition, "that", punctuation or a quotation.
func (x *extractor) lightObject(a, s1 int) int {
	e := a
	for e < s1 && e-a < 4 && x.toks[e].Kind == segment.KindWord {
		wi := x.info[e]
		if wi.has(fThat) || (wi.has(fPrep) && !wi.has(fDet)) || wi.has(fBoundary) {
			break
		}
		e++
	}
	if e == a || x.info[e-1].has(fDet) {
		return a
	}
	return e
}

// words counts the words and numbers of a range.
func (x *extractor) words(r rng) int {
	n := 0
	for i := r.a; i < r.b; i++ {
		if x.isWord(i) {
			n++
		}
	}
	return n
}

// colon appends the reading of a colon at k that attributes what follows
// to a short name before it, as headlines and transcripts do ("Mayor:
// Budget Talks Have Stalled", "HOST: Do you think ..."): the name
// opens the sentence, has at most six words, starts and ends with a
// capital, and holds no verb of saying ("He said: ..." is the verb's).
func (x *extractor) colon(k, s0, s1 int, out []cand) []cand {
	a := s0
	for a < k && (x.toks[a].Kind == segment.KindDash || x.toks[a].Kind == segment.KindOpenQuote) {
		a++
	}
	if k-a < 1 || k-a > 6 || !isCapitalized(x.text, x.toks[a]) || !isCapitalized(x.text, x.toks[k-1]) {
		return out
	}
	for i := a; i < k; i++ {
		wi := x.info[i]
		if !x.isWord(i) || (wi.has(fCue) && (wi.has(fSpeech) || wi.score >= 0.5) && !isCapitalized(x.text, x.toks[i])) {
			return out
		}
	}
	c := cand{pat: patColon, cue: rng{k, k + 1}, speaker: rng{a, k}, region: -1}
	c.content = x.trimContent(rng{k + 1, s1})
	x.setRegion(&c)
	if x.words(c.content) < 2 {
		return out
	}
	for i := c.content.a; i < c.content.b; i++ {
		if x.info[i].has(fSpeech) && x.closedRegionAt(i) < 0 {
			return out // "NEW CONTINGENCY: The minister said that ...": a kicker
		}
	}
	return append(out, c)
}

// final reads a final attribution whose content ends at the break token
// brk and whose attribution is followed by the tokens from r: the content
// is the quotation in marks that ends at brk or the text from the sentence
// start. A weak cue (neither a verb of saying nor strong) is accepted only
// with a speech-like quotation.
func (x *extractor) final(c cand, brk, r, s0, s1 int, speech, strong bool) (cand, bool) {
	if !x.attribBreak(brk) {
		return c, false
	}
	c, ok := x.before(c, brk, s0)
	if !ok {
		return c, false
	}
	speechLike := c.region >= 0 && x.regions[c.region].speechLike()
	if !x.restOK(r, s1, speechLike || (speech && (c.quoted || (c.region >= 0 && !x.regions[c.region].title())))) {
		return c, false
	}
	c.pat = patTrailing
	if c.region >= 0 {
		c.pat = patDirect
	}
	if speech || (strong && (c.region < 0 || speechLike)) {
		return c, true
	}
	return c, false
}

// quoteBefore reports whether the sentence starting at token s0 follows a
// quotation that closes right before it in the same paragraph, as in
// "“... now!” Trump said on Twitter." where the segmenter splits after the
// exclamation.
func (x *extractor) quoteBefore(s0 int) bool {
	if s0 == 0 {
		return false
	}
	ri := x.regionClosingAt(s0 - 1)
	if ri < 0 {
		return false
	}
	si := x.seg.SentenceOf(x.toks[s0].Start)
	return si > 0 && x.seg.Sentences[si-1].Paragraph == x.seg.Sentences[si].Paragraph
}

// clauseStart reports whether token k begins its clause: the sentence's
// start, or after leading conjunctions and punctuation.
func (x *extractor) clauseStart(k, s0 int) bool {
	for i := k - 1; i >= s0; i-- {
		if x.isWord(i) && !x.info[i].has(fBoundary) {
			return false
		}
		if x.toks[i].Kind == segment.KindOpenQuote || x.toks[i].Kind == segment.KindCloseQuote {
			return false
		}
	}
	return true
}

// attribBreak reports whether token i can separate a content from its
// attribution: a comma, a closing mark or a dash.
func (x *extractor) attribBreak(i int) bool {
	switch x.toks[i].Kind {
	case segment.KindCloseQuote, segment.KindDash:
		return true
	}
	return x.isComma(i)
}

// speakerStart reports whether the phrase after an inverted cue ("said
// Kasymov") starts like a noun phrase.
func (x *extractor) speakerStart(i int) bool {
	if x.toks[i].Kind != segment.KindWord {
		return false
	}
	wi := x.info[i]
	if wi.has(fThat) || wi.has(fAux) || (wi.has(fBoundary) && !wi.has(fPronoun)) {
		return false
	}
	return isCapitalized(x.text, x.toks[i]) || wi.has(fDet) || wi.has(fPronoun)
}

// restOK reports whether what follows a final attribution (from token r to
// the sentence end s1) allows it to be final: nothing, a short
// prepositional or time phrase ("on Sunday", "in a statement"), or a comma
// that opens a participle, relative or appositive clause or another
// quotation. After a quotation in marks (direct) a subordinate clause
// ("when asked about ...") and anything after a comma are accepted too.
func (x *extractor) restOK(r, s1 int, direct bool) bool {
	limit := 10
	if direct {
		limit = 20
	}
	for n := 0; r < s1; n++ {
		if n >= limit {
			return false
		}
		t := x.toks[r]
		switch {
		case x.isTerminal(r) || t.Kind == segment.KindCloseQuote || x.isPunct(r, ")"):
			r++
			if r >= s1 {
				return true
			}
			if x.toks[r].Kind == segment.KindOpenQuote {
				return direct
			}
			continue
		case x.isComma(r) || x.isPunct(r, ";") || t.Kind == segment.KindDash:
			if r+1 >= s1 {
				return true
			}
			nx := r + 1
			if x.toks[nx].Kind == segment.KindOpenQuote {
				return direct // "A," he said, "B." but not: Then he said, "B."
			}
			if direct {
				return true
			}
			ni := x.info[nx]
			return ni.has(fParticiple) || ni.has(fDet) || (ni.has(fBoundary) && (x.str(nx) == "who" || x.str(nx) == "which")) ||
				isCapitalized(x.text, x.toks[nx])
		case t.Kind == segment.KindOpenQuote:
			if n == 0 && direct {
				return true // "A," he said, "B."
			}
			// A title or scare quote in the rest: "he said during a
			// call to ABC's “This Week.”"
			ri := x.regionOpeningAt(r)
			if !direct || ri < 0 || !x.regions[ri].closed || x.regions[ri].speechLike() {
				return false
			}
			r = x.regions[ri].close
		case x.isWord(r):
			wi := x.info[r]
			if wi.has(fThat) {
				return false
			}
			if n == 0 && !direct && !wi.has(fPrep) && !isCapitalized(x.text, t) {
				return false // "told CNN", "said Friday" but not "said police fired"
			}
		default:
			return false
		}
		r++
	}
	return true
}

// before builds the content of a final attribution: the text before the
// break token brk, back to the sentence start, or the quotation in marks
// that ends there.
func (x *extractor) before(c cand, brk, s0 int) (cand, bool) {
	e := brk
	if x.toks[brk].Kind == segment.KindCloseQuote {
		e = brk + 1
	}
	if ri := x.regionClosingAt(e - 1); ri >= 0 {
		r := &x.regions[ri]
		c.content = rng{r.open, r.close + 1}
		c.region = ri
		return c, true
	}
	if e-1 > s0 && x.isComma(e-1) {
		if ri := x.regionClosingAt(e - 2); ri >= 0 {
			r := &x.regions[ri]
			c.content = rng{r.open, r.close + 1}
			c.region = ri
			return c, true
		}
	}
	c.content = x.trimContent(rng{s0, brk})
	// A quotation whose closing mark is missing, opened earlier in the
	// paragraph: “There was no warning. The ground opened up, he said.
	if brk > 0 && x.regionOf[brk-1] > 0 {
		if r := &x.regions[x.regionOf[brk-1]-1]; !r.closed && len(r.parts) == 1 && r.open <= c.content.a && !r.used {
			c.content = x.trimContent(rng{r.open, brk})
			c.quoted = true
			return c, x.hasWord(c.content)
		}
	}
	x.setRegion(&c)
	return c, x.hasWord(c.content)
}

// after returns the content that follows a cue ending before token a: from
// "that" when it comes within a few words (told reporters on Sunday that),
// else from a, to the sentence end.
func (x *extractor) after(a, s1 int) rng {
	a = x.skipMedium(a, s1)
	// The content ends before ", according to ...", which names the
	// source of the report rather than continuing it.
	for i := a; i+2 < s1; i++ {
		if x.isComma(i) && x.info[i+1].has(fAccording) && x.str(i+2) == "to" {
			s1 = i
			break
		}
	}
	tell := a > 0 && x.info[a-1].has(fTell)
	for i := a; i < s1 && i < a+8; i++ {
		if x.info[i].has(fThat) {
			return x.trimContent(rng{i, s1})
		}
		// "told Megyn not to worry", "urged residents to stay indoors":
		// the addressee is not part of the content.
		if tell && i > a && x.str(i) == "to" {
			if i-1 > a && x.str(i-1) == "not" {
				i--
			}
			return x.trimContent(rng{i, s1})
		}
		if !x.isWord(i) {
			break
		}
	}
	return x.trimContent(rng{a, s1})
}

// skipMedium skips, from token a, a phrase naming where something was said
// ("in a statement", "on Twitter", "in an interview,") that stands between
// a cue and its content.
func (x *extractor) skipMedium(a, s1 int) int {
	if a+1 >= s1 {
		return a
	}
	if w := x.str(a); w != "in" && w != "on" && w != "In" && w != "On" {
		return a
	}
	i := a + 1
	if x.info[i].has(fDet) {
		i++
	}
	if i >= s1 || !x.info[i].has(fMedium) {
		return a
	}
	i++
	if i < s1 && x.isComma(i) {
		i++
	}
	return i
}

// setRegion marks a candidate whose content is exactly one quotation in
// marks, and stretches a content that starts with a quotation's opening
// mark to the whole quotation (which may run over paragraphs).
func (x *extractor) setRegion(c *cand) {
	if c.content.empty() {
		return
	}
	ri := x.regionOpeningAt(c.content.a)
	if ri < 0 {
		ri = x.regionClosingAt(c.content.b - 1)
		if ri < 0 || x.regions[ri].open < c.content.a {
			return
		}
	}
	r := &x.regions[ri]
	if !r.closed && len(r.parts) == 1 {
		return
	}
	rr := rng{r.open, r.close + 1}
	if rr.contains(c.content) || c.content == rr {
		c.content = rr
		c.region = ri
		return
	}
	// The content starts at the quotation and goes on after it, or
	// ends with a quotation begun before it: keep the content as it is
	// (a mixed quotation).
}

// emit appends the quotation of an accepted candidate.
func (x *extractor) emit(c *cand) {
	q := Quote{Score: c.score}
	if c.region >= 0 {
		r := &x.regions[c.region]
		if r.used {
			return // attributed in an earlier sentence
		}
		r.used = true
		q.Kind = Direct
		q.Parts = r.parts[:len(r.parts):len(r.parts)] // appending copies
	} else if c.quoted {
		q.Kind = Direct
		q.Parts = x.onePart(c.content)
		x.regions[x.regionOf[c.content.a]-1].used = true
	} else {
		q.Kind = Indirect
		q.Parts = x.onePart(c.content)
		// Quotations inside reported speech make it mixed.
		for i := c.content.a; i < c.content.b; i++ {
			ri := x.closedRegionAt(i)
			if ri < 0 {
				continue
			}
			r := &x.regions[ri]
			if r.open >= c.content.a && r.close < c.content.b {
				r.used = true
				q.Kind = Mixed
				i = r.close
			}
		}
	}
	q.Content = hull(q.Parts)
	q.Cue = x.span(c.cue)
	q.Speech = q.Kind != Indirect || x.info[c.cue.a].has(fSpeech|fAccording)
	if !c.speaker.empty() {
		q.Speaker = x.span(c.speaker)
	}
	if !c.ante.empty() {
		q.Antecedent = x.span(c.ante)
	}
	x.quotes = append(x.quotes, q)
}

// onePart returns a one-span Parts slice for a content range, cut from a
// shared slab (appending to it copies).
func (x *extractor) onePart(r rng) []analyzer.Span {
	if len(x.slab) == cap(x.slab) {
		x.slab = make([]analyzer.Span, 0, 64)
	}
	x.slab = append(x.slab, x.span(r))
	n := len(x.slab)
	return x.slab[n-1 : n : n]
}

// span returns the byte span of a non-empty token range.
func (x *extractor) span(r rng) analyzer.Span {
	if r.empty() {
		return analyzer.Span{}
	}
	return analyzer.Span{Start: x.toks[r.a].Start, End: x.toks[r.b-1].End}
}

func hull(ps []analyzer.Span) analyzer.Span {
	if len(ps) == 0 {
		return analyzer.Span{}
	}
	return analyzer.Span{Start: ps[0].Start, End: ps[len(ps)-1].End}
}

// attachRegions gives quotations in marks that no cue attributed to the
// quotation they continue: a quotation right after a direct quotation's
// attribution in the same paragraph ("“A,” he said. “B.”") or opening the
// paragraph after it. Other speech-like quotations are kept without a
// speaker when Options.Unattributed is set.
func (x *extractor) attachRegions() {
	slices.SortStableFunc(x.quotes, func(a, b Quote) int { return a.Content.Start - b.Content.Start })
	// Quotations are changed in place; unattributed ones, if wanted, are
	// collected and merged in at the end.
	var extra []Quote
	qi := 0 // the first quotation that does not start before the region
	for ri := range x.regions {
		r := &x.regions[ri]
		rs := r.span()
		for qi < len(x.quotes) && x.quotes[qi].Content.Start < rs.Start {
			qi++
		}
		if r.used || !(r.closed || len(r.parts) > 1) {
			continue
		}
		// The first part of a quotation interrupted by its attribution
		// may be short: "“Well,” Ortiz said, “we never ...”".
		if (r.speechLike() || r.commaEnd) && qi < len(x.quotes) && x.leads(r, &x.quotes[qi]) {
			nx := &x.quotes[qi]
			nx.Parts = append(r.parts[:len(r.parts):len(r.parts)], nx.Parts...)
			nx.Content = hull(nx.Parts)
			r.used = true
			continue
		}
		if !r.speechLike() {
			continue
		}
		if qi > 0 {
			if prev := &x.quotes[qi-1]; prev.Kind != Indirect && x.continues(prev, r) {
				prev.Parts = append(prev.Parts, r.parts...)
				prev.Content = hull(prev.Parts)
				r.used = true
				continue
			}
		}
		if x.opts.Unattributed {
			extra = append(extra, Quote{Kind: Direct, Parts: r.parts[:len(r.parts):len(r.parts)], Content: rs})
			r.used = true
		}
	}
	if len(extra) > 0 {
		x.quotes = append(x.quotes, extra...)
		slices.SortStableFunc(x.quotes, func(a, b Quote) int { return a.Content.Start - b.Content.Start })
	}
}

// leads reports whether region r opens direct quotation q, whose
// attribution follows r with only punctuation between, in the same
// paragraph: "“We are ready,” he said, “and we will win.”" when the second
// quotation was read as the content.
func (x *extractor) leads(r *region, q *Quote) bool {
	if q.Kind != Direct || q.Cue.Len() == 0 {
		return false
	}
	a := q.Cue.Start
	if q.Speaker.Len() > 0 {
		a = min(a, q.Speaker.Start)
	}
	end := r.span().End
	if a < end || q.Content.Start < a {
		return false
	}
	for i := r.close + 1; i < len(x.toks) && x.toks[i].Start < a; i++ {
		if x.isWord(i) {
			return false
		}
	}
	s1, s2 := x.seg.SentenceOf(end-1), x.seg.SentenceOf(a)
	return s1 >= 0 && s2 >= 0 && x.seg.Sentences[s1].Paragraph == x.seg.Sentences[s2].Paragraph
}

// continues reports whether region r continues quotation q: r follows
// q's attribution with only punctuation between, or opens the sentence
// after the one where q ends in the same paragraph ("“A,” he told
// reporters. “B.”"), or opens the paragraph after q's when q ends in that
// paragraph's last sentence.
func (x *extractor) continues(q *Quote, r *region) bool {
	end := max(q.Content.End, q.Cue.End, q.Speaker.End)
	rs := r.span()
	if end > rs.Start {
		return false
	}
	onlyPunct := true
	for i := x.seg.TokenAt(end); i < r.open; i++ {
		if x.isWord(i) {
			onlyPunct = false
			break
		}
	}
	qs := x.seg.SentenceOf(end - 1)
	rsent := x.seg.SentenceOf(rs.Start)
	if qs < 0 || rsent < 0 {
		return false
	}
	sq, sr := x.seg.Sentences[qs], x.seg.Sentences[rsent]
	if sq.Paragraph == sr.Paragraph {
		return onlyPunct || (rsent == qs+1 && sr.Tokens.Start == r.open)
	}
	pq := x.seg.Paragraphs[sq.Paragraph]
	return sr.Paragraph == sq.Paragraph+1 && qs == pq.Sentences.End-1 &&
		x.toks[r.open].Start == x.seg.Paragraphs[sr.Paragraph].Start
}

// finish computes each quotation's span and the pronoun fallback.
func (x *extractor) finish() {
	var lastNamed analyzer.Span
	v, _ := vocab.Get()
	for i := range x.quotes {
		q := &x.quotes[i]
		q.Span = q.Content
		for _, s := range []analyzer.Span{q.Cue, q.Speaker} {
			if s.Len() > 0 {
				q.Span.Start = min(q.Span.Start, s.Start)
				q.Span.End = max(q.Span.End, s.End)
			}
		}
		if q.Speaker.Len() == 0 {
			continue
		}
		sp := x.text[q.Speaker.Start:q.Speaker.End]
		if wi := lookup(v, sp); wi.has(fPronoun) && (wi.form == "he" || wi.form == "she") {
			q.Antecedent = lastNamed
		} else if hasCapital(sp) {
			lastNamed = q.Speaker
		}
	}
}

func hasCapital(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			return true
		}
	}
	return false
}
