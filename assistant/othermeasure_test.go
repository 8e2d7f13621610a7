package assistant

import "testing"

// A value in another measure's unit never answers for the one asked: the
// test voltage of an insulation check is no resistance.
func TestStatesOtherMeasure(t *testing.T) {
	resistance := measureCheck{units: attributeUnits["resistance"]}
	for values, want := range map[string]bool{
		"500 V":        true,
		"20 MΩ; 500 V": false,
		"-168 ~ +168":  false,
		"8 hours":      false,
	} {
		if got := resistance.statesOtherMeasure(values); got != want {
			t.Errorf("statesOtherMeasure(%q) = %v, want %v", values, got, want)
		}
	}
	if (measureCheck{}).statesOtherMeasure("500 V") {
		t.Error("a question asking no measure refuses no value")
	}
}

// A value's unit column may write the micro sign another way than its raw
// cell; the unit is then not written twice.
func TestValueTextMicroSign(t *testing.T) {
	got := valueText(map[string]string{"raw": "80 to 120 \u00b5m", "unit": "\u03bcm"})
	if got != "80 to 120 \u00b5m" {
		t.Errorf("valueText = %q", got)
	}
}
