// Package textutil holds the text machinery that newsfacts' analysers
// share: calendar words, number words, folded views of text with an offset
// map back to the original, and the one way to load an embedded model or
// lexicon once per process. Analysers' own rules and lexicons live in their
// packages, not here.
package textutil
