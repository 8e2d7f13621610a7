package assistant

import (
	"strings"
	"testing"
)

// A fault list names each code once, at the head of its entry; the
// sentence after the head, which says what to do, is about that code.
func TestSentenceAfterACodeHeadIsAboutTheCode(t *testing.T) {
	for _, c := range []struct{ q, text, want string }{
		{"F03怎么重新连接？", "F02 过热：电机温度过高。检查风扇。 F03 通信中断：总线超时。按住\"复位\"键 5 秒重新连接；无效时更换通信板。", "5 秒"},
	} {
		ans := answer(t, evidence(c.q, item(1, "a", c.text, lang(c.q), "Fault codes")))
		if ans.Abstained || !strings.Contains(ans.Answer, c.want) {
			t.Errorf("%s: answer = %q (%s), want %q", c.q, ans.Answer, ans.Trace.Abstention, c.want)
		}
	}
	for _, c := range []struct{ text, s, want string }{
		{"E08 Dry running. E09 Memory error. Hold RESET 10 s.", "Hold RESET 10 s.", "E09"},
		{"多为电缆磨损。 E09 参数存储错误：EEPROM 校验失败。同时按住复位键 10 秒恢复出厂参数；", "同时按住复位键 10 秒恢复出厂参数；", "E09"},
	} {
		if got := lineHead(c.text, c.s); got != c.want {
			t.Errorf("lineHead(%q) = %q, want %q", c.s, got, c.want)
		}
	}
}
