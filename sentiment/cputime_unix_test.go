//go:build unix

package sentiment

import (
	"syscall"
	"time"
)

// cpuTime returns the CPU time (user and system) the process has used,
// for benchmarks on shared machines, where wall time also counts the
// other processes.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
