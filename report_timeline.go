package newsfacts

// The timeline part of the JSON contract. The timeline analyser's section
// (fill and write) is registered here once the analyser is built.

// A Timex is a temporal expression with its TIMEX3 type, normalised value
// and modifier.
type Timex struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"` // DATE, TIME, DURATION or SET
	Value string `json:"value"`
	Mod   string `json:"mod"`
}

// A TimelineEvent is an event anchored to a date, in chronological order.
type TimelineEvent struct {
	Value string `json:"value"` // the anchoring date's value
	Start int    `json:"start"` // the event's evidence span
	End   int    `json:"end"`
	Text  string `json:"text"`
	Timex int    `json:"timex"` // index into Timexes
}
