package pos

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"

	pc "github.com/newsfacts/newsfacts/internal/perceptron"
)

// The model's binary format, little-endian, all of it after the magic line
// compressed with DEFLATE:
//
//	magic   "newsfacts-pos 1\n"
//	uvarint number of tags (must be NumTags)
//	uvarint number of features F
//	float32 scale: weights are stored as int16 values times scale
//	the F features with their weights (perceptron.Table.AppendRows)
//	uvarint number of vocabulary words V
//	V times, in increasing order: uvarint length, the word's bytes, a byte:
//	        the word's fixed tag, or 255 for none, and a uvarint: the set
//	        of tags it may take (bit t for tag t)
const magic = "newsfacts-pos 3\n"

// Encode returns the model in its binary format.
func (m *Model) Encode() []byte {
	var body bytes.Buffer
	var tmp [binary.MaxVarintLen64]byte
	uv := func(x uint64) { body.Write(tmp[:binary.PutUvarint(tmp[:], x)]) }
	uv(uint64(NumTags))
	uv(uint64(m.table.Len()))
	body.Write(binary.LittleEndian.AppendUint32(tmp[:0], math.Float32bits(m.table.Scale())))
	m.table.AppendRows(&body)
	uv(uint64(len(m.words)))
	for i, v := range m.words {
		uv(uint64(len(v)))
		body.WriteString(v)
		body.WriteByte(byte(m.fixed[i]))
		uv(m.allowed[i])
	}
	return pc.Pack(magic, body.Bytes())
}

// Decode reads a model in the binary format of Encode.
func Decode(data []byte) (*Model, error) {
	body, err := pc.Unpack(magic, data)
	if err != nil {
		return nil, fmt.Errorf("pos: model file: %v", err)
	}
	r := &pc.Reader{B: body}
	if nt := r.Uvarint(); r.Err == nil && nt != uint64(NumTags) {
		return nil, fmt.Errorf("pos: the model has %d tags, want %d", nt, NumTags)
	}
	nf := r.Uvarint()
	scale := math.Float32frombits(r.U32())
	if r.Err != nil {
		return nil, fmt.Errorf("pos: corrupt model: %v", r.Err)
	}
	table, err := pc.ReadRows(r, nf, int(NumTags), scale)
	if err != nil {
		return nil, fmt.Errorf("pos: corrupt model: %v", err)
	}
	nv := r.Uvarint()
	if r.Err == nil && nv > uint64(len(body)) {
		return nil, fmt.Errorf("pos: the model claims %d vocabulary words in %d bytes", nv, len(body))
	}
	vocab := make([]string, 0, nv)
	fixed := make([]Tag, 0, nv)
	allowed := make([]uint64, 0, nv)
	for i := uint64(0); i < nv && r.Err == nil; i++ {
		vocab = append(vocab, r.Str())
		f := Tag(r.Byte())
		if f >= NumTags && f != noTag {
			return nil, fmt.Errorf("pos: corrupt model: word %d has tag %d", i, f)
		}
		fixed = append(fixed, f)
		a := r.Uvarint()
		if a == 0 || a&^allTags != 0 {
			return nil, fmt.Errorf("pos: corrupt model: word %d has tag set %#x", i, a)
		}
		allowed = append(allowed, a)
	}
	if r.Err != nil {
		return nil, fmt.Errorf("pos: corrupt model: %v", r.Err)
	}
	if r.Off != len(body) {
		return nil, fmt.Errorf("pos: corrupt model: %d trailing bytes", len(body)-r.Off)
	}
	return newModel(table, vocab, fixed, allowed), nil
}
