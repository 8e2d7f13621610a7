package tableq

import "testing"

func TestNamesOtherKind(t *testing.T) {
	fmea, log, bom := &Table{Kind: "fmea"}, &Table{Kind: "worklog"}, &Table{Kind: "bom"}
	all := []*Table{fmea, log, bom}
	for _, tc := range []struct {
		tables   []*Table
		t        *Table
		question string
		want     bool
	}{
		{all, fmea, "how many log entries name the motor overheating?", true},
		{all, fmea, "in how many work orders did the seal leak?", true},
		{all, log, "how many log entries name the motor overheating?", false},
		{all, fmea, "how many failure modes does the motor have?", false},
		{all, log, "how many rows of the FMEA name the seal?", true},
		// no log to ask: the question is left to what the FMEA says
		{[]*Table{fmea, bom}, fmea, "how many log entries name the motor overheating?", false},
	} {
		if got := namesOtherKind(tc.tables, tc.t, tc.question); got != tc.want {
			t.Errorf("%q over %s: %v, want %v", tc.question, tc.t.Kind, got, tc.want)
		}
	}
}
