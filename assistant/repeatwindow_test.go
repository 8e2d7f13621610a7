package assistant

import "testing"

func TestWithoutRepeatedWindows(t *testing.T) {
	own := func(s scored) bool { return !isWindow(s.text) }
	cases := []struct {
		name, attr string
		quotes     []string
		ratios     []float64
		want       int
	}{
		{"window repeats the sentence's value", "rated voltage",
			[]string{"…Maximum flow 50 m³/h Rated speed 2900 r/min Rated voltage 380 V…", "Rated voltage: 380 V ±10%, three-phase."}, nil, 1},
		{"window says more of the question", "flow and head",
			[]string{"…Rated flow 40 m³/h Rated head 32 m…", "The rated flow is 40 m³/h."}, []float64{1, 0.5}, 2},
		{"a flattened table is no sentence", "flow and head",
			[]string{"…Rated flow 40 m³/h Rated head 32 m…", "Flow (m³/h) Head (m) 0 38.0 0 1.9 — 10 37.4 38 2.7 1.6 20 36.2 58 3.4 2.0 40 32.0 72 4.8 3.2. The best efficiency point is at 40 m³/h."}, nil, 2},
		{"window gives another value", "rated voltage",
			[]string{"…Rated speed 2900 r/min Rated voltage 400 V…", "Rated voltage: 380 V ±10%, three-phase."}, nil, 2},
		{"a longer number is not the figure", "rated voltage",
			[]string{"…Rated voltage 380 V…", "Rated voltage: 80 V."}, nil, 2},
		{"no whole sentence: the window stays", "rated voltage",
			[]string{"…Rated voltage 380 V…"}, nil, 1},
		{"a sentence without the asked unit keeps the window", "rated voltage",
			[]string{"…Rated voltage 380 V…", "The motor is three-phase."}, nil, 2},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var picked []scored
			for i, q := range tc.quotes {
				ratio := 1.0
				if tc.ratios != nil {
					ratio = tc.ratios[i]
				}
				picked = append(picked, scored{text: q, n: i + 1, ratio: ratio})
			}
			got := withoutRepeatedWindows(picked, own, tc.attr, "What is the "+tc.attr+"?")
			if len(got) != tc.want {
				t.Fatalf("kept %d quotes, want %d: %+v", len(got), tc.want, got)
			}
		})
	}
}
