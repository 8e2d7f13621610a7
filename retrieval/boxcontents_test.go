package retrieval

import (
	"testing"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval/tableq"
)

// packingTable is a manual's packing list in lang.
func packingTable(t *testing.T, id, lang, section string, products ...string) *tableq.Table {
	t.Helper()
	var chunks []kg.Chunk
	for i, p := range products {
		chunks = append(chunks, kg.Chunk{ID: id + string(rune('a'+i)), Lang: lang, Text: "Serial Number: " + string(rune('1'+i)) + "; Product: " + p})
	}
	tb, err := tableq.NewTable(kg.Table{DocumentID: id, DocTitle: "Chapter 4 First Installation", Section: []string{section}, Rows: len(chunks)}, chunks)
	if err != nil {
		t.Fatal(err)
	}
	return tb
}

// "What's in the box" is answered by every line of the packing list, in
// the asker's language where both manuals hold one; a question about
// something else, or a table that is no packing list, gives none.
func TestBoxContentsListsThePackingList(t *testing.T) {
	en := packingTable(t, "en", "en", "Product Standard List Comparison Table", "Robotic arm", "Power supply", "Hexagon wrench")
	zh := packingTable(t, "zh", "zh", "产品标准清单对照表", "机械臂", "配套电源", "内六角扳手")
	parts := packingTable(t, "bom", "en", "Parts list", "Robotic arm", "Power supply")
	tables := []*tableq.Table{parts, zh, en}
	for _, c := range []struct {
		q     string
		first string
	}{
		{"just unboxed my 280 M5 - what's supposed to be in the box?", "Robotic arm"},
		{"280 M5 包装盒里都有什么？", "机械臂"},
		{"what is the payload of the arm?", ""},
	} {
		res, ok := boxContents(tables, Analyze(c.q))
		if ok != (c.first != "") {
			t.Fatalf("%q: listed %v, want %v", c.q, ok, c.first != "")
		}
		if ok && (len(res.Rows) != 3 || res.Label(res.Rows[0]) != c.first) {
			t.Errorf("%q: %d rows, first %q; want 3 from %q", c.q, len(res.Rows), res.Label(res.Rows[0]), c.first)
		}
	}
	if _, ok := boxContents([]*tableq.Table{parts}, Analyze("what's in the box?")); ok {
		t.Error("a parts list read as the box's contents")
	}
}
