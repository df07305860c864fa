package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/entities/internal/gazetteer"
	pc "github.com/newsfacts/newsfacts/internal/perceptron"
	"github.com/newsfacts/newsfacts/internal/textutil"
)

// A mode is the casing style of a sentence. Case-sensitive features are
// specific to the mode, so that a capital letter means something different
// in running text, in an all-capitals wire headline and in a title-case
// headline.
type mode uint8

const (
	modeNormal mode = iota
	modeCaps        // all capitals: "TENNIS - SPAIN HOLD ON FOR NARROW WIN"
	modeTitle       // title case: "Kazakhstan Defends Use of Force"
	numModes
)

// Word flags.
const (
	fInitCap = 1 << iota
	fAllCaps
	fHasLower
	fMixed // an upper-case letter after a lower-case one: McDonald, iPhone
	fHasDigit
	fAllDigits
	fHyphen
	fPeriod
	fApos
	fNoAlnum
	fLen1
	fLen2
	fLen3
	fLong
	fInitial // "J." "U.S."-like: letters each followed by a period
	numFlags = iota
)

// Flags that are not features: fFunction marks function words (see
// functionWords); fUnseen and fUnseenLow mark words whose form, or whose
// lower-case form, the training corpus never had, so that the features
// made of them cannot have weights and need not be looked up.
const (
	fFunction  = 1 << 31
	fUnseen    = 1 << 30
	fUnseenLow = 1 << 29
)

// A word is what the features know of one token.
type word struct {
	norm  string // the token with quotes, dashes and compatibility forms folded
	low   string // norm in lower case with digits replaced by '0'
	key   string // gazetteer key
	shape string // long shape: Xxxxx, dd-dd
	short string // short shape: Xx, d-d
	flags uint32
	gaz   gazetteer.Mask
	gtok  gazetteer.Token
	sex   byte
	id    int32 // the decoder's cache slot: >= 0 in the model's vocabulary, < 0 local
	// lowKey identifies the lower-case form: words with the same low have
	// the same lowKey (within one document at least).
	lowKey int32
}

var boundaryWord = word{norm: "<S>", low: "<s>", key: "", shape: "<S>", short: "<S>"}

// clipWord cuts a token to maxWordBytes, on a rune boundary.
func clipWord(tok string) string {
	if len(tok) <= maxWordBytes {
		return tok
	}
	cut := maxWordBytes
	for cut > 0 && !utf8.RuneStart(tok[cut]) {
		cut--
	}
	return tok[:cut]
}

// foldToken folds a token's typography: curly quotes and apostrophes made
// straight, dashes made '-', compatibility forms folded (NFKC). Tokens
// that are ASCII are returned as they are.
func foldToken(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return foldSlow(s)
		}
	}
	return s
}

