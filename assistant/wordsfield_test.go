package assistant

import (
	"slices"
	"testing"

	"github.com/kgassist/kgassist/retrieval"
)

// A question after what a failure does, why, or what to do about it asks
// for words, so no figure of the row leads the answer.
func TestAsksWordsField(t *testing.T) {
	for q, want := range map[string]bool{
		"电机绝缘失效的后果是什么？":                                     true,
		"what happens if the seal fails?":                   true,
		"what's the recommended action for a worn bearing?": true,
		"电机额定电压是多少？":                                        false,
		"how heavy is the motor?":                           false,
	} {
		if got := asksWordsField(q); got != want {
			t.Errorf("asksWordsField(%q) = %v, want %v", q, got, want)
		}
	}
}

// "钱" of "多少钱" is the price asked; it must not be read as a word of the
// item whose price is asked.
func TestSaidFieldNameLeavesTheItem(t *testing.T) {
	q := retrieval.Analyze("驱动轮单价多少钱？")
	got := withoutNames(q, []string{"单价", "多少钱"})
	if slices.Contains(got.Terms, "钱") {
		t.Errorf("terms %v keep the 钱 of 多少钱 (from %v)", got.Terms, q.Terms)
	}
	if !slices.ContainsFunc(got.Terms, func(s string) bool { return s == "驱动" || s == "驱动轮" || s == "动轮" }) {
		t.Errorf("terms %v lost the item", got.Terms)
	}
}
