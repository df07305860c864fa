package newsfacts

// The sentiment part of the JSON contract. The sentiment analyser's section
// (fill and write) is registered here once the analyser is built.

// Sentiment is the tone of the document, its sentences, its entities and
// the caller's targets. Scores are in [-1, 1].
type Sentiment struct {
	Document  float64             `json:"document"`
	Sentences []SentenceSentiment `json:"sentences"`
	Entities  []EntitySentiment   `json:"entities"`
	Targets   []TargetSentiment   `json:"targets"`
}

// SentenceSentiment is the score of one sentence.
type SentenceSentiment struct {
	Start int     `json:"start"`
	End   int     `json:"end"`
	Score float64 `json:"score"`
}

// EntitySentiment is the sentiment toward one entity.
type EntitySentiment struct {
	Entity int     `json:"entity"` // Entity.ID
	Score  float64 `json:"score"`
	Label  string  `json:"label"` // negative, neutral or positive
}

// TargetSentiment is the sentiment toward one of Document.Targets, in the
// same order.
type TargetSentiment struct {
	Start int     `json:"start"`
	End   int     `json:"end"`
	Score float64 `json:"score"`
	Label string  `json:"label"`
}
