package main

import "fmt"

// counts accumulates true positives, false positives and false negatives
// for precision, recall and F1.
type counts struct{ TP, FP, FN int }

// Add adds o to c.
func (c *counts) Add(o counts) { c.TP += o.TP; c.FP += o.FP; c.FN += o.FN }

// Precision is TP / (TP + FP), in percent; 0 when nothing was predicted.
func (c counts) Precision() float64 { return pct(c.TP, c.TP+c.FP) }

// Recall is TP / (TP + FN), in percent; 0 when nothing was expected.
func (c counts) Recall() float64 { return pct(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of precision and recall, in percent.
func (c counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// String formats the counts as "P 91.20  R 90.10  F1 90.65  (tp/fp/fn)".
func (c counts) String() string {
	return fmt.Sprintf("P %6.2f  R %6.2f  F1 %6.2f  (tp %d, fp %d, fn %d)", c.Precision(), c.Recall(), c.F1(), c.TP, c.FP, c.FN)
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}
