package analyzer

import (
	"fmt"
	"slices"
	"sync"
)

// The registry maps names to analysers, in the manner of database/sql's
// driver registry, so that a command line or a configuration file can select
// analysers by name. Packages register their analysers in an init function;
// a program's own analysers register the same way.
var registry struct {
	sync.RWMutex
	m map[string]Any
}

// Register makes analyser a available by its name. It panics if a is
// invalid (see Validate) or if another analyser is already registered under
// the same name; registering the same analyser twice is allowed.
func Register(a Any) {
	if err := Validate(a); err != nil {
		panic("analyzer.Register: " + err.Error())
	}
	registry.Lock()
	defer registry.Unlock()
	if registry.m == nil {
		registry.m = map[string]Any{}
	}
	name := a.AnalyzerName()
	if prev, ok := registry.m[name]; ok {
		if prev == a {
			return
		}
		panic(fmt.Sprintf("analyzer.Register: an analyzer named %q is already registered", name))
	}
	registry.m[name] = a
}

// Lookup returns the registered analyser with the given name.
func Lookup(name string) (Any, bool) {
	registry.RLock()
	defer registry.RUnlock()
	a, ok := registry.m[name]
	return a, ok
}

// Names returns the names of the registered analysers, sorted.
func Names() []string {
	registry.RLock()
	defer registry.RUnlock()
	names := make([]string, 0, len(registry.m))
	for n := range registry.m {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

// LookupAll returns the registered analysers with the given names, in that
// order, or an error naming the first unknown name and the known ones.
func LookupAll(names ...string) ([]Any, error) {
	out := make([]Any, 0, len(names))
	for _, n := range names {
		a, ok := Lookup(n)
		if !ok {
			return nil, fmt.Errorf("unknown analyzer %q (registered: %v)", n, Names())
		}
		out = append(out, a)
	}
	return out, nil
}
