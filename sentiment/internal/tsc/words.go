package tsc

import (
	"math"
	"slices"
	"strconv"

	"github.com/newsfacts/newsfacts/sentiment/internal/wordrep"
)

// WordScores are word polarities learned from training targets, for the
// features that weigh every word of a target's context by its side and
// distance. A word's scores are the log-odds of a target's being
// positive, and of its being negative, when the word is in its context,
// against the rate when it is not (add-one smoothed, clipped to ±3).
// Words seen in fewer than MinWordCount training contexts have none.
type WordScores struct {
	m map[string][2]float32 // [0] positive, [1] negative
}

// MinWordCount is the number of training contexts a word needs for a
// score.
const MinWordCount = 3

// A Context is one training target's context words and gold class, the
// input of LearnWordScores.
type Context struct {
	Words []string // distinct words of the target's context
	Label int
}

// LearnWordScores computes word scores from training contexts.
func LearnWordScores(cs []Context) *WordScores {
	var total [NumClasses]float64
	count := map[string]*[NumClasses]float64{}
	for _, c := range cs {
		total[c.Label]++
		for _, w := range c.Words {
			n := count[w]
			if n == nil {
				n = new([NumClasses]float64)
				count[w] = n
			}
			n[c.Label]++
		}
	}
	all := total[0] + total[1] + total[2]
	ws := &WordScores{m: map[string][2]float32{}}
	for w, n := range count {
		sum := n[0] + n[1] + n[2]
		if sum < MinWordCount {
			continue
		}
		score := func(c int) float32 {
			in := (n[c] + 1) / (total[c] + 2)
			out := (sum - n[c] + 1) / (all - total[c] + 2)
			return float32(max(-3, min(3, math.Log(in/out))))
		}
		ws.m[w] = [2]float32{score(Positive), score(Negative)}
	}
	return ws
}

// Len returns the number of words with scores.
func (ws *WordScores) Len() int {
	if ws == nil {
		return 0
	}
	return len(ws.m)
}

// ContextWords returns the distinct words of the context of the target at
// tokens [a, b) of s, as the word-score features see it, with the keys of
// their clusters under reps (nil for none).
func ContextWords(s *Sentence, a, b int, reps *wordrep.Reps) []string {
	lo, hi := max(0, a-Window), min(len(s.Toks), b+Window)
	var out []string
	add := func(w string) {
		if !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	for k := lo; k < hi; k++ {
		if !s.Toks[k].IsWord {
			continue
		}
		if k >= a && k < b {
			if !s.Cap[k] && !stop[s.Toks[k].Word] && !pronouns[s.Toks[k].Word] {
				add(ownKey(s.Toks[k].Word))
			}
			continue
		}
		add(s.Toks[k].Word)
		if k+1 < hi && (k+1 < a || k+1 >= b) && s.Toks[k+1].IsWord {
			add(bigramKey(s.Toks[k].Word, s.Toks[k+1].Word))
		}
		near := k >= a-nearWords && k < b+nearWords
		if near {
			add(nearKey(s.Toks[k].Word, k < a))
		}
		if cs := reps.Clusters(s.Toks[k].Word); cs != nil && !stop[s.Toks[k].Word] {
			c := clusterKey(cs)
			add(c)
			if near {
				add(nearKey(c, k < a))
			}
		}
	}
	return out
}

// find returns the scores of the key prefix+w1+sep+w2 without allocating
// it (for keys of up to 128 bytes).
func (ws *WordScores) find(prefix, w1, sep, w2 string) ([2]float32, bool) {
	var buf [128]byte
	k := append(buf[:0], prefix...)
	k = append(k, w1...)
	k = append(k, sep...)
	k = append(k, w2...)
	sc, ok := ws.m[string(k)]
	return sc, ok
}

// findCluster returns the scores of the cluster key of cs (clusterKey),
// preceded by prefix.
func (ws *WordScores) findCluster(prefix string, cs []uint16) ([2]float32, bool) {
	var buf [32]byte
	k := append(buf[:0], prefix...)
	k = append(k, '@')
	k = strconv.AppendInt(k, int64(cs[len(cs)-1]), 10)
	sc, ok := ws.m[string(k)]
	return sc, ok
}

// clusterKey is the word-score key of a word's finest cluster.
func clusterKey(cs []uint16) string {
	return "@" + strconv.Itoa(int(cs[len(cs)-1]))
}

// ownKey is the word-score key of a common word of the target mention.
func ownKey(w string) string { return "=" + w }

// nearWords is the distance within which a word also has a score of its
// own as a near neighbour of the target, on its side.
const nearWords = 3

// sidePrefix is the prefix of a near neighbour's key (nearKey).
func sidePrefix(left bool) string {
	if left {
		return "<"
	}
	return ">"
}

func nearKey(w string, left bool) string {
	if left {
		return "<" + w
	}
	return ">" + w
}

func bigramKey(w1, w2 string) string { return "~" + w1 + " " + w2 }
