package assistant

import (
	"strings"
	"testing"
)

// A count of a record's item is its quantity, where the row is built in
// once; a row built into several assemblies is left to the roll-up.
func TestCountedFieldIsTheRowsQuantity(t *testing.T) {
	once := rowCells("assembly: body; short name: 41 hole beam; part #: 1106-0041-0328; cost pp: $6.99; # req in assy: 6; assembly multiplier: 1")
	six := rowCells("assembly: drive wheel; short name: wheel; cost pp: $25.27; # req in assy: 1; assembly multiplier: 6")
	for _, c := range []struct {
		row  []cell
		q    string
		want string
	}{
		{once, "漫游车车身里那根41孔方梁一共要几根", "# req in assy"},
		{once, "how many 41 hole beams go in the body?", "# req in assy"},
		{once, "what does the 41 hole beam cost", ""},
		{six, "how many wheels?", ""},
		{once, "41孔方梁装在哪个组件里，一台几个", ""},
		{once, "41 hole beams 一包几个，多少钱", ""},
	} {
		got := ""
		if f := countedField(c.row, c.q); len(f) == 1 {
			got = c.row[f[0]].header
		}
		if got != c.want {
			t.Errorf("%q: counted field %q, want %q", c.q, got, c.want)
		}
	}
	if got := withMeasureWord("6", "一共要几根"); got != "6 根" {
		t.Errorf("withMeasureWord = %q, want 6 根", got)
	}
}

// A listing asked 哪几样 says how many 样.
func TestListingCountsByTheAskedWord(t *testing.T) {
	got := inAskedCountWord("“parts list”中cost pp大于20的记录共4条：\n- wheel [1]", "火星车零件清单里单价超过 20 美元的有哪几样？")
	if !strings.Contains(got, "共有 4 样") {
		t.Errorf("got %q", got)
	}
	if same := inAskedCountWord("“bom”中的记录共4条：", "有哪些零件？"); same != "“bom”中的记录共4条：" {
		t.Errorf("changed without a measure word: %q", same)
	}
}
