package assistant

import (
	"strings"
	"testing"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// A question that names a work order by its number is answered by that
// order's row, in either language, and never by another order's row that
// shares the question's words ("work", "工作").
func TestRecordNamedByItsNumberIsItsRow(t *testing.T) {
	row := func(n int, id, number, text string) retrieval.Item {
		it := item(n, id, "WO_Type: PM01; PONumber: "+number+"; ShortText: "+text+"; WorkCentre: WC1", "en", "work_orders")
		it.Chunk.Kind = "table_row"
		return it
	}
	for _, q := range []string{"工单 2448 做的是什么工作", "work order 2448", "what work was done on work order 2448?"} {
		ev := evidence(q, row(1, "a", "2407", "air cond. working intermittently"), row(2, "b", "2448", "capital- chubb o/haul fire sys."),
			item(3, "c", "我们的工作时间为中国工作日。", "zh", "联系我们"), item(4, "d", "Our working hours are 10 am to 6 pm.", "en", "Contact"),
			item(5, "e", "The robot frees people from repetitive work.", "en", "About us"), row(6, "f", "2366", "hyd gauges not working"))
		order := kg.Entity{ID: kg.EntityID("WorkOrder", "2448"), Name: "2448", Type: "WorkOrder"}
		ev.Linked = []retrieval.Linked{{Entity: order, Surface: "2448"}}
		ans := answer(t, ev)
		if ans.Abstained || !strings.Contains(ans.Answer, "chubb") || strings.Contains(ans.Answer, "air cond") || strings.Contains(ans.Answer, "2407") {
			t.Errorf("%s: answer = %q (%s), want order 2448's row", q, ans.Answer, ans.Trace.Abstention)
		}
	}
}

func TestIdentifierColumns(t *testing.T) {
	for h, want := range map[string]bool{"PONumber": true, "Order No": true, "AssetID": true, "工单号": true, "设备编号": true,
		"ShortText": false, "WorkCentre": false, "Notes": false, "Priority": false} {
		if got := idHeader(h); got != want {
			t.Errorf("idHeader(%q) = %v, want %v", h, got, want)
		}
	}
}

// A column the row lacks is not answered by the row the question names.
func TestRecordNamedByItsNumberLacksTheAskedColumn(t *testing.T) {
	it := item(1, "a", "WO_Type: PM01; PONumber: 2448; ShortText: capital- chubb o/haul fire sys.; WorkCentre: WC1", "en", "work_orders")
	it.Chunk.Kind = "table_row"
	ev := evidence("Who was the technician on work order 2448?", it,
		item(2, "c", "Our working hours are 10 am to 6 pm.", "en", "Contact"), item(3, "d", "The robot frees people from repetitive work.", "en", "About us"),
		item(4, "e", "Contact a technician for repairs.", "en", "Service"))
	order := kg.Entity{ID: kg.EntityID("WorkOrder", "2448"), Name: "2448", Type: "WorkOrder"}
	ev.Linked = []retrieval.Linked{{Entity: order, Surface: "2448"}}
	if ans := answer(t, ev); strings.Contains(ans.Answer, "chubb") {
		t.Errorf("answer = %q, want no row without a technician", ans.Answer)
	}
}

// A bare number names a record only where the question names its kind.
func TestNamesKind(t *testing.T) {
	for _, c := range []struct {
		q, typ string
		want   bool
	}{
		{"what work was done on work order 2448?", "WorkOrder", true},
		{"工单 2448 做的是什么工作", "WorkOrder", true},
		{"I've got a 2021 280 M5 with a blank screen", "WorkOrder", false},
		{"which firmware for the 2021 model?", "WorkOrder", false},
	} {
		if got := namesKind(c.q, c.typ); got != c.want {
			t.Errorf("namesKind(%q, %s) = %v, want %v", c.q, c.typ, got, c.want)
		}
	}
}

// A record named by its number answers the field the question asks
// however the rest of the question is put ("booked against", "干什么的",
// "修的是什么"), a code's description column beside the code, and never
// with another record's value.
func TestRecordNamedByItsNumberAnswersTheAskedField(t *testing.T) {
	row := func(n int, id, number, text, loc, locText string) retrieval.Item {
		it := item(n, id, "WO_Type: PM01; PONumber: "+number+"; ShortText: "+text+"; WorkCentre: WC1; Work_Order_Functional_Location: "+loc+"; Functional_Location_Description: "+locText, "en", "work_orders")
		it.Chunk.Kind = "table_row"
		return it
	}
	cases := []struct{ q, number, want, other string }{
		{"PO 2306 这张工单是干什么的", "2306", "cooler fan", "cabin"},
		{"工单 2306 是干嘛的", "2306", "cooler fan", "cabin"},
		{"那张工单 2306 修的是什么", "2306", "cooler fan", "cabin"},
		{"work order 2171 - which functional location was it booked against?", "2171", "operators cabin", "fan motor"},
		{"which functional location is work order 2171 charged to?", "2171", "operators cabin", "fan motor"},
		{"工单 2171 记在哪个功能位置下面", "2171", "operators cabin", "fan motor"},
	}
	for _, c := range cases {
		ev := evidence(c.q, row(1, "a", "2306", "replace r/h comp/hyd cooler fan", "1234.02.30", "fan motor - rh"),
			row(2, "b", "2171", "dust leaking into cab", "1234.01.09", "operators cabin"),
			item(3, "c", "我们的工作时间为中国工作日。", "zh", "联系我们"), item(4, "d", "Book a service visit online.", "en", "Contact"))
		order := kg.Entity{ID: kg.EntityID("WorkOrder", c.number), Name: c.number, Type: "WorkOrder"}
		ev.Linked = []retrieval.Linked{{Entity: order, Surface: c.number}}
		ans := answer(t, ev)
		if ans.Abstained || !strings.Contains(ans.Answer, c.want) || strings.Contains(ans.Answer, c.other) {
			t.Errorf("%s: answer = %q (%s), want %q", c.q, ans.Answer, ans.Trace.Abstention, c.want)
		}
	}
}

func TestDescriptionColumnJoinsItsCode(t *testing.T) {
	cells := []cell{{header: "Work_Order_Functional_Location", value: "1234.01.09"}, {header: "Functional_Location_Description", value: "operators cabin"},
		{header: "Description", value: "dust leaking"}, {header: "Asset_Description", value: "drill"}}
	if got := withDescriptions(cells, []int{0}); len(got) != 2 || got[1] != 1 {
		t.Errorf("withDescriptions(location) = %v, want [0 1]", got)
	}
	if got := withDescriptions(cells, []int{2}); len(got) != 1 {
		t.Errorf("withDescriptions(description) = %v, want [2]", got)
	}
}
