package retrieval

import (
	"slices"
	"testing"
)

// A figure the question writes against its unit is known where the
// evidence writes it apart; a code is never split so.
func TestKnownQuantity(t *testing.T) {
	known := "rated current: 14.8 a at 380 v. motor rated power 7.5 kw ie3. the m12 bolts of cp200"
	want := map[string]bool{"380v": true, "7.5kw": true, "220v": false, "m12": false, "cp200": false}
	for code, w := range want {
		if knownQuantity(known, code) != w {
			t.Errorf("knownQuantity(%q) = %v", code, !w)
		}
	}
}

// An acronym is a name wherever it stands; a capitalised ordinary word
// opening the question is not, nor is a trade acronym.
func TestProperNamesTakeAnOpeningAcronym(t *testing.T) {
	for q, want := range map[string][]string{
		"MTBF of the myCobot joint servos?":   {"MTBF"},
		"What is the MTBF of the servos?":     {"MTBF"},
		"Pumps made in Brazil?":               {"Brazil"},
		"FMEA rows with severity 8?":          nil,
		"OK so what is the rated head?":       nil, // two letters: no acronym
		"WHAT IS the rated head of the pump?": nil, // shouted question words
	} {
		if got := properNames(q); !slices.Equal(got, want) {
			t.Errorf("properNames(%q) = %q, want %q", q, got, want)
		}
	}
}
