package gazetteer

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

const lists = `# test lists
country	Kazakhstan
country	US	United States
country	United States
city	Zhanaozen
city	New York
city	New York City
region	Mangystau
given	Audronius	M
given	Mary	F
demonym	Kazakh	Kazakhstan
demonym	Central Asian	Central Asia
orgword	Inc.
`

func TestLookups(t *testing.T) {
	g, err := Load([]byte(lists))
	if err != nil {
		t.Fatal(err)
	}
	if g.Len() != 12 {
		t.Errorf("Len = %d", g.Len())
	}
	if m := g.Word(Key("KAZAKHSTAN")); !m.Has(Country) || m.Has(City) {
		t.Errorf("Kazakhstan kinds %b", m)
	}
	if g.Sex(Key("Audronius")) != 'M' || g.Sex("mary") != 'F' || g.Sex("kazakh") != 0 {
		t.Error("sexes")
	}
	if c, ok := g.Country("central asian"); !ok || c != "Central Asia" {
		t.Errorf("Country(central asian) = %q, %v", c, ok)
	}
	if c, ok := g.CountryName(Key("U.S.")); ok {
		t.Errorf("U.S. is not listed, got %q", c)
	}
	if c, ok := g.CountryName("us"); !ok || c != "United States" {
		t.Errorf("CountryName(us) = %q", c)
	}
	if Key("Warīsān") != "warisan" || Key("Kazakhstan’s") != "kazakhstan's" {
		t.Errorf("keys %q %q", Key("Warīsān"), Key("Kazakhstan’s"))
	}
}

func TestMatches(t *testing.T) {
	g, err := Load([]byte(lists))
	if err != nil {
		t.Fatal(err)
	}
	keys := []string{"in", "new", "york", "city", "and", "new", "york", "and", "zhanaozen", "new"}
	got := g.Matches(nil, keys)
	want := []Match{
		{1, 4, 1 << City}, // the longest entry wins
		{5, 7, 1 << City},
		{8, 9, 1 << City},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Matches (-want +got):\n%s", diff)
	}
}

func TestLoadErrors(t *testing.T) {
	for _, bad := range []string{"country\n", "planet\tMars\n", "city\t\n"} {
		if _, err := Load([]byte(bad)); err == nil {
			t.Errorf("Load(%q) succeeded", bad)
		}
	}
}
