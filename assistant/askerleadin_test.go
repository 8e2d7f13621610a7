package assistant

import "testing"

// What an asker says before the question proper is not the attribute.
func TestAttributeAfterLeadIn(t *testing.T) {
	for q, want := range map[string]string{
		"want to set my overload right - what trip current should the relay be set to?": "what trip current should the relay be set to?",
		"quick one: what torque do the casing bolts take?":                              "what torque do the casing bolts take?",
		"what torque do the casing bolts take, roughly?":                                "what torque do the casing bolts take, roughly?",
	} {
		if got := afterLeadIn(q); got != want {
			t.Errorf("%q: %q, want %q", q, got, want)
		}
	}
}

// A protection's own name before a figure is its setting.
func TestProtectionNamedSetting(t *testing.T) {
	q := "at what current should the motor protection relay trip?"
	if tripPointUnstated(q, "Set the protection relay HC-10: overcurrent 16.3 A (110 % of 14.8 A).") {
		t.Error("overcurrent 16.3 A not read as the trip point")
	}
	if !tripPointUnstated(q, "Rated current: 14.8 A.") {
		t.Error("the rated current read as the trip point")
	}
}
