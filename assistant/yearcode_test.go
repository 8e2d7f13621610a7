package assistant

import "testing"

// A year asked ("in May 2026") is held by a record dated in it, and by no
// other record.
func TestYearHeldByDate(t *testing.T) {
	for _, c := range []struct {
		codes []string
		text  string
		want  bool
	}{
		{[]string{"2026"}, "Work Order: WO-26-0095; Date: 2026-05-14; Symptom: Coupling spider cracked", true},
		{[]string{"2025"}, "Work Order: WO-26-0095; Date: 2026-05-14; Symptom: Coupling spider cracked", false},
		{[]string{"2026"}, "Standard time 2026 min", true},
		{[]string{"14"}, "Date: 2026-05-14", false},
		{[]string{"2025-04"}, "Work Order: WO-25-0104; Date: 2025-04-27", true},
		{[]string{"2025-05"}, "Work Order: WO-25-0104; Date: 2025-04-27", false},
	} {
		if got := codesIn(c.codes, c.text); got != c.want {
			t.Errorf("%v in %q: %v, want %v", c.codes, c.text, got, c.want)
		}
	}
}
