// Package lexicon holds the sentiment analyser's word valences and the
// rules that apply them in context: negation scope, intensifiers and
// dampeners, hedges and contrast.
//
// The valences are VADER's lexicon (C.J. Hutto, MIT licence, shipped whole
// as vader_lexicon.txt with vader_LICENSE.txt) with the news vocabulary of
// news.txt added on top: words that VADER lacks (casualties, clashes,
// crackdown) and overrides for words whose VADER valence misleads in news
// prose ("like", "party", "interest"). Inflected forms of single-word
// entries (-s, -es, -ed, -d, -ing) are derived when the lexicon is loaded.
package lexicon

import (
	"bufio"
	_ "embed"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/newsfacts/newsfacts/internal/textutil"
)

//go:embed vader_lexicon.txt
var vaderText string

//go:embed news.txt
var newsText string

// A Lexicon maps lower-cased words to valences on VADER's scale, -4 (most
// negative) to +4 (most positive). It is immutable and safe for concurrent
// use.
type Lexicon struct {
	val  map[string]float32
	info map[string]Info // val and the rule classes, for one look-up per token
}

// Info is what the lexicon knows of a word: its valence and its rule
// class.
type Info struct {
	Val   float32
	Class Class
}

var shared = textutil.NewLazy(func() (*Lexicon, error) { return Parse(vaderText, newsText) })

// Default returns the built-in lexicon, loaded once per process.
func Default() (*Lexicon, error) { return shared.Get() }

// Parse builds a lexicon from VADER-format text (word, tab, mean valence,
// anything after) and override texts in the same format whose entries
// replace the base ones. Lines that start with '#' and blank lines are
// ignored. Multi-word entries are skipped: the rules treat idioms
// separately.
func Parse(base string, overrides ...string) (*Lexicon, error) {
	l := &Lexicon{val: make(map[string]float32, 40000)}
	explicit := map[string]bool{}
	add := func(src, name string) error {
		sc := bufio.NewScanner(strings.NewReader(src))
		n := 0
		for sc.Scan() {
			n++
			line := sc.Text()
			if line == "" || line[0] == '#' {
				continue
			}
			fields := strings.Split(line, "\t")
			if len(fields) < 2 {
				return fmt.Errorf("%s:%d: want word<TAB>valence, got %q", name, n, line)
			}
			v, err := strconv.ParseFloat(strings.TrimSpace(fields[1]), 32)
			if err != nil || math.Abs(v) > 4 {
				return fmt.Errorf("%s:%d: bad valence %q", name, n, fields[1])
			}
			w := strings.ToLower(strings.TrimSpace(fields[0]))
			if w == "" || strings.ContainsRune(w, ' ') {
				continue
			}
			l.val[w] = float32(v)
			explicit[w] = true
		}
		return sc.Err()
	}
	if err := add(base, "vader_lexicon.txt"); err != nil {
		return nil, err
	}
	for i, o := range overrides {
		if err := add(o, fmt.Sprintf("override%d", i+1)); err != nil {
			return nil, err
		}
	}
	// Derive inflections of alphabetic entries that are not rated
	// themselves.
	derived := map[string]float32{}
	for w, v := range l.val {
		if !isAlpha(w) || len(w) < 3 {
			continue
		}
		for _, f := range inflections(w) {
			if !explicit[f] {
				if old, ok := derived[f]; !ok || math.Abs(float64(v)) > math.Abs(float64(old)) {
					derived[f] = v
				}
			}
		}
	}
	for w, v := range derived {
		l.val[w] = v
	}
	for w, v := range l.val {
		if v == 0 {
			delete(l.val, w)
		}
	}
	l.info = make(map[string]Info, len(l.val)+len(classes))
	for w, v := range l.val {
		l.info[w] = Info{Val: v}
	}
	for w, c := range classes {
		in := l.info[w]
		in.Class = c
		l.info[w] = in
	}
	return l, nil
}

func isAlpha(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; (c < 'a' || c > 'z') && c != '-' {
			return false
		}
	}
	return true
}

