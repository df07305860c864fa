package ner

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsfacts/newsfacts/entities/internal/gazetteer"
)

func TestSpansTags(t *testing.T) {
	spans := []Span{{0, 2, PER}, {2, 3, LOC}, {4, 7, ORG}}
	tags := SpansToTags(spans, 8)
	var names []string
	for _, tg := range tags {
		names = append(names, tg.String())
	}
	want := "B-PER L-PER U-LOC O B-ORG I-ORG L-ORG O"
	if got := strings.Join(names, " "); got != want {
		t.Errorf("tags %s, want %s", got, want)
	}
	if back := TagsToSpans(nil, tags); !cmp.Equal(back, spans) {
		t.Errorf("round trip: %v", back)
	}
}

// TestViterbi compares the decoder with an exhaustive search over all
// well-formed sequences.
func TestViterbi(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := 0; trial < 40; trial++ {
		n := 1 + trial%4
		em := make([]float32, n*NumTags)
		for i := range em {
			em[i] = float32(rng.NormFloat64())
		}
		var tr transitions
		for a := range tr.trans {
			for b := range tr.trans[a] {
				tr.trans[a][b] = float32(rng.NormFloat64())
			}
			tr.start[a] = float32(rng.NormFloat64())
			tr.end[a] = float32(rng.NormFloat64())
		}
		got := make([]Tag, n)
		viterbi(got, append([]float32(nil), em...), compile(&tr))
		score := func(tags []Tag) float32 {
			s := tr.start[tags[0]] + tr.end[tags[n-1]]
			for i, tg := range tags {
				s += em[i*NumTags+int(tg)]
				if i > 0 {
					s += tr.trans[tags[i-1]][tg]
				}
			}
			return s
		}
		best, bestScore := []Tag(nil), negInf
		seq := make([]Tag, n)
		var walk func(i int)
		walk = func(i int) {
			if i == n {
				if allowedLast(seq[n-1]) {
					if s := score(seq); s > bestScore {
						best, bestScore = append([]Tag(nil), seq...), s
					}
				}
				return
			}
			for tg := Tag(0); tg < NumTags; tg++ {
				if i == 0 && !allowedFirst(tg) || i > 0 && !allowed(seq[i-1], tg) {
					continue
				}
				seq[i] = tg
				walk(i + 1)
			}
		}
		walk(0)
		if s := score(got); s < bestScore-1e-4 {
			t.Errorf("trial %d: viterbi %v scores %v, exhaustive %v scores %v", trial, got, s, best, bestScore)
		}
	}
}

func TestSentenceMode(t *testing.T) {
	for _, tc := range []struct {
		text string
		want mode
	}{
		{"Kazakhstan defends use of force against protesters", modeNormal},
		{"Kazakhstan Defends Use of Force Against Protesters", modeTitle},
		{"TENNIS - SPAIN HOLD ON FOR NARROW WIN", modeCaps},
		{"Martin Kessler", modeNormal},
		{"The Organization for Security and Cooperation in Europe said on Sunday it was worried .", modeNormal},
	} {
		var ws []*word
		for _, tok := range strings.Fields(tc.text) {
			w := newWord(tok, nil)
			ws = append(ws, &w)
		}
		if got := sentenceMode(ws); got != tc.want {
			t.Errorf("sentenceMode(%q) = %d, want %d", tc.text, got, tc.want)
		}
	}
}

func TestWords(t *testing.T) {
	w := newWord("McDonald’s", nil)
	if w.norm != "McDonald's" || w.low != "mcdonald's" || w.shape != "XxXxxxx'x" || w.short != "XxXx'x" {
		t.Errorf("word %+v", w)
	}
	if w.flags&(fInitCap|fMixed|fApos) != fInitCap|fMixed|fApos {
		t.Errorf("flags %b", w.flags)
	}
	if w := newWord("U.S.", nil); w.flags&fInitial == 0 || w.flags&fAllCaps == 0 {
		t.Errorf("U.S. flags %b", w.flags)
	}
	if w := newWord("1996-08-22", nil); w.low != "0000-00-00" || w.short != "d-d-d" {
		t.Errorf("date word %+v", w)
	}
	long := newWord(strings.Repeat("é", 1000), nil)
	if len(long.norm) > maxWordBytes {
		t.Errorf("long token kept %d bytes", len(long.norm))
	}
}

// tiny is a small training corpus in which capitalised words after "Mr"
// are persons and words after "in" are places.
func tiny() []Example {
	var out []Example
	people := []string{"Smith", "Jones", "Brown", "Kasymov", "Azubalis"}
	places := []string{"Paris", "Almaty", "Vilnius", "Zhanaozen", "Lima"}
	for i := range 30 {
		p, l := people[i%5], places[(i/5)%5]
		out = append(out, Example{
			Doc: Doc{
				strings.Fields("Mr " + p + " arrived in " + l + " on Monday ."),
				strings.Fields("He said the talks went well ."),
			},
			Spans: [][]Span{{{1, 2, PER}, {4, 5, LOC}}, nil},
		})
	}
	return out
}

func TestTrainEncodeDecode(t *testing.T) {
	g, err := gazetteer.Load([]byte("city\tParis\ngiven\tJohn\tM\n"))
	if err != nil {
		t.Fatal(err)
	}
	train := tiny()
	opts := TrainOptions{Epochs: 4, Seed: 7, Augment: 0.5}
	m, err := Train(train, train[:5], g, opts)
	if err != nil {
		t.Fatal(err)
	}
	doc := Doc{strings.Fields("Mr Kowalski arrived in Gdansk on Monday .")}
	want := [][]Span{{{1, 2, PER}, {4, 5, LOC}}}
	if got := m.Tag(doc); !cmp.Equal(got, want) {
		t.Errorf("trained model tags %v, want %v", got, want)
	}
	data := m.Encode()
	m2, err := Decode(data, g)
	if err != nil {
		t.Fatal(err)
	}
	if got := m2.Tag(doc); !cmp.Equal(got, want) {
		t.Errorf("decoded model tags %v, want %v", got, want)
	}
	if !bytes.Equal(m2.Encode(), data) {
		t.Error("decode then encode changed the bytes")
	}
	// Training is deterministic.
	m3, err := Train(train, train[:5], g, opts)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(m3.Encode(), data) {
		t.Error("a second training run gave a different model")
	}
	// Corrupt models are errors, not panics.
	for _, bad := range [][]byte{nil, []byte("nonsense"), data[:len(data)/2], append([]byte(magic), 0xff, 0xff)} {
		if _, err := Decode(bad, g); err == nil {
			t.Errorf("Decode of %d corrupt bytes succeeded", len(bad))
		}
	}
}

func TestTagEdgeCases(t *testing.T) {
	g, _ := gazetteer.Load(nil)
	m, err := Train(tiny(), nil, g, TrainOptions{Epochs: 2, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	out := m.Tag(Doc{nil, {""}, {strings.Repeat("x", 1<<16)}, {"\xff\xfe"}})
	if len(out) != 4 || out[0] != nil {
		t.Errorf("Tag on edge cases: %v", out)
	}
}
