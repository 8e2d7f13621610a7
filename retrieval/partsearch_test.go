package retrieval

import (
	"slices"
	"testing"
)

// A question asking two things is searched part by part too; a remark
// after the question is no part, and neither is one question alone or a
// part asking of what the part before names.
func TestSearchParts(t *testing.T) {
	for q, want := range map[string][]string{
		"这台泵的出口法兰是什么朝向？进口法兰又是什么方向？":                                                                    {"这台泵的出口法兰是什么朝向？", "进口法兰又是什么方向？"},
		"what's the absolute top-end flow of the HF-CP200? seen two different numbers floating around": nil,
		"What is the rated voltage of the pump, and what is its maximum flow?":                         nil, // "its": the pump, named before
		"What is the rated voltage of the pump, and what is the maximum ambient temperature?":          {"What is the rated voltage of the pump", "what is the maximum ambient temperature?"},
		"what is the rated voltage?":   nil,
		"what? why? how? where? when?": nil,
	} {
		var got []string
		for _, p := range searchParts(q) {
			got = append(got, p.Text)
		}
		if !slices.Equal(got, want) {
			t.Errorf("searchParts(%q) = %q, want %q", q, got, want)
		}
	}
}
