package tableq

import (
	"context"
	"strings"
	"testing"
)

// A Latin letter that begins a Chinese word ("O形圈", "V型带") is part of
// the word the rows are filtered by, and the answer names it as written.
func TestLetterGluedToChineseStaysInTheFilter(t *testing.T) {
	bom := chunkTable(t, "bom",
		"Level: 2; Part No.: X-101; Description: Ring 48x3.1; 名称: O形圈 48x3.1; Qty: 2; Unit: pcs",
		"Level: 2; Part No.: X-102; Description: Ring 30x2; 名称: 密封圈 30x2; Qty: 1; Unit: pcs",
		"Level: 2; Part No.: X-103; Description: Belt; 名称: V型带 A1000; Qty: 3; Unit: pcs")
	for _, c := range []struct{ q, value string }{
		{"BOM里有几种O形圈", "O形圈"},
		{"how many V型带 are listed in the BOM", "V型带"},
	} {
		res, err := AnswerOver(context.Background(), []*Table{bom}, c.q, Options{Translate: glossaryTranslate(t)})
		if err != nil || res == nil {
			t.Fatalf("%q: no answer: %v", c.q, err)
		}
		if s := res.Plan.String(); !strings.Contains(s, c.value) {
			t.Errorf("%q: plan %s lacks %q", c.q, s, c.value)
		}
	}
	for _, c := range []struct {
		text string
		i    int
		want bool
	}{
		{"bom里有几种o 形圈", 15, true},
		{"e07 报警", 0, false},
		{"ptc 热敏电阻", 2, false},
		{"is there a 密封圈", 9, false},
	} {
		if got := gluedLetter(c.text, c.i); got != c.want {
			t.Errorf("%q at %d: got %v, want %v", c.text, c.i, got, c.want)
		}
	}
}
