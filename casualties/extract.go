package casualties

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/analyzer"
	"github.com/newsfacts/newsfacts/analyzer/segment"
	"github.com/newsfacts/newsfacts/entities"
	"github.com/newsfacts/newsfacts/internal/textutil"
)

// word is one token of a sentence under analysis.
type word struct {
	s    string // folded, lower-cased text
	raw  string // the text as written
	span analyzer.Span
	kind segment.Kind
	cap  bool // starts with a capital letter in a mixed-case sentence
}

// sent is a sentence under analysis.
type sent struct {
	w        []word
	index    int  // sentence index in the segmentation
	headline bool // in the headline or standfirst
	bg       bool // carries a background cue (aggregate statistics)
	nocase   bool // all capitals or title case: capitals mark no names
}

// extract finds the figures of every sentence that contains a cue word.
func extract(doc *analyzer.Document, seg *segment.Result, ents *entities.Result) []Figure {
	text := doc.Text
	var buf [24]byte
	// buffers reused from sentence to sentence and, through the pool,
	// from document to document
	sc := scratchPool.Get().(*scratch)
	defer sc.release()
	seen, words, figs, sfigs := sc.seen, sc.words, sc.figs, sc.sfigs
	defer func() { sc.words, sc.figs, sc.sfigs = words, figs, sfigs }()
	sc.used = [2]int{}
	lists := listParagraphs(text, seg.Paragraphs)
	for si, s := range seg.Sentences {
		all := seg.Tokens[s.Tokens.Start:s.Tokens.End]
		// A "sentence" of more than maxSentTokens tokens is not prose (a
		// table, a list, text without punctuation): it is read in pieces,
		// which keeps the work per word bounded.
		for len(all) > 0 {
			toks := all[:min(len(all), maxSentTokens)]
			all = all[len(toks):]
			if !hasCue(text, toks, &buf) {
				continue
			}
			// Scraped pages repeat paragraphs: a sentence seen before adds
			// nothing.
			span := analyzer.Span{Start: toks[0].Span.Start, End: toks[len(toks)-1].Span.End}
			if st := doc.Slice(span); seen[st] {
				continue
			} else {
				seen[st] = true
			}
			headline := seg.Paragraphs[s.Paragraph].Part != segment.Body
			st := newSent(text, toks, words, headline)
			words = st.w
			sc.used[0] = max(sc.used[0], len(words))
			st.index = si
			st.headline = headline
			st.bg = hasBackgroundCue(st.w) || lists != nil && lists[s.Paragraph]
			x := extractor{s: st, ents: ents, figs: sfigs[:0]}
			x.run()
			x.diedInHospital()
			x.link()
			figs = append(figs, x.figs...)
			sfigs = x.figs
			sc.used[1] = max(sc.used[1], len(sfigs))
		}
	}
	if len(figs) == 0 {
		return nil
	}
	return slices.Clone(figs)
}

// scratch holds the working buffers of extract.
type scratch struct {
	seen  map[string]bool // sentences seen (slices of the text)
	words []word
	figs  []Figure // the document's figures, copied out at the end
	sfigs []Figure // a sentence's figures
	// used holds the most elements of words and sfigs a document used:
	// beyond them the buffers hold nothing to clear.
	used [2]int
}

var scratchPool = sync.Pool{New: func() any { return &scratch{seen: map[string]bool{}} }}

// release clears the buffers and returns them to the pool, unless they
// grew too large to keep.
func (sc *scratch) release() {
	if len(sc.seen) > 1<<12 || cap(sc.words) > 1<<12 || cap(sc.figs) > 1<<10 || cap(sc.sfigs) > 1<<10 {
		return
	}
	clear(sc.seen)
	// drop references to the text
	clear(sc.words[:sc.used[0]])
	clear(sc.figs)
	clear(sc.sfigs[:sc.used[1]])
	sc.words, sc.figs, sc.sfigs = sc.words[:0], sc.figs[:0], sc.sfigs[:0]
	scratchPool.Put(sc)
}

// maxSentTokens bounds the tokens of a sentence read at once; news
// sentences rarely have more than a hundred.
const maxSentTokens = 400

// hasCue reports whether any token is a cue word, without allocating.
func hasCue(text string, toks []segment.Token, buf *[24]byte) bool {
	for _, t := range toks {
		if t.Kind != segment.KindWord || t.Len() < 3 || t.Len() > len(buf) {
			continue
		}
		if !cueShapes.mayHold(text[t.Start:t.End]) {
			continue
		}
		n := 0
		ok := true
		for i := t.Start; i < t.End; i++ {
			c := text[i]
			if c >= utf8.RuneSelf {
				ok = false
				break
			}
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[n] = c
			n++
		}
		if !ok {
			// Non-ASCII words are rare; fold them properly.
			if cueWords[textutil.FoldWord(text[t.Start:t.End])] {
				return true
			}
			continue
		}
		if cueWords[string(buf[:n])] {
			return true
		}
	}
	return false
}

