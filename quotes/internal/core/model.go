package core

import (
	_ "embed"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/newsfacts/newsfacts/internal/textutil"
)

// modelTSV is the candidate scorer trained by quotes/internal/train on
// PolNeAR's training split: a logistic regression over the features of
// features.go, one "feature<TAB>weight" line each.
//
//go:embed model.tsv
var modelTSV string

// A Model is a logistic regression over hashed feature strings.
type Model struct {
	weights map[uint64]float32
}

var model = textutil.NewLazy(func() (*Model, error) { return parseModel(modelTSV) })

func parseModel(src string) (*Model, error) {
	m := &Model{weights: map[uint64]float32{}}
	for n, line := range strings.Split(src, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f, w, ok := strings.Cut(line, "\t")
		if !ok {
			return nil, fmt.Errorf("model.tsv:%d: no tab", n+1)
		}
		v, err := strconv.ParseFloat(w, 32)
		if err != nil {
			return nil, fmt.Errorf("model.tsv:%d: %v", n+1, err)
		}
		m.weights[hashParts(f)] = float32(v)
	}
	return m, nil
}

// Empty reports whether the model has no weights (before training).
func (m *Model) empty() bool { return len(m.weights) == 0 }

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hashParts hashes the concatenation of parts (FNV-1a, 64 bits) without
// building it.
func hashParts(parts ...string) uint64 {
	h := uint64(fnvOffset)
	for _, p := range parts {
		for i := 0; i < len(p); i++ {
			h ^= uint64(p[i])
			h *= fnvPrime
		}
	}
	return h
}

// hash4 is hashParts of four parts, without a slice.
func hash4(a, b, c, d string) uint64 {
	h := uint64(fnvOffset)
	for _, p := range [4]string{a, b, c, d} {
		for i := 0; i < len(p); i++ {
			h ^= uint64(p[i])
			h *= fnvPrime
		}
	}
	return h
}

// score returns the model's probability that candidate c is an
// attribution. Without a model it falls back on the cue's lexicon
// probability.
func (x *extractor) score(c *cand, s0, s1 int) float64 {
	if x.model == nil || x.model.empty() {
		wi := x.info[c.cue.a]
		if wi == nil {
			return 0.5
		}
		p := float64(wi.score)
		if wi.has(fSpeech) || wi.has(fAccording) {
			p = max(p, 0.5)
		}
		return p
	}
	var z float64
	x.features(c, s0, s1, func(a, b, c, d string) {
		z += float64(x.model.weights[hash4(a, b, c, d)])
	})
	return 1 / (1 + math.Exp(-z))
}
