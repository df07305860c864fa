// Package sentiment provides the sentiment analyser: the tone of a news
// article, of each of its sentences, and toward each party it names (the
// entity clusters of the entities analyser, when that runs, and any target
// spans the caller asks about in Document.Targets).
//
// Document and sentence scores come from a lexicon with contextual rules,
// tuned for news prose: VADER's lexicon (C.J. Hutto, MIT licence) with a
// news vocabulary on top (casualties, crackdowns, indictments; "like",
// "party" and "interest" made neutral), negation scope, intensifiers and
// dampeners, hedges ("allegedly", "may"), irrealis blocking ("should be
// proportionate"), and contrast ("but", "however", "although"). Sentiment
// toward a target is the judgement of a
// multinomial logistic regression over features of the target in its
// sentence (words by side and distance, lexicon evidence by side,
// distance and quotation, passive and agentive frames such as "X was
// killed" and "by X", the target's role approximated from word order and
// an appositive describing it, the target as the speaker of a quotation,
// and word clusters and vectors learned from unlabeled news text),
// trained in Go on NewsMTSC (Hamborg & Donnay, EACL 2021; MIT licence) by
// sentiment/internal/train.
//
// Scores are in [-1, 1]; labels are Negative, Neutral and Positive.
package sentiment

import (
	"cmp"
	_ "embed"
	"fmt"
	"math"
	"slices"
	"sync"

	"github.com/newsfacts/newsfacts/analyzer"
	"github.com/newsfacts/newsfacts/analyzer/segment"
	"github.com/newsfacts/newsfacts/entities"
	"github.com/newsfacts/newsfacts/internal/textutil"
	"github.com/newsfacts/newsfacts/sentiment/internal/lexicon"
	"github.com/newsfacts/newsfacts/sentiment/internal/tsc"
)

// A Label is the polarity of a score.
type Label string

// Labels. Their JSON names are their values.
const (
	Negative Label = "negative"
	Neutral  Label = "neutral"
	Positive Label = "positive"
)

// Options configure an analyser built with New. The zero Options are the
// defaults.
type Options struct {
	// NeutralBand is the half-width of the band around 0 in which a
	// sentence's lexicon score is labelled Neutral; 0 means
	// DefaultNeutralBand. The document's band is half of it, since the
	// document score is an average.
	NeutralBand float64
	// NoEntities leaves out entity sentiment and with it the requirement
	// on the entities analyser, for callers that want only the document,
	// sentence and target scores.
	NoEntities bool
	// Name is the analyser's name; empty means "sentiment". Give a
	// differently configured analyser its own name to use it beside the
	// default one.
	Name string
}

// DefaultNeutralBand is the default Options.NeutralBand.
const DefaultNeutralBand = 0.1

// A Sentence is the tone of one sentence.
type Sentence struct {
	analyzer.Span
	Score float64 // in [-1, 1]
	Label Label
}

// A Target is the sentiment toward one target span.
type Target struct {
	analyzer.Span
	// Score is P(positive) - P(negative) under the target model, in
	// [-1, 1].
	Score float64
	Label Label // the most probable class
	// Probabilities of Negative, Neutral and Positive, in that order.
	Probabilities [3]float64
	// Speaker reports that the target is the speaker of a quotation in
	// its sentence ("…,” Kasymov said): the quotation is the target's own
	// stance. The model still reads it (NewsMTSC's annotators judged
	// that a speaker's own words colour the reader's view of the
	// speaker), but entity sentiment gives such mentions less weight.
	Speaker bool
}

// SpeakerWeight is the weight of a mention that speaks a quotation in
// its cluster's mean (other mentions weigh 1): an entity's sentiment is
// mostly how others describe it, not what it says.
const SpeakerWeight = 0.25

// EntityBand is the smallest |Score| an entity cluster needs for a polar
// label: averaged over many mentions, the probabilities spread out, and a
// cluster whose mean barely leans one way is labelled Neutral.
const EntityBand = 0.1

// An Entity is the sentiment toward one entity cluster: the mean of the
// target model's judgements of its mentions (names, descriptions and
// pronouns alike; a mention that speaks a quotation weighs SpeakerWeight),
// labelled by its most probable class when |Score| is at
// least EntityBand and Neutral otherwise.
type Entity struct {
	// Entity is the index of the cluster in the entities result's
	// Entities; its ID is Entity+1.
	Entity int
	Score  float64 // P(positive) - P(negative) of the mean, in [-1, 1]
	Label  Label   // the most probable class of the mean
	// Probabilities of Negative, Neutral and Positive, in that order.
	Probabilities [3]float64
	// Mentions is the number of mentions scored.
	Mentions int
}