// stabWord reports whether s speaks of a blade ("stabbed", "stab
// wounds"), unlike "stable".
func stabWord(s string) bool {
	return s == "stab" || s == "stabs" || strings.HasPrefix(s, "stabb")
}

// cueWords are the words at least one of which a sentence must contain to
// be analysed.
var cueWords = func() map[string]bool {
	m := map[string]bool{}
	for w := range triggers {
		m[w] = true
	}
	for _, w := range []string{"toll", "hospital", "hospitals", "condition", "wound", "wounds",
		"injuries", "injury", "lives", "life", "suicide", "murder-suicide", "homicide", "fatal",
		"murder", "slaying", "manslaughter", "survive", "recover", "critical", "stable",
		"deadly", "double", "triple", "quadruple", "death", "custody", "hostage", "among",
		"fatally", "lost", "casualty", "victim", "killer", "himself", "herself", "surgery", "surgeries", "support",
		"passed", "body", "crossfire", "cross-fire", "coma", "graze", "gunshot"} {
		m[w] = true
	}
	return m
}()

func newSent(text string, toks []segment.Token, w []word, headline bool) sent {
	if cap(w) < len(toks) {
		w = make([]word, len(toks), len(toks)+len(toks)/2)
	}
	w = w[:len(toks)]
	letters, upper, words, capWords := 0, 0, 0, 0
	var buf [24]byte
	for i, t := range toks {
		raw := text[t.Start:t.End]
		w[i] = word{s: foldWord(raw, &buf), raw: raw, span: t.Span, kind: t.Kind}
		if t.Kind != segment.KindWord {
			continue
		}
		words++
		if c := raw[0]; c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				w[i].cap = true
				capWords++
			}
		} else if r, _ := utf8.DecodeRuneInString(raw); unicode.IsUpper(r) {
			w[i].cap = true
			capWords++
		}
		for k := 0; k < len(raw); k++ {
			c := raw[k]
			switch {
			case c >= 'a' && c <= 'z':
				letters++
			case c >= 'A' && c <= 'Z':
				letters++
				upper++
			case c >= utf8.RuneSelf:
				r, n := utf8.DecodeRuneInString(raw[k:])
				if unicode.IsLetter(r) {
					letters++
					if unicode.IsUpper(r) {
						upper++
					}
				}
				k += n - 1
			}
		}
	}
	// In all-capitals text and title-case headlines capitals say nothing.
	// (A sentence of the body with many capitalised words is mostly one
	// that lists names: "Oscar Bell, Jr., and Dana Pratt were shot".)
	if upper*10 > letters*6 || (headline && words >= 4 && capWords*10 > words*6) {
		for i := range w {
			w[i].cap = false
		}
		return sent{w: w, nocase: true}
	}
	return sent{w: w}
}

// foldWord returns the folded, lower-cased form of a token. Words of the
// lexicons come back as the lexicon's own string, so that capitalised
// words ("Police", "KILLED") need no allocation.
func foldWord(raw string, buf *[24]byte) string {
	if len(raw) <= len(buf) {
		n := 0
		upper := false
		for ; n < len(raw); n++ {
			c := raw[n]
			if c >= utf8.RuneSelf {
				break
			}
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
				upper = true
			}
			buf[n] = c
		}
		if n == len(raw) {
			if !upper {
				return raw // already lower case: nothing to intern
			}
			if knownShapes.mayHold(raw) {
				if s, ok := knownWords[string(buf[:n])]; ok {
					return s
				}
			}
			return textutil.LowerASCII(raw)
		}
		if s, ok := commonFolds[raw]; ok {
			return s
		}
	}
	return textutil.FoldWord(raw)
}

// commonFolds holds the folded forms of the tokens outside ASCII that
// news text uses most (typographic quotes and dashes, clitics written with
// a typographic apostrophe), which spares them the general folding.
var commonFolds = func() map[string]string {
	m := map[string]string{}
	for _, t := range []string{"“", "”", "‘", "’", "—", "–", "…", "’s", "’S", "n’t", "N’T", "’re", "’ve", "’ll", "’d", "’m", "«", "»", "•", "·"} {
		m[t] = textutil.FoldWord(t)
	}
	return m
}()

// A shapeSet records the length, first and last letter of a set of
// lower-case words, so that most words outside the set are told apart
// without hashing them: a word whose shape is not recorded is not in the
// set. Words not opening and closing with an ASCII letter always may be.
// (The analyser looks up every word of a text in its lexicons; most
// words of news are in none.)
type shapeSet [25][26]uint32 // [length][first letter] -> last letters

