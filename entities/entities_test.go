package entities

import (
	"context"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsfacts/newsfacts/analyzer"
	"github.com/newsfacts/newsfacts/analyzer/analyzertest"
)

// TestZhanaozen checks every linked mention of the example article, written
// inline in testdata/zhanaozen.txt: names with their types and clusters,
// nominal mentions and pronouns with the entity they refer to.
func TestZhanaozen(t *testing.T) {
	_, res := analyzertest.Run(t, "testdata/zhanaozen.txt", Analyzer, analyzertest.Config{}, entityFacts)

	byName := map[string]Entity{}
	for _, e := range res.Entities {
		byName[e.Name] = e
	}
	kasymov := byName["Kalmukhambet Kasymov"]
	names := 0
	for _, m := range res.MentionsOf(kasymov.ID - 1) {
		if m.Kind == Name && strings.Contains(m.Text, "Kasymov") {
			names++
		}
	}
	if names != 6 { // the full name and five "Kasymov"
		t.Errorf("Kasymov has %d name mentions, want 6", names)
	}

	// Roles, with what they belong to.
	roleOf := func(person, title string) (Role, bool) {
		for _, r := range byName[person].Roles {
			if r.Title == title {
				return r, true
			}
		}
		return Role{}, false
	}
	for _, tc := range []struct{ person, title, of string }{
		{"Kalmukhambet Kasymov", "interior minister", "Kazakhstan"},
		{"Audronius Azubalis", "foreign minister", "Lithuanian"},
		{"Audronius Azubalis", "chairperson-in-office", "Organization for Security and Cooperation in Europe"},
	} {
		r, ok := roleOf(tc.person, tc.title)
		if !ok {
			t.Errorf("%s: no role %q; roles %+v", tc.person, tc.title, byName[tc.person].Roles)
			continue
		}
		if r.Of < 0 || res.Entities[r.Of].Name != tc.of {
			t.Errorf("%s, %s: of entity %d, want %s", tc.person, tc.title, r.Of, tc.of)
		}
	}

	// Demonyms point to their countries.
	if k := byName["Kazakh"]; k.Country != "Kazakhstan" || k.CountryEntity < 0 || res.Entities[k.CountryEntity].Name != "Kazakhstan" {
		t.Errorf("Kazakh: country %q, entity %d", k.Country, k.CountryEntity)
	}
	if l := byName["Lithuanian"]; l.Country != "Lithuania" || l.CountryEntity != -1 {
		t.Errorf("Lithuanian: country %q, entity %d (Lithuania is not mentioned)", l.Country, l.CountryEntity)
	}
	// IDs are index+1, in order of first mention.
	for i, e := range res.Entities {
		if e.ID != i+1 {
			t.Errorf("entity %d has ID %d", i, e.ID)
		}
		if i > 0 && res.Mentions[e.Mentions[0]].Span.Start < res.Mentions[res.Entities[i-1].Mentions[0]].Span.Start {
			t.Errorf("entity %s is out of order", e.Name)
		}
	}
}

func TestGolden(t *testing.T) {
	b, err := os.ReadFile("../testdata/zhanaozen.txt")
	if err != nil {
		t.Fatal(err)
	}
	res := run(t, string(b))
	analyzertest.Golden(t, "testdata/zhanaozen.golden.json", res)
}

