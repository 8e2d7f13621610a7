package retrieval

import "testing"

// A word joined by a hyphen is covered where a passage writes it apart;
// a code joined by one is not taken apart.
func TestHyphenPartsCoverWordsWrittenApart(t *testing.T) {
	q := Analyze("how do I run the zero-position calibration from the M5 screen?")
	if q.Covered(TokenSet("turn the joint to the zero position")) == 0 {
		t.Errorf("zero-position not covered by zero position (alts %v)", q.Alts)
	}
	if alts := Analyze("what baud rate does the RS-485 port use?").Alts["rs-485"]; len(alts) > 0 {
		t.Errorf("RS-485 taken apart: %v", alts)
	}
}