func (m *shapeSet) add(w string) {
	if len(w) < len(m) && letterIndex(w[0]) >= 0 && letterIndex(w[len(w)-1]) >= 0 {
		m[len(w)][letterIndex(w[0])] |= 1 << letterIndex(w[len(w)-1])
	}
}

// mayHold reports whether word (in any case) may be in the set. Words
// with other than ASCII bytes may: folding can change their length.
func (m *shapeSet) mayHold(word string) bool {
	if len(word) == 0 || len(word) >= len(m) {
		return true
	}
	for i := 0; i < len(word); i++ {
		if word[i] >= utf8.RuneSelf {
			return true
		}
	}
	f, l := letterIndex(word[0]|0x20), letterIndex(word[len(word)-1]|0x20)
	if f < 0 || l < 0 {
		return true
	}
	return m[len(word)][f]&(1<<l) != 0
}

// letterIndex returns 0-25 for a lower-case ASCII letter, else -1.
func letterIndex(c byte) int {
	if c >= 'a' && c <= 'z' {
		return int(c - 'a')
	}
	return -1
}

func shapesOf[V any](words map[string]V) *shapeSet {
	m := new(shapeSet)
	for w := range words {
		m.add(w)
	}
	return m
}

var (
	cueShapes   = shapesOf(cueWords)
	knownShapes = shapesOf(knownWords)
	// triggerShapes spares most words the look-up in triggers.
	triggerShapes = shapesOf(triggers)
)

// knownWords interns the lexicon's words.
var knownWords = func() map[string]string {
	m := map[string]string{}
	add := func(w string) { m[w] = w }
	for w := range triggers {
		add(w)
	}
	for w := range personNouns {
		add(w)
	}
	for w := range cueWords {
		add(w)
	}
	for _, set := range []map[string]bool{npBreakers, determiners, subjectSkip, timeWords, notNames, modals, negations} {
		for w := range set {
			add(w)
		}
	}
	for w := range pronouns {
		add(w)
	}
	return m
}()

// extractor finds the figures of one sentence.
type extractor struct {
	s    sent
	figs []Figure
	ents *entities.Result // nil when entities are not available
}

// mentionAt returns the first entity mention overlapping span s.
func (x *extractor) mentionAt(s analyzer.Span) (*entities.Mention, bool) {
	if x.ents == nil {
		return nil, false
	}
	ms := x.ents.Mentions
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Span.End > s.Start })
	if i < len(ms) && ms[i].Span.Start < s.End {
		return &ms[i], true
	}
	return nil, false
}

// link sets the Entity of the sentence's figures: the entity the subject
// names, else the place nearest the figure in the sentence.
func (x *extractor) link() {
	if x.ents == nil || len(x.figs) == 0 {
		return
	}
	sent := analyzer.Span{Start: x.s.w[0].span.Start, End: x.s.w[len(x.s.w)-1].span.End}
	ms := x.ents.Mentions
	lo := sort.Search(len(ms), func(i int) bool { return ms[i].Span.End > sent.Start })
	for i := range x.figs {
		f := &x.figs[i]
		if f.SubjectSpan.Len() > 0 {
			if m, ok := x.mentionAt(f.SubjectSpan); ok && m.Entity >= 0 && f.SubjectSpan.Contains(m.Span) {
				f.Entity = m.Entity
				continue
			}
		}
		best, bestDist := -1, 0
		for k := lo; k < len(ms) && ms[k].Span.Start < sent.End; k++ {
			m := &ms[k]
			if m.Type != entities.Location || m.Entity < 0 {
				continue
			}
			d := m.Span.Start - f.Span.End
			if d < 0 {
				d = f.Span.Start - m.Span.End
			}
			if d < 0 {
				d = 0
			}
			if best < 0 || d < bestDist {
				best, bestDist = m.Entity, d
			}
		}
		f.Entity = best
	}
}

func (x *extractor) at(i int) string {
	if i < 0 || i >= len(x.s.w) {
		return ""
	}
	return x.s.w[i].s
}

