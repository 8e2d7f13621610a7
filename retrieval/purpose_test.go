package retrieval

import "testing"

// What the asker wants the answer for is no term; a remark that says what
// is asked ("noise at 1 m", "outer / inner diameter") still is.
func TestAPurposeAfterTheQuestionIsNoTerm(t *testing.T) {
	checkTerms(t, []termCase{
		{"how long should a mechanical seal swap take? want to quote labour for the customer", []string{"seal", "swap"}, []string{"quot", "custom", "want"}},
		{"how heavy is the unit in its shipping crate? need it for the forklift", []string{"heavi", "crate"}, []string{"forklift"}},
		{"what baud rate does the pump control box talk modbus at? our scada guy is asking", []string{"baud"}, []string{"scada", "guy"}},
		{"how loud is it? noise at 1 m", []string{"nois"}, nil},
		{"what barrel plug does the power input take? outer / inner diameter", []string{"outer", "diamet"}, nil},
		// what the asker will do, closing the question
		{"what paint is the CP200 finished in so we can touch it up?", []string{"paint", "finish"}, []string{"touch"}},
		{"which seal kit fits so I can order the right one?", []string{"seal", "kit"}, []string{"order", "right"}},
		// "so" that is no purpose stays
		{"is it so noisy that we can hear it outside?", []string{"noisi", "hear"}, nil},
	})
}
