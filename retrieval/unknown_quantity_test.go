package retrieval

import "testing"

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