// foldSlow folds the common typographic characters directly and leaves
// anything else to textutil.Fold.
func foldSlow(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch r {
		case '‘', '’', '‚', '‛', '′':
			b.WriteByte('\'')
		case '“', '”', '„', '‟', '″', '«', '»':
			b.WriteByte('"')
		case '‐', '‑', '‒', '–', '—', '―', '−':
			b.WriteByte('-')
		default:
			if r >= utf8.RuneSelf {
				return textutil.Fold(s, false).Text
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

// maxWordBytes bounds the part of a token that features look at, so that
// a pathological token (megabytes without a space) costs no more than a
// long word.
const maxWordBytes = 64

func newWord(tok string, g *gazetteer.Gazetteer) word {
	w := word{norm: foldToken(clipWord(tok))}
	if w.norm == "" {
		w.norm = "<empty>"
	}
	w.low = lowDigits(w.norm)
	w.key = gazetteer.Key(w.norm)
	w.shape, w.short = shapes(w.norm)
	w.flags = flagsOf(w.norm)
	if functionWords[w.low] {
		w.flags |= fFunction
	}
	if g != nil {
		w.gtok = g.Lookup(w.key)
		w.gaz = w.gtok.Kinds
		if w.gaz.Has(gazetteer.Given) {
			w.sex = g.Sex(w.key)
		}
	}
	return w
}

// lowDigits lower-cases s and replaces every digit with '0'.
func lowDigits(s string) string {
	ascii := true
	change := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if c >= 'A' && c <= 'Z' || c >= '1' && c <= '9' {
			change = true
		}
	}
	if ascii && !change {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			b.WriteByte('0')
		case r < utf8.RuneSelf:
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

const maxShape = 16

// shapes returns the long shape (letters and digits mapped to X, x and d,
// runs of more than four cut to four) and the short shape (runs of the
// same class collapsed).
func shapes(s string) (long, short string) {
	var lb, sb [maxShape]byte
	ln, sn := 0, 0
	var prev byte
	run := 0
	for _, r := range s {
		var c byte
		switch {
		case r >= 'A' && r <= 'Z':
			c = 'X'
		case r >= 'a' && r <= 'z':
			c = 'x'
		case r >= '0' && r <= '9':
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		default:
			c = '*'
		}
		if c == prev {
			run++
		} else {
			run = 1
		}
		if run <= 4 && ln < maxShape {
			lb[ln] = c
			ln++
		}
		if run == 1 && sn < maxShape {
			sb[sn] = c
			sn++
		}
		prev = c
	}
	return string(lb[:ln]), string(sb[:sn])
}

func flagsOf(s string) uint32 {
	var f uint32
	letters, uppers, lowers, digits, alnum, n := 0, 0, 0, 0, 0, 0
	sawLower := false
	initial := true // letter '.' letter '.' ...
	for i, r := range s {
		n++
		isUp := unicode.IsUpper(r)
		isLetter := isUp || unicode.IsLetter(r)
		switch {
		case isUp:
			letters++
			uppers++
			if i == 0 {
				f |= fInitCap
			}
			if sawLower {
				f |= fMixed
			}
		case isLetter:
			letters++
			lowers++
			sawLower = true
		case r >= '0' && r <= '9' || unicode.IsDigit(r):
			digits++
		case r == '-':
			f |= fHyphen
		case r == '.':
			f |= fPeriod
		case r == '\'':
			f |= fApos
		}
		if isLetter || r >= '0' && r <= '9' {
			alnum++
		}
		if n%2 == 1 && !isLetter || n%2 == 0 && r != '.' {
			initial = false
		}
	}
	if letters > 0 && lowers == 0 {
		f |= fAllCaps
	}
	if lowers > 0 {
		f |= fHasLower
	}
	if digits > 0 {
		f |= fHasDigit
		if digits == n {
			f |= fAllDigits
		}
	}
	if alnum == 0 {
		f |= fNoAlnum
	}
	switch {
	case n == 1:
		f |= fLen1
	case n == 2:
		f |= fLen2
	case n == 3:
		f |= fLen3
	case n >= 8:
		f |= fLong
	}
	if initial && n >= 2 && n%2 == 0 {
		f |= fInitial
	}
	return f
}

// functionWords stay in lower case in title-case headlines.
var functionWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "but": true, "nor": true,
	"of": true, "in": true, "on": true, "at": true, "to": true, "for": true, "by": true,
	"with": true, "from": true, "as": true, "into": true, "over": true, "after": true,
	"up": true, "off": true, "out": true, "vs": true, "vs.": true, "v": true, "per": true,
	"is": true, "are": true, "be": true, "not": true, "than": true, "via": true, "amid": true,
	"about": true, "against": true, "near": true, "under": true, "upon": true, "onto": true,
	"'s": true, "n't": true, "if": true, "so": true, "yet": true,
}

// sentenceMode classifies a sentence's casing. A sentence is in capitals
// when its words with letters are nearly all in capitals, and in title
// case when nearly all of its content words are capitalised.
func sentenceMode(ws []*word) mode {
	letterWords, caps, content, capContent := 0, 0, 0, 0
	for _, w := range ws {
		if w.flags&(fHasLower|fAllCaps) == 0 {
			continue // no letters
		}
		letterWords++
		if w.flags&fAllCaps != 0 {
			caps++
		}
		if w.flags&fFunction != 0 {
			continue
		}
		content++
		if w.flags&fInitCap != 0 {
			capContent++
		}
	}
	switch {
	case letterWords == 0:
		return modeNormal
	case caps*10 >= letterWords*9 && (letterWords >= 2 || len(ws[0].norm) >= 4):
		return modeCaps
	case content >= 3 && (capContent == content || content >= 6 && capContent >= content-1):
		return modeTitle
	}
	return modeNormal
}

// Document-level case evidence for a word (by its lower-case form), taken
// from sentences in normal mode at positions other than the first.
const (
	dcLower  = 1 << iota // seen in lower case
	dcCap                // seen capitalised
	dcUpper              // seen in capitals (two or more letters)
	dcSeqB               // first word of a capitalised run of two or more
	dcSeqI               // inside such a run
	dcSeqL               // last word of such a run
	dcGivenB             // preceded in a run by a given name
	dcOrgRun             // in a run that contains an organisation word
)

// docInfo is what the features know of the document around a sentence,
// indexed by the document-local id of a word's lower-case form.
type docInfo struct {
	seen  []uint16 // dc* bits
	first []int32  // index of the first sentence the form occurs in
	nlows int
}

func newDocInfo(sents []sentence, nlows int, sc *scratch) *docInfo {
	d := &docInfo{seen: grab(&sc.seen, nlows), first: grab(&sc.first, nlows), nlows: nlows}
	for i := range d.first {
		d.first[i] = -1
	}
	for si := range sents {
		s := &sents[si]
		ws, lows := s.words, s.lows
		for _, l := range lows {
			if d.first[l] < 0 {
				d.first[l] = int32(si)
			}
		}
		if s.mode != modeNormal {
			continue
		}
		for i := 1; i < len(ws); i++ {
			w := ws[i]
			switch {
			case w.flags&fAllCaps != 0 && w.flags&(fLen1) == 0:
				d.seen[lows[i]] |= dcUpper
			case w.flags&fInitCap != 0:
				d.seen[lows[i]] |= dcCap
			case w.flags&fHasLower != 0:
				d.seen[lows[i]] |= dcLower
			}
		}
		// Capitalised runs.
		for i := 0; i < len(ws); {
			if ws[i].flags&fInitCap == 0 {
				i++
				continue
			}
			j := i
			for j < len(ws) && ws[j].flags&fInitCap != 0 {
				j++
			}
			if j-i >= 2 {
				org := false
				for k := i; k < j; k++ {
					if ws[k].gaz.Has(gazetteer.OrgWord) {
						org = true
					}
				}
				for k := i; k < j; k++ {
					var b uint16
					switch k {
					case i:
						b = dcSeqB
					case j - 1:
						b = dcSeqL
					default:
						b = dcSeqI
					}
					if k > i && ws[k-1].gaz.Has(gazetteer.Given) {
						b |= dcGivenB
					}
					if org {
						b |= dcOrgRun
					}
					d.seen[lows[k]] |= b
				}
			}
			i = j
		}
	}
	return d
}

// Feature templates. A feature's hash combines its template, its offset
// from the current token, the sentence mode when the template is
// case-sensitive, and its string value.
const (
	tBias = iota + 1
	tWord
	tLow
	tShape
	tShort
	tPrefix
	tSuffix
	tFlag
	tGaz
	tGazCap
	tFirst
	tFirstLow
	tLast
	_ // tBigramPrev, retired
	_ // tBigramNext, retired
	tShapeTri
	tMatch
	tMatchCap
	tDoc
	tDocFirst
	tSex
	tModeBias
	tHist
)

func seed(t, offset int, m mode) uint64 { return pc.Seed(t, offset, uint8(m)) }

func hstr(h uint64, s string) uint64 { return pc.String(h, s) }

func hint(h uint64, v uint64) uint64 { return pc.Int(h, v) }

// fin finalises a hash; the result is never 0, which marks empty slots in
// the model's table.
func fin(h uint64) uint64 { return pc.Finish(h) }

// unigram appends the features that word w contributes at offset k from
// the current token in a sentence of mode m. They depend on nothing else,
// which lets the decoder cache their weights per word.
func unigram(dst []uint64, w *word, k int, m mode) []uint64 {
	if w.flags&fUnseenLow == 0 {
		dst = append(dst, fin(hstr(seed(tLow, k, 0), w.low)))
	}
	dst = append(dst, fin(hstr(seed(tShort, k, m), w.short)))
	if k < -1 || k > 1 {
		return dst
	}
	if w.flags&fUnseen == 0 {
		dst = append(dst, fin(hstr(seed(tWord, k, m), w.norm)))
	}
	for g := gazetteer.Kind(0); g < gazetteer.NumKinds; g++ {
		if w.gaz.Has(g) {
			dst = append(dst, fin(hint(seed(tGaz, k, 0), uint64(g))))
			if w.flags&fInitCap != 0 {
				dst = append(dst, fin(hint(seed(tGazCap, k, m), uint64(g))))
			}
		}
	}
	if k != 0 {
		return dst
	}
	dst = append(dst, fin(hstr(seed(tShape, 0, m), w.shape)))
	// Prefixes and suffixes of up to 3 and 4 runes (longer ones were tried:
	// they cost look-ups and gained nothing on the development set).
	low := w.low
	n := 0
	for i := range low {
		if n > 0 && n <= 3 {
			dst = append(dst, fin(hstr(seed(tPrefix, 0, 0), low[:i])))
		}
		n++
	}
	if n <= 3 && n > 0 {
		dst = append(dst, fin(hstr(seed(tPrefix, 0, 0), low)))
	}
	end := len(low)
	for j := 1; j <= 4 && end > 0; j++ {
		_, size := utf8.DecodeLastRuneInString(low[:end])
		end -= size
		if end == 0 && j > 1 {
			break // the suffix is the whole word, covered by tLow
		}
		dst = append(dst, fin(hstr(seed(tSuffix, 0, 0), low[end:])))
	}
	// The flags as one feature: their combination says more than each.
	dst = append(dst, fin(hint(seed(tFlag, 0, m), uint64(w.flags&(1<<numFlags-1)))))
	if w.sex != 0 {
		dst = append(dst, fin(hint(seed(tSex, 0, 0), uint64(w.sex))))
	}
	return dst
}

// A history counts, for each lower-case form of a document (by its
// document-local id), how the capitalised tokens of that form were
// labelled in the sentences decoded so far: O or one of the types. It
// gives the decoder the evidence of earlier sentences ("Kasymov" was a
// person there), as the prediction history of Ratinov and Roth (2009).
type history [][NumTypes + 1]uint16

// histFeature appends the history feature of token i, if it has one.
func histFeature(dst []uint64, s *sentence, i int, h history) []uint64 {
	w := s.words[i]
	if w.flags&(fInitCap|fAllCaps) == 0 {
		return dst
	}
	c := &h[s.lows[i]]
	total, maj := 0, 0
	for k, n := range c {
		total += int(n)
		if n > c[maj] {
			maj = k
		}
	}
	if total == 0 {
		return dst
	}
	v := uint64(maj) << 1
	if int(c[maj]) == total {
		v |= 1
	}
	return append(dst, fin(hint(seed(tHist, 0, s.mode), v)))
}

// histHashes lists every hash histFeature can produce.
func histHashes() []uint64 {
	var out []uint64
	for m := mode(0); m < numModes; m++ {
		for v := uint64(0); v < 2*(NumTypes+1); v++ {
			out = append(out, fin(hint(seed(tHist, 0, m), v)))
		}
	}
	return out
}

// record adds the labels of a decoded sentence to the history.
func (h history) record(s *sentence, tags []Tag) {
	for i, w := range s.words {
		if w.flags&(fInitCap|fAllCaps) == 0 {
			continue
		}
		k := 0
		if tags[i] != O {
			k = 1 + tags[i].Type()
		}
		if c := &h[s.lows[i]][k]; *c < 1<<15 {
			*c++
		}
	}
}

// sentence holds a sentence's words with everything the context features
// need.
type sentence struct {
	words []*word
	lows  []int32 // document-local ids of the words' lower-case forms
	mode  mode
	index int // in the document
	// match[i] is the gazetteer match covering token i: kinds and BILOU
	// position; kinds 0 when none.
	matchKinds []gazetteer.Mask
	matchPos   []uint8
}

func (s *sentence) at(i int) *word {
	if i < 0 || i >= len(s.words) {
		return &boundaryWord
	}
	return s.words[i]
}

// context appends the features of token i that depend on more than one
// word: sentence position, bigrams, gazetteer phrase matches and
// document evidence.
func context(dst []uint64, s *sentence, i int, d *docInfo) []uint64 {
	m := s.mode
	w := s.words[i]
	prev, next := s.at(i-1), s.at(i+1)
	// (Word bigrams were tried: they cost a look-up per token and gained
	// less than 0.1 F1 on the development set.)
	dst = append(dst, fin(hstr(hstr(hstr(seed(tShapeTri, 0, m), prev.short), w.short), next.short)))
	if i == 0 {
		dst = append(dst,
			fin(hstr(seed(tFirst, 0, m), w.short)),
			fin(hstr(seed(tFirstLow, 0, m), w.low)))
	}
	if i == len(s.words)-1 {
		dst = append(dst, fin(hstr(seed(tLast, 0, m), w.short)))
	}
	if ks := s.matchKinds[i]; ks != 0 {
		for g := gazetteer.Kind(0); g < gazetteer.NumKinds; g++ {
			if ks.Has(g) {
				v := uint64(g)<<8 | uint64(s.matchPos[i])
				dst = append(dst, fin(hint(seed(tMatch, 0, 0), v)))
				if w.flags&fInitCap != 0 {
					dst = append(dst, fin(hint(seed(tMatchCap, 0, m), v)))
				}
			}
		}
	}
	if d != nil && w.flags&(fInitCap|fAllCaps) != 0 {
		bits := d.seen[s.lows[i]]
		// Case evidence from elsewhere, conjoined with where this token
		// stands (first in its sentence or not) and the mode.
		pos := uint64(0)
		if i == 0 {
			pos = 1
		}
		dst = append(dst, fin(hint(seed(tDoc, 0, m), uint64(bits&(dcLower|dcCap|dcUpper))<<1|pos)))
		for b := 3; b < 8; b++ {
			if bits&(1<<b) != 0 {
				dst = append(dst, fin(hint(seed(tDoc, 1, 0), uint64(b))))
			}
		}
		if d.first[s.lows[i]] == int32(s.index) {
			dst = append(dst, fin(seed(tDocFirst, 0, m)))
		}
	}
	return dst
}

// A Doc is a document as the recogniser sees it: sentences of tokens.
type Doc [][]string

// prepare builds the sentences of a document and its document-level
// evidence, taking each token's word from words, which is called once per
// token and must give words with consistent lowKeys.
func prepare(doc Doc, g *gazetteer.Gazetteer, words func(string) *word, sc *scratch) ([]sentence, *docInfo) {
	n := 0
	for _, toks := range doc {
		n += len(toks)
	}
	if sc == nil {
		sc = new(scratch)
	}
	var lows lowTable
	lows.init(n, sc)
	allWords := grab(&sc.words, n)
	allLows := grab(&sc.lows, n)
	matchKinds := grab(&sc.kinds, n)
	matchPos := grab(&sc.pos, n)
	sents := grab(&sc.sents, len(doc))
	gtoks, matches := sc.gtoks[:0], sc.matches[:0]
	defer func() { sc.gtoks, sc.matches = gtoks, matches }()
	off := 0
	for si, toks := range doc {
		s := &sents[si]
		s.index = si
		s.words, s.lows = allWords[off:off+len(toks):off+len(toks)], allLows[off:off+len(toks):off+len(toks)]
		s.matchKinds = matchKinds[off : off+len(toks) : off+len(toks)]
		s.matchPos = matchPos[off : off+len(toks) : off+len(toks)]
		off += len(toks)
		anyGaz := false
		for i, t := range toks {
			w := words(t)
			s.words[i], s.lows[i] = w, lows.index(w.lowKey)
			if w.gtok.Kinds != 0 || w.gtok.Starts {
				anyGaz = true
			}
		}
		if len(toks) > 0 {
			s.mode = sentenceMode(s.words)
		}
		if g == nil || !anyGaz {
			continue
		}
		gtoks = gtoks[:0]
		for _, w := range s.words {
			gtoks = append(gtoks, w.gtok)
		}
		matches = g.MatchTokens(matches[:0], gtoks)
		for _, mt := range matches {
			for j := mt.Start; j < mt.End; j++ {
				s.matchKinds[j] = mt.Kinds
				switch {
				case mt.End-mt.Start == 1:
					s.matchPos[j] = posU
				case j == mt.Start:
					s.matchPos[j] = posB
				case j == mt.End-1:
					s.matchPos[j] = posL
				default:
					s.matchPos[j] = posI
				}
			}
		}
	}
	return sents, newDocInfo(sents, lows.n, sc)
}

// scratch holds the working arrays of one call of prepare and of the
// decoder, so that they can be reused from call to call (see Model.Tag).
// Training, which keeps its sentences, gives each document a fresh one.
type scratch struct {
	words            []*word
	lows             []int32
	kinds            []gazetteer.Mask
	pos              []uint8
	sents            []sentence
	lowKeys, lowVals []int32
	seen             []uint16
	first            []int32
	hist             history
	em               []float32
	tags             []Tag
	vs               []*vec
	buf              []uint64
	gtoks            []gazetteer.Token
	matches          []gazetteer.Match
}

// grab returns *s resized to n zero elements, reusing its array when it is
// large enough.
func grab[T any](s *[]T, n int) []T {
	if cap(*s) < n {
		*s = make([]T, n)
	} else {
		*s = (*s)[:n]
		clear(*s)
	}
	return *s
}

// release drops the scratch's references to words, so that a pooled
// scratch keeps no document's words alive.
func (sc *scratch) release() {
	clear(sc.words[:cap(sc.words)])
	clear(sc.vs[:cap(sc.vs)])
	clear(sc.sents[:cap(sc.sents)])
}

// lowTable numbers the lowKeys of one document densely from 0: a small
// open-addressing hash table from key to number.
type lowTable struct {
	keys []int32 // key+1; 0 marks an empty slot
	vals []int32
	n    int
}

func (t *lowTable) init(tokens int, sc *scratch) {
	size := 16
	for size <= tokens { // at most one distinct form per token, so a slot stays free
		size <<= 1
	}
	t.keys = grab(&sc.lowKeys, size)
	t.vals = grab(&sc.lowVals, size)
}

func (t *lowTable) index(key int32) int32 {
	mask := uint32(len(t.keys) - 1)
	j := (uint32(key) * 0x9E3779B1) & mask
	for {
		switch t.keys[j] {
		case key + 1:
			return t.vals[j]
		case 0:
			t.keys[j], t.vals[j] = key+1, int32(t.n)
			t.n++
			return int32(t.n - 1)
		}
		j = (j + 1) & mask
	}
}

// localWords returns a word provider that builds each distinct token's
// word once.
func localWords(g *gazetteer.Gazetteer) func(string) *word {
	cache := map[string]*word{}
	lows := map[string]int32{}
	return func(t string) *word {
		if w, ok := cache[t]; ok {
			return w
		}
		w := newWord(t, g)
		l, ok := lows[w.low]
		if !ok {
			l = int32(len(lows))
			lows[w.low] = l
		}
		w.lowKey = l
		cache[t] = &w
		return &w
	}
}

// features appends all features of token i.
func features(dst []uint64, s *sentence, i int, d *docInfo) []uint64 {
	dst = biases(dst, s.mode)
	for k := -2; k <= 2; k++ {
		dst = unigram(dst, s.at(i+k), k, s.mode)
	}
	return context(dst, s, i, d)
}

// biases appends the features every token has: a bias and a bias for the
// sentence's mode. The decoder adds their weights to the words' vectors.
func biases(dst []uint64, m mode) []uint64 {
	return append(dst, fin(seed(tBias, 0, 0)), fin(seed(tModeBias, 0, m)))
}
