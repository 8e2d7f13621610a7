package retrieval

import "testing"

// The months dating the asker's delivery or commissioning are no terms;
// a month with its year, or dating another event, may name the records
// asked about.
func TestTheAskersOwnDatesAreNotTerms(t *testing.T) {
	checkTerms(t, []termCase{
		{"we got the pump in january but only commissioned it in may. how long is it covered?", []string{"commiss"}, []string{"januari", "may"}},
		{"我们1月收到泵，5月才调试，保修多久？", []string{"调试", "保修"}, []string{"1", "5", "月收", "月才"}},
		{"泵是去年3月到货的，今年1月才投入使用，保修多久？", []string{"保修"}, []string{"去年", "今年", "3", "月到"}},
		{"how many work orders started in March 2006?", []string{"march", "2006"}, nil},
		// A year and month asked are kept as the records date them.
		{"2026年5月的维修单有几张？", []string{"2026-05", "维修"}, []string{"月"}},
		// A month dating an event the records may hold stays.
		{"2403016那台今年三月泵体结合面滴水，当时怎么修的", []string{"三月"}, nil},
		// How long the asker's own part lasted is their story too.
		{"coupling spider wore out after 10 months - is that a warranty claim?", []string{"spider", "warranti"}, []string{"10", "month"}},
		{"seal started weeping 10 months after delivery - is it covered?", []string{"seal", "cover"}, []string{"10", "month", "deliveri"}},
		{"联轴器弹性体才用了10个月就坏了，能保修吗？", []string{"保修"}, []string{"10", "个月"}},
		// A figure of the documents' own stays.
		{"must the seal be replaced after 8000 hours?", []string{"8000"}, nil},
	})
}
