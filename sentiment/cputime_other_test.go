//go:build !unix

package sentiment

import "time"

// cpuTime returns 0: CPU time is measured on unix only.
func cpuTime() time.Duration { return 0 }
