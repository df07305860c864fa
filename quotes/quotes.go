// Package quotes finds attributed speech in news text: direct quotations in
// quotation marks, indirect (reported) speech and mixed quotations, each with
// its content, its cue (the verb or phrase that attributes it) and its
// speaker.
//
// The analyser works on the segmenter's tokens and sentences; it uses no
// parser. Quotation marks (straight, curly, guillemets, single marks at the
// top level) are paired within paragraphs in one pass; a paragraph that
// ends inside a quotation continues it only when the next paragraph opens
// with a mark, so unbalanced marks never swallow the rest of the article.
// Short quoted terms (scare quotes, titles) are speech only when a cue
// attributes them.
//
// Attributions are recognised by cue patterns around a cue word:
//
//	SPEAKER [also|has|...] CUE [that] CONTENT   Kasymov said that ...
//	CONTENT, SPEAKER CUE [on Sunday].           ..., Kasymov said.
//	CONTENT, CUE SPEAKER.                        "...," said Kasymov.
//	According to SPEAKER, CONTENT.
//	CONTENT, according to SPEAKER.
//	SPEAKER CUE, adding that CONTENT            (a second quotation)
//	..., and SPEAKER CUE CONTENT                 (coordinated, relative
//	..., who CUE CONTENT                          and parenthetical clauses
//	..., SPEAKER CUE, CONTENT                     start new quotations)
//	SPEAKER: CONTENT                             (headlines, transcripts)
//
// Cue words are verbs of saying written into the package and a lexicon of
// attribution cues (verbs of saying, believing, intending and the like)
// derived from the PolNeAR training corpus (internal/lexgen). Every cue word
// that a pattern can attribute makes a candidate; a logistic regression
// trained on PolNeAR's training split (internal/train) scores each
// candidate from its cue, pattern, speaker, content and context, and
// candidates scoring at least Options.MinScore are kept, one attribution
// per token where they conflict. The speaker is the noun phrase subject of
// the cue (with an appositive, "Sanders, a Vermont senator,") or, after a
// final cue, the noun phrase that follows it.
//
// Speakers are linked to the entities analyser's clusters: the mention of
// a person (else an organisation, else any entity) that the speaker span
// covers, so that "Kazakhstan's interior minister", "Kasymov" and "he" lead
// to the same entity when entities links them. A pronoun speaker also
// carries in Antecedent the speaker span of the nearest earlier quotation
// with a named speaker; when entities leaves the pronoun unlinked, the
// speaker is linked through that antecedent (a light fallback, not
// coreference resolution).
package quotes

import (
	"github.com/newsfacts/newsfacts/analyzer"
	"github.com/newsfacts/newsfacts/analyzer/segment"
	"github.com/newsfacts/newsfacts/entities"
	"github.com/newsfacts/newsfacts/quotes/internal/core"
)

// A Kind says how a quotation reports what was said.
type Kind string

// Quotation kinds, as they appear in JSON.
const (
	// Direct is speech in quotation marks, reported word for word.
	Direct Kind = "direct"
	// Indirect is reported speech: a paraphrase, usually a clause after
	// the cue ("Kasymov said that police ...").
	Indirect Kind = "indirect"
	// Mixed is reported speech with a quoted fragment inside
	// ("he said the response was “proportionate”").
	Mixed Kind = "mixed"
)

// A Quote is one attributed statement.
type Quote struct {
	// Span covers the quotation with its attribution: content, cue and
	// speaker.
	Span analyzer.Span
	// Kind is Direct, Indirect or Mixed.
	Kind Kind
	// Content is what was said: for a direct quotation the text in
	// marks, marks included; for reported speech the reported clause.
	Content analyzer.Span
	// Parts are the pieces of the content, in order: one for most
	// quotations, several for a quotation interrupted by its attribution
	// ("“A,” he said. “B.”") or running over several paragraphs. Content
	// is their hull.
	Parts []analyzer.Span
	// Cue is the verb or phrase that attributes the content ("said",
	// "according to"); zero when the quotation has no cue.
	Cue analyzer.Span
	// Speaker is the noun phrase naming who spoke; zero when none was
	// identified.
	Speaker analyzer.Span
	// Antecedent, for a pronoun speaker, is the speaker span of the
	// nearest earlier quotation whose speaker is not a pronoun: a light
	// fallback for who "he" is. Zero otherwise.
	Antecedent analyzer.Span
	// Entity is the index in the entities result of the entity the
	// speaker refers to, or -1 when it is not linked.
	Entity int
	// Score is the model's probability that this is an attribution (0
	// for unattributed quotations).
	Score float64
	// Speech reports whether the quotation is speech: words in
	// quotation marks, or a cue that is a verb of saying or "according
	// to". It is false for the attributed beliefs, intentions and acts
	// that PolNeAR also annotates ("X hopes to ...", "X supports ...",
	// "the judge imposed a sentence"), which the analyser reports too.
	Speech bool
}

// A Result is the quotations of a document, in text order of their content.
type Result struct {
	Quotes []Quote
}

// Options configure an analyser built with New.
type Options struct {
	// MinScore is the lowest probability, by the package's trained
	// model, at which a candidate attribution is reported; 0 means the
	// default (DefaultMinScore). Higher values report fewer, surer
	// quotations.
	MinScore float64
	// Unattributed, if set, also reports sentence-like quotations in
	// marks that have no cue and no speaker, with Kind Direct and zero
	// Cue and Speaker.
	Unattributed bool
}

// DefaultMinScore is the MinScore used when Options leaves it zero.
const DefaultMinScore = core.DefaultMinScore

// Analyzer finds quotations with the default options.
var Analyzer = New(Options{})

func init() { analyzer.Register(Analyzer) }

// New returns a quotes analyser with the given options.
func New(opts Options) *analyzer.Analyzer[*Result] {
	return &analyzer.Analyzer[*Result]{
		Name: "quotes",
		Doc: `find direct, indirect and mixed quotations with their cue and speaker

Quotes pairs quotation marks (across paragraphs when a quotation runs on),
finds cue words (verbs of saying and a lexicon learned from PolNeAR) and
reads the speaker and content around each cue with patterns such as
"X said (that) ...", "..., X said." and "according to X, ...".`,
		Requires: []analyzer.Any{segment.Analyzer, entities.Analyzer},
		Run: func(pass *analyzer.Pass) (*Result, error) {
			seg := analyzer.ResultOf(pass, segment.Analyzer)
			ents := analyzer.ResultOf(pass, entities.Analyzer)
			return opts.Extract(pass.Doc.Text, seg, ents)
		},
	}
}

// Extract finds the quotations of a segmented text and links their
// speakers to the entities of ents, which may be nil (no links). It is
// what the analyser runs; call it directly when no pipeline is involved.
func (o Options) Extract(text string, seg *segment.Result, ents *entities.Result) (*Result, error) {
	cqs, err := core.Extract(text, seg, core.Options{MinScore: o.MinScore, Unattributed: o.Unattributed})
	if err != nil {
		return nil, err
	}
	qs := make([]Quote, len(cqs))
	for i, q := range cqs {
		qs[i] = Quote{
			Span: q.Span, Kind: Kind(q.Kind), Content: q.Content, Parts: q.Parts,
			Cue: q.Cue, Speaker: q.Speaker, Antecedent: q.Antecedent, Score: q.Score, Speech: q.Speech, Entity: -1,
		}
	}
	if ents != nil {
		link(text, qs, ents)
	}
	return &Result{Quotes: qs}, nil
}
