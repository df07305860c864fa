// Package casualties finds casualty figures in news text — how many people
// were killed, injured, shot, missing, arrested, kidnapped or displaced — with
// the bounds and qualifiers of each number, who was counted, and the
// evidence span, and it estimates per-kind totals for the article's main
// event.
//
// A figure is found wherever a casualty word (a trigger: "killed", "dead",
// "deaths", "wounded", "toll", "taken to hospital", ...) meets a group of
// people: the subject of a predicate ("At least 15 people have been
// killed", "15 dead", "two others were wounded"), the object of an active
// verb ("killing 15", "left one man dead"), the noun it counts ("15
// deaths", "the deaths of two men"), a toll ("the death toll rose to 17") or
// a membership ("among the dead were two children"). Numbers may be digits
// or words, vague ("dozens", "several") or qualified ("at least", "more
// than", "nearly"); "a man" counts one, "both" two, "no one" zero.
//
// Figures that are negated ("were not hurt"), hypothetical or future
// ("could kill thousands", "threatened to kill", "would have died"), or
// about other events (aggregate statistics such as "so far this year") are
// reported with a flag and left out of the totals.
//
// Totals combine the figures of each kind without double counting: a
// repeated toll counts once, an updated toll ("rose to 17") wins over
// earlier ones, parts ("including two children") never add to their
// group, and separate groups add up only when the text joins them
// ("two officers and three civilians were killed"). The injured total also
// draws on the number of people shot or hospitalised less those killed.
// For killed and injured, a learned Selector then chooses the totals among
// the candidate values the text supports (Result.Candidates), the two
// together, since the injured depend on how many of those shot died.
package casualties

import (
	"strconv"
	"strings"

	"github.com/newsfacts/newsfacts/analyzer"
	"github.com/newsfacts/newsfacts/analyzer/segment"
	"github.com/newsfacts/newsfacts/entities"
	"github.com/newsfacts/newsfacts/internal/textutil"
	"github.com/newsfacts/newsfacts/timeline"
)

// A Kind says what happened to the people a figure counts. Its string is
// the name used in JSON.
type Kind string

// Casualty kinds.
const (
	Killed       Kind = "killed"       // killed, dead, died, deaths, bodies, death toll
	Injured      Kind = "injured"      // injured, wounded, hurt
	Shot         Kind = "shot"         // hit by gunfire or struck, outcome (killed or injured) unstated
	Hospitalized Kind = "hospitalized" // taken to hospital or in hospital, outcome unstated
	Casualties   Kind = "casualties"   // killed and injured together ("15 casualties")
	Victims      Kind = "victims"      // victims of the event, outcome unstated ("the four victims")
	Missing      Kind = "missing"      // missing, unaccounted for, trapped
	Arrested     Kind = "arrested"     // arrested, detained, taken into custody, jailed
	Kidnapped    Kind = "kidnapped"    // kidnapped, abducted, taken hostage
	Displaced    Kind = "displaced"    // displaced, evacuated, made homeless
)

// Kinds lists the kinds in the order of reports.
var Kinds = []Kind{Killed, Injured, Shot, Hospitalized, Casualties, Victims, Missing, Arrested, Kidnapped, Displaced}

// Unknown marks a bound that the text does not give: Min of "nearly 100",
// Max of "at least 15".
const Unknown int64 = -1

