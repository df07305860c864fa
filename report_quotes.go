package newsfacts

import "github.com/newsfacts/newsfacts/analyzer"

// The quotes part of the JSON contract. The quotes analyser's section
// (fill and write) is registered here once the analyser is built.

// A Quote is one attributed statement.
type Quote struct {
	Start   int           `json:"start"`
	End     int           `json:"end"`
	Kind    string        `json:"kind"` // direct, indirect or mixed
	Content analyzer.Span `json:"content"`
	Cue     analyzer.Span `json:"cue"`
	Speaker *Speaker      `json:"speaker"` // null when no speaker was identified
}

// A Speaker is who a quotation is attributed to.
type Speaker struct {
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Text   string `json:"text"`
	Entity int    `json:"entity"` // Entity.ID, 0 when not linked
}
