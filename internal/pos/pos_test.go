package pos

import (
	"strings"
	"sync"
	"testing"
	"unsafe"

	"github.com/newsfacts/newsfacts/analyzer/segment"
)

func model(t testing.TB) *Model {
	t.Helper()
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// tagged returns "word/TAG" for each token of text.
func tagged(m *Model, text string) string {
	seg := segment.SegmentText(text)
	tags := m.TagDocument(text, seg)
	var b []string
	for i, tok := range seg.Tokens {
		b = append(b, tok.Span.In(text)+"/"+tags[i].String())
	}
	return strings.Join(b, " ")
}

// TestTagger checks the tags that analysers rely on most: the verb forms
// that show tense, in sentences written for this test.
func TestTagger(t *testing.T) {
	m := model(t)
	for _, c := range []struct {
		text string
		want []string // word/TAG pairs that must be in the tagging
	}{
		{"The minister said on Sunday that force would be used.", []string{"said/VBD", "Sunday/NNP", "would/MD", "be/VB", "used/VBN"}},
		{"Police have arrested three men and will question them on Friday.", []string{"have/VBP", "arrested/VBN", "will/MD", "question/VB", "men/NNS"}},
		{"The company, which reported a loss, plans to cut 200 jobs.", []string{"reported/VBD", "plans/VBZ", "to/TO", "cut/VB", "200/CD"}},
		{"Her vacation plans were cancelled.", []string{"plans/NNS", "were/VBD", "cancelled/VBN"}},
		{"The strike, which began in March, is expected to end next week.", []string{"which/WDT", "began/VBD", "is/VBZ", "expected/VBN", "end/VB"}},
		{"He doesn’t know “who” did it.", []string{"does/VBZ", "n’t/RB", "know/VB", "did/VBD"}},
	} {
		got := " " + tagged(m, c.text) + " "
		for _, w := range c.want {
			if !strings.Contains(got, " "+w+" ") {
				t.Errorf("%q: want %s in\n%s", c.text, w, got)
			}
		}
	}
}

func TestTagDocument(t *testing.T) {
	m := model(t)
	text := "Talks resumed on Monday. They failed.\n\nA second round is due in May."
	seg := segment.SegmentText(text)
	tags := m.TagDocument(text, seg)
	if len(tags) != len(seg.Tokens) {
		t.Fatalf("%d tags for %d tokens", len(tags), len(seg.Tokens))
	}
	if got := tagged(m, text); !strings.Contains(got, "failed/VBD") || !strings.Contains(got, "./.") {
		t.Errorf("tagging: %s", got)
	}
}

// TestHostile checks that any input is tagged without a panic, one tag per
// token.
func TestHostile(t *testing.T) {
	m := model(t)
	for _, toks := range [][]string{
		nil,
		{""},
		{strings.Repeat("x", 1<<20)},
		{"\xff\xfe", "é\x80", "日本語"},
		strings.Fields(strings.Repeat("ALL CAPS WORDS ", 500)),
	} {
		if got := m.Tag(toks, nil); len(got) != len(toks) {
			t.Errorf("%d tags for %d tokens", len(got), len(toks))
		}
	}
}

// TestConcurrent tags the same text from several goroutines (run with
// -race): the results must agree.
func TestConcurrent(t *testing.T) {
	m := model(t)
	text := "Workers walked out on Monday; the union said the strike would last a week, and hundreds of Fuzzywugs joined."
	want := tagged(m, text)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if got := tagged(m, text); got != want {
				t.Errorf("concurrent tagging differs:\n%s\n%s", got, want)
			}
		}()
	}
	wg.Wait()
}

// TestTrainAndEncode trains a model on a toy corpus: it must learn it, and
// survive encoding and decoding unchanged.
func TestTrainAndEncode(t *testing.T) {
	mk := func(s string) Sentence {
		var out Sentence
		for _, f := range strings.Fields(s) {
			w, tag, _ := strings.Cut(f, "/")
			tg, ok := ParseTag(tag)
			if !ok {
				t.Fatalf("bad tag %q", tag)
			}
			out.Tokens = append(out.Tokens, w)
			out.Tags = append(out.Tags, tg)
		}
		return out
	}
	train := []Sentence{
		mk("The/DT dog/NN barked/VBD ./."),
		mk("A/DT cat/NN slept/VBD ./."),
		mk("The/DT dogs/NNS bark/VBP ./."),
		mk("Cats/NNS will/MD sleep/VB ./."),
	}
	m, err := Train(train, TrainOptions{Epochs: 5, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	if c, n := Accuracy(m, train); c != n {
		t.Errorf("training accuracy %d/%d", c, n)
	}
	data := m.Encode()
	back, err := Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if string(back.Encode()) != string(data) {
		t.Error("the model changed in an encoding round trip")
	}
	m2, _ := Train(train, TrainOptions{Epochs: 5, Seed: 1})
	if string(m2.Encode()) != string(data) {
		t.Error("training is not deterministic")
	}
	for _, bad := range [][]byte{nil, []byte(magic), append([]byte(magic), 1, 2, 3), data[:len(data)-3]} {
		if _, err := Decode(bad); err == nil {
			t.Errorf("Decode(%d bytes) accepted a corrupt model", len(bad))
		}
	}
	if _, err := Train([]Sentence{{Tokens: []string{"a"}}}, TrainOptions{}); err == nil {
		t.Error("want an error for a sentence without tags")
	}
}

func TestParseTag(t *testing.T) {
	for tg := Tag(0); tg < NumTags; tg++ {
		if back, ok := ParseTag(tg.String()); !ok || back != tg {
			t.Errorf("ParseTag(%s) = %v, %v", tg, back, ok)
		}
	}
	if tg, ok := ParseTag("NN|SYM"); !ok || tg != NN {
		t.Errorf("ParseTag(NN|SYM) = %v, %v", tg, ok)
	}
	if _, ok := ParseTag("XYZ"); ok {
		t.Error("ParseTag(XYZ) accepted")
	}
	if !VBD.IsFinite() || VBN.IsFinite() || !MD.IsVerb() || !NNPS.IsNoun() || VB.IsNoun() {
		t.Error("tag classes are wrong")
	}
}

// TestNoRetainedText checks that the tagger's caches keep no reference
// into a text it tagged: an archive's documents must not stay in memory.
func TestNoRetainedText(t *testing.T) {
	m := model(t)
	text := strings.Repeat("Zzyzxville officials said Quuxtown "+strings.Repeat("x", 100)+" was flooded. ", 3)
	seg := segment.SegmentText(text)
	m.TagDocument(text, seg)
	lo := uintptr(unsafe.Pointer(unsafe.StringData(text)))
	hi := lo + uintptr(len(text))
	inText := func(s string) bool {
		p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
		return len(s) > 0 && p >= lo && p < hi
	}
	found := 0
	for i := range m.cache {
		if e := m.cache[i].Load(); e != nil {
			if inText(e.tok) {
				t.Errorf("cached entry %q points into the tagged text", e.tok)
			}
			if e.tok == "Zzyzxville" {
				found++
			}
		}
	}
	for i := range m.vecs {
		if e := m.vecs[i].Load(); e != nil && inText(e.tok) {
			t.Errorf("vocabulary entry %q points into the tagged text", e.tok)
		}
	}
	if found != 1 {
		t.Errorf("the unknown word is cached %d times, want 1", found)
	}
}
