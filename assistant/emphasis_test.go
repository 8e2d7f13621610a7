package assistant

import (
	"slices"
	"testing"
)

// The asker's stress words stand between a cue's words: "who actually
// makes" asks the supplier as "who makes" does.
func TestEmphasisDoesNotHideTheAskedField(t *testing.T) {
	for _, q := range []string{"who actually makes the casing gaskets you ship?", "who really makes the seals?"} {
		if got := askedAttribute(q); !slices.Contains(got, "supplier") {
			t.Errorf("%q asks %v, want the supplier", q, got)
		}
	}
}

// "安全措施" asks for safety measures, not a record's action; "采取了什么
// 措施" still asks what was done.
func TestSafetyMeasuresAskNoAction(t *testing.T) {
	if got := askedAttribute("做保养之前要先做哪些安全措施？"); slices.Contains(got, "action") || slices.Contains(got, "remedy") {
		t.Errorf("asks %v", got)
	}
	if got := askedAttribute("WO-25-0256 采取了什么措施？"); !slices.Contains(got, "action") {
		t.Errorf("the action taken not asked: %v", got)
	}
}

// The words of a field's name far apart in a question name something else:
// "every time the pump is shut down" asks no down time.
func TestFieldNameWordsFarApartAskNoField(t *testing.T) {
	if got := askedAttribute("Below what outside temperature do we have to drain the casing every time the pump is shut down?"); got != nil {
		t.Errorf("asked %v", got)
	}
	if got := askedAttribute("how much down time did WO-25-0031 cause?"); !slices.Contains(got, "downtime") {
		t.Errorf("down time not asked: %v", got)
	}
}