// A Result is the sentiment of one document.
type Result struct {
	// Score is the document's tone in [-1, 1]: the mean of its sentence
	// scores, the headline counting twice.
	Score float64
	Label Label
	// Sentences are the scores of the segmentation's sentences, in order.
	Sentences []Sentence
	// Targets answer Document.Targets, in the same order.
	Targets []Target
	// Entities are the sentiment toward each entity cluster, in the order
	// of the entities result; nil when entities were not analysed
	// (Options.NoEntities).
	Entities []Entity
}

// Analyzer is the sentiment analyser with the default options.
var Analyzer = New(Options{})

func init() { analyzer.Register(Analyzer) }

// New returns a sentiment analyser with the given options.
func New(opts Options) *analyzer.Analyzer[*Result] {
	if opts.NeutralBand <= 0 {
		opts.NeutralBand = DefaultNeutralBand
	}
	requires := []analyzer.Any{segment.Analyzer, entities.Analyzer}
	if opts.NoEntities {
		requires = requires[:1]
	}
	a := &analyzer.Analyzer[*Result]{
		Name: cmp.Or(opts.Name, "sentiment"),
		Doc: `score the tone of the document, its sentences and toward its targets

Sentence and document scores come from a news-tuned lexicon with rules for
negation, intensifiers, hedges and contrast; sentiment toward each entity
cluster and each target span (Document.Targets) comes from a model trained
on NewsMTSC. Scores are in [-1, 1] with a label: negative, neutral or
positive.`,
		Requires: requires,
	}
	a.Run = func(pass *analyzer.Pass) (*Result, error) {
		var ents *entities.Result
		if !opts.NoEntities {
			ents = analyzer.ResultOf(pass, entities.Analyzer)
		}
		return run(pass.Doc, analyzer.ResultOf(pass, segment.Analyzer), ents, opts)
	}
	return a
}

// run is the analyser's work on a document given its segmentation and,
// unless opts.NoEntities, its entities.
func run(doc *analyzer.Document, seg *segment.Result, ents *entities.Result, opts Options) (*Result, error) {
	if opts.NoEntities {
		ents = nil
	}
	return analyze(doc, seg, opts, ents)
}

//go:embed internal/tsc/model.bin.gz
var modelData []byte

var model = textutil.NewLazy(func() (*tsc.Model, error) { return tsc.Decode(modelData) })

func label(score, band float64) Label {
	switch {
	case score >= band:
		return Positive
	case score <= -band:
		return Negative
	}
	return Neutral
}

// analyze scores the document, its sentences, its targets and, when ents
// is not nil, its entity clusters. Each sentence is prepared once for
// its lexicon score and the mentions in it.
func analyze(doc *analyzer.Document, seg *segment.Result, opts Options, ents *entities.Result) (*Result, error) {
	lex, err := lexicon.Default()
	if err != nil {
		return nil, err
	}
	text := doc.Text
	lower := tsc.LowerASCII(text)
	res := &Result{Sentences: make([]Sentence, len(seg.Sentences))}
	var ms *mentions
	if ents != nil {
		if ms, err = newMentions(text, seg, ents); err != nil {
			return nil, err
		}
	}
	s := sentences.Get().(*tsc.Sentence)
	defer putSentence(s)
	sum, weight := 0.0, 0.0
	for i, st := range seg.Sentences {
		if ms != nil && ms.sc != nil {
			ms.sc.NewSentence(lex, text, lower, seg.SentenceTokens(i), s)
		} else {
			tsc.NewSentence(lex, text, lower, seg.SentenceTokens(i), s)
		}
		sc := s.Score()
		res.Sentences[i] = Sentence{Span: st.Span, Score: sc, Label: label(sc, opts.NeutralBand)}
		w := 1.0
		if seg.Paragraphs[st.Paragraph].Part == segment.Headline {
			w = 2
		}
		sum += w * sc
		weight += w
		if ms != nil {
			ms.score(i, s)
		}
	}
	if weight > 0 {
		res.Score = sum / weight
	}
	res.Label = label(res.Score, opts.NeutralBand/2)
	res.Targets, err = targets(lex, text, lower, seg, doc.Targets)
	if err != nil {
		return nil, err
	}
	if ms != nil {
		res.Entities = ms.entities(len(ents.Entities))
		ms.release()
	}
	return res, nil
}

