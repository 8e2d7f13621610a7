package assistant

import (
	"strings"
	"testing"
)

// A count leads bare: the attribute asked beside it ("什么型号") is
// not what the count gives.
func TestCountLeadsWithoutAnotherAttributesName(t *testing.T) {
	quote := "3 28BYJ-48 micro geared stepper motors"
	ev := evidence("电动版要几个步进电机 什么型号", item(1, "a", quote, "en", "Motor assembly"))
	text := quote + " [1] " + otherLabel(quote, "en", "Motor assembly", "zh")
	lead, _, _ := strings.Cut(withAskerLead(ev, text), "\n")
	if !strings.Contains(lead, "3 个") || strings.Contains(lead, "型号") {
		t.Errorf("lead %q, want the count without 型号", lead)
	}
}

// A Chinese part asking only which model is asked of what the part
// before names; one with words of its own stands alone.
func TestDroppedSubjectIsThePartBefore(t *testing.T) {
	parts := []string{"电动版要几个步进电机", "什么型号", "能吸多重"}
	for i, want := range []string{"电动版要几个步进电机", "电动版要几个步进电机 什么型号", "能吸多重"} {
		if got := withDroppedSubject(parts, i); got != want {
			t.Errorf("part %d = %q, want %q", i, got, want)
		}
	}
}
