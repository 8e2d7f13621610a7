package retrieval

import (
	"slices"
	"strings"
	"testing"
)

// TestMatchDictionarySpans checks the forms matchDictionary finds in
// mixed text: Chinese, hyphenated and plural English, and text holding
// an invalid byte, which reads as U+FFFD as a rune.
func TestMatchDictionarySpans(t *testing.T) {
	dict := map[string][]dictEntry{
		"机械密封": {{}}, "rocker bogie": {{}}, "motor": {{}}, "p-102": {{}}, "\uFFFD seal": {{}},
	}
	starts := formStarts(dict)
	cases := []struct {
		text string
		want []string
	}{
		{"检查机械密封是否泄漏", []string{"机械密封"}},
		{"the rocker-bogie and two drive motors", []string{"rocker bogie", "motor"}},
		{"pump p-102 motor", []string{"p-102", "motor"}},
		{"a \xff seal and a motor", []string{"\uFFFD seal", "motor"}},
		{"机械密封 motor 机械密封", []string{"机械密封", "motor", "机械密封"}},
		{"no names here", nil},
	}
	for _, c := range cases {
		for _, st := range []map[string]bool{nil, starts} {
			if got := matchDictionary(dict, 12, c.text, st); !slices.Equal(got, c.want) {
				t.Errorf("%q (starts %v): found %q, want %q", c.text, st != nil, got, c.want)
			}
		}
	}
}

// A Chinese question joins a part's two English words with 的 ("3x5 的
// grid plate"), and a name that ends with its own full stop is still found.
func TestMatchBothStopsReadsTheNameAcrossDe(t *testing.T) {
	dict := map[string][]dictEntry{"3x5 grid plate": {{}}, "ningbo jinhai seal co": {{}}}
	for q, want := range map[string][]string{
		"整台漫游车一共要几块 3x5 的 grid plate？":              {"3x5 grid plate"},
		"整台漫游车一共要几块3x5的grid plate？":                 {"3x5 grid plate"},
		"does ningbo jinhai seal co. supply seals?": {"ningbo jinhai seal co"},
		"grid 的 plate 尺寸":                           nil,
	} {
		if got := matchBothStops(dict, 24, q, formStarts(dict)); !slices.Equal(got, want) {
			t.Errorf("%q: found %q, want %q", q, got, want)
		}
	}
}

// BenchmarkMatchDictionary matches a dictionary against a passage, as
// the walk does for every best passage of a question.
func BenchmarkMatchDictionary(b *testing.B) {
	dict := map[string][]dictEntry{}
	for _, f := range []string{"pump", "mechanical seal", "impeller", "motor", "control box", "p-102", "机械密封", "叶轮", "电机"} {
		dict[f] = []dictEntry{{}}
	}
	starts := formStarts(dict)
	text := strings.Repeat("The mechanical seal of pump P-102 leaked after the impeller-hub bolts loosened; 检查机械密封和叶轮，电机过热时停机。 ", 8)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		matchDictionary(dict, 16, strings.ToLower(text), starts)
	}
}
