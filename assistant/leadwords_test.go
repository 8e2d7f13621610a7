package assistant

import (
	"slices"
	"testing"
)

// A lead in the asker's language names a material in that language; a
// grade reads alike in both.
func TestLeadMaterialsInAskerWords(t *testing.T) {
	for _, c := range []struct {
		names []string
		lang  string
		want  []string
	}{
		{[]string{"1Cr18Ni9Ti", "stainless steel"}, "zh", []string{"1Cr18Ni9Ti", "不锈钢"}},
		{[]string{"HT200", "cast iron", "PMMA"}, "zh", []string{"HT200", "铸铁", "PMMA"}},
		{[]string{"不锈钢"}, "en", []string{"stainless steel"}},
	} {
		if got := inAskerWords(c.names, c.lang); !slices.Equal(got, c.want) {
			t.Errorf("%v in %s: %q, want %q", c.names, c.lang, got, c.want)
		}
	}
}
