package tableq

import (
	"testing"
)

// A column asked empty by an adjective before its name ("an empty notes
// column", "a blank notes field") or called a column after it ("备注栏是空
// 的") keeps the rows where it is blank; the word "column" is no word a
// row must hold.
func TestEmptyColumnNamedLoosely(t *testing.T) {
	spares := loadTable(t, "examples/demo/public/spare_parts.csv")
	zh := chunkTable(t, "备件清单",
		"件号: A-1; 名称: 机械密封; 备注: 成对更换",
		"件号: A-2; 名称: 保险丝",
		"件号: A-3; 名称: 液位开关",
		"件号: A-4; 名称: 轴承; 备注: 每16000小时更换")
	for _, c := range []struct {
		tb   *Table
		q    string
		want string
	}{
		{spares, "which spare list entries have an empty notes column", "list where Notes missing"},
		{spares, "which spares have a blank notes field", "list where Notes missing"},
		{spares, "which spares have the notes column left blank", "list where Notes missing"},
		{spares, "how many spare parts have an empty Notes column", "count where Notes missing"},
		{zh, "哪些备件的备注栏是空的", "list where 备注 missing"},
		{zh, "备注一栏没填的有几个", "count where 备注 missing"},
		{zh, "没有备注的备件列出来", "list where 备注 missing"},
		{zh, "备注字段为空的备件有哪些", "list where 备注 missing"},
	} {
		p, ok := Parse(c.tb, c.q)
		if !ok || p.Plan.String() != c.want {
			t.Errorf("%q: [%s] (%v), want [%s]", c.q, p.Plan, ok, c.want)
		}
	}
}
