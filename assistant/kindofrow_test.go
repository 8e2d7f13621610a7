package assistant

import "testing"

func TestNamedAsKindOfRow(t *testing.T) {
	cells := rowCells("Operation: 90; Work step: Hydrostatic test; 工序: 水压试验; Standard time (min): 15")
	cases := []struct {
		q    string
		want bool
	}{
		{"standard time for the hydrostatic test operation?", true},
		{"which operation is the hydrostatic test?", false},
		{"what operation number has the hydrostatic test", false},
	}
	for _, c := range cases {
		if got := namedAsKindOfRow(cells, 0, c.q); got != c.want {
			t.Errorf("namedAsKindOfRow(%q) = %v, want %v", c.q, got, c.want)
		}
	}
}

func TestAsksStandardTime(t *testing.T) {
	for q, want := range map[string]bool{
		"standard time for the hydrostatic test operation?": true,
		"what's the cycle time of casing assembly":          true,
		"性能试验的标准工时是多少":                                      true,
		"what are the steps of the hydrostatic test":        false,
		"how long does the pump take to prime":              false,
	} {
		if got := asksStandardTime(q); got != want {
			t.Errorf("asksStandardTime(%q) = %v, want %v", q, got, want)
		}
	}
}
