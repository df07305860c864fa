package sentiment_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/newsfacts/newsfacts/analyzer"
	"github.com/newsfacts/newsfacts/sentiment"
)

// The analyser scores the document and each sentence, and the sentiment
// toward each of the document's targets.
func Example() {
	text := "Rioters torched the town hall. The mayor praised the firefighters for their courage."
	doc := analyzer.NewDocument(text)
	at := strings.Index(text, "the firefighters")
	doc.Targets = []analyzer.Span{{Start: at, End: at + len("the firefighters")}}
	a := sentiment.New(sentiment.Options{NoEntities: true}) // or sentiment.Analyzer, with entity sentiment
	res, err := analyzer.MustPipeline(a).Run(context.Background(), doc)
	if err != nil {
		panic(err)
	}
	s, _ := analyzer.Get(res, a)
	for _, sent := range s.Sentences {
		fmt.Printf("%s: %s\n", sent.Label, doc.Slice(sent.Span))
	}
	fmt.Println("toward", doc.Slice(s.Targets[0].Span)+":", s.Targets[0].Label)
	// Output:
	// negative: Rioters torched the town hall.
	// positive: The mayor praised the firefighters for their courage.
	// toward the firefighters: positive
}

// ScoreTargets scores target spans of a plain text without a pipeline.
func ExampleScoreTargets() {
	text := "Police arrested Brown after the robbery. Green was hailed as a hero."
	var spans []analyzer.Span
	for _, name := range []string{"Brown", "Green"} {
		at := strings.Index(text, name)
		spans = append(spans, analyzer.Span{Start: at, End: at + len(name)})
	}
	got, err := sentiment.ScoreTargets(text, spans)
	if err != nil {
		panic(err)
	}
	for _, t := range got {
		fmt.Println(text[t.Start:t.End], t.Label)
	}
	// Output:
	// Brown negative
	// Green positive
}