func (x *extractor) run() {
	w := x.s.w
	for i := 0; i < len(w); i++ {
		if w[i].kind != segment.KindWord {
			continue
		}
		s := w[i].s
		switch s {
		case "toll":
			x.toll(i)
			continue
		case "hospital", "hospitals":
			x.hospital(i)
			continue
		case "condition", "coma":
			x.condition(i)
			continue
		case "graze", "gunshot":
			// "suffered a bullet graze", "received a gunshot to the
			// leg" (not "a gunshot wound", read at "wound")
			switch x.at(i + 1) {
			case "wound", "wounds", "injury", "injuries", "victim", "victims":
			default:
				x.withWounds(i)
			}
			continue
		case "wound", "wounds", "injuries", "injury":
			if x.withWounds(i) {
				continue
			}
			// "to kill one man and wound two others": the verb
			if s == "wound" && x.woundVerb(i) {
				x.trigger(i, trigger{kind: Injured, act: true})
				continue
			}
		case "among":
			x.among(i)
			continue
		case "lives", "life":
			x.lives(i)
			continue
		case "suicide", "murder-suicide":
			x.suicide(i)
			continue
		case "double", "triple", "quadruple", "quintuple":
			x.multiple(i)
			continue
		case "fatal", "deadly":
			x.fatal(i)
			continue
		case "fatally":
			x.fatally(i)
			continue
		case "murder", "homicide", "slaying", "manslaughter":
			x.eventNoun(i)
			continue
		case "killing":
			if x.at(i+1) == "of" || !triggers["killing"].act || x.isDet(i-1) || x.at(i-1) == "a" || x.at(i-1) == "in" {
				x.eventNoun(i)
				continue
			}
		case "shooting":
			// "the shooting of a 4-year-old girl", "the girl's shooting"
			if x.shootingOf(i) {
				continue
			}
			// a noun, not a verb with an object: "the shooting suspect",
			// "a shooting victim", "Shooting Range"
			if p := x.at(i - 1); x.isDet(i-1) || p == "a" || p == "an" || p == "'s" || p == "'" || shootingCompounds[x.at(i+1)] {
				continue
			}
		case "wounding":
			// "the wounding of the boy's father"
			if x.at(i+1) == "of" {
				if g := x.groupRight(i + 2); g.ok && g.q.ok && g.subject != "" {
					x.add(g, Injured, i, x.clauseStart(i))
				}
				continue
			}
		case "critical", "stable":
			// "Boy critical after shooting", "2 critical, 2 stable"
			if n := x.at(i + 1); n == "after" || n == "following" || x.s.headline && (n == "," || n == "" || n == "in") {
				x.predicate(i, Injured)
				continue
			}
		case "custody":
			x.custody(i)
			continue
		case "surgery", "surgeries":
			x.surgery(i)
			continue
		case "support":
			if x.at(i-1) == "life" {
				x.lifeSupport(i)
				continue
			}
		case "victim":
			x.nthVictim(i)
			continue
		case "himself", "herself":
			x.turnedGun(i)
			x.andThenSelf(i)
		case "crossfire", "cross-fire":
			// "a woman was caught in the crossfire": hit
			if k := i - 2; x.at(i-1) == "the" && x.at(k) == "in" && x.at(k-1) == "caught" {
				x.predicate2(k-1, i, Shot)
				continue
			}
		case "passed":
			// "the boy passed away Sunday"
			if x.at(i+1) == "away" {
				x.predicate(i, Killed)
				continue
			}
		case "survive":
			// "the teen did not survive": dead
			if n := x.at(i - 1); (n == "not" || n == "n't") && (x.at(i-2) == "did" || x.at(i-2) == "does") {
				k := len(x.figs)
				x.predicate2(i-2, i, Killed)
				for f := k; f < len(x.figs); f++ {
					x.figs[f].Negated = false
				}
				continue
			}
			fallthrough
		case "recover":
			// "is expected to survive": hurt, and alive
			if x.at(i-1) == "to" && (x.at(i-2) == "expected" || x.at(i-2) == "likely") {
				n := len(x.figs)
				x.predicate2(i-2, i, Injured)
				for k := n; k < len(x.figs); k++ {
					x.figs[k].Hypothetical = false
				}
			}
			continue
		}
		if !triggerShapes.mayHold(s) {
			continue
		}
		t, ok := triggers[s]
		if !ok {
			continue
		}
		if s == "die" && x.nthToDie(i) {
			continue
		}
		x.trigger(i, t)
	}
}

