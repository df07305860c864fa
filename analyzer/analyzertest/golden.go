package analyzertest

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite golden files with the current output")

// Golden compares got, marshalled as indented JSON, with the golden file at
// path, and reports any difference in the decoded values as go-cmp shows
// it; formatting differences alone are ignored. Run the tests with
// -update to rewrite the file from the current output instead.
func Golden(t testing.TB, path string, got any) {
	t.Helper()
	data, err := json.MarshalIndent(got, "", "  ")
	if err != nil {
		t.Fatalf("marshalling golden value for %s: %v", path, err)
	}
	data = append(data, '\n')
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run the test with -update to create it)", err)
	}
	if bytes.Equal(want, data) {
		return
	}
	var w, g any
	if err := json.Unmarshal(want, &w); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	_ = json.Unmarshal(data, &g)
	// Formatting differences alone (indentation, key order) do not fail.
	if d := cmp.Diff(w, g); d != "" {
		t.Errorf("%s differs (-golden +got); rerun with -update if the change is intended:\n%s", path, d)
	}
}
