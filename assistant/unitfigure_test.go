package assistant

import "testing"

// A question for a figure in a unit it spells out is not answered by a
// text whose only digits belong to a name ("3D printable", "M3").
func TestUnitFigureMissing(t *testing.T) {
	cases := []struct {
		question, answer string
		missing          bool
	}{
		{"载物台行程是多少毫米", "The OpenFlexure Microscope is a 3D printable microscope. [1]", true},
		{"载物台行程是多少毫米", "Use M3 screws. [1]", true},
		{"插座外径多少毫米", "外径6.5mm，内径2.0mm [1]", false},
		{"J1 能转多少度", "J1 (°): -168 ~ +168 [1]", false},
		{"噪音有多少分贝", "≤ 72 dB(A) [1]", false},
		{"噪音有多少分贝", "噪音较低 [1]", true},
		{"功率多少千瓦", "电机 7.5kW [1]", false},
	}
	for _, c := range cases {
		if _, got := unitFigureMissing(c.question, c.answer); got != c.missing {
			t.Errorf("unitFigureMissing(%q, %q) = %v, want %v", c.question, c.answer, got, c.missing)
		}
	}
}

// Dimensions asked are answered by lengths, not by what the thing shows.
func TestSizeFigureMissing(t *testing.T) {
	for _, c := range []struct {
		question, answer string
		missing          bool
	}{
		{"How big is the control box enclosure itself? I need the dimensions for our panel layout.", "控制箱显示出口压力（MPa），停机保护时显示故障代码： [2]", true},
		{"How big is the control box enclosure itself? I need the dimensions for our panel layout.", "Control box enclosure: 400 x 300 x 200 mm [1]", false},
		{"What are the overall dimensions?", "Overall length × width × height: 1050 × 420 × 520 [1]", false},
		{"控制箱的外形尺寸是多少？", "控制箱防护等级 IP55 [1]", true},
		{"How big is the motor?", "7.5 kW [1]", false},
	} {
		if got := sizeFigureMissing(c.question, c.answer); got != c.missing {
			t.Errorf("sizeFigureMissing(%q, %q) = %v, want %v", c.question, c.answer, got, c.missing)
		}
	}
}
