package retrieval

import (
	"slices"
	"testing"
)

// A name holding several part codes is read as the one the question said.
func TestCodesSaidKeepsTheCodeTheQuestionUsed(t *testing.T) {
	for _, c := range []struct {
		name, surface string
		want          []string
	}{
		{"CP200-SEL-01 CP200-SEL-03 x2", "CP200-SEL-03", []string{"cp200-sel-03"}},
		{"CP200-SEL-01 CP200-SEL-03 x2", "cp200-sel-01", []string{"cp200-sel-01"}},
		{"CP200-SEL-01 CP200-SEL-03 x2", "mechanical seal", []string{"cp200-sel-01", "cp200-sel-03"}},
		{"Coupling CP200-CPL-00", "coupling", []string{"cp200-cpl-00"}},
		{"Coupling", "CP200-CPL-00", nil},
	} {
		if got := codesSaid(codeTokens(foldName(c.name)), c.surface); !slices.Equal(got, c.want) {
			t.Errorf("codesSaid(%q, %q) = %q, want %q", c.name, c.surface, got, c.want)
		}
	}
}

// A roll-up of one item is asked by count or, for what a BOM measures in
// litres or kilograms, by amount; a question about which parts is none.
func TestCountsOnePart(t *testing.T) {
	for _, c := range []struct {
		question string
		want     bool
	}{
		{"how many set screws M8x10 go into one pump?", true},
		{"how much grease (LUB-LiX-2) is in the bom for one pump?", true},
		{"一台泵总共要几个 O 形圈", true},
		{"which parts does the coupling assembly have?", false},
		{"how much of each part goes into the coupling?", false},
		{"what grease does the pump use?", false},
		{"how much is a replacement mechanical seal, price wise?", false},
		{"how much does the seal cost?", false},
		{"一台泵的润滑脂要多少钱", false},
	} {
		if got := countsOnePart(Analyze(c.question)); got != c.want {
			t.Errorf("countsOnePart(%q) = %v, want %v", c.question, got, c.want)
		}
	}
}
