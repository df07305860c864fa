package casualties

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
			if at(i+1) == "ago" {
				return true
			}
		case "annually", "nationwide", "statewide", "citywide", "countywide", "year-to-date", "homicides", "so-far",
			"separate", "unrelated", "similar", "previous", "previously":
			return true
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
		case "since":
			// "since January", "since 2010", "since the start of"
			n := at(i + 1)
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
