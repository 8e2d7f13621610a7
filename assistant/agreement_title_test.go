package assistant

import (
	"testing"

	"github.com/kgassist/kgassist/retrieval"
)

// A sentence of a document about the product names the product's model
// through the title; the title's other words name no item.
func TestMeasureAgreesThroughTheTitlesModel(t *testing.T) {
	mc := measureCheck{units: []string{"A"}, item: retrieval.Question{Terms: []string{"cp200", "motor"}}}
	for _, c := range []struct {
		doc  string
		want bool
	}{
		{"HF-CP200 Centrifugal Pump — Operating and Maintenance Manual", true},
		{"HX-50 Booster Pump — Manual", false},
		{"Motor handbook", false}, // a title's words are no item of its sentences
	} {
		if got := mc.agrees("Rated current: 14.8 A at 380 V.", "2. Specifications", c.doc); got != c.want {
			t.Errorf("%s: agrees = %v, want %v", c.doc, got, c.want)
		}
	}
	if got := modelCodes("HF-CP200 单级离心泵 使用维护说明书, rev. C2"); got != "cp200 c2" {
		t.Errorf("modelCodes = %q", got)
	}
}
