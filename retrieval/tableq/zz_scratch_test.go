package tableq

import (
	"os"
	"strings"
	"testing"
)

func TestZZScratch(t *testing.T) {
	file := os.Getenv("ZZFILE")
	if file == "" {
		t.Skip()
	}
	tb := loadTable(t, file)
	for _, q := range strings.Split(os.Getenv("ZZQ"), "|") {
		q0 := newQuestion(q)
		p, ok := ParseWith(tb, q, glossaryTranslate(t))
		words, han := residue(q0)
		t.Logf("%q ok=%v plan=[%s] score=%d words=%v han=%v", q, ok, p.Plan, p.Score, words, han)
	}
}