func run(t testing.TB, text string) *Result {
	t.Helper()
	p := analyzer.MustPipeline(Analyzer)
	r, err := p.Run(context.Background(), analyzer.ParseArticle(text))
	if err != nil {
		t.Fatal(err)
	}
	res, err := analyzer.Get(r, Analyzer)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// cluster returns the texts of the name mentions of the entity that has a
// mention with the given text.
func clusterOf(r *Result, text string) (Entity, []string) {
	for _, m := range r.Mentions {
		if m.Text == text && m.Entity >= 0 {
			e := r.Entities[m.Entity]
			var names []string
			for _, mi := range e.Mentions {
				if r.Mentions[mi].Kind == Name {
					names = append(names, r.Mentions[mi].Text)
				}
			}
			return e, names
		}
	}
	return Entity{}, nil
}

func TestClusters(t *testing.T) {
	for _, tc := range []struct {
		name    string
		text    string
		mention string   // a mention of the entity under test
		typ     Type     // its type
		canon   string   // its canonical name
		names   []string // its name mentions
		acronym string
	}{
		{
			name:    "surname",
			text:    "Prime Minister Karim Massimov met workers on Monday. Massimov promised higher wages, and Massimov's office confirmed the visit.",
			mention: "Massimov", typ: Person, canon: "Karim Massimov",
			names: []string{"Karim Massimov", "Massimov", "Massimov"},
		},
		{
			name:    "surname first",
			text:    "Police said Ostrowski had left the building. The lawyer, Michael Ostrowski, said his client would appeal.",
			mention: "Michael Ostrowski", typ: Person, canon: "Michael Ostrowski",
			names: []string{"Ostrowski", "Michael Ostrowski"},
		},
		{
			name:    "bracketed acronym",
			text:    "The Organization of American States (OAS) sent observers. The head of the OAS mission said the vote was orderly.",
			mention: "OAS", typ: Organization, canon: "Organization of American States",
			names: []string{"Organization of American States", "OAS", "OAS"}, acronym: "OAS",
		},
		{
			name:    "acronym first",
			text:    "NATO ministers met in Brussels on Tuesday. The North Atlantic Treaty Organization said it would send more troops.",
			mention: "NATO", typ: Organization, canon: "North Atlantic Treaty Organization",
			names: []string{"NATO", "North Atlantic Treaty Organization"}, acronym: "NATO",
		},
		{
			name:    "short form of an organisation",
			text:    "Shares of Redgate Resources Ltd fell 5 percent. Redgate Resources said it would appeal against the fine.",
			mention: "Redgate Resources", typ: Organization, canon: "Redgate Resources Ltd",
			names: []string{"Redgate Resources Ltd", "Redgate Resources"},
		},
		{
			name:    "middle name",
			text:    "Eddie Holmes was arrested on Monday. Police said Eddie Zee Holmes had a gun, and Holmes was taken to jail.",
			mention: "Eddie Zee Holmes", typ: Person, canon: "Eddie Zee Holmes",
			names: []string{"Eddie Holmes", "Eddie Zee Holmes", "Holmes"},
		},
		{
			name:    "same surname, another person",
			text:    "Shaquon Thomas was charged on Monday. Thomas denied the charge. His mother, Ingrid Thomas, said he was innocent.",
			mention: "Ingrid Thomas", typ: Person, canon: "Ingrid Thomas",
			names: []string{"Ingrid Thomas"},
		},
		{
			name:    "a street named after a person",
			text:    "The singer was jogging in the 400 block of Harlow Avenue, officers said.",
			mention: "Harlow Avenue", typ: Location, canon: "Harlow Avenue",
			names: []string{"Harlow Avenue"},
		},
		{
			name:    "country aliases",
			text:    "The United States on Monday warned Iran. The president said the U.S. would keep all options open, and America's allies agreed.",
			mention: "U.S.", typ: Location, canon: "United States",
			names: []string{"United States", "U.S.", "America"}, acronym: "U.S.",
		},
		{
			name:    "a city is not the exchange named after it",
			text:    "Protesters gathered in Lima on Monday. Shares on the Lima Stock Exchange fell sharply.",
			mention: "Lima", typ: Location, canon: "Lima",
			names: []string{"Lima"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := run(t, tc.text)
			e, names := clusterOf(r, tc.mention)
			if e.ID == 0 {
				t.Fatalf("no entity with a mention %q; mentions: %v", tc.mention, mentionTexts(r))
			}
			if e.Type != tc.typ || e.Name != tc.canon || e.Acronym != tc.acronym {
				t.Errorf("entity %s %q acronym %q, want %s %q acronym %q", e.Type, e.Name, e.Acronym, tc.typ, tc.canon, tc.acronym)
			}
			if diff := cmp.Diff(tc.names, names); diff != "" {
				t.Errorf("name mentions (-want +got):\n%s", diff)
			}
		})
	}
}

func mentionTexts(r *Result) []string {
	var out []string
	for _, m := range r.Mentions {
		out = append(out, string(m.Kind)+":"+m.Text)
	}
	return out
}

func TestPronouns(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		pronoun    string // the first mention with this text
		want       string // canonical name of its entity, "" for unlinked
	}{
		{"after a quotation", `“We will not accept it,” said Petra van Dijk. She said the strike would go on.`, "She", "Petra van Dijk"},
		{"gender decides", `John Smith met Mary Jones in Paris. She said the talks went well.`, "She", "Mary Jones"},
		{"ambiguous", `Arjen Mulder met Bram Koster in Rotterdam. He said the talks went well.`, "He", ""},
		{"inside a quotation", `“He lied to us,” said Petra van Dijk.`, "He", ""},
		{"organisation subject", `Redgate Resources said on Tuesday that its profits had fallen.`, "its", "Redgate Resources"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := run(t, tc.text)
			for _, m := range r.Mentions {
				if m.Text != tc.pronoun {
					continue
				}
				got := ""
				if m.Entity >= 0 {
					got = r.Entities[m.Entity].Name
				}
				if got != tc.want {
					t.Errorf("%q refers to %q, want %q", tc.pronoun, got, tc.want)
				}
				return
			}
			if tc.want != "" {
				t.Errorf("no mention %q; mentions: %v", tc.pronoun, mentionTexts(r))
			}
		})
	}
}

