//go:build !unix

package timeline

import "time"

// cpuTime is not measured on this system; the benchmark then reports no
// cpu-MB/s.
func cpuTime() time.Duration { return 0 }
