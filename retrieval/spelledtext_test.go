package retrieval

import "testing"

// The spans of a passage read from its once-made copies must be the
// spans read one by one: every span of texts with joining hyphens at
// either end, part numbers, plurals, Chinese and an invalid byte.
func TestSpelledTextReadsEverySpanAsAlone(t *testing.T) {
	for _, q := range []string{
		"the rocker-bogie and drive motors of the rover-arm",
		"-left-hand seals and CP200-SEL-01 o-rings-",
		"机械密封-mechanical-seal 更换 a-b-c",
		"bad \xff byte-wise pumps",
	} {
		st := newSpelledText(q)
		for i := 0; i < len(st.r); i++ {
			for j := i + 1; j <= len(st.r); j++ {
				if got, want := st.span(i, j), string(st.r[i:j]); got != want {
					t.Fatalf("%q span(%d,%d) = %q, want %q", q, i, j, got, want)
				}
				if got, want := st.unhyphened(i, j), unhyphened(st.r[i:j]); got != want {
					t.Fatalf("%q unhyphened(%d,%d) = %q, want %q", q, i, j, got, want)
				}
			}
		}
	}
}

func TestOtherFormFindsSingularAndHyphenWrittenApart(t *testing.T) {
	dict := map[string][]dictEntry{"motor": nil, "rocker bogie": nil}
	st := newSpelledText("drive motors on the rocker-bogie")
	if got := otherForm(dict, st, 6, 12); got != "motor" {
		t.Errorf("motors: %q", got)
	}
	if got := otherForm(dict, st, 20, 32); got != "rocker bogie" {
		t.Errorf("rocker-bogie: %q", got)
	}
	if got := otherForm(dict, st, 0, 5); got != "" {
		t.Errorf("drive: %q", got)
	}
}
