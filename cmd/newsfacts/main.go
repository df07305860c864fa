// Command newsfacts extracts facts from news articles: entities, dates,
// casualty figures, quotations and sentiment, each with the byte span of
// its evidence.
//
// Usage:
//
//	newsfacts [flags] FILE...          analyse article files (raw scraped text)
//	newsfacts -in jsonl [flags] [FILE...] < docs.jsonl
//
// With files, newsfacts prints a readable report per article, or with
// -format json the JSON contract. With -in jsonl it reads JSON Lines
// ({"id","text","published","title","targets"}) from the files or standard
// input and writes one JSON object per line, in input order (-format jsonl).
//
// Flags:
//
//	-format text|json|jsonl   output format (default text; jsonl with -in jsonl)
//	-in text|jsonl            input format (default text)
//	-j N                      documents analysed in parallel (default: number of CPUs)
//	-published DATE           reference date for every document (YYYY-MM-DD)
//	-analyzers a,b            run only these registered analysers (and what they require)
//	-list                     list the registered analysers and exit
//
// Errors (an unreadable file, a malformed JSON line, an invalid date) are
// reported on standard error with the file and line; the other documents are
// still processed and the exit status is 1.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/analyzer"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

type config struct {
	format    string
	in        string
	workers   int
	published time.Time
	pipeline  *analyzer.Pipeline
	stderr    io.Writer
	progress  bool
}

// run is the command, with its streams as arguments for testing; it
// returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("newsfacts", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "", "output `format`: text, json or jsonl (default text, or jsonl with -in jsonl)")
	fs.StringVar(format, "out", "", "same as -format")
	in := fs.String("in", "text", "input `format`: text (article files) or jsonl")
	workers := fs.Int("j", runtime.GOMAXPROCS(0), "number of documents analysed in parallel")
	published := fs.String("published", "", "reference `date` (YYYY-MM-DD) for every document, overriding any found")
	names := fs.String("analyzers", "", "comma-separated `names` of the analysers to run (default all built-in)")
	list := fs.Bool("list", false, "list the registered analysers and exit")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: newsfacts [flags] FILE...\n       newsfacts -in jsonl [flags] [FILE...] < docs.jsonl\n\nflags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *list {
		for _, n := range analyzer.Names() {
			a, _ := analyzer.Lookup(n)
			summary, _, _ := strings.Cut(a.AnalyzerDoc(), "\n")
			fmt.Fprintf(stdout, "%-12s %s\n", n, summary)
		}
		return 0
	}
	cfg := &config{format: *format, in: *in, workers: *workers, stderr: stderr}
	if cfg.format == "" {
		cfg.format = map[string]string{"jsonl": "jsonl"}[cfg.in]
		if cfg.format == "" {
			cfg.format = "text"
		}
	}
	switch {
	case cfg.format != "text" && cfg.format != "json" && cfg.format != "jsonl":
		fmt.Fprintf(stderr, "newsfacts: invalid -format %q: want text, json or jsonl\n", cfg.format)
		return 2
	case cfg.in != "text" && cfg.in != "jsonl":
		fmt.Fprintf(stderr, "newsfacts: invalid -in %q: want text or jsonl\n", cfg.in)
		return 2
	case cfg.in == "text" && fs.NArg() == 0:
		fs.Usage()
		return 2
	}
	if *published != "" {
		t, err := analyzer.ParseDate(*published)
		if err != nil {
			fmt.Fprintf(stderr, "newsfacts: -published: %v\n", err)
			return 2
		}
		cfg.published = t
	}
	var sel []string
	for _, n := range strings.Split(*names, ",") {
		if n = strings.TrimSpace(n); n != "" {
			sel = append(sel, n)
		}
	}
	p, err := newsfacts.NewPipeline(sel...)
	if err != nil {
		fmt.Fprintf(stderr, "newsfacts: -analyzers: %v\n", err)
		return 2
	}
	cfg.pipeline = p
	if f, ok := stderr.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			cfg.progress = true
		}
	}

	var items iter.Seq[item]
	if cfg.in == "jsonl" {
		if fs.NArg() == 0 {
			items = jsonlItems("stdin", stdin, cfg)
		} else {
			items = concat(fs.Args(), func(name string) iter.Seq[item] { return jsonlFile(name, cfg) })
		}
	} else {
		items = textItems(fs.Args(), cfg)
	}
	bw := bufio.NewWriter(stdout)
	defer bw.Flush()
	if failed := process(items, bw, cfg); failed {
		return 1
	}
	return 0
}

// An item is one input document, or the error that stopped it being read.
type item struct {
	doc  *analyzer.Document
	err  error  // the input error, naming the file and line
	line int    // 1-based line of a JSON Lines input, or 0
	name string // file name
}

