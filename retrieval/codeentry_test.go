package retrieval

import "testing"

// A code list's line, or a code table's row, opens with the code and says
// what it is; a work order only reports the code shown.
func TestOpensEntry(t *testing.T) {
	for _, c := range []struct {
		text, code string
		want       bool
	}{
		{"F03 过电流：电流超过额定值。 F07 压力信号异常：信号低于 3.6 mA。", "f07", true},
		{"Code: F07; Meaning: Pressure signal fault", "f07", true},
		{"Work Order: WO-1; Symptom: Control box shows F07; Cause: cable chafed", "f07", false},
		{"Potential Failure Mode: Pressure signal fault (F07)", "f07", false},
		{"The display ends with F07", "f07", false},
	} {
		if got := opensEntry(c.text, c.code); got != c.want {
			t.Errorf("%q: got %v, want %v", c.text, got, c.want)
		}
	}
	if listedCode("m5") || !listedCode("e07") || !listedCode("p-17") {
		t.Error("listedCode: a model's M5 is no list's entry, E07 and P-17 are")
	}
}
