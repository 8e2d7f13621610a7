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

func TestAFigurelessQuoteGivesWayToTheSentenceHoldingItsWordsTranslated(t *testing.T) {
	own := func(s scored) bool { return s.lang == "zh" }
	en := scored{text: "Before the first start, open the suction valve and fill the casing and the suction line completely with liquid through the vent plug on top of the casing.", lang: "en", ratio: 0.75}
	twin := scored{text: "首次起动前，打开吸入阀，通过泵体顶部的排气螺塞向泵体和吸入管内灌满液体。", lang: "zh", ratio: 0.4}
	other := scored{text: "关闭出口阀，完全打开吸入阀。", lang: "zh", ratio: 0.4}
	if got := ownLanguageTwins([]scored{en}, []scored{en, other, twin}, own); got[0].text != twin.text {
		t.Errorf("got %q, want the Chinese manual's sentence", got[0].text)
	}
	if got := ownLanguageTwins([]scored{en}, []scored{en, other}, own); got[0].text != en.text {
		t.Errorf("got %q, want the English quote kept", got[0].text)
	}
}
