package textutil

import "testing"

func TestFoldKey(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"Kazakhstan", "kazakhstan"},
		{"kazakh", "kazakh"},
		{"Warīsān", "warisan"},
		{"Zürich", "zurich"},
		{"SÃO PAULO", "sao paulo"},
		{"Łódź", "łodz"}, // ł has no decomposition
		{"Kazakhstan’s", "kazakhstan's"},
		{"ＡＢＣ", "abc"}, // full width
		{"north–south", "north-south"},
		{"\xff", "\ufffd"},
	} {
		if got := FoldKey(tc.in); got != tc.want {
			t.Errorf("FoldKey(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
