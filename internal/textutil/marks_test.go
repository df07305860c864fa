package textutil

import "testing"

func TestStripMarks(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"Kazakhstan", "Kazakhstan"},
		{"Warīsān", "Warisan"},
		{"Zürich", "Zurich"},
		{"São Paulo", "Sao Paulo"},
		{"Łódź", "Łodz"}, // Ł has no decomposition
		{"naïve café", "naive cafe"},
		{"\xff", "\ufffd"},
	} {
		if got := StripMarks(tc.in); got != tc.want {
			t.Errorf("StripMarks(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
