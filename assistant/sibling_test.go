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
