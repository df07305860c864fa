package tsc

import (
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/analyzer"
	"github.com/newsfacts/newsfacts/analyzer/segment"
	"github.com/newsfacts/newsfacts/sentiment/internal/lexicon"
)

// shipped loads the model that package sentiment embeds.
func shipped(t testing.TB) *Model {
	t.Helper()
	data, err := os.ReadFile("model.bin.gz")
	if err != nil {
		t.Fatal(err)
	}
	m, err := Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// scorerTexts are news texts of the repository and texts written to reach
// the rarer paths: sentences longer than the window, quotations, negation,
// appositives, auxiliaries, words outside the model's vocabulary.
func scorerTexts(t testing.TB) []string {
	files, _ := filepath.Glob("../../../entities/testdata/news/*.txt")
	files = append(files, "../../testdata/articles.txt", "../../../testdata/zhanaozen.txt")
	var out []string
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, string(raw))
	}
	long := strings.Repeat("The mayor, who was not convicted, said “the police were brutal and corrupt” but Smith's allies, the embattled council, have been praised by critics and were killed in Zxqwv; ", 20)
	return append(out, long,
		"“It was a disgrace,” said Smith, who was later arrested by police.",
		"He was not being investigated, and she had been accused; they should be proportionate (if any).",
		"Kasymov’s men — the Qqzx brigade — were n't blamed: “never,” they insisted, however the mob attacked them.",
		strings.Repeat("not very good but bad, ", 200),
		"Police said “the riot was not very violent,” but 15 were killed.")
}

func TestScorerMatchesVector(t *testing.T) {
	m := shipped(t)
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	sc := m.NewScorer()
	if sc.f == nil || !sc.f.quant {
		t.Fatal("the shipped model has no fast path or no quantised vectors")
	}
	var s, plain Sentence
	var fs []Feat
	checked, maxDiff := 0, 0.0
	for _, text := range scorerTexts(t) {
		seg := segment.Segment(analyzer.NewDocument(text))
		lower := LowerASCII(text)
		for i := range seg.Sentences {
			sc.NewSentence(lex, text, lower, seg.SentenceTokens(i), &s)
			NewSentence(lex, text, lower, seg.SentenceTokens(i), &plain)
			if !slices.Equal(s.Toks, plain.Toks) || !slices.Equal(s.Val, plain.Val) {
				t.Fatalf("Scorer.NewSentence %v, NewSentence %v", s.Toks, plain.Toks)
			}
			sc.Prepare(&s)
			n := len(s.Toks)
			for a := range n {
				for b := a + 1; b <= min(n, a+4); b++ {
					if n > 60 && b != a+1 && a%7 != 0 {
						continue
					}
					got, speaker := sc.Predict(a, b)
					fs = m.Vector(&s, a, b, fs)
					want := m.Predict(fs)
					for c := range want {
						d := math.Abs(got[c] - want[c])
						maxDiff = max(maxDiff, d)
						if d > 1e-6 {
							t.Fatalf("%q, tokens %d-%d of %d: Scorer %v, Vector %v", text[s.Spans[a].Start:s.Spans[b-1].End], a, b, n, got, want)
						}
					}
					if sc.Demanded(a, b) != Demanded(&s, a, b) {
						t.Fatalf("tokens %d-%d: Demanded differs", a, b)
					}
					if speaker != IsSpeaker(&s, a, b) {
						t.Fatalf("tokens %d-%d: speaker %v", a, b, speaker)
					}
					checked++
				}
			}
		}
	}
	if checked < 10000 {
		t.Errorf("only %d targets checked", checked)
	}
	t.Logf("%d targets, largest difference %.2g", checked, maxDiff)
}

func TestScorerWithoutWordScores(t *testing.T) {
	// A model without word scores or representations takes the slow path.
	m := Train([]Example{{Feats: []Feat{{Index: featureIndex("bias", ""), Value: 1}}, Label: Positive}}, DefaultOptions)
	lex, _ := lexicon.Default()
	text := "The minister was praised."
	s := NewSentence(lex, text, LowerASCII(text), segment.SegmentText(text).Tokens, nil)
	sc := m.NewScorer()
	sc.Prepare(s)
	got, _ := sc.Predict(0, 2)
	if want := m.Predict(m.Vector(s, 0, 2, nil)); got != want {
		t.Errorf("Scorer %v, Vector %v", got, want)
	}
}

