package perceptron

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"math"
	"math/bits"
	"slices"
)

// MaxClasses is the largest number of classes a Table holds per feature.
const MaxClasses = 64

// An Entry is one non-zero weight of a feature, quantised: the weight is
// W times the table's scale.
type Entry struct {
	W     int16
	Class uint8
}

// A Table maps feature hashes to their non-zero weights, quantised to 16
// bits: an open-addressing hash table over the features' hashes, with the
// weights of all features stored together. It is immutable and safe for
// concurrent use.
type Table struct {
	slots   []slot // len is a power of two
	mask    uint64
	entries []Entry
	scale   float32
	hashes  []uint64 // the features, in the order of their weights in entries
}

// A slot of the table: the high bits of the feature's hash (the low bits
// are implied by the slot's position) and where its weights are. A look-up
// of an unknown feature matches a slot by accident with a probability of
// about 2^-31.
type slot struct {
	fp   uint32 // hash>>32 | 1; 0 marks an empty slot
	offn uint32 // offset of the weights in entries << 7 | their number
}

func fingerprint(h uint64) uint32 { return uint32(h>>32) | 1 }

// ScaleFor returns the quantisation scale for weights of largest magnitude
// maxAbs: the largest weight becomes 32767.
func ScaleFor(maxAbs float32) float32 {
	s := maxAbs / 32767
	if s == 0 {
		s = 1
	}
	return s
}

// Quantize returns x divided by scale, rounded and clamped to 16 bits.
func Quantize(x, scale float32) int16 {
	return int16(max(-32767, min(32767, math.Round(float64(x/scale)))))
}

// NewTable builds a table from features and their dense weight rows
// (classes weights per feature, in the order of hashes), quantised with
// scale. Zero weights are dropped, and so are the features whose largest
// weight is below prune in magnitude: most of them were updated once or
// twice in training and matter little, and a smaller table is faster to
// look up.
func NewTable(hashes []uint64, w []float32, classes int, scale, prune float32) *Table {
	if classes > MaxClasses {
		panic(fmt.Sprintf("perceptron: %d classes, at most %d", classes, MaxClasses))
	}
	var entries []Entry
	offs := make([]uint32, len(hashes)+1)
	for r := range hashes {
		row := w[r*classes : (r+1)*classes]
		big := float32(0)
		for _, x := range row {
			big = max(big, float32(math.Abs(float64(x))))
		}
		if big >= prune {
			for c, x := range row {
				if v := Quantize(x, scale); v != 0 {
					entries = append(entries, Entry{v, uint8(c)})
				}
			}
		}
		offs[r+1] = uint32(len(entries))
	}
	return NewSparseTable(hashes, offs, entries, scale)
}

// NewSparseTable builds a table in which feature r (of hash hashes[r]) has
// the weights entries[offs[r]:offs[r+1]], in increasing class order.
// Features without weights are left out.
func NewSparseTable(hashes []uint64, offs []uint32, entries []Entry, scale float32) *Table {
	var kept []uint64
	var keptOffs []uint32
	for r, h := range hashes {
		if offs[r+1] > offs[r] {
			kept = append(kept, h)
			keptOffs = append(keptOffs, offs[r]<<7|(offs[r+1]-offs[r]))
		}
	}
	size := 1
	for size < len(kept)*3/2+1 {
		size <<= 1
	}
	t := &Table{slots: make([]slot, size), mask: uint64(size - 1), entries: entries, scale: scale, hashes: kept}
	for r, h := range kept {
		j := h & t.mask
		for t.slots[j].fp != 0 {
			j = (j + 1) & t.mask
		}
		t.slots[j] = slot{fingerprint(h), keptOffs[r]}
	}
	return t
}

// Row returns the non-zero weights of feature h, in class order, or nil if
// the table does not know it.
func (t *Table) Row(h uint64) []Entry {
	j := h & t.mask
	fp := fingerprint(h)
	for {
		s := t.slots[j]
		if s.fp == fp {
			off, n := s.offn>>7, s.offn&127
			return t.entries[off : off+n : off+n]
		}
		if s.fp == 0 {
			return nil
		}
		j = (j + 1) & t.mask
	}
}

// Add adds the weights of feature h to dst (indexed by class).
func (t *Table) Add(dst []float32, h uint64) {
	for _, e := range t.Row(h) {
		dst[e.Class] += float32(e.W) * t.scale
	}
}

// Scale returns the quantisation scale: an entry's weight is W times it.
func (t *Table) Scale() float32 { return t.scale }

// Len returns the number of features with weights.
func (t *Table) Len() int { return len(t.hashes) }

// Hashes returns the features with weights. The caller must not modify
// the slice.
func (t *Table) Hashes() []uint64 { return t.hashes }

// AppendRows appends the features and their weights in the binary form
// ReadRows reads: features in increasing hash order, each as
//
//	uvarint hash delta from the previous hash
//	uvarint bit set of the classes with non-zero weights
//	int16   those weights (little-endian), in class order
//
// The number of features (Len) is not written: the caller's format
// carries it.
func (t *Table) AppendRows(b *bytes.Buffer) {
	order := make([]uint64, len(t.hashes))
	copy(order, t.hashes)
	slices.Sort(order)
	var tmp [binary.MaxVarintLen64]byte
	prev := uint64(0)
	for _, h := range order {
		b.Write(tmp[:binary.PutUvarint(tmp[:], h-prev)])
		prev = h
		es := t.Row(h)
		var set uint64
		for _, e := range es {
			set |= 1 << e.Class
		}
		b.Write(tmp[:binary.PutUvarint(tmp[:], set)])
		for _, e := range es {
			b.Write(binary.LittleEndian.AppendUint16(tmp[:0], uint16(e.W)))
		}
	}
}

