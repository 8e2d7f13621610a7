package assistant

import "testing"

func TestASiblingAttributeDoesNotStateTheAskedOne(t *testing.T) {
	for _, c := range []struct {
		attr, text string
		sibling    bool
	}{
		{"防爆等级", "防护等级（电机和控制箱）: IP55。", true},
		{"最大流量", "最小流量：8 m³/h。", true},
		{"进口压力", "出口压力不得超过 1.0 MPa。", true},
		{"最大流量", "最大流量 50 m³/h，最小流量 8 m³/h。", false},
		{"电机功率", "额定功率：7.5 kW。", false},
		{"防护等级", "防护等级（电机和控制箱）: IP55。", false},
		{"绝缘等级", "绝缘等级：F 级（按 B 级考核温升）。", false},
		{"额定电流", "额定电压：380 V。", false},
	} {
		if got := namesSiblingOnly(c.attr, c.text); got != c.sibling {
			t.Errorf("namesSiblingOnly(%q, %q) = %v, want %v", c.attr, c.text, got, c.sibling)
		}
	}
}

// A grade's qualifier says what is graded: any other qualifier before
// 等级 names another grade, however little the two share.
func TestOtherGradeIsNoAnswer(t *testing.T) {
	for _, c := range []struct {
		attr, text string
		want       bool
	}{
		{"防水等级", "安全功能等级不够的使用。", true},
		{"绝缘等级", "电机能效等级 IE3", true},
		{"防水等级", "防水等级 IP67，可短时浸水。", false},
		{"绝缘等级", "绝缘等级 F 级，防护等级 IP55", false},
		{"额定功率", "电机功率 7.5 kW", false}, // not a grade: a reworded qualifier
	} {
		if got := namesSiblingOnly(c.attr, c.text); got != c.want {
			t.Errorf("%s in %q: sibling only = %v, want %v", c.attr, c.text, got, c.want)
		}
	}
}
