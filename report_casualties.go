package newsfacts

// The casualties part of the JSON contract. The casualties analyser's
// section (fill and write) is registered here once the analyser is built.

// A Casualty is one casualty figure.
type Casualty struct {
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Text    string `json:"text"`
	Kind    string `json:"kind"` // killed, injured, missing, arrested, ...
	Min     *int64 `json:"min"`  // lower bound, null when unknown
	Max     *int64 `json:"max"`  // upper bound, null when unbounded
	Approx  bool   `json:"approx"`
	Subject string `json:"subject"` // who was counted: people, police officers, ...
}

// A Total is the best estimate of one kind of casualty for the article's
// main event.
type Total struct {
	Min *int64 `json:"min"`
	Max *int64 `json:"max"`
}
