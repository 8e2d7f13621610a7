package textseg

import "testing"

func TestDropShortParens(t *testing.T) {
	for in, want := range map[string]string{
		"Potential Cause(s) of Failure":     "Potential Cause  of Failure",
		"Unit price (CNY)":                  "Unit price  ",
		"Severity (S)":                      "Severity  ",
		"Remarks (see the supplier's list)": "Remarks (see the supplier's list)",
		"Item":                              "Item",
	} {
		if got := DropShortParens(in); got != want {
			t.Errorf("DropShortParens(%q) = %q, want %q", in, got, want)
		}
	}
}
