package core

import (
	_ "embed"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/analyzer/segment"
	"github.com/newsfacts/newsfacts/internal/textutil"
)

// Word flags: what a word form can do in an attribution.
const (
	fCue        uint32 = 1 << iota // a cue (reporting verb or phrase head)
	fSpeech                        // a verb of saying proper: said, told, added, ...
	fTell                          // takes an addressee before its content: told reporters that
	fParticiple                    // a cue that can open a trailing clause: ", adding that ..."
	fAux                           // auxiliary or adverb between subject and cue: has, also, would
	fPronoun                       // subject pronoun: he, she, they
	fBoundary                      // a word that ends a subject noun phrase on its left: that, when, and
	fThat                          // the complementiser "that"
	fPrep                          // preposition or time word that may follow a final cue: on, in, Sunday
	fDet                           // determiner or possessive that may start a subject: the, his
	fAccording                     // "according" (to X)
	fNounish                       // a verb form that is also a common noun: state, report
	fLight                         // a light verb whose object is part of the cue: expressed concern
	fMedium                        // a medium of speech: statement, interview, Twitter
	fTime                          // a time word: Sunday, week, yesterday
	fTimePrep                      // a word that introduces a time: on, last, this
)

// A wordInfo is what the vocabulary knows about a lower-case word form.
type wordInfo struct {
	form  string // the lower-case form
	pron  string // "pron:" + form, for pronouns
	flags uint32
	score float32 // probability of being (part of) a cue, from the lexicon
}

func (w *wordInfo) has(f uint32) bool { return w != nil && w.flags&f != 0 }

// cuesTSV is the cue lexicon derived from PolNeAR's training split by
// internal/lexgen: form, probability of being inside a cue, and weighted
// count of occurrences.
//
//go:embed cues.tsv
var cuesTSV string

// speechVerbs are verbs of saying, written here (not learned): each is a cue
// wherever it occurs with a subject or a quotation. Forms are listed in
// full: base, third person, past, participle.
var speechVerbs = strings.Fields(`
say says said saying tell tells told telling add adds added adding
state states stated stating announce announces announced announcing
declare declares declared declaring explain explains explained explaining
note notes noted noting insist insists insisted insisting
claim claims claimed claiming deny denies denied denying warn warns warned warning
urge urges urged urging argue argues argued arguing assert asserts asserted asserting
acknowledge acknowledges acknowledged acknowledging admit admits admitted admitting
confirm confirms confirmed confirming report reports reported reporting
reply replies replied replying respond responds responded responding
remark remarks remarked remarking comment comments commented commenting
write writes wrote writing tweet tweets tweeted tweeting
predict predicts predicted predicting promise promises promised promising
vow vows vowed vowing pledge pledges pledged pledging
suggest suggests suggested suggesting recall recalls recalled recalling
stress stresses stressed stressing emphasise emphasised emphasize emphasized
maintain maintains maintained contend contends contended
allege alleges alleged alleging accuse accuses accused accusing
complain complains complained complaining concede concedes conceded conceding
observe observes observed observing mention mentions mentioned mentioning
reveal reveals revealed revealing disclose discloses disclosed disclosing
estimate estimates estimated estimating caution cautions cautioned cautioning
tout touts touted boast boasts boasted boasting quip quips quipped
shout shouts shouted shouting yell yells yelled scream screamed whisper whispered
joke jokes joked asked ask asks asking inform informs informed
assure assures assured assuring remind reminds reminded reminding
testify testifies testified testifying
express expresses expressed expressing voice voices voiced voicing
defend defends defended defending
`)

// tellVerbs take an addressee between the cue and the content.
var tellVerbs = strings.Fields(`tell tells told telling inform informs informed assure assures assured
remind reminds reminded warn warns warned urge urges urged ask asks asked`)

// participles can open a trailing attribution clause after a comma.
var participles = strings.Fields(`adding saying noting explaining insisting warning arguing claiming
stating declaring telling asserting acknowledging admitting suggesting stressing citing calling
urging denying describing recalling predicting promising vowing pointing complaining`)

// auxWords may stand between a subject and its cue.
var auxWords = strings.Fields(`also has have had would will could may might should can must shall
later previously earlier repeatedly again then recently reportedly often once already never not
n't did does do was is are were be been further publicly privately still just even only first
subsequently initially frequently last yesterday today separately flatly simply long quickly
immediately soon ultimately finally always`)

