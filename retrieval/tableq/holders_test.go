package tableq

import (
	"slices"
	"testing"
)

// holderCase is a question and the part numbers of the assemblies that
// hold what it names; nil: the question is no holder plan.
type holderCase struct {
	question string
	want     []string
}

// "Which assembly is X in" over a levelled BOM names the assembly each
// matching line sits under, not the line itself.
func TestHoldersOfLevelledLines(t *testing.T) {
	checkHolders(t, func(tb *Table, q string) (Parsed, bool) { return Parse(tb, q) }, []holderCase{
		{"which assembly is the shim set in?", []string{"CP200-BSE-00"}},
		{"which assembly contains the level switch", []string{"CP200-CTL-00"}},
		{"which assembly holds the V-ring seal?", []string{"CP200-BRG-02"}},
		{"which parts are in the base plate assembly", nil},
	})
}

// The same asked in Chinese, where "哪个组件" carries no listing word of
// its own: "装在哪个组件里", "用在哪个总成上", "属于哪个部件".
func TestHoldersAskedInChinese(t *testing.T) {
	translate := glossaryTranslate(t)
	checkHolders(t, func(tb *Table, q string) (Parsed, bool) { return ParseWith(tb, q, translate) }, []holderCase{
		{"叶轮螺母用在哪个总成上", []string{"CP200-ROT-00"}},
		{"液位开关装在哪个组件里？", []string{"CP200-CTL-00"}},
		{"调整垫片属于哪个部件", []string{"CP200-BSE-00"}},
		{"底座组件里有哪些零件", nil},
		{"液位开关装在哪个组件里，每台几个", nil}, // two questions: the assembly, and a count
	})
}

// checkHolders parses each case over the demo BOM and compares the
// holders its plan finds.
func checkHolders(t *testing.T, parse func(*Table, string) (Parsed, bool), cases []holderCase) {
	t.Helper()
	tb := loadTable(t, "examples/demo/internal/bom.csv")
	key := tb.keyColumn()
	for _, c := range cases {
		p, ok := parse(tb, c.question)
		if !ok || !p.Plan.Holder {
			if c.want != nil {
				t.Errorf("%q: no holder plan (%v)", c.question, p.Plan)
			}
			continue
		}
		if c.want == nil {
			t.Errorf("%q: read as a holder plan %v", c.question, p.Plan)
			continue
		}
		res, err := Execute(tb, p.Plan)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, r := range res.Rows {
			got = append(got, r.Cell(key))
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: holders %v, want %v", c.question, got, c.want)
		}
	}
}
