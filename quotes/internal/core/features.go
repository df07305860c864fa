package core

import (
	"strings"

	"github.com/newsfacts/newsfacts/analyzer/segment"
)

var patNames = [...]string{
	patDirect: "direct", patTrailing: "trailing", patAccording: "according",
	patForward: "forward", patAccordingLate: "according-late", patParticiple: "participle",
	patColon: "colon",
}

// colonInfo stands for the vocabulary entry of a colon cue.
var colonInfo = wordInfo{form: ":"}

// features calls emit with the parts of each feature of candidate c in the
// sentence [s0, s1); a feature is the concatenation of its parts. The
// training command and the scorer share this one definition.
func (x *extractor) features(c *cand, s0, s1 int, emit func(a, b, c, d string)) {
	k := c.cue.a
	wi := x.info[k]
	if wi == nil {
		wi = &colonInfo
	}
	if wi == nil {
		wi = &colonInfo
	}
	cue := x.lower(k)
	pat := patNames[c.pat]
	emit("bias", "", "", "")
	emit("pat=", pat, "", "")
	emit("cue=", cue, "", "")
	emit("cue+pat=", cue, "|", pat)
	st := stem(cue)
	emit("stem=", st, "", "")
	emit("stem+pat=", st, "|", pat)
	lex := bucket(float64(wi.score), lexBuckets)
	emit("lex=", lex, "", "")
	emit("lex+pat=", lex, "|", pat)
	if wi.has(fSpeech) {
		emit("speech", "", "", "")
		emit("speech+pat=", pat, "", "")
	}
	if c.cue.b-c.cue.a > 1 {
		emit("multi=", cue, "|", x.lower(c.cue.b-1))
	}
	emit("suffix=", suffix(cue), "", "")
	if isCapitalized(x.text, x.toks[k]) {
		emit("cap", "", "", "")
	}

	// Context of the cue.
	next := x.shape(c.cue.b, s1)
	prev := x.shape(k-1, s1)
	if k-1 < s0 {
		prev = "START"
	}
	emit("next=", next, "", "")
	emit("prev=", prev, "", "")
	emit("cue+next=", cue, "|", next)
	emit("cue+prev=", cue, "|", prev)
	prev2 := "START"
	if k-2 >= s0 {
		prev2 = x.shape(k-2, s1)
	}
	emit("prev2=", prev2, "|", prev)

	// Speaker.
	sp := "none"
	switch {
	case c.inherit:
		sp = "inherit"
	case !c.speaker.empty():
		sp = x.speakerShape(c.speaker)
		emit("spklen=", bucket(float64(c.speaker.b-c.speaker.a), lenBuckets), "", "")
		emit("spkhead=", x.lower(c.speaker.b-1), "", "")
		before := "START"
		if c.speaker.a > s0 {
			before = x.shape(c.speaker.a-1, s1)
		}
		emit("spkbefore=", before, "|", pat)
	}
	emit("spk=", sp, "", "")
	emit("lex+spk=", lex, "|", sp)
	emit("spk+pat=", sp, "|", pat)
	emit("cue+spk=", cue, "|", sp)

	// Content.
	cont := "plain"
	switch {
	case c.region >= 0:
		cont = "region"
		if r := &x.regions[c.region]; r.speechLike() {
			cont = "speech"
		} else if r.title() {
			cont = "title"
		}
	case c.quoted:
		cont = "quoted"
	default:
		for i := c.content.a; i < c.content.b; i++ {
			if x.closedRegionAt(i) >= 0 {
				cont = "mixed"
				break
			}
		}
	}
	emit("cont=", cont, "", "")
	emit("lex+cont=", lex, "|", cont)
	emit("cont+pat=", cont, "|", pat)
	n := x.words(c.content)
	emit("clen=", bucket(float64(n), lenBuckets), "", "")
	emit("cue+clen=", cue, "|", bucket(float64(n), lenBuckets))
	if !c.content.empty() {
		emit("cfirst=", x.shape(c.content.a, s1), "", "")
		emit("clast=", x.shape(c.content.b-1, s1), "", "")
		emit("stem+cfirst=", st, "|", x.shape(c.content.a, s1))
	}
	if c.rest > 0 {
		// What follows a final attribution: nothing, a phrase, a clause.
		n := 0
		for i := c.rest; i < s1; i++ {
			if x.isWord(i) {
				n++
			}
		}
		emit("restlen=", bucket(float64(n), lenBuckets), "|", pat)
		emit("rest=", x.shape(c.rest, s1), "", "")
	}
	if c.split {
		emit("split", "", "", "")
	}
	if x.seg.Paragraphs[x.seg.Sentences[x.seg.SentenceOf(x.toks[k].Start)].Paragraph].Part != segment.Body {
		emit("headline", "", "", "")
	}
}