// trigger handles a casualty word.
func (x *extractor) trigger(i int, t trigger) {
	s := x.at(i)
	kind := t.kind
	next := x.at(i + 1)
	// "shot at", "shooting at": fired at, not necessarily hit; but "6
	// shot at Easter party", "a man was shot at a bus stop": hit, at a
	// place
	if s == "shot" && next == "at" && (!x.personAt(i+2) || i > 0 && x.isQuantityEnd(i-1) && x.s.w[i+2].cap) && (x.passiveBefore(i) || x.s.headline || i > 0 && x.isQuantityEnd(i-1) || isPlural(x, i-1)) {
		x.predicate(i, kind)
		return
	}
	if (s == "shot" || s == "shooting" || s == "shoots") && (next == "at" || next == "up" || next == "down" || next == "through" || next == "into") {
		return
	}
	// "shot dead", "shot to death", "stabbed to death": killed.
	if next == "dead" && (s == "shot" || s == "gunned" || s == "struck" || s == "stabbed") {
		kind = Killed
	}
	if next == "to" && x.at(i+2) == "death" {
		kind = Killed
	}
	if (s == "gunned" || s == "gunning") && next != "down" {
		return
	}
	// "nine have been hurt or killed", "killed or wounded": either,
	// a count of casualties
	if next == "or" || x.at(i-1) == "or" {
		o := x.at(i + 2)
		if x.at(i-1) == "or" {
			o = x.at(i - 2)
		}
		if t2, ok := triggers[o]; ok && t2.kind != kind && harmedKind(t2.kind) && harmedKind(kind) && (kind == Killed || t2.kind == Killed) {
			kind = Casualties
		}
	}
	// "not sure if he was dead or alive": no death told
	if s == "dead" && (next == "or" && x.at(i+2) == "alive" || x.at(i-1) == "or" && x.at(i-2) == "alive") {
		return
	}
	// "she is survived by her husband": an obituary's family
	if s == "survived" && next == "by" {
		return
	}
	// "death" and "deaths" as nouns.
	if t.noun {
		x.nounTrigger(i, kind)
		return
	}
	// "two wounded people", "three injured men": a counted group the
	// participle modifies
	switch s {
	case "wounded", "injured", "dead", "deceased", "slain":
		for k := max(0, i-4); k < i; k++ {
			q, e := x.quantityAt(k)
			if !q.ok || e != i || q.value <= 0 {
				continue
			}
			h := x.groupRight1(i + 1)
			if !h.ok || h.subject == "" || h.head > i+3 || h.self || (q.value == 1) != h.individual {
				break
			}
			h.start, h.q = k, q
			x.add(h, kind, i, x.clauseStart(k))
			return
		}
	}
	// Active: an object on the right, unless a form of "be" precedes.
	if t.act && !x.passiveBefore(i) {
		if x.activeObject(i, kind) {
			return
		}
	}
	if t.pred {
		// "a deceased white male", "the slain teen": a dead person
		if kind == Killed && (s == "dead" || s == "deceased" || s == "slain") && (x.at(i-1) == "a" || x.at(i-1) == "an" || x.at(i-1) == "the" || s == "slain" && x.headlineStart(i)) {
			k := i - 1
			if x.at(k) != "a" && x.at(k) != "an" && x.at(k) != "the" {
				k = i // "Slain teen identified": no article
			}
			if g := x.groupRight1Modified(k); g.ok && g.individual && g.head > i && g.head <= i+3 {
				x.add(g, Killed, i, x.clauseStart(i))
				return
			}
		}
		// "a dead end", "a wounded man": an adjective
		if p := x.at(i - 1); p == "a" || p == "an" {
			return
		}
		// "the dead", "the injured": a group noun, not a predicate.
		if (s == "dead" || s == "injured" || s == "wounded" || s == "missing") && x.isDet(i-1) && !x.isNumberAt(i-1) {
			return
		}
		x.predicate(i, kind)
	}
}

// shootingCompounds are the nouns that "shooting" modifies ("shooting
// victim", "shooting range").
var shootingCompounds = setOf("victim", "victims", "suspect", "suspects", "survivor", "survivors",
	"range", "ranges", "scene", "investigation", "investigations", "investigators", "detectives",
	"spree", "incident", "incidents", "task", "description", "sports", "club", "gallery", "practice", "star", "guard")

// woundVerb reports whether "wound" at word i is a verb: after "to" or
// a modal ("tried to wound", "could wound"), or coordinated with a verb
// of harm in its base form ("shoot and wound", "kill one and wound
// two").
func (x *extractor) woundVerb(i int) bool {
	switch p := x.at(i - 1); {
	case p == "to" || modals[p]:
		return true
	case p == "and" || p == "or":
		// "to shoot and kill one man and wound two": a base form of a
		// verb of harm earlier in the clause
		for k := i - 2; k >= 0 && k >= i-8 && x.s.w[k].kind != segment.KindPunct; k-- {
			switch x.at(k) {
			case "kill", "shoot", "injure", "hurt", "stab", "maim":
				return true
			}
		}
	}
	return false
}

// personAt reports whether a group of people starts at word i: "at
// police", "at the officers", "at him".
func (x *extractor) personAt(i int) bool {
	g := x.groupRight1(i)
	return g.ok && g.subject != ""
}

