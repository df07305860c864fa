package tsc

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"sync"

	"github.com/newsfacts/newsfacts/sentiment/internal/wordrep"
)

// Classes: the model's three labels, in this order.
const (
	Negative = iota
	Neutral
	Positive
	NumClasses
)

// A Model is a multinomial logistic regression over hashed features. It is
// immutable after training or decoding and safe for concurrent use.
type Model struct {
	w map[uint32][NumClasses]float32
	// Words are the learned word scores the model's features use.
	Words *WordScores
	// Reps are the word clusters the model's features use.
	Reps *wordrep.Reps

	fastOnce sync.Once
	fast     *fastModel // for Scorer, made on first use
}

// Predict returns the class probabilities of a feature vector.
func (m *Model) Predict(fs []Feat) [NumClasses]float64 {
	var z [NumClasses]float64
	for _, f := range fs {
		if w, ok := m.w[f.Index]; ok {
			for c := range z {
				z[c] += float64(w[c] * f.Value)
			}
		}
	}
	return softmax(z)
}

func softmax(z [NumClasses]float64) [NumClasses]float64 {
	mx := z[0]
	for _, v := range z[1:] {
		mx = max(mx, v)
	}
	sum := 0.0
	for c := range z {
		z[c] = math.Exp(z[c] - mx)
		sum += z[c]
	}
	for c := range z {
		z[c] /= sum
	}
	return z
}

// Len returns the number of features with weights.
func (m *Model) Len() int { return len(m.w) }

// An Example is one training target: its features and gold class.
type Example struct {
	Feats []Feat
	Label int
	Group int  // examples of one group (sentence) share a cross-validation fold
	Index int  // the caller's index of the example, for reports
	Aux   bool // an auxiliary example, for training only (not evaluated)
}

// DefaultOptions are the options the shipped model was trained with,
// chosen by cross-validation on the training set.
var DefaultOptions = TrainOptions{Epochs: 30, Rate: 0.02, Seed: 1, MinCount: 1}

// Metrics returns accuracy and macro-F1 over the three classes, in percent,
// from a confusion matrix conf[gold][predicted].
func Metrics(conf [NumClasses][NumClasses]int) (acc, macroF1 float64) {
	total, correct := 0, 0
	for c := range NumClasses {
		tp, fp, fn := conf[c][c], 0, 0
		for o := range NumClasses {
			total += conf[c][o]
			if o != c {
				fp += conf[o][c]
				fn += conf[c][o]
			}
		}
		correct += tp
		if tp > 0 {
			p := float64(tp) / float64(tp+fp)
			r := float64(tp) / float64(tp+fn)
			macroF1 += 2 * p * r / (p + r)
		}
	}
	if total == 0 {
		return 0, 0
	}
	return 100 * float64(correct) / float64(total), 100 * macroF1 / NumClasses
}

// TrainOptions configure Train.
type TrainOptions struct {
	Epochs int     // passes over the data
	Rate   float64 // AdaGrad learning rate
	L2     float64 // L2 regularisation per example update
	Seed   uint64  // shuffling seed
	// Weight scales each class's loss (nil: all 1), to trade accuracy for
	// macro-F1 on unbalanced data.
	Weight []float64
	// MinCount drops features seen in fewer training examples.
	MinCount int
	// Bag is the number of models (differently shuffled) whose weights are
	// averaged; 0 or 1 trains one.
	Bag int
}

// Train fits a model by AdaGrad on the cross-entropy loss with L2
// regularisation; with opt.Bag > 1 it fits that many models on differently
// shuffled data (seeds Seed, Seed+1, ...) and averages their weights. It
// is deterministic for a given seed.
func Train(examples []Example, opt TrainOptions) *Model {
	// Renumber the features that occur into dense slots.
	slot := map[uint32]uint32{}
	var index []uint32 // slot -> feature index
	local := make([]Example, len(examples))
	for i, e := range examples {
		fs := make([]Feat, len(e.Feats))
		for j, f := range e.Feats {
			s, ok := slot[f.Index]
			if !ok {
				s = uint32(len(index))
				slot[f.Index] = s
				index = append(index, f.Index)
			}
			fs[j] = Feat{Index: s, Value: f.Value}
		}
		local[i] = e
		local[i].Feats = fs
	}
	size := len(index)
	bags := max(opt.Bag, 1)
	sum := make([][NumClasses]float64, size)
	for k := range bags {
		o := opt
		o.Seed += uint64(k)
		w := train(local, o, size)
		for i := range w {
			for c := range NumClasses {
				sum[i][c] += w[i][c] / float64(bags)
			}
		}
	}
	return compact(local, sum, opt, index)
}

func compact(examples []Example, w [][NumClasses]float64, opt TrainOptions, index []uint32) *Model {
	count := make([]int32, len(w))
	for _, e := range examples {
		for _, f := range e.Feats {
			count[f.Index]++
		}
	}
	m := &Model{w: map[uint32][NumClasses]float32{}}
	for i := range w {
		if int(count[i]) < max(opt.MinCount, 1) {
			continue
		}
		var v [NumClasses]float32
		nz := false
		for c := range NumClasses {
			v[c] = float32(w[i][c])
			if math.Abs(w[i][c]) > 1e-4 {
				nz = true
			}
		}
		if nz {
			m.w[index[i]] = v
		}
	}
	return m
}

