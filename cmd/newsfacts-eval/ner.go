package main

import (
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/entities"
	"github.com/newsfacts/newsfacts/internal/conll"
)

func init() {
	register(command{
		name:    "ner",
		summary: "named entities on CoNLL-2003 (eng.testa by default): conlleval precision, recall and F1 per type",
		run:     runNER,
	})
}

var conllTypes = map[entities.Type]string{
	entities.Person: "PER", entities.Organization: "ORG", entities.Location: "LOC", entities.Misc: "MISC",
}

// runNER tags a CoNLL-2003 file document by document, feeding the model the
// gold tokens as the shared task does, and prints conlleval's report.
//
// With -case title or -case upper, every third sentence of each document
// (the second, fifth, ...) is rewritten in title case or in capitals before
// tagging, to measure how headlines and all-capitals copy are handled, and
// a second report covers those sentences alone.
func runNER(fs *flag.FlagSet, data *string, args []string, stdout io.Writer) error {
	set := fs.String("set", "eng.testa", "file under DATA/ner/conll2003 to evaluate")
	file := fs.String("file", "", "a CoNLL-2003 format `file` to evaluate instead of -set")
	casing := fs.String("case", "", "rewrite every third sentence: \"title\" or \"upper\"")
	if err := fs.Parse(args); err != nil {
		return err
	}
	var rewrite func(string) string
	switch *casing {
	case "":
	case "title":
		rewrite = titleCase
	case "upper":
		rewrite = strings.ToUpper
	default:
		return fmt.Errorf("-case %q: want title or upper", *casing)
	}
	path := *file
	if path == "" {
		path = filepath.Join(*data, "ner", "conll2003", *set)
	}
	docs, err := conll.ReadFile(path)
	if err != nil {
		return err
	}
	if err := entities.Load(); err != nil {
		return err
	}
	var all, changed conll.Evaluation
	for _, d := range docs {
		sents := make([][]string, len(d.Sentences))
		for si, s := range d.Sentences {
			sents[si] = s.Tokens
			if rewrite != nil && si%3 == 1 {
				toks := make([]string, len(s.Tokens))
				for i, t := range s.Tokens {
					toks[i] = rewrite(t)
				}
				sents[si] = toks
			}
		}
		found, err := entities.TagTokens(sents)
		if err != nil {
			return err
		}
		chunks := make([][]conll.Chunk, len(sents))
		for _, f := range found {
			chunks[f.Sentence] = append(chunks[f.Sentence], conll.Chunk{Start: f.Start, End: f.End, Type: conllTypes[f.Type]})
		}
		for si, s := range d.Sentences {
			pred := conll.IOB1(chunks[si], len(s.Tokens))
			if err := all.Add(s.Tags, pred); err != nil {
				return err
			}
			if rewrite != nil && si%3 == 1 {
				changed.Add(s.Tags, pred)
			}
		}
	}
	fmt.Fprintf(stdout, "%s (%d documents)\n", path, len(docs))
	all.Format(stdout)
	if rewrite != nil {
		fmt.Fprintf(stdout, "\nsentences rewritten in %s case only:\n", *casing)
		changed.Format(stdout)
	}
	return nil
}

// titleWords stay in lower case in title-case headlines.
var titleWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "but": true, "of": true,
	"in": true, "on": true, "at": true, "to": true, "for": true, "by": true, "with": true,
	"from": true, "as": true, "'s": true, "n't": true,
}

// titleCase capitalises a token as a title-case headline would: every
// word but short function words.
func titleCase(tok string) string {
	if titleWords[tok] {
		return tok
	}
	r, n := utf8.DecodeRuneInString(tok)
	if !unicode.IsLower(r) {
		return tok
	}
	return string(unicode.ToUpper(r)) + tok[n:]
}