// targets scores target spans of a segmented text.
func targets(lex *lexicon.Lexicon, text, lower string, seg *segment.Result, spans []analyzer.Span) ([]Target, error) {
	if len(spans) == 0 {
		return []Target{}, nil
	}
	m, err := model.Get()
	if err != nil {
		return nil, err
	}
	out := make([]Target, len(spans))
	order := make([]int, len(spans))
	for i, sp := range spans {
		if err := sp.Check(text); err != nil {
			return nil, fmt.Errorf("target %d: %v", i, err)
		}
		order[i] = i
	}
	// Visit targets in text order so that each sentence is prepared once.
	slices.SortStableFunc(order, func(x, y int) int { return cmp.Compare(spans[x].Start, spans[y].Start) })
	s := sentences.Get().(*tsc.Sentence)
	defer putSentence(s)
	sc := m.NewScorer()
	defer sc.Release()
	cur, prepared := -1, -1
	for _, i := range order {
		sp := spans[i]
		out[i] = neutralTarget(sp)
		sent, a, b, ok := tsc.SentenceFor(lex, text, lower, seg, sp, s, &cur)
		if !ok {
			continue
		}
		if prepared != cur {
			sc.Prepare(sent)
			prepared = cur
		}
		out[i] = judge(sc, a, b, sp)
	}
	return out, nil
}

// sentences keeps the buffers of prepared sentences for reuse.
var sentences = sync.Pool{New: func() any { return new(tsc.Sentence) }}

func putSentence(s *tsc.Sentence) {
	if cap(s.Toks) <= 1<<12 { // a long sentence's buffers are not worth keeping
		sentences.Put(s)
	}
}

// neutralTarget is the judgement of a target the model cannot see.
func neutralTarget(sp analyzer.Span) Target {
	return Target{Span: sp, Label: Neutral, Probabilities: [3]float64{0, 1, 0}}
}

// judge scores the target at tokens [a, b) of the sentence sc has
// prepared.
func judge(sc *tsc.Scorer, a, b int, sp analyzer.Span) Target {
	p, speaker := sc.Predict(a, b)
	if sc.Demanded(a, b) && p[tsc.Positive] > p[tsc.Neutral] {
		// A demand on the party ("X should be proportionate") is not
		// praise of it: the positive mass counts as neutral.
		p[tsc.Neutral], p[tsc.Positive] = p[tsc.Neutral]+p[tsc.Positive], 0
	}
	return Target{Span: sp, Score: p[tsc.Positive] - p[tsc.Negative], Label: argmaxLabel(p), Probabilities: p, Speaker: speaker}
}

func argmaxLabel(p [3]float64) Label {
	switch {
	case p[tsc.Negative] > p[tsc.Neutral] && p[tsc.Negative] >= p[tsc.Positive]:
		return Negative
	case p[tsc.Positive] > p[tsc.Neutral] && p[tsc.Positive] > p[tsc.Negative]:
		return Positive
	}
	return Neutral
}

// mentions are the mentions of a document's entity clusters, scored as
// targets sentence by sentence.
type mentions struct {
	spans []analyzer.Span
	owner []int // the mention's cluster
	sent  []int // the mention's sentence, or -1
	order []int // mentions by sentence
	next  int   // in order, the first mention not yet scored
	ts    []Target
	sc    *tsc.Scorer

	sum    [][3]float64 // entities' buffers
	weight []float64
}

// mentionsPool keeps released mentions for their buffers.
var mentionsPool = sync.Pool{New: func() any { return new(mentions) }}

// release gives ms and its Scorer back for reuse; ms must not be used
// after it.
func (ms *mentions) release() {
	if ms.sc != nil {
		ms.sc.Release()
		ms.sc = nil
	}
	if cap(ms.ts) <= 1<<14 && cap(ms.sum) <= 1<<14 { // large buffers are not worth keeping
		mentionsPool.Put(ms)
	}
}