// isDet reports whether word i is a determiner such as "the".
func (x *extractor) isDet(i int) bool {
	switch x.at(i) {
	case "the", "his", "her", "their", "its", "our", "those", "these":
		return true
	}
	return false
}

func (x *extractor) isNumberAt(i int) bool {
	if i < 0 || i >= len(x.s.w) {
		return false
	}
	_, ok := textutil.NumberWord(x.at(i))
	return ok
}

// passiveBefore reports whether a form of "be" or "get" precedes word i
// (allowing adverbs), making a participle passive.
func (x *extractor) passiveBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		s := x.at(j)
		switch s {
		case "was", "were", "is", "are", "be", "been", "being", "got", "get", "gets", "getting":
			return true
		}
		if isAdverb(s) || s == "not" || s == "n't" || s == "also" || s == "all" || s == "both" {
			continue
		}
		// "was shot and killed", "were shot, wounded": the voice of the
		// first participle carries over to the second
		if (s == "and" || s == ",") && j > 0 {
			if t, ok := triggers[x.at(j-1)]; ok && t.pred && t.act {
				return x.passiveBefore(j - 1)
			}
		}
		return false
	}
	return false
}

func isAdverb(s string) bool {
	if len(s) > 4 && strings.HasSuffix(s, "ly") && s != "only" && s != "family" && s != "rally" && s != "ally" && s != "italy" {
		return true
	}
	switch s {
	case "also", "later", "then", "now", "still", "reportedly", "already", "since", "subsequently", "eventually", "just", "nearly", "almost", "soon", "again", "ever", "never", "even", "somehow", "twice", "once":
		return true
	}
	return false
}

// figure builds a figure from a group and a trigger and appends it.
func (x *extractor) add(g group, kind Kind, trig int, clauseStart int) *Figure {
	w := x.s.w
	start, end := trig, trig+1
	if g.ok {
		start = min(start, g.start)
		end = max(end, g.end)
		// "her unborn baby was killed": not counted among the people
		if g.q.ok && x.unbornIn(g.start, g.end) && (g.individual || g.q.value == 1) {
			return &Figure{}
		}
	}
	f := Figure{
		Kind:     kind,
		Trigger:  w[trig].span,
		Sentence: x.s.index,
		Min:      Unknown, Max: Unknown, Value: Unknown,
		Timex: -1, Entity: -1,
		headline: x.s.headline,
	}
	f.Span = analyzer.Span{Start: w[start].span.Start, End: w[end-1].span.End}
	if g.ok {
		f.SubjectSpan = analyzer.Span{Start: w[g.start].span.Start, End: w[g.end-1].span.End}
		f.Subject = g.subject
		f.Part = g.part
		f.Additional = g.additional
		f.withKnown = g.withKnown
		f.also = g.also
		f.Self = g.self
		f.perp = g.perp || g.self
		f.Individual = g.individual
		f.who = g.who
		if g.individual && g.additional {
			f.ordinal = x.ordinalIn(g.start, g.head)
		}
	}
	if g.q.ok {
		f.Min, f.Max, f.Value, f.Approx = g.q.min, g.q.max, g.q.value, g.q.approx
		f.one = x.at(g.q.start) == "one" || x.at(g.q.start) == "1"
		f.Number = analyzer.Span{Start: w[g.q.start].span.Start, End: w[g.q.end-1].span.End}
	} else {
		f.Unquantified = true
	}
	f.stab = stabWord(x.at(trig)) || stabWord(x.at(trig-1))
	switch x.at(trig) {
	case "condition", "coma", "critical", "stable", "injuries", "injury", "wounds", "wound", "graze":
		f.cond = true
	}
	var cue int
	f.Negated, f.Hypothetical, cue = x.modality(trig, g)
	// a death named by a noun phrase ("to determine if the shooting death
	// of a teen was an accident") is presupposed, not conditional
	if f.Hypothetical && cue < 0 && presupposed[x.at(trig)] {
		f.Hypothetical = false
	}
	if cue >= 0 && w[cue].span.Start < f.Span.Start {
		f.Span.Start = w[cue].span.Start // "could kill thousands"
	}
	// "left 15 dead", "found two men dead": the verb is part of the
	// evidence.
	if g.ok && g.end <= trig {
		switch x.at(g.start - 1) {
		case "left", "leaving", "leaves", "leave":
			f.Span.Start = w[g.start-1].span.Start
		}
	}
	// "could have hit her in the chest and killed her": a verb joined to
	// a hypothetical one shares its mood
	if !f.Hypothetical && !f.Negated && x.at(trig-1) == "and" && trig >= 2 {
		lo := w[max(trig-10, 0)].span.Start
		for k := len(x.figs) - 1; k >= 0; k-- {
			o := &x.figs[k]
			if o.Sentence != f.Sentence || o.Trigger.Start < lo {
				break
			}
			if o.Trigger.End <= w[trig-1].span.Start && o.Trigger != f.Trigger {
				// (a modal's, not an intent's: "tried to shoot her and
				// wounded him" wounded him)
				if o.Hypothetical && !o.Negated {
					f.Hypothetical = x.modalBefore(o.Trigger, trig)
				}
				break
			}
		}
	}
	// "They killed me!", said by the one who was hit: the speaker lives
	if kind == Killed && g.ok && g.individual && firstPerson[g.subject] {
		f.Hypothetical = true
	}
	f.Background = x.s.bg
	// "police now say 20 people were killed", "raising the number of
	// dead to 20": a revised figure
	for j := max(start-6, 0); j < end && j < len(w); j++ {
		switch x.at(j) {
		case "now", "latest", "revised", "updated", "raising", "bringing", "risen", "rose", "climbed":
			f.Update = true
		case ".", ";", ":":
			if j < start {
				f.Update = false
			}
		}
	}
	// Ignore an exact duplicate (same group, kind and trigger).
	for i := range x.figs {
		o := &x.figs[i]
		if o.Kind == f.Kind && o.Trigger == f.Trigger && o.SubjectSpan == f.SubjectSpan {
			return o
		}
	}
	// ("one of six students who were struck": the relative clause
	// tells of the six)
	rel := (x.at(g.end) == "who" || x.at(g.end) == "that") && g.end+2 == trig && (x.at(trig-1) == "were" || x.at(trig-1) == "had")
	if q := g.whole; q.ok && g.end <= trig && (rel || !x.finiteBetween(g.end, trig+1)) {
		// "one of the seven people shot and killed": the seven, and the
		// one a part (not "one of four women wounded ... has died")
		w := f
		w.Min, w.Max, w.Value, w.Approx = q.min, q.max, q.value, q.approx
		w.Number = analyzer.Span{Start: x.s.w[q.start].span.Start, End: x.s.w[q.end-1].span.End}
		w.one = false
		f.Part = true
		x.figs = append(x.figs, w)
	}
	x.figs = append(x.figs, f)
	return &x.figs[len(x.figs)-1]
}

