package sentiment_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/analyzer"
	"github.com/newsfacts/newsfacts/analyzer/analyzertest"
	"github.com/newsfacts/newsfacts/entities"
	"github.com/newsfacts/newsfacts/sentiment"
)

func run(t testing.TB, doc *analyzer.Document) *sentiment.Result {
	t.Helper()
	p := analyzer.MustPipeline(sentiment.Analyzer)
	r, err := p.Run(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	res, err := analyzer.Get(r, sentiment.Analyzer)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func sentenceFacts(_ *analyzer.Document, r *sentiment.Result) []analyzertest.Fact {
	var fs []analyzertest.Fact
	for _, s := range r.Sentences {
		fs = append(fs, analyzertest.Fact{Span: s.Span, Label: string(s.Label)})
	}
	return fs
}

func spans(_ *analyzer.Document, r *sentiment.Result) []analyzer.Span {
	var out []analyzer.Span
	for _, s := range r.Sentences {
		out = append(out, s.Span)
	}
	for _, t := range r.Targets {
		out = append(out, t.Span)
	}
	return out
}

// The example article: the document is negative, and so are the sentences
// about the killings, the mob and the treatment of detainees.
func TestZhanaozen(t *testing.T) {
	doc, res := analyzertest.Run(t, "testdata/zhanaozen.txt", sentiment.Analyzer,
		analyzertest.Config{Partial: true, Labels: func(l string) bool { return l == "negative" }}, sentenceFacts)
	if res.Label != sentiment.Negative || res.Score >= 0 {
		t.Errorf("document: got %s (%.2f), want negative", res.Label, res.Score)
	}
	if len(res.Sentences) == 0 || len(doc.Targets) != 0 {
		t.Fatalf("got %d sentences", len(res.Sentences))
	}
}

// Entity sentiment on the example article: every cluster is scored, and
// the Kazakh state, whose forces killed protesters, is not seen
// positively.
func TestZhanaozenEntities(t *testing.T) {
	raw, err := os.ReadFile("../testdata/zhanaozen.txt")
	if err != nil {
		t.Fatal(err)
	}
	doc := analyzer.ParseArticle(string(raw))
	p := analyzer.MustPipeline(sentiment.Analyzer)
	r, err := p.Run(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	res, _ := analyzer.Get(r, sentiment.Analyzer)
	ents, _ := analyzer.Get(r, entities.Analyzer)
	if len(res.Entities) != len(ents.Entities) || len(res.Entities) == 0 {
		t.Fatalf("got %d entity scores for %d entities", len(res.Entities), len(ents.Entities))
	}
	found := false
	for _, e := range res.Entities {
		if e.Mentions == 0 || e.Score < -1 || e.Score > 1 {
			t.Errorf("entity %d: %+v", e.Entity, e)
		}
		if ents.Entities[e.Entity].Name == "Kazakhstan" {
			found = true
			if e.Label == sentiment.Positive {
				t.Errorf("toward Kazakhstan: %s (%.2f), want not positive", e.Label, e.Score)
			}
		}
	}
	if !found {
		t.Error("no entity Kazakhstan")
	}
	// Without entities, the analyser leaves them out.
	noEnt := sentiment.New(sentiment.Options{NoEntities: true, Name: "sentiment-noentities"})
	if got := run2(t, noEnt, doc); got.Entities != nil || got.Label != res.Label {
		t.Errorf("NoEntities: entities %v, label %s", got.Entities, got.Label)
	}
}

func run2(t *testing.T, a *analyzer.Analyzer[*sentiment.Result], doc *analyzer.Document) *sentiment.Result {
	t.Helper()
	r, err := analyzer.MustPipeline(a).Run(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	res, err := analyzer.Get(r, a)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// The OSCE's call for proportionate action is not praise of the Kazakh
// authorities: neither the sentence nor the sentiment toward "law
// enforcement" in it is positive.
func TestZhanaozenOSCE(t *testing.T) {
	raw, err := os.ReadFile("../testdata/zhanaozen.txt")
	if err != nil {
		t.Fatal(err)
	}
	doc := analyzer.ParseArticle(string(raw))
	const sent = "“Any action to control crowds by law enforcement should be proportionate and in line with international human rights standards,” he said."
	at := strings.Index(doc.Text, sent)
	if at < 0 {
		t.Fatal("OSCE sentence not found")
	}
	le := at + strings.Index(sent, "law enforcement")
	doc.Targets = []analyzer.Span{{Start: le, End: le + len("law enforcement")}}
	res := run(t, doc)
	for _, s := range res.Sentences {
		if s.Span.Contains(doc.Targets[0]) && s.Label == sentiment.Positive {
			t.Errorf("OSCE sentence is %s (%.2f), want not positive", s.Label, s.Score)
		}
	}
	if got := res.Targets[0]; got.Label == sentiment.Positive {
		t.Errorf("toward law enforcement: %s (%.2f), want not positive", got.Label, got.Score)
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		text string
		want sentiment.Label
	}{
		{"At least 15 people were killed in the clashes.", sentiment.Negative},
		{"The rescue was a great success.", sentiment.Positive},
		{"The rescue was not a success.", sentiment.Negative},
		{"The talks did not fail.", sentiment.Positive},
		{"The committee met on Tuesday to discuss the budget.", sentiment.Neutral},
		{"Police said the man was taken to hospital.", sentiment.Neutral},
		{"The plan was popular at first, but it ended in disaster.", sentiment.Negative},
		{"Although the campaign was troubled, the result was a triumph.", sentiment.Positive},
		{"He likes to walk, like his father.", sentiment.Neutral},
		{"The party met in the capital.", sentiment.Neutral},
		{"Rioters torched cars and looted shops.", sentiment.Negative},
		{"The governor praised the volunteers.", sentiment.Positive},
		{"The hospital was very badly damaged.", sentiment.Negative},
	}
	for _, tt := range tests {
		s, l := sentiment.ScoreText(tt.text)
		if l != tt.want {
			t.Errorf("%q: got %s (%.3f), want %s", tt.text, l, s, tt.want)
		}
	}
}

// Rule effects compared on minimal pairs: each pair's first text must
// score below (more negative than) its second.
func TestRuleOrder(t *testing.T) {
	tests := []struct{ lower, higher, rule string }{
		{"The attack was very brutal.", "The attack was brutal.", "booster"},
		{"The attack was brutal.", "The attack was slightly brutal.", "dampener"},
		{"The attack was brutal.", "The attack was allegedly brutal.", "hedge"},
		{"The plan was good.", "The plan was very good.", "booster, positive"},
		{"The plan was good, but costly.", "The plan was costly, but good.", "contrast"},
		{"The plan was not good.", "The plan was good.", "negation"},
		{"The plan was not bad.", "The plan was good.", "negation of a negative is weaker than a positive"},
	}
	for _, tt := range tests {
		lo, _ := sentiment.ScoreText(tt.lower)
		hi, _ := sentiment.ScoreText(tt.higher)
		if !(lo < hi) {
			t.Errorf("%s: %q %.3f should be below %q %.3f", tt.rule, tt.lower, lo, tt.higher, hi)
		}
	}
}

func TestTargets(t *testing.T) {
	tests := []struct {
		text, target string
		want         sentiment.Label
	}{
		{"The senator was sharply criticized for his handling of the crisis.", "The senator", sentiment.Negative},
		{"Critics praised Smith for her courageous stand against corruption.", "Smith", sentiment.Positive},
		{"Johnson was indicted on charges of fraud and bribery.", "Johnson", sentiment.Negative},
		{"The minister will visit Paris on Tuesday.", "The minister", sentiment.Neutral},
	}
	for _, tt := range tests {
		at := strings.Index(tt.text, tt.target)
		got, err := sentiment.ScoreTargets(tt.text, []analyzer.Span{{Start: at, End: at + len(tt.target)}})
		if err != nil {
			t.Fatal(err)
		}
		if got[0].Label != tt.want {
			t.Errorf("%q toward %q: got %s (%.2f, %.2f), want %s", tt.text, tt.target, got[0].Label, got[0].Score, got[0].Probabilities, tt.want)
		}
		if got[0].Score < -1 || got[0].Score > 1 {
			t.Errorf("score %v out of range", got[0].Score)
		}
	}
}

func TestTargetsSpeaker(t *testing.T) {
	for _, tt := range []struct {
		text, target string
		want         bool
	}{
		{"“The attack was a disgrace,” Smith said.", "Smith", true},
		{"Smith said: “We will rebuild.”", "Smith", true},
		{"“Smith is a disgrace,” the mayor said.", "Smith", false},
		{"Smith said the attack was a disgrace.", "Smith", false},
	} {
		at := strings.Index(tt.text, tt.target)
		got, err := sentiment.ScoreTargets(tt.text, []analyzer.Span{{Start: at, End: at + len(tt.target)}})
		if err != nil {
			t.Fatal(err)
		}
		if got[0].Speaker != tt.want {
			t.Errorf("%q: %q speaker = %v, want %v", tt.text, tt.target, got[0].Speaker, tt.want)
		}
	}
}

// A demand on a party is not praise of it.
func TestTargetsDemanded(t *testing.T) {
	for _, tt := range []struct{ text, target string }{
		{"The security forces must show restraint and respect the rights of peaceful protesters, the envoy said.", "The security forces"},
		{"Any response by the government should be fair, transparent and proportionate.", "the government"},
	} {
		at := strings.Index(tt.text, tt.target)
		got, err := sentiment.ScoreTargets(tt.text, []analyzer.Span{{Start: at, End: at + len(tt.target)}})
		if err != nil {
			t.Fatal(err)
		}
		if got[0].Label == sentiment.Positive {
			t.Errorf("%q toward %q: got positive (%.2f), want not positive", tt.text, tt.target, got[0].Score)
		}
	}
}

func TestTargetsOrderAndErrors(t *testing.T) {
	text := "Police arrested Brown. Green won an award."
	spans := []analyzer.Span{{Start: 36, End: 41}, {Start: 16, End: 21}, {Start: 0, End: 0}}
	got, err := sentiment.ScoreTargets(text, spans)
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range spans {
		if got[i].Span != s {
			t.Errorf("target %d: span %v, want %v", i, got[i].Span, s)
		}
	}
	if _, err := sentiment.ScoreTargets(text, []analyzer.Span{{Start: 5, End: 100}}); err == nil || !strings.Contains(err.Error(), "target 0") {
		t.Errorf("out-of-range target: err = %v, want one naming target 0", err)
	}
	doc := analyzer.NewDocument(text)
	doc.Targets = []analyzer.Span{{Start: 36, End: 41}, {Start: 16, End: 21}}
	res := run(t, doc)
	if len(res.Targets) != 2 || res.Targets[0].Span != doc.Targets[0] || res.Targets[1].Span != doc.Targets[1] {
		t.Errorf("analyser targets %+v do not answer %v in order", res.Targets, doc.Targets)
	}
}

func TestContract(t *testing.T) {
	raw, err := os.ReadFile("testdata/articles.txt")
	if err != nil {
		t.Fatal(err)
	}
	z, err := os.ReadFile("../testdata/zhanaozen.txt")
	if err != nil {
		t.Fatal(err)
	}
	analyzertest.Contract(t, sentiment.Analyzer, spans, string(raw), string(z))
}

func FuzzSentiment(f *testing.F) {
	analyzertest.Fuzz(f, sentiment.Analyzer, spans, "The minister was not very happy, but he said “nothing failed.”")
}

// Targets given on a document under fuzzing: any valid span scores
// without error.
func FuzzScoreTargets(f *testing.F) {
	f.Add("Police arrested Brown. “Green won,” he said.", 16, 21)
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		sp := analyzer.Span{Start: start, End: end}
		got, err := sentiment.ScoreTargets(text, []analyzer.Span{sp})
		if sp.Check(text) != nil {
			if err == nil {
				t.Fatalf("invalid span %v accepted", sp)
			}
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		if s := got[0].Score; s < -1 || s > 1 {
			t.Fatalf("score %v", s)
		}
	})
}
