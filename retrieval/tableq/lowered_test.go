package tableq

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestLoweredIsLowerCaseWords checks the remembered lower-case words
// against those worked out afresh, for texts seen once, seen again and
// after the memory has started over, and matches over them.
func TestLoweredIsLowerCaseWords(t *testing.T) {
	texts := []string{"", "Mechanical Seal LEAKING", "P-102 (cooling loop)", "机械密封泄漏", "Replaced CP200-CTL-02; E07", "O-ring, 2×"}
	check := func(when string) {
		for _, s := range texts {
			got := lowered(s)
			if low := strings.ToLower(s); got.text != low || !slices.Equal(got.words, wordsOf(low)) {
				t.Errorf("%s, %q: lowered %q %q", when, s, got.text, got.words)
			}
		}
	}
	check("first")
	check("again")
	for i := 0; i <= maxLowered; i++ {
		lowered(fmt.Sprint("Cell ", i))
	}
	check("after starting over")
	cases := []struct {
		cell, value string
		want        bool
	}{
		{"Mechanical seal leaking", "Leaks", true},
		{"Mechanical seal leaking", "seal LEAK", true},
		{"Mechanical seal leaking", "impeller", false},
		{"检查机械密封是否泄漏", "机械密封", true},
		{"Replaced CP200-CTL-02", "ctl-02", true},
	}
	for _, c := range cases {
		if got := matches(c.cell, c.value); got != c.want {
			t.Errorf("matches(%q, %q) = %v, want %v", c.cell, c.value, got, c.want)
		}
	}
}

// BenchmarkMatchesCell matches a question's word against a table's cells,
// as a filter does for every row.
func BenchmarkMatchesCell(b *testing.B) {
	cells := []string{"Mechanical seal leaking at the shaft", "Replaced CP200-CTL-02 after lightning", "Impeller worn; replaced", "Bearing noise", "控制箱显示 E09"}
	for i := 0; i < b.N; i++ {
		for _, c := range cells {
			matches(c, "leaking")
		}
	}
}
