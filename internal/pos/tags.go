package pos

// A Tag is a Penn Treebank part-of-speech tag.
type Tag uint8

// The Penn Treebank tags, as CoNLL-2003 uses them.
const (
	CC         Tag = iota // coordinating conjunction: and, but
	CD                    // cardinal number: 15, fifteen
	DT                    // determiner: the, a, this
	EX                    // existential there
	FW                    // foreign word
	IN                    // preposition or subordinating conjunction: on, because
	JJ                    // adjective
	JJR                   // comparative adjective
	JJS                   // superlative adjective
	LS                    // list item marker
	MD                    // modal: will, could
	NN                    // singular or mass noun
	NNS                   // plural noun
	NNP                   // singular proper noun
	NNPS                  // plural proper noun
	PDT                   // predeterminer: all, both
	POS                   // possessive ending: 's
	PRP                   // personal pronoun
	PRPS                  // possessive pronoun (PRP$): his, their
	RB                    // adverb
	RBR                   // comparative adverb
	RBS                   // superlative adverb
	RP                    // particle: (give) up
	SYM                   // symbol
	TO                    // to
	UH                    // interjection
	VB                    // verb, base form: (will) meet
	VBD                   // verb, past tense: met
	VBG                   // verb, gerund or present participle: meeting
	VBN                   // verb, past participle: (has) met
	VBP                   // verb, present tense, not third person singular: meet
	VBZ                   // verb, present tense, third person singular: meets
	WDT                   // wh-determiner: which
	WP                    // wh-pronoun: who
	WPS                   // possessive wh-pronoun (WP$): whose
	WRB                   // wh-adverb: when, where
	Dollar                // $
	Quote                 // " (opening or closing quotation mark)
	CloseQuote            // ''
	LRB                   // (
	RRB                   // )
	Comma                 // ,
	Period                // sentence-final punctuation: . ? !
	Colon                 // : ; -- ...
	NumTags               // the number of tags
)

var tagNames = [NumTags]string{
	"CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS", "MD", "NN", "NNS", "NNP", "NNPS",
	"PDT", "POS", "PRP", "PRP$", "RB", "RBR", "RBS", "RP", "SYM", "TO", "UH", "VB", "VBD", "VBG",
	"VBN", "VBP", "VBZ", "WDT", "WP", "WP$", "WRB", "$", `"`, "''", "(", ")", ",", ".", ":",
}

// String returns the tag's Penn Treebank name (PRP$ for PRPS).
func (t Tag) String() string {
	if t < NumTags {
		return tagNames[t]
	}
	return "?"
}

// ParseTag returns the tag named s. CoNLL-2003's rare "NN|SYM" reads as NN.
func ParseTag(s string) (Tag, bool) {
	if s == "NN|SYM" {
		return NN, true
	}
	for i, n := range tagNames {
		if n == s {
			return Tag(i), true
		}
	}
	return 0, false
}

// IsVerb reports whether t is a verb form (VB, VBD, VBG, VBN, VBP, VBZ) or
// a modal (MD).
func (t Tag) IsVerb() bool { return t >= VB && t <= VBZ || t == MD }

// IsFinite reports whether t is a verb form that shows tense: a past or
// present form (VBD, VBP, VBZ) or a modal.
func (t Tag) IsFinite() bool { return t == VBD || t == VBP || t == VBZ || t == MD }

// IsNoun reports whether t is a noun (NN, NNS, NNP, NNPS).
func (t Tag) IsNoun() bool { return t >= NN && t <= NNPS }

// nt is NumTags as an int, for index arithmetic.
const nt = int(NumTags)
