package tsc

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/analyzer"
	"github.com/newsfacts/newsfacts/analyzer/segment"
	"github.com/newsfacts/newsfacts/sentiment/internal/lexicon"
	"github.com/newsfacts/newsfacts/sentiment/internal/wordrep"
)

func prepare(t *testing.T, text, target string) (*Sentence, int, int) {
	t.Helper()
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	at := -1
	for i := 0; i+len(target) <= len(text); i++ {
		if text[i:i+len(target)] == target {
			at = i
			break
		}
	}
	cur := -1
	s, a, b, ok := SentenceFor(lex, text, LowerASCII(text), segment.SegmentText(text), analyzer.Span{Start: at, End: at + len(target)}, nil, &cur)
	if !ok {
		t.Fatalf("%q not found in a sentence", target)
	}
	return s, a, b
}

func names(s *Sentence, a, b int) map[string]float32 {
	out := map[string]float32{}
	Features(s, a, b, nil, nil, func(kind, name string, v float32) { out[kind+"|"+name] += v })
	return out
}

func TestFeatures(t *testing.T) {
	s, a, b := prepare(t, "“It was a disgrace,” said Smith, who was later arrested by police.", "Smith")
	if s.Toks[a].Word != "smith" || b != a+1 {
		t.Fatalf("target tokens %d-%d: %q", a, b, s.Toks[a].Word)
	}
	f := names(s, a, b)
	for _, want := range []string{"speaker|", "L1|said", "R1|,", "w|disgrace", "lexw-|disgrace", "bias|"} {
		if f[want] == 0 {
			t.Errorf("missing feature %s in %v", want, f)
		}
	}
	if f["inquote|"] != 0 {
		t.Error("speaker marked as quoted")
	}
	s, a, b = prepare(t, "The minister was killed in the attack.", "The minister")
	f = names(s, a, b)
	if f["aux|killed"] == 0 || f["start|"] == 0 {
		t.Errorf("passive frame or sentence start missing: %v", f)
	}
}

// The approximate syntactic role of a target and what describes it.
func TestRoleFeatures(t *testing.T) {
	for _, tt := range []struct {
		text, target string
		want, not    []string
	}{
		{"The senator was convicted of fraud.", "The senator", []string{"role|subj", "pred|convicted", "rolelex|subjR"}, []string{"role|obj", "gov|convicted"}},
		{"Critics praised the senator on Monday.", "the senator", []string{"role|obj", "gov|praised", "gov|#pos", "rolelex|objL"}, []string{"role|subj"}},
		{"Smith, the disgraced former mayor, spoke.", "Smith", []string{"aplex|ap", "apw|disgraced", "apw|mayor"}, []string{"aplex|rel"}},
		{"Smith, who was convicted of fraud, spoke.", "Smith", []string{"aplex|rel"}, []string{"apw|convicted"}},
	} {
		s, a, b := prepare(t, tt.text, tt.target)
		f := names(s, a, b)
		for _, w := range tt.want {
			if f[w] == 0 {
				t.Errorf("%q in %q: missing %s in %v", tt.target, tt.text, w, f)
			}
		}
		for _, w := range tt.not {
			if f[w] != 0 {
				t.Errorf("%q in %q: unexpected %s", tt.target, tt.text, w)
			}
		}
	}
}

// toyReps are word representations learned from a few made-up sentences.
func toyReps() *wordrep.Reps {
	var corpus [][]string
	for _, v := range []string{"attacked", "criticized", "praised", "thanked"} {
		for range 20 {
			corpus = append(corpus, []string{"the", "senator", v, "the", "governor", "today"})
		}
	}
	return wordrep.Build(corpus, wordrep.Options{MinCount: 2, MaxVocab: 100, Window: 2, Dim: 4, Sizes: []int{2, 3}, Seed: 1}, nil)
}

// With word representations, the near neighbours' clusters and the mean
// vectors of the context are features; words the representations lack
// add none.
func TestRepresentationFeatures(t *testing.T) {
	reps := toyReps()
	s, a, b := prepare(t, "Critics attacked the senator today.", "the senator")
	f := map[string]float32{}
	Features(s, a, b, nil, reps, func(kind, name string, v float32) { f[kind+"|"+name] += v })
	c := reps.Clusters("attacked")
	for _, want := range []string{fmt.Sprintf("L1c|0:%d", c[0]), fmt.Sprintf("L1c|1:%d", c[1]), "eL|0", "eR|3", "eC|0", "eS|0"} {
		if _, ok := f[want]; !ok {
			t.Errorf("missing %s in %v", want, f)
		}
	}
	if v := reps.Vector("attacked"); f["eL|1"] != embedScale*v[1] {
		t.Errorf("eL|1 = %v, want %v (the only left neighbour's vector, scaled)", f["eL|1"], embedScale*v[1])
	}
	s, a, b = prepare(t, "Zorblat grunched the senator.", "the senator")
	f = map[string]float32{}
	Features(s, a, b, nil, reps, func(kind, name string, v float32) { f[kind+"|"+name] += v })
	for k := range f {
		if strings.HasPrefix(k, "eL|") || strings.HasPrefix(k, "L1c|") {
			t.Errorf("unknown word gave feature %s", k)
		}
	}
}

