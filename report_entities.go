package newsfacts

import (
	"fmt"
	"io"
	"strings"

	"github.com/newsfacts/newsfacts/analyzer"
	"github.com/newsfacts/newsfacts/entities"
)

// The entities part of the JSON contract.

// An Entity is one entity cluster: all mentions of one person,
// organisation, place or other named thing.
type Entity struct {
	ID       int       `json:"id"`   // 1-based; quotes and sentiment refer to it
	Type     string    `json:"type"` // PERSON, ORGANIZATION, LOCATION or MISC
	Name     string    `json:"name"` // canonical name
	Mentions []Mention `json:"mentions"`

	// Extensions of the contract.
	Roles   []EntityRole `json:"roles,omitempty"`   // titles of a person
	Acronym string       `json:"acronym,omitempty"` // "OSCE"
	Country string       `json:"country,omitempty"` // a demonym's country: "Kazakhstan" for "Kazakh"
}

// A Mention is one mention of an entity.
type Mention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Kind  string `json:"kind"` // name, nominal or pronoun
}

// An EntityRole is a title held by a person ("interior minister"), with
// the entity it belongs to.
type EntityRole struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Title string `json:"title"`
	Of    int    `json:"of,omitempty"` // Entity.ID, 0 when not stated
}

func init() {
	addSection(section{
		analyzer: entities.Analyzer,
		rank:     10,
		fill: func(rep *Report, res *analyzer.Result) error {
			r, err := analyzer.Get(res, entities.Analyzer)
			if err != nil {
				return err
			}
			rep.Entities = make([]Entity, len(r.Entities))
			for i, e := range r.Entities {
				out := Entity{ID: e.ID, Type: string(e.Type), Name: e.Name, Mentions: make([]Mention, len(e.Mentions)),
					Acronym: e.Acronym, Country: e.Country}
				for j, mi := range e.Mentions {
					m := r.Mentions[mi]
					out.Mentions[j] = Mention{Start: m.Span.Start, End: m.Span.End, Text: m.Text, Kind: string(m.Kind)}
				}
				for _, rl := range e.Roles {
					of := 0
					if rl.Of >= 0 {
						of = r.Entities[rl.Of].ID
					}
					out.Roles = append(out.Roles, EntityRole{Start: rl.Span.Start, End: rl.Span.End, Title: rl.Title, Of: of})
				}
				rep.Entities[i] = out
			}
			return nil
		},
		write: writeEntities,
	})
}

func writeEntities(w io.Writer, rep *Report) {
	if rep.Entities == nil {
		return
	}
	fmt.Fprintf(w, "\nEntities: %d\n", len(rep.Entities))
	for _, e := range rep.Entities {
		var notes []string
		names, others := 0, 0
		for _, m := range e.Mentions {
			if m.Kind == string(entities.Name) {
				names++
			} else {
				others++
			}
		}
		n := fmt.Sprintf("%d mention", names)
		if names != 1 {
			n += "s"
		}
		if others > 0 {
			n += fmt.Sprintf(" + %d nominal or pronoun", others)
		}
		notes = append(notes, n)
		if e.Acronym != "" {
			notes = append(notes, "also "+e.Acronym)
		}
		if e.Country != "" {
			notes = append(notes, "of "+e.Country)
		}
		for _, rl := range e.Roles {
			s := rl.Title
			if rl.Of > 0 && rl.Of <= len(rep.Entities) {
				s += " (" + rep.Entities[rl.Of-1].Name + ")"
			}
			notes = append(notes, s)
		}
		fmt.Fprintf(w, "  %2d. %-12s %s: %s\n", e.ID, e.Type, e.Name, strings.Join(notes, "; "))
	}
}
