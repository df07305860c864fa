package ner

import (
	"math/rand/v2"
	"testing"
)

func BenchmarkViterbi(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 2))
	n := 30
	var ems [][]float32
	for k := 0; k < 64; k++ {
		em := make([]float32, n*NumTags)
		for i := range em {
			em[i] = float32(rng.NormFloat64())
			if i%NumTags == 0 {
				em[i] += 3
			}
		}
		ems = append(ems, em)
	}
	var tr transitions
	for a := range tr.trans {
		for c := range tr.trans[a] {
			tr.trans[a][c] = float32(rng.NormFloat64())
		}
	}
	c := compile(&tr)
	tags := make([]Tag, n)
	work := make([]float32, n*NumTags)
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		copy(work, ems[i%64])
		viterbi(tags, work, c)
	}
}
