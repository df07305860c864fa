package newsfacts_test

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/analyzer"
	"github.com/newsfacts/newsfacts/analyzer/segment"
	"github.com/newsfacts/newsfacts/entities"
	"github.com/newsfacts/newsfacts/quotes"
)

// LongestSentence is a custom analyser that requires a built-in one: it
// reads the segmentation result and returns the longest body sentence.
var LongestSentence = &analyzer.Analyzer[string]{
	Name:     "longest-sentence",
	Doc:      "find the longest sentence of the body",
	Requires: []analyzer.Any{segment.Analyzer},
	Run: func(pass *analyzer.Pass) (string, error) {
		seg := analyzer.ResultOf(pass, segment.Analyzer)
		longest := ""
		for _, s := range seg.Sentences {
			if seg.Paragraphs[s.Paragraph].Part != segment.Body {
				continue
			}
			if text := pass.Doc.Slice(s.Span); len(text) > len(longest) {
				longest = text
			}
		}
		return longest, nil
	},
}

func init() { analyzer.Register(LongestSentence) }

// A custom analyser runs in a pipeline beside the built-in ones and its
// typed result is read with analyzer.Get.
func Example_customAnalyzer() {
	p, err := analyzer.NewPipeline(LongestSentence)
	if err != nil {
		panic(err)
	}
	doc := analyzer.ParseArticle("Storm hits coast\n\nA storm hit the coast on Monday. Three people were hurt, officials said.")
	res, err := p.Run(context.Background(), doc)
	if err != nil {
		panic(err)
	}
	longest, _ := analyzer.Get(res, LongestSentence)
	fmt.Println(doc.Title)
	fmt.Println(longest)
	// Output:
	// Storm hits coast
	// Three people were hurt, officials said.
}

// Analyze runs every built-in analyser on an article and returns the
// report that the newsfacts command prints.
func ExampleAnalyze() {
	raw, err := os.ReadFile("testdata/zhanaozen.txt")
	if err != nil {
		panic(err)
	}
	rep, err := newsfacts.Analyze(context.Background(), analyzer.ParseArticle(string(raw)))
	if err != nil {
		panic(err)
	}
	fmt.Println(rep.Published)
	fmt.Println(rep.Title)
	fmt.Println(strings.Fields(string(raw)[rep.Body.Start:rep.Body.End])[:6])
	fmt.Println(rep.Segments.Body, "body paragraphs")
	// Output:
	// 2011-12-20
	// Kazakhstan defends use of force against protesters
	// [Kazakhstan’s interior minister said on Sunday]
	// 17 body paragraphs
}

// Pipelines can also be built from registered names, as the command's
// -analyzers flag does.
func ExampleNewPipeline() {
	p, err := newsfacts.NewPipeline("longest-sentence")
	if err != nil {
		panic(err)
	}
	for _, a := range p.Analyzers() {
		fmt.Println(a.AnalyzerName())
	}
	_, err = newsfacts.NewPipeline("no-such-analyzer")
	fmt.Println(err != nil)
	// Output:
	// segment
	// longest-sentence
	// true
}

// PersonsQuoted is a custom analyser built on two built-in ones: it lists
// the persons to whom the quotes analyser attributes at least one
// quotation, by the entities analyser's canonical names.
var PersonsQuoted = &analyzer.Analyzer[[]string]{
	Name:     "persons-quoted",
	Doc:      "list the persons quoted in the article",
	Requires: []analyzer.Any{entities.Analyzer, quotes.Analyzer},
	Run: func(pass *analyzer.Pass) ([]string, error) {
		ents := analyzer.ResultOf(pass, entities.Analyzer)
		qs := analyzer.ResultOf(pass, quotes.Analyzer)
		seen := map[int]bool{}
		var names []string
		for _, q := range qs.Quotes {
			e := q.Entity
			if e < 0 || seen[e] || ents.Entities[e].Type != entities.Person {
				continue
			}
			seen[e] = true
			names = append(names, ents.Entities[e].Name)
		}
		return names, nil
	},
}

func Example_personsQuoted() {
	raw, err := os.ReadFile("testdata/zhanaozen.txt")
	if err != nil {
		panic(err)
	}
	res, err := analyzer.MustPipeline(PersonsQuoted).Run(context.Background(), analyzer.ParseArticle(string(raw)))
	if err != nil {
		panic(err)
	}
	names, _ := analyzer.Get(res, PersonsQuoted)
	fmt.Println(strings.Join(names, "\n"))
	// Output:
	// Kalmukhambet Kasymov
	// Audronius Azubalis
}
