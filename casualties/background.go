package casualties

import (
	"strings"

	"github.com/newsfacts/newsfacts/analyzer/segment"
	"github.com/newsfacts/newsfacts/internal/textutil"
)

// hasBackgroundCue reports whether a sentence carries statistics or
// history rather than news of the main event: "so far this year", "since
// 2010", "last year", "every year", "homicides".
func hasBackgroundCue(w []word) bool {
	at := func(i int) string {
		if i < 0 || i >= len(w) {
			return ""
		}
		return w[i].s
	}
	// a scraped list of video clips: "1:35 Police release video of ...
	// 2:51 Grandmother says ..."
	clips := 0
	for i := 0; i+1 < len(w); i++ {
		if r := w[i+1].raw; isClipTime(w[i].raw) && r != "" && r[0] >= 'A' && r[0] <= 'Z' {
			clips++
		}
	}
	if clips >= 2 {
		return true
	}
	// "Related Coverage 7-year-old boy shot": a link to another story
	if len(w) > 2 && at(0) == "related" {
		switch at(1) {
		case "coverage", "stories", "story", "articles", "article", "content", "links":
			return true
		}
	}
	for i := range w {
		switch s := w[i].s; s {
		case "year", "month", "decade":
			switch at(i - 1) {
			case "this", "last", "previous", "past", "each", "every", "per", "a":
				if s == "year" && at(i-1) == "a" && at(i+1) != "ago" {
					continue
				}
				return true
			}
			if at(i+1) == "ago" || at(i-1) == "calendar" {
				return true
			}
		case "years", "months", "decades":
			switch at(i - 1) {
			case "recent", "past", "previous", "several", "many", "the":
				return true
			}
			// "in the past two months"
			switch at(i - 2) {
			case "past", "last", "previous":
				return true
			}
			if at(i+1) == "ago" {
				return true
			}
		case "separate":
			// (but not "in three separate locations": one attack
			// moving from place to place)
			switch at(i + 1) {
			case "locations", "location", "scenes", "addresses", "homes", "sites", "places", "rooms", "vehicles", "cars":
				continue
			}
			return true
		case "annually", "nationwide", "statewide", "citywide", "countywide", "year-to-date", "homicides", "so-far",
			"unrelated", "similar", "previous", "previously", "stats", "statistics":
			return true
		case "crash", "wreck", "collision", "accident":
			// "was killed in a motorcycle crash": a death by other
			// means than the shooting (unless the sentence tells of
			// gunfire)
			if vehicleWords[at(i-1)] && !gunfireIn(w) {
				return true
			}
		case "incident", "incidents", "shooting", "case":
			switch at(i - 1) {
			case "another", "second", "earlier", "prior", "other":
				return true
			}
		case "weeks", "week":
			if at(i+1) == "ago" || at(i-1) == "last" && s == "week" && at(i+1) == "'s" {
				return true
			}
		case "far":
			if at(i-1) == "so" && (at(i+1) == "this" || at(i+1) == "in") {
				return true
			}
		case "shootings", "attacks", "killings":
			// a tally over several incidents: "wounded in shootings
			// across the city", "in weekend shootings", "in those
			// shootings"
			switch at(i - 1) {
			case "in":
				return true
			case "weekend", "overnight", "weeknight", "multiple", "several", "various", "recent", "other", "those", "such":
				if at(i-2) == "in" {
					return true
				}
			}
		case "across", "around", "throughout":
			// "across the city", "throughout the county"
			if at(i+1) == "the" {
				switch at(i + 2) {
				case "city", "county", "region", "state", "area":
					return true
				}
			}
		case "since":
			// "since January", "since 2010", "since the start of",
			// "since Friday"
			n := at(i + 1)
			if _, ok := textutil.Weekday(n); ok && len(n) >= 6 {
				return true
			}
			if isMonthName(n) || len(n) == 4 && n[0] >= '1' && n[0] <= '2' && n[1] >= '0' && n[1] <= '9' || n == "the" && (at(i+2) == "start" || at(i+2) == "beginning") {
				return true
			}
		case "in":
			// "in 2012"
			n := at(i + 1)
			if len(n) == 4 && (n[:2] == "19" || n[:2] == "20") && n[2] >= '0' && n[2] <= '9' && n[3] >= '0' && n[3] <= '9' {
				return true
			}
		}
	}
	return false
}

func isMonthName(s string) bool {
	switch s {
	case "january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december":
		return true
	}
	return false
}

// isClipLine reports whether a paragraph opens with a clip's running time
// followed by a capitalised word or a quotation: "0:48 Mayor speaks".
func isClipLine(s string) bool {
	sp := strings.IndexByte(s, ' ')
	if sp < 0 || sp+1 >= len(s) || !isClipTime(s[:sp]) {
		return false
	}
	c := s[sp+1]
	return c >= 'A' && c <= 'Z' || c == '\'' || c == '"' || c >= '0' && c <= '9' || c >= 0x80
}

