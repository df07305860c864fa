// Package wordrep holds distributional word representations for the
// target sentiment model: word clusters learned from unlabeled news text,
// so that the model's evidence about a word carries over to the words
// that occur in the same contexts ("slammed" and "blasted", "praised" and
// "hailed"), including words it never saw in training.
//
// Build learns them: a word-context matrix of positive pointwise mutual
// information (PPMI, with context-distribution smoothing; Levy, Goldberg &
// Dagan, TACL 2015) over a small window, reduced by a randomised truncated
// SVD (Halko, Martinsson & Tropp, SIAM Review 2011), and spherical k-means
// over the reduced vectors at several granularities. The result is a map
// from word to one cluster number per granularity; it is immutable and
// safe for concurrent use.
package wordrep

import (
	"bytes"
	"cmp"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
)

// Reps are the cluster numbers of a vocabulary's words, one per level
// (granularity), coarsest first.
type Reps struct {
	Sizes []int               // number of clusters of each level
	m     map[string][]uint16 // word -> cluster at each level
	// Dim is the length of the word vectors (0 for none).
	Dim int
	vec map[string][]float32
}

// Vector returns the word's unit vector, or nil.
func (r *Reps) Vector(w string) []float32 {
	if r == nil {
		return nil
	}
	return r.vec[w]
}

// Clusters returns the word's cluster numbers by level, or nil for a word
// outside the vocabulary. The slice must not be modified.
func (r *Reps) Clusters(w string) []uint16 {
	if r == nil {
		return nil
	}
	return r.m[w]
}

// Words returns the words of the vocabulary, in no particular order.
func (r *Reps) Words() []string {
	if r == nil {
		return nil
	}
	out := make([]string, 0, len(r.m))
	for w := range r.m {
		out = append(out, w)
	}
	return out
}

// Len returns the size of the vocabulary.
func (r *Reps) Len() int {
	if r == nil {
		return 0
	}
	return len(r.m)
}

// Options configure Build.
type Options struct {
	MinCount int   // words seen fewer times are left out
	MaxVocab int   // at most this many words, the most frequent
	Window   int   // context words on each side, weighted 1/distance
	Dim      int   // dimensions kept by the SVD
	Sizes    []int // cluster counts, one level each
	Seed     uint64
}

// DefaultOptions are the options of the shipped representations.
var DefaultOptions = Options{MinCount: 5, MaxVocab: 40000, Window: 3, Dim: 50, Sizes: []int{256, 1024}, Seed: 1}

// Build learns representations from sentences of words (lower-cased
// tokens, as the model sees them). logf, if not nil, receives progress
// messages.
func Build(sentences [][]string, opt Options, logf func(format string, args ...any)) *Reps {
	if logf == nil {
		logf = func(string, ...any) {}
	}
	vocab, ids := vocabulary(sentences, opt)
	logf("wordrep: %d words in the vocabulary", len(vocab))
	rows := cooccurrences(sentences, ids, len(vocab), opt.Window)
	ppmi(rows, len(vocab))
	nnz := 0
	for _, r := range rows {
		nnz += len(r)
	}
	logf("wordrep: PPMI matrix %d x %d, %d non-zero", len(vocab), len(vocab), nnz)
	vec := svd(rows, len(vocab), opt.Dim, opt.Seed)
	logf("wordrep: SVD to %d dimensions", opt.Dim)
	r := &Reps{Sizes: slices.Clone(opt.Sizes), m: make(map[string][]uint16, len(vocab))}
	levels := make([][]uint16, len(opt.Sizes))
	for l, k := range opt.Sizes {
		levels[l] = kmeans(vec, len(vocab), opt.Dim, k, opt.Seed+uint64(l))
		logf("wordrep: %d clusters", k)
	}
	r.Dim = opt.Dim
	r.vec = make(map[string][]float32, len(vocab))
	for i, w := range vocab {
		v := make([]float32, opt.Dim)
		for d := range v {
			// Quantised as they are stored, so that a model trained on
			// fresh representations sees what it will be given.
			v[d] = float32(quantize(vec[i*opt.Dim+d])) / 127
		}
		r.vec[w] = v
	}
	for i, w := range vocab {
		cs := make([]uint16, len(opt.Sizes))
		for l := range levels {
			cs[l] = levels[l][i]
		}
		r.m[w] = cs
	}
	return r
}