// process analyses the items on cfg.workers goroutines and writes their
// reports in input order. It reports whether anything failed.
func process(items iter.Seq[item], w *bufio.Writer, cfg *config) bool {
	// The pipeline's RunAll keeps input order; input errors travel beside
	// it, keyed by position, as nil documents.
	var mu sync.Mutex
	pending := map[int]item{}
	n := 0
	docs := func(yield func(*analyzer.Document) bool) {
		for it := range items {
			mu.Lock()
			pending[n] = it
			n++
			mu.Unlock()
			if !yield(it.doc) {
				return
			}
		}
	}
	failed := false
	start := time.Now()
	i := 0
	for res, runErr := range cfg.pipeline.RunAll(context.Background(), docs, cfg.workers) {
		mu.Lock()
		it := pending[i]
		delete(pending, i)
		mu.Unlock()
		i++
		if it.err != nil {
			failed = true
			fmt.Fprintf(cfg.stderr, "newsfacts: %v\n", it.err)
			if cfg.format == "jsonl" {
				writeJSON(w, map[string]any{"line": it.line, "error": it.err.Error()}, false)
			}
			continue
		}
		rep := newsfacts.NewReport(res)
		if runErr != nil {
			failed = true
			fmt.Fprintf(cfg.stderr, "newsfacts: %s: %v\n", it.name, runErr)
		}
		switch cfg.format {
		case "text":
			if i > 1 {
				fmt.Fprintln(w, "\n"+strings.Repeat("─", 72))
			}
			rep.WriteText(w)
		case "json":
			writeJSON(w, rep, true)
		case "jsonl":
			writeJSON(w, rep, false)
		}
		if cfg.progress && i%100 == 0 {
			w.Flush()
			fmt.Fprintf(cfg.stderr, "\r%d documents, %.0f/s", i, float64(i)/time.Since(start).Seconds())
		}
	}
	if cfg.progress && i >= 100 {
		fmt.Fprintf(cfg.stderr, "\r%d documents, %.0f/s\n", i, float64(i)/time.Since(start).Seconds())
	}
	return failed
}

func writeJSON(w io.Writer, v any, indent bool) {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if indent {
		enc.SetIndent("", "  ")
	}
	if err := enc.Encode(v); err != nil {
		fmt.Fprintf(w, "{\"error\": %q}\n", err.Error())
	}
}

// textItems reads each file as a raw article.
func textItems(files []string, cfg *config) iter.Seq[item] {
	return func(yield func(item) bool) {
		for _, name := range files {
			var b []byte
			var err error
			if name == "-" {
				b, err = io.ReadAll(os.Stdin)
			} else {
				b, err = os.ReadFile(name)
			}
			if err != nil {
				if !yield(item{name: name, err: fmt.Errorf("read %s: %w", name, cause(err))}) {
					return
				}
				continue
			}
			doc := analyzer.ParseArticle(string(b))
			doc.ID = name
			if !cfg.published.IsZero() {
				doc.Published = cfg.published
			}
			if !yield(item{doc: doc, name: name}) {
				return
			}
		}
	}
}

// cause strips the operation and path from a *fs.PathError, which the
// message names itself.
func cause(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func concat(names []string, f func(string) iter.Seq[item]) iter.Seq[item] {
	return func(yield func(item) bool) {
		for _, n := range names {
			for it := range f(n) {
				if !yield(it) {
					return
				}
			}
		}
	}
}

func jsonlFile(name string, cfg *config) iter.Seq[item] {
	return func(yield func(item) bool) {
		f, err := os.Open(name)
		if err != nil {
			yield(item{name: name, err: fmt.Errorf("read %s: %w", name, cause(err))})
			return
		}
		defer f.Close()
		for it := range jsonlItems(name, f, cfg) {
			if !yield(it) {
				return
			}
		}
	}
}

// An input line of JSON Lines.
type input struct {
	ID        string          `json:"id"`
	Text      *string         `json:"text"`
	Published string          `json:"published"`
	Title     string          `json:"title"`
	Targets   []analyzer.Span `json:"targets"`
}

// jsonlItems reads JSON Lines documents from r.
func jsonlItems(name string, r io.Reader, cfg *config) iter.Seq[item] {
	return func(yield func(item) bool) {
		br := bufio.NewReaderSize(r, 1<<16)
		for line := 1; ; line++ {
			b, err := br.ReadBytes('\n')
			if len(b) == 0 && err != nil {
				if err != io.EOF {
					yield(item{name: name, line: line, err: fmt.Errorf("%s:%d: %w", name, line, err)})
				}
				return
			}
			if len(strings.TrimSpace(string(b))) == 0 {
				continue
			}
			it := parseLine(name, line, b, cfg)
			if !yield(it) {
				return
			}
		}
	}
}

func parseLine(name string, line int, b []byte, cfg *config) item {
	it := item{name: fmt.Sprintf("%s:%d", name, line), line: line}
	var in input
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&in); err != nil {
		it.err = fmt.Errorf("%s:%d: invalid JSON: %v", name, line, err)
		return it
	}
	if in.Text == nil {
		it.err = fmt.Errorf("%s:%d: no \"text\" field", name, line)
		return it
	}
	doc := analyzer.ParseArticle(*in.Text)
	doc.ID = in.ID
	if doc.ID == "" {
		doc.ID = it.name
	}
	if in.Title != "" {
		doc.Title = in.Title
	}
	if in.Published != "" {
		t, err := analyzer.ParseDate(in.Published)
		if err != nil {
			it.err = fmt.Errorf("%s:%d: published: %v", name, line, err)
			return it
		}
		doc.Published = t
	}
	if !cfg.published.IsZero() {
		doc.Published = cfg.published
	}
	for i, t := range in.Targets {
		if err := t.Check(doc.Text); err != nil {
			it.err = fmt.Errorf("%s:%d: targets[%d]: %v", name, line, i, err)
			return it
		}
	}
	doc.Targets = in.Targets
	it.doc = doc
	return it
}
