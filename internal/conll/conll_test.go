package conll

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestChunks(t *testing.T) {
	for _, tc := range []struct {
		tags string
		want []Chunk
	}{
		{"O O", nil},
		{"I-PER I-PER O I-LOC", []Chunk{{0, 2, "PER"}, {3, 4, "LOC"}}},
		{"I-PER B-PER", []Chunk{{0, 1, "PER"}, {1, 2, "PER"}}},
		{"I-PER I-ORG", []Chunk{{0, 1, "PER"}, {1, 2, "ORG"}}},
		{"B-LOC I-LOC O B-MISC", []Chunk{{0, 2, "LOC"}, {3, 4, "MISC"}}},
		{"O I-MISC", []Chunk{{1, 2, "MISC"}}},
	} {
		got := Chunks(strings.Fields(tc.tags))
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("Chunks(%s) (-want +got):\n%s", tc.tags, diff)
		}
		if tc.want != nil {
			back := IOB1(got, len(strings.Fields(tc.tags)))
			if again := Chunks(back); !cmp.Equal(again, got) {
				t.Errorf("IOB1 round trip of %s: %v -> %v", tc.tags, back, again)
			}
		}
	}
}

func TestReadAndEvaluate(t *testing.T) {
	const corpus = `-DOCSTART- -X- O O

EU NNP I-NP I-ORG
rejects VBZ I-VP O
German JJ I-NP I-MISC
call NN I-NP O

Peter NNP I-NP I-PER
Blackburn NNP I-NP I-PER

-DOCSTART- -X- O O

BRUSSELS NNP I-NP I-LOC
`
	docs, err := Read(strings.NewReader(corpus))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || len(docs[0].Sentences) != 2 || len(docs[1].Sentences) != 1 {
		t.Fatalf("got %d docs: %+v", len(docs), docs)
	}
	if got := docs[0].Sentences[0].POS; !cmp.Equal(got, []string{"NNP", "VBZ", "JJ", "NN"}) {
		t.Errorf("POS of the first sentence = %v", got)
	}
	if two, err := Read(strings.NewReader("EU I-ORG\nrejects O\n")); err != nil || two[0].Sentences[0].POS != nil {
		t.Errorf("two columns: POS %v, error %v; want nil, nil", two[0].Sentences[0].POS, err)
	}
	if _, err := Read(strings.NewReader("EU NNP I-ORG\nrejects O\n")); err == nil {
		t.Error("want an error for a sentence whose lines change their number of columns")
	}
	var e Evaluation
	preds := [][]string{{"I-ORG", "O", "I-LOC", "O"}, {"I-PER", "O"}, {"I-LOC"}}
	i := 0
	for _, d := range docs {
		for _, s := range d.Sentences {
			if err := e.Add(s.Tags, preds[i]); err != nil {
				t.Fatal(err)
			}
			i++
		}
	}
	// Gold: ORG, MISC, PER(2 tokens), LOC. Found: ORG ok, LOC wrong type,
	// PER wrong span, LOC ok.
	if want := (Counts{Gold: 4, Found: 4, Correct: 2}); e.Overall != want {
		t.Errorf("overall = %+v, want %+v", e.Overall, want)
	}
	if e.ByType["LOC"].Found != 2 || e.ByType["LOC"].Correct != 1 || e.ByType["MISC"].Gold != 1 {
		t.Errorf("by type: LOC %+v MISC %+v", *e.ByType["LOC"], *e.ByType["MISC"])
	}
	if e.Tokens != 7 || e.CorrectTags != 5 {
		t.Errorf("tokens %d correct %d, want 7 and 5", e.Tokens, e.CorrectTags)
	}
	if f := e.Overall.F1(); f != 50 {
		t.Errorf("F1 = %v, want 50", f)
	}
	var b strings.Builder
	e.Format(&b)
	if !strings.Contains(b.String(), "found: 4 phrases; correct: 2.") {
		t.Errorf("report:\n%s", b.String())
	}
	if _, err := Read(strings.NewReader("lonely\n")); err == nil {
		t.Error("want an error for a line without a tag")
	}
}
