package retrieval

import "testing"

func TestCountsNamed(t *testing.T) {
	list := "3x M3 brass nut\n8x M3 stainless steel washer\n2-4x M2x6mm cap head screws"
	for _, tc := range []struct {
		question, text string
		want           bool
	}{
		{"how many M3 washers do I need for the microscope?", list, true},
		{"how many M2x6mm cap head screws?", list, true},
		// one term is not the item: "M3" names every fastener
		{"how many M3 spacers do I need?", list, false},
		// a step that names the washers without a count is no list line
		{"how many M3 washers do I need?", "Thread two M3 washers onto the screw.", false},
		{"what M3 washers are used?", list, false},
		// the one word the question counts, beside its words of the whole
		{"how many washers does the whole build take in total?", list, true},
		{"how many spacers does the whole build take in total?", list, false},
		// a guide's own parts list writes the count without its "x", and a
		// Chinese question counts the English line's words
		{"how many stepper motors for the motor assembly?", "3 Small printed gears\n3 28BYJ-48 micro geared stepper motors", true},
		{"电动版要几个步进电机？", "3 Small printed gears\n3 28BYJ-48 micro geared stepper motors", true},
		// a size is no count
		{"how many stepper motors?", "5 mm stepper motors shaft", false},
	} {
		if got := countsNamed(Analyze(tc.question), tc.text) && asksHowMany.MatchString(tc.question); got != tc.want {
			t.Errorf("%q over %q: %v, want %v", tc.question, tc.text, got, tc.want)
		}
	}
}

// "cap" of "cap head screws" finds an item only with "head".
func TestPhraseMates(t *testing.T) {
	q := Analyze("How many M3x8mm cap head screws are in the bill of materials?")
	got := phraseMates(q, "cap", q.Terms)
	if len(got) == 0 || got[0] != "head" && (len(got) < 2 || got[1] != "head") {
		t.Errorf("mates of cap: %v (terms %v)", got, q.Terms)
	}
	if got := phraseMates(Analyze("how much grease in one pump?"), "greas", []string{"greas", "pump"}); len(got) != 0 {
		t.Errorf("grease has no mates: %v", got)
	}
}
