package timeline

import (
	"bytes"
	"strings"
)

// Tense: newsfacts has no part-of-speech tagger, so the tense of the clause
// around an expression is read from the nearest verb form that shows it: an
// auxiliary of the future (will, 'll, shall, going to), a past form (said,
// was, a verb in -ed, an irregular past), or a present form (is, says).
// Auxiliaries before a past participle decide ("will be held" is future,
// "has been killed" past).

// tenseWords gives the tense of words that show it by themselves.
var tenseWords = func() map[string]int {
	m := map[string]int{}
	for _, w := range strings.Fields("will 'll shall wo tomorrow upcoming would") {
		m[w] = tenseFuture
	}
	for _, w := range strings.Fields(`plan plans planned planning expected expects expect scheduled schedule due
		intends intend intended aims hopes hope set`) {
		m[w] = tenseIntent
	}
	for _, w := range strings.Fields(`was were had did said told went came took made got gave saw met began
		left held fell rose won lost sent spent paid sold bought brought thought knew found became ran wrote
		spoke broke chose drove flew grew struck fought led stood sat kept meant heard felt built caught taught
		forgot hid slid shot woke wore tore swore threw drew withdrew overtook undertook underwent arose
		sought bore bled fled dealt dug hung lay lit rang sang sank shook sprang stole stuck stung swam swung
		understood upheld wept wound yesterday ago`) {
		m[w] = tensePast
	}
	for _, w := range strings.Fields("is are am says say has have does do wants") {
		m[w] = tensePresent
	}
	for _, w := range strings.Fields("could might may should must can") {
		m[w] = tenseModal
	}
	return m
}()

// notPast are words in -ed that are not past forms.
var notPast = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`need needed? speed indeed hundred red bed seed feed breed proceed
		succeed exceed weed shed bred fled led naked wicked sacred kindred shred sled wed ted fred ahmed
		mohammed muhammad mohamed united limited based concerned detailed related`) {
		m[w] = true
	}
	delete(m, "needed?")
	return m
}()

// beForms of "to be" make "is to resume" a future.
var beForms = map[string]bool{"is": true, "are": true, "am": true, "was": true, "were": true}

// futureBefore are the words that, just before a verb, put it in the
// future.
var futureBefore = map[string]bool{"will": true, "'ll": true, "shall": true, "to": true, "wo": true}

// futurePhrases are multi-word cues of the future just before an
// expression: "as soon as Tuesday", "as early as next week".
func futurePhrase(d *docState, s int) bool {
	if s < 3 || d.words[s-3].sent != d.words[s].sent {
		return false
	}
	a := strings.ToLower(d.text[d.words[s-3].s:d.words[s-3].e])
	b := strings.ToLower(d.text[d.words[s-2].s:d.words[s-2].e])
	c := strings.ToLower(d.text[d.words[s-1].s:d.words[s-1].e])
	return a == "as" && c == "as" && (b == "soon" || b == "early")
}

// tenseAround returns the tense of the clause around words [s, e): that of
// the nearest word that shows a tense, looking outwards within the
// sentence, the left side first at equal distances.
func tenseAround(d *docState, s, e int) int {
	if futurePhrase(d, s) {
		return tenseFuture
	}
	if s > 0 && d.words[s-1].sent == d.words[s].sent {
		switch strings.ToLower(d.text[d.words[s-1].s:d.words[s-1].e]) {
		case "effective", "starting", "beginning":
			return tenseFuture
		case "since":
			return tensePast
		}
	}
	sent := d.words[s].sent
	// The verb an adverbial of time modifies usually comes before it
	// ("said Friday", "will meet on Friday"): look left first, a few
	// words, then on both sides.
	for k := s - 1; k >= 0 && k >= s-leftFirst && d.words[k].sent == sent; k-- {
		if t := wordTense(d, k); t != tenseNone {
			return t
		}
	}
	lo := s - 1 - leftFirst
	hi := e
	for k := 0; k < 40; k++ {
		if lo >= 0 && d.words[lo].sent == sent {
			if t := wordTense(d, lo); t != tenseNone {
				return t
			}
			lo--
		}
		if hi < len(d.words) && d.words[hi].sent == sent {
			if t := wordTense(d, hi); t != tenseNone {
				return t
			}
			hi++
		}
	}
	return tenseNone
}

// leftFirst is how many words before an expression are searched for its
// tense before the words after it.
var leftFirst = 6

// wordTense returns the tense word i shows, or tenseNone.
func wordTense(d *docState, i int) int {
	w := &d.words[i]
	if w.cls&(cNum|cHyphen|cComma) != 0 || w.e-w.s < 2 || w.attached {
		return tenseNone
	}
	raw := d.text[w.s:w.e]
	var buf [24]byte
	if len(raw) > len(buf) {
		return tenseNone
	}
	b := buf[:len(raw)]
	for j := 0; j < len(raw); j++ {
		c := raw[j]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[j] = c
	}
	t, ok := tenseWords[string(b)]
	if t == tenseModal {
		// "could be held": the future; "could have been": the past.
		if i+1 < len(d.words) && d.words[i+1].sent == w.sent && strings.EqualFold(d.text[d.words[i+1].s:d.words[i+1].e], "have") {
			return tensePast
		}
		return tenseFuture
	}
	if t == tenseIntent {
		// "plans to", "expected to", "scheduled for": the future; else
		// the word is a noun or an ordinary verb ("vacation plans").
		if i+1 < len(d.words) && d.words[i+1].sent == w.sent {
			switch strings.ToLower(d.text[d.words[i+1].s:d.words[i+1].e]) {
			case "to", "for":
				return tenseFuture
			}
		}
		if string(b) == "set" {
			return tenseNone
		}
		t = tensePresent
		if bytes.HasSuffix(b, []byte("ed")) {
			t = tensePast
		}
		ok = true
	}
	if !ok {
		if len(b) > 4 && bytes.HasSuffix(b, []byte("ed")) && !notPast[string(b)] && w.cls&cCap == 0 {
			t = tensePast
		} else {
			return tenseNone
		}
	}
	// An auxiliary before an intention: "were planning to", "is expected
	// to", "is to resume".
	if t == tensePast || t == tensePresent {
		for k := i + 1; k <= i+2 && k+1 < len(d.words) && d.words[k+1].sent == w.sent; k++ {
			nk := strings.ToLower(d.text[d.words[k].s:d.words[k].e])
			next := strings.ToLower(d.text[d.words[k+1].s:d.words[k+1].e])
			if (tenseWords[nk] == tenseIntent && (next == "to" || next == "for")) || (k == i+1 && nk == "to" && beForms[string(b)]) {
				return tenseFuture
			}
		}
	}
	if t == tensePast && string(b) != "ago" && string(b) != "yesterday" {
		// Auxiliaries before a participle: "will be held", "to be
		// announced", "will have left".
		if i >= 2 && d.words[i-1].sent == w.sent && d.words[i-2].sent == w.sent {
			switch strings.ToLower(d.text[d.words[i-1].s:d.words[i-1].e]) {
			case "be", "have":
				if futureBefore[strings.ToLower(d.text[d.words[i-2].s:d.words[i-2].e])] {
					return tenseFuture
				}
			}
		}
	}
	return t
}
