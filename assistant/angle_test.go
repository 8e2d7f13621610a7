package assistant

import "testing"

// An angle code is held however a text writes the angle.
func TestHoldsAngle(t *testing.T) {
	for text, want := range map[string]bool{
		"rocker bogie, 45deg bracket, 1111-0001-0001": true,
		"a 45° bracket":                true,
		"the 45 degree bracket":        true,
		"a 45-degree bracket":          true,
		"a 145deg bracket":             false,
		"45 mm bracket":                false,
		"the 90deg bracket, 1111-0002": false,
	} {
		if got := holdsAngle("45deg", text); got != want {
			t.Errorf("holdsAngle(45deg, %q) = %v, want %v", text, got, want)
		}
	}
}
