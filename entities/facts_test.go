package entities

import (
	"github.com/newsfacts/newsfacts/analyzer"
	"github.com/newsfacts/newsfacts/analyzer/analyzertest"
)

// entityFacts turns a result into analyzertest facts: every mention linked
// to an entity, labelled with its type for a name that is the entity's
// canonical name ("PERSON"), its type and the canonical name for another
// name ("PERSON = Kalmukhambet Kasymov"), and its kind and the canonical
// name for a nominal or a pronoun ("pronoun = Kalmukhambet Kasymov").
func entityFacts(_ *analyzer.Document, r *Result) []analyzertest.Fact {
	var out []analyzertest.Fact
	for _, m := range r.Mentions {
		if m.Entity < 0 {
			continue
		}
		e := r.Entities[m.Entity]
		var label string
		switch {
		case m.Kind != Name:
			label = string(m.Kind) + " = " + e.Name
		case m.Text == e.Name:
			label = string(e.Type)
		default:
			label = string(e.Type) + " = " + e.Name
		}
		out = append(out, analyzertest.Fact{Span: m.Span, Label: label})
	}
	return out
}

// allSpans returns every span in a result, for the contract checks.
func allSpans(_ *analyzer.Document, r *Result) []analyzer.Span {
	var out []analyzer.Span
	for _, m := range r.Mentions {
		out = append(out, m.Span)
	}
	for _, e := range r.Entities {
		for _, rl := range e.Roles {
			out = append(out, rl.Span)
		}
	}
	return out
}
