//go:build !unix

package analyzertest

import "time"

// CPUTime returns the CPU time the process has used so far, or 0 where the
// system does not say, as here.
func CPUTime() time.Duration { return 0 }
