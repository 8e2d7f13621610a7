package assistant

import (
	"strings"
	"testing"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// A price asked per piece, or for an item by a shortened word, is the
// unit price of the record that spells the item out.
func TestPriceOfShortenedItemPerPieceIsItsRecordsField(t *testing.T) {
	row := kg.Chunk{ID: "r1", Kind: "table_row", DocTitle: "BOM",
		Text: "Part No.: CP200-SEL-01; Name: Mechanical seal 35 mm, SiC/carbon, EPDM; 名称: 机械密封; Unit: pcs; Unit price (CNY): 680"}
	for _, q := range []string{
		"what does a spare mech seal cost per piece",
		"mech seal price each?",
		"mechanical seal cost apiece?",
		"机械密封每件多少钱",
		"机械密封单个价格",
	} {
		ev := &retrieval.Evidence{Question: retrieval.Analyze(q), Items: []retrieval.Item{{N: 1, Chunk: row}}}
		text, _, ok := fieldAnswer(ev, ev.Question.AnswerLang())
		if !ok || !strings.Contains(text, "680") {
			t.Errorf("%q: field answer %q, %v; want the unit price 680", q, text, ok)
		}
	}
}
