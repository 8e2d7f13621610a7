package assistant

import (
	"testing"

	"github.com/kgassist/kgassist/retrieval"
)

// A question for how much of a measure is asked by its asking word next
// to the measure; one about what the measure does is not.
func TestAsksMeasureValue(t *testing.T) {
	for q, want := range map[string]bool{
		"what torque do the rover wheel hub screws get?":   true,
		"what's the tightening torque for the motor bolts": true,
		"how much pressure can the housing take?":          true,
		"which voltage does the driver board want?":        true,
		"轮毂螺钉的扭矩是多少":                                       true,
		"电机固定螺栓要多大扭矩":                                      true,
		"叶轮螺母的扭力是多少":                                       true, // 扭力 is everyday Chinese for torque
		"what happens if the torque is too high?":          false,
		"how is the torque checked after assembly?":        false,
		"why does the motor lose torque when hot":          false,
		"扭矩过大会怎样":                                          false,
		"60Hz 版本的额定流量":                                     true, // the part of "…流量和扬程分别是多少" before 和
		// "weigh" read as its noun: however long the subject, "how much
		// does … weight" asks a weight; a clause between does not.
		"how much does the mycobot 280 arm weight?":        true,
		"how much does it cost if the arm weight is high?": false,
	} {
		if got := asksMeasureValue(q); got != want {
			t.Errorf("asksMeasureValue(%q) = %v, want %v", q, got, want)
		}
	}
}

// A sentence that only names the asked measure does not answer how much
// of it there is; one with a figure may.
func TestMeasureValueMissing(t *testing.T) {
	for _, c := range []struct {
		question, answer string
		want             bool
	}{
		{"what torque do the rover wheel hub screws get?", "The rover sees very high torque at the wheel. [1]", true},
		{"what torque do the rover wheel hub screws get?", "Tighten the hub screws to 2 N·m. [1]", false},
		{"叶轮螺母扭矩是多少", "叶轮螺母需要较大的扭矩。[1]", true},
		{"叶轮螺母扭矩是多少", "叶轮螺母拧紧扭矩 45 N·m。[1]", false},
		{"how is the torque checked?", "Check it with a torque wrench. [1]", false},
		{"What tightening torque goes on the drain plug?", "Tighten with a calibrated torque wrench; values are for dry grade 8.8 threads. [1]", true},
		{"What tightening torque goes on the M8 bolts?", "M8 bolts: 25 N·m. [1]", false},
		{"出口口径多大", "关闭出口阀，完全打开吸入阀。[1]", true},
		{"出口口径多大", "进口 / 出口: DN65 / DN50 (PN16 法兰). [1]", false},
	} {
		ev := &retrieval.Evidence{Question: retrieval.Analyze(c.question)}
		if got := measureValueMissing(ev, c.answer); got != c.want {
			t.Errorf("measureValueMissing(%q, %q) = %v, want %v", c.question, c.answer, got, c.want)
		}
	}
}

// An FAQ entry that gives other measures only does not answer how much
// of the asked one there is.
func TestFAQMeasureMissing(t *testing.T) {
	for _, c := range []struct {
		question, answer string
		want             bool
	}{
		{"60Hz 版本的额定流量是多少", "A 60 Hz version with a 160 mm impeller is available on request. [1]", true},
		{"额定流量是多少", "The rated flow is 40 m³/h at 50 Hz. [1]", false},
	} {
		ev := &retrieval.Evidence{Question: retrieval.Analyze(c.question)}
		if got := faqMeasureMissing(ev, c.answer); got != c.want {
			t.Errorf("faqMeasureMissing(%q, %q) = %v, want %v", c.question, c.answer, got, c.want)
		}
	}
}
