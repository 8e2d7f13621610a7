package tableq

import "testing"

// A value asked for as what a cell "mentions" or "contains" keeps every
// cell holding its words, not only the cell that is exactly it.
func TestValueSaidWithinACell(t *testing.T) {
	wos := chunkTable(t, "work_orders",
		"WO: 1; Functional_Location_Description: hydraulics; WorkCentre: WC1",
		"WO: 2; Functional_Location_Description: hydraulic pump - feed; WorkCentre: WC1",
		"WO: 3; Functional_Location_Description: hydraulic tank; WorkCentre: WC2",
		"WO: 4; Functional_Location_Description: lights & power; WorkCentre: WC2",
		"WO: 5; Functional_Location_Description: hydraulics; WorkCentre: WC2")
	for _, c := range []struct {
		q    string
		want float64
	}{
		{"how many work orders have a functional location that mentions hydraulics?", 4},
		{"how many work orders have a functional location containing hydraulics", 4},
		{"how many work orders are on hydraulics?", 2},
	} {
		wantValue(t, wos, c.q, c.want)
	}
}

// "Total" inside a column's name is no sum when the question asks for
// the dearest row: "the priciest work order by total actual cost" is one
// work order's figure; said on its own it still adds the rows up.
func TestTotalInAColumnNameIsNoSum(t *testing.T) {
	wos := chunkTable(t, "work_orders",
		"WO: 1; WorkCentre: WC1; Work_Order_Total_Actual_Cost: 200",
		"WO: 2; WorkCentre: WC1; Work_Order_Total_Actual_Cost: 900",
		"WO: 3; WorkCentre: WC2; Work_Order_Total_Actual_Cost: 300")
	for _, c := range []struct {
		q    string
		want float64
	}{
		{"what's the priciest work order by total actual cost?", 900},
		{"which work order has the highest total actual cost", 900},
		{"what is the total actual cost of WC1 work orders?", 1100},
	} {
		p, ok := Parse(wos, c.q)
		if !ok {
			t.Fatalf("%q: no plan", c.q)
		}
		res, err := Execute(wos, p.Plan)
		if err != nil || res.Value != c.want {
			t.Errorf("%q: [%s] = %v, %v; want %v", c.q, p.Plan, res.Value, err, c.want)
		}
	}
}

// In a log whose equipment column describes a place on the machine,
// the machine a question calls 设备 is the asset.
func TestMachineIsTheAssetBesideALocation(t *testing.T) {
	wos := chunkTable(t, "work_orders",
		"PONumber: 1; Functional_Location_Description: hydraulics; AssetID: AID5; WorkCentre: WC1; Work_Order_Total_Actual_Cost: 900",
		"PONumber: 2; Functional_Location_Description: parking brake; AssetID: AID3; WorkCentre: WC2; Work_Order_Total_Actual_Cost: 200",
		"PONumber: 3; Functional_Location_Description: hydraulics; AssetID: AID4; WorkCentre: WC2; Work_Order_Total_Actual_Cost: 300",
		"PONumber: 4; Functional_Location_Description: lights; AssetID: AID3; WorkCentre: WC2; Work_Order_Total_Actual_Cost: 400")
	for _, c := range []struct {
		q, plan string
	}{
		{"WC2 工作中心的工单涉及哪些设备？", `distinct(AssetID) where WorkCentre eq "WC2"`},
		{"哪台设备的工单总实际费用最高？", `sum(Work_Order_Total_Actual_Cost) by AssetID desc limit 1`},
		{"which machine has the most work orders?", `count by AssetID desc limit 1`},
	} {
		p, ok := ParseWith(wos, c.q, glossaryTranslate(t))
		if !ok || p.Plan.String() != c.plan {
			t.Errorf("%q: [%s], %v; want [%s]", c.q, p.Plan, ok, c.plan)
		}
	}
}

// A value stated after its column's name ("失效模式是Corrosion") is that
// value as written, though the name also says what the rows are.
func TestValueStatedAfterItsColumn(t *testing.T) {
	fmea := chunkTable(t, "fmea",
		"Subsystem: Electrical System; Potential Failure Mode: Corrosion; Severity: 4; RPN: 36",
		"Subsystem: Electrical System; Potential Failure Mode: Corrosion (Green Death); Severity: 4; RPN: 24",
		"Subsystem: Electrical System; Potential Failure Mode: Corrosion; Severity: 3; RPN: 18",
		"Subsystem: Hydraulic System; Potential Failure Mode: Leaking; Severity: 3; RPN: 12")
	for _, c := range []struct {
		q    string
		want float64
	}{
		{"电气系统里失效模式是腐蚀（Corrosion）的有几条？", 2},
		{"how many rows have failure mode = corrosion?", 2},
		{"how many failure modes mention corrosion?", 3},
	} {
		p, ok := ParseWith(fmea, c.q, glossaryTranslate(t))
		if !ok {
			t.Fatalf("%q: no plan", c.q)
		}
		res, err := Execute(fmea, p.Plan)
		if err != nil || res.Value != c.want {
			t.Errorf("%q: [%s] = %v, %v; want %v", c.q, p.Plan, res.Value, err, c.want)
		}
	}
}
