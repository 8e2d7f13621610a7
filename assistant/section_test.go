package assistant

import (
	"strings"
	"testing"

	"github.com/kgassist/kgassist/kg"
)

func TestSectionWordsDropNumbering(t *testing.T) {
	c := kg.Chunk{Section: []string{"Robot Parameters", "3.2Joint range of motion", "10. Warranty", "280 robot arm", "2Cr13 shaft", "5.2 控制箱显示"}}
	want := "Robot Parameters > Joint range of motion > Warranty > 280 robot arm > 2Cr13 shaft > 控制箱显示"
	if got := sectionWords(c); got != want {
		t.Fatalf("sectionWords = %q, want %q", got, want)
	}
}

// A table row answers through its section's words even where the heading
// glues its number to them.
func TestRowAnswersThroughNumberedSection(t *testing.T) {
	row := item(1, "a", "Joint: J5; Range: -155 ~ +160", "en", "Robot Parameters")
	row.Chunk.Kind = "table_row"
	row.Chunk.Section = []string{"3.Structural dimension parameters", "3.2Joint range of motion"}
	ev := evidence("J5 joint limits?", row)
	if ans := answer(t, ev); ans.Abstained || !strings.Contains(ans.Answer, "-155 ~ +160") {
		t.Fatalf("answer = %q", ans.Answer)
	}
}
