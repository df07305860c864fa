package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const tmlSample = `<?xml version="1.0" ?>
<TimeML>
<DOCID>T1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2011-12-20" functionInDocument="CREATION_TIME">2011-12-20</TIMEX3></DCT>
<TEXT>
The minister <EVENT eid="e1">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="2011-12-18">Sunday</TIMEX3> that R&amp;D
continued over <TIMEX3 tid="t2" type="DURATION" value="P7M">the past seven months</TIMEX3> and
<TIMEX3 tid="t3" type="DATE" value="2011-SU">the summer</TIMEX3>, with talks held <TIMEX3 tid="t4" type="SET" value="P1W">weekly</TIMEX3>.
</TEXT>
</TimeML>
`

func TestParseTML(t *testing.T) {
	d, err := parseTML(tmlSample)
	if err != nil {
		t.Fatal(err)
	}
	if d.dct.Format("2006-01-02") != "2011-12-20" {
		t.Errorf("dct %v", d.dct)
	}
	if !strings.Contains(d.text, "R&D") || strings.Contains(d.text, "<") {
		t.Errorf("text %q", d.text)
	}
	var got []string
	for _, g := range d.timexs {
		got = append(got, d.text[g.span.Start:g.span.End]+"="+g.value)
	}
	want := "Sunday=2011-12-18|the past seven months=P7M|the summer=2011-SU|weekly=P1W"
	if strings.Join(got, "|") != want {
		t.Errorf("got %s, want %s", strings.Join(got, "|"), want)
	}
}

func TestTimexCommand(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "timex", "tbaq"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "timex", "tbaq", "t1.tml"), []byte(tmlSample), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if code := run([]string{"timex", "-data", dir}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	// "the summer" and "weekly" are found with the right values; the
	// analyser finds all four expressions with gold extents.
	for _, want := range []string{"4 gold TIMEX3", "strict   P 100.00  R 100.00", "value    accuracy 100.00"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}
