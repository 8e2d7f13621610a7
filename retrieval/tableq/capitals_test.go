package tableq

import "testing"

// A value the rows write in capitals is named so, however the question
// typed it; other words keep the question's case.
func TestValueNamedInTheRowsCapitals(t *testing.T) {
	tb := loadTable(t, "examples/demo/internal/bom.csv")
	fs := []Filter{
		{Column: AnyColumn, Op: "mention", Value: "gb/t"},
		{Column: AnyColumn, Op: "match", Value: "bolt"},
		{Column: "Revision", Op: "eq", Value: "c"},
	}
	tb.inCapitals(fs)
	for i, want := range []string{"GB/T", "bolt", "c"} {
		if fs[i].Value != want {
			t.Errorf("filter %d: %q, want %q", i, fs[i].Value, want)
		}
	}
}

// "which lines have revision E" asks for rows over the whole table; a
// question that only names a revision in passing does not.
func TestRevisionNamedAsksForRows(t *testing.T) {
	for q, want := range map[string]bool{
		"which lines have revision E":     true,
		"which parts are at rev. B":       true,
		"list the parts with version 2":   true,
		"which seal does the pump use":    false,
		"what changed in the revision of": false,
	} {
		if got := Asks(q); got != want {
			t.Errorf("Asks(%q) = %v, want %v", q, got, want)
		}
	}
	if got := asWritten("which lines have revision E", "e"); got != "E" {
		t.Errorf("asWritten: %q, want E", got)
	}
}

// "which bolts take between 20 and 40 N·m" asks for every row in the span.
func TestSpanAsksForRows(t *testing.T) {
	for q, want := range map[string]bool{
		"which bolts take between 20 and 40 N·m": true,
		"哪些螺栓的扭矩在20到40 N·m之间":                    true,
		"which service calls replaced a pump":    true,
		"which bolt is 20 mm long":               false,
	} {
		if got := Asks(q); got != want {
			t.Errorf("Asks(%q) = %v, want %v", q, got, want)
		}
	}
}
