package entities_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/newsfacts/newsfacts/analyzer"
	"github.com/newsfacts/newsfacts/entities"
)

func Example() {
	doc := analyzer.NewDocument("Kazakh Interior Minister Kalmukhambet Kasymov said on Sunday that police " +
		"had acted lawfully. Kasymov said the Organization for Security and Cooperation in Europe (OSCE) " +
		"had been informed. He also said that the OSCE would send observers.")
	p := analyzer.MustPipeline(entities.Analyzer)
	res, err := p.Run(context.Background(), doc)
	if err != nil {
		panic(err)
	}
	r, _ := analyzer.Get(res, entities.Analyzer)
	for _, e := range r.Entities {
		var ms []string
		for _, m := range r.MentionsOf(e.ID - 1) {
			ms = append(ms, m.Text)
		}
		fmt.Printf("%d %s %s: %s\n", e.ID, e.Type, e.Name, strings.Join(ms, " | "))
		for _, role := range e.Roles {
			fmt.Printf("  %s of %s\n", role.Title, r.Entities[role.Of].Name)
		}
	}
	// Output:
	// 1 MISC Kazakh: Kazakh
	// 2 PERSON Kalmukhambet Kasymov: Kalmukhambet Kasymov | Kasymov | He
	//   interior minister of Kazakh
	// 3 ORGANIZATION Organization for Security and Cooperation in Europe: Organization for Security and Cooperation in Europe | OSCE | OSCE
}

func ExampleResult_EntityAt() {
	text := "Lithuanian Foreign Minister Audronius Azubalis expressed concern. “Force must be proportionate,” he said."
	p := analyzer.MustPipeline(entities.Analyzer)
	res, err := p.Run(context.Background(), analyzer.NewDocument(text))
	if err != nil {
		panic(err)
	}
	r, _ := analyzer.Get(res, entities.Analyzer)
	// A quotation's speaker, found by another analyser as a span.
	i := strings.Index(text, "he said")
	if e, ok := r.EntityAt(analyzer.Span{Start: i, End: i + len("he")}); ok {
		fmt.Println(r.Entities[e].Name)
	}
	// Output: Audronius Azubalis
}

func ExampleTagTokens() {
	found, err := entities.TagTokens([][]string{
		strings.Fields("NATO rejects French plan to ban Spanish wine ."),
	})
	if err != nil {
		panic(err)
	}
	for _, f := range found {
		fmt.Println(f.Start, f.End, f.Type)
	}
	// Output:
	// 0 1 ORGANIZATION
	// 2 3 MISC
	// 6 7 MISC
}
