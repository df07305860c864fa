package wordrep

import (
	"bytes"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// toyCorpus has two families of words used in different frames: the
// verbs of attack and of praise share "the senator * the governor", the
// fruit share "she ate a * for lunch".
func toyCorpus() [][]string {
	rng := rand.New(rand.NewPCG(1, 2))
	verbs := []string{"attacked", "praised", "criticized", "thanked", "blasted", "hailed"}
	fruit := []string{"apple", "pear", "banana", "plum", "peach", "cherry"}
	var out [][]string
	for range 400 {
		out = append(out,
			[]string{"the", "senator", verbs[rng.IntN(len(verbs))], "the", "governor", "on", "tuesday"},
			[]string{"she", "ate", "a", fruit[rng.IntN(len(fruit))], "for", "lunch", "today"})
	}
	return out
}

func TestBuildGroupsWordsBySharedContexts(t *testing.T) {
	opt := Options{MinCount: 2, MaxVocab: 100, Window: 2, Dim: 8, Sizes: []int{2, 4}, Seed: 1}
	r := Build(toyCorpus(), opt, nil)
	if r.Len() != 23 {
		t.Fatalf("vocabulary of %d words, want 23", r.Len())
	}
	for l := range opt.Sizes {
		c := func(w string) uint16 { return r.Clusters(w)[l] }
		if c("attacked") != c("hailed") || c("apple") != c("cherry") {
			t.Errorf("level %d: attacked %d hailed %d apple %d cherry %d", l, c("attacked"), c("hailed"), c("apple"), c("cherry"))
		}
	}
	if fine := func(w string) uint16 { return r.Clusters(w)[1] }; fine("attacked") == fine("apple") {
		t.Error("attacked and apple share a fine cluster")
	}
	if r.Clusters("unseen") != nil || r.Vector("unseen") != nil {
		t.Error("a word outside the vocabulary has a representation")
	}
	v, w := r.Vector("praised"), r.Vector("thanked")
	if len(v) != 8 {
		t.Fatalf("vector of %d dimensions, want 8", len(v))
	}
	if cos := dot32(v, w); cos < 0.9 {
		t.Errorf("cos(praised, thanked) = %.2f, want near 1", cos)
	}
	if cos := dot32(v, r.Vector("pear")); cos > 0.5 {
		t.Errorf("cos(praised, pear) = %.2f, want low", cos)
	}
	if again := Build(toyCorpus(), opt, nil); !equal(r, again) {
		t.Error("Build is not deterministic")
	}
}

func dot32(a, b []float32) float64 {
	s := 0.0
	for i := range a {
		s += float64(a[i]) * float64(b[i])
	}
	return s
}

func equal(a, b *Reps) bool {
	if !slices.Equal(a.Sizes, b.Sizes) || a.Dim != b.Dim || len(a.m) != len(b.m) {
		return false
	}
	for w, cs := range a.m {
		if !slices.Equal(cs, b.m[w]) || !slices.Equal(a.vec[w], b.vec[w]) {
			return false
		}
	}
	return true
}

// The randomised SVD recovers the leading singular vectors of a matrix
// of known rank.
func TestSVD(t *testing.T) {
	// A = u1 u1ᵀ·9 + u2 u2ᵀ·4 on 6 rows, sparse form.
	u1 := []float64{1, 1, 1, 1, 0, 0}
	u2 := []float64{0, 0, 1, -1, 1, 1}
	n := 6
	rows := make([][]entry, n)
	for i := range n {
		for j := range n {
			v := 9*u1[i]*u1[j]/4 + 4*u2[i]*u2[j]/4
			if v != 0 {
				rows[i] = append(rows[i], entry{int32(j), v})
			}
		}
	}
	vec := svd(rows, n, 2, 1)
	// Rows 0 and 1 load only on u1: their unit vectors coincide; rows 4
	// and 5 only on u2; rows 0 and 4 are orthogonal.
	row := func(i int) []float64 { return vec[i*2 : i*2+2] }
	for _, tt := range []struct {
		i, j int
		want float64
	}{{0, 1, 1}, {4, 5, 1}, {0, 4, 0}} {
		if got := math.Abs(dot(row(tt.i), row(tt.j))); math.Abs(got-tt.want) > 1e-6 {
			t.Errorf("|cos(row %d, row %d)| = %.6f, want %v", tt.i, tt.j, got, tt.want)
		}
	}
}

func TestOrthonormalize(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	n, l := 50, 7
	x := make([]float64, n*l)
	for i := range x {
		x[i] = rng.NormFloat64()
	}
	orthonormalize(x, n, l)
	for a := range l {
		for b := range l {
			s := 0.0
			for i := range n {
				s += x[i*l+a] * x[i*l+b]
			}
			want := 0.0
			if a == b {
				want = 1
			}
			if math.Abs(s-want) > 1e-9 {
				t.Fatalf("column %d · column %d = %g, want %g", a, b, s, want)
			}
		}
	}
}

func TestJacobi(t *testing.T) {
	a := []float64{4, 1, 0, 1, 3, 1, 0, 1, 2}
	vals, vecs := jacobi(a, 3)
	for k := range 3 {
		// A v = λ v
		for i := range 3 {
			av := 0.0
			for j := range 3 {
				av += a[i*3+j] * vecs[j*3+k]
			}
			if math.Abs(av-vals[k]*vecs[i*3+k]) > 1e-9 {
				t.Fatalf("eigenpair %d does not hold: %v", k, vals)
			}
		}
	}
}

func TestEncodeDecode(t *testing.T) {
	r := Build(toyCorpus(), Options{MinCount: 2, MaxVocab: 100, Window: 2, Dim: 8, Sizes: []int{3, 5}, Seed: 1}, nil)
	data, err := r.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	r2, err := Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(r2.Sizes, r.Sizes) || r2.Len() != r.Len() || r2.Dim != r.Dim {
		t.Fatalf("decoded sizes %v, %d words, dim %d; want %v, %d, %d", r2.Sizes, r2.Len(), r2.Dim, r.Sizes, r.Len(), r.Dim)
	}
	for w, cs := range r.m {
		if !slices.Equal(r2.Clusters(w), cs) {
			t.Errorf("%s: clusters %v, want %v", w, r2.Clusters(w), cs)
		}
		for d, x := range r.Vector(w) {
			if math.Abs(float64(r2.Vector(w)[d]-x)) > 1.0/127 {
				t.Errorf("%s: dimension %d decoded %v, want %v", w, d, r2.Vector(w)[d], x)
				break
			}
		}
	}
	raw, _ := r.AppendBinary(nil)
	for _, bad := range [][]byte{nil, []byte("garbage"), data[:len(data)/2]} {
		if _, err := Decode(bad); err == nil {
			t.Errorf("Decode of %d bad bytes: no error", len(bad))
		}
	}
	for cut := 0; cut < len(raw); cut += max(1, len(raw)/97) {
		if _, err := Read(bytes.NewReader(raw[:cut])); err == nil {
			t.Errorf("Read of the first %d of %d bytes: no error", cut, len(raw))
		}
	}
}

func ExampleReps_Clusters() {
	var corpus [][]string
	for _, v := range []string{"attacked", "criticized", "praised", "thanked"} {
		for range 20 {
			corpus = append(corpus, []string{"the", "senator", v, "the", "governor"})
		}
	}
	for _, f := range []string{"apple", "pear"} {
		for range 20 {
			corpus = append(corpus, []string{"she", "ate", "a", f, "today"})
		}
	}
	r := Build(corpus, Options{MinCount: 2, MaxVocab: 100, Window: 2, Dim: 4, Sizes: []int{4}, Seed: 1}, nil)
	same := r.Clusters("attacked")[0] == r.Clusters("thanked")[0]
	apart := r.Clusters("attacked")[0] != r.Clusters("pear")[0]
	fmt.Println(same, apart)
	// Output: true true
}
