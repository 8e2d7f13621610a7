package assistant

import "testing"

// Quoting a passage that says a value is not published does not answer
// how much it is; a passage that gives the value, or a question that asks
// no measure, is left alone.
func TestDeclinedValueIsNoAnswer(t *testing.T) {
	for _, c := range []struct {
		question, text string
		want           bool
	}{
		{"How much torque in N·m can joint 2 of the arm deliver?", "We do not provide the internal torque of the servos. [1]", true},
		{"2号关节能输出多大扭矩", "我们只提供整体参数，不提供舵机的内部扭矩、电压电流等参数信息 [1]\nThe overall parameters of the robot arm are disclosed, such as repeatability. [1]", true},
		{"what is the rated voltage of the servo?", "Servo voltage is not published by the maker. [2]\nSupply voltage: 12 V [3]", false},
		{"电机功率多少", "电机额定功率: 7.5 kW. [1]", false},
		{"can I read joint torque or motor current off the servos?", "We do not provide the internal torque, voltage and current of the servos. [1]", false},
		{"能读出舵机的扭矩和电流吗", "不提供舵机、电机执行单元的内部扭矩、电压电流等参数信息 [1]", false},
		{"Is a motor supplied with the bare-shaft pump?", "The motor is not provided with the bare-shaft version. [1]", false},
	} {
		if got := onlyDeclines(c.question, c.text); got != c.want {
			t.Errorf("%q: %q declines = %v, want %v", c.question, c.text, got, c.want)
		}
	}
}
