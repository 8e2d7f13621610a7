package retrieval

import "testing"

// Part numbers are asked without the product model that heads them.
func TestWithoutModelPrefix(t *testing.T) {
	for _, c := range []struct{ code, want string }{
		{"cp200-cas-00", "cas-00"},
		{"cp200-sel-03", "sel-03"},
		{"hx50-brg-02", "brg-02"},
		{"cp200-07", ""},       // a tool number: nothing left to name
		{"wo-25-0197", ""},     // a work order: "wo" is no model
		{"2000-0025-0002", ""}, // digits only
		{"e03", ""},
		{"m10x30", ""},
	} {
		if got := withoutModelPrefix(c.code); got != c.want {
			t.Errorf("withoutModelPrefix(%q) = %q, want %q", c.code, got, c.want)
		}
	}
}
