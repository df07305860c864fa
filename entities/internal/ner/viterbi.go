package ner

import "math"

// transitions holds the scores of tag bigrams: trans[a][b] for tag b after
// tag a, start[b] for b first in a sentence, end[a] for a last.
type transitions struct {
	trans [NumTags][NumTags]float32
	start [NumTags]float32
	end   [NumTags]float32
}

var negInf = float32(math.Inf(-1))

// In a well-formed BILOU sequence, a tag that may start a phrase or stand
// outside one (O, B, U) follows a "closed" tag (O, L, U), and a tag inside
// a phrase (I, L) follows B or I of its type. Viterbi exploits this: 9
// closed predecessors for each of 9 tags, 2 for each of the other 8.
var closedTags = [9]Tag{0, 3, 4, 7, 8, 11, 12, 15, 16}

// compiled transitions in the layout the decoder reads.
type compiled struct {
	closedTo [9][9]float32       // closedTo[j][k]: score of startTargets[j] after closedTags[k]
	open     [NumTags][2]float32 // open[b]: score of I or L tag b after B and after I of its type
	start    [NumTags]float32
	end      [NumTags]float32
}

func compile(tr *transitions) *compiled {
	c := &compiled{start: tr.start, end: tr.end}
	for b := Tag(1); b < NumTags; b++ {
		if p := b.pos(); p == posI || p == posL {
			typ := b.Type()
			c.open[b][0] = tr.trans[mkTag(typ, posB)][b]
			c.open[b][1] = tr.trans[mkTag(typ, posI)][b]
		}
	}
	for j, b := range startTargets {
		for i, a := range closedTags {
			c.closedTo[j][i] = tr.trans[a][b]
		}
	}
	return c
}

// startTargets are the tags that follow closed tags: O, B and U.
var startTargets = [9]Tag{0, 1, 4, 5, 8, 9, 12, 13, 16}

// viterbi returns the best well-formed BILOU tag sequence for the emission
// scores em (len(tags)*NumTags, row-major), which it overwrites with the
// best scores of paths ending in each tag. The forward pass computes only
// maxima, without branches; the backward pass recovers each position's
// best predecessor from the stored scores, taking the first of equals as
// the forward pass would.
func viterbi(tags []Tag, em []float32, c *compiled) {
	n := len(tags)
	if n == 0 {
		return
	}
	row0 := (*[NumTags]float32)(em[0:NumTags])
	for t := Tag(0); t < NumTags; t++ {
		if allowedFirst(t) {
			row0[t] += c.start[t]
		} else {
			row0[t] = negInf
		}
	}
	for i := 1; i < n; i++ {
		prev := (*[NumTags]float32)(em[(i-1)*NumTags : i*NumTags])
		row := (*[NumTags]float32)(em[i*NumTags : (i+1)*NumTags])
		var closed [9]float32
		for k, a := range closedTags {
			closed[k] = prev[a]
		}
		var next [NumTags]float32
		for j, b := range startTargets {
			sc := &c.closedTo[j]
			// A tree of maxima, so that the comparisons can overlap.
			m01 := fmax(closed[0]+sc[0], closed[1]+sc[1])
			m23 := fmax(closed[2]+sc[2], closed[3]+sc[3])
			m45 := fmax(closed[4]+sc[4], closed[5]+sc[5])
			m67 := fmax(closed[6]+sc[6], closed[7]+sc[7])
			best := fmax(fmax(m01, m23), fmax(fmax(m45, m67), closed[8]+sc[8]))
			next[b] = best + row[b]
		}
		for typ := 0; typ < NumTypes; typ++ {
			bt, it, lt := Tag(1+4*typ), Tag(2+4*typ), Tag(3+4*typ)
			oi, ol := &c.open[it], &c.open[lt]
			next[it] = fmax(prev[bt]+oi[0], prev[it]+oi[1]) + row[it]
			next[lt] = fmax(prev[bt]+ol[0], prev[it]+ol[1]) + row[lt]
		}
		*row = next
	}
	last := (*[NumTags]float32)(em[(n-1)*NumTags : n*NumTags])
	best, arg := negInf, Tag(0)
	for t := Tag(0); t < NumTags; t++ {
		if !allowedLast(t) {
			continue
		}
		if s := last[t] + c.end[t]; s > best {
			best, arg = s, t
		}
	}
	tags[n-1] = arg
	for i := n - 1; i > 0; i-- {
		prev := (*[NumTags]float32)(em[(i-1)*NumTags : i*NumTags])
		tags[i-1] = c.bestBefore(prev, tags[i])
	}
}

// bestBefore returns the best predecessor of tag b given the path scores
// prev: the first of the allowed predecessors with the highest score.
func (c *compiled) bestBefore(prev *[NumTags]float32, b Tag) Tag {
	if p := b.pos(); b != O && (p == posI || p == posL) {
		bt, it := b-Tag(p), b-Tag(p)+1
		if prev[it]+c.open[b][1] > prev[bt]+c.open[b][0] {
			return it
		}
		return bt
	}
	j := startIndex[b]
	sc := &c.closedTo[j]
	best, arg := prev[closedTags[0]]+sc[0], closedTags[0]
	for k := 1; k < 9; k++ {
		if s := prev[closedTags[k]] + sc[k]; s > best {
			best, arg = s, closedTags[k]
		}
	}
	return arg
}

// startIndex[b] is b's index in startTargets.
var startIndex = func() (idx [NumTags]int) {
	for j, b := range startTargets {
		idx[b] = j
	}
	return idx
}()

// fmax returns the larger of a and b. Scores are never NaN, so it need not
// handle NaN as the built-in max does, and compiles to fewer instructions.
func fmax(a, b float32) float32 {
	if a > b {
		return a
	}
	return b
}