// modalBefore reports whether a modal stands in the four words before
// the trigger t, a word before word trig ("could have hit").
func (x *extractor) modalBefore(t analyzer.Span, trig int) bool {
	for j := trig - 1; j >= 0 && j >= trig-12; j-- {
		if x.s.w[j].span != t {
			continue
		}
		for k := j - 1; k >= 0 && k >= j-4; k-- {
			if modals[x.at(k)] {
				return true
			}
		}
		return false
	}
	return false
}

// firstPerson are the pronouns of the speaker.
var firstPerson = setOf("me", "i", "us", "we", "myself", "ourselves")

// diedInHospital marks the groups taken to hospital of whom a death
// later in the sentence is told by a pronoun or a bare count ("two were
// rushed to a hospital, where they were pronounced dead", "three were
// taken to the hospital and one died").
func (x *extractor) diedInHospital() {
	for i := range x.figs {
		if d := &x.figs[i]; d.Kind == Killed {
			d.later = x.diedLater(d)
		}
	}
	for i := range x.figs {
		f := &x.figs[i]
		if f.Kind != Hospitalized || f.Individual || f.Unquantified || f.Value <= 0 {
			continue
		}
		for j := range x.figs {
			d := &x.figs[j]
			if d.Kind != Killed || d.Negated || d.Hypothetical || d.Trigger.Start <= f.Trigger.Start || d.event {
				continue
			}
			// (or the group itself: "two men were taken to a hospital
			// and died")
			if back(d.Subject) || d.Subject == "" && !d.Unquantified && d.Value <= f.Value || d.SubjectSpan == f.SubjectSpan && d.SubjectSpan.End > 0 {
				f.died = true
			}
		}
	}
}

// diedLater reports whether the death of figure d is told as coming
// after the harm, as of someone taken to a hospital first: "he later
// died", "was pronounced dead", "succumbed to his wounds", "died at the
// hospital".
func (x *extractor) diedLater(d *Figure) bool {
	w := x.s.w
	for k := range w {
		if w[k].span.Start < d.Span.Start {
			continue
		}
		if w[k].span.Start >= d.Trigger.End {
			// a few words after the trigger: "died later", "died at
			// the hospital"
			for j := k; j < min(len(w), k+4); j++ {
				switch w[j].s {
				case "later", "hospital":
					return true
				case ".", ";":
					return false
				}
			}
			return false
		}
		switch w[k].s {
		case "later", "pronounced", "succumbed", "succumbs":
			return true
		}
	}
	return false
}