var pronouns = strings.Fields(`he she they i we it you`)

// boundaryWords end a subject noun phrase on their left.
var boundaryWords = strings.Fields(`that which who whom whose when while where because although though
if as since after before and but or so until unless whether than nor yet why how what
whatever whoever however meanwhile instead also then`)

var prepWords = strings.Fields(`on in at during to for with via by from about of over after before following amid
through near against under outside inside ahead last this earlier later
yesterday today tonight monday tuesday wednesday thursday friday saturday sunday week month year
recently publicly privately afterward afterwards late early morning evening night statement interview`)

var nounishWords = strings.Fields(`state states report reports claim claims comment comments note notes
estimate estimates promise promises pledge pledges vow vows remark remarks tweet tweets joke jokes
warning warnings quip boast boasts statement statements call calls support criticism concern`)

var lightVerbs = strings.Fields(`expressed expresses expressing voiced voices voicing raised raises raising`)

var mediumWords = strings.Fields(`statement statements interview interviews tweet tweets post posts letter
speech email e-mail op-ed video release message broadcast conference call twitter facebook instagram
television radio podcast briefing memo blog sunday monday tuesday wednesday thursday friday saturday`)

var timeWords = strings.Fields(`monday tuesday wednesday thursday friday saturday sunday
week weekend month year night morning afternoon evening yesterday today tonight day
january february march april may june july august september october november december`)

var timePrepWords = strings.Fields(`on last this earlier late early next in during`)

var detWords = strings.Fields(`the a an his her their its our my your this that these those some many
several one two three four five six seven eight nine ten both all most other another each every
no any such`)

// The vocabulary is built once per process.
var vocab = textutil.NewLazy(buildVocab)

func buildVocab() (map[string]*wordInfo, error) {
	m := map[string]*wordInfo{}
	get := func(w string) *wordInfo {
		wi := m[w]
		if wi == nil {
			wi = &wordInfo{form: w}
			m[w] = wi
		}
		return wi
	}
	for _, line := range strings.Split(cuesTSV, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 2 {
			continue
		}
		p, err := strconv.ParseFloat(f[1], 32)
		if err != nil {
			return nil, err
		}
		wi := get(f[0])
		wi.flags |= fCue
		wi.score = float32(p)
	}
	for _, w := range speechVerbs {
		wi := get(w)
		wi.flags |= fCue | fSpeech
		if wi.score == 0 {
			wi.score = 0.5
		}
	}
	for _, ws := range []struct {
		words []string
		flag  uint32
	}{
		{tellVerbs, fTell}, {participles, fParticiple}, {auxWords, fAux}, {pronouns, fPronoun},
		{boundaryWords, fBoundary}, {prepWords, fPrep}, {detWords, fDet},
		{timeWords, fTime}, {timePrepWords, fTimePrep},
		{nounishWords, fNounish}, {lightVerbs, fLight}, {mediumWords, fMedium},
	} {
		for _, w := range ws.words {
			get(w).flags |= ws.flag
		}
	}
	for _, w := range pronouns {
		get(w).pron = "pron:" + w
	}
	get("that").flags |= fThat
	get("according").flags |= fAccording | fCue
	return m, nil
}

// lookup returns the vocabulary entry of a word token, or nil. Case is
// ignored and curly apostrophes read as straight ones; it does not
// allocate for words up to 32 bytes.
func lookup(m map[string]*wordInfo, w string) *wordInfo {
	var buf [32]byte
	if len(w) > len(buf) {
		return m[strings.ToLower(w)]
	}
	n := 0
	for i := 0; i < len(w); {
		c := w[i]
		switch {
		case c >= 'A' && c <= 'Z':
			buf[n] = c + 'a' - 'A'
			n++
			i++
		case c < utf8.RuneSelf:
			buf[n] = c
			n++
			i++
		case strings.HasPrefix(w[i:], "’"):
			buf[n] = '\''
			n++
			i += len("’")
		default:
			return m[strings.ToLower(w)]
		}
	}
	return m[string(buf[:n])]
}

// isCapitalized reports whether a token starts with an upper-case letter.
func isCapitalized(text string, t segment.Token) bool {
	c := text[t.Start]
	if c < utf8.RuneSelf {
		return c >= 'A' && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(text[t.Start:t.End])
	return r != utf8.RuneError && strings.ToUpper(string(r)) == string(r) && strings.ToLower(string(r)) != string(r)
}