// inflections returns plausible inflected forms of an English word.
func inflections(w string) []string {
	out := []string{w + "s"}
	last := w[len(w)-1]
	switch {
	case last == 'e':
		out = append(out, w+"d", w[:len(w)-1]+"ing")
	case last == 'y' && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		out = append(out, w[:len(w)-1]+"ies", w[:len(w)-1]+"ied", w+"ing")
	case last == 's' || last == 'x' || last == 'h':
		out = append(out, w+"es", w+"ed", w+"ing")
	default:
		out = append(out, w+"ed", w+"ing")
	}
	return out
}

// Lookup returns what the lexicon knows of a lower-cased word.
func (l *Lexicon) Lookup(w string) Info { return l.info[w] }

// Words returns the words of which the lexicon knows something (a
// valence or a rule class): Lookup gives the zero Info for any other.
func (l *Lexicon) Words() []string {
	out := make([]string, 0, len(l.info))
	for w := range l.info {
		out = append(out, w)
	}
	return out
}

// Valence returns the valence of a lower-cased word, 0 if it has none.
func (l *Lexicon) Valence(w string) float64 { return float64(l.val[w]) }

// Len returns the number of words with a valence.
func (l *Lexicon) Len() int { return len(l.val) }

// Class is a word's role in the contextual rules.
type Class uint8

// Word classes.
const (
	None       Class = iota
	Negator          // not, never, no, without: flips what follows
	Booster          // very, extremely: strengthens what follows
	Dampener         // slightly, somewhat: weakens what follows
	Hedge            // may, reportedly, allegedly: weakens the clause
	Contrast         // but, however, yet: the clause after it dominates
	Concessive       // although, though, despite: its clause is backgrounded
	Breaker          // clause boundary for negation scope (and, or, because, who)
	Irrealis         // should, must, if, any: what follows is not asserted
)

var classes = map[string]Class{}

func init() {
	for _, w := range strings.Fields(`not no never n't nor neither none nobody nothing nowhere
		without cannot cant dont doesnt didnt isnt wasnt werent arent wont wouldnt couldnt shouldnt
		hasnt havent hadnt aint rarely seldom hardly barely scarcely lack lacked lacking lacks
		fail fails failed failing refuse refused refuses refusing deny denied denies denying
		avoid avoided avoids prevent prevented prevents`) {
		classes[w] = Negator
	}
	for _, w := range strings.Fields(`very extremely really highly deeply hugely enormously
		incredibly remarkably particularly especially exceptionally utterly totally completely
		entirely absolutely thoroughly most more so too truly seriously severely gravely
		increasingly greatly strongly fiercely bitterly sharply heavily widely massive
		major huge dramatically significantly substantially considerably`) {
		classes[w] = Booster
	}
	for _, w := range strings.Fields(`slightly somewhat partly partially marginally barely
		little less least fairly rather relatively modestly mildly moderately`) {
		classes[w] = Dampener
	}
	for _, w := range strings.Fields(`should must ought would if unless any expect expects
		expected hope hopes hoped wish wants wanted urged urges calls demanded demands`) {
		classes[w] = Irrealis
	}
	for _, w := range strings.Fields(`may might could possibly perhaps maybe
		reportedly allegedly apparently seemingly purportedly supposedly likely unlikely
		probably suspected appeared appears appear seemed seems seem if whether claimed
		purported`) {
		classes[w] = Hedge
	}
	for _, w := range strings.Fields(`but however yet nevertheless nonetheless whereas instead`) {
		classes[w] = Contrast
	}
	for _, w := range strings.Fields(`although though despite while whilst`) {
		classes[w] = Concessive
	}
	for _, w := range strings.Fields(`and or because since so who which that when where after before`) {
		if classes[w] == None {
			classes[w] = Breaker
		}
	}
	// "so" and "more"/"most" are boosters only before an evaluative word;
	// they stay boosters here because boosting applies only to words with
	// a valence.
	classes["so"] = Booster
}

func classBoost(c Class) float64 {
	switch c {
	case Booster:
		return boostStrength
	case Dampener:
		return -boostStrength
	}
	return 0
}

// boostStrength is VADER's booster increment.
const boostStrength = 0.293

// ClassOf returns the rule class of a lower-cased word.
func ClassOf(w string) Class { return classes[w] }

// Boost returns the strength of a booster (positive) or dampener
// (negative), 0 for other words.
func Boost(w string) float64 { return classBoost(classes[w]) }

