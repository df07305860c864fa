// Package ner is the statistical named-entity recogniser behind package
// entities: a first-order sequence labeller over BILOU tags, trained as an
// averaged perceptron with Viterbi decoding, over a rich set of lexical,
// shape, gazetteer and document-level features. It works on sentences of
// word strings and knows nothing of byte offsets.
package ner

import "fmt"

// Entity types, in the order of the tag set.
const (
	PER = iota
	ORG
	LOC
	MISC
	NumTypes
)

// TypeNames are the CoNLL names of the entity types.
var TypeNames = [NumTypes]string{"PER", "ORG", "LOC", "MISC"}

// ParseType returns the type with the CoNLL name s.
func ParseType(s string) (int, bool) {
	for i, n := range TypeNames {
		if n == s {
			return i, true
		}
	}
	return 0, false
}

// A Tag is O (0) or a BILOU position within a phrase of a type.
type Tag uint8

// BILOU positions.
const (
	posB = iota // first of several
	posI        // inside
	posL        // last of several
	posU        // unit: a one-token phrase
)

// NumTags is the number of tags: O and four positions for each type.
const NumTags = 1 + 4*NumTypes

// O is the tag of tokens outside any phrase.
const O Tag = 0

func mkTag(typ, pos int) Tag { return Tag(1 + 4*typ + pos) }

// Type returns the tag's entity type; t must not be O.
func (t Tag) Type() int { return int(t-1) / 4 }

func (t Tag) pos() int { return int(t-1) % 4 }

func (t Tag) String() string {
	if t == O {
		return "O"
	}
	if t >= NumTags {
		return fmt.Sprintf("Tag(%d)", t)
	}
	return string("BILU"[t.pos()]) + "-" + TypeNames[t.Type()]
}

// allowed reports whether tag b may follow tag a in a well-formed BILOU
// sequence.
func allowed(a, b Tag) bool {
	open := a != O && (a.pos() == posB || a.pos() == posI) // a phrase is open after a
	if open {
		return b != O && (b.pos() == posI || b.pos() == posL) && b.Type() == a.Type()
	}
	return b == O || b.pos() == posB || b.pos() == posU
}

func allowedFirst(t Tag) bool { return t == O || t.pos() == posB || t.pos() == posU }
func allowedLast(t Tag) bool  { return t == O || t.pos() == posL || t.pos() == posU }

// A Span is a phrase: tokens [Start, End) of a sentence and its type.
type Span struct {
	Start, End int
	Type       int
}

// SpansToTags returns the BILOU tags of spans over n tokens. Spans must not
// overlap.
func SpansToTags(spans []Span, n int) []Tag {
	tags := make([]Tag, n)
	for _, s := range spans {
		if s.End-s.Start == 1 {
			tags[s.Start] = mkTag(s.Type, posU)
			continue
		}
		for i := s.Start; i < s.End; i++ {
			tags[i] = mkTag(s.Type, posI)
		}
		tags[s.Start] = mkTag(s.Type, posB)
		tags[s.End-1] = mkTag(s.Type, posL)
	}
	return tags
}

// TagsToSpans returns the phrases of a BILOU tag sequence. Ill-formed
// sequences (which Viterbi decoding never produces) are read leniently: a
// phrase runs while the type stays the same and no new phrase begins.
func TagsToSpans(dst []Span, tags []Tag) []Span {
	start := -1
	typ := 0
	for i, t := range tags {
		if start >= 0 && (t == O || t.Type() != typ || t.pos() == posB || t.pos() == posU) {
			dst = append(dst, Span{start, i, typ})
			start = -1
		}
		if t == O {
			continue
		}
		if start < 0 {
			start, typ = i, t.Type()
		}
		if t.pos() == posL || t.pos() == posU {
			dst = append(dst, Span{start, i + 1, typ})
			start = -1
		}
	}
	if start >= 0 {
		dst = append(dst, Span{start, len(tags), typ})
	}
	return dst
}
