package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runCLI(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestTextReport(t *testing.T) {
	code, out, errs := runCLI(t, "", "../../testdata/zhanaozen.txt")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"Published: 2011-12-20", "Headline:  Kazakhstan defends use of force against protesters", "(17 in the body)"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
}

func TestJSONContract(t *testing.T) {
	code, out, errs := runCLI(t, "", "-format", "json", "../../testdata/zhanaozen.txt")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var rep map[string]any
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	raw, _ := os.ReadFile("../../testdata/zhanaozen.txt")
	body := rep["body"].(map[string]any)
	start, end := int(body["start"].(float64)), int(body["end"].(float64))
	if !strings.HasPrefix(string(raw[start:end]), "Kazakhstan’s interior minister said on Sunday") ||
		!strings.HasSuffix(string(raw[start:end]), "authorities actions.") {
		t.Errorf("body span %d-%d is %q", start, end, raw[start:end])
	}
	if rep["published"] != "2011-12-20" || rep["title"] != "Kazakhstan defends use of force against protesters" {
		t.Errorf("published %v, title %v", rep["published"], rep["title"])
	}
}

func TestBatchKeepsOrderAndReportsBadLines(t *testing.T) {
	var in strings.Builder
	for i := range 50 {
		if i == 7 {
			in.WriteString("{not json\n")
			continue
		}
		if i == 9 {
			in.WriteString(`{"id":"d9","text":"x","published":"2011-02-30"}` + "\n")
			continue
		}
		if i == 11 {
			in.WriteString(`{"id":"d11","text":"abc","targets":[{"start":1,"end":9}]}` + "\n")
			continue
		}
		b, _ := json.Marshal(map[string]any{"id": "d" + string(rune('A'+i%26)) + strings.Repeat("x", i), "text": strings.Repeat("Word. ", i+1), "published": "2011-12-20"})
		in.Write(b)
		in.WriteByte('\n')
	}
	code, out, errs := runCLI(t, in.String(), "-in", "jsonl", "-j", "4")
	if code != 1 {
		t.Errorf("exit %d, want 1 for bad lines", code)
	}
	for _, want := range []string{"stdin:8: invalid JSON", "stdin:10: published: invalid date", "stdin:12: targets[0]: span [1,9) ends past the text"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 50 {
		t.Fatalf("%d output lines, want 50", len(lines))
	}
	for i, l := range lines {
		var obj map[string]any
		if err := json.Unmarshal([]byte(l), &obj); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		switch i {
		case 7, 9, 11:
			if obj["line"] != float64(i+1) || obj["error"] == nil {
				t.Errorf("line %d: %v, want an error object", i+1, obj)
			}
		default:
			seg := obj["segments"].(map[string]any)
			if int(seg["sentences"].(float64)) != i+1 {
				t.Errorf("line %d is out of order: %d sentences", i+1, int(seg["sentences"].(float64)))
			}
		}
	}
}

func TestBadInvocations(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(good, []byte("A storm hit the coast."), 0o644)
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{filepath.Join(dir, "missing.txt"), good}, 1, "read " + filepath.Join(dir, "missing.txt") + ": no such file"},
		{[]string{"-published", "yesterday", good}, 2, "invalid date"},
		{[]string{"-analyzers", "nope", good}, 2, `unknown analyzer "nope"`},
		{[]string{"-format", "xml", good}, 2, "invalid -format"},
		{[]string{}, 2, "usage"},
	}
	for _, tc := range tests {
		code, out, errs := runCLI(t, "", tc.args...)
		if code != tc.code || !strings.Contains(errs, tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q", tc.args, code, errs, tc.code, tc.want)
		}
		if tc.code == 1 && !strings.Contains(out, "Segmentation") {
			t.Errorf("%v: the readable file was not processed: %q", tc.args, out)
		}
	}
}

func TestPublishedOverride(t *testing.T) {
	code, out, _ := runCLI(t, "", "-published", "2020-01-02", "-format", "json", "../../testdata/zhanaozen.txt")
	if code != 0 || !strings.Contains(out, `"published": "2020-01-02"`) {
		t.Errorf("exit %d, output %s", code, out)
	}
}

func TestList(t *testing.T) {
	code, out, _ := runCLI(t, "", "-list")
	if code != 0 || !strings.Contains(out, "segment") {
		t.Errorf("exit %d, output %q", code, out)
	}
}
