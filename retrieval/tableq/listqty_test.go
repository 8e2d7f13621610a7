package tableq

import (
	"context"
	"strings"
	"testing"
)

// A listing that asks each row's quantity beside it ("及数量", "with their
// quantities") names every row with its count; a plain listing does not.
func TestListingWithQuantitiesShowsTheCount(t *testing.T) {
	spares := chunkTable(t, "spares",
		"Part No.: A-1; Name: Seal; 名称: 机械密封; Recommended stock: 2",
		"Part No.: A-2; Name: O-ring; 名称: O形圈; Recommended stock: 4",
		"Part No.: A-3; Name: Bearing; 名称: 轴承; Recommended stock: 1")
	for _, c := range []struct {
		q    string
		show bool
	}{
		{"列出全部推荐备件和数量", true},
		{"请列出所有的推荐备件及其数量", true},
		{"列出所有推荐备件", false},
		{"list the recommended spares with their quantities", true},
		{"Please list all recommended spares along with quantities", true},
		{"列出推荐的全部备件以及各自数量", true},
	} {
		res, err := AnswerOver(context.Background(), []*Table{spares}, c.q, Options{Translate: glossaryTranslate(t)})
		if err != nil || res == nil || c.show && !res.Listed {
			t.Fatalf("%q: not a listing: %v, %v", c.q, res != nil, err)
		}
		label := res.Label(res.Rows[0])
		if got := strings.Contains(label, "Recommended stock: 2"); got != c.show {
			t.Errorf("%q: %q shows the count = %v, want %v", c.q, label, got, c.show)
		}
	}
}
