package textutil

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// FoldKey returns the key under which a word is listed in a gazetteer or
// lexicon that ignores case, typography and diacritics: the word under
// compatibility decomposition with its combining marks removed, folded as
// Fold folds it (straight quotes, '-' for dashes) and lower-cased, then
// recomposed. "Warīsān" becomes "warisan", "Zürich" "zurich" and
// "Kazakhstan’s" "kazakhstan's"; letters without a decomposition ("ø",
// "ł") are kept. ASCII words are only lower-cased, without allocating when
// they have no capital.
func FoldKey(word string) string {
	for i := 0; i < len(word); i++ {
		if word[i] >= utf8.RuneSelf {
			return foldKeySlow(word)
		}
	}
	return lowerASCII(word)
}

func foldKeySlow(word string) string {
	var b strings.Builder
	b.Grow(len(word))
	for _, r := range norm.NFKD.String(word) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(foldRune(r, true))
	}
	k := b.String()
	for i := 0; i < len(k); i++ {
		if k[i] >= utf8.RuneSelf {
			return norm.NFC.String(k)
		}
	}
	return k
}
