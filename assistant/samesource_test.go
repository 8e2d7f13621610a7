package assistant

import "testing"

// One section's table row and prose sentence stating the same value are
// one source; another document, another figure or another row of the
// table stays a source of its own.
func TestOneSectionStatingAValueTwiceIsCitedOnce(t *testing.T) {
	prose := item(1, "a", "Rated voltage: 380 V ±10%, three-phase. Rated frequency: 50 Hz.", "en", "Manual")
	zh := item(2, "b", "额定电压：380 V ±10%，三相交流。", "zh", "说明书")
	sheet := item(3, "c", "Rated voltage; 380 V; ±10%", "en", "Data sheet")
	row := item(4, "a2", "Parameter: Rated voltage; Value: 380; Unit: V; Tolerance: ±10%", "en", "Manual")
	row.Chunk.DocumentID, row.Chunk.Kind = prose.Chunk.DocumentID, "table_row"
	current := item(5, "a3", "Parameter: Rated current; Value: 14.8; Unit: A", "en", "Manual")
	current.Chunk.DocumentID, current.Chunk.Kind = prose.Chunk.DocumentID, "table_row"
	other := item(6, "a4", "Parameter: Rated power; Value: 380; Unit: W", "en", "Manual")
	other.Chunk.DocumentID, other.Chunk.Kind = prose.Chunk.DocumentID, "table_row"
	ev := evidence("What is the rated voltage?", prose, zh, sheet, row, current, other)
	for _, c := range []struct{ draft, want string }{
		{"380 V ±10%, three-phase. [1][2][3][4]", "380 V ±10%, three-phase. [1][2][3]"},
		// The prose cited second says more than the row: it is kept.
		{"380 V ±10%. [4][1]", "380 V ±10%. [1][2]"},
		{"380 V. [1] Current 14.8 A. [5]", "380 V. [1] Current 14.8 A. [2]"},
		{"Rated voltage 380 V. [4] Rated power 380 W. [6]", "Rated voltage 380 V. [1] Rated power 380 W. [2]"},
	} {
		ans := Finish(ev, Draft{Text: c.draft}, "extractive")
		if ans.Answer != c.want {
			t.Errorf("%q: answer %q, want %q", c.draft, ans.Answer, c.want)
		}
		if len(ans.Citations) != len(citeMarker.FindAllString(ans.Answer, -1))-repeats(ans.Answer) {
			t.Errorf("%q: %d citations for %q", c.draft, len(ans.Citations), ans.Answer)
		}
	}
}

func repeats(text string) int {
	seen, n := map[string]bool{}, 0
	for _, m := range citeMarker.FindAllString(text, -1) {
		if seen[m] {
			n++
		}
		seen[m] = true
	}
	return n
}
