package newsfacts

import (
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/newsfacts/newsfacts/analyzer"
	"github.com/newsfacts/newsfacts/quotes"
)

// The quotes part of the JSON contract.

// A Quote is one attributed statement.
type Quote struct {
	Start   int           `json:"start"`
	End     int           `json:"end"`
	Kind    string        `json:"kind"` // direct, indirect or mixed
	Content analyzer.Span `json:"content"`
	Cue     analyzer.Span `json:"cue"`
	Speaker *Speaker      `json:"speaker"` // null when no speaker was identified

	// Extensions of the contract.

	// Text is the content's text, CueText the cue's.
	Text    string `json:"text"`
	CueText string `json:"cue_text,omitempty"`
	// Parts are the pieces of the content when it is interrupted by its
	// attribution or runs over several paragraphs; omitted when the
	// content is one piece.
	Parts []analyzer.Span `json:"parts,omitempty"`
	// Speech is false for attributed beliefs, intentions and acts
	// rather than speech (see quotes.Quote.Speech); Score is the model's
	// confidence.
	Speech bool    `json:"speech"`
	Score  float64 `json:"score"`
}

// A Speaker is who a quotation is attributed to.
type Speaker struct {
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Text   string `json:"text"`
	Entity int    `json:"entity"` // Entity.ID, 0 when not linked

	// Antecedent (an extension) is, for a pronoun speaker not linked to
	// an entity, the speaker span of the nearest earlier quotation with a
	// named speaker; omitted otherwise.
	Antecedent *TextSpan `json:"antecedent,omitempty"`
}

// A TextSpan is a span with its text.
type TextSpan struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

func init() {
	addSection(section{
		analyzer: quotes.Analyzer,
		rank:     40,
		fill: func(rep *Report, res *analyzer.Result) error {
			r, err := analyzer.Get(res, quotes.Analyzer)
			if err != nil {
				return err
			}
			text := res.Doc.Text
			rep.Quotes = make([]Quote, 0, len(r.Quotes))
			for _, q := range r.Quotes {
				out := Quote{
					Start: q.Span.Start, End: q.Span.End, Kind: string(q.Kind),
					Content: q.Content, Cue: q.Cue, Text: q.Content.In(text), CueText: q.Cue.In(text),
					Speech: q.Speech, Score: math.Round(q.Score*1000) / 1000,
				}
				if len(q.Parts) > 1 {
					out.Parts = q.Parts
				}
				if q.Speaker.Len() > 0 {
					sp := &Speaker{Start: q.Speaker.Start, End: q.Speaker.End, Text: q.Speaker.In(text)}
					if q.Entity >= 0 {
						sp.Entity = q.Entity + 1
					} else if q.Antecedent.Len() > 0 {
						a := q.Antecedent
						sp.Antecedent = &TextSpan{Start: a.Start, End: a.End, Text: a.In(text)}
					}
					out.Speaker = sp
				}
				rep.Quotes = append(rep.Quotes, out)
			}
			return nil
		},
		write: writeQuotes,
	})
}

// writeQuotes prints the quotations: kind, speaker (with the entity or the
// antecedent a pronoun refers to), cue and content.
func writeQuotes(w io.Writer, rep *Report) {
	if rep.Quotes == nil {
		return
	}
	fmt.Fprintf(w, "\nQuotes: %d\n", len(rep.Quotes))
	names := map[int]string{}
	for _, e := range rep.Entities {
		names[e.ID] = e.Name
	}
	for _, q := range rep.Quotes {
		who := "(no speaker)"
		if sp := q.Speaker; sp != nil {
			who = clipLeft(sp.Text, 60)
			if n, ok := names[sp.Entity]; ok && n != sp.Text {
				who += " = " + n
			} else if sp.Antecedent != nil {
				who += " (= " + clipLeft(sp.Antecedent.Text, 60) + ")"
			}
		}
		cue := ""
		if q.CueText != "" {
			cue = " [" + q.CueText + "]"
			if !q.Speech {
				cue = " [" + q.CueText + ", not speech]"
			}
		}
		fmt.Fprintf(w, "  %-8s %s%s: %s\n", q.Kind, who, cue, clip(q.Text, 110))
	}
}

func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && (s[cut]&0xC0) == 0x80 {
		cut--
	}
	return s[:cut] + "…"
}

// clipLeft shortens s to about n bytes by dropping its beginning, where a
// long speaker phrase has its least useful part ("The Organization ...
// chairperson-in-office, Lithuanian Foreign Minister Audronius Azubalis").
func clipLeft(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= n {
		return s
	}
	cut := len(s) - n
	for cut < len(s) && (s[cut]&0xC0) == 0x80 {
		cut++
	}
	return "…" + s[cut:]
}
