package casualties

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/newsfacts/newsfacts/internal/textutil"
)

// The killed and injured totals are chosen among candidate values by a
// learned selector. The candidates are the values the text supports: each
// count its figures give, the persons counted from mentions of
// individuals, the people shot or hospitalised less those killed, the
// total the rules (totals) arrive at, and zero. Each candidate has binary
// features saying where its value comes from (a headline, the lead, a
// repeated toll, an update, a count of individuals, background figures)
// and what it is (small or large, the largest or smallest in the
// article); a linear model scores them and the best wins, ties going to
// the rules' total. The model is trained by casualties/internal/train on
// GVA articles.

// A Candidate is one value the selector weighed for a total.
type Candidate struct {
	// Kind is Killed or Injured.
	Kind Kind
	// Value is the candidate count.
	Value int64
	// Score is the selector's score; the chosen candidate has the
	// highest.
	Score float64
	// Chosen marks the candidate the total took.
	Chosen bool
	// Features are the names of the evidence the selector weighed.
	Features []string
	// Figures are the indices (into Result.Figures) of the figures that
	// give the value.
	Figures []int

	rule    bool  // the rules' total
	total   Total // the total this candidate makes
	hasTot  bool  // total is set
	derived bool
}

func (c *Candidate) feature(f string) {
	if !slices.Contains(c.Features, f) {
		c.Features = append(c.Features, f)
	}
}

// A Selector scores the candidate values of the killed and injured totals
// with a linear model: the score of a candidate is the sum of the weights
// of its features.
type Selector struct {
	weights [2]map[string]float64 // killed, injured
}

// NewSelector returns a selector with the given feature weights for the
// killed and injured totals. A selector without weights leaves the choice
// to the rules.
func NewSelector(killed, injured map[string]float64) *Selector {
	return &Selector{weights: [2]map[string]float64{maps.Clone(killed), maps.Clone(injured)}}
}

// ParseSelector reads a selector written by WriteTo: lines of kind
// ("killed" or "injured"), feature and weight separated by tabs; blank
// lines and lines starting with # are skipped.
func ParseSelector(r io.Reader) (*Selector, error) {
	s := NewSelector(nil, nil)
	s.weights = [2]map[string]float64{{}, {}}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("selector line %d: want kind, feature and weight separated by tabs", n)
		}
		w, err := strconv.ParseFloat(f[2], 64)
		if err != nil {
			return nil, fmt.Errorf("selector line %d: %v", n, err)
		}
		switch Kind(f[0]) {
		case Killed:
			s.weights[0][f[1]] = w
		case Injured:
			s.weights[1][f[1]] = w
		default:
			return nil, fmt.Errorf("selector line %d: kind %q, want killed or injured", n, f[0])
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return s, nil
}

// WriteTo writes the selector's weights in the format ParseSelector reads,
// features in sorted order.
func (s *Selector) WriteTo(w io.Writer) (int64, error) {
	bw := bufio.NewWriter(w)
	for i, k := range []Kind{Killed, Injured} {
		for _, f := range slices.Sorted(maps.Keys(s.weights[i])) {
			fmt.Fprintf(bw, "%s\t%s\t%s\n", k, f, strconv.FormatFloat(s.weights[i][f], 'g', 6, 64))
		}
	}
	return 0, bw.Flush()
}

// Weights returns a copy of the feature weights for kind k (Killed or
// Injured).
func (s *Selector) Weights(k Kind) map[string]float64 {
	if k == Killed {
		return maps.Clone(s.weights[0])
	}
	return maps.Clone(s.weights[1])
}

func (s *Selector) score(k Kind, feats []string) float64 {
	m := s.weights[0]
	if k == Injured {
		m = s.weights[1]
	}
	sum := 0.0
	for _, f := range feats {
		sum += m[f]
	}
	return sum
}

