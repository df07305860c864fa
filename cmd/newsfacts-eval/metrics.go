package main

import "fmt"

// prf accumulates true positives, false positives and false negatives
// for precision, recall and F1: whole counts (counts) or weighted ones
// (wcounts, where an item annotated n times weighs 1/n per annotation).
type prf[T int | float64] struct{ TP, FP, FN T }

// counts are whole true positives, false positives and false negatives.
type counts = prf[int]

// wcounts are weighted true positives, false positives and false
// negatives.
type wcounts = prf[float64]

// Add adds o to c.
func (c *prf[T]) Add(o prf[T]) { c.TP += o.TP; c.FP += o.FP; c.FN += o.FN }

// Scale multiplies every count by f.
func (c *prf[T]) Scale(f T) { c.TP *= f; c.FP *= f; c.FN *= f }

// Precision is TP / (TP + FP), in percent; 0 when nothing was predicted.
func (c prf[T]) Precision() float64 { return pctf(float64(c.TP), float64(c.TP+c.FP)) }

// Recall is TP / (TP + FN), in percent; 0 when nothing was expected.
func (c prf[T]) Recall() float64 { return pctf(float64(c.TP), float64(c.TP+c.FN)) }

// F1 is the harmonic mean of precision and recall, in percent.
func (c prf[T]) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// String formats the counts as "P 91.20  R 90.10  F1 90.65  (tp 5, fp 1,
// fn 2)", weighted counts with one decimal.
func (c prf[T]) String() string {
	verb := "%d"
	if _, ok := any(c.TP).(float64); ok {
		verb = "%.1f"
	}
	return fmt.Sprintf("P %6.2f  R %6.2f  F1 %6.2f  (tp "+verb+", fp "+verb+", fn "+verb+")",
		c.Precision(), c.Recall(), c.F1(), c.TP, c.FP, c.FN)
}

// pct is a / b in percent, 0 when b is 0.
func pct(a, b int) float64 { return pctf(float64(a), float64(b)) }

// pctf is a / b in percent, 0 when b is 0.
func pctf(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return 100 * a / b
}
