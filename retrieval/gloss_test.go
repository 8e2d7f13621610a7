package retrieval

import (
	"strings"
	"testing"
)

func TestGlossNamesTheOtherLanguagesWords(t *testing.T) {
	got := strings.Join(Gloss("浇注地脚螺栓后以 120 N·m 的扭矩拧紧。", "zh", 3), "; ")
	if !strings.Contains(got, "扭矩 = torque") {
		t.Fatalf("Gloss = %q", got)
	}
	got = strings.Join(Gloss("Tighten to the rated torque.", "en", 3), "; ")
	if !strings.Contains(got, "torque = 扭矩") {
		t.Fatalf("Gloss = %q", got)
	}
	if g := Gloss("nothing here", "en", 3); len(g) != 0 {
		t.Fatalf("Gloss = %q", g)
	}
}
