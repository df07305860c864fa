package tsc

import (
	"math"
	"slices"
	"strconv"

	"github.com/newsfacts/newsfacts/sentiment/internal/lexicon"
	"github.com/newsfacts/newsfacts/sentiment/internal/wordrep"
)

// Bits is the size of the hashed feature space: 2^Bits buckets.
const Bits = 22

const mask = 1<<Bits - 1

// A Feat is one hashed feature with its value.
type Feat struct {
	Index uint32
	Value float32
}

const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

func hashStr(h uint32, s string) uint32 {
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= fnvPrime
	}
	return h
}

// featureIndex hashes a feature name given in two parts.
func featureIndex(kind, name string) uint32 {
	h := hashStr(fnvOffset, kind)
	h ^= '|'
	h *= fnvPrime
	h = hashStr(h, name)
	// final avalanche
	h ^= h >> 15
	h *= 0x2c1b3c6d
	h ^= h >> 12
	return h & mask
}

// An Emitter receives features by name; Features calls it for every
// feature of a target.
type Emitter func(kind, name string, v float32)

// Hashed returns an Emitter that appends hashed features to *dst.
func Hashed(dst *[]Feat) Emitter {
	return func(kind, name string, v float32) {
		*dst = append(*dst, Feat{featureIndex(kind, name), v})
	}
}

var pronouns = map[string]bool{
	"he": true, "she": true, "him": true, "her": true, "his": true, "hers": true, "they": true,
	"them": true, "their": true, "i": true, "me": true, "my": true, "we": true, "us": true,
	"our": true, "you": true, "your": true, "it": true, "its": true, "himself": true, "herself": true,
	"themselves": true,
}

var sayVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "told": true, "tells": true, "added": true, "wrote": true,
	"writes": true, "stated": true, "says.": true, "argued": true, "argues": true, "insisted": true,
	"claimed": true, "claims": true, "declared": true, "tweeted": true, "explained": true,
	"noted": true, "asked": true, "replied": true, "responded": true, "warned": true, "according": true,
	"acknowledged": true, "admitted": true, "announced": true, "suggested": true, "continued": true,
}

var auxiliaries = map[string]bool{
	"was": true, "were": true, "is": true, "are": true, "been": true, "be": true, "being": true,
	"has": true, "have": true, "had": true, "got": true, "gets": true, "get": true,
}

var stop = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "to": true, "in": true, "and": true, "on": true,
	"for": true, "at": true, "with": true, "as": true, "that": true, "this": true, "it": true,
	"from": true, "#num": true,
}

// Window is the number of tokens on each side of a target that its
// features see, which bounds the cost of a target in a long sentence.
const Window = 60

// Features emits the features of the target at tokens [a, b) of s. ws
// are the learned word scores and reps the word clusters (nil for none).
func Features(s *Sentence, a, b int, ws *WordScores, reps *wordrep.Reps, emit Emitter) {
	lo, n := max(0, a-Window), min(len(s.Toks), b+Window)
	sub := Sentence{Toks: s.Toks[lo:n], Spans: s.Spans[lo:n], Val: s.Val[lo:n], Quote: s.Quote[lo:n], Cap: s.Cap[lo:n]}
	// The dense features (lexicon and word-score sums) are also emitted
	// conjoined with the target's role flags, so that evidence can count
	// differently for a speaker, a quoted party or a sentence subject.
	var flags []string
	var dense []denseFeat
	collect := func(kind, name string, v float32) {
		emit(kind, name, v)
		switch kind {
		case "speaker", "inquote", "start", "pron", "agent", "poss":
			flags = append(flags, kind)
		case "lex", "lexpos", "lexneg", "sent", "lexclause", "ws+", "ws-", "wsclause+", "wsclause-", "wsall+", "wsall-":
			dense = append(dense, denseFeat{kind, name, v})
		}
	}
	features(&sub, a-lo, b-lo, collect)
	if ws != nil {
		wordScoreFeatures(&sub, a-lo, b-lo, ws, reps, collect)
	}
	if reps != nil {
		clusterFeatures(&sub, a-lo, b-lo, reps, collect)
		if reps.Dim > 0 {
			vectorFeatures(&sub, a-lo, b-lo, reps, collect)
		}
	}
	for _, f := range flags {
		for _, d := range dense {
			emit(f+"&"+d.kind, d.name, d.v)
		}
	}
}

