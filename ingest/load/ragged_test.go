package load

import (
	"context"
	"reflect"
	"testing"
)

// A row an unquoted comma split is joined back into the text column it
// came from, so the later columns hold their own figures again.
func TestLoadCSVRejoinsSplitCells(t *testing.T) {
	const head = "assembly,part #,long name,link,cost pp,qty\n" +
		"body,1102-0007-0056,7 Hole Flat Beam - 2 Pack,https://example.com/beam,$2.49,2\n" +
		"body,2808-0004-0050,50mm Threaded Rod,https://example.com/rod,$1.99,1\n" +
		"wheel,5202-2402-0027,Gear Motor 26.9:1,https://example.com/motor,$42.99,6\n"
	cases := []struct {
		name, row string
		want      []string
	}{
		{"one comma in the text", "body,1501-0006-0080,Standoff (6mm OD, 8mm Length) - 4 Pack,https://example.com/standoff,$3.49,2\n",
			[]string{"body", "1501-0006-0080", "Standoff (6mm OD, 8mm Length) - 4 Pack", "https://example.com/standoff", "$3.49", "2"}},
		{"two commas in the text", "body,1116-0024-0040,Grid Plate (3 x 5 Hole, 24 x 40mm, black),https://example.com/plate,$1.29,4\n",
			[]string{"body", "1116-0024-0040", "Grid Plate (3 x 5 Hole, 24 x 40mm, black)", "https://example.com/plate", "$1.29", "4"}},
		{"a row as wide as the header", "body,1500-0010-0006,Plastic Spacer,https://example.com/spacer,2.79,1\n",
			[]string{"body", "1500-0010-0006", "Plastic Spacer", "https://example.com/spacer", "2.79", "1"}},
		{"surplus no join explains", "body,1500-0010-0006,Plastic Spacer,https://example.com/spacer,2.79,1,spare\n",
			[]string{"body", "1500-0010-0006", "Plastic Spacer", "https://example.com/spacer", "2.79", "1", "spare"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p, err := Load(context.Background(), "parts_list.csv", []byte(head+c.row), DefaultLimits())
			if err != nil {
				t.Fatal(err)
			}
			rows := p.Blocks[0].Table.Rows
			got := rows[len(rows)-1][:len(c.want)]
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("last row\n got %q\nwant %q", got, c.want)
			}
		})
	}
}

// A header shorter than every row is no sign of split cells: the rows
// are kept as read.
func TestRejoinLeavesShortHeaderAlone(t *testing.T) {
	rows := [][]string{{"a b", "1", "x"}, {"c d", "2", "y"}}
	rejoinSplitCells([]string{"name", "n"}, rows, ", ")
	if len(rows[0]) != 3 || len(rows[1]) != 3 {
		t.Errorf("rows changed: %q", rows)
	}
}