// Rule constants, after VADER's: a negated valence is scaled by NegScale,
// a hedged one by HedgeScale; the clause before a contrast word counts
// BeforeContrast, the clause after it AfterContrast.
const (
	NegScale       = -0.74
	HedgeScale     = 0.8
	IrrealisScale  = 0.2
	BeforeContrast = 0.5
	AfterContrast  = 1.5
	// Alpha normalises a sum of valences into (-1, 1): s/sqrt(s²+Alpha).
	Alpha = 15
)

// Normalize maps a sum of valences into (-1, 1).
func Normalize(s float64) float64 {
	if s == 0 {
		return 0
	}
	return s / math.Sqrt(s*s+Alpha)
}

// A Token is the lexicon's view of one token of a sentence: its folded,
// lower-cased text and whether it is a word. Punctuation tokens carry
// their text too (",", ";", ":", "\"", "-").
type Token struct {
	Word   string
	IsWord bool
	Info   // the lexicon's entry for Word (see Lookup); zero for non-words
}

// Context computes the contextual valence of each token of one sentence:
// the word's lexicon valence, strengthened or weakened by boosters and
// dampeners up to three words before it, flipped and scaled by a negator
// up to three words before it within its clause, weakened by a hedge
// earlier in its clause, and weighted by contrast (the clause before "but"
// counts half, the one after it one and a half times; a clause opened by
// "although" or "despite" counts half), and all but blocked after an
// irrealis marker in its clause ("should be proportionate", "if it
// succeeds"), as in SO-CAL's irrealis blocking. out must have len(toks) entries;
// it is returned filled.
func (l *Lexicon) Context(toks []Token, out []float64) []float64 {
	out = out[:len(toks)]
	// Contrast weighting: find the last contrast word.
	lastContrast := -1
	for i, t := range toks {
		if t.IsWord && t.Class == Contrast && i > 0 {
			lastContrast = i
		}
	}
	hedged, irrealis := false, false
	concessiveUntil := -1
	for i, t := range toks {
		out[i] = 0
		if !t.IsWord {
			if isClauseBreak(t.Word) {
				hedged, irrealis = false, false
			}
			continue
		}
		switch t.Class {
		case Hedge:
			hedged = true
		case Irrealis:
			irrealis = true
		case Contrast:
			hedged, irrealis = false, false
		case Concessive:
			if concessiveUntil < i {
				concessiveUntil = clauseEnd(toks, i)
			}
		}
		v := float64(t.Val)
		if v == 0 {
			continue
		}
		// Boosters and dampeners, nearest first.
		for k, damp := 1, 1.0; k <= 3 && i-k >= 0; k, damp = k+1, damp-0.05 {
			p := toks[i-k]
			if !p.IsWord {
				break
			}
			if b := classBoost(p.Class); b != 0 {
				if v > 0 {
					v += b * damp
				} else {
					v -= b * damp
				}
				if (v > 0) != (t.Val > 0) {
					v = 0
				}
			}
		}
		// Negation within the clause, up to three words back.
		for k := 1; k <= 3 && i-k >= 0; k++ {
			p := toks[i-k]
			if !p.IsWord {
				if isClauseBreak(p.Word) {
					break
				}
				continue
			}
			pc := p.Class
			if pc == Negator {
				// "not only" does not negate.
				if i-k+1 < len(toks) && toks[i-k+1].Word == "only" {
					break
				}
				v *= NegScale
				break
			}
			if pc == Contrast || pc == Breaker {
				break
			}
		}
		if hedged {
			v *= HedgeScale
		}
		if irrealis {
			v *= IrrealisScale
		}
		if lastContrast >= 0 {
			if i < lastContrast {
				v *= BeforeContrast
			} else {
				v *= AfterContrast
			}
		}
		if i <= concessiveUntil {
			v *= BeforeContrast
		}
		out[i] = v
	}
	return out
}

func isClauseBreak(w string) bool {
	return w == "," || w == ";" || w == ":" || w == "-" || w == "." || w == "(" || w == ")"
}

// clauseEnd returns the index of the token ending the clause that starts at
// i: the next comma or semicolon, or the end of the sentence.
func clauseEnd(toks []Token, i int) int {
	for j := i + 1; j < len(toks); j++ {
		if !toks[j].IsWord && (toks[j].Word == "," || toks[j].Word == ";") {
			return j
		}
	}
	return len(toks) - 1
}
