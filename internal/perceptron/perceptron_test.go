package perceptron

import (
	"bytes"
	"fmt"
	"testing"
)

func TestTableRowsAndEncoding(t *testing.T) {
	hashes := []uint64{Finish(String(Seed(1, 0, 0), "a")), Finish(String(Seed(1, 0, 0), "b")), Finish(Int(Seed(2, -1, 3), 7))}
	const classes = 40
	w := make([]float32, len(hashes)*classes)
	w[0*classes+3] = 1.5
	w[0*classes+39] = -2
	w[1*classes+0] = 0.001 // below the prune threshold: the feature goes
	w[2*classes+20] = 4
	scale := ScaleFor(4)
	tab := NewTable(hashes, w, classes, scale, 0.01)
	if tab.Len() != 2 {
		t.Fatalf("Len = %d, want 2 (the pruned feature dropped)", tab.Len())
	}
	if r := tab.Row(hashes[1]); r != nil {
		t.Errorf("pruned feature has weights %v", r)
	}
	if r := tab.Row(12345); r != nil {
		t.Errorf("unknown feature has weights %v", r)
	}
	dst := make([]float32, classes)
	tab.Add(dst, hashes[0])
	tab.Add(dst, hashes[2])
	for c, want := range map[int]float32{3: 1.5, 39: -2, 20: 4, 0: 0} {
		if d := dst[c] - want; d > 0.001 || d < -0.001 {
			t.Errorf("class %d: %v, want %v", c, dst[c], want)
		}
	}
	var b bytes.Buffer
	tab.AppendRows(&b)
	r := &Reader{B: b.Bytes()}
	back, err := ReadRows(r, uint64(tab.Len()), classes, tab.Scale())
	if err != nil {
		t.Fatal(err)
	}
	if r.Off != b.Len() {
		t.Errorf("read %d of %d bytes", r.Off, b.Len())
	}
	for _, h := range hashes {
		if fmt.Sprint(back.Row(h)) != fmt.Sprint(tab.Row(h)) {
			t.Errorf("feature %x: %v after the round trip, want %v", h, back.Row(h), tab.Row(h))
		}
	}
	if _, err := ReadRows(&Reader{B: b.Bytes()}, uint64(tab.Len()), 21, tab.Scale()); err == nil {
		t.Error("want an error for a weight of a class beyond the model's")
	}
	if _, err := ReadRows(&Reader{B: b.Bytes()[:b.Len()-1]}, uint64(tab.Len()), classes, tab.Scale()); err == nil {
		t.Error("want an error for truncated rows")
	}
}

func TestHashesDiffer(t *testing.T) {
	seen := map[uint64]string{}
	for _, c := range []struct {
		name string
		h    uint64
	}{
		{"t1 a", Finish(String(Seed(1, 0, 0), "a"))},
		{"t1 b", Finish(String(Seed(1, 0, 0), "b"))},
		{"t2 a", Finish(String(Seed(2, 0, 0), "a"))},
		{"t1@-1 a", Finish(String(Seed(1, -1, 0), "a"))},
		{"t1 v1 a", Finish(String(Seed(1, 0, 1), "a"))},
		{"t1 int 1", Finish(Int(Seed(1, 0, 0), 1))},
		{"t1 int 2", Finish(Int(Seed(1, 0, 0), 2))},
	} {
		if c.h == 0 {
			t.Errorf("%s: hash 0", c.name)
		}
		if other, ok := seen[c.h]; ok {
			t.Errorf("%s and %s have the same hash", c.name, other)
		}
		seen[c.h] = c.name
	}
}

func TestVocab(t *testing.T) {
	var v Vocab
	if _, ok := v.Get("x"); ok {
		t.Error("the zero Vocab knows a word")
	}
	words := []string{"the", "The", "said", "", "Zhanaozen"}
	v.Init(words)
	for i, w := range words {
		if id, ok := v.Get(w); !ok || id != int32(i) {
			t.Errorf("Get(%q) = %d, %v; want %d", w, id, ok, i)
		}
	}
	if _, ok := v.Get("THE"); ok {
		t.Error("Get(THE) found a word")
	}
}

func TestAveraged(t *testing.T) {
	a := NewAveraged(2)
	a.Update(0, 1) // step 1
	a.Tick()
	a.Tick()
	a.Update(1, 1) // step 3
	a.Tick()
	// Steps 1-3 done, step counter 4: weight 0 was 1 for 3 of 3 steps,
	// weight 1 for 1 of 3.
	avg := a.Average()
	if avg[0] != 1-0.25 || avg[1] != 1-0.75 {
		t.Errorf("Average = %v, want [0.75 0.25]", avg)
	}
	if a.W[0] != 1 || a.W[1] != 1 {
		t.Errorf("W = %v, want [1 1]", a.W)
	}
}

func TestReader(t *testing.T) {
	r := &Reader{B: []byte{0x05, 'h', 'e', 'l', 'l', 'o', 0x34, 0x12, 1, 0, 0, 0}}
	if s := r.Str(); s != "hello" {
		t.Errorf("Str = %q", s)
	}
	if v := r.I16(); v != 0x1234 {
		t.Errorf("I16 = %x", v)
	}
	if v := r.U32(); v != 1 {
		t.Errorf("U32 = %d", v)
	}
	if r.Err != nil {
		t.Fatal(r.Err)
	}
	if r.I16(); r.Err == nil {
		t.Error("want an error reading past the end")
	}
	if r.Uvarint() != 0 || r.Str() != "" {
		t.Error("reads after an error should give zero values")
	}
}
