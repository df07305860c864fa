package perceptron

// Averaged holds the weights of an averaged perceptron during training:
// the current weights, and what averaging them over every step needs.
// Weight i is usually feature f's weight for class c at f*classes+c.
//
// Training calls Update for each correction and Tick after each example;
// Average returns the weights averaged over all the steps so far, which
// generalise better than the last ones (Collins 2002).
type Averaged struct {
	W    []float32 // the current weights
	acc  []float64 // the sum of step × update of each weight
	step float64
}

// NewAveraged returns n zero weights.
func NewAveraged(n int) *Averaged {
	return &Averaged{W: make([]float32, n), acc: make([]float64, n), step: 1}
}

// Update adds d to weight i.
func (a *Averaged) Update(i int, d float32) {
	a.W[i] += d
	a.acc[i] += a.step * float64(d)
}

// Tick ends a training step (one example).
func (a *Averaged) Tick() { a.step++ }

// Average returns the weights averaged over the steps so far.
func (a *Averaged) Average() []float32 {
	avg := make([]float32, len(a.W))
	for i, w := range a.W {
		avg[i] = float32(float64(w) - a.acc[i]/a.step)
	}
	return avg
}
