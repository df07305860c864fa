// Package entities finds who and what a news article is about: named
// entities (persons, organisations, locations and miscellaneous names such
// as nationalities and events), grouped into clusters with a canonical
// name, the roles and titles of persons, and the nominal mentions ("the
// country's interior minister") and pronouns ("he said") that refer to
// them.
//
// Names are found by a statistical sequence model (an averaged perceptron
// over BILOU tags with Viterbi decoding) trained on CoNLL-2003 and
// embedded in the package; see the README for its figures and how to
// retrain it. Clusters, roles, nominals and pronouns are resolved by rules
// that prefer leaving a mention unlinked to linking it wrongly.
//
// The Analyzer requires segment.Analyzer. Every span is a byte range of
// Document.Text.
package entities

import (
	"cmp"
	"sort"

	"github.com/newsfacts/newsfacts/analyzer"
	"github.com/newsfacts/newsfacts/analyzer/segment"
)

// A Type is an entity type, named as in CoNLL-2003 conventions.
type Type string

// Entity types.
const (
	Person       Type = "PERSON"       // people, real or fictional
	Organization Type = "ORGANIZATION" // companies, parties, agencies, teams, institutions
	Location     Type = "LOCATION"     // countries, regions, cities, geographical features
	Misc         Type = "MISC"         // nationalities and demonyms, events, works, products, other names
)

// A MentionKind says how a mention refers to its entity.
type MentionKind string

// Mention kinds.
const (
	Name    MentionKind = "name"    // a proper name: "Kalmukhambet Kasymov", "OSCE"
	Nominal MentionKind = "nominal" // a description: "the country's interior minister"
	Pronoun MentionKind = "pronoun" // "he", "she", "they", "its"
)

// A Mention is one reference to an entity in the text.
type Mention struct {
	Span     analyzer.Span
	Text     string // the text of Span
	Type     Type
	Kind     MentionKind
	Entity   int // index into Result.Entities, -1 if not linked
	Sentence int // index into the segment result's Sentences
}

// A Role is a title or office held by a person, as the text states it:
// "interior minister" in "Kazakh Interior Minister Kalmukhambet Kasymov".
type Role struct {
	Span  analyzer.Span // the title in the text
	Title string        // the title in lower case: "interior minister", "chairperson-in-office"
	Of    int           // index of the entity (country, organisation) the role belongs to, or -1
}

// An Entity is a cluster of mentions of one person, organisation, place
// or other named thing.
type Entity struct {
	ID       int    // index+1; entities are ordered by their first mention
	Type     Type   // the type of most of its name mentions
	Name     string // canonical name: the longest proper name mentioned
	Mentions []int  // indices into Result.Mentions, in text order
	Roles    []Role // titles of a person, in text order

	// Country is, for a demonym such as "Kazakh", the name of the country
	// it refers to ("Kazakhstan"); otherwise empty.
	Country string
	// CountryEntity is the index of the entity of Country when the text
	// mentions it, otherwise -1.
	CountryEntity int
	// Acronym is the acronym the text uses for the entity ("OSCE"), if it
	// uses one besides a longer name.
	Acronym string
}

// A Result is the entity analysis of one document.
type Result struct {
	Mentions []Mention // in text order
	Entities []Entity  // in order of first mention
}

// MaxMentionLen is the length in bytes of the longest mention an analysis
// reports; longer phrases are not taken for names.
const MaxMentionLen = 256

// EntityAt returns the index of the entity whose mention overlaps span s
// best: the linked mention sharing the most bytes with s, and of those the
// one closest in length to s. It reports false when no linked mention
// overlaps s.
func (r *Result) EntityAt(s analyzer.Span) (int, bool) {
	best, bestOv, bestDiff := -1, 0, 0
	// The first mention that may overlap s: mentions are sorted by start
	// and at most MaxMentionLen long.
	first := sort.Search(len(r.Mentions), func(i int) bool { return r.Mentions[i].Span.Start > s.Start-MaxMentionLen })
	for i := first; i < len(r.Mentions); i++ {
		m := &r.Mentions[i]
		if m.Span.Start >= s.End {
			break
		}
		if m.Entity < 0 || !m.Span.Overlaps(s) {
			continue
		}
		ov := min(m.Span.End, s.End) - max(m.Span.Start, s.Start)
		diff := m.Span.Len() - s.Len()
		if diff < 0 {
			diff = -diff
		}
		if ov > bestOv || ov == bestOv && diff < bestDiff {
			best, bestOv, bestDiff = m.Entity, ov, diff
		}
	}
	return best, best >= 0
}

// MentionsOf returns the mentions of entity e, in text order.
func (r *Result) MentionsOf(e int) []Mention {
	if e < 0 || e >= len(r.Entities) {
		return nil
	}
	out := make([]Mention, len(r.Entities[e].Mentions))
	for i, m := range r.Entities[e].Mentions {
		out[i] = r.Mentions[m]
	}
	return out
}

// Options configure an entities analyser. The zero value gives the full
// analysis.
type Options struct {
	// Name is the analyser's name; empty means "entities". Give a
	// differently configured analyser its own name to use it in the same
	// pipeline or registry as the default one.
	Name string
	// NoNominals leaves out nominal mentions ("the interior minister").
	NoNominals bool
	// NoPronouns leaves out pronoun mentions ("he", "they").
	NoPronouns bool
	// NoRoles leaves out roles and titles.
	NoRoles bool
}

// New returns an entities analyser configured by opts. It requires
// segment.Analyzer.
func New(opts Options) *analyzer.Analyzer[*Result] {
	name := cmp.Or(opts.Name, "entities")
	return &analyzer.Analyzer[*Result]{
		Name: name,
		Doc: `find named entities and group their mentions

Entities finds persons, organisations, locations and miscellaneous names
with a statistical model, groups the mentions of each entity (surnames,
acronyms, demonyms), attaches roles and titles to persons, and links
nominal mentions and pronouns to the entities they clearly refer to.`,
		Requires: []analyzer.Any{segment.Analyzer},
		Run: func(pass *analyzer.Pass) (*Result, error) {
			seg := analyzer.ResultOf(pass, segment.Analyzer)
			return analyze(pass, seg, opts)
		},
	}
}

// Analyzer is the entities analyser with the default options.
var Analyzer = New(Options{})

func init() { analyzer.Register(Analyzer) }

func analyze(pass *analyzer.Pass, seg *segment.Result, opts Options) (*Result, error) {
	res, err := loaded.Get()
	if err != nil {
		return nil, err
	}
	d := newDocState(pass.Doc.Text, seg, res)
	defer d.release()
	d.findNames()
	if err := pass.Context().Err(); err != nil {
		return nil, err
	}
	d.cluster()
	if !opts.NoRoles || !opts.NoNominals {
		d.findRoles()
	}
	if !opts.NoNominals {
		d.findNominals()
	}
	if !opts.NoPronouns {
		d.findPronouns()
	}
	return d.result(opts), nil
}