// vocabulary returns the words seen at least opt.MinCount times, at most
// opt.MaxVocab of them, most frequent first (ties by word), and their
// indices.
func vocabulary(sentences [][]string, opt Options) ([]string, map[string]int32) {
	count := map[string]int{}
	for _, s := range sentences {
		for _, w := range s {
			count[w]++
		}
	}
	var vocab []string
	for w, c := range count {
		if c >= opt.MinCount {
			vocab = append(vocab, w)
		}
	}
	slices.SortFunc(vocab, func(a, b string) int {
		return cmp.Or(cmp.Compare(count[b], count[a]), cmp.Compare(a, b))
	})
	if len(vocab) > opt.MaxVocab {
		vocab = vocab[:opt.MaxVocab]
	}
	ids := make(map[string]int32, len(vocab))
	for i, w := range vocab {
		ids[w] = int32(i)
	}
	return vocab, ids
}

// An entry is one non-zero cell of a sparse row.
type entry struct {
	col int32
	v   float64
}

// cooccurrences counts, for each vocabulary word, the vocabulary words
// within window of it in a sentence, weighted 1/distance; words outside
// the vocabulary are skipped over (they keep their place in the
// distance).
func cooccurrences(sentences [][]string, ids map[string]int32, n, window int) [][]entry {
	acc := make([]map[int32]float64, n)
	seq := []int32{}
	for _, s := range sentences {
		seq = seq[:0]
		for _, w := range s {
			id, ok := ids[w]
			if !ok {
				id = -1
			}
			seq = append(seq, id)
		}
		for i, a := range seq {
			if a < 0 {
				continue
			}
			for d := 1; d <= window && i+d < len(seq); d++ {
				b := seq[i+d]
				if b < 0 {
					continue
				}
				w := 1 / float64(d)
				if acc[a] == nil {
					acc[a] = map[int32]float64{}
				}
				if acc[b] == nil {
					acc[b] = map[int32]float64{}
				}
				acc[a][b] += w
				acc[b][a] += w
			}
		}
	}
	rows := make([][]entry, n)
	for i, m := range acc {
		r := make([]entry, 0, len(m))
		for c, v := range m {
			r = append(r, entry{c, v})
		}
		slices.SortFunc(r, func(x, y entry) int { return cmp.Compare(x.col, y.col) })
		rows[i] = r
	}
	return rows
}

// ppmi replaces the counts of rows by their positive PMI, with context
// counts raised to the power 0.75 (context-distribution smoothing).
func ppmi(rows [][]entry, n int) {
	rowSum := make([]float64, n)
	colSum := make([]float64, n)
	total := 0.0
	for i, r := range rows {
		for _, e := range r {
			rowSum[i] += e.v
			colSum[e.col] += e.v
			total += e.v
		}
	}
	smooth := 0.0
	for c := range colSum {
		colSum[c] = math.Pow(colSum[c], 0.75)
		smooth += colSum[c]
	}
	for i, r := range rows {
		out := r[:0]
		for _, e := range r {
			pmi := math.Log(e.v * smooth / (rowSum[i] * colSum[e.col]))
			if pmi > 0 {
				out = append(out, entry{e.col, pmi})
			}
		}
		rows[i] = out
	}
}

