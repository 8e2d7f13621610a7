package retrieval

import "testing"

// A figure the question writes against its unit is known where the
// evidence writes it apart; a code is not split so.
func TestKnownQuantity(t *testing.T) {
	cases := []struct {
		known, code string
		want        bool
	}{
		{"rated current: 14.8 a at 380 v.", "380v", true},
		{"motor rated power 7.5 kw ie3", "7.5kw", true},
		{"rated current: 14.8 a at 380 v.", "220v", false},
		{"impeller cp200-imp-01", "cp200", false},
		{"the m12 bolts", "m12", false},
	}
	for _, c := range cases {
		if got := knownQuantity(c.known, c.code); got != c.want {
			t.Errorf("knownQuantity(%q, %q) = %v, want %v", c.known, c.code, got, c.want)
		}
	}
}
