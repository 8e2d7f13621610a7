package assistant

import "testing"

// A question asking when an event happened is answered only by a text
// that names the event and gives a date; a document's version line dates
// the document's writing or issue, never its maker's founding.
func TestEventDateNeedsEventAndDate(t *testing.T) {
	for _, c := range []struct {
		question, text string
		want           bool // the text dates the asked event
	}{
		{"汉山流体机械有限公司成立于哪一年？", "汉山流体机械有限公司文件编号 HS-UM-CP200-ZH，版本 C，2025 年 9 月", false},
		{"这家公司是什么时候创立的", "本公司创立于 1998 年，总部位于杭州。", true},
		{"When was the pump maker founded?", "Document HS-UM-CP200-EN, revision C, September 2025", false},
		{"What year was the company established?", "The company was established in 1998 in Hangzhou.", true},
		{"这份 FMEA 是哪一天编制的？", "Electronic control unit (ECU): Corrosion — RPN 36, severity 4", false},
		{"这份 FMEA 是哪一天编制的？", "编制：张工 日期：2024 年 3 月 12 日", true},
		{"这本手册哪一年发布的", "文件编号 HS-UM-CP200-ZH，版本 C，2025 年 9 月", true},
		{"On what date was the maintenance plan drafted?", "The plan lists the 125-hour and 500-hour services.", false},
	} {
		e := askedEvent(c.question)
		if e < 0 {
			t.Errorf("%q asks no event's date", c.question)
			continue
		}
		if got := datesEvent(e, c.text); got != c.want {
			t.Errorf("%q: %q dates it = %v, want %v", c.question, c.text, got, c.want)
		}
	}
	// Durations, intervals and steps name no event's date.
	for _, q := range []string{"保修多久？从哪天开始算", "How many years does the seal last?", "Which year has the most work orders starting?", "地脚螺栓什么时候拧、拧多大扭矩", "When should the pump be installed?"} {
		if e := askedEvent(q); e >= 0 {
			t.Errorf("%q read as asking the date of %v", q, datedEvents[e].words)
		}
	}
}