// joint reports whether the selector weighs killed and injured together:
// it has weights for both.
func (s *Selector) joint() bool {
	return len(s.weights[0]) > 0 && len(s.weights[1]) > 0
}

// rulesOnly leaves the totals to the rules.
var rulesOnly = NewSelector(nil, nil)

//go:embed selector.txt
var selectorData string

var defaultSelector = textutil.NewLazy(func() (*Selector, error) {
	return ParseSelector(strings.NewReader(selectorData))
})

// DefaultSelector returns the selector trained on GVA articles that the
// analyser uses by default.
func DefaultSelector() *Selector {
	s, err := defaultSelector.Get()
	if err != nil {
		panic("casualties: embedded selector: " + err.Error())
	}
	return s
}

// docInfo is what the selector knows of the document besides its figures.
type docInfo struct {
	firstBody int  // index of the first body sentence
	roundup   bool // the headline speaks of several incidents ("weekend shootings")
}

// candidates collects the candidate values of kind k.
type candidates struct {
	kind  Kind
	list  []*Candidate
	index map[int64]*Candidate // built only when list grows long
}

// scanCandidates is how many candidates find scans before it indexes them:
// most documents have a handful, for which a scan is cheaper than a map.
const scanCandidates = 16

// find returns the candidate of value v, or nil.
func (cs *candidates) find(v int64) *Candidate {
	if len(cs.list) <= scanCandidates {
		for _, c := range cs.list {
			if c.Value == v {
				return c
			}
		}
		return nil
	}
	if cs.index == nil {
		cs.index = make(map[int64]*Candidate, 2*len(cs.list))
		for _, c := range cs.list {
			cs.index[c.Value] = c
		}
	}
	return cs.index[v]
}

// at returns the candidate of value v, adding it if it is new.
func (cs *candidates) at(v int64) *Candidate {
	if c := cs.find(v); c != nil {
		return c
	}
	c := &Candidate{Kind: cs.kind, Value: v, Features: make([]string, 0, 12)}
	cs.list = append(cs.list, c)
	if cs.index != nil {
		cs.index[v] = c
	}
	return c
}

// add records that value v comes with feature f (and figure fig, if >= 0).
func (cs *candidates) add(v int64, f string, fig int) *Candidate {
	if v < 0 {
		return nil
	}
	c := cs.at(v)
	c.feature(f)
	if fig >= 0 {
		c.Figures = append(c.Figures, fig) // sorted and made unique by finish
	}
	return c
}

