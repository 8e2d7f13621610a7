package tableq

import "testing"

// A run of Chinese before the list it qualifies names the sheet, the
// list named by what it lists or not; before a column or a value it does
// not.
func TestRunNamingTheSheet(t *testing.T) {
	for _, c := range []struct {
		run, rest string
		want      bool
	}{
		{"漫游车", "零件清单里单价超过 5 美元的有几行", true},
		{"漫游车", "清单里有几行", true},
		{"机器人", "物料清单中有多少种螺丝", true},
		{"泵", "备件明细表里最贵的是哪个", true},
		{"漫游车零件清单里", "单价超过 5 美元", true},
		{"漫游车", "单价超过 5 美元的零件", false},
		{"密封", "泄漏的工单有几张", false},
	} {
		if got := namesSheetHan(c.run, c.rest); got != c.want {
			t.Errorf("namesSheetHan(%q, %q) = %v, want %v", c.run, c.rest, got, c.want)
		}
	}
}

// "漫游车零件清单里单价超过 5 美元的有几行": the rover's parts list is the
// sheet, its rows priced over $5 are counted.
func TestCountOverAListNamedByWhatItLists(t *testing.T) {
	tb := chunkTable(t, "parts_list",
		"assembly: drive wheel; short name: wheel; cost pp: $25.27; # req in assy: 1",
		"assembly: drive wheel; short name: clamping mount; cost pp: $5.99; # req in assy: 1",
		"assembly: body; short name: screw; cost pp: $0.10; # req in assy: 8")
	for _, q := range []string{"漫游车零件清单里单价超过 5 美元的有几行？", "机器人物料清单中单价高于5美元的有几行", "小车零件清单里单价大于 5 美元的有几行"} {
		p, ok := Parse(tb, q)
		if !ok {
			t.Fatalf("%q: no plan", q)
		}
		if res, err := Execute(tb, p.Plan); err != nil || res.Value != 2 {
			t.Errorf("%q: [%s] = %v, %v; want 2", q, p.Plan, res.Value, err)
		}
	}
}

// A bracketed column name after the noun a question groups by is the
// column it means: "哪台设备（AssetID）" groups by AssetID.
func TestBracketedColumnGlossesTheGroupNoun(t *testing.T) {
	tb := chunkTable(t, "work_orders",
		"PONumber: 1; Functional_Location_Description: cab; AssetID: AID1; Work_Order_Total_Actual_Cost: 100",
		"PONumber: 2; Functional_Location_Description: fan; AssetID: AID2; Work_Order_Total_Actual_Cost: 300",
		"PONumber: 3; Functional_Location_Description: cab; AssetID: AID2; Work_Order_Total_Actual_Cost: 50",
		"PONumber: 4; Functional_Location_Description: pump; AssetID: AID3; Work_Order_Total_Actual_Cost: 250")
	for _, q := range []string{"哪台设备（AssetID）的工单总费用最高，多少", "哪台机器(AssetID)工单费用合计最高", "which machine (AssetID) has the highest total work order cost?"} {
		p, ok := Parse(tb, q)
		if !ok {
			t.Fatalf("%q: no plan", q)
		}
		if res, err := Execute(tb, p.Plan); err != nil || p.Plan.GroupBy != "AssetID" || res.Value != 350 {
			t.Errorf("%q: [%s] = %v, %v; want AssetID AID2, 350", q, p.Plan, res.Value, err)
		}
	}
}

// A Chinese word the sheet's title holds ("装配" of 装配作业指导书) says
// which sheet is asked about: every operation is compared, not those
// whose name holds "assembly".
func TestTitleWordSinglesNoRowsOut(t *testing.T) {
	tb := loadTable(t, "examples/demo/internal/assembly_sop.docx")
	p, ok := ParseWith(tb, "装配哪道工序最费时间？", glossaryTranslate(t))
	if !ok {
		t.Fatal("no plan")
	}
	if res, err := Execute(tb, p.Plan); err != nil || res.Value != 45 {
		t.Errorf("[%s] = %v, %v; want the 45 min of painting and packing", p.Plan, res.Value, err)
	}
}
