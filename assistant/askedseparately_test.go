package assistant

import "testing"

// Two questions asked one after the other are answered each; the whole's
// best sentence answering one of them does not do.
func TestAskedSeparately(t *testing.T) {
	for _, c := range []struct {
		q, whole, parts string
		want            bool
	}{
		{"质保多长时间？滤芯保不保？", "滤芯不在质保范围内。 [1]", "质保期为 24 个月。 [1]\n\n滤芯不在质保范围内。 [1]", true},
		{"How long is the guarantee? Are filters included?", "Filters are excluded. [1]", "The guarantee runs 24 months. [1]\n\nFilters are excluded. [1]", true},
		{"How long is the guarantee? Are filters included?", "The guarantee runs 24 months. Filters are excluded. [1]", "The guarantee runs 24 months. Filters are excluded. [1]", false},
		{"How long is the guarantee and are filters included?", "Filters are excluded. [1]", "The guarantee runs 24 months. [1]\n\nFilters are excluded. [1]", false},
	} {
		if got := askedSeparately(c.q, c.whole, c.parts); got != c.want {
			t.Errorf("%s: askedSeparately = %v, want %v", c.q, got, c.want)
		}
	}
}
