package tableq

import "testing"

// A part named by one word is counted on the lines it heads, not on the
// lines it qualifies or remarks on.
func TestOneWordPartCountsTheLinesItHeads(t *testing.T) {
	for _, c := range []struct {
		cell, word string
		want       bool
	}{
		{"impeller, closed, 6 vanes, ø174 mm", "impeller", true},
		{"impeller nut m16x1.5", "impeller", false},
		{"parallel key 8x7x32 (impeller)", "impeller", false},
		{"hex bolt m10x30, grade 8.8", "bolts", true},
		{"deep groove ball bearing 6308 c3 (drive end)", "bearings", true},
		{"bearing housing", "bearing", false},
		{"spring washer 10", "washers", true},
		{"叶轮", "叶轮", true},
		{"叶轮螺母", "叶轮", false},
		{"impellers", "impeller", true},
	} {
		if got := headsCell(c.cell, c.word); got != c.want {
			t.Errorf("headsCell(%q, %q) = %v, want %v", c.cell, c.word, got, c.want)
		}
	}
	rows := []Row{{Cells: []string{"CP200-IMP-01", "Impeller, closed", "叶轮"}}, {Cells: []string{"CP200-IMP-02", "Impeller nut M16x1.5", "叶轮螺母"}}, {Cells: []string{"GB/T 1096", "Parallel key (impeller)", "平键"}}}
	if got := namedAsHead(rows, []Filter{{Column: AnyColumn, Op: "match", Value: "impeller"}}); len(got) != 1 {
		t.Errorf("impeller heads %d lines, want 1", len(got))
	}
	// Two words name the part together; the filter is left as it is.
	if got := namedAsHead(rows, []Filter{{Column: AnyColumn, Op: "match", Value: "impeller"}, {Column: AnyColumn, Op: "match", Value: "nut"}}); len(got) != 3 {
		t.Errorf("two filters: %d lines, want 3", len(got))
	}
}
