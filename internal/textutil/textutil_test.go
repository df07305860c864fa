package textutil

import (
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestMonth(t *testing.T) {
	tests := []struct {
		in   string
		want time.Month
		ok   bool
	}{
		{"December", 12, true}, {"Dec", 12, true}, {"Dec.", 12, true}, {"DEC", 12, true},
		{"Sept.", 9, true}, {"september", 9, true}, {"May", 5, true},
		{"may", 0, false}, {"march", 0, false}, {"dec", 0, false}, {"Decem", 0, false}, {"", 0, false}, {".", 0, false},
	}
	for _, tc := range tests {
		m, ok := Month(tc.in)
		if m != tc.want || ok != tc.ok {
			t.Errorf("Month(%q) = %v, %v; want %v, %v", tc.in, m, ok, tc.want, tc.ok)
		}
	}
	if d, ok := Weekday("Tues."); !ok || d != time.Tuesday {
		t.Errorf("Weekday(Tues.) = %v, %v", d, ok)
	}
	if _, ok := Weekday("Tuesdays"); ok {
		t.Error("Weekday(Tuesdays) matched")
	}
}

func TestNumberWord(t *testing.T) {
	tests := []struct {
		in   string
		want Number
		ok   bool
	}{
		{"15", Number{Value: 15}, true},
		{"15,000", Number{Value: 15000}, true},
		{"1,234.5", Number{Value: 1234.5}, true},
		{"1.2", Number{Value: 1.2}, true},
		{"20th", Number{Value: 20, Ordinal: true}, true},
		{"Fifteen", Number{Value: 15}, true},
		{"ninety-nine", Number{Value: 99}, true},
		{"twenty-first", Number{Value: 21, Ordinal: true}, true},
		{"third", Number{Value: 3, Ordinal: true}, true},
		{"two-thirds", Number{Value: 2.0 / 3, Fraction: true}, true},
		{"half", Number{Value: 0.5, Fraction: true}, true},
		{"dozen", Number{Value: 12}, true},
		{"dozens", Number{Value: 12, Vague: true}, true},
		{"hundreds", Number{Value: 100, Vague: true}, true},
		{"1,5", Number{}, false},
		{"15,00", Number{}, false},
		{"15.", Number{}, false},
		{"1.5th", Number{}, false},
		{"15km", Number{}, false},
		{"a", Number{}, false},
		{"several", Number{}, false},
		{"twenty-ten", Number{}, false},
		{"", Number{}, false},
	}
	for _, tc := range tests {
		got, ok := NumberWord(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("NumberWord(%q) = %+v, %v; want %+v, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in   string
		want Number
		n    int
	}{
		{"15 people", Number{Value: 15}, 1},
		{"one hundred and twenty-five people", Number{Value: 125}, 4},
		{"twenty thirty", Number{Value: 20}, 1},
		{"twenty five hundred", Number{Value: 2500}, 3},
		{"three thousand troops", Number{Value: 3000}, 2},
		{"1.2 million people", Number{Value: 1.2e6}, 2},
		{"15,000 people", Number{Value: 15000}, 1},
		{"two million three hundred thousand", Number{Value: 2.3e6}, 5},
		{"a dozen deaths", Number{Value: 12}, 2},
		{"a hundred", Number{Value: 100}, 2},
		{"half a dozen", Number{Value: 6}, 3},
		{"a half", Number{Value: 0.5, Fraction: true}, 2},
		{"a couple of days", Number{Value: 2}, 2},
		{"dozens of people", Number{Value: 12, Vague: true}, 1},
		{"hundreds of thousands of people", Number{Value: 1e5, Vague: true}, 3},
		{"tens of thousands", Number{Value: 1e4, Vague: true}, 3},
		{"a score of", Number{Value: 20}, 2},
		{"five five", Number{Value: 5}, 1},
		{"twenty five", Number{Value: 25}, 2},
		{"one hundred five", Number{Value: 105}, 3},
		{"two-thirds of", Number{Value: 2.0 / 3, Fraction: true}, 1},
		{"third time", Number{Value: 3, Ordinal: true}, 1},
		{"15 and 20", Number{Value: 15}, 1},
		{"hundred and", Number{Value: 100}, 1},
		{"a man", Number{}, 0},
		{"people", Number{}, 0},
		{"", Number{}, 0},
	}
	for _, tc := range tests {
		got, n := ParseNumber(strings.Fields(tc.in))
		if got != tc.want || n != tc.n {
			t.Errorf("ParseNumber(%q) = %+v, %d; want %+v, %d", tc.in, got, n, tc.want, tc.n)
		}
	}
}

func TestSplitNumberPrefix(t *testing.T) {
	tests := []struct {
		in   string
		v    float64
		rest string
		ok   bool
	}{
		{"three-week", 3, "week", true},
		{"15-year-old", 15, "year-old", true},
		{"twenty-five-year-old", 25, "year-old", true},
		{"two-day", 2, "day", true},
		{"months-long", 0, "", false},
		{"three", 0, "", false},
		{"three-", 0, "", false},
	}
	for _, tc := range tests {
		n, rest, ok := SplitNumberPrefix(tc.in)
		if n.Value != tc.v || rest != tc.rest || ok != tc.ok {
			t.Errorf("SplitNumberPrefix(%q) = %v, %q, %v", tc.in, n.Value, rest, ok)
		}
	}
}

func TestFold(t *testing.T) {
	text := "Kazakhstan’s “Nur Otan” — ＡＢＣ e\u0301 \xff Ok"
	v := Fold(text, true)
	want := "kazakhstan's \"nur otan\" - abc é \ufffd ok"
	if v.Text != want {
		t.Fatalf("Fold = %q, want %q", v.Text, want)
	}
	// Every view span maps back to an original span on rune boundaries
	// that covers the same characters.
	for _, w := range []string{"kazakhstan's", "\"nur otan\"", "abc", "é", "ok"} {
		i := strings.Index(v.Text, w)
		s, e := v.OrigSpan(i, i+len(w))
		if got := Fold(text[s:e], true).Text; got != w {
			t.Errorf("OrigSpan(%q) = %q, which folds to %q", w, text[s:e], got)
		}
	}
	if v.Orig(len(v.Text)) != len(text) {
		t.Errorf("Orig(end) = %d, want %d", v.Orig(len(v.Text)), len(text))
	}
	if got := FoldWord("Kazakhstan’s"); got != "kazakhstan's" {
		t.Errorf("FoldWord = %q", got)
	}
	if got := FoldWord("plain"); got != "plain" {
		t.Errorf("FoldWord(plain) = %q", got)
	}
}

func TestLazy(t *testing.T) {
	var calls atomic.Int32
	l := NewLazy(func() (int, error) { calls.Add(1); return 42, nil })
	var wg sync.WaitGroup
	for range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if v, err := l.Get(); v != 42 || err != nil {
				t.Errorf("Get = %v, %v", v, err)
			}
		}()
	}
	wg.Wait()
	if calls.Load() != 1 {
		t.Errorf("load ran %d times, want 1", calls.Load())
	}
}

func FuzzFold(f *testing.F) {
	f.Add("Kazakhstan’s “Nur Otan” — ＡＢＣ e\u0301 \xff")
	f.Fuzz(func(t *testing.T, s string) {
		v := Fold(s, true)
		prev := 0
		for i := 0; i <= len(v.Text); i++ {
			o := v.Orig(i)
			if o < prev || o > len(s) {
				t.Fatalf("Orig(%d) = %d out of order (prev %d, len %d)", i, o, prev, len(s))
			}
			prev = o
		}
	})
}

func FuzzParseNumber(f *testing.F) {
	f.Add("one hundred and twenty-five thousand")
	f.Fuzz(func(t *testing.T, s string) {
		words := strings.Fields(s)
		_, n := ParseNumber(words)
		if n < 0 || n > len(words) {
			t.Fatalf("ParseNumber consumed %d of %d words", n, len(words))
		}
	})
}