// A Figure is one casualty figure in the text.
type Figure struct {
	// Span is the evidence: the phrase from the counted group to the
	// casualty word ("At least 15 people have been killed").
	Span analyzer.Span
	// Kind says what happened to the people counted.
	Kind Kind
	// Number is the span of the words that give the count ("At least
	// 15", "more than a dozen", "a", "both", "No one"); zero when the text
	// gives no count (Unquantified).
	Number analyzer.Span
	// Min and Max bound the count; either is Unknown when the text does
	// not bound it. An exact count has Min == Max.
	Min, Max int64
	// Value is the best single estimate of the count: the number itself,
	// the lower bound of "at least", 24 for "dozens", 99 for "nearly 100".
	// Unknown when unquantified.
	Value int64
	// Approx marks approximate counts: "about 15", "nearly 100",
	// "dozens", "several".
	Approx bool
	// Unquantified marks figures with no count: "police officers were
	// injured", "men with bloodied faces".
	Unquantified bool
	// Subject is who was counted, the head of the group's noun phrase in
	// lower case ("people", "police officers", "children"), a name or a
	// pronoun as written; empty when the text names no group ("killing
	// 15").
	Subject string
	// SubjectSpan is the span of the group's noun phrase, or zero.
	SubjectSpan analyzer.Span
	// Trigger is the span of the casualty word ("killed", "deaths",
	// "toll").
	Trigger analyzer.Span
	// Sentence is the index of the figure's sentence in the segmentation.
	Sentence int

	// Negated marks denied figures: "were not injured".
	Negated bool
	// Hypothetical marks hypothetical, intended, threatened or future
	// figures: "could kill thousands", "threatened to kill", "would have
	// died".
	Hypothetical bool
	// Background marks figures about something other than the article's
	// main event: aggregate statistics ("eight people have died in
	// shootings this year"), other incidents ("in a separate shooting")
	// and figures dated more than three days before the main event (the
	// date of the first dated figure, else the week before publication).
	Background bool
	// Part marks a subgroup of a larger figure ("including two children",
	// "among the dead were", "one of the victims"): it never adds to a
	// total.
	Part bool
	// Additional marks a group the text distinguishes from others already
	// counted ("two others", "another man", "a second victim").
	Additional bool
	// Update marks a revised toll ("the death toll rose to 17"), which wins
	// over earlier figures of its kind.
	Update bool
	// Self marks people who harmed themselves ("killed himself").
	Self bool
	// Individual marks a single identified person ("a 17-year-old boy",
	// "John Smith", "he") rather than a counted group.
	Individual bool

	// Timex is the index (into the timeline result's Timexes) of the date
	// or time the figure is anchored to: the expression whose clause
	// contains the figure, else the nearest one in its sentence; -1 when
	// the sentence has none.
	Timex int
	// Entity is the index (into the entities result's Entities) of the
	// person or group counted when the subject names one ("John Smith",
	// "two Hamas fighters"), otherwise of the place nearest the figure in
	// its sentence ("in Zhanaozen"); -1 when none.
	Entity int

	// who describes an individual for matching mentions of one person in
	// the totals.
	who person
	// headline marks figures of the headline or standfirst.
	headline bool
	// object marks groups that are the object of an active verb ("shot
	// his wife"), whom a reflexive in the same sentence is not.
	object bool
	// perp marks attackers ("the gunman"): a separate group from victims.
	perp bool
	// withKnown marks a group of others listed after a person told of
	// by name, pronoun or definite description ("he and four others were
	// shot"): the group counts that person too.
	withKnown bool
	// also marks a group told of with "also" before its verb ("two men
	// in the car were also hit"): besides others told of before.
	also bool
	// ordinal is n for "a fifth victim": at least n of its kind.
	ordinal int64
	// cond marks a count of the hurt by their condition or injuries ("two
	// are in critical condition", "three received minor injuries"):
	// such counts in neighbouring sentences are parts of the hurt.
	cond bool
	// stab marks harm by a blade ("two men were stabbed", "stab
	// wounds"), which archives of gun violence leave out.
	stab bool
	// event marks a death implied by an event word ("a fatal shooting",
	// "charged with murder"): at least one, a bound rather than a count.
	event bool
	// one marks an individual counted with a numeral ("one person was
	// injured"), a count rather than a description.
	one bool
	// died marks a group taken to hospital whom its sentence then tells
	// of deaths among ("two were taken to a hospital, where they were
	// pronounced dead"): the dead are among them, not beside them.
	died bool
	// later marks a death told as coming after the harm ("he later
	// died", "was pronounced dead at the hospital"): of someone taken
	// to a hospital first.
	later bool
}

// Counted reports whether the figure counts towards the totals: it is
// quantified, asserted (not negated or hypothetical), about the main event
// and not a part of a larger group.
func (f *Figure) Counted() bool {
	return !f.Unquantified && !f.Negated && !f.Hypothetical && !f.Background && !f.Part
}

// String formats the figure's kind and bounds, as in "killed min 15" or
// "injured 3".
func (f *Figure) String() string {
	return string(f.Kind) + " " + boundsString(f.Min, f.Max, f.Approx, f.Unquantified)
}

func boundsString(lo, hi int64, approx, unq bool) string {
	if unq {
		return "unquantified"
	}
	s := ""
	switch {
	case lo == hi && lo != Unknown:
		s = strconv.FormatInt(lo, 10)
	case lo != Unknown && hi != Unknown:
		s = strconv.FormatInt(lo, 10) + "-" + strconv.FormatInt(hi, 10)
	case lo != Unknown:
		s = "min " + strconv.FormatInt(lo, 10)
	case hi != Unknown:
		s = "max " + strconv.FormatInt(hi, 10)
	default:
		s = "?"
	}
	if approx {
		s += " approx"
	}
	return s
}

// A Total is the best estimate of one kind of casualty for the article's
// main event.
type Total struct {
	Kind Kind
	// Min and Max bound the total (Unknown when unbounded); Value is the
	// best single estimate.
	Min, Max, Value int64
	// Approx marks approximate totals.
	Approx bool
	// Derived marks totals inferred from other kinds: injured as the
	// people shot or hospitalised less those killed.
	Derived bool
	// Figures are the indices (into Result.Figures) of the figures the
	// total rests on.
	Figures []int
}

