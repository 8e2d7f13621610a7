package assistant

import (
	"slices"
	"testing"

	"github.com/kgassist/kgassist/retrieval"
)

// An attribute asked by how much of it there is, or whether there is one
// at all, is the attribute an answer must state: a sentence about the
// rover's wheels does not give its battery's capacity.
func TestAttributeAskedByAmountOrExistence(t *testing.T) {
	for q, want := range map[string]string{
		"火星车用的电池是多大容量的？":                                "容量",
		"有没有 IP 防护等级？":                                  "防护",
		"Is there a maximum pH the pump can cope with?": "ph",
		"How much vacuum, in kPa, does the pump pull?":  "vacuum",
		"出口阀关上以后还能运行多长时间？":                              "",
		"频率能在多大范围调？":                                    "",
	} {
		aq, asked := attributeQuestion(retrieval.Analyze(q))
		if want == "" {
			if asked && (slices.Contains(aq.Terms, "时间") || slices.Contains(aq.Terms, "范围")) {
				t.Errorf("%s: attribute %q", q, aq.Terms)
			}
			continue
		}
		if !asked || !slices.Contains(aq.Terms, want) {
			t.Errorf("%s: attribute %q (asked %v), want %q", q, aq.Terms, asked, want)
		}
	}
	ev := evidence("火星车（Open Source Rover）用的电池是多大容量的？",
		item(1, "a", "When building your rover, you should make the wheel assemblies mirror images of each other.", "en", "Wheel Assembly"))
	if ans := answer(t, ev); !ans.Abstained {
		t.Errorf("answered %q", ans.Answer)
	}
}
