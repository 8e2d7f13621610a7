package assistant

import (
	"strings"
	"testing"
)

// "计划开始是哪天" asks a work order's planned start, and "哪天开工的"
// when the work started, and "哪天开的" when it was opened: all the log's
// basic start date, its only date.
func TestStartAskedIsTheBasicStartDate(t *testing.T) {
	cells := rowCells("WO_Type: PM01; PONumber: 2401; Work_Order_Basic_Start_Date: 21/03/2006; ShortText: ITEM_ID pre-service setup; WorkCentre: WC1")
	for _, q := range []string{"2401 号工单计划开始是哪天？", "2401 号工单是哪天开工的？", "2401 号工单是哪天开的？"} {
		got := askedFields(cells, strings.ToLower(q), questionWords(q))
		if len(got) != 1 || cells[got[0]].header != "Work_Order_Basic_Start_Date" {
			t.Errorf("%q asks fields %v of %+v", q, got, cells)
		}
	}
}
