package assistant

import (
	"strings"
	"testing"
)

// "计划开始是哪天" asks a work order's planned start, the log's basic
// start date.
func TestPlannedStartAskedIsTheBasicStartDate(t *testing.T) {
	cells := rowCells("WO_Type: PM01; PONumber: 2401; Work_Order_Basic_Start_Date: 21/03/2006; ShortText: ITEM_ID pre-service setup; WorkCentre: WC1")
	q := "2401 号工单计划开始是哪天？"
	got := askedFields(cells, strings.ToLower(q), questionWords(q))
	if len(got) != 1 || cells[got[0]].header != "Work_Order_Basic_Start_Date" {
		t.Errorf("%q asks fields %v of %+v", q, got, cells)
	}
}

// "哪天开工的" asks when the work started: the basic start date.
func TestStartedAskedIsTheBasicStartDate(t *testing.T) {
	cells := rowCells("WO_Type: PM01; PONumber: 2509; Work_Order_Basic_Start_Date: 29/03/2006; ShortText: ITEM_ID pre-service setup; WorkCentre: WC1")
	q := "2509 号工单是哪天开工的？"
	got := askedFields(cells, strings.ToLower(q), questionWords(q))
	if len(got) != 1 || cells[got[0]].header != "Work_Order_Basic_Start_Date" {
		t.Errorf("%q asks fields %v of %+v", q, got, cells)
	}
}
