package retrieval

import (
	"slices"
	"testing"
)

// Capitalised words that name a kind of record ("WOs", "SOP") are no
// proper names a passage must contain; names of places and people are.
func TestProperNamesLeaveDocumentAcronyms(t *testing.T) {
	for _, c := range []struct {
		question string
		want     []string
	}{
		{"how many WOs mention hydraulic in the short text?", nil},
		{"which SOP covers the seal change?", nil},
		{"do we sell the pump in Brazil?", []string{"Brazil"}},
		{"add up the RPNs of all control box failure modes", nil},
		{"which pumps have MTBFs over a year?", []string{"MTBF"}},
		{"list the SKUs we stock", []string{"SKU"}},
		// the currency asked is the answer's unit, not a name
		{"what does a replacement impeller cost in RMB?", nil},
		// the asker's own control systems are where the answer goes
		{"Can I hook the control box up to our SCADA?", nil},
		{"which input on our PLC does the level switch need?", nil},
		{"does the pump come with a PLC?", []string{"PLC"}},
		{"我们要把控制箱的 RS-485 接到 DCS 上，通讯协议是什么？", nil},
		{"要接进我们的 SCADA 系统", nil},
		// a month is a date, which records write in figures
		{"how long was the pump down in June 2025?", nil},
		{"what broke on the Brazil unit in Sept?", []string{"Brazil"}},
	} {
		if got := properNames(c.question); !slices.Equal(got, c.want) {
			t.Errorf("%q: proper names %v, want %v", c.question, got, c.want)
		}
	}
}
