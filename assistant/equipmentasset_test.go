package assistant

import (
	"slices"
	"testing"
)

// "哪台设备" of a work order asks which unit: the asset id comes with the
// equipment's description, and nothing else is added.
func TestEquipmentAskedBringsItsAsset(t *testing.T) {
	cells := rowCells("PONumber: 2404; ShortText: broken control connection.; Functional_Location_Description: water injection system; AssetID: AID1; TotalCost: 3000")
	equipment := slices.IndexFunc(cells, func(c cell) bool { return c.header == "Functional_Location_Description" })
	asset := slices.IndexFunc(cells, func(c cell) bool { return c.header == "AssetID" })
	cost := slices.IndexFunc(cells, func(c cell) bool { return c.header == "TotalCost" })
	if equipment < 0 || asset < 0 || cost < 0 {
		t.Fatalf("cells %+v", cells)
	}
	if got := withAssetOfEquipment(cells, []int{equipment}); !slices.Equal(got, []int{equipment, asset}) {
		t.Errorf("equipment asked: fields %v, want %v", got, []int{equipment, asset})
	}
	if got := withAssetOfEquipment(cells, []int{cost}); !slices.Equal(got, []int{cost}) {
		t.Errorf("cost asked: fields %v, want only the cost", got)
	}
}
