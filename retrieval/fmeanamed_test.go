package retrieval

import "testing"

func TestRowsNamedKeepsTheRowsTheQuestionNames(t *testing.T) {
	rows := []fmeaRow{
		{item: "Bearing assembly CP200-BRG-00", mode: "Bearing overheating"},
		{item: "Mechanical seal CP200-SEL-01", mode: "Seal face leakage"},
		{item: "Mechanical seal CP200-SEL-01", mode: "Elastomer swelling"},
	}
	cases := []struct {
		question string
		want     int
	}{
		{"what's the RPN for the seal leaking", 1},
		{"RPN of a leaking seal?", 1},
		{"list the failure modes by RPN", 3},
		{"what is the RPN for a cracked casing", 3}, // no row named: every row
		{"failure modes with RPN above 100", 3},     // a bound, not a name
		{"密封泄漏的RPN是多少", 1},                          // the glossary reads the row's words
		{"机械密封漏水的风险顺序数是多少", 1},
		{"轴承过热的RPN", 1},
		{"列出所有失效模式的RPN", 3},
	}
	for _, c := range cases {
		got := rowsNamed(rows, parseFMEAQuery(c.question), Analyze(c.question))
		if len(got) != c.want {
			t.Errorf("%q: %d rows, want %d", c.question, len(got), c.want)
		}
	}
}
