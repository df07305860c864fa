package casualties

import (
	"slices"
	"testing"
)

// TestCoverPersons checks how many persons harmed the mentions of
// individuals make.
func TestCoverPersons(t *testing.T) {
	tests := []struct {
		text           string
		killed, harmed int // persons killed; persons harmed in all
	}{
		// "another" as the object of an active verb contrasts with the
		// shooter, not with the victim mentioned before
		{"A youth died late on Friday. Officers found that a youth who was staying at the farm had shot another young man by accident.", 1, 1},
		// but in its own sentence it is someone else
		{"The gunman killed a woman and shot another woman in the leg.", 1, 2},
		// "another" as a subject is someone else
		{"A boy died on Sunday night. Another boy was wounded.", 1, 2},
		// a pronoun beside a count of dead refers back to the person
		// killed, not to someone else hurt
		{"A 7-year-old boy has died after he was wounded in an apparent murder-suicide that left two people dead.", 1, 1},
		// a pronoun before its noun in the sentence
		{"After she was wounded in the back, the 9-year-old girl died at a hospital.", 1, 1},
		// but a new description beside the count is someone else
		{"Three people were found dead and a woman was wounded.", 0, 1},
		// "another" told of twice as hurt in two ways is one person
		{"Three people died at the ranch and another was hospitalized. Another man was found with a bullet wound in his arm.", 0, 1},
		// but one told of as dead is not the one hurt
		{"A woman was shot in the leg and another was hospitalized. Another man died at the scene.", 1, 3},
	}
	for _, tt := range tests {
		r := run(t, tt.text)
		killed, harmed := 0, 0
		for _, p := range coverPersons(r.Figures, Options{}) {
			if p.kinds.has(Killed) {
				killed++
			}
			if p.harmed() {
				harmed++
			}
		}
		if killed != tt.killed || harmed != tt.harmed {
			t.Errorf("%q: %d killed and %d harmed persons, want %d and %d", tt.text, killed, harmed, tt.killed, tt.harmed)
		}
	}
}

// TestKilledNameFeature checks that persons killed told apart only by
// names, one a single word, are marked as such.
func TestKilledNameFeature(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Oakes was shot and killed on Monday night. Police said Jordan Pell died at the scene.", true},
		// both full names: surely two people
		{"Ray Oakes was shot and killed on Monday night. Police said Jordan Pell died at the scene.", false},
		// a single name, but another age: two people
		{"Oakes, 40, was shot and killed on Monday night. Police said Jordan Pell, 19, died at the scene.", false},
	}
	for _, tt := range tests {
		r := run(t, tt.text)
		var c Candidate
		killedPersonFeatures(&c, coverPersons(r.Figures, Options{}), docInfo{})
		if got := slices.Contains(c.Features, "kp:name1"); got != tt.want {
			t.Errorf("%q: kp:name1 %v, want %v (features %v)", tt.text, got, tt.want, c.Features)
		}
	}
}
