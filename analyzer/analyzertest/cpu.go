package analyzertest

import "testing"

// ReportCPU starts measuring the process's CPU time (user and system, all
// threads, garbage collection included) and returns a function that, called
// after the benchmark loop, reports the throughput per second of CPU time
// as "cpu-MB/s", given the bytes one iteration processes. On a shared
// machine this measures the work done, where wall time also counts the
// waits for a core; run with -cpu 1 for the figure of one core. Where the
// system gives no CPU time nothing is reported.
//
//	defer analyzertest.ReportCPU(b, len(text))()
//	for b.Loop() { ... }
func ReportCPU(b *testing.B, bytesPerOp int) func() {
	b.Helper()
	start := CPUTime()
	return func() {
		if d := CPUTime() - start; start > 0 && d > 0 && b.N > 0 {
			b.ReportMetric(float64(bytesPerOp)*float64(b.N)/1e6/d.Seconds(), "cpu-MB/s")
		}
	}
}
