package assistant

import (
	"strings"
	"testing"

	"github.com/kgassist/kgassist/retrieval"
)

// Customers shorten a model's code ("the CP200" for the HF-CP200): the
// part names the model the documents are about, and a value stated
// without the model's name answers for it. Another model still does not.
func TestShortenedModelCodeNamesTheModel(t *testing.T) {
	items := func() []retrieval.Item {
		return []retrieval.Item{
			item(1, "a", "The HF-CP200 is a single-stage end-suction pump.", "en", "HF-CP200 manual"),
			item(2, "b", "Weights: pump 48 kg, motor 52 kg, total 118 kg. Shipping weight (crate) 135 kg.", "en", "Data sheet"),
			item(3, "c", "The HF-CP200 is delivered on a common base plate.", "en", "HF-CP200 manual"),
		}
	}
	ans := answer(t, evidence("What does the CP200 weigh crated for shipping?", items()...))
	if ans.Abstained || !strings.Contains(ans.Answer, "135 kg") {
		t.Fatalf("answer = %q", ans.Answer)
	}
	ans = answer(t, evidence("What does the CP300 weigh crated for shipping?", items()...))
	if !ans.Abstained {
		t.Fatalf("answer = %q, want an abstention for another model", ans.Answer)
	}
}