// groupFeatures adds the candidates of the counted, uncounted and flagged
// group figures of kind k.
func (cs *candidates) groupFeatures(figs []Figure, k Kind, info docInfo) {
	first := true
	n := map[int64]int{}
	lastUpdate := -1
	lastBG := -10 // the sentence of the last figure about another event
	for i := range figs {
		f := &figs[i]
		if f.Background {
			lastBG = f.Sentence
		}
		if f.Kind != k || f.Unquantified || f.Value < 0 {
			continue
		}
		v := f.Value
		switch {
		case f.Negated || f.Hypothetical:
			cs.add(v, "neghyp", -1)
			continue
		case f.Background:
			cs.add(v, "bg", -1)
			continue
		case f.Part:
			cs.add(v, "part", i)
			continue
		case f.event:
			c := cs.add(v, "event", i)
			if f.headline {
				c.feature("event:hl")
			}
			continue
		}
		tag := "grp"
		if f.Individual {
			tag = "ind"
		} else {
			n[v]++
		}
		c := cs.add(v, tag, i)
		if f.headline {
			c.feature(tag + ":hl")
		} else {
			if f.Sentence-info.firstBody < 3 {
				c.feature(tag + ":lead")
			} else if f.Sentence-info.firstBody < 8 {
				c.feature(tag + ":early")
			}
			if first && !f.Individual {
				c.feature("grp:first")
				first = false
			}
		}
		if f.Update {
			c.feature("upd")
			lastUpdate = i
		}
		if f.Approx {
			c.feature("approx")
		}
		if f.Max == Unknown && !f.Approx {
			c.feature("minbound")
		}
		if f.Additional {
			c.feature("addl")
		}
		if f.perp {
			c.feature("perp")
		}
		if f.stab {
			c.feature("stab")
		}
		// just after a figure about another event: mostly of that event
		if !f.headline && lastBG < f.Sentence && f.Sentence-lastBG <= 2 {
			c.feature(tag + ":nearbg")
		}
		if f.Individual && f.one {
			c.feature("ind:one")
		}
		if !f.Individual {
			switch f.Subject {
			case "":
				c.feature("grp:bare")
			case "people", "persons", "others", "victims":
				c.feature("grp:people")
			default:
				c.feature("grp:noun")
			}
		}
	}
	for v, m := range n {
		cs.add(v, groupCount[min(m, 3)], -1)
	}
	// "4 shot and wounded, 2 others grazed": a group and others of the
	// same kind in one sentence
	for i := range figs {
		f := &figs[i]
		if f.Kind != k || !f.Counted() || f.Individual && !f.one || f.event || f.Additional || f.Value < 0 {
			continue
		}
		// (the next few figures of the sentence: bounded, so that a
		// sentence with thousands of figures costs linear time)
		for j := i + 1; j < min(len(figs), i+1+maxOthers) && figs[j].Sentence == f.Sentence; j++ {
			if o := &figs[j]; o.Kind == k && o.Counted() && o.Additional && o.Value > 0 {
				c := cs.add(f.Value+o.Value, "grp+others", i)
				c.Figures = append(c.Figures, j)
			}
		}
	}
	if lastUpdate >= 0 {
		cs.add(figs[lastUpdate].Value, "upd:last", -1)
	}
}

// maxOthers is how many following figures of a sentence may be the
// "others" of a group figure.
const maxOthers = 16

var groupCount = [4]string{"", "grp:n=1", "grp:n=2", "grp:n=3+"}

// roundupFeatures adds, when the headline speaks of several incidents
// ("4 dead, 12 wounded in holiday shootings"), the count of kind k of the
// first incident the body tells: the first counted figure of the kind
// that does not restate a headline count, or its absence.
func (cs *candidates) roundupFeatures(figs []Figure, k Kind, info docInfo) {
	if !info.roundup {
		return
	}
	agg := map[int64]bool{}
	for i := range figs {
		if f := &figs[i]; f.headline && f.Kind == k && f.Counted() {
			agg[f.Value] = true
		}
	}
	start := -1 // the first body sentence with a figure of harm not restating the headline
	for i := range figs {
		f := &figs[i]
		if f.headline || !f.Counted() || !harmedKind(f.Kind) || f.event {
			continue
		}
		if (f.Kind == Killed || f.Kind == Injured) && agg[f.Value] && !f.Individual {
			continue
		}
		start = f.Sentence
		break
	}
	if start < 0 {
		return
	}
	for i := range figs {
		f := &figs[i]
		if f.Sentence < start || f.Sentence > start+2 || f.Kind != k || !f.Counted() || f.event {
			continue
		}
		cs.add(f.Value, "ru:first", i)
		return
	}
	cs.add(0, "ru:first", -1)
}