func TestTokenRange(t *testing.T) {
	s, _, _ := prepare(t, "Police arrested Brown yesterday.", "Brown")
	for _, tt := range []struct {
		sp   analyzer.Span
		a, b int
		ok   bool
	}{
		{analyzer.Span{Start: 16, End: 21}, 2, 3, true},
		{analyzer.Span{Start: 17, End: 19}, 2, 3, true},  // inside a token
		{analyzer.Span{Start: 0, End: 21}, 0, 3, true},   // several tokens
		{analyzer.Span{Start: 16, End: 16}, 2, 3, true},  // empty: the token containing it
		{analyzer.Span{Start: 40, End: 41}, 0, 0, false}, // past the sentence
	} {
		a, b, ok := s.TokenRange(tt.sp)
		if a != tt.a || b != tt.b || ok != tt.ok {
			t.Errorf("TokenRange(%v) = %d, %d, %v; want %d, %d, %v", tt.sp, a, b, ok, tt.a, tt.b, tt.ok)
		}
	}
}

// Training on a separable toy problem learns it, deterministically, and
// the model survives encoding.
func TestTrainEncode(t *testing.T) {
	var ex []Example
	for i := range 60 {
		label := i % 3
		fs := []Feat{{Index: 1, Value: 1}, {Index: uint32(10 + label), Value: 1}, {Index: uint32(100 + i), Value: 0.5}}
		ex = append(ex, Example{Feats: fs, Label: label, Group: i})
	}
	opt := DefaultOptions
	opt.Epochs = 10
	m := Train(ex, opt)
	for _, e := range ex[:3] {
		p := m.Predict(e.Feats)
		best := 0
		for c := range p {
			if p[c] > p[best] {
				best = c
			}
		}
		if best != e.Label {
			t.Errorf("example of class %d predicted %v", e.Label, p)
		}
	}
	m.Words = LearnWordScores([]Context{{Words: []string{"good", "day"}, Label: Positive}, {Words: []string{"good"}, Label: Positive}, {Words: []string{"good", "bad"}, Label: Negative}})
	m.Reps = toyReps()
	data, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	m2, err := Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if m2.Len() != m.Len() || m2.Words.Len() != 1 || m2.Reps.Len() != m.Reps.Len() || m2.Reps.Dim != 4 {
		t.Fatalf("decoded %d features, %d words, %d represented; want %d, 1, %d", m2.Len(), m2.Words.Len(), m2.Reps.Len(), m.Len(), m.Reps.Len())
	}
	p1, p2 := m.Predict(ex[0].Feats), m2.Predict(ex[0].Feats)
	for c := range p1 {
		if math.Abs(p1[c]-p2[c]) > 1e-6 {
			t.Errorf("decoded model predicts %v, want %v", p2, p1)
		}
	}
	if again := Train(ex, opt); again.Predict(ex[5].Feats) != m.Predict(ex[5].Feats) {
		t.Error("training is not deterministic")
	}
	for _, bad := range [][]byte{nil, []byte("garbage"), data[:len(data)/2]} {
		if _, err := Decode(bad); err == nil {
			t.Errorf("Decode of %d bad bytes: no error", len(bad))
		}
	}
}

func TestEmbeddedModelLoads(t *testing.T) {
	// The shipped model is embedded by package sentiment; here, a model
	// trained on nothing still predicts a distribution.
	m := Train(nil, DefaultOptions)
	p := m.Predict([]Feat{{Index: 3, Value: 1}})
	if math.Abs(p[0]+p[1]+p[2]-1) > 1e-9 {
		t.Errorf("probabilities %v do not sum to 1", p)
	}
}

// TestLowerASCIIAligned compares LowerASCII with lowering byte by byte, on every
// byte value at every offset of a 64-byte block.
func TestLowerASCIIAligned(t *testing.T) {
	var all []byte
	for c := range 256 {
		all = append(all, byte(c))
	}
	for off := range 65 {
		text := strings.Repeat("x", off) + string(all) + "ÀZéA"
		want := []byte(text)
		for i, c := range want {
			if c >= 'A' && c <= 'Z' {
				want[i] = c + 'a' - 'A'
			}
		}
		if got := LowerASCII(text); got != string(want) {
			t.Fatalf("offset %d: LowerASCII(%q) = %q, want %q", off, text, got, want)
		}
	}
}