// isClipTime reports whether s is a clip's running time: "1:35", "12:05".
func isClipTime(s string) bool {
	if len(s) < 4 || len(s) > 5 || s[len(s)-3] != ':' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if i != len(s)-3 && (s[i] < '0' || s[i] > '9') {
			return false
		}
	}
	return true
}

// listParagraphs marks the body paragraphs that follow a heading of links
// to other stories ("Related stories", "Trending", "ALSO:", "More from
// ...") while they read as headlines (no closing punctuation), and every
// paragraph after a heading of other incidents ("In other shootings"):
// their figures are other news.
func listParagraphs(text string, paras []segment.Paragraph) []bool {
	var out []bool
	links, others := false, false
	for i, p := range paras {
		if p.End > len(text) || p.Start > p.End {
			continue
		}
		s := strings.TrimSpace(text[p.Start:p.End])
		// a video player's list: each paragraph one clip's running time
		// and title ("2:15 Mayor speaks after fire")
		if isClipLine(s) {
			if out == nil {
				out = make([]bool, len(paras))
			}
			out[i] = true
			continue
		}
		if p.Part != segment.Body {
			continue
		}
		// a heading may follow a bullet or an arrow: "► Related: ..."
		head := strings.TrimLeft(s, "+*•»›►▶ ")
		if len(head) > 40 {
			head = head[:40]
		}
		kind, rest := listHeading(head)
		switch {
		case kind == 'o':
			others = true
		case kind == 'l':
			links = true
			if !rest {
				continue // the heading alone
			}
		case links && !endsSentence(s):
		default:
			links = false
		}
		if links || others {
			if out == nil {
				out = make([]bool, len(paras))
			}
			out[i] = true
		}
	}
	return out
}

// listHeading reports whether a paragraph (its first bytes) opens, in
// any case, with a heading of links to other stories ('l') or of other
// incidents ('o'), and whether more follows the heading in the paragraph
// ("Trending stories: -11-year-old girl shot by cousin ...").
func listHeading(s string) (kind byte, rest bool) {
	for _, h := range linkHeadings {
		if len(s) >= len(h.words) && strings.EqualFold(s[:len(h.words)], h.words) {
			t := strings.TrimLeft(s[len(h.words):], " ")
			switch {
			case t == "" || t == ":":
				return h.kind, false
			case t[0] == ':':
				return h.kind, true
			case h.prefix:
				return h.kind, false
			}
		}
	}
	return 0, false
}

// linkHeadings are the site headings over lists of other stories, and the
// headings that turn to other incidents. prefix: the heading goes on with
// the site's name ("More from WAVE3.com").
var linkHeadings = []struct {
	words  string
	kind   byte
	prefix bool
}{
	{"also", 'l', false}, {"see also", 'l', false}, {"related", 'l', false},
	{"related stories", 'l', false}, {"related articles", 'l', false}, {"related links", 'l', false},
	{"related coverage", 'l', false}, {"related content", 'l', false}, {"more from", 'l', true},
	{"more stories", 'l', false}, {"more news", 'l', false}, {"more coverage", 'l', false},
	{"trending", 'l', false}, {"trending stories", 'l', false}, {"trending now", 'l', false},
	{"most popular", 'l', false}, {"most read", 'l', false}, {"popular stories", 'l', false},
	{"previous stories", 'l', false}, {"previous story", 'l', false}, {"read more", 'l', false},
	{"recommended", 'l', false}, {"you may also like", 'l', false}, {"top stories", 'l', false},
	{"latest news", 'l', false},
	{"in other shootings", 'o', false}, {"other shootings", 'o', false}, {"in other news", 'o', false},
	{"in other incidents", 'o', false},
}

// endsSentence reports whether a paragraph ends as prose does.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \t\r\n\"'”’)")
	if s == "" {
		return false
	}
	switch s[len(s)-1] {
	case '.', '!', '?':
		return true
	}
	return false
}

// vehicleWords make a crash or accident a road or air accident.
var vehicleWords = setOf("car", "cars", "motorcycle", "motorbike", "traffic", "vehicle", "single-vehicle", "auto",
	"plane", "boating", "road", "highway", "head-on", "bus", "truck")

// gunfireIn reports whether a sentence speaks of gunfire.
func gunfireIn(w []word) bool {
	for i := range w {
		switch w[i].s {
		case "shot", "shooting", "shootings", "gunshot", "gunfire", "gunman", "shots", "gun", "bullet", "fired":
			return true
		}
	}
	return false
}
