package entities

import (
	"embed"
	"fmt"
	"io/fs"
	"sort"

	"github.com/newsfacts/newsfacts/entities/internal/gazetteer"
	"github.com/newsfacts/newsfacts/entities/internal/ner"
	"github.com/newsfacts/newsfacts/internal/textutil"
)

// The trained model and the gazetteers its features use, written by
// `go run ./entities/internal/train` (see the README).
//
//go:embed ner.model
var modelData []byte

//go:embed data/*.tsv
var gazetteerFS embed.FS

type resources struct {
	gaz   *gazetteer.Gazetteer
	model *ner.Model
}

var loaded = textutil.NewLazy(loadResources)

func loadResources() (*resources, error) {
	names, err := fs.Glob(gazetteerFS, "data/*.tsv")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	files := make([][]byte, len(names))
	for i, n := range names {
		if files[i], err = gazetteerFS.ReadFile(n); err != nil {
			return nil, err
		}
	}
	g, err := gazetteer.Load(files...)
	if err != nil {
		return nil, fmt.Errorf("entities: loading gazetteers: %v", err)
	}
	m, err := ner.Decode(modelData, g)
	if err != nil {
		return nil, fmt.Errorf("entities: loading the model: %v", err)
	}
	return &resources{gaz: g, model: m}, nil
}

// Load loads the embedded model and gazetteers, which otherwise happens on
// first use. Call it at start-up to pay the load time early and to check
// for an error.
func Load() error {
	_, err := loaded.Get()
	return err
}

// A TokenSpan is a named entity found by TagTokens: tokens [Start, End) of
// sentence Sentence.
type TokenSpan struct {
	Sentence   int
	Start, End int
	Type       Type
}

var nerTypes = [ner.NumTypes]Type{ner.PER: Person, ner.ORG: Organization, ner.LOC: Location, ner.MISC: Misc}

// TagTokens runs the named-entity model over a document that is already
// split into sentences of tokens, such as a CoNLL corpus, and returns the
// entities found, in order. Pass a whole document at once: the model uses
// evidence from other sentences (how a word is capitalised elsewhere, the
// longer names it occurs in). Tokens should follow Penn Treebank
// conventions, as package segment produces them.
func TagTokens(sentences [][]string) ([]TokenSpan, error) {
	res, err := loaded.Get()
	if err != nil {
		return nil, err
	}
	var out []TokenSpan
	for si, spans := range res.model.Tag(ner.Doc(sentences)) {
		for _, s := range spans {
			out = append(out, TokenSpan{Sentence: si, Start: s.Start, End: s.End, Type: nerTypes[s.Type]})
		}
	}
	return out, nil
}
