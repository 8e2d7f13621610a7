package assistant

import (
	"testing"

	"github.com/kgassist/kgassist/retrieval"
)

// A unit's line rates the unit, not the parts it lists.
func TestLineRatesItsHeadNotItsListedParts(t *testing.T) {
	line := "控制箱 CP200-CTL-00：直接起动，HC-10 电机保护器，压力变送器和防干转液位开关，防护等级 IP55。"
	for _, c := range []struct {
		item, attr, s string
		want          bool
	}{
		{"压力变送器", "防护等级", line, true},
		{"控制箱", "防护等级", line, false},
		{"压力变送器", "防护等级", "压力变送器：量程 0～1.6 MPa，防护等级 IP65。", false},
		{"压力变送器", "防护等级", "控制箱：压力变送器防护等级 IP65，箱体 IP55。", false},
		{"pressure transmitter", "protection class", "Control box: direct-on-line starter, pressure transmitter, protection class IP55.", true},
	} {
		item, attr := retrieval.Analyze(c.item), retrieval.Analyze(c.attr)
		if got := ratesHeadNotItem(item, attr, c.s); got != c.want {
			t.Errorf("%s / %s in %q: got %v, want %v", c.item, c.attr, c.s, got, c.want)
		}
	}
}

// A step or a code's entry is no unit listing what it holds.
func TestStepOrCodeLineRatesWhatItNames(t *testing.T) {
	for _, c := range []struct{ item, attr, s string }{
		{"paint layer", "thick", "Step 1: Paint with epoxy topcoat RAL 5015, dry film thickness 80 to 120 µm."},
		{"control box", "baud rate", "E08 通讯故障：RS-485（Modbus RTU，从站地址 1，波特率 9600）超过 30 秒无应答。"},
	} {
		if ratesHeadNotItem(retrieval.Analyze(c.item), retrieval.Analyze(c.attr), c.s) {
			t.Errorf("%q: read as a unit's line", c.s)
		}
	}
}