// svd returns the rows of U·sqrt(Σ) of a rank-dim truncated SVD of the
// sparse symmetric-shaped n×n matrix rows, each scaled to unit length, as
// one n×dim slice. It uses a randomised range finder with power
// iterations.
func svd(rows [][]entry, n, dim int, seed uint64) []float64 {
	l := dim + 20 // oversampling
	rng := rand.New(rand.NewPCG(seed, 0x77726570))
	// Ω: n×l Gaussian; Y = A·Ω.
	omega := make([]float64, n*l)
	for i := range omega {
		omega[i] = rng.NormFloat64()
	}
	q := mul(rows, n, omega, l)
	orthonormalize(q, n, l)
	for range 3 {
		z := mulT(rows, n, q, l) // Aᵀ·Q
		orthonormalize(z, n, l)
		q = mul(rows, n, z, l) // A·Z
		orthonormalize(q, n, l)
	}
	// B = Qᵀ·A (l×n); B·Bᵀ = Qᵀ·A·Aᵀ·Q, whose eigenvectors give U_B.
	bt := mulT(rows, n, q, l) // Aᵀ·Q = Bᵀ, n×l
	bbt := make([]float64, l*l)
	for i := range n {
		row := bt[i*l : (i+1)*l]
		for a := range l {
			va := row[a]
			if va == 0 {
				continue
			}
			for b := a; b < l; b++ {
				bbt[a*l+b] += va * row[b]
			}
		}
	}
	for a := range l {
		for b := range a {
			bbt[a*l+b] = bbt[b*l+a]
		}
	}
	vals, vecs := jacobi(bbt, l)
	// Order the eigenpairs by decreasing eigenvalue.
	order := make([]int, l)
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(x, y int) int { return cmp.Compare(vals[y], vals[x]) })
	out := make([]float64, n*dim)
	for i := range n {
		qi := q[i*l : (i+1)*l]
		for d := range dim {
			k := order[d]
			s := 0.0
			for a := range l {
				s += qi[a] * vecs[a*l+k]
			}
			// singular value σ = sqrt(λ); weight U by sqrt(σ).
			out[i*dim+d] = s * math.Pow(max(vals[k], 0), 0.25)
		}
		normalize(out[i*dim : (i+1)*dim])
	}
	return out
}

// mul returns A·X for the sparse n×n A and the dense n×l X.
func mul(rows [][]entry, n int, x []float64, l int) []float64 {
	y := make([]float64, n*l)
	for i, r := range rows {
		yi := y[i*l : (i+1)*l]
		for _, e := range r {
			xc := x[int(e.col)*l : int(e.col+1)*l]
			for k := range l {
				yi[k] += e.v * xc[k]
			}
		}
	}
	return y
}

// mulT returns Aᵀ·X.
func mulT(rows [][]entry, n int, x []float64, l int) []float64 {
	y := make([]float64, n*l)
	for i, r := range rows {
		xi := x[i*l : (i+1)*l]
		for _, e := range r {
			yc := y[int(e.col)*l : int(e.col+1)*l]
			for k := range l {
				yc[k] += e.v * xi[k]
			}
		}
	}
	return y
}

// orthonormalize makes the l columns of the n×l row-major matrix x
// orthonormal by Cholesky QR, done twice for stability (CholeskyQR2):
// G = XᵀX = RᵀR, X ← X·R⁻¹.
func orthonormalize(x []float64, n, l int) {
	for range 2 {
		g := make([]float64, l*l)
		for i := range n {
			row := x[i*l : (i+1)*l]
			for a, va := range row {
				if va == 0 {
					continue
				}
				ga := g[a*l:]
				for b := a; b < l; b++ {
					ga[b] += va * row[b]
				}
			}
		}
		// Cholesky of the upper triangle: G = RᵀR, R upper triangular.
		trace := 0.0
		for a := range l {
			trace += g[a*l+a]
		}
		r := make([]float64, l*l)
		for a := range l {
			s := g[a*l+a]
			for k := range a {
				s -= r[k*l+a] * r[k*l+a]
			}
			s = math.Sqrt(max(s, 1e-12*trace/float64(l)))
			r[a*l+a] = s
			for b := a + 1; b < l; b++ {
				t := g[a*l+b]
				for k := range a {
					t -= r[k*l+a] * r[k*l+b]
				}
				r[a*l+b] = t / s
			}
		}
		// Each row y of X·R⁻¹ solves y·R = row.
		y := make([]float64, l)
		for i := range n {
			row := x[i*l : (i+1)*l]
			for b := range l {
				t := row[b]
				for k := range b {
					t -= y[k] * r[k*l+b]
				}
				y[b] = t / r[b*l+b]
			}
			copy(row, y)
		}
	}
}

