// Package polnear reads the PolNeAR attribution corpus (Newell, Margolin &
// Ruths, LREC 2018) in its distributed form: one text file per article
// under SPLIT/text and one brat stand-off file per article and annotator
// under SPLIT/attributions, named ARTICLE_ANNOTATOR.ann. Brat offsets count
// characters; the reader converts them to byte offsets of the text.
//
// It is a tool for the evaluation and training commands; the library never
// reads corpora.
package polnear

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/newsfacts/newsfacts/analyzer"
)

// An Attribution is one annotated attribution relation: who (Source) said,
// thought or intended what (Content), as signalled by a Cue. Each role may
// consist of several discontinuous fragments; Source is empty for
// attributions without a source.
type Attribution struct {
	ID      string
	Source  []analyzer.Span
	Cue     []analyzer.Span
	Content []analyzer.Span
}

// Hull returns the smallest span covering all fragments, or the zero span.
func Hull(frags []analyzer.Span) analyzer.Span {
	if len(frags) == 0 {
		return analyzer.Span{}
	}
	h := frags[0]
	for _, f := range frags[1:] {
		h.Start = min(h.Start, f.Start)
		h.End = max(h.End, f.End)
	}
	return h
}

// An Annotation is one annotator's attributions for one article.
type Annotation struct {
	Annotator    string
	Attributions []Attribution
}

// An Article is one article's text with every annotator's attributions.
type Article struct {
	Name        string // file name without extension
	Text        string
	Annotations []Annotation // sorted by annotator
}

// Load reads the articles of a split directory (such as
// ".../polnear/dev"), in file name order. Articles without any annotation
// file are skipped.
func Load(dir string) ([]*Article, error) {
	anns, err := filepath.Glob(filepath.Join(dir, "attributions", "*.ann"))
	if err != nil {
		return nil, err
	}
	if len(anns) == 0 {
		return nil, fmt.Errorf("no attributions/*.ann files under %s", dir)
	}
	slices.Sort(anns)
	byName := map[string]*Article{}
	var out []*Article
	for _, path := range anns {
		base := strings.TrimSuffix(filepath.Base(path), ".ann")
		i := strings.LastIndexByte(base, '_')
		if i < 0 {
			return nil, fmt.Errorf("%s: file name has no _ANNOTATOR suffix", path)
		}
		name, annotator := base[:i], base[i+1:]
		art := byName[name]
		if art == nil {
			b, err := os.ReadFile(filepath.Join(dir, "text", name+".txt"))
			if err != nil {
				return nil, err
			}
			art = &Article{Name: name, Text: string(b)}
			byName[name] = art
			out = append(out, art)
		}
		atts, err := readAnn(path, art.Text)
		if err != nil {
			return nil, err
		}
		art.Annotations = append(art.Annotations, Annotation{Annotator: annotator, Attributions: atts})
	}
	slices.SortFunc(out, func(a, b *Article) int { return strings.Compare(a.Name, b.Name) })
	return out, nil
}

// readAnn parses one brat file. Text-bound annotations (T lines) give
// labelled character spans; event lines (E lines) tie a trigger to its
// Source, Cue and Content (and Content2, ...) arguments. Other lines and
// other labels (Discuss, Discard, notes) are ignored.
func readAnn(path, text string) ([]Attribution, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	runeToByte := runeOffsets(text)
	conv := func(r int) int {
		if r < 0 {
			return 0
		}
		if r >= len(runeToByte) {
			return len(text)
		}
		return runeToByte[r]
	}
	spans := map[string][]analyzer.Span{}
	type event struct {
		id   string
		args [][2]string
	}
	var events []event
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	line := 0
	for sc.Scan() {
		line++
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) < 2 || fields[0] == "" {
			continue
		}
		switch fields[0][0] {
		case 'T':
			_, offs, ok := strings.Cut(fields[1], " ")
			if !ok {
				continue
			}
			var frags []analyzer.Span
			for _, part := range strings.Split(offs, ";") {
				a, b, ok := strings.Cut(strings.TrimSpace(part), " ")
				s, err1 := strconv.Atoi(a)
				e, err2 := strconv.Atoi(b)
				if !ok || err1 != nil || err2 != nil || e < s {
					return nil, fmt.Errorf("%s:%d: bad offsets %q", path, line, offs)
				}
				frags = append(frags, analyzer.Span{Start: conv(s), End: conv(e)})
			}
			spans[fields[0]] = frags
		case 'E':
			ev := event{id: fields[0]}
			for _, arg := range strings.Fields(fields[1]) {
				role, id, ok := strings.Cut(arg, ":")
				if ok {
					ev.args = append(ev.args, [2]string{role, id})
				}
			}
			events = append(events, ev)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	var out []Attribution
	for _, ev := range events {
		a := Attribution{ID: ev.id}
		for _, arg := range ev.args {
			role := strings.TrimRight(arg[0], "0123456789")
			frags := spans[arg[1]]
			switch role {
			case "Source":
				a.Source = append(a.Source, frags...)
			case "Cue":
				a.Cue = append(a.Cue, frags...)
			case "Content":
				a.Content = append(a.Content, frags...)
			}
		}
		if len(a.Content) == 0 {
			continue
		}
		for _, fs := range [][]analyzer.Span{a.Source, a.Cue, a.Content} {
			slices.SortFunc(fs, func(x, y analyzer.Span) int { return x.Start - y.Start })
		}
		out = append(out, a)
	}
	return out, nil
}

// runeOffsets returns the byte offset of every rune of text, plus
// len(text) at the end.
func runeOffsets(text string) []int {
	out := make([]int, 0, len(text)+1)
	for i := range text {
		out = append(out, i)
	}
	return append(out, len(text))
}
