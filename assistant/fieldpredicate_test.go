package assistant

import (
	"strings"
	"testing"
)

// A field the question only says something has ("which batch has a
// problem", "哪批变送器有问题") describes what is asked about; it does not
// ask for the field of that name, which "what problem" and "有什么问题" do.
func TestFieldSaidHadIsNotAsked(t *testing.T) {
	for _, c := range []struct {
		q, name string
		asked   bool
	}{
		{"哪批压力变送器有问题", "问题", false},
		{"这一批轴承是不是出了故障？", "故障", false},
		{"which lot of bearings has a problem?", "problem", false},
		{"do any pumps from that batch have faults?", "fault", false},
		{"WO-25-0197 有什么问题？", "问题", true},
		{"列出所有问题", "问题", true},
		{"what problem did the pump have?", "problem", true},
		{"what was the fault on 2409210?", "fault", true},
	} {
		lower := strings.ToLower(c.q)
		if got := namesField(lower, questionWords(c.q), []string{c.name}); got != c.asked {
			t.Errorf("%q names %q = %v, want %v", c.q, c.name, got, c.asked)
		}
	}
}
