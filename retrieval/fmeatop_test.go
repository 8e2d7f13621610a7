package retrieval

import (
	"strconv"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/kg"
)

// "Top 3 by RPN" names three rows, and every row tied with the third;
// a count asked in words or in Chinese reads alike, the lowest ones rank
// upwards, and a count never becomes a bound or an ordinal.
func TestTopRowsByFigure(t *testing.T) {
	var rows []fmeaRow
	for i, rpn := range []int{90, 200, 150, 120, 150} {
		id := "m" + strconv.Itoa(i)
		rows = append(rows, fmeaRow{item: "item", mode: id, modeID: id, props: kg.Props{"rpn": strconv.Itoa(rpn), "severity": "5"}})
	}
	for _, c := range []struct {
		q    string
		want []string
	}{
		{"top 3 risks in the FMEA by RPN?", []string{"200", "150", "150"}},
		{"top 2 failure modes by RPN", []string{"200", "150", "150"}},
		{"the three riskiest failure modes by RPN", []string{"200", "150", "150"}},
		{"RPN 最高的前两项失效模式", []string{"200", "150", "150"}},
		{"前4个RPN最高的失效模式", []string{"200", "150", "150", "120"}},
		{"the lowest 2 RPNs", []string{"90", "120"}},
		{"what is the third highest RPN", []string{"120"}}, // of the distinct figures
	} {
		got, ok := computeFMEA(rows, parseFMEAQuery(c.q), "")
		if !ok {
			t.Errorf("%q: no answer", c.q)
			continue
		}
		var rpns []string
		for _, l := range got.Lines {
			rpns = append(rpns, l.Props["rpn"])
		}
		if strings.Join(rpns, " ") != strings.Join(c.want, " ") {
			t.Errorf("%q: rows %v, want %v", c.q, rpns, c.want)
		}
	}
	if q := parseFMEAQuery("top 3 failure modes with RPN above 100"); !q.hasThresh || q.threshold != 100 {
		t.Errorf("top 3 above 100: bound %v %v, want > 100", q.cmp, q.threshold)
	}
}
