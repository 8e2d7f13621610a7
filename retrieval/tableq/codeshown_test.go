package tableq

import (
	"strings"
	"testing"
)

// Where and how a fault code was seen ("on the screen", "came in with",
// "the panel displayed") is no word a row must hold: the code picks the
// rows. A code no row names leaves those words unread, and no plan.
func TestCodeSeenOnADisplay(t *testing.T) {
	log := chunkTable(t, "log",
		"Work Order: W1; Symptom: Control box shows E07; Downtime (h): 1.5",
		"Work Order: W2; Symptom: Seal leaking; Downtime (h): 6",
		"Work Order: W3; Symptom: Control box shows E07; Downtime (h): 2.5",
		"Work Order: W4; Symptom: Control box shows E04; Downtime (h): 1")
	for _, q := range []string{
		"how many work orders came in with E07 on the display?",
		"how many jobs had E07 on the screen?",
		"how many times did the panel display E07?",
		"E07 showed up on the display in how many work orders?",
	} {
		p, ok := Parse(log, q)
		if !ok || p.Plan.String() != `count where * match "e07"` {
			t.Errorf("%q: [%s] (%v), want a count of the E07 rows", q, p.Plan, ok)
		}
	}
	if p, ok := Parse(log, "how many work orders came in with E99 on the display?"); ok {
		t.Errorf("a code no row names: got [%s], want no plan", p.Plan)
	}
}

// A Chinese question names the code as the alarm the box raised ("E07
// 报警"); 报警 is how it was seen, as "on the display" is.
func TestCodeRaisedAsAlarm(t *testing.T) {
	log := chunkTable(t, "log",
		"Work Order: W1; Symptom: Control box shows E07; Downtime (h): 1.5",
		"Work Order: W2; Symptom: Seal leaking; Downtime (h): 6",
		"Work Order: W3; Symptom: Control box shows E07; Downtime (h): 2.5")
	for _, q := range []string{"E07 报警那几次平均每次停机多久？", "E07 故障的工单平均停机多久？"} {
		p, ok := ParseWith(log, q, nil)
		if !ok || p.Plan.String() != `avg(Downtime (h)) where * match "e07"` {
			t.Errorf("%q: [%s] (%v), want the E07 rows' mean downtime", q, p.Plan, ok)
		}
	}
}

// "Which spare can you get fastest" asks the shortest lead time.
func TestGetSoonestIsShortestLeadTime(t *testing.T) {
	spares := chunkTable(t, "spares",
		"Part No.: A-1; Lead time (days): 30",
		"Part No.: A-2; Lead time (days): 3")
	p, ok := Parse(spares, "which spare part can you get fastest, and how many days?")
	if !ok || p.Plan.String() != "min(Lead time (days))" {
		t.Errorf("got [%s] (%v), want the shortest lead time", p.Plan, ok)
	}
}

// "In the haul truck FMEA, …" names what the whole sheet is about; where
// no row says it, it singles out no row.
func TestSheetQualifierIsNoFilter(t *testing.T) {
	fmea := chunkTable(t, "fmea",
		"Subsystem: Power Train; Component: Axles; Potential Failure Mode: Wearing; Severity: 4",
		"Subsystem: Power Train; Component: ECU; Potential Failure Mode: Corrosion; Severity: 6",
		"Subsystem: Power Unit; Component: ECU; Potential Failure Mode: Corrosion; Severity: 4")
	p, ok := Parse(fmea, "In the haul truck FMEA, how many Power Train rows have a severity of 4?")
	if !ok {
		t.Fatal("no plan")
	}
	res, err := Execute(fmea, p.Plan)
	if err != nil || res.Value != 1 {
		t.Errorf("[%s] = %v, %v; want 1", p.Plan, res.Value, err)
	}
	if p, ok := Parse(fmea, "In the Power Unit FMEA, how many rows have a severity of 4?"); !ok || !strings.Contains(p.Plan.String(), "Power Unit") {
		t.Errorf("a qualifier the rows hold dropped: [%s] (%v)", p.Plan, ok)
	}
}
