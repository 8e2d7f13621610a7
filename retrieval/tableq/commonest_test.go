package tableq

import "testing"

// The most frequent value of a column is asked many ways: "shows up the
// most", "is most common", "the most frequent …", "最常见的 …"; and a
// column whose name holds the sheet's own name ("work order type" in
// work_orders), or is what its rows are called ("failure mode" in an
// FMEA), is that column when its commonest value is asked.
func TestCommonestValueOfColumn(t *testing.T) {
	orders := loadTable(t, "../shared/corpus/mwo-workorders/work_orders.csv")
	fmea := loadTable(t, "../shared/corpus/fmea-hybrid-rag/data/dataset/fmea_dataset_filled.csv")
	for _, c := range []struct {
		tb   *Table
		q    string
		want string
	}{
		{orders, "which work order type shows up the most", "count by Work_Order_Type desc limit 1"},
		{orders, "which work order type is most common", "count by Work_Order_Type desc limit 1"},
		{orders, "what is the most frequent work order type", "count by Work_Order_Type desc limit 1"},
		{orders, "which work order type has the fewest rows", "count by Work_Order_Type asc limit 1"},
		{orders, "最常见的工单类型是哪种", "count by Work_Order_Type desc limit 1"},
		{orders, "what is the most common work centre", "count by WorkCentre desc limit 1"},
		{fmea, "which subsystem is most common", "count by Subsystem desc limit 1"},
		{fmea, "what is the most common failure mode", "count by Potential Failure Mode desc limit 1"},
		{fmea, "最常见的失效模式是什么", "count by Potential Failure Mode desc limit 1"},
		{fmea, "what is the most frequent failure mode in the Engine component", "count where Component eq \"Engine\" by Potential Failure Mode desc limit 1"},
		{fmea, "how many failure modes are there", "count"},
	} {
		p, ok := Parse(c.tb, c.q)
		if !ok || p.Plan.String() != c.want {
			t.Errorf("%q: [%s] (%v), want [%s]", c.q, p.Plan, ok, c.want)
		}
	}
}
