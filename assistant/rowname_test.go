package assistant

import (
	"strings"
	"testing"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// A BOM line whose part the evidence names only by its number is named
// as its row names it, in the answer's language.
func TestBOMLineNamedFromItsRow(t *testing.T) {
	row := rowItem(1, "r", "Level: 2; Part No.: XB-01; Description: Base frame, welded steel; 名称: 底架; Qty: 1; Unit: pcs", "en")
	ents := map[string]kg.Entity{"Part:xb-01": {ID: "Part:xb-01", Type: kg.Part, Name: "XB-01"}}
	c := retrieval.Computed{Kind: "bom", Subject: "Pump", Lines: []retrieval.Line{
		{ID: "Part:xb-01", Name: "XB-01", Qty: 1, Path: []string{"Pump"}, Cites: []int{1}},
		{ID: "Part:xb-02", Name: "XB-02", Qty: 2, Path: []string{"Pump"}, Cites: []int{1}},
	}}
	for lang, want := range map[string]string{"en": "Base frame (XB-01) × 1", "zh": "底架 (XB-01) × 1"} {
		var b strings.Builder
		writeBOMLines(&b, c, lang, &namer{ents: ents, rows: []retrieval.Item{row}}, true)
		got := b.String()
		if !strings.Contains(got, want) || !strings.Contains(got, "XB-02 × 2") {
			t.Errorf("%s: %q lacks %q", lang, got, want)
		}
	}
}
