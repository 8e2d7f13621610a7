package assistant

import (
	"strings"
	"testing"
)

// A price is a sum of money; a passage calling a design cheap or
// low-cost states none.
func TestStatesAmount(t *testing.T) {
	for text, want := range map[string]bool{
		"Unit price (CNY): 680":      true,
		"cost pp: $31.99":            true,
		"The seal kit costs 45 USD.": true,
		"单价：120 元":                   true,
		"a customisable microscope, using very cheap webcam optics": false,
		"A low-cost design printed in 12 hours.":                    false,
		"Cost is kept low; see section 4.":                          false,
	} {
		if got := statesAmount(text); got != want {
			t.Errorf("statesAmount(%q) = %v, want %v", text, got, want)
		}
	}
}

// Asked what the whole instrument sells for, documents that only call it
// low-cost do not answer.
func TestPriceQuestionNeedsAnAmount(t *testing.T) {
	ev := evidence("OpenFlexure 显微镜整机卖多少钱",
		item(1, "a", "The OpenFlexure microscope is a low-cost, customisable optical microscope.", "en", "About the microscope"),
		item(2, "b", "The OpenFlexure Microscope is a 3D printable microscope.", "en", "Assembly Instructions"))
	if ans := answer(t, ev); !ans.Abstained {
		t.Fatalf("answer = %q, want an abstention", ans.Answer)
	}
	ev = evidence("OpenFlexure 显微镜整机卖多少钱",
		item(1, "a", "The OpenFlexure microscope kit: price 250 USD, a low-cost optical microscope.", "en", "About the microscope"))
	if ans := answer(t, ev); ans.Abstained || !strings.Contains(ans.Answer, "250 USD") {
		t.Fatalf("answer = %q, want the price", ans.Answer)
	}
}