func TestHeadlineCase(t *testing.T) {
	// A title-case headline must not turn its words into entities.
	text := "Thu, Feb 8, 2024 - Page 1\n\nDeath Toll From Eastern Turkey Earthquake Rises To 61 As Rescuers Search Rubble\n\n" +
		"At least 61 people were killed when an earthquake struck eastern Turkey on Wednesday, officials said.\n\n" +
		"Rescuers searched the rubble of collapsed buildings in Malatya through the night."
	r := run(t, text)
	var got []string
	for _, m := range r.Mentions {
		if m.Kind == Name {
			got = append(got, m.Text+"/"+string(m.Type))
		}
	}
	want := []string{"Turkey/LOCATION", "Turkey/LOCATION", "Malatya/LOCATION"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("names (-want +got):\n%s", diff)
	}
}

func TestEntityAt(t *testing.T) {
	b, err := os.ReadFile("../testdata/zhanaozen.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	r := run(t, text)
	at := func(s string, nth int) analyzer.Span {
		i := -1
		for range nth {
			j := strings.Index(text[i+1:], s)
			if j < 0 {
				t.Fatalf("%q not found %d times", s, nth)
			}
			i += 1 + j
		}
		return analyzer.Span{Start: i, End: i + len(s)}
	}
	for _, tc := range []struct {
		span analyzer.Span
		want string
	}{
		{at("Kasymov", 3), "Kalmukhambet Kasymov"},
		{at("Kazakhstan’s interior minister", 1), "Kalmukhambet Kasymov"},
		{at("Kazakhstan", 2), "Kazakhstan"},
		{at("he said", 1), "Audronius Azubalis"},
		{at("Audronius", 1), "Audronius Azubalis"},
	} {
		e, ok := r.EntityAt(tc.span)
		if !ok || r.Entities[e].Name != tc.want {
			name := ""
			if ok {
				name = r.Entities[e].Name
			}
			t.Errorf("EntityAt(%q) = %q, want %q", text[tc.span.Start:tc.span.End], name, tc.want)
		}
	}
	if _, ok := r.EntityAt(at("measures", 1)); ok {
		t.Error("EntityAt found an entity at a span without mentions")
	}
}

func TestTagTokens(t *testing.T) {
	got, err := TagTokens([][]string{
		strings.Fields("NATO rejects French plan to ban Spanish wine ."),
		strings.Fields("Martin Kessler"),
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []TokenSpan{
		{0, 0, 1, Organization}, {0, 2, 3, Misc}, {0, 6, 7, Misc}, {1, 0, 2, Person},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("TagTokens (-want +got):\n%s", diff)
	}
}

func TestOptions(t *testing.T) {
	a := New(Options{Name: "names-only", NoNominals: true, NoPronouns: true, NoRoles: true})
	p := analyzer.MustPipeline(a)
	b, err := os.ReadFile("../testdata/zhanaozen.txt")
	if err != nil {
		t.Fatal(err)
	}
	r, err := p.Run(context.Background(), analyzer.ParseArticle(string(b)))
	if err != nil {
		t.Fatal(err)
	}
	res, _ := analyzer.Get(r, a)
	for _, m := range res.Mentions {
		if m.Kind != Name {
			t.Errorf("names-only analyser gave a %s mention %q", m.Kind, m.Text)
		}
	}
	for _, e := range res.Entities {
		if len(e.Roles) > 0 {
			t.Errorf("names-only analyser gave roles to %s", e.Name)
		}
	}
	if len(res.Entities) < 10 {
		t.Errorf("only %d entities", len(res.Entities))
	}
}

func TestContract(t *testing.T) {
	docs := loadNews(t)
	texts := make([]string, len(docs))
	for i, d := range docs {
		texts[i] = d.Text
	}
	analyzertest.Contract(t, Analyzer, allSpans, texts...)
}

// TestConcurrentDocuments runs different documents at once on one
// pipeline, which shares the model's caches between goroutines, and
// checks each result against a sequential run.
func TestConcurrentDocuments(t *testing.T) {
	docs := loadNews(t)
	p := analyzer.MustPipeline(Analyzer)
	want := make([]*Result, len(docs))
	for i, d := range docs {
		r, err := p.Run(context.Background(), d)
		if err != nil {
			t.Fatal(err)
		}
		want[i], _ = analyzer.Get(r, Analyzer)
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range docs {
				i := (k + g) % len(docs)
				r, err := p.Run(context.Background(), docs[i])
				if err != nil {
					t.Error(err)
					return
				}
				got, _ := analyzer.Get(r, Analyzer)
				if diff := cmp.Diff(want[i], got); diff != "" {
					t.Errorf("document %d differs under concurrency:\n%s", i, diff)
				}
			}
		}()
	}
	wg.Wait()
}

func FuzzEntities(f *testing.F) {
	analyzertest.Fuzz(f, Analyzer, allSpans,
		"Kazakh Interior Minister Kalmukhambet Kasymov said. He also said.",
		"The Organization for Security and Cooperation in Europe (OSCE) chairperson-in-office, Lithuanian Foreign Minister Audronius Azubalis, said.",
		"KASYMOV SAID THE COUNTRY'S INTERIOR MINISTER (OSCE) ( ) 's ’s",
	)
}

// TestEntityAtBruteForce compares EntityAt with a scan of every mention,
// on spans around every mention of the test articles.
func TestEntityAtBruteForce(t *testing.T) {
	brute := func(r *Result, s analyzer.Span) (int, bool) {
		best, bestOv, bestDiff := -1, 0, 0
		for _, m := range r.Mentions {
			if m.Entity < 0 || !m.Span.Overlaps(s) {
				continue
			}
			ov := min(m.Span.End, s.End) - max(m.Span.Start, s.Start)
			diff := m.Span.Len() - s.Len()
			if diff < 0 {
				diff = -diff
			}
			if ov > bestOv || ov == bestOv && diff < bestDiff {
				best, bestOv, bestDiff = m.Entity, ov, diff
			}
		}
		return best, best >= 0
	}
	for _, d := range loadNews(t) {
		r := run(t, d.Text)
		for _, m := range r.Mentions {
			if m.Span.Len() > MaxMentionLen {
				t.Errorf("mention %q is longer than MaxMentionLen", m.Text)
			}
			for _, s := range []analyzer.Span{m.Span, {Start: m.Span.Start - 3, End: m.Span.End + 7}, {Start: m.Span.End - 1, End: m.Span.End + 40}} {
				s.Start, s.End = max(0, s.Start), min(len(d.Text), s.End)
				e1, ok1 := r.EntityAt(s)
				e2, ok2 := brute(r, s)
				if e1 != e2 || ok1 != ok2 {
					t.Errorf("EntityAt(%q) = %d, %v; brute force %d, %v", d.Text[s.Start:s.End], e1, ok1, e2, ok2)
				}
			}
		}
	}
}

// TestHeadlineStyles rewrites the example article's headline in title
// case and in capitals: the entities found must not change.
func TestHeadlineStyles(t *testing.T) {
	b, err := os.ReadFile("../testdata/zhanaozen.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	const headline = "Kazakhstan defends use of force against protesters"
	summary := func(r *Result) []string {
		var out []string
		for _, e := range r.Entities {
			out = append(out, string(e.Type)+" "+e.Name)
		}
		return out
	}
	want := summary(run(t, text))
	for _, h := range []string{"Kazakhstan Defends Use Of Force Against Protesters", strings.ToUpper(headline)} {
		got := summary(run(t, strings.Replace(text, headline, h, 1)))
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("headline %q changes the entities (-want +got):\n%s", h, diff)
		}
	}
}

// TestDescribedSubject: a he after a sentence whose subject is a person
// described but not named may mean that person, so it stays unlinked.
func TestDescribedSubject(t *testing.T) {
	r := run(t, "Painter Rob Tanner was hurt on May 3. Tanner had been waiting for a train. The singer spent his 30th birthday in prison. He served two weeks.")
	for _, m := range r.Mentions {
		if (m.Text == "his" || m.Text == "He") && m.Entity >= 0 {
			t.Errorf("%q linked to %s", m.Text, r.Entities[m.Entity].Name)
		}
	}
}
