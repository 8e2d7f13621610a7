package assistant

import (
	"slices"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/kg"
)

// A row of a work-order export reads as the fields the table mappings
// know, without the empty markers and the status and sort columns.
func TestRowSentenceReadsWideRowsByMappedColumns(t *testing.T) {
	row := "WO_Type: PM01; PONumber: 1992; Work_Order_Basic_Start_Date: 6/08/2001; ACtStartDate: 0/1/00; " +
		"ShortText: replace blown hydraulic hose.; WorkCentre: WC1; Work_Order_Functional_Location: 1234.01.04; " +
		"Functional_Location_Sort_Field: EXAMPLE_LOCATION; Functional_Location_Description: hydraulic hoses & lines; " +
		"UserStatus: Removed; SystemStatus: Removed; Actual: 0; PInt: PI1; SiteID: SID1; AssetID: AID7; Duplicate: Removed"
	got := rowSentence(kg.Chunk{Text: row})
	for _, want := range []string{"PONumber 1992", "ShortText replace blown hydraulic hose", "AssetID AID7", "hydraulic hoses & lines"} {
		if !strings.Contains(got, want) {
			t.Errorf("row sentence lacks %q: %s", want, got)
		}
	}
	for _, not := range []string{"Removed", "0/1/00", "EXAMPLE_LOCATION", "PInt", "SiteID"} {
		if strings.Contains(got, not) {
			t.Errorf("row sentence holds %q: %s", not, got)
		}
	}
	short := rowSentence(kg.Chunk{Text: "Part No.: CP200-SEL-01; Name: Mechanical seal; Recommended stock: 2; Notes: Replace together with O-rings"})
	if !strings.Contains(short, "Notes Replace together") || !strings.Contains(short, "Recommended stock 2") {
		t.Errorf("a narrow row keeps every column: %s", short)
	}
}

// Two words are one when the longer goes on by an ending only.
func TestSameStem(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"mean", "meaning", true},
		{"supplies", "supplier", true},
		{"supply", "supplier", false}, // a power supply is no supplier
		{"down", "downtime", false},   // shutting down asks no downtime
		{"work", "workcentre", false},
		{"torque", "torques", true},
		{"cost", "costs", true},
	} {
		if got := sameStem(c.a, c.b); got != c.want {
			t.Errorf("sameStem(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// Asking who makes a part asks its supplier, though no column is named.
func TestWhoMakesAsksTheSupplier(t *testing.T) {
	for q, want := range map[string]bool{
		"who makes the mechanical seal for you?": true,
		"Who supplies the motor?":                true,
		"哪家卖 D-Hub 夹紧件？":                         false,
		"how do I make the seal last longer?":    false,
	} {
		names := askedAttribute(q)
		if got := slices.Contains(names, "supplier"); got != want {
			t.Errorf("%q asks the supplier = %v (%v), want %v", q, got, names, want)
		}
	}
}

// A row keyed by a bare figure is quoted with its column and unit, so
// that "45" reads as the flow it is; a key that names itself, or a
// figure whose header gives no unit, is quoted as it stands.
func TestRowSentenceNamesAKeyFigure(t *testing.T) {
	cases := []struct{ row, want string }{
		{"Flow (m³/h): 45; Head (m): 30.2; Efficiency (%): 71",
			"Flow (m³/h) 45 — Head (m) 30.2, Efficiency (%) 71."},
		{"Speed (r/min): 2900; Power (kW): 7.5",
			"Speed (r/min) 2900 — Power (kW) 7.5."},
		{"Step: 40; Operation: Impeller mounting",
			"40 — Operation Impeller mounting."},
		{"Pump (kW): CP200; Rating: 7.5",
			"CP200 — Rating 7.5."},
	}
	for _, c := range cases {
		if got := rowSentence(kg.Chunk{Text: c.row}); got != c.want {
			t.Errorf("rowSentence(%q)\n got %q\nwant %q", c.row, got, c.want)
		}
	}
}