// IsSpeaker reports whether the target at tokens [a, b) of s is the
// speaker of a quotation in its sentence.
func IsSpeaker(s *Sentence, a, b int) bool {
	lo, n := max(0, a-Window), min(len(s.Toks), b+Window)
	sub := Sentence{Toks: s.Toks[lo:n], Quote: s.Quote[lo:n]}
	return isSpeaker(&sub, a-lo, b-lo)
}

// isSpeaker reports whether the target at tokens [a, b) is outside
// quotation marks, the sentence has a quotation, and a verb of saying is
// next to the target ("X said", "said X", "X, who said").
func isSpeaker(s *Sentence, a, b int) bool {
	if s.Quote[a] || !slices.Contains(s.Quote, true) {
		return false
	}
	for k := max(0, a-2); k < min(len(s.Toks), b+2); k++ {
		if (k < a || k >= b) && sayVerbs[s.Toks[k].Word] {
			return true
		}
	}
	return false
}

type denseFeat struct {
	kind, name string
	v          float32
}

var bucketNames = [2][5]string{{"L0", "L1", "L2", "L3", "L4"}, {"R0", "R1", "R2", "R3", "R4"}}

func bucket(d int) int {
	switch {
	case d <= 1:
		return 0
	case d <= 3:
		return 1
	case d <= 6:
		return 2
	case d <= 12:
		return 3
	}
	return 4
}

// pairMean averages the (positive, negative) scores of a set of words.
type pairMean struct {
	sum [2]float32
	n   float32
}

func (m *pairMean) add(sc [2]float32) {
	m.sum[0] += sc[0]
	m.sum[1] += sc[1]
	m.n++
}

// emit emits the means as features of kinds pos and neg, when any word
// was added.
func (m *pairMean) emit(emit Emitter, pos, neg, name string) {
	if m.n > 0 {
		emit(pos, name, m.sum[0]/m.n)
		emit(neg, name, m.sum[1]/m.n)
	}
}

// wordScoreFeatures weighs the learned scores of the context's words by
// side and distance, within the target's clause and over the sentence.
func wordScoreFeatures(s *Sentence, a, b int, ws *WordScores, reps *wordrep.Reps, emit Emitter) {
	n := len(s.Toks)
	cs, ce := a, b
	for cs > 0 && !isBreak(s.Toks[cs-1]) {
		cs--
	}
	for ce < n && !isBreak(s.Toks[ce]) {
		ce++
	}
	var byDist [2][5]pairMean
	var clause, all pairMean
	for k := 0; k < n; k++ {
		if (k >= a && k < b) || !s.Toks[k].IsWord {
			continue
		}
		sc, ok := ws.m[s.Toks[k].Word]
		if !ok {
			continue
		}
		side, d := 0, a-k
		if k >= b {
			side, d = 1, k-b+1
		}
		byDist[side][bucket(d)].add(sc)
		all.add(sc)
		if k >= cs && k < ce {
			clause.add(sc)
		}
	}
	for side := range 2 {
		for db := range 5 {
			byDist[side][db].emit(emit, "ws+", "ws-", bucketNames[side][db])
		}
	}
	clause.emit(emit, "wsclause+", "wsclause-", "")
	all.emit(emit, "wsall+", "wsall-", "")
	// Scores of the context's word pairs.
	var big pairMean
	for k := 0; k+1 < n; k++ {
		if (k >= a && k < b) || (k+1 >= a && k+1 < b) || !s.Toks[k].IsWord || !s.Toks[k+1].IsWord {
			continue
		}
		if sc, ok := ws.find("~", s.Toks[k].Word, " ", s.Toks[k+1].Word); ok {
			big.add(sc)
		}
	}
	big.emit(emit, "wsbig+", "wsbig-", "")
	// Scores of the words as near neighbours of a target, on their side.
	var near pairMean
	for k := max(0, a-nearWords); k < min(n, b+nearWords); k++ {
		if (k >= a && k < b) || !s.Toks[k].IsWord {
			continue
		}
		if sc, ok := ws.find(sidePrefix(k < a), s.Toks[k].Word, "", ""); ok {
			near.add(sc)
		}
	}
	near.emit(emit, "wsnear+", "wsnear-", "")
	// Scores of the mention's own common words ("the embattled mayor").
	var own pairMean
	for k := a; k < b; k++ {
		if !s.Toks[k].IsWord || s.Cap[k] {
			continue
		}
		if sc, ok := ws.find("=", s.Toks[k].Word, "", ""); ok {
			own.add(sc)
		}
	}
	own.emit(emit, "wsown+", "wsown-", "")
	if reps == nil {
		return
	}
	// Scores of the context words' clusters, over the sentence and as near
	// neighbours.
	var clu, cnear pairMean
	for k := 0; k < n; k++ {
		if (k >= a && k < b) || !s.Toks[k].IsWord || stop[s.Toks[k].Word] {
			continue
		}
		cs := reps.Clusters(s.Toks[k].Word)
		if cs == nil {
			continue
		}
		if sc, ok := ws.findCluster("", cs); ok {
			clu.add(sc)
		}
		if k >= a-nearWords && k < b+nearWords {
			if sc, ok := ws.findCluster(sidePrefix(k < a), cs); ok {
				cnear.add(sc)
			}
		}
	}
	clu.emit(emit, "wsclu+", "wsclu-", "")
	cnear.emit(emit, "wscnear+", "wscnear-", "")
}

