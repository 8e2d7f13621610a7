package assistant

import (
	"strings"
	"testing"

	"github.com/kgassist/kgassist/retrieval"
)

// The length, term or period of something that lasts (a warranty, a
// shelf life) is stated by a time: "18 months from delivery" gives the
// warranty's length without the word.
func TestPeriodLengthStatedByATime(t *testing.T) {
	warranty := item(1, "a", "The warranty covers material and manufacturing defects for 18 months from delivery or 12 months from commissioning.", "en", "HF-CP200 Manual")
	warranty.Chunk.Section = []string{"10. Warranty and service"}
	grease := item(1, "a", "The grease has a shelf life of 3 years in the sealed tin, stored below 30 °C.", "en", "HF-CP200 Manual")
	zhWarranty := item(1, "a", "质保自发货之日起 18 个月，易损件除外。", "zh", "说明书")
	for _, c := range []struct {
		q, want string
		it      retrieval.Item
	}{
		{"warranty length on the CP200?", "18 months", warranty},
		{"What's the duration of the pump's warranty?", "18 months", warranty},
		{"warranty term for the pump", "18 months", warranty},
		{"What is the length of the grease's shelf life?", "3 years", grease},
		{"泵的质保期限是多少？", "18 个月", zhWarranty},
		{"质保时长多少", "18 个月", zhWarranty},
	} {
		ans := answer(t, evidence(c.q, c.it))
		if ans.Abstained || !strings.Contains(ans.Answer, c.want) {
			t.Errorf("%s: answer = %q (%s), want %q", c.q, ans.Answer, ans.Trace.Abstention, c.want)
		}
	}
}

// A time does not give the length of a thing that does not last, nor a
// lasting thing's length the passage does not name.
func TestPeriodLengthNotStatedByAnotherTime(t *testing.T) {
	for _, c := range []struct {
		q    string
		text string
	}{
		{"What is the cable length of the control box?", "The control box cable must be left to cure for 24 hours after potting."},
		{"What is the warranty period of the motor?", "Grease the motor bearings every 4000 hours."},
		{"控制箱电缆长度是多少？", "控制箱灌封后须静置 24 小时。"},
	} {
		ans := answer(t, evidence(c.q, item(1, "a", c.text, "en", "Manual")))
		if !ans.Abstained {
			t.Errorf("%s: answer = %q, want an abstention", c.q, ans.Answer)
		}
	}
}
