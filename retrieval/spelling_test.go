package retrieval

import "testing"

// "centre" is covered by a passage that writes "center", and searches
// for it; a word that only contains a spelling ("centrepiece") is no such
// word.
func TestBritishSpellingReachesAmerican(t *testing.T) {
	q := Analyze("how far from the wheel centre should each hole be?")
	if q.Covered(TokenSet("center")) == 0 {
		t.Errorf("centre does not cover center: alts %v", q.Alts)
	}
	if !shares(TokenSet(searchText(q)), TokenSet("center")) {
		t.Errorf("search text %q does not search for center", searchText(q))
	}
	if q := Analyze("what colour is the housing?"); q.Covered(TokenSet("color")) == 0 {
		t.Errorf("colour does not cover color: %v", q.Alts)
	}
	if q := Analyze("is the centrepiece included?"); q.Covered(TokenSet("center")) > 0 {
		t.Errorf("centrepiece reached center: %v", q.Alts)
	}
}
