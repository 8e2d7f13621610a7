package assistant

import (
	"slices"
	"strings"
	"testing"
)

// A count quoted from the other language's document is the figure that
// answers "how many": it is taken when the quote gives one count the
// question does not, and not from a measure, a dimension or a code.
func TestCountFigures(t *testing.T) {
	cases := []struct {
		quote, question, lang string
		want                  []string
	}{
		{"We will build 6 identical base wheels and then add more onto 4 of those, which become the corner wheels.", "6个基础轮组里有几个要改成转角轮", "zh", []string{"4 个"}},
		{"Four of the six drive assemblies you just built will become the corner motors.", "六个驱动组件里几个会变成转角电机", "zh", []string{"4 个"}},
		{"3x Viton O-ring, 30x2mm (NB: get some spares!)", "执行器要装几个O型圈", "zh", []string{"3 个"}},
		{"Fit 2 M3 screws and 2 washers to the bracket.", "支架要几个螺钉", "zh", []string{"2 个"}},
		{"Fit 2 M3x8 screws to the bracket.", "how many screws hold the bracket?", "en", []string{"2"}},
		// A measure, a dimension and a code are no counts.
		{"The main body takes 10 hours to print on a 180x180mm bed.", "主体要打印几个小时", "zh", nil},
		{"Use an M3 nut with a 28BYJ-48 motor.", "要几个电机", "zh", nil},
		// A count joined to its noun by a hyphen names a kind of thing.
		{"The one-bolt system would let the wheel slip.", "要钻几个孔", "zh", nil},
		{"Use a 3-pin plug.", "要几个插头", "zh", nil},
		// A total is not answered by one step's count.
		{"Then, thread two washers onto the screw where it sticks out of the gear.", "执行器装配一共要几个垫圈", "zh", nil},
		{"You need 6 washers in total.", "执行器装配一共要几个垫圈", "zh", []string{"6 个"}},
		// Two counts the question does not tell apart: no lead.
		{"Fit 3 screws and 4 nuts.", "要几个零件", "zh", nil},
	}
	for _, c := range cases {
		if got := countFigures(c.quote, c.question, c.lang); !slices.Equal(got, c.want) {
			t.Errorf("countFigures(%q, %q) = %q, want %q", c.quote, c.question, got, c.want)
		}
	}
}

// Asked how many in Chinese and answered from an English sentence, the
// answer opens with the count in the asker's words.
func TestCountLeadsOtherLanguageAnswer(t *testing.T) {
	for _, q := range []string{"6个基础轮组里有几个要改成转角轮", "六个基础轮组中有几个会做成转角轮？"} {
		en := item(1, "a", "We will build 6 identical base wheels and then add slightly more complexity onto 4 of those which will eventually become the corner wheels.", "en", "Wheel Assembly")
		ans := answer(t, evidence(q, en))
		first, _, _ := strings.Cut(ans.Answer, "\n")
		if ans.Abstained || !strings.Contains(first, "4 个") {
			t.Errorf("%s: answer = %q", q, ans.Answer)
		}
	}
}
