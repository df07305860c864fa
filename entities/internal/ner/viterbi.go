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
// scores em (len(tags)*NumTags, row-major). back is scratch space of at
// least len(em) entries.
func viterbi(tags []Tag, em []float32, c *compiled, back []uint8) {
	n := len(tags)
	if n == 0 {
		return
	}
	var prev, cur [NumTags]float32
	for t := Tag(0); t < NumTags; t++ {
		if allowedFirst(t) {
			prev[t] = c.start[t] + em[t]
		} else {
			prev[t] = negInf
		}
	}
	for i := 1; i < n; i++ {
		row := (*[NumTags]float32)(em[i*NumTags : (i+1)*NumTags])
		bk := (*[NumTags]uint8)(back[i*NumTags : (i+1)*NumTags])
		var closed [9]float32
		for k, a := range closedTags {
			closed[k] = prev[a]
		}
		for j, b := range startTargets {
			sc := &c.closedTo[j]
			best, arg := closed[0]+sc[0], 0
			for k := 1; k < 9; k++ {
				if s := closed[k] + sc[k]; s > best {
					best, arg = s, k
				}
			}
			cur[b] = best + row[b]
			bk[b] = uint8(closedTags[arg])
		}
		for typ := 0; typ < NumTypes; typ++ {
			bt, it := mkTag(typ, posB), mkTag(typ, posI)
			for _, b := range [2]Tag{it, mkTag(typ, posL)} {
				o := &c.open[b]
				s0, s1 := prev[bt]+o[0], prev[it]+o[1]
				if s1 > s0 {
					cur[b], bk[b] = s1+row[b], uint8(it)
				} else {
					cur[b], bk[b] = s0+row[b], uint8(bt)
				}
			}
		}
		prev = cur
	}
	best, arg := negInf, Tag(0)
	for t := Tag(0); t < NumTags; t++ {
		if !allowedLast(t) {
			continue
		}
		if s := prev[t] + c.end[t]; s > best {
			best, arg = s, t
		}
	}
	tags[n-1] = arg
	for i := n - 1; i > 0; i-- {
		tags[i-1] = Tag(back[i*NumTags+int(tags[i])])
	}
}
