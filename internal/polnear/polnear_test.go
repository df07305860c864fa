package polnear

import (
	"os"
	"path/filepath"
	"testing"
)

// TestLoad reads a small split written here: character offsets after
// non-ASCII text become byte offsets, discontinuous spans keep their
// fragments, Content2 joins Content, and events without content, notes and
// other labels are ignored. Two annotators of one article make one article
// with two annotations.
func TestLoad(t *testing.T) {
	dir := t.TempDir()
	text := "Zhanaozen’s mayor said “we stay,” and left.\n"
	// rune offsets: “ is at 23, “we stay,” spans 23..33
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.MkdirAll(filepath.Join(dir, "text"), 0o755))
	must(os.MkdirAll(filepath.Join(dir, "attributions"), 0o755))
	must(os.WriteFile(filepath.Join(dir, "text", "a.txt"), []byte(text), 0o644))
	ann1 := "T1\tSource 0 17\tZhanaozen’s mayor\n" +
		"T2\tCue 18 22\tsaid\n" +
		"T3\tContent 23 26;27 33\t“we stay,”\n" +
		"T4\tAttribution 18 22\tsaid\n" +
		"T5\tContent 38 42\tleft\n" +
		"E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3 Content2:T5\n" +
		"T6\tDiscuss 0 4\tZhan\n" +
		"E2\tAttribution:T6 Cue:T2\n" +
		"#1\tAnnotatorNotes T1\tnote\n"
	ann2 := "T1\tCue 18 22\tsaid\nT2\tContent 23 33\t“we stay,”\nE1\tAttribution-no-source:T1 Cue:T1 Content:T2\n"
	must(os.WriteFile(filepath.Join(dir, "attributions", "a_x1.ann"), []byte(ann1), 0o644))
	must(os.WriteFile(filepath.Join(dir, "attributions", "a_x2.ann"), []byte(ann2), 0o644))
	arts, err := Load(dir)
	must(err)
	if len(arts) != 1 || len(arts[0].Annotations) != 2 {
		t.Fatalf("got %d articles, want 1 with 2 annotations", len(arts))
	}
	a := arts[0].Annotations[0]
	if a.Annotator != "x1" || len(a.Attributions) != 1 {
		t.Fatalf("annotation %+v: want annotator x1 with one attribution", a)
	}
	at := a.Attributions[0]
	slice := func(i int) string {
		return text[at.Content[i].Start:at.Content[i].End]
	}
	if got := text[at.Source[0].Start:at.Source[0].End]; got != "Zhanaozen’s mayor" {
		t.Errorf("source %q", got)
	}
	if got := text[at.Cue[0].Start:at.Cue[0].End]; got != "said" {
		t.Errorf("cue %q", got)
	}
	if len(at.Content) != 3 || slice(0) != "“we" || slice(1) != "stay,”" || slice(2) != "left" {
		t.Errorf("content fragments %v", at.Content)
	}
	if h := Hull(at.Content); text[h.Start:h.End] != "“we stay,” and left" {
		t.Errorf("hull %q", text[h.Start:h.End])
	}
	if b := arts[0].Annotations[1].Attributions[0]; len(b.Source) != 0 {
		t.Errorf("no-source attribution has source %v", b.Source)
	}
}

func TestLoadErrors(t *testing.T) {
	if _, err := Load(t.TempDir()); err == nil {
		t.Error("empty directory: want an error")
	}
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "attributions"), 0o755)
	os.WriteFile(filepath.Join(dir, "attributions", "a_x.ann"), []byte("T1\tCue 5 2\tx\n"), 0o644)
	os.MkdirAll(filepath.Join(dir, "text"), 0o755)
	os.WriteFile(filepath.Join(dir, "text", "a.txt"), []byte("abcdef"), 0o644)
	if _, err := Load(dir); err == nil {
		t.Error("offsets 5 2: want an error")
	}
}