// back reports whether subject refers back to people already mentioned
// ("they", "both", "one of them").
func back(subject string) bool {
	switch subject {
	case "they", "them", "he", "she", "him", "her", "both", "all", "each":
		return true
	}
	return false
}

// finiteBetween reports whether a finite verb form ("was", "has") stands
// in words [i, j).
func (x *extractor) finiteBetween(i, j int) bool {
	for k := i; k < j; k++ {
		switch x.at(k) {
		case "was", "were", "is", "are", "has", "have", "had", "died", "dies", "survived", "survives", "succumbed", "perished":
			return true
		}
	}
	return false
}

// modality finds negation and hypothetical cues that govern the trigger:
// a modal or negation in its verb group ("could kill", "would have
// died", "were not hurt"), an infinitive after a verb of intent
// ("threatened to kill"), "nearly" ("nearly died"), or a condition ("if
// anyone was hurt").
func (x *extractor) modality(trig int, g group) (neg, hyp bool, cue int) {
	cue = -1
	graded := false // a degree adverb in the verb group: "seriously hurt"
	// the verb group: words left of the trigger back to the group (for a
	// predicate) or over auxiliaries and adverbs (for an active verb)
	lo := trig - 1
	for ; lo >= 0 && trig-lo <= 6; lo-- {
		if g.ok && g.end <= trig && lo < g.end {
			break
		}
		s := x.at(lo)
		if x.s.w[lo].kind != segment.KindWord {
			break
		}
		if !(subjectSkip[s] || isAdverb(s) || modals[s] || negations[s] || s == "to" || s == "have" || s == "and" || s == "did" || s == "does" || s == "do") {
			if _, ok := triggers[s]; !ok {
				break
			}
		}
		if degreeWords[s] && s != "fatally" && s != "mortally" && s != "too" {
			graded = true
		}
		switch {
		case (s == "not" || s == "n't") && degreeWords[x.at(lo+1)]:
			// "were not seriously injured": hurt, not badly
		case s == "not" || s == "n't" || s == "never":
			neg, cue = true, lo
		case modals[s]:
			hyp, cue = true, lo
		case s == "nearly" || s == "almost":
			hyp, cue = true, lo
		case s == "to":
			if intentVerbs[x.at(lo-1)] || intentVerbs[x.at(lo-2)] && isAdverb(x.at(lo-1)) {
				hyp = true
			}
		}
	}
	// a condition opening the clause: "if anyone was hurt"
	for j := trig - 1; j >= 0 && trig-j <= 10; j-- {
		w := x.s.w[j]
		if w.kind == segment.KindPunct || w.s == "that" || w.s == "and" || w.s == "but" {
			break
		}
		switch w.s {
		case "if", "unless", "lest":
			hyp = true
		}
	}
	if g.q.ok && g.q.value == 0 {
		// "no one was killed" is a count of zero; "no one was seriously
		// hurt" denies only serious harm
		neg = graded
	}
	return neg, hyp, cue
}

// presupposed are the nouns and adjectives whose casualties a condition
// does not put in doubt.
var presupposed = setOf("death", "deaths", "killing", "murder", "homicide", "slaying", "fatal",
	"deadly", "manslaughter", "suicide", "murder-suicide", "toll", "bodies")

// degreeWords grade an injury: "not seriously hurt" is still hurt.
var degreeWords = setOf("seriously", "critically", "badly", "severely", "gravely", "life-threateningly", "fatally", "mortally", "too")

// intentVerbs take an infinitive that did not (or not yet) happen:
// "threatened to kill", "tried to shoot".
var intentVerbs = setOf("threatened", "threatening", "threatens", "threaten", "vowed", "vowing",
	"vows", "vow", "tried", "trying", "tries", "try", "attempted", "attempting", "attempt",
	"attempts", "plotted", "plotting", "plot", "planned", "planning", "plans", "plan", "intended",
	"intending", "intends", "intend", "wanted", "wanting", "wants", "want", "hoped", "hoping",
	"going", "conspired", "conspiring", "conspiracy", "hired", "paid", "sought", "seeking",
	"meant", "ordered", "order", "urged", "expected", "expect", "likely", "enough", "able",
	"willing", "ready", "about", "desire", "wished", "wish", "aimed", "aiming", "designed",
	"preparing", "prepared", "decided", "offered", "agreed", "promised", "allegedly")

// clauseStart returns the index where the clause containing word i
// starts: after the nearest preceding semicolon, colon or sentence start.
func (x *extractor) clauseStart(i int) int {
	for j := i - 1; j >= 0; j-- {
		switch x.at(j) {
		case ";", ":", "—", "--":
			return j + 1
		}
	}
	return 0
}