func features(s *Sentence, a, b int, emit Emitter) {
	n := len(s.Toks)
	emit("bias", "", 1)
	// The mention itself.
	if b-a == 1 && pronouns[s.Toks[a].Word] {
		emit("pron", s.Toks[a].Word, 1)
	} else {
		emit("tlen", strconv.Itoa(min(b-a, 4)), 1)
	}
	// Position in the sentence.
	start := a == 0 || (a == 1 && !s.Toks[0].IsWord)
	if start {
		emit("start", "", 1)
	}
	if b < n && (s.Toks[b].Word == "'s" || s.Toks[b].Word == "'") {
		emit("poss", "", 1)
	}
	inQuote := s.Quote[a]
	hasQuote := false
	for _, q := range s.Quote {
		if q {
			hasQuote = true
			break
		}
	}
	if inQuote {
		emit("inquote", "", 1)
	}
	// Speaker: a say verb next to the target outside the quotation.
	speaker := !inQuote && hasQuote && isSpeaker(s, a, b)
	if speaker {
		emit("speaker", "", 1)
	}
	// An irrealis marker in the target's clause ("X should be ...").
	for k := a - 1; k >= 0 && !isBreak(s.Toks[k]); k-- {
		if lexicon.ClassOf(s.Toks[k].Word) == lexicon.Irrealis {
			emit("irr", "L", 1)
			break
		}
	}
	for k := b; k < n && !isBreak(s.Toks[k]); k++ {
		if lexicon.ClassOf(s.Toks[k].Word) == lexicon.Irrealis {
			emit("irr", "R", 1)
			break
		}
	}
	if a > 0 && s.Toks[a-1].Word == "by" {
		emit("agent", "", 1)
	}
	// Passive or perfect after the target: "X was killed".
	if b+1 < n && auxiliaries[s.Toks[b].Word] {
		v := s.Toks[b+1].Word
		if b+2 < n && (v == "not" || v == "n't" || v == "been" || v == "being") {
			v = v + " " + s.Toks[b+2].Word
		}
		emit("aux", v, 1)
	}
	// How the mention itself describes the party: its common (not
	// capitalised) words and their valence ("the corrupt mayor", "the
	// gunman"). Names are left out, so that the model learns no opinion
	// of particular people.
	var tval float32
	for k := a; k < b; k++ {
		t := s.Toks[k]
		if t.IsWord && !s.Cap[k] && !stop[t.Word] && !pronouns[t.Word] {
			emit("tw", t.Word, 1)
		}
		tval += t.Val
	}
	if tval != 0 {
		emit("tval", "", tval/4)
	}
	// Words around the target, by side and distance, with the lexicon
	// polarity at the nearest positions.
	for k := a - 1; k >= 0 && a-k <= 12; k-- {
		t := s.Toks[k]
		d := a - k
		if d <= 3 {
			emit(nearNames[0][d], t.Word, 1)
			if v := s.Val[k]; v != 0 {
				emit(nearNames[0][d], polName(v), 1)
			}
		} else if t.IsWord && !stop[t.Word] {
			emit("Lfar", t.Word, 1)
		}
	}
	for k := b; k < n && k-b < 12; k++ {
		t := s.Toks[k]
		d := k - b + 1
		if d <= 3 {
			emit(nearNames[1][d], t.Word, 1)
			if v := s.Val[k]; v != 0 {
				emit(nearNames[1][d], polName(v), 1)
			}
		} else if t.IsWord && !stop[t.Word] {
			emit("Rfar", t.Word, 1)
		}
	}

	// The target's clause: from the clause break before it to the one
	// after it.
	cs, ce := a, b
	for cs > 0 && !isBreak(s.Toks[cs-1]) {
		cs--
	}
	for ce < n && !isBreak(s.Toks[ce]) {
		ce++
	}
	var clauseSum float32
	// The sentence's words (marked when in the scope of a negator) and
	// bigrams, and their crude stems.
	prev := "<s>"
	negScope := 0
	for k := 0; k < n; k++ {
		if k >= a && k < b {
			prev = "<t>"
			continue
		}
		t := s.Toks[k]
		if t.IsWord {
			if negScope > 0 {
				emit("neg", t.Word, 1)
				negScope--
			} else {
				emit("w", t.Word, 1)
			}
			if st := stem(t.Word); st != "" && !stop[t.Word] {
				emit("st", st, 1)
			}
			switch lexicon.ClassOf(t.Word) {
			case lexicon.Negator:
				negScope = 3
			case lexicon.Contrast, lexicon.Breaker:
				negScope = 0
			}
			if k >= cs && k < ce && !stop[t.Word] {
				emit("c", t.Word, 1)
			}
		} else if isBreak(t) {
			negScope = 0
		}
		if k >= cs && k < ce {
			clauseSum += float32(s.Val[k] / 4)
		}
		emit("b"+prev, t.Word, 1)
		prev = t.Word
	}
	if clauseSum != 0 {
		emit("lexclause", "", clauseSum)
	}
	roleFeatures(s, a, b, cs, ce, emit)
	// Lexicon evidence by side, distance and quotation.
	var sums [2][5][2]float32 // side, distance bucket, quote
	var pos, neg float32
	for k := 0; k < n; k++ {
		v := float32(s.Val[k] / 4)
		if v == 0 || (k >= a && k < b) {
			continue
		}
		side, d := 0, a-k
		if k >= b {
			side, d = 1, k-b+1
		}
		db := bucket(d)
		q := 0
		if s.Quote[k] {
			q = 1
		}
		sums[side][db][q] += v
		if v > 0 {
			pos += v
		} else {
			neg += v
		}
		if v > -minEvidence && v < minEvidence {
			continue // too weak (or blocked as irrealis) to count as a word of evidence
		}
		pol := "+"
		if v < 0 {
			pol = "-"
		}
		emit("lexw"+pol, s.Toks[k].Word, 1)
		if d <= 3 {
			emit("lexnear"+pol, sideName(side), 1)
		}
		if speaker && s.Quote[k] {
			emit("spkquote"+pol, "", 1)
		}
	}
	for side := range 2 {
		for db := range 5 {
			for q := range 2 {
				if v := sums[side][db][q]; v != 0 {
					emit("lex", sideName(side)+strconv.Itoa(db)+quoteName(q), v)
				}
			}
		}
	}
	if pos != 0 {
		emit("lexpos", "", pos)
	}
	if neg != 0 {
		emit("lexneg", "", neg)
	}
	sc := float32(lexicon.Normalize(float64((pos + neg) * 4)))
	emit("sent", "", sc)
	switch {
	case sc >= 0.3:
		emit("sentlab", "+", 1)
	case sc <= -0.3:
		emit("sentlab", "-", 1)
	default:
		emit("sentlab", "0", 1)
	}
}

