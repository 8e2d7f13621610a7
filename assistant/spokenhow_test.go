package assistant

import "testing"

// 咋 is the spoken 怎么: "咋处理" asks what to do as "怎么处理" does.
func TestSpokenHowAsksWhatToDo(t *testing.T) {
	for q, want := range map[string]bool{
		"控制箱上跳出E03停机了，是啥问题，咋处理？": true,
		"显示E01跳停，咋修？":            true,
		"E03是什么意思？":              false,
		"The controller has just tripped on E05. According to the FAQ, what should I look at first?": true,
	} {
		if got := asksWhatToDo(q); got != want {
			t.Errorf("asksWhatToDo(%q) = %v, want %v", q, got, want)
		}
	}
}

// A decimal's point ends no sentence: the entry's head before "请检查…" is
// the whole "E05 表示…（出厂默认 1.2 MPa）".
func TestSentenceBeforeKeepsDecimals(t *testing.T) {
	text := "控制箱显示 E05 是什么意思？ E05 表示出口超压，出口压力超过设定值（出厂默认 1.2 MPa）。请检查出口阀是否被误关闭。"
	if got, want := sentenceBefore(text, "请检查出口阀是否被误关闭。"), "E05 表示出口超压，出口压力超过设定值（出厂默认 1.2 MPa）"; got != want {
		t.Errorf("sentenceBefore = %q, want %q", got, want)
	}
}

// A part asking how much of what the part before names is answered by an
// amount the other parts' answers give.
func TestAmountAnswered(t *testing.T) {
	got := []string{"Every 4000 operating hours with 15 g of lithium complex grease NLGI 2 per bearing. [1]"}
	for part, want := range map[string]bool{
		"how much goes into each one":     true,
		"and how much does each one take": true,
		"每个加多少":                           true,
		"how much does the motor weigh":   false,
	} {
		if amountAnswered(part, got) != want {
			t.Errorf("amountAnswered(%q) = %v, want %v", part, !want, want)
		}
	}
	if amountAnswered("how much goes into each one", []string{"Every 4000 operating hours. [1]"}) {
		t.Error("an answer with no amount answers how much")
	}
}
