package assistant

import "testing"

func TestAQuoteInTheOtherLanguageGivesWayToItsOwnLanguageTwin(t *testing.T) {
	own := func(s scored) bool { return s.lang == "en" }
	zh := scored{text: "保修期为发货之日起 18 个月或调试之日起 12 个月，以先到者为准。", lang: "zh", ratio: 1}
	for _, c := range []struct {
		name string
		all  []scored
		want string
	}{
		{"same two figures", []scored{zh, {text: "18 months from delivery or 12 months from commissioning, whichever ends first.", lang: "en", ratio: 0.4}}, "18 months from delivery or 12 months from commissioning, whichever ends first."},
		{"another figure", []scored{zh, {text: "18 months from delivery or 24 months from commissioning.", lang: "en", ratio: 0.4}}, zh.text},
		{"shares no word of the question", []scored{zh, {text: "Delivered 18 of 12 units.", lang: "en", ratio: 0}}, zh.text},
		{"one figure may coincide", []scored{{text: "额定电流：14.8 A。", lang: "zh", ratio: 1}, {text: "Check the motor current (at most 14.8 A).", lang: "en", ratio: 0.4}}, "额定电流：14.8 A。"},
	} {
		got := ownLanguageTwins(c.all[:1], c.all, own)
		if len(got) != 1 || got[0].text != c.want {
			t.Errorf("%s: got %v, want %q", c.name, got, c.want)
		}
	}
}