func train(examples []Example, opt TrainOptions, size int) [][NumClasses]float64 {
	w := make([][NumClasses]float64, size)
	g2 := make([][NumClasses]float64, size)
	count := make([]int32, size)
	for _, e := range examples {
		for _, f := range e.Feats {
			count[f.Index]++
		}
	}
	order := make([]int, len(examples))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 0x6e657773))
	for range opt.Epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			e := examples[i]
			var z [NumClasses]float64
			for _, f := range e.Feats {
				if int(count[f.Index]) < opt.MinCount {
					continue
				}
				for c := range z {
					z[c] += w[f.Index][c] * float64(f.Value)
				}
			}
			p := softmax(z)
			scale := 1.0
			if opt.Weight != nil {
				scale = opt.Weight[e.Label]
			}
			for _, f := range e.Feats {
				if int(count[f.Index]) < opt.MinCount {
					continue
				}
				for c := range NumClasses {
					y := 0.0
					if c == e.Label {
						y = 1
					}
					g := scale*(p[c]-y)*float64(f.Value) + opt.L2*w[f.Index][c]
					g2[f.Index][c] += g * g
					w[f.Index][c] -= opt.Rate * g / (math.Sqrt(g2[f.Index][c]) + 1e-8)
				}
			}
		}
	}
	return w
}

const magic = "newsfacts-tsc-3\n"

// MarshalBinary encodes the model: a header, then for each feature in
// index order its index delta (uvarint) and its weights as float32,
// gzip-compressed.
func (m *Model) MarshalBinary() ([]byte, error) {
	idx := make([]uint32, 0, len(m.w))
	for i := range m.w {
		idx = append(idx, i)
	}
	slices.Sort(idx)
	var raw bytes.Buffer
	raw.WriteString(magic)
	var buf [binary.MaxVarintLen64]byte
	raw.Write(buf[:binary.PutUvarint(buf[:], uint64(len(idx)))])
	prev := uint32(0)
	for _, i := range idx {
		raw.Write(buf[:binary.PutUvarint(buf[:], uint64(i-prev))])
		prev = i
		for _, v := range m.w[i] {
			binary.Write(&raw, binary.LittleEndian, v)
		}
	}
	var words []string
	if m.Words != nil {
		for w := range m.Words.m {
			words = append(words, w)
		}
	}
	slices.Sort(words)
	raw.Write(buf[:binary.PutUvarint(buf[:], uint64(len(words)))])
	for _, w := range words {
		raw.Write(buf[:binary.PutUvarint(buf[:], uint64(len(w)))])
		raw.WriteString(w)
		for _, v := range m.Words.m[w] {
			binary.Write(&raw, binary.LittleEndian, v)
		}
	}
	if m.Reps != nil {
		raw.WriteByte(1)
		b, err := m.Reps.AppendBinary(nil)
		if err != nil {
			return nil, err
		}
		raw.Write(b)
	} else {
		raw.WriteByte(0)
	}
	var out bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&out, gzip.BestCompression)
	zw.Write(raw.Bytes())
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// Decode reads a model written by MarshalBinary.
func Decode(data []byte) (*Model, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("tsc model: %w", err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("tsc model: %w", err)
	}
	if !bytes.HasPrefix(raw, []byte(magic)) {
		return nil, errors.New("tsc model: bad header")
	}
	r := bytes.NewReader(raw[len(magic):])
	n, err := binary.ReadUvarint(r)
	if err != nil || n > 1<<Bits {
		return nil, errors.New("tsc model: bad feature count")
	}
	m := &Model{w: make(map[uint32][NumClasses]float32, n)}
	prev := uint64(0)
	for range n {
		d, err := binary.ReadUvarint(r)
		if err != nil {
			return nil, fmt.Errorf("tsc model: truncated: %w", err)
		}
		prev += d
		if prev >= 1<<Bits {
			return nil, errors.New("tsc model: feature index out of range")
		}
		var v [NumClasses]float32
		if err := binary.Read(r, binary.LittleEndian, &v); err != nil {
			return nil, fmt.Errorf("tsc model: truncated: %w", err)
		}
		m.w[uint32(prev)] = v
	}
	nw, err := binary.ReadUvarint(r)
	if err != nil || nw > uint64(len(raw)) {
		return nil, errors.New("tsc model: bad word count")
	}
	m.Words = &WordScores{m: make(map[string][2]float32, nw)}
	for range nw {
		l, err := binary.ReadUvarint(r)
		if err != nil || l > 256 {
			return nil, errors.New("tsc model: bad word")
		}
		w := make([]byte, l)
		if _, err := io.ReadFull(r, w); err != nil {
			return nil, fmt.Errorf("tsc model: truncated: %w", err)
		}
		var v [2]float32
		if err := binary.Read(r, binary.LittleEndian, &v); err != nil {
			return nil, fmt.Errorf("tsc model: truncated: %w", err)
		}
		m.Words.m[string(w)] = v
	}
	has, err := r.ReadByte()
	if err != nil {
		return nil, fmt.Errorf("tsc model: truncated: %w", err)
	}
	if has == 1 {
		if m.Reps, err = wordrep.Read(r); err != nil {
			return nil, fmt.Errorf("tsc model: %w", err)
		}
	}
	return m, nil
}

// A Contribution is one feature's part in a prediction, for explanations.
type Contribution struct {
	Name  string
	Value float32
	By    [NumClasses]float64 // weight times value, per class
}

// Explain returns the contributions of the named features of the target
// at tokens [a, b) of s, in the order Features emits them.
func (m *Model) Explain(s *Sentence, a, b int) []Contribution {
	var out []Contribution
	Features(s, a, b, m.Words, m.Reps, func(kind, name string, v float32) {
		c := Contribution{Name: kind + "|" + name, Value: v}
		if w, ok := m.w[featureIndex(kind, name)]; ok {
			for k := range NumClasses {
				c.By[k] = float64(w[k] * v)
			}
		}
		out = append(out, c)
	})
	return out
}
