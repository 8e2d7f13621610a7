package assistant

import (
	"testing"

	"github.com/kgassist/kgassist/retrieval"
)

// What to do or prepare is no attribute a passage must name: the steps
// answer it in their own words.
func TestWhatToDoIsNoAttribute(t *testing.T) {
	for _, q := range []string{
		"第一次开泵前要做什么准备？",
		"what do I need to do before starting the pump for the first time?",
		"what do we have to do before the first startup?",
	} {
		if a, ok := attributeQuestion(retrieval.Analyze(q)); ok {
			t.Errorf("%q asks the attribute %q", q, a.Text)
		}
	}
	if _, ok := attributeQuestion(retrieval.Analyze("泵的额定流量是多少？")); !ok {
		t.Error("a rated flow is no longer an attribute")
	}
}
