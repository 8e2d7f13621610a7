package retrieval

import (
	"slices"
	"testing"
)

func TestSpokenWordsAreNotTerms(t *testing.T) {
	checkTerms(t, []termCase{
		{"配电那边问：给这台泵配多大的保险丝？", []string{"保险", "险丝"}, []string{"配电", "那边", "边问", "这台"}},
		{"能不能抽带油的液体？为啥不行", []string{"带油", "液体"}, []string{"能不", "不能", "为啥"}},
		{"那个 O 型圈是什么规格的", []string{"规格"}, []string{"那个"}},
		{"Pump will sit idle for half a year, anything I should do while it's standing?", []string{"pump", "idl"}, []string{"anyth", "while"}},
		{"The customer asks: what is the rated voltage?", []string{"rate", "voltag"}, []string{"custom"}},
		{"垂直吸泵能吸多重的东西", []string{"吸泵"}, []string{"东西"}},
		{"我们这边电网是60Hz，这个泵能用吗", []string{"电网", "60hz"}, []string{"们这", "这边", "边电", "能用", "泵能"}},
		{"control box display is totally blank even though power is on, what's wrong", []string{"display", "blank"}, []string{"total", "wrong", "even"}},
		{"pump makes a racket, any idea?", []string{"pump", "racket"}, []string{"idea"}},
		{"how many pumps are on the wrong site in total?", []string{"total", "wrong"}, nil},
		// A demonstrative and its measure word point; the thing follows.
		{"PO 2306 这张工单是干什么的", []string{"工单", "2306"}, []string{"这张", "张工"}},
		{"那条记录的费用多少", []string{"记录", "费用"}, []string{"那条", "条记"}},
		{"这些螺丝用什么规格", []string{"螺丝", "规格"}, []string{"这些", "些螺"}},
		{"那根轴多长", nil, []string{"那根", "根轴"}},
		// A colon with no asker before it is part of the question.
		{"问题：电机过热", []string{"问题", "电机"}, nil},
		// A reading's verdict is asked; the limit answers it, not "shut down".
		{"bearing housing reads 85C, is that still ok or should I shut down?", []string{"bear", "85c"}, []string{"still", "ok", "shut", "down"}},
		{"how do I shut down the pump?", []string{"shut", "down"}, nil},
		// That a size suits is what any answer means; the size is asked.
		{"保险丝配多大的合适？", []string{"保险", "险丝"}, []string{"合适", "丝合"}},
		// How long the asker means to do it is the asker's case.
		{"can I run it dry for a minute?", []string{"run", "dry"}, []string{"minut"}},
		{"is it ok to run it dry for a short time?", []string{"run", "dry"}, []string{"short", "time"}},
		{"how many drops per minute may the seal leak?", []string{"drop", "minut", "seal"}, nil},
		// Who will do the work is no term; a role a record names, asked, is.
		{"what fuse should the electrician fit?", []string{"fuse"}, []string{"electrician"}},
		{"what fuse does our electrician need for the supply?", []string{"fuse", "suppli"}, []string{"electrician"}},
		{"which electrician fitted the fuse on the 12th?", []string{"electrician", "fuse"}, nil},
		{"which technician did the most jobs?", []string{"technician"}, nil},
		// "Am I supposed to", "actually" and the figures the asker has seen
		// press for the value; the sources' values show any conflict.
		{"how often am I supposed to lube the joints?", []string{"lube", "joint"}, []string{"am", "suppos"}},
		{"how heavy is the arm actually? i've seen two different numbers", []string{"heavi", "arm"}, []string{"actual", "seen", "two", "differ", "number"}},
		{"we have seen conflicting figures for the payload", []string{"payload"}, []string{"seen", "conflict", "figur"}},
		{"what is the actual flow at 50 Hz?", []string{"actual", "flow"}, nil},
		// Emphasis and hearsay name nothing either.
		{"what's the absolute top-end flow? two numbers floating around", []string{"flow"}, []string{"absolut", "float"}},
		// How often a job is done: the pairs across 多久要 and 一次 are no words.
		{"机械臂的关节多久要润滑一次？", []string{"关节", "润滑"}, []string{"节多", "滑一", "一次"}},
		// A display that "报" a code shows it, as a log writes it.
		{"WO-26-0031 那次报 E05，后来怎么处理的？", []string{"e05"}, []string{"报", "次报"}},
		// The sort of thing asked is no term.
		{"what sort of resolution does the webcam version give?", []string{"resolut", "webcam", "version"}, []string{"sort"}},
		{"what kind of oil goes in the gearbox?", []string{"oil", "gearbox"}, []string{"kind"}},
		// The travel's direction is not what a stroke is written with.
		{"how much up/down travel does the pen holder give the pen?", []string{"travel", "pen", "holder"}, []string{"up", "down"}},
		// What to check is what a troubleshooting entry answers; a machine
		// that powers up is powered on.
		{"arm powers up but the joints won't lock, just floppy. what to check?", []string{"arm", "power", "joint", "lock", "floppi"}, []string{"up", "check"}},
		// Asking for tips asks.
		{"the brass nut keeps jamming when I push it into the actuator column, any tip?", []string{"brass", "nut", "jam"}, []string{"tip"}},
		// What it "comes with" is what it has.
		{"what flanges does it come with?", []string{"flang"}, []string{"come"}},
		// The asker's own plant, and using it as it is, name nothing.
		{"我们厂是 60Hz 电网，这台泵能直接用吗？", []string{"60hz", "电网"}, []string{"们厂", "直接", "接用"}},
		{"我们公司的泵本身多重？", []string{"泵"}, []string{"们公", "本身"}},
		{"电机直接起动时电流多大", []string{"直接", "起动"}, nil},
		// A distance said in numerals is written in figures, as passages do.
		{"一米外噪声多少分贝", []string{"1", "噪声", "分贝"}, []string{"一米", "米外"}},
		{"离两米远有多吵", []string{"2"}, []string{"两米", "米远"}},
	})
}

