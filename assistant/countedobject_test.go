package assistant

import (
	"slices"
	"testing"
)

// A part counting without its noun ("至少钻几个") takes the noun the part
// before put after the same verb; a part with its own noun, or after a
// part without the verb, is left as asked.
func TestCountTakesTheObjectBefore(t *testing.T) {
	for _, c := range []struct{ in, want []string }{
		{[]string{"火星车的轮子装到轮毂上之前要钻孔吗", "至少钻几个"}, []string{"火星车的轮子装到轮毂上之前要钻孔吗", "至少钻几个孔"}},
		{[]string{"要钻孔吗", "钻几个孔"}, []string{"要钻孔吗", "钻几个孔"}},
		{[]string{"泵能抽热水吗", "最多几个"}, []string{"泵能抽热水吗", "最多几个"}},
	} {
		if got := withCountedObjects(slices.Clone(c.in)); !slices.Equal(got, c.want) {
			t.Errorf("%q: %q, want %q", c.in, got, c.want)
		}
	}
}
