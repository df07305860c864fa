package pos_test

import (
	"fmt"

	"github.com/newsfacts/newsfacts/analyzer/segment"
	"github.com/newsfacts/newsfacts/internal/pos"
)

func Example() {
	m, err := pos.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	text := "Police said the protesters will meet again on Friday."
	seg := segment.SegmentText(text)
	for i, tag := range m.TagDocument(text, seg) {
		fmt.Printf("%s/%s ", seg.Tokens[i].Span.In(text), tag)
	}
	fmt.Println()
	// Output: Police/NNS said/VBD the/DT protesters/NNS will/MD meet/VB again/RB on/IN Friday/NNP ./.
}