// jacobi returns the eigenvalues and eigenvectors (columns of the l×l
// result) of the symmetric l×l matrix a, by cyclic Jacobi rotations.
func jacobi(a []float64, l int) ([]float64, []float64) {
	a = slices.Clone(a)
	v := make([]float64, l*l)
	for i := range l {
		v[i*l+i] = 1
	}
	for sweep := 0; sweep < 100; sweep++ {
		off := 0.0
		for p := range l {
			for q := p + 1; q < l; q++ {
				off += a[p*l+q] * a[p*l+q]
			}
		}
		if off < 1e-22 {
			break
		}
		for p := range l {
			for q := p + 1; q < l; q++ {
				apq := a[p*l+q]
				if math.Abs(apq) < 1e-300 {
					continue
				}
				theta := (a[q*l+q] - a[p*l+p]) / (2 * apq)
				t := math.Copysign(1, theta) / (math.Abs(theta) + math.Sqrt(theta*theta+1))
				c := 1 / math.Sqrt(t*t+1)
				s := t * c
				for k := range l {
					akp, akq := a[k*l+p], a[k*l+q]
					a[k*l+p] = c*akp - s*akq
					a[k*l+q] = s*akp + c*akq
				}
				for k := range l {
					apk, aqk := a[p*l+k], a[q*l+k]
					a[p*l+k] = c*apk - s*aqk
					a[q*l+k] = s*apk + c*aqk
				}
				for k := range l {
					vkp, vkq := v[k*l+p], v[k*l+q]
					v[k*l+p] = c*vkp - s*vkq
					v[k*l+q] = s*vkp + c*vkq
				}
			}
		}
	}
	vals := make([]float64, l)
	for i := range l {
		vals[i] = a[i*l+i]
	}
	return vals, v
}

// quantize maps a vector component in [-1, 1] to a signed byte (the
// stored precision).
func quantize(x float64) int8 {
	return int8(max(-127, min(127, math.Round(x*127))))
}

func normalize(x []float64) {
	s := 0.0
	for _, v := range x {
		s += v * v
	}
	if s == 0 {
		return
	}
	s = 1 / math.Sqrt(s)
	for i := range x {
		x[i] *= s
	}
}

// kmeans clusters the n unit vectors of vec (dim each) into k clusters by
// spherical k-means (cosine similarity), seeded by k-means++ with a fixed
// seed, and returns each vector's cluster.
func kmeans(vec []float64, n, dim, k int, seed uint64) []uint16 {
	k = min(k, n)
	rng := rand.New(rand.NewPCG(seed, 0x6b6d65616e73))
	cent := make([]float64, k*dim)
	// k-means++ seeding on distance 1 - cos.
	first := rng.IntN(n)
	copy(cent[:dim], vec[first*dim:(first+1)*dim])
	dist := make([]float64, n)
	for i := range n {
		dist[i] = 1 - dot(vec[i*dim:(i+1)*dim], cent[:dim])
	}
	for c := 1; c < k; c++ {
		sum := 0.0
		for _, d := range dist {
			sum += max(d, 0)
		}
		r := rng.Float64() * sum
		pick := n - 1
		for i, d := range dist {
			r -= max(d, 0)
			if r <= 0 {
				pick = i
				break
			}
		}
		cc := cent[c*dim : (c+1)*dim]
		copy(cc, vec[pick*dim:(pick+1)*dim])
		for i := range n {
			dist[i] = min(dist[i], 1-dot(vec[i*dim:(i+1)*dim], cc))
		}
	}
	assign := make([]uint16, n)
	for iter := 0; iter < 20; iter++ {
		changed := 0
		for i := range n {
			v := vec[i*dim : (i+1)*dim]
			best, bv := 0, math.Inf(-1)
			for c := range k {
				if s := dot(v, cent[c*dim:(c+1)*dim]); s > bv {
					best, bv = c, s
				}
			}
			if iter == 0 || assign[i] != uint16(best) {
				changed++
			}
			assign[i] = uint16(best)
		}
		if changed == 0 {
			break
		}
		clear(cent)
		for i := range n {
			c := int(assign[i])
			cc := cent[c*dim : (c+1)*dim]
			for d, x := range vec[i*dim : (i+1)*dim] {
				cc[d] += x
			}
		}
		for c := range k {
			normalize(cent[c*dim : (c+1)*dim])
		}
	}
	return assign
}

