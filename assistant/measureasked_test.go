package assistant

import (
	"slices"
	"testing"

	"github.com/kgassist/kgassist/retrieval"
)

// A Chinese measure adjective asks for its measure as "X 的 Y 是多少" does:
// "漫游车能跑多快" asks the rover's speed, and a passage about the rover
// that states no speed does not answer it.
func TestChineseMeasureAdjectiveIsTheAskedAttribute(t *testing.T) {
	for _, c := range []struct{ q, attr string }{
		{"这个漫游车最高能跑多快", "速度"},
		{"漫游车能跑多快", "速度"},
		{"这个底座多宽", "宽度"},
		{"平板车多重", "重量"},
		{"显微镜载物台多厚", "厚度"},
	} {
		mq, _ := measureQuestion(retrieval.Analyze(c.q))
		aq, asked := attributeQuestion(mq)
		if !asked || !slices.Contains(aq.Terms, c.attr) {
			t.Errorf("%q: attribute %v (%v), want %s", c.q, aq.Terms, asked, c.attr)
		}
	}
}
