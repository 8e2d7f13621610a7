package assistant

import "testing"

// The value at which a protection acts is answered by a threshold in the
// asked measure's unit, not by the rated value or another measure's limit.
func TestTripPointNeedsAThreshold(t *testing.T) {
	for _, c := range []struct {
		question, answer string
		want             bool
	}{
		{"at what supply voltage does the box trip on undervoltage?", "Motor trips with E01 — Possible cause Flow above 48 m³/h or supply voltage too low; check the supply voltage (380 V ±10%). [1]", true},
		{"at what supply voltage does the box trip on undervoltage?", "E06 欠电压：电源电压低于 342 V（380 V 的 90 %）持续 5 秒。[1]", false},
		{"what temperature does the thermistor trip at?", "E04 电机过热：PTC 热敏电阻动作（动作温度 150 °C）。[1]", false},
		{"电机温度多少度报警", "泵房温度超过 40 °C 时报警。[1]", false},
		{"how high can the outlet pressure go before it trips?", "E05 出口超压：出口压力超过参数 P-21 设定值（出厂值 1.2 MPa）。[1]", false},
		{"at what winding temperature does the motor trip?", "Motor rated 7.5 kW; ambient at most 40 °C. [1]", true},
		{"at what current does the motor trip on overcurrent?", "E01 电机过流：电流超过额定电流 14.8 A 的 110 %（即 16.3 A）持续 10 秒。[1]", false},
		{"at what current does the motor trip on overcurrent?", "Motor trips with E01 — Possible cause Flow above 48 m³/h. [1]", true},
		{"At what loop current does the control box decide the transmitter signal has dropped out?", "Current Controls: Signal range check below 3.6 mA. [1]", false},
		{"At what loop current does the control box decide the transmitter signal has dropped out?", "Control box CP200-CTL-00: pressure transmitter and level switch. [1]", true},
		{"What vibration level on the bearing housing counts as OK for this pump?", "Vibration limit: 4.5 mm/s RMS. [1]", false}, // a limit, not where it acts
		{"what is the rated supply voltage?", "Supply voltage 380 V ±10%. [1]", false},                                           // no trip asked
		{"why does the motor trip?", "Supply voltage too low. [1]", false},                                                       // no amount asked
	} {
		if got := tripPointUnstated(c.question, c.answer); got != c.want {
			t.Errorf("tripPointUnstated(%q, %q) = %v, want %v", c.question, c.answer, got, c.want)
		}
	}
}
