// Package perceptron holds the machinery that newsfacts' averaged-perceptron
// models share: hashed features, the compact table of quantised weights a
// trained model keeps (with its binary encoding), and the averaging of
// weights during training. The models themselves (the named-entity
// recogniser of package entities, the part-of-speech tagger of package
// pos) define their features and decoding; this package knows nothing of
// words or tags.
//
// A feature is a 64-bit hash, built from a template seed and the strings
// or numbers it combines:
//
//	h := perceptron.Finish(perceptron.String(perceptron.Seed(tSuffix, 0, 0), suffix))
//
// A class is a small integer (a tag), fewer than 64 of them per model.
package perceptron

// Seed returns the starting hash of feature template t at offset (from the
// current token, -8 to 7) and variant v (a mode, or 0).
func Seed(t, offset int, v uint8) uint64 {
	return (uint64(t)<<16 | uint64(offset+8)<<8 | uint64(v)) * 0x9E3779B97F4A7C15
}

// String mixes the bytes of s into h (FNV-1a).
func String(h uint64, s string) uint64 {
	h ^= 0xcbf29ce484222325
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 0x100000001b3
	}
	return h
}

// Int mixes the number v into h.
func Int(h uint64, v uint64) uint64 {
	h ^= v + 0x9E3779B97F4A7C15 + (h << 6) + (h >> 2)
	return h
}

// Finish finalises a hash (splitmix64's finaliser); the result is never 0,
// which marks empty slots in a Table.
func Finish(h uint64) uint64 {
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	h ^= h >> 31
	if h == 0 {
		h = 1
	}
	return h
}
