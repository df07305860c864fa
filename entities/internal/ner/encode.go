package ner

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"

	"github.com/newsfacts/newsfacts/entities/internal/gazetteer"
)

// The model's binary format, little-endian, all of it after the magic line
// compressed with DEFLATE:
//
//	magic   "newsfacts-ner 1\n"
//	uvarint number of tags (must be NumTags), number of features F
//	float32 scale: weights are stored as int16 values times scale
//	int16   transitions: NumTags×NumTags, then start, then end
//	F times, features in increasing hash order:
//	  uvarint hash delta from the previous hash
//	  uvarint bit set of the tags with non-zero weights
//	  int16   those weights, in tag order
//	uvarint number of vocabulary words V
//	V times, in increasing order: uvarint length, the word's bytes
//
// Weights are quantised to 16 bits; features whose weights all quantise
// to zero are dropped.
const magic = "newsfacts-ner 2\n"

// Encode returns the model in its binary format.
func (m *Model) Encode() []byte {
	order := make([]int, len(m.hashes))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		switch ha, hb := m.hashes[a], m.hashes[b]; {
		case ha < hb:
			return -1
		case ha > hb:
			return 1
		}
		return 0
	})
	q := func(v float32) int16 {
		return int16(max(-32767, min(32767, math.Round(float64(v/m.scale)))))
	}
	var body bytes.Buffer
	var tmp [binary.MaxVarintLen64]byte
	uv := func(x uint64) { body.Write(tmp[:binary.PutUvarint(tmp[:], x)]) }
	i16 := func(x int16) { binary.Write(&body, binary.LittleEndian, x) }
	uv(NumTags)
	uv(uint64(len(order)))
	binary.Write(&body, binary.LittleEndian, m.scale)
	for a := 0; a < NumTags; a++ {
		for b := 0; b < NumTags; b++ {
			i16(q(m.tr.trans[a][b]))
		}
	}
	for _, v := range m.tr.start {
		i16(q(v))
	}
	for _, v := range m.tr.end {
		i16(q(v))
	}
	prev := uint64(0)
	for _, r := range order {
		h := m.hashes[r]
		uv(h - prev)
		prev = h
		es := m.row(h)
		var set uint64
		for _, e := range es {
			set |= 1 << e.tag
		}
		uv(set)
		for _, e := range es { // entries are in tag order
			i16(e.w)
		}
	}
	uv(uint64(len(m.vocabList)))
	for _, v := range m.vocabList {
		uv(uint64(len(v)))
		body.WriteString(v)
	}
	var out bytes.Buffer
	out.WriteString(magic)
	zw, _ := flate.NewWriter(&out, flate.BestCompression)
	zw.Write(body.Bytes())
	zw.Close()
	return out.Bytes()
}

// Decode reads a model in the binary format of Encode. The gazetteer must
// be the one the model was trained with.
func Decode(data []byte, g *gazetteer.Gazetteer) (*Model, error) {
	rest, ok := bytes.CutPrefix(data, []byte(magic))
	if !ok {
		return nil, errors.New("ner: not a model file (bad magic)")
	}
	body, err := io.ReadAll(flate.NewReader(bytes.NewReader(rest)))
	if err != nil {
		return nil, fmt.Errorf("ner: decompressing model: %v", err)
	}
	r := &reader{b: body}
	if nt := r.uvarint(); nt != NumTags {
		return nil, fmt.Errorf("ner: model has %d tags, want %d", nt, NumTags)
	}
	nf := r.uvarint()
	if r.err == nil && nf > uint64(len(body)) {
		return nil, fmt.Errorf("ner: model claims %d features in %d bytes", nf, len(body))
	}
	scale := math.Float32frombits(r.u32())
	var tr transitions
	for a := 0; a < NumTags; a++ {
		for b := 0; b < NumTags; b++ {
			tr.trans[a][b] = float32(r.i16()) * scale
		}
	}
	for t := range tr.start {
		tr.start[t] = float32(r.i16()) * scale
	}
	for t := range tr.end {
		tr.end[t] = float32(r.i16()) * scale
	}
	hashes := make([]uint64, 0, nf)
	offs := make([]uint32, 1, nf+1)
	entries := make([]entry, 0, 4*nf)
	h := uint64(0)
	for i := uint64(0); i < nf && r.err == nil; i++ {
		h += r.uvarint()
		set := r.uvarint()
		hashes = append(hashes, h)
		for t := 0; t < NumTags; t++ {
			if set&(1<<t) != 0 {
				entries = append(entries, entry{r.i16(), uint8(t)})
			}
		}
		offs = append(offs, uint32(len(entries)))
	}
	nv := r.uvarint()
	if r.err == nil && nv > uint64(len(body)) {
		return nil, fmt.Errorf("ner: model claims %d vocabulary words in %d bytes", nv, len(body))
	}
	vocab := make([]string, 0, nv)
	for i := uint64(0); i < nv && r.err == nil; i++ {
		vocab = append(vocab, r.str())
	}
	if r.err != nil {
		return nil, fmt.Errorf("ner: corrupt model: %v", r.err)
	}
	if r.off != len(body) {
		return nil, fmt.Errorf("ner: corrupt model: %d trailing bytes", len(body)-r.off)
	}
	return newSparseModel(g, hashes, offs, entries, scale, tr, vocab), nil
}

type reader struct {
	b   []byte
	off int
	err error
}

func (r *reader) uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	x, n := binary.Uvarint(r.b[r.off:])
	if n <= 0 {
		r.err = fmt.Errorf("bad varint at byte %d", r.off)
		return 0
	}
	r.off += n
	return x
}

func (r *reader) str() string {
	n := r.uvarint()
	if r.err != nil || n > uint64(len(r.b)-r.off) {
		r.err = errors.Join(r.err, io.ErrUnexpectedEOF)
		return ""
	}
	s := string(r.b[r.off : r.off+int(n)])
	r.off += int(n)
	return s
}

func (r *reader) i16() int16 {
	if r.err != nil || r.off+2 > len(r.b) {
		r.err = errors.Join(r.err, io.ErrUnexpectedEOF)
		return 0
	}
	v := int16(binary.LittleEndian.Uint16(r.b[r.off:]))
	r.off += 2
	return v
}

func (r *reader) u32() uint32 {
	if r.err != nil || r.off+4 > len(r.b) {
		r.err = errors.Join(r.err, io.ErrUnexpectedEOF)
		return 0
	}
	v := binary.LittleEndian.Uint32(r.b[r.off:])
	r.off += 4
	return v
}
