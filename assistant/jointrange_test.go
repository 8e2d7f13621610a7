package assistant

import (
	"slices"
	"testing"
)

func TestJointsNamed(t *testing.T) {
	cases := []struct {
		text string
		want []int
	}{
		{"J1 — Range -168 ~ +168.", []int{1}},
		{"how far can joint 1 rotate?", []int{1}},
		{"how far does the first axis turn", []int{1}},
		{"One axis and five axes have limits.", []int{1, 5}},
		{"一轴能转多少度？", []int{1}},
		{"第五关节的转动角度", []int{5}},
		{"3号关节的范围", []int{3}},
		{"axis 2 rotation limit", []int{2}},
		// The base joint is the first from the base.
		{"how far round can the base joint turn?", []int{1}},
		{"底座关节能转多少度", []int{1}},
		// The count of axes of the machine names none of its joints.
		{"myCobot 是一款六轴协作机器人", nil},
		{"a six axis robot arm", nil},
		{"the flow of pump P1", nil},
	}
	for _, c := range cases {
		if got := jointsNamed(c.text); !slices.Equal(got, c.want) {
			t.Errorf("jointsNamed(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestJointAngles(t *testing.T) {
	en := "One axis and five axes have limits. One axis is about 165° clockwise and about 160° counterclockwise. The five axes can rotate about 150° clockwise"
	zh := "一轴和五轴有限位，一轴顺时针约165°左右，逆时针160°左右。五轴可转动约150°"
	cases := []struct {
		text  string
		joint int
		want  []float64
	}{
		{en, 1, []float64{165, 160}},
		{en, 5, []float64{150}},
		{zh, 1, []float64{165, 160}},
		{zh, 5, []float64{150}},
		{zh, 2, nil},
		// A clause naming two joints gives neither an angle.
		{"J1 and J2 turn 90°", 1, nil},
	}
	for _, c := range cases {
		if got := jointAngles(c.text, c.joint); !slices.Equal(got, c.want) {
			t.Errorf("jointAngles(%q, %d) = %v, want %v", c.text, c.joint, got, c.want)
		}
	}
}

func TestJointReadingsDiffer(t *testing.T) {
	cases := []struct {
		a, b  string
		joint int
		want  bool
	}{
		{"J1 — Range -168 ~ +168.", "One axis is about 165° clockwise.", 1, true},
		{"关节: J5; 范围: -155 ~ +160", "五轴可转动约165°", 5, true},
		{"J1 — Range -168 ~ +168.", "一轴顺时针约168°", 1, false}, // the same limit
		// A position in a test step is no limit: far from the range's size.
		{"J1 — Range -168 ~ +168.", "joint 1 cycles from 0 to 90 degrees, about 90°", 1, false},
	}
	for _, c := range cases {
		ra, okA := readingOf(scored{text: c.a}, c.joint)
		rb, okB := readingOf(scored{text: c.b}, c.joint)
		if !okA || !okB {
			t.Errorf("no reading of joint %d in %q or %q", c.joint, c.a, c.b)
			continue
		}
		if got := ra.differs(rb); got != c.want {
			t.Errorf("%q vs %q: differs = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// An FAQ entry about another measure of the asked joint does not say how
// far it turns.
func TestJointTurnAnsweredOnlyByALimit(t *testing.T) {
	cases := []struct {
		question, text string
		want           bool
	}{
		{"J1关节能转多少度", "280M5的J1关节内径是多少？ 70mm", false},
		{"J1关节能转多少度", "一轴顺时针约165°左右", true},
		{"how far can joint 5 rotate?", "J5 — Range -155 ~ +160.", true},
		{"how far can joint 5 rotate?", "One axis is about 165° clockwise.", false},
		{"what is the inner diameter of J1?", "280M5的J1关节内径是多少？ 70mm", true}, // not a question about turning
	}
	for _, c := range cases {
		ev := evidence(c.question, item(1, "a", c.text, "zh", "d"))
		if got := answersJointTurn(ev, c.text); got != c.want {
			t.Errorf("%q by %q: %v, want %v", c.question, c.text, got, c.want)
		}
	}
}
