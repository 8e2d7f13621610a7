package tableq

import (
	"strings"
	"testing"
)

// "What were the WC2 work orders about" lists the descriptions of the
// rows the question singles out; with nothing to single rows out, or one
// record named by its number, there is no listing to compute.
func TestWhatRowsWereAbout(t *testing.T) {
	orders := loadTable(t, "../shared/corpus/mwo-workorders/work_orders.csv")
	gloss := func(zh string) ([]string, string) {
		if strings.Contains(zh, "工作中心") {
			return []string{"work centre"}, strings.Replace(zh, "工作中心", "", 1)
		}
		return nil, zh
	}
	for _, c := range []struct {
		q    string
		want string
	}{
		{"what were the WC2 work orders about", "distinct(ShortText) where WorkCentre eq \"WC2\""},
		{"WC2 工作中心的工单都干了些啥", "distinct(ShortText) where WorkCentre eq \"WC2\""},
		{"AID1 的工单都修了些什么", "distinct(ShortText) where AssetID eq \"AID1\""},
		{"what were the work orders about", ""},
		{"what was work order 2079 about", ""},
		{"what were the WC2 ones about", ""},
		{"what is the WC2 work centre for", ""},
	} {
		p, ok := ParseWith(orders, c.q, gloss)
		got := ""
		if ok {
			got = p.Plan.String()
		}
		if got != c.want {
			t.Errorf("%q: [%s], want [%s]", c.q, got, c.want)
		}
	}
}
