package retrieval

import (
	"slices"
	"testing"
)

// A question's readings without Chinese modal verbs are made once per
// question, not once per paraphrase table entry, and in the order the
// forms are tried on them.
func TestModalReadingsMadeOncePerQuestion(t *testing.T) {
	cases := []struct {
		question string
		want     []string
	}{
		{"how much weight can it lift", []string{"how much weight can it lift"}},
		{"泵自己能吸水吗", []string{"泵自己能吸水吗", "泵自己吸水吗"}},
		{"可能以", []string{"可能以", "可以", ""}},
	}
	for _, c := range cases {
		if got := modalReadings(c.question); !slices.Equal(got, c.want) {
			t.Errorf("modalReadings(%q) = %q, want %q", c.question, got, c.want)
		}
	}
	forms := func(q string) []string {
		var out []string
		for _, f := range ParaphrasedForms(q) {
			out = append(out, f.Asked)
		}
		return out
	}
	if got := forms("泵自己能吸水吗"); !slices.Contains(got, "自己吸水") {
		t.Errorf("forms of a question with a modal verb = %q, want 自己吸水 among them", got)
	}
	for _, q := range []string{"how much weight can it lift", "泵自己能吸水吗"} {
		if allocs := testing.AllocsPerRun(5, func() { ParaphrasedForms(q) }); allocs > 20 {
			t.Errorf("ParaphrasedForms(%q) allocates %.0f times", q, allocs)
		}
	}
}