// BenchmarkScorer measures Prepare and Predict over the sentences of
// the repository's news texts, one target per word token.
func BenchmarkScorer(b *testing.B) {
	m := shipped(b)
	lex, err := lexicon.Default()
	if err != nil {
		b.Fatal(err)
	}
	var sents []*Sentence
	for _, text := range scorerTexts(b)[:10] {
		seg := segment.Segment(analyzer.NewDocument(text))
		lower := LowerASCII(text)
		for i := range seg.Sentences {
			sents = append(sents, NewSentence(lex, text, lower, seg.SentenceTokens(i), nil))
		}
	}
	for _, predict := range []bool{false, true} {
		name := "prepare"
		if predict {
			name = "predict"
		}
		b.Run(name, func(b *testing.B) {
			targets := 0
			for b.Loop() {
				sc := m.NewScorer()
				for _, s := range sents {
					sc.Prepare(s)
					if predict {
						for k := 0; k < len(s.Toks); k += 4 {
							sc.Predict(k, k+1)
							targets++
						}
					}
				}
				sc.Release()
			}
			b.ReportMetric(float64(targets)/float64(b.N), "targets/op")
		})
	}
}

func TestLowerASCII(t *testing.T) {
	for _, in := range []string{"", "abc", "ABC", "Zhanaozen OSCE", "É Ü ẞ Straße ÀB", "\xff\xfeAZ", "aZ[`@"} {
		want := []byte(in)
		for i, c := range want {
			if 'A' <= c && c <= 'Z' {
				want[i] = c + 32
			}
		}
		if got := LowerASCII(in); got != string(want) {
			t.Errorf("LowerASCII(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzScorer checks that the Scorer agrees with Predict(Vector) on every
// target of every sentence of any text.
func FuzzScorer(f *testing.F) {
	f.Add("“It was a disgrace,” said Smith, who was not later arrested by police; the mob, however, attacked.")
	f.Add(strings.Repeat("not very good but bad, ", 30))
	m := shipped(f)
	lex, err := lexicon.Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		seg := segment.Segment(analyzer.NewDocument(text))
		lower := LowerASCII(text)
		sc := m.NewScorer()
		defer sc.Release()
		var s Sentence
		for i := range seg.Sentences {
			sc.NewSentence(lex, text, lower, seg.SentenceTokens(i), &s)
			sc.Prepare(&s)
			n := len(s.Toks)
			for a := 0; a < n; a += 1 + n/50 {
				for b := a + 1; b <= min(n, a+3); b++ {
					got, _ := sc.Predict(a, b)
					want := m.Predict(m.Vector(&s, a, b, nil))
					for c := range want {
						if math.Abs(got[c]-want[c]) > 1e-6 {
							t.Fatalf("tokens %d-%d of %d: Scorer %v, Vector %v", a, b, n, got, want)
						}
					}
				}
			}
		}
	})
}

// TestLanes16 checks the lane arithmetic of the vector sums against
// int16 arithmetic, wrap-around included.
func TestLanes16(t *testing.T) {
	pack := func(v [4]int16) uint64 {
		var x uint64
		for i, u := range v {
			x |= uint64(uint16(u)) << (16 * i)
		}
		return x
	}
	vals := []int16{0, 1, -1, 127, -127, 32767, -32768, 12345, -23456, 255, -256}
	for _, a := range vals {
		for _, b := range vals {
			x, y := [4]int16{a, b, -a, b}, [4]int16{b, a, a, -b}
			var sum, diff [4]int16
			var sq int64
			for i := range x {
				sum[i], diff[i] = x[i]+y[i], x[i]-y[i]
				sq += int64(x[i]) * int64(x[i])
			}
			if got := add16(pack(x), pack(y)); got != pack(sum) {
				t.Errorf("add16(%v, %v) = %#x, want %v", x, y, got, sum)
			}
			if got := sub16(pack(x), pack(y)); got != pack(diff) {
				t.Errorf("sub16(%v, %v) = %#x, want %v", x, y, got, diff)
			}
			if got := squares16(pack(x)); got != sq {
				t.Errorf("squares16(%v) = %d, want %d", x, got, sq)
			}
		}
	}
}
