package lexicon

import (
	"math"
	"strings"
	"testing"
)

func TestDefault(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		word string
		want float64 // sign only: -1, 0, 1
	}{
		{"killed", -1}, {"deaths", -1}, {"killings", -1}, {"crackdown", -1}, {"praised", 1},
		{"victory", 1}, {"like", 0}, {"party", 0}, {"interest", 0}, {"the", 0},
		{"hailed", 1}, {"attacks", -1}, {"destroys", -1}, // "destroys" derived from "destroy"
	}
	for _, tt := range tests {
		v := l.Valence(tt.word)
		if sign(v) != tt.want {
			t.Errorf("Valence(%q) = %v, want sign %v", tt.word, v, tt.want)
		}
	}
}

func sign(v float64) float64 {
	switch {
	case v > 0:
		return 1
	case v < 0:
		return -1
	}
	return 0
}

func TestParseErrors(t *testing.T) {
	for _, src := range []string{"good", "good\tx", "good\t9"} {
		if _, err := Parse(src); err == nil {
			t.Errorf("Parse(%q): no error", src)
		}
	}
	l, err := Parse("good\t2\t0.5\t[2]\nfed up\t-1.8\n", "# comment\ngood\t0\nbad\t-2\n")
	if err != nil {
		t.Fatal(err)
	}
	if l.Valence("good") != 0 || l.Valence("bad") != -2 || l.Valence("bads") != -2 || l.Valence("fed up") != 0 {
		t.Errorf("overrides, inflections or multi-word entries wrong: good %v bad %v bads %v", l.Valence("good"), l.Valence("bad"), l.Valence("bads"))
	}
}

func toks(l *Lexicon, s string) []Token {
	var out []Token
	for _, w := range strings.Fields(s) {
		isWord := w != "," && w != "."
		t := Token{Word: w, IsWord: isWord}
		if isWord {
			t.Info = l.Lookup(w)
		}
		out = append(out, t)
	}
	return out
}

func TestContext(t *testing.T) {
	l, err := Parse("good\t2\nbad\t-2\n")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		at   int     // token index
		want float64 // contextual valence
	}{
		{"it was good", 2, 2},
		{"it was not good", 3, 2 * NegScale},
		{"not , it was good", 4, 2},                    // negation stops at a clause break
		{"it was very good", 3, 2 + 0.293},             // booster
		{"it was slightly bad", 3, -2 + 0.293},         // dampener
		{"it was allegedly bad", 3, -2 * HedgeScale},   // hedge
		{"it should be good", 3, 2 * IrrealisScale},    // irrealis
		{"good but bad", 0, 2 * BeforeContrast},        // contrast, before
		{"good but bad", 2, -2 * AfterContrast},        // contrast, after
		{"although good , bad", 1, 2 * BeforeContrast}, // concessive clause
		{"not only good", 2, 2},                        // "not only" does not negate
	}
	for _, tt := range tests {
		ts := toks(l, tt.text)
		got := l.Context(ts, make([]float64, len(ts)))[tt.at]
		if math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("%q token %d: got %v, want %v", tt.text, tt.at, got, tt.want)
		}
	}
}
