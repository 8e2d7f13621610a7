package assistant

import "testing"

// An FAQ entry whose question writes one of the user's figures in another
// unit is about another quantity; a model number's figures are no
// quantity at all.
func TestFigureInOtherUnit(t *testing.T) {
	for _, c := range []struct {
		question, entry string
		want            bool
	}{
		{"what NPSH does the pump need if we run it at 60 m3/h?", "Can the pump run at 60 Hz?", true},
		{"can we run it at 60hz?", "Can the pump run at 60 Hz?", false},
		{"will it take 40 °C water?", "Can it pump water at 40 ℃?", false},
		{"can I use the cp200 for seawater on a boat?", "Can the HF-CP200 pump sea water?", false},
		{"is 380 V ok?", "Does it run on 380 V, 50 Hz?", false},
		{"can the motor run at 3000 rpm?", "Can the motor run at 3000 r/min?", false},
	} {
		if got := figureInOtherUnit(c.question, c.entry); got != c.want {
			t.Errorf("%q against %q: %v, want %v", c.question, c.entry, got, c.want)
		}
	}
}

// A part asking for a protocol is answered by another part's answer that
// names one.
func TestProtocolAnswered(t *testing.T) {
	e08 := "E08 通讯故障：RS-485（Modbus RTU，从站地址 1，波特率 9600）超过 30 秒无应答。 [1]"
	if !protocolAnswered("我们要把控制箱的 RS-485 接到 DCS 上，通讯协议是什么", []string{e08}) {
		t.Error("Modbus RTU does not answer the protocol asked")
	}
	if protocolAnswered("通讯协议是什么", []string{"RS-485 接口在控制箱底部。 [1]"}) {
		t.Error("an interface's place answered the protocol")
	}
	if protocolAnswered("波特率是多少", []string{e08}) {
		t.Error("a part asking no protocol counted as answered")
	}
}

// A fuse asked of the main circuit is not the control circuit's, and the
// other way round; a sentence naming both, or neither, is left.
func TestOtherCircuit(t *testing.T) {
	for _, c := range []struct {
		question, sentence string
		want               bool
	}{
		{"配电柜里给这台泵的主回路配多大的熔断器？", "CP200-CTL-06 — Name Control fuse F1, 2 A, 名称 控制回路保险丝 2 A", true},
		{"配电柜里给这台泵的主回路配多大的熔断器？", "Recommended supply fuse: 25 A, type gG.", false},
		{"what rating is the control fuse?", "Recommended supply fuse: 25 A, type gG.", true},
		{"what rating is the control fuse?", "Control fuse F1, 2 A, 5 x 20 mm", false},
		{"what fuse does it need?", "Control fuse F1, 2 A, 5 x 20 mm", false},
	} {
		if got := otherCircuit(c.question, c.sentence); got != c.want {
			t.Errorf("%q / %q: %v, want %v", c.question, c.sentence, got, c.want)
		}
	}
}

// A length named as another measure ("a 45mm parfocal distance") states
// none asked by its unit alone.
func TestNamesOtherLength(t *testing.T) {
	for _, c := range []struct {
		asked, text string
		want        bool
	}{
		{"筒长", "assuming you have a microscope objective with a 45mm parfocal distance", true},
		{"tube length", "Focal length: 50mm", true},
		{"筒镜焦距", "Focal length: 50mm", false},
		{"焦距", "Focal length: 50mm", false},
		{"length", "Use M3 screws, 8 mm long.", false},
	} {
		if got := namesOtherLength(c.asked, c.text); got != c.want {
			t.Errorf("%q in %q: %v, want %v", c.asked, c.text, got, c.want)
		}
	}
}