func newMentions(text string, seg *segment.Result, ents *entities.Result) (*mentions, error) {
	n := len(ents.Mentions)
	ms := mentionsPool.Get().(*mentions)
	ms.spans, ms.owner, ms.sent = slices.Grow(ms.spans[:0], n), slices.Grow(ms.owner[:0], n), slices.Grow(ms.sent[:0], n)
	ms.ts, ms.order, ms.next, ms.sc = slices.Grow(ms.ts[:0], n), slices.Grow(ms.order[:0], n), 0, nil
	for _, m := range ents.Mentions {
		if m.Entity >= 0 && m.Entity < len(ents.Entities) && m.Span.Check(text) == nil {
			ms.spans = append(ms.spans, m.Span)
			ms.owner = append(ms.owner, m.Entity)
			ms.sent = append(ms.sent, seg.SentenceOf(m.Span.Start))
			ms.ts = append(ms.ts, neutralTarget(m.Span))
			ms.order = append(ms.order, len(ms.order))
		}
	}
	// A Scorer even for no mentions: its word table prepares the
	// sentences faster than the lexicon alone.
	m, err := model.Get()
	if err != nil {
		return nil, err
	}
	ms.sc = m.NewScorer()
	if !slices.IsSorted(ms.sent) { // mentions usually come in text order
		slices.SortStableFunc(ms.order, func(x, y int) int { return cmp.Compare(ms.sent[x], ms.sent[y]) })
	}
	for ms.next < len(ms.order) && ms.sent[ms.order[ms.next]] < 0 {
		ms.next++
	}
	return ms, nil
}

// score scores the mentions in sentence i, prepared as s.
func (ms *mentions) score(i int, s *tsc.Sentence) {
	prepared := false
	for ; ms.next < len(ms.order) && ms.sent[ms.order[ms.next]] == i; ms.next++ {
		k := ms.order[ms.next]
		a, b, ok := s.TokenRange(ms.spans[k])
		if !ok {
			continue
		}
		if !prepared {
			ms.sc.Prepare(s)
			prepared = true
		}
		ms.ts[k] = judge(ms.sc, a, b, ms.spans[k])
	}
}

// entities averages the judgements of the mentions per cluster, of n
// clusters.
func (ms *mentions) entities(n int) []Entity {
	out := make([]Entity, n)
	for i := range out {
		out[i] = Entity{Entity: i, Label: Neutral, Probabilities: [3]float64{0, 1, 0}}
	}
	ms.sum = append(ms.sum[:0], make([][3]float64, n)...)
	ms.weight = append(ms.weight[:0], make([]float64, n)...)
	sum, weight := ms.sum, ms.weight
	for k, t := range ms.ts {
		e := ms.owner[k]
		w := 1.0
		if t.Speaker {
			w = SpeakerWeight
		}
		for c := range 3 {
			sum[e][c] += w * t.Probabilities[c]
		}
		weight[e] += w
		out[e].Mentions++
	}
	for e := range out {
		if weight[e] > 0 {
			var p [3]float64
			for c := range 3 {
				p[c] = sum[e][c] / weight[e]
			}
			out[e].Probabilities = p
			out[e].Score = p[tsc.Positive] - p[tsc.Negative]
			out[e].Label = argmaxLabel(p)
			if math.Abs(out[e].Score) < EntityBand {
				out[e].Label = Neutral
			}
		}
	}
	return out
}

// ScoreTargets returns the sentiment toward each target span of text, a
// plain article body, in the order given: the same judgement the analyser
// gives for Document.Targets, for callers without a pipeline. A span that
// is not inside text on UTF-8 boundaries is an error naming it.
func ScoreTargets(text string, spans []analyzer.Span) ([]Target, error) {
	lex, err := lexicon.Default()
	if err != nil {
		return nil, err
	}
	doc := analyzer.NewDocument(text)
	seg := segment.Segment(doc)
	return targets(lex, text, tsc.LowerASCII(text), seg, spans)
}

// ScoreText returns the lexicon score in [-1, 1] of a short text such as
// one sentence, with the rules applied within each of its sentences and
// the sentence scores averaged, and its label as a document's (neutral
// within ±DefaultNeutralBand/2).
func ScoreText(text string) (float64, Label) {
	res, err := analyze(analyzer.NewDocument(text), segment.SegmentText(text), Options{NeutralBand: DefaultNeutralBand}, nil)
	if err != nil {
		return 0, Neutral
	}
	return res.Score, res.Label
}
