package main

import (
	"bytes"
	"flag"
	"io"
	"math"
	"strings"
	"testing"
)

func TestCounts(t *testing.T) {
	c := counts{TP: 8, FP: 2, FN: 8}
	if c.Precision() != 80 || c.Recall() != 50 || math.Abs(c.F1()-61.538) > 0.001 {
		t.Errorf("P %v R %v F1 %v", c.Precision(), c.Recall(), c.F1())
	}
	var z counts
	if z.F1() != 0 || z.Precision() != 0 {
		t.Error("empty counts should score 0")
	}
	c.Add(counts{TP: 2})
	if c.TP != 10 {
		t.Errorf("Add: %+v", c)
	}
}

func TestDispatch(t *testing.T) {
	register(command{name: "test-echo", summary: "echo the data dir", run: func(fs *flag.FlagSet, data *string, args []string, w io.Writer) error {
		if err := fs.Parse(args); err != nil {
			return err
		}
		_, err := io.WriteString(w, *data)
		return err
	}})
	defer delete(commands, "test-echo")
	var out, errb bytes.Buffer
	if code := run([]string{"test-echo", "-data", "/x"}, &out, &errb); code != 0 || out.String() != "/x" {
		t.Errorf("exit %d, out %q, err %q", code, out.String(), errb.String())
	}
	out.Reset()
	errb.Reset()
	if code := run([]string{"nope"}, &out, &errb); code != 2 || !strings.Contains(errb.String(), `unknown subcommand "nope"`) || !strings.Contains(errb.String(), "test-echo") {
		t.Errorf("exit %d, err %q", code, errb.String())
	}
}