// finish adds the features of each candidate's value and its rank, and
// the conjunctions with the document's features.
func (cs *candidates) finish(info docInfo) {
	lo, hi := int64(-1), int64(-1)
	for _, c := range cs.list {
		if c.Value == 0 || onlyFlagged(c) {
			continue
		}
		if lo < 0 || c.Value < lo {
			lo = c.Value
		}
		if c.Value > hi {
			hi = c.Value
		}
	}
	// the largest value of a counted group figure, and of one stated
	// strongly (in the headline or lead, or repeated)
	maxGrp, maxStrong := int64(-1), int64(-1)
	for _, c := range cs.list {
		if slices.Contains(c.Features, "grp") {
			maxGrp = max(maxGrp, c.Value)
			if strongGroup(c) {
				maxStrong = max(maxStrong, c.Value)
			}
		}
	}
	for _, c := range cs.list {
		slices.Sort(c.Figures)
		c.Figures = slices.Compact(c.Figures)
		vb := valueBucket(c.Value)
		c.feature(vb)
		// counts beyond one incident's usual news are mostly a city's or
		// a year's ("more than 3,000 people have been injured")
		switch {
		case c.Value >= 50:
			c.feature("v>=50")
		case c.Value >= 10:
			c.feature("v>=10")
		}
		switch {
		case c.Value < maxStrong:
			c.feature("below:strong")
		case c.Value < maxGrp:
			c.feature("below:grp")
		case c.Value > maxGrp && maxGrp >= 0:
			c.feature("above:grp")
		}
		if strongGroup(c) {
			c.feature(vb + "&strong")
		}
		if c.Value == hi {
			c.feature("max")
		}
		if c.Value == lo {
			c.feature("minnz")
		}
		if info.roundup {
			for _, f := range c.Features {
				if !strings.HasPrefix(f, "ru&") {
					c.Features = append(c.Features, "ru&"+f)
				}
			}
		}
	}
}

// strongGroup reports whether a candidate's group figures are stated
// strongly: in the headline or lead, or more than once.
func strongGroup(c *Candidate) bool {
	for _, f := range c.Features {
		switch f {
		case "grp:hl", "grp:lead", "grp:n=2", "grp:n=3+":
			return true
		}
	}
	return false
}

// onlyFlagged reports whether a candidate rests only on figures left out
// of the totals.
func onlyFlagged(c *Candidate) bool {
	for _, f := range c.Features {
		switch f {
		case "neghyp", "bg", "zero":
		default:
			return false
		}
	}
	return true
}

func valueBucket(v int64) string {
	switch {
	case v <= 4:
		return [5]string{"v=0", "v=1", "v=2", "v=3", "v=4"}[max(v, 0)]
	}
	// larger counts share one feature: how large a toll is says nothing
	// of its truth beyond one incident's news
	return "v=5+"
}

// choose scores the candidates and returns the best; ties go to the rules'
// total, then to the smaller value.
func choose(sel *Selector, cs []*Candidate) *Candidate {
	var best *Candidate
	for _, c := range cs {
		c.Score = sel.score(c.Kind, c.Features)
		if best == nil || c.Score > best.Score || c.Score == best.Score && (c.rule && !best.rule || c.rule == best.rule && c.Value < best.Value) {
			best = c
		}
	}
	if best != nil {
		best.Chosen = true
	}
	return best
}

// totalOf makes the total of a chosen candidate: the rules' total if it
// has the value, else the bounds of the figures that give it.
func totalOf(c *Candidate, figs []Figure) (Total, bool) {
	if c.hasTot {
		return c.total, true
	}
	t := Total{Kind: c.Kind, Min: c.Value, Max: c.Value, Value: c.Value, Derived: c.derived}
	// the bounds of a figure with the value, an exact one first
	best := -1
	for _, i := range c.Figures {
		f := &figs[i]
		if f.Kind != c.Kind || f.Value != c.Value {
			continue
		}
		if best < 0 || figs[best].Approx && !f.Approx || figs[best].Max == Unknown && f.Max != Unknown {
			best = i
		}
	}
	if best >= 0 {
		f := &figs[best]
		t.Min, t.Max, t.Approx = f.Min, f.Max, f.Approx
	}
	t.Figures = slices.Clone(c.Figures)
	if c.Value == 0 {
		// a zero says something when the text gives it ("no one was
		// hurt") or of people shot ("a man was shot and killed"), not
		// of "15 victims"
		for _, i := range c.Figures {
			if k := figs[i].Kind; k == c.Kind || k == Shot {
				return t, true
			}
		}
		return t, false
	}
	return t, true
}