func dot(a, b []float64) float64 {
	s := 0.0
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

const magic = "newsfacts-wordrep-2\n"

// AppendBinary appends the uncompressed encoding of the representations
// to b: a header, the level sizes, then the words in sorted order with
// their clusters.
func (r *Reps) AppendBinary(b []byte) ([]byte, error) {
	b = append(b, magic...)
	b = binary.AppendUvarint(b, uint64(len(r.Sizes)))
	for _, s := range r.Sizes {
		b = binary.AppendUvarint(b, uint64(s))
	}
	words := make([]string, 0, len(r.m))
	for w := range r.m {
		words = append(words, w)
	}
	slices.Sort(words)
	b = binary.AppendUvarint(b, uint64(len(words)))
	for _, w := range words {
		b = binary.AppendUvarint(b, uint64(len(w)))
		b = append(b, w...)
		for _, c := range r.m[w] {
			b = binary.AppendUvarint(b, uint64(c))
		}
	}
	b = binary.AppendUvarint(b, uint64(r.Dim))
	if r.Dim > 0 {
		for _, w := range words {
			v := r.vec[w]
			for d := range r.Dim {
				x := 0.0
				if v != nil {
					x = float64(v[d])
				}
				b = append(b, byte(quantize(x)))
			}
		}
	}
	return b, nil
}

// MarshalBinary returns the gzip-compressed AppendBinary encoding.
func (r *Reps) MarshalBinary() ([]byte, error) {
	raw, err := r.AppendBinary(nil)
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&out, gzip.BestCompression)
	zw.Write(raw)
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// Decode reads representations written by MarshalBinary.
func Decode(data []byte) (*Reps, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("wordrep: %w", err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("wordrep: %w", err)
	}
	return Read(bytes.NewReader(raw))
}

// Read reads representations in the AppendBinary encoding from rd,
// leaving it after them.
func Read(rd *bytes.Reader) (*Reps, error) {
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(rd, head); err != nil || string(head) != magic {
		return nil, errors.New("wordrep: bad header")
	}
	get := func(limit uint64, what string) (uint64, error) {
		v, err := binary.ReadUvarint(rd)
		if err != nil {
			return 0, fmt.Errorf("wordrep: truncated %s: %w", what, err)
		}
		if v > limit {
			return 0, fmt.Errorf("wordrep: bad %s %d", what, v)
		}
		return v, nil
	}
	nl, err := get(16, "level count")
	if err != nil {
		return nil, err
	}
	r := &Reps{}
	for range nl {
		s, err := get(math.MaxUint16+1, "level size")
		if err != nil {
			return nil, err
		}
		if s == 0 {
			return nil, errors.New("wordrep: empty level")
		}
		r.Sizes = append(r.Sizes, int(s))
	}
	nw, err := get(uint64(rd.Len()), "word count")
	if err != nil {
		return nil, err
	}
	r.m = make(map[string][]uint16, nw)
	words := make([]string, 0, nw)
	all := make([]uint16, int(nw)*int(nl))
	for i := range int(nw) {
		l, err := get(256, "word length")
		if err != nil {
			return nil, err
		}
		w := make([]byte, l)
		if _, err := io.ReadFull(rd, w); err != nil {
			return nil, fmt.Errorf("wordrep: truncated word: %w", err)
		}
		cs := all[i*int(nl) : (i+1)*int(nl) : (i+1)*int(nl)]
		for j := range cs {
			c, err := get(uint64(r.Sizes[j]-1), "cluster")
			if err != nil {
				return nil, err
			}
			cs[j] = uint16(c)
		}
		r.m[string(w)] = cs
		words = append(words, string(w))
	}
	dim, err := get(1024, "dimension")
	if err != nil {
		return nil, err
	}
	r.Dim = int(dim)
	if r.Dim > 0 {
		r.vec = make(map[string][]float32, len(words))
		raw := make([]byte, r.Dim)
		all := make([]float32, len(words)*r.Dim)
		for i, w := range words {
			if _, err := io.ReadFull(rd, raw); err != nil {
				return nil, fmt.Errorf("wordrep: truncated vectors: %w", err)
			}
			v := all[i*r.Dim : (i+1)*r.Dim : (i+1)*r.Dim]
			for d := range v {
				v[d] = float32(int8(raw[d])) / 127
			}
			r.vec[w] = v
		}
	}
	return r, nil
}

// Members returns the words of the vocabulary in cluster c of level l,
// sorted, for inspection.
func (r *Reps) Members(l int, c uint16) []string {
	var out []string
	for w, cs := range r.m {
		if l < len(cs) && cs[l] == c {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return out
}