// stem returns a crude stem of a word of five letters or more (the word
// without -ing, -ed, -es, -s, -ly), or "" for shorter words.
func stem(w string) string {
	if len(w) < 5 {
		return ""
	}
	for _, suf := range [...]string{"ing", "ed", "es", "ly", "s"} {
		if len(w) > len(suf)+3 && w[len(w)-len(suf):] == suf {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// minEvidence is the smallest contextual valence (on a -1..1 scale) that
// counts as a word of evidence in the binary lexicon features.
const minEvidence = 0.125

func isBreak(t lexicon.Token) bool {
	if t.IsWord {
		c := lexicon.ClassOf(t.Word)
		return c == lexicon.Contrast || c == lexicon.Breaker && t.Word != "that"
	}
	return t.Word == "," || t.Word == ";" || t.Word == ":" || t.Word == "\"" || t.Word == "-" || t.Word == "("
}

var nearNames = [2][4]string{{"", "L1", "L2", "L3"}, {"", "R1", "R2", "R3"}}

func polName(v float64) string {
	if v > 0 {
		return "#pos"
	}
	return "#neg"
}

func sideName(side int) string {
	if side == 0 {
		return "L"
	}
	return "R"
}

func quoteName(q int) string {
	if q == 1 {
		return "q"
	}
	return ""
}

var deontic = map[string]bool{"should": true, "must": true, "ought": true, "shall": true}

// Demanded reports whether the target at tokens [a, b) of s is the subject
// of a prescriptive clause: a deontic modal ("should", "must", "ought")
// follows it within its clause, as in "any action by law enforcement
// should be proportionate". Such a clause states a demand on the party,
// not praise of it, whatever evaluative words follow the modal.
func Demanded(s *Sentence, a, b int) bool {
	for k := b; k < len(s.Toks) && k-b < 12 && !isBreak(s.Toks[k]); k++ {
		if deontic[s.Toks[k].Word] {
			return true
		}
	}
	return false
}

// Vector returns the model's input for the target at tokens [a, b) of s:
// its features, hashed and scaled to unit length, appended to dst[:0].
func (m *Model) Vector(s *Sentence, a, b int, dst []Feat) []Feat {
	dst = dst[:0]
	Features(s, a, b, m.Words, m.Reps, Hashed(&dst))
	Normalize(dst)
	return dst
}

// Normalize scales a feature vector to unit Euclidean length.
func Normalize(fs []Feat) {
	var ss float64
	for _, f := range fs {
		ss += float64(f.Value) * float64(f.Value)
	}
	if ss == 0 {
		return
	}
	k := float32(1 / math.Sqrt(ss))
	for i := range fs {
		fs[i].Value *= k
	}
}

// clusterFeatures emits the word clusters of the target's near
// neighbours by side and distance (within three words), so that what the
// model learns of "slammed" next to a target carries over to "blasted".
func clusterFeatures(s *Sentence, a, b int, reps *wordrep.Reps, emit Emitter) {
	n := len(s.Toks)
	for k := max(0, a-3); k < min(n, b+3); k++ {
		t := s.Toks[k]
		if (k >= a && k < b) || !t.IsWord || stop[t.Word] {
			continue
		}
		var kind string
		if k < a {
			kind = nearClusterNames[0][a-k]
		} else {
			kind = nearClusterNames[1][k-b+1]
		}
		for l, c := range reps.Clusters(t.Word) {
			emit(kind, clusterName(l, c), 1)
		}
	}
}

// clusterName names cluster c of level l ("1:317"); the names of the
// first levels and clusters are made once.
func clusterName(l int, c uint16) string {
	if l < len(clusterNames) && int(c) < len(clusterNames[l]) {
		return clusterNames[l][c]
	}
	return strconv.Itoa(l) + ":" + strconv.Itoa(int(c))
}

var clusterNames = func() (out [3][1024]string) {
	for l := range out {
		for c := range out[l] {
			out[l][c] = strconv.Itoa(l) + ":" + strconv.Itoa(c)
		}
	}
	return out
}()

var nearClusterNames = [2][4]string{{"", "L1c", "L2c", "L3c"}, {"", "R1c", "R2c", "R3c"}}

// skipWords are the words between a subject and its predicate that say
// nothing of the predicate's polarity: auxiliaries, modals and common
// adverbs ("X has also been ...").
var skipWords = map[string]bool{
	"was": true, "were": true, "is": true, "are": true, "been": true, "be": true, "being": true,
	"has": true, "have": true, "had": true, "will": true, "would": true, "could": true, "can": true,
	"also": true, "then": true, "now": true, "later": true, "already": true, "still": true, "just": true,
	"did": true, "does": true, "do": true, "who": true, "which": true, "that": true, "'s": true,
}

// roleFeatures approximates the target's syntactic role from word order
// within its clause [cs, ce): the subject of what follows it ("X was
// convicted", "X praised Y") or the object of what precedes it ("Y
// praised X", "the attack on X"), with the predicate's word, its cluster
// of one and its contextual valence on that side of the clause; and the
// valence and words of an appositive or relative clause describing the
// target ("X, the disgraced former mayor,", "X, who was convicted").
func roleFeatures(s *Sentence, a, b, cs, ce int, emit Emitter) {
	n := len(s.Toks)
	var left, right float32
	for k := cs; k < a; k++ {
		left += float32(s.Val[k] / 4)
	}
	for k := b; k < ce; k++ {
		right += float32(s.Val[k] / 4)
	}
	subject := true
	for k := cs; k < a; k++ {
		if w := s.Toks[k].Word; s.Toks[k].IsWord && !stop[w] && !s.Cap[k] {
			subject = false
			break
		}
	}
	role := "obj"
	if subject {
		role = "subj"
	}
	emit("role", role, 1)
	if left != 0 {
		emit("rolelex", role+"L", left)
	}
	if right != 0 {
		emit("rolelex", role+"R", right)
	}
	// The predicate after a subject: the first word not skipped.
	if subject {
		for k := b; k < ce && k < b+6; k++ {
			if t := s.Toks[k]; t.IsWord && !skipWords[t.Word] {
				emit("pred", t.Word, 1)
				if v := s.Val[k]; v != 0 {
					emit("pred", polName(v), 1)
				}
				break
			}
		}
	} else if a > 0 {
		// The governor before an object: the nearest word that is not
		// a stop word.
		for k := a - 1; k >= cs && k >= a-4; k-- {
			if t := s.Toks[k]; t.IsWord && !stop[t.Word] {
				emit("gov", t.Word, 1)
				if v := s.Val[k]; v != 0 {
					emit("gov", polName(v), 1)
				}
				break
			}
		}
	}
	// An appositive or relative clause right after the target, between
	// commas (or to the end of the sentence).
	if b+1 < n && s.Toks[b].Word == "," {
		var ap float32
		end := b + 1
		for end < n && end < b+15 && s.Toks[end].Word != "," && s.Toks[end].Word != ";" && s.Toks[end].Word != "." && s.Toks[end].Word != "\"" {
			end++
		}
		first := s.Toks[b+1].Word
		kind := "ap"
		if first == "who" || first == "whose" || first == "which" {
			kind = "rel"
		}
		for k := b + 1; k < end; k++ {
			ap += float32(s.Val[k] / 4)
			if t := s.Toks[k]; t.IsWord && !stop[t.Word] && !s.Cap[k] && kind == "ap" {
				emit("apw", t.Word, 1)
			}
		}
		if ap != 0 {
			emit("aplex", kind, ap)
		}
	}
}

// embedScale is the scale of the word-vector features relative to the
// binary ones (before the vector is normalised), chosen by
// cross-validation.
const embedScale = 2

var dimNames = func() []string {
	out := make([]string, 1024)
	for i := range out {
		out[i] = strconv.Itoa(i)
	}
	return out
}()

// vectorFeatures emits mean word vectors: of the target's near left and
// right neighbours (within three words), of its clause and of the whole
// sentence (stop words left out).
func vectorFeatures(s *Sentence, a, b int, reps *wordrep.Reps, emit Emitter) {
	n := len(s.Toks)
	cs, ce := a, b
	for cs > 0 && !isBreak(s.Toks[cs-1]) {
		cs--
	}
	for ce < n && !isBreak(s.Toks[ce]) {
		ce++
	}
	dim := min(reps.Dim, len(dimNames))
	var buf [4 * 128]float32
	acc := buf[:0]
	if 4*dim <= len(buf) {
		acc = buf[:4*dim]
	} else {
		acc = make([]float32, 4*dim)
	}
	var cnt [4]float32
	add := func(g int, v []float32) {
		ag := acc[g*dim : (g+1)*dim]
		for d := range ag {
			ag[d] += v[d]
		}
		cnt[g]++
	}
	for k := 0; k < n; k++ {
		t := s.Toks[k]
		if (k >= a && k < b) || !t.IsWord || stop[t.Word] {
			continue
		}
		v := reps.Vector(t.Word)
		if len(v) < dim {
			continue
		}
		switch {
		case k < a && a-k <= 3:
			add(0, v)
		case k >= b && k-b < 3:
			add(1, v)
		}
		if k >= cs && k < ce {
			add(2, v)
		}
		add(3, v)
	}
	for g, kind := range [4]string{"eL", "eR", "eC", "eS"} {
		if cnt[g] == 0 {
			continue
		}
		for d := range dim {
			emit(kind, dimNames[d], embedScale*acc[g*dim+d]/cnt[g])
		}
	}
}
