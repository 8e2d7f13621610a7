package assistant

import "testing"

// 咋 is the spoken 怎么: "咋处理" asks what to do as "怎么处理" does.
func TestSpokenHowAsksWhatToDo(t *testing.T) {
	for q, want := range map[string]bool{
		"控制箱上跳出E03停机了，是啥问题，咋处理？": true,
		"显示E01跳停，咋修？":            true,
		"E03是什么意思？":              false,
	} {
		if got := asksWhatToDo(q); got != want {
			t.Errorf("asksWhatToDo(%q) = %v, want %v", q, got, want)
		}
	}
}
