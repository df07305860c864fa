// Package newsfacts turns a news article into structured, checkable facts:
// who is involved (entities), when things happened (a timeline of
// normalised dates), how many were killed, injured or arrested (casualty
// figures), who said what (attributed speech) and the tone toward each
// party (sentiment). Every fact carries the byte span of its evidence in the
// original text.
//
// # Quick start
//
//	doc := analyzer.ParseArticle(rawText) // finds date line, headline, body
//	rep, err := newsfacts.Analyze(ctx, doc)
//	// rep.Published, rep.Title, rep.Entities, rep.Timexes, ...
//
// From the command line:
//
//	go run ./cmd/newsfacts testdata/zhanaozen.txt
//	go run ./cmd/newsfacts -format json testdata/zhanaozen.txt
//
// # How it fits together
//
// A [analyzer.Document] holds the article's text, which is never modified,
// and what is known about it: its publication date (the reference for
// "on Sunday"), headline and body span. [analyzer.ParseArticle] finds these
// in a raw scraped page; [analyzer.NewDocument] takes a plain body.
//
// Analysers are values of type [analyzer.Analyzer], in the manner of
// golang.org/x/tools/go/analysis: each has a Name, a Doc, the analysers it
// Requires and a Run function that receives their typed results through its
// [analyzer.Pass]. A [analyzer.Pipeline] orders analysers by their
// requirements and runs them over one document ([analyzer.Pipeline.Run]) or
// a stream of documents on several goroutines, in input order
// ([analyzer.Pipeline.RunAll]). An analyser that fails or panics fails only
// the analysers that depend on it. Pipelines and the built-in analysers are
// safe for concurrent use; models and lexicons are loaded once per process.
//
// The built-in analysers, each in its own package, registered under its
// name:
//
//   - segment ([github.com/newsfacts/newsfacts/analyzer/segment]): tokens,
//     sentences and paragraphs; every other analyser requires it.
//   - entities ([github.com/newsfacts/newsfacts/entities]): persons,
//     organisations, locations and other names from a statistical model,
//     grouped into clusters with roles, nominal mentions and pronouns.
//   - timeline ([github.com/newsfacts/newsfacts/timeline]): temporal
//     expressions normalised to TIMEX3 values against the publication date,
//     and the events they anchor in chronological order.
//   - casualties ([github.com/newsfacts/newsfacts/casualties]): figures of
//     killed, injured, missing, arrested and more, with bounds, who was
//     counted and per-article totals.
//   - quotes ([github.com/newsfacts/newsfacts/quotes]): direct, indirect and
//     mixed quotations with cue and speaker linked to an entity.
//   - sentiment ([github.com/newsfacts/newsfacts/sentiment]): the tone of the
//     document and its sentences, and toward each entity and caller target.
//
// This package composes them into the default pipeline ([DefaultPipeline],
// [Analyze]) and turns a pipeline's result into a [Report], the stable JSON
// contract of the newsfacts command.
//
// # Writing an analyser
//
// Declare an [analyzer.Analyzer] value whose Run reads what it requires
// with [analyzer.ResultOf], and register it with [analyzer.Register] so
// that it can be selected by name. See the package example, and
// [github.com/newsfacts/newsfacts/analyzer/analyzertest] for testing it with expectations written inline
// in a test text.
//
// # Offsets
//
// Every span is an [analyzer.Span]: half-open byte offsets into
// Document.Text, always on UTF-8 boundaries. [analyzer.Lines] turns offsets
// into line:column positions; [analyzer.RuneOffset] into character offsets.
package newsfacts
