package textutil

import "sync"

// A Lazy holds a value, such as a decoded model or lexicon, that is built
// on first use and then shared by every caller for the life of the process.
// It is the one way newsfacts' analysers load their embedded data. The zero
// Lazy is not usable; create one with NewLazy.
type Lazy[T any] struct {
	once sync.Once
	load func() (T, error)
	v    T
	err  error
}

// NewLazy returns a Lazy that calls load once, on the first Get.
func NewLazy[T any](load func() (T, error)) *Lazy[T] {
	return &Lazy[T]{load: load}
}

// Get returns the value, loading it on the first call. Concurrent callers
// wait for the one load; an error is returned to every caller.
func (l *Lazy[T]) Get() (T, error) {
	l.once.Do(func() { l.v, l.err = l.load() })
	return l.v, l.err
}