var (
	lexBuckets = []float64{0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9}
	lenBuckets = []float64{1, 2, 3, 5, 8, 13, 21}
	bucketName = []string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}
)

// bucket returns the name of the bucket of v: the number of bounds it
// reaches.
func bucket(v float64, bounds []float64) string {
	n := 0
	for _, b := range bounds {
		if v >= b {
			n++
		}
	}
	return bucketName[n]
}

// stem strips a common inflection, so that the forms of a verb share
// evidence: "endorses", "endorsed", "endorsing" -> "endors".
func stem(w string) string {
	for _, suf := range []string{"ing", "ies", "ied", "es", "ed", "s", "e"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

func suffix(w string) string {
	switch {
	case strings.HasSuffix(w, "ing"):
		return "ing"
	case strings.HasSuffix(w, "ed"):
		return "ed"
	case strings.HasSuffix(w, "s"):
		return "s"
	}
	return "other"
}

// lower returns the lower-case form of word token i when it is short and
// plain ASCII (the common case, without allocating for words in the
// vocabulary), else its shape.
func (x *extractor) lower(i int) string {
	if i < 0 || i >= len(x.toks) {
		return "NONE"
	}
	if wi := x.info[i]; wi != nil {
		return wi.form
	}
	w := x.str(i)
	if len(w) > 20 {
		return "LONG"
	}
	for j := 0; j < len(w); j++ {
		if c := w[j]; c >= 'A' && c <= 'Z' {
			return strings.ToLower(w)
		} else if c >= 0x80 {
			return strings.ReplaceAll(strings.ToLower(w), "’", "'")
		}
	}
	return w
}

// shape describes token i for the context features: the lower-case word
// when it is in the vocabulary, else a coarse shape (Cap, lower, NUM) or
// the punctuation itself; END past the sentence.
func (x *extractor) shape(i, s1 int) string {
	if i < 0 || i >= s1 || i >= len(x.toks) {
		return "END"
	}
	t := x.toks[i]
	switch t.Kind {
	case segment.KindWord:
		if x.info[i] != nil {
			return x.lower(i)
		}
		if isCapitalized(x.text, t) {
			return "Cap"
		}
		return "lower"
	case segment.KindNumber:
		return "NUM"
	case segment.KindOpenQuote:
		return "OPENQ"
	case segment.KindCloseQuote:
		return "CLOSEQ"
	case segment.KindDash:
		return "DASH"
	case segment.KindPunct:
		if t.Len() <= 3 {
			return x.str(i)
		}
	}
	return "OTHER"
}

// speakerShape classifies a speaker phrase: a pronoun (by its form), a
// name (capitalised first word), a determiner phrase or other.
func (x *extractor) speakerShape(r rng) string {
	wi := x.info[r.a]
	switch {
	case r.b-r.a == 1 && wi.has(fPronoun):
		return wi.pron
	case r.b-r.a == 1 && x.isRelative(r.a):
		return "rel"
	case wi.has(fDet):
		return "det"
	case isCapitalized(x.text, x.toks[r.a]):
		return "cap"
	case x.toks[r.a].Kind == segment.KindNumber:
		return "num"
	}
	return "lower"
}
