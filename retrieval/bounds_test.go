package retrieval

import "testing"

// A figure the question gives as an example ("something like 600g") is
// spoken to by a passage that bounds it in the same unit, and by no other.
func TestBoundsQuantity(t *testing.T) {
	for _, c := range []struct {
		text, code string
		want       bool
	}{
		{"when the load is > 500g, the speed needs to be less than 50%.", "600g", true},
		{"loads of more than 2 kg need the heavy base.", "3kg", true},
		{"负载500g以上时速度需低于50%。", "600g", true},
		{"the payload is 250g.", "600g", false},
		{"when the load is > 500g, the speed needs to be less than 50%.", "600mm", false},
		{"when the load is > 500g", "e05", false},
	} {
		if got := BoundsQuantity(c.text, c.code); got != c.want {
			t.Errorf("BoundsQuantity(%q, %q) = %v, want %v", c.text, c.code, got, c.want)
		}
	}
}