// ReadRows reads n features written by AppendRows and returns the table
// they make with the given scale. Classes must be the model's number of
// classes; a feature with a weight for a larger class is an error.
func ReadRows(r *Reader, n uint64, classes int, scale float32) (*Table, error) {
	if r.Err == nil && n > uint64(len(r.B)) {
		return nil, fmt.Errorf("%d features claimed in %d bytes", n, len(r.B))
	}
	hashes := make([]uint64, 0, n)
	offs := make([]uint32, 1, n+1)
	entries := make([]Entry, 0, 4*n)
	h := uint64(0)
	for i := uint64(0); i < n && r.Err == nil; i++ {
		h += r.Uvarint()
		set := r.Uvarint()
		if set>>uint(classes) != 0 {
			return nil, fmt.Errorf("feature %d has a weight for class %d of %d", i, bits.Len64(set)-1, classes)
		}
		hashes = append(hashes, h)
		for c := 0; c < classes; c++ {
			if set&(1<<c) != 0 {
				entries = append(entries, Entry{r.I16(), uint8(c)})
			}
		}
		offs = append(offs, uint32(len(entries)))
	}
	if r.Err != nil {
		return nil, r.Err
	}
	return NewSparseTable(hashes, offs, entries, scale), nil
}

// A Reader reads the little-endian binary forms of model files; the first
// error sticks in Err and later reads return zero values.
type Reader struct {
	B   []byte
	Off int
	Err error
}

// Uvarint reads an unsigned varint.
func (r *Reader) Uvarint() uint64 {
	if r.Err != nil {
		return 0
	}
	x, n := binary.Uvarint(r.B[r.Off:])
	if n <= 0 {
		r.Err = fmt.Errorf("bad varint at byte %d", r.Off)
		return 0
	}
	r.Off += n
	return x
}

// Str reads a string written as its uvarint length and its bytes.
func (r *Reader) Str() string {
	n := r.Uvarint()
	if r.Err != nil || n > uint64(len(r.B)-r.Off) {
		r.Err = errors.Join(r.Err, io.ErrUnexpectedEOF)
		return ""
	}
	s := string(r.B[r.Off : r.Off+int(n)])
	r.Off += int(n)
	return s
}

// Byte reads a byte.
func (r *Reader) Byte() byte {
	if r.Err != nil || r.Off >= len(r.B) {
		r.Err = errors.Join(r.Err, io.ErrUnexpectedEOF)
		return 0
	}
	b := r.B[r.Off]
	r.Off++
	return b
}

// I16 reads a 16-bit integer.
func (r *Reader) I16() int16 {
	if r.Err != nil || r.Off+2 > len(r.B) {
		r.Err = errors.Join(r.Err, io.ErrUnexpectedEOF)
		return 0
	}
	v := int16(binary.LittleEndian.Uint16(r.B[r.Off:]))
	r.Off += 2
	return v
}

// U32 reads a 32-bit unsigned integer.
func (r *Reader) U32() uint32 {
	if r.Err != nil || r.Off+4 > len(r.B) {
		r.Err = errors.Join(r.Err, io.ErrUnexpectedEOF)
		return 0
	}
	v := binary.LittleEndian.Uint32(r.B[r.Off:])
	r.Off += 4
	return v
}

// A Vocab numbers a model's vocabulary (or other strings): an
// open-addressing table of 64-bit string hashes, smaller and faster than a
// map because it never touches the strings. Two strings with the same
// 64-bit hash would be confused; among tens of thousands of words the
// chance is about 10^-15 per look-up. The zero Vocab is empty.
type Vocab struct {
	seed  maphash.Seed
	slots []vocabSlot
	mask  uint64
}

type vocabSlot struct {
	h  uint64 // 0 marks an empty slot
	id int32
}

func (t *Vocab) hash(s string) uint64 {
	h := maphash.String(t.seed, s)
	if h == 0 {
		h = 1
	}
	return h
}

// Init numbers words: words[i] gets the number i.
func (t *Vocab) Init(words []string) {
	t.Alloc(len(words))
	for i, w := range words {
		t.Put(w, int32(i))
	}
}

// Alloc empties the table and makes room for n strings.
func (t *Vocab) Alloc(n int) {
	t.seed = maphash.MakeSeed()
	size := 16
	for size < 2*n {
		size <<= 1
	}
	t.slots = make([]vocabSlot, size)
	t.mask = uint64(size - 1)
}

// Put adds s with the number id; at most the number of strings Alloc was
// given may be added.
func (t *Vocab) Put(s string, id int32) {
	h := t.hash(s)
	j := h & t.mask
	for t.slots[j].h != 0 && t.slots[j].h != h {
		j = (j + 1) & t.mask
	}
	t.slots[j] = vocabSlot{h, id}
}

// Get returns the number of s.
func (t *Vocab) Get(s string) (int32, bool) {
	if len(t.slots) == 0 {
		return 0, false
	}
	h := t.hash(s)
	for j := h & t.mask; ; j = (j + 1) & t.mask {
		switch t.slots[j].h {
		case h:
			return t.slots[j].id, true
		case 0:
			return 0, false
		}
	}
}
