package retrieval

import "testing"

func TestCircumstanceOfAMeasureIsNoTerm(t *testing.T) {
	checkTerms(t, []termCase{
		{"how level does the base plate have to be before we grout it?", []string{"level", "base", "plate"}, []string{"grout", "before"}},
		{"故障排除以后，复位键要按多久？", []string{"复位"}, []string{"故障", "排除"}},
		{"how tight should the nut be once we have refitted the impeller?", []string{"tight", "nut"}, []string{"refit", "impel"}},
		{"how much axial run-out is acceptable when we clock it?", []string{"axial", "run-out", "allow"}, []string{"clock", "accept"}},
		// What to do then is asked: the clause is the topic.
		{"before we open the pump up, what has to be done first, and how cool should it be?", []string{"open", "pump"}, nil},
		// No measure asked: the clause stays.
		{"what should I check before we start the pump?", []string{"start", "pump"}, nil},
		// A figure makes the clause a condition on the values.
		{"扬程达到30米的时候，流量是多少？", []string{"扬程", "30"}, nil},
		// The measure is asked inside the clause.
		{"故障排除以后多久能重启，", []string{"故障", "排除"}, nil},
	})
	if got := Analyze("故障排除以后，复位键要按多久？").Intent; got == Troubleshooting {
		t.Errorf("the reset's press time is asked, yet the intent is %s", got)
	}
}

func TestHowMuchOfALimitIsNoBOM(t *testing.T) {
	for q, want := range map[string]Intent{
		"how much axial run-out is acceptable on the impeller?": Specification,
		"how much play is allowed in the coupling?":             Specification,
		"how much misalignment can the coupling take?":          Specification,
		"how much grease goes into each bearing?":               BOM,
	} {
		if got := Analyze(q).Intent; got != want {
			t.Errorf("%q: intent %s, want %s", q, got, want)
		}
	}
}
