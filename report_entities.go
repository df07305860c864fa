package newsfacts

// The entities part of the JSON contract. The entities analyser's section
// (fill and write) is registered here once the analyser is built.

// An Entity is one entity cluster: all mentions of one person,
// organisation, place or other named thing.
type Entity struct {
	ID       int       `json:"id"`   // 1-based; quotes and sentiment refer to it
	Type     string    `json:"type"` // PERSON, ORGANIZATION, LOCATION or MISC
	Name     string    `json:"name"` // canonical name
	Mentions []Mention `json:"mentions"`
}

// A Mention is one mention of an entity.
type Mention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Kind  string `json:"kind"` // name, nominal or pronoun
}
