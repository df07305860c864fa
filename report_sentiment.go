package newsfacts

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/newsfacts/newsfacts/analyzer"
	"github.com/newsfacts/newsfacts/sentiment"
)

// The sentiment part of the JSON contract.

// Sentiment is the tone of the document, its sentences, its entities and
// the caller's targets. Scores are in [-1, 1].
type Sentiment struct {
	Document  float64             `json:"document"`
	Label     string              `json:"label"` // the document's label (extension)
	Sentences []SentenceSentiment `json:"sentences"`
	Entities  []EntitySentiment   `json:"entities"`
	Targets   []TargetSentiment   `json:"targets"`

	text string // the document's text, for the readable report
}

// SentenceSentiment is the score of one sentence.
type SentenceSentiment struct {
	Start int     `json:"start"`
	End   int     `json:"end"`
	Score float64 `json:"score"`
	Label string  `json:"label"` // negative, neutral or positive (extension)
}

// EntitySentiment is the sentiment toward one entity.
type EntitySentiment struct {
	Entity int     `json:"entity"` // Entity.ID
	Score  float64 `json:"score"`
	Label  string  `json:"label"` // negative, neutral or positive
	// Mentions is the number of the entity's mentions scored (extension).
	Mentions int `json:"mentions"`
}

// TargetSentiment is the sentiment toward one of Document.Targets, in the
// same order.
type TargetSentiment struct {
	Start int     `json:"start"`
	End   int     `json:"end"`
	Score float64 `json:"score"`
	Label string  `json:"label"`
}

// sentimentRound rounds a score to three decimals, enough for a reader and stable
// in JSON.
func sentimentRound(x float64) float64 {
	if x < 0 {
		return -float64(int64(-x*1000+0.5)) / 1000
	}
	return float64(int64(x*1000+0.5)) / 1000
}

func init() {
	addSection(section{
		analyzer: sentiment.Analyzer,
		rank:     50,
		fill: func(rep *Report, res *analyzer.Result) error {
			r, err := analyzer.Get(res, sentiment.Analyzer)
			if err != nil {
				return err
			}
			s := &Sentiment{
				Document:  sentimentRound(r.Score),
				Label:     string(r.Label),
				Sentences: make([]SentenceSentiment, len(r.Sentences)),
				Targets:   make([]TargetSentiment, len(r.Targets)),
				text:      res.Doc.Text,
			}
			for i, x := range r.Sentences {
				s.Sentences[i] = SentenceSentiment{Start: x.Start, End: x.End, Score: sentimentRound(x.Score), Label: string(x.Label)}
			}
			for i, t := range r.Targets {
				s.Targets[i] = TargetSentiment{Start: t.Start, End: t.End, Score: sentimentRound(t.Score), Label: string(t.Label)}
			}
			if r.Entities != nil {
				s.Entities = make([]EntitySentiment, len(r.Entities))
				for i, e := range r.Entities {
					s.Entities[i] = EntitySentiment{Entity: e.Entity + 1, Score: sentimentRound(e.Score), Label: string(e.Label), Mentions: e.Mentions}
				}
			}
			rep.Sentiment = s
			return nil
		},
		write: writeSentiment,
	})
}

func writeSentiment(w io.Writer, rep *Report) {
	s := rep.Sentiment
	if s == nil {
		return
	}
	count := map[string]int{}
	for _, x := range s.Sentences {
		count[x.Label]++
	}
	fmt.Fprintf(w, "\nSentiment: %s (%+.2f); sentences: %d negative, %d neutral, %d positive\n",
		s.Label, s.Document, count["negative"], count["neutral"], count["positive"])
	// The most negative and most positive sentences, in text order.
	idx := make([]int, len(s.Sentences))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(s.Sentences[a].Score, s.Sentences[b].Score) })
	var show []int
	for _, i := range idx[:min(3, len(idx))] {
		if s.Sentences[i].Label == "negative" {
			show = append(show, i)
		}
	}
	for k := len(idx) - 1; k >= max(0, len(idx)-2); k-- {
		if i := idx[k]; s.Sentences[i].Label == "positive" && !slices.Contains(show, i) {
			show = append(show, i)
		}
	}
	slices.Sort(show)
	for _, i := range show {
		x := s.Sentences[i]
		fmt.Fprintf(w, "  %+.2f %s\n", x.Score, sentimentExcerpt(s.text, x.Start, x.End, 90))
	}
	var toward []string
	for _, e := range s.Entities {
		name := fmt.Sprint("entity ", e.Entity)
		for _, re := range rep.Entities {
			if re.ID == e.Entity {
				name = re.Name
			}
		}
		if e.Label != "neutral" {
			toward = append(toward, fmt.Sprintf("%s %s (%+.2f)", name, e.Label, e.Score))
		}
	}
	if len(s.Entities) > 0 {
		if len(toward) == 0 {
			toward = []string{"all neutral"}
		}
		fmt.Fprintf(w, "  toward entities: %s\n", strings.Join(toward, "; "))
	}
	for i, t := range s.Targets {
		fmt.Fprintf(w, "  target %d %q: %s (%+.2f)\n", i+1, sentimentExcerpt(s.text, t.Start, t.End, 40), t.Label, t.Score)
	}
}

// sentimentExcerpt returns text[start:end] on one line, cut to about n bytes.
func sentimentExcerpt(text string, start, end, n int) string {
	if start < 0 || end > len(text) || start > end {
		return ""
	}
	t := strings.Join(strings.Fields(text[start:end]), " ")
	if len(t) > n {
		cut := n
		for cut > 0 && t[cut]&0xC0 == 0x80 {
			cut--
		}
		t = t[:cut] + "…"
	}
	return t
}
