package ner

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"

	"github.com/newsfacts/newsfacts/entities/internal/gazetteer"
	pc "github.com/newsfacts/newsfacts/internal/perceptron"
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
	q := func(v float32) int16 { return pc.Quantize(v, m.scale) }
	var body bytes.Buffer
	var tmp [binary.MaxVarintLen64]byte
	uv := func(x uint64) { body.Write(tmp[:binary.PutUvarint(tmp[:], x)]) }
	i16 := func(x int16) { binary.Write(&body, binary.LittleEndian, x) }
	uv(NumTags)
	uv(uint64(m.table.Len()))
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
	m.table.AppendRows(&body)
	uv(uint64(len(m.vocabList)))
	for _, v := range m.vocabList {
		uv(uint64(len(v)))
		body.WriteString(v)
	}
	return pc.Pack(magic, body.Bytes())
}

// Decode reads a model in the binary format of Encode. The gazetteer must
// be the one the model was trained with.
func Decode(data []byte, g *gazetteer.Gazetteer) (*Model, error) {
	body, err := pc.Unpack(magic, data)
	if err != nil {
		return nil, fmt.Errorf("ner: model file: %v", err)
	}
	r := &pc.Reader{B: body}
	if nt := r.Uvarint(); nt != NumTags {
		return nil, fmt.Errorf("ner: model has %d tags, want %d", nt, NumTags)
	}
	nf := r.Uvarint()
	if r.Err == nil && nf > uint64(len(body)) {
		return nil, fmt.Errorf("ner: model claims %d features in %d bytes", nf, len(body))
	}
	scale := math.Float32frombits(r.U32())
	var tr transitions
	for a := 0; a < NumTags; a++ {
		for b := 0; b < NumTags; b++ {
			tr.trans[a][b] = float32(r.I16()) * scale
		}
	}
	for t := range tr.start {
		tr.start[t] = float32(r.I16()) * scale
	}
	for t := range tr.end {
		tr.end[t] = float32(r.I16()) * scale
	}
	table, err := pc.ReadRows(r, nf, NumTags, scale)
	if err != nil {
		return nil, fmt.Errorf("ner: corrupt model: %v", err)
	}
	nv := r.Uvarint()
	if r.Err == nil && nv > uint64(len(body)) {
		return nil, fmt.Errorf("ner: model claims %d vocabulary words in %d bytes", nv, len(body))
	}
	vocab := make([]string, 0, nv)
	for i := uint64(0); i < nv && r.Err == nil; i++ {
		vocab = append(vocab, r.Str())
	}
	if r.Err != nil {
		return nil, fmt.Errorf("ner: corrupt model: %v", r.Err)
	}
	if r.Off != len(body) {
		return nil, fmt.Errorf("ner: corrupt model: %d trailing bytes", len(body)-r.Off)
	}
	return newTableModel(g, table, tr, vocab), nil
}
