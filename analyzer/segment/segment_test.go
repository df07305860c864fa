package segment

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsfacts/newsfacts/analyzer"
)

// tokens returns the tokens of text as "text/kind" strings.
func tokens(text string) []string {
	r := SegmentText(text)
	out := make([]string, len(r.Tokens))
	for i, t := range r.Tokens {
		out[i] = text[t.Start:t.End] + "/" + t.Kind.String()
	}
	return out
}

func sentences(text string) []string {
	r := SegmentText(text)
	out := make([]string, len(r.Sentences))
	for i, s := range r.Sentences {
		out[i] = text[s.Start:s.End]
	}
	return out
}

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want string // space-separated text/kind
	}{
		{"Kazakhstan’s president", "Kazakhstan/word ’s/word president/word"},
		{"the workers' union", "the/word workers/word '/word union/word"},
		{"don't won’t", "do/word n't/word wo/word n’t/word"},
		{"O'Brien rock'n'roll", "O'Brien/word rock'n'roll/word"},
		{"a months-long sit-in by the chairperson-in-office", "a/word months-long/word sit-in/word by/word the/word chairperson-in-office/word"},
		{"15,000 people, 1.2 million, 3.5%", "15,000/number people/word ,/punct 1.2/number million/word ,/punct 3.5/number %/punct"},
		{"on Dec. 20 at 10:30 in the U.S. capital", "on/word Dec./word 20/number at/word 10:30/number in/word the/word U.S./word capital/word"},
		{"Gen. Lt. Mr. John F. Kennedy", "Gen./word Lt./word Mr./word John/word F./word Kennedy/word"},
		{"wait... what… no—yes -- maybe – ok", "wait/word .../punct what/word …/punct no/word —/dash yes/word --/dash maybe/word –/dash ok/word"},
		{"“Go,” he said. \"Now\"", "“/open-quote Go/word ,/punct ”/close-quote he/word said/word ./punct \"/open-quote Now/word \"/close-quote"},
		{"he said ‘no’ twice", "he/word said/word ‘/open-quote no/word ’/close-quote twice/word"},
		{"''Wow,'' she said, ``yes''", "''/open-quote Wow/word ,/punct ''/close-quote she/word said/word ,/punct ``/open-quote yes/word ''/close-quote"},
		{"the 20th time, 2011-12-20", "the/word 20th/number time/word ,/punct 2011-12-20/number"},
		{"AT&T and S&P; mail a@b.com or https://x.org/a.", "AT&T/word and/word S&P/word ;/punct mail/word a@b.com/url or/word https://x.org/a/url ./punct"},
		{"$15 (about €12)!?", "$/symbol 15/number (/punct about/word €/symbol 12/number )/punct !?/punct"},
		{"No. 5 but no.", "No./word 5/number but/word no/word ./punct"},
	}
	for _, tc := range tests {
		got := strings.Join(tokens(tc.in), " ")
		if got != tc.want {
			t.Errorf("tokens(%q)\n got %s\nwant %s", tc.in, got, tc.want)
		}
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "He left. She stayed! Why? Nobody knows.", []string{"He left.", "She stayed!", "Why?", "Nobody knows."}},
		{"month abbreviation", "It began on Dec. 16 in Zhanaozen. Police fired.", []string{"It began on Dec. 16 in Zhanaozen.", "Police fired."}},
		{"titles and initials", "Gen. Lt. Ivanov met Mr. J. R. Smith. They talked.", []string{"Gen. Lt. Ivanov met Mr. J. R. Smith.", "They talked."}},
		{"acronym mid-sentence", "The U.S. Embassy said so. The U.S. President agreed.", []string{"The U.S. Embassy said so.", "The U.S. President agreed."}},
		{"acronym at end", "He flew to the U.S. He stayed a week.", []string{"He flew to the U.S.", "He stayed a week."}},
		{"decimals", "Growth was 1.2 percent. Prices rose 3.5%.", []string{"Growth was 1.2 percent.", "Prices rose 3.5%."}},
		{"quote ends sentence", "He said: “It is over.” Then he left.", []string{"He said: “It is over.”", "Then he left."}},
		{"no split inside quotation", "“Nobody gave the order. Every officer decided. There was no need,” Kasymov said. He left.",
			[]string{"“Nobody gave the order. Every officer decided. There was no need,” Kasymov said.", "He left."}},
		{"question inside quotation", "“Why?” he asked. Nobody answered.", []string{"“Why?” he asked.", "Nobody answered."}},
		{"straight quotes", "\"Stop. Now,\" she said. It stopped.", []string{"\"Stop. Now,\" she said.", "It stopped."}},
		{"unbalanced quote does not swallow", "He said “it failed. Then it worked. Then it broke.", []string{"He said “it failed.", "Then it worked.", "Then it broke."}},
		{"ellipsis", "He paused... Then he spoke... and spoke.", []string{"He paused...", "Then he spoke... and spoke."}},
		{"parenthesis", "It ended (finally.) The end.", []string{"It ended (finally.)", "The end."}},
		{"lower-case after period", "It cost 5 p.m. prices. ok then.", []string{"It cost 5 p.m. prices. ok then."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, sentences(tc.in)); diff != "" {
				t.Errorf("sentences(%q) mismatch (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

func TestParagraphs(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want int
	}{
		{"blank lines", "One.\n\nTwo.\n\n\nThree.", 3},
		{"one per line", "First paragraph here.\nSecond one here.\nThird one.", 3},
		{"hard wrapped", "This sentence is wrapped\nacross several lines as in\nwire copy of the era.", 1},
		{"empty", "  \n\n ", 0},
	}
	for _, tc := range tests {
		if got := len(SegmentText(tc.in).Paragraphs); got != tc.want {
			t.Errorf("%s: %d paragraphs, want %d", tc.name, got, tc.want)
		}
	}
}

func TestZhanaozen(t *testing.T) {
	b, err := os.ReadFile("../../testdata/zhanaozen.txt")
	if err != nil {
		t.Fatal(err)
	}
	doc := analyzer.ParseArticle(string(b))
	r := Segment(doc)
	if got := r.Count(Body); got != 17 {
		t.Errorf("body paragraphs = %d, want 17", got)
	}
	if r.Count(Headline) != 1 || r.Count(Standfirst) != 1 {
		t.Errorf("headline, standfirst paragraphs = %d, %d; want 1, 1", r.Count(Headline), r.Count(Standfirst))
	}
	// The three-sentence quotation is one sentence with its attribution.
	found := false
	for _, s := range r.Sentences {
		txt := doc.Slice(s.Span)
		if strings.HasPrefix(txt, "“Nobody specifically") {
			found = strings.HasSuffix(txt, "Kasymov said.")
		}
		if strings.Contains(txt, "This story has been viewed") {
			t.Errorf("boilerplate segmented: %q", txt)
		}
	}
	if !found {
		t.Error("the quotation “Nobody specifically ...” was split or lost its attribution")
	}
	checkInvariants(t, doc.Text, r)
}

// checkInvariants verifies the structural guarantees of a Result.
func checkInvariants(t *testing.T, text string, r *Result) {
	t.Helper()
	prev := 0
	for i, tok := range r.Tokens {
		if err := tok.Check(text); err != nil {
			t.Fatalf("token %d: %v", i, err)
		}
		if tok.Len() == 0 || tok.Start < prev {
			t.Fatalf("token %d %v empty or out of order", i, tok.Span)
		}
		prev = tok.End
	}
	for i, s := range r.Sentences {
		if s.Tokens.Len() <= 0 || s.Start != r.Tokens[s.Tokens.Start].Start || s.End != r.Tokens[s.Tokens.End-1].End {
			t.Fatalf("sentence %d: span %v does not match tokens %v", i, s.Span, s.Tokens)
		}
		if i > 0 && r.Sentences[i-1].Tokens.End != s.Tokens.Start {
			t.Fatalf("sentence %d does not follow sentence %d", i, i-1)
		}
	}
	for i, p := range r.Paragraphs {
		if p.Sentences.Len() <= 0 || !p.Contains(r.Sentences[p.Sentences.Start].Span) || !p.Contains(r.Sentences[p.Sentences.End-1].Span) {
			t.Fatalf("paragraph %d: bad sentence range", i)
		}
	}
	if n := len(r.Sentences); n > 0 && r.Sentences[n-1].Tokens.End != len(r.Tokens) {
		t.Fatalf("last sentence ends at token %d of %d", r.Sentences[n-1].Tokens.End, len(r.Tokens))
	}
}

func TestHostileInput(t *testing.T) {
	inputs := []string{
		"",
		"\xff\xfe\xfd invalid \xc3 bytes \xe2\x80",
		strings.Repeat("x", 1<<20),
		strings.Repeat("A.", 1<<16),
		strings.Repeat("“", 5000) + strings.Repeat("”", 5000),
		strings.Repeat("ALL CAPS TEXT WITH NO END ", 2000),
		strings.Repeat("-'", 10000),
		strings.Repeat("1,000.", 10000),
	}
	for _, in := range inputs {
		r := SegmentText(in)
		checkInvariants(t, in, r)
	}
}

func FuzzSegment(f *testing.F) {
	f.Add("Kazakhstan’s president said on Dec. 20: “It is over.” He left.")
	f.Add("\xff\"'’-- ...\n\nA. B. U.S. 15,000 don't")
	f.Fuzz(func(t *testing.T, text string) {
		doc := analyzer.ParseArticle(text)
		checkInvariants(t, text, Segment(doc))
	})
}
