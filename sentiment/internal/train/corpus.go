package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/newsfacts/newsfacts/analyzer"
	"github.com/newsfacts/newsfacts/analyzer/segment"
	"github.com/newsfacts/newsfacts/sentiment/internal/lexicon"
	"github.com/newsfacts/newsfacts/sentiment/internal/tsc"
	"github.com/newsfacts/newsfacts/sentiment/internal/wordrep"
)

// The unlabeled news text the word representations are learned from,
// relative to -data. Only text is read, never a label; NewsMTSC's dev
// sets are left out.
const (
	corpusNewsMTSC = "sentiment/newsmtsc/train.jsonl" // sentence_normalized
	corpusPolNeAR  = "quotes/polnear"                 // {train,dev}/text/*.txt
	corpusGVA      = "casualties/gva-dev.jsonl"       // title, content
	corpusCoNLL    = "ner/conll2003/eng.train"        // tokens, one per line
)

// buildWordRep learns the word representations from the unlabeled text
// under data.
func buildWordRep(data string, opt wordrep.Options) (*wordrep.Reps, error) {
	lex, err := lexicon.Default()
	if err != nil {
		return nil, err
	}
	var sentences [][]string
	tokens := 0
	add := func(text string) {
		doc := analyzer.NewDocument(text)
		seg := segment.Segment(doc)
		lower := tsc.LowerASCII(text)
		var s tsc.Sentence
		for i := range seg.Sentences {
			tsc.NewSentence(lex, text, lower, seg.SentenceTokens(i), &s)
			var ws []string
			for _, t := range s.Toks {
				if t.IsWord {
					ws = append(ws, t.Word)
				}
			}
			if len(ws) > 1 {
				sentences = append(sentences, ws)
				tokens += len(ws)
			}
		}
	}
	before := 0
	report := func(name string) {
		fmt.Fprintf(os.Stderr, "wordrep: %s: %d sentences\n", name, len(sentences)-before)
		before = len(sentences)
	}
	if err := jsonLines(filepath.Join(data, corpusNewsMTSC), func(r map[string]any) {
		if s, ok := r["sentence_normalized"].(string); ok && !*wrNoMTSC {
			add(s)
		}
	}); err != nil {
		return nil, err
	}
	report(corpusNewsMTSC)
	for _, part := range []string{"train", "dev"} {
		files, err := filepath.Glob(filepath.Join(data, corpusPolNeAR, part, "text", "*.txt"))
		if err != nil {
			return nil, err
		}
		slices.Sort(files)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				return nil, err
			}
			add(string(b))
		}
	}
	report(corpusPolNeAR)
	if err := jsonLines(filepath.Join(data, corpusGVA), func(r map[string]any) {
		t, _ := r["title"].(string)
		c, _ := r["content"].(string)
		add(t + "\n\n" + c)
	}); err != nil {
		return nil, err
	}
	report(corpusGVA)
	if err := conllText(filepath.Join(data, corpusCoNLL), add); err != nil {
		return nil, err
	}
	report(corpusCoNLL)
	fmt.Fprintf(os.Stderr, "wordrep: %d sentences, %d tokens\n", len(sentences), tokens)
	r := wordrep.Build(sentences, opt, func(format string, args ...any) {
		fmt.Fprintf(os.Stderr, format+"\n", args...)
	})
	return r, nil
}

var (
	wrWindow = flag.Int("wr-window", 0, "experiment: context window of the word representations (0: default)")
	wrDim    = flag.Int("wr-dim", 0, "experiment: SVD dimensions of the word representations (0: default)")
	wrSizes  = flag.String("wr-sizes", "", "experiment: comma-separated cluster counts of the word representations")
	wrNoMTSC = flag.Bool("wr-no-newsmtsc", false, "experiment: learn the word representations without NewsMTSC's sentences")
)

// loadWordRep returns the word representations: read from file when it
// is not empty and exists, otherwise built from the text under data (and
// then written to file, when it is not empty, for the next run).
func loadWordRep(data, file string) (*wordrep.Reps, error) {
	if file != "" {
		if b, err := os.ReadFile(file); err == nil {
			fmt.Fprintf(os.Stderr, "wordrep: read from %s\n", file)
			return wordrep.Decode(b)
		}
	}
	opt := wordrep.DefaultOptions
	if *wrWindow > 0 {
		opt.Window = *wrWindow
	}
	if *wrDim > 0 {
		opt.Dim = *wrDim
	}
	if *wrSizes != "" {
		opt.Sizes = nil
		for _, f := range strings.Split(*wrSizes, ",") {
			n, err := strconv.Atoi(f)
			if err != nil {
				return nil, fmt.Errorf("-wr-sizes: %v", err)
			}
			opt.Sizes = append(opt.Sizes, n)
		}
	}
	r, err := buildWordRep(data, opt)
	if err != nil {
		return nil, err
	}
	if file != "" {
		b, err := r.MarshalBinary()
		if err != nil {
			return nil, err
		}
		if err := os.WriteFile(file, b, 0o644); err != nil {
			return nil, err
		}
		fmt.Fprintf(os.Stderr, "wordrep: %d words, %d bytes written to %s\n", r.Len(), len(b), file)
	}
	return r, nil
}

// jsonLines calls fn with each JSON object of a JSON Lines file.
func jsonLines(path string, fn func(map[string]any)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	line := 0
	for sc.Scan() {
		line++
		var r map[string]any
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return fmt.Errorf("%s:%d: %v", path, line, err)
		}
		fn(r)
	}
	return sc.Err()
}

// conllText calls fn with the text of each document of a CoNLL-2003 file,
// its tokens joined by spaces and its sentences by newlines.
func conllText(path string, fn func(string)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var doc, sent []string
	flush := func() {
		if len(sent) > 0 {
			doc = append(doc, strings.Join(sent, " "))
			sent = sent[:0]
		}
	}
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "-DOCSTART-"):
			flush()
			if len(doc) > 0 {
				fn(strings.Join(doc, "\n\n"))
				doc = doc[:0]
			}
		case line == "":
			flush()
		default:
			if i := strings.IndexByte(line, ' '); i > 0 {
				sent = append(sent, line[:i])
			}
		}
	}
	flush()
	if len(doc) > 0 {
		fn(strings.Join(doc, "\n\n"))
	}
	return sc.Err()
}
