package sentiment

import (
	"math"
	"slices"
	"testing"

	"github.com/newsfacts/newsfacts/entities"
)

// TestMentionOrder checks that entity sentiment does not depend on the
// order of the entities result's mentions.
func TestMentionOrder(t *testing.T) {
	docs, _ := prepareNews(t)
	opts := Options{NeutralBand: DefaultNeutralBand}
	for _, d := range docs[:3] {
		want, err := run(d.doc, d.seg, d.ents, opts)
		if err != nil {
			t.Fatal(err)
		}
		rev := &entities.Result{Entities: d.ents.Entities, Mentions: slices.Clone(d.ents.Mentions)}
		slices.Reverse(rev.Mentions)
		got, err := run(d.doc, d.seg, rev, opts)
		if err != nil {
			t.Fatal(err)
		}
		if len(got.Entities) != len(want.Entities) || len(want.Entities) == 0 {
			t.Fatalf("%d entities, want %d (and some)", len(got.Entities), len(want.Entities))
		}
		for i, w := range want.Entities {
			g := got.Entities[i]
			if g.Mentions != w.Mentions || g.Label != w.Label || math.Abs(g.Score-w.Score) > 1e-12 {
				t.Errorf("entity %d with mentions reversed: %+v, want %+v", i, g, w)
			}
		}
	}
}
