package segment

import "strings"

// Abbreviations that keep their period. Those in titles never end a
// sentence (a name follows); the others end one only before a word that
// typically starts a sentence.
var (
	// Capitalised abbreviations: titles, months, days, US states, company
	// forms. Matched case-sensitively in title case or upper case.
	capAbbrevs = setOf(
		// titles and ranks
		"Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt",
		"Cpl", "Pvt", "Adm", "Cmdr", "Cdr", "Rep", "Reps", "Sen", "Sens", "Gov", "Rev", "Hon",
		"Pres", "Supt", "Insp", "Det", "Fr", "Sr", "Jr", "St", "Mt", "Ft", "Brig", "Gens",
		"Atty", "Amb", "Cpt", "Spc", "Msgr", "Rt",
		// months and days
		"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
		"Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
		// US states (AP style)
		"Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan",
		"Kans", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nebr",
		"Nev", "Okla", "Ore", "Pa", "Penn", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
		// organisations and places
		"Inc", "Corp", "Co", "Ltd", "Bros", "Dept", "Univ", "Assn", "Ave", "Blvd", "Rd",
		"No", "Nos", "Vol", "Fig", "Ch", "Art", "Sec",
	)
	// Lower-case abbreviations.
	lowerAbbrevs = setOf("etc", "vs", "al", "approx", "est", "cf", "viz", "ca", "nos", "no", "p", "pp", "vol")
	// Abbreviations after which a sentence never ends.
	titleAbbrevs = setOf(
		"Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt",
		"Cpl", "Pvt", "Adm", "Cmdr", "Cdr", "Rep", "Reps", "Sen", "Sens", "Gov", "Rev", "Hon",
		"Pres", "Supt", "Insp", "Det", "Fr", "Mt", "Ft", "Brig", "Gens", "Atty", "Amb", "Cpt",
		"Spc", "Msgr", "Rt", "St",
	)
)

// isAbbreviation reports whether word, followed by a period at text[dot-1],
// is a known abbreviation. "No." counts only before a number.
func isAbbreviation(word, text string, dot, end int) bool {
	if len(word) > 8 {
		return false
	}
	if word == "No" || word == "no" || word == "Nos" || word == "nos" || word == "Art" || word == "Sec" || word == "Fig" || word == "Ch" {
		j := dot
		for j < end && text[j] == ' ' {
			j++
		}
		return j < end && text[j] >= '0' && text[j] <= '9'
	}
	if capAbbrevs[word] || lowerAbbrevs[word] {
		return true
	}
	// Upper-case forms of the capitalised ones ("DEC.", "GEN.") in all-caps
	// wire copy.
	if strings.ToUpper(word) == word && len(word) > 1 {
		return capAbbrevs[word[:1]+strings.ToLower(word[1:])]
	}
	return false
}

// neverEnds reports whether the word token s, which ends with a period, is
// a title abbreviation or initial after which a sentence never ends.
func neverEnds(s string) bool {
	w := strings.TrimSuffix(s, ".")
	if titleAbbrevs[w] {
		return true
	}
	if strings.ToUpper(w) == w && len(w) > 1 {
		return titleAbbrevs[w[:1]+strings.ToLower(w[1:])]
	}
	return false
}
