package retrieval

import "testing"

// An attribute of a one-word thing is linked as the compound documents
// write; "of" before a pronoun or a longer phrase is left alone.
func TestAttributeOfThingIsLinkedAsCompound(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"what's the max temperature of liquid this pump can handle?", "what's the max liquid temperature this pump can handle?"},
		{"rated current of the motor?", "rated motor current?"},
		{"noise of the pump at 1 m", "pump noise at 1 m"},
		{"what's the pressure of this one?", "what's the pressure of this one?"},
		{"temperature of it", "temperature of it"},
		{"What is the rated flow of the HF-CP200?", "What is the rated flow of the HF-CP200?"},
		{"the weight of the pump", "the weight of the pump"},
	} {
		if got := withAttributeCompounds(c.in); got != c.want {
			t.Errorf("%q: got %q, want %q", c.in, got, c.want)
		}
	}
}