func TestNameOpeningALongerGlossaryWordIsNotLinked(t *testing.T) {
	dict := map[string][]dictEntry{"电源": {{}}, "电机": {{}}}
	cases := []struct {
		question string
		want     []string
	}{
		{"电源线要用多粗的", nil},           // the supply cable, not the supply
		{"电源电压是多少", []string{"电源"}}, // 电源电压 is no glossary word
		{"电机多重", []string{"电机"}},    // the name ends the question's word
		{"电源保险多大", nil},             // the supply fuse
		{"电源", []string{"电源"}},      // nothing follows
	}
	for _, c := range cases {
		if got := matchDictionary(dict, 8, c.question, nil); !slices.Equal(got, c.want) {
			t.Errorf("%q: linked %v, want %v", c.question, got, c.want)
		}
	}
}

// A bare 换 counted or done away with replaces a part, as the documents'
// 更换 does; a 换 inside another word keeps that word.
func TestBareReplaceIsSpelledOut(t *testing.T) {
	for _, c := range []struct {
		question string
		want     bool
	}{
		{"换一套机械密封大概要多长时间", true},
		{"换一次轴承的标准工时是多少？", true},
		{"叶轮换掉要几个钟头", true},
		{"换个压力变送器多久能弄好", true},
		{"电机转反了要调换哪两根线", false},
		{"怎么切换到手动模式", false},
		{"换向阀坏了怎么办", false},
	} {
		terms := Analyze(c.question).Terms
		if got := slices.Contains(terms, "更换"); got != c.want {
			t.Errorf("%q: terms %v hold 更换: %v, want %v", c.question, terms, got, c.want)
		}
	}
}

// A month said in Chinese is the records' date; how the asker tells of a
// past job names nothing.
func TestChineseMonthIsADate(t *testing.T) {
	checkTerms(t, []termCase{
		{"2025年4月灌溉站B那台泵流量掉到28方，最后查出来是什么原因？", []string{"2025-04", "灌溉", "28"}, []string{"年", "月灌", "最后", "查出", "出来"}},
		{"2026年12月份停机几次", []string{"2026-12"}, []string{"月份"}},
	})
}

// A size said before the counted part is written after its name, as parts
// lists write it.
func TestZhSizeBeforeNounMovesAfterIt(t *testing.T) {
	for in, want := range map[string]string{
		"底座组件里一共用了几个10的弹簧垫圈？": "底座组件里一共用了几个弹簧垫圈 10？",
		"要几个M8的螺栓":     "要几个螺栓 M8",
		"泵在40的流量下扬程多少": "泵在40的流量下扬程多少",
	} {
		if got := withSizeAfterNoun(in); got != want {
			t.Errorf("%q: %q, want %q", in, got, want)
		}
	}
}

// That the asker cannot buy a part is their case, and "替代办法" asks for a
// substitute: neither 买不 nor 办法 is a word a passage must hold.
func TestCannotBuyAndAWayRoundAreNoTerms(t *testing.T) {
	checkTerms(t, []termCase{
		{question: "买不到六角头的 M3x25 螺丝做丝杆，有什么替代办法？", kept: []string{"替代", "丝杆"}, dropped: []string{"买不", "不到", "代办", "办法"}},
	})
}

// Which ones the asker points at, on the pump, and which works supplies
// them are no words a passage holds: the bearings and their supplier are.
func TestPointingAndWhichWorksAreNoTerms(t *testing.T) {
	checkTerms(t, []termCase{
		{question: "泵上那两个深沟球轴承是哪家厂供货的？", kept: []string{"深沟", "轴承", "供货"}, dropped: []string{"泵上", "上那", "那两", "家厂", "厂供"}},
		{question: "OpenFlexure 当丝杆用的那种螺丝是从哪家买的？", kept: []string{"丝杆", "螺丝", "哪家"}, dropped: []string{"当丝", "杆用", "家买", "从"}},
	})
}