// String formats the total as "killed min 15".
func (t Total) String() string {
	return string(t.Kind) + " " + boundsString(t.Min, t.Max, t.Approx, false)
}

// A Result is the casualty figures of a document and their totals.
type Result struct {
	// Figures are in text order.
	Figures []Figure
	// Totals has one entry per kind with at least one counted figure, in
	// the order of Kinds.
	Totals []Total
	// Candidates are the values weighed for the killed and injured
	// totals, killed first.
	Candidates []Candidate
}

// Total returns the total of kind k, if the document has one.
func (r *Result) Total(k Kind) (Total, bool) {
	for _, t := range r.Totals {
		if t.Kind == k {
			return t, true
		}
	}
	return Total{}, false
}

// Options configure an analyser built with New.
type Options struct {
	// KeepIndividualsApart, if set, never merges singular mentions
	// ("a man", "the victim", "he") into one person for the totals; by
	// default mentions that may be the same person count once. The
	// totals are then the rules' (the selector was trained with mentions
	// matched).
	KeepIndividualsApart bool
	// Selector chooses the killed and injured totals among the candidate
	// values; nil uses DefaultSelector, and a selector without weights
	// (NewSelector(nil, nil)) leaves the choice to the rules.
	Selector *Selector
}

// New returns a casualties analyser with the given options.
func New(opts Options) *analyzer.Analyzer[*Result] {
	return &analyzer.Analyzer[*Result]{
		Name: "casualties",
		Doc: `find casualty figures (killed, injured, missing, arrested, ...) and per-kind totals

Each figure has its kind, the bounds of its number, who was counted and its
evidence span; negated, hypothetical and background figures are flagged and
left out of the totals.`,
		Requires: []analyzer.Any{segment.Analyzer, entities.Analyzer, timeline.Analyzer},
		Run: func(pass *analyzer.Pass) (*Result, error) {
			seg := analyzer.ResultOf(pass, segment.Analyzer)
			ents := analyzer.ResultOf(pass, entities.Analyzer)
			tl := analyzer.ResultOf(pass, timeline.Analyzer)
			return analyze(pass.Doc, seg, ents, tl, opts), nil
		},
	}
}

// Analyzer is the casualties analyser with default options.
var Analyzer = New(Options{})

func init() { analyzer.Register(Analyzer) }

// analyze runs the extraction and the totals. ents and tl may be nil.
func analyze(doc *analyzer.Document, seg *segment.Result, ents *entities.Result, tl *timeline.Result, opts Options) *Result {
	r := &Result{Figures: extract(doc, seg, ents)}
	linkTimes(r.Figures, tl, doc)
	pronounsOfBackground(r.Figures)
	sel := opts.Selector
	switch {
	case opts.KeepIndividualsApart:
		sel = rulesOnly
	case sel == nil:
		sel = DefaultSelector()
	}
	r.Totals, r.Candidates = totals(r.Figures, opts, sel, documentInfo(doc, seg))
	return r
}

// documentInfo finds the first body sentence and whether the headline
// speaks of several incidents.
func documentInfo(doc *analyzer.Document, seg *segment.Result) docInfo {
	info := docInfo{firstBody: len(seg.Sentences)}
	for i, s := range seg.Sentences {
		if seg.Paragraphs[s.Paragraph].Part == segment.Body {
			info.firstBody = i
			break
		}
	}
	if h := doc.Headline; h.Len() > 0 && h.End <= len(doc.Text) {
		for w := range strings.FieldsSeq(textutil.LowerASCII(doc.Text[h.Start:h.End])) {
			switch strings.Trim(w, ",.:;'\"") {
			case "shootings", "weekend":
				info.roundup = true
			}
		}
	}
	// or the lead does: "in three separate shootings", "across the city
	// over the weekend"
	if !info.roundup && info.firstBody < len(seg.Sentences) {
		last := min(info.firstBody+2, len(seg.Sentences)-1)
		sp := analyzer.Span{Start: seg.Sentences[info.firstBody].Span.Start, End: seg.Sentences[last].Span.End}
		if sp.Start < sp.End && sp.End <= len(doc.Text) {
			info.roundup = roundupLead(textutil.LowerASCII(doc.Text[sp.Start:sp.End]))
		}
	}
	return info
}

// roundupLead reports whether a lead (lower case) speaks of several
// incidents.
func roundupLead(s string) bool {
	prev := ""
	for w := range strings.FieldsSeq(s) {
		w = strings.Trim(w, ",.:;'\"()")
		switch w {
		case "shootings", "incidents":
			switch prev {
			case "separate", "two", "three", "four", "five", "six", "several", "multiple", "different", "unrelated":
				return true
			}
		case "weekend":
			if prev == "the" {
				return true
			}
		}
		prev = w
	}
	return false
}
