package quotes

import (
	"strings"

	"github.com/newsfacts/newsfacts/analyzer"
	"github.com/newsfacts/newsfacts/entities"
)

// link sets each quotation's Entity from the entity mentions its speaker
// span covers, falling back to a pronoun's antecedent span.
func link(text string, qs []Quote, ents *entities.Result) {
	for i := range qs {
		q := &qs[i]
		if q.Speaker.Len() == 0 {
			continue
		}
		q.Entity = speakerEntity(text, ents, q.Speaker)
		if q.Entity < 0 && q.Antecedent.Len() > 0 {
			q.Entity = speakerEntity(text, ents, q.Antecedent)
		}
	}
}

// typeRank orders entity types as speakers: a person before an
// organisation before a place or anything else.
func typeRank(t entities.Type) int {
	switch t {
	case entities.Person:
		return 3
	case entities.Organization:
		return 2
	case entities.Location:
		return 1
	}
	return 0
}

// speakerEntity returns the entity that a speaker span refers to: among the
// linked mentions that can be its head (see isHead), the one of the best
// type (see typeRank), then the largest overlap; -1 when there is none. In
// "The OSCE chairperson-in-office, Lithuanian Foreign Minister Audronius
// Azubalis" that is Azubalis; in "Kazakhstan's interior minister" the
// nominal mention of the minister if entities found one, never Kazakhstan.
func speakerEntity(text string, ents *entities.Result, s analyzer.Span) int {
	ms := ents.Mentions
	lo, hi := 0, len(ms)
	for lo < hi { // first mention starting at or after s.Start
		m := (lo + hi) / 2
		if ms[m].Span.Start < s.Start {
			lo = m + 1
		} else {
			hi = m
		}
	}
	// Mentions are in text order by start and may nest: a few before lo
	// may still overlap s.
	for n := 0; lo > 0 && n < 8; n++ {
		lo--
	}
	best, bestRank, bestOv := -1, -1, 0
	for i := lo; i < len(ms) && ms[i].Span.Start < s.End; i++ {
		m := &ms[i]
		if m.Entity < 0 || m.Entity >= len(ents.Entities) || !m.Span.Overlaps(s) || !isHead(text, m.Span, s) {
			continue
		}
		rank := typeRank(ents.Entities[m.Entity].Type)
		ov := min(m.Span.End, s.End) - max(m.Span.Start, s.Start)
		if rank > bestRank || rank == bestRank && ov > bestOv {
			best, bestRank, bestOv = m.Entity, rank, ov
		}
	}
	return best
}

// isHead reports whether mention m can be the head of speaker phrase s: it
// ends the phrase ("Kazakhstan's interior minister", "a spokesman for the
// ministry") or begins it before a comma ("Kazakhstan, whose economy ...",
// "Smith, a lawyer,"), and is not a possessive modifier ("Trump's
// spokesman").
func isHead(text string, m, s analyzer.Span) bool {
	rest := text[m.End:]
	if strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") || strings.HasPrefix(rest, "'") || strings.HasPrefix(rest, "’") {
		return false
	}
	if m.End >= s.End {
		return true
	}
	return m.Start <= s.Start && strings.HasPrefix(strings.TrimLeft(rest, " "), ",")
}
