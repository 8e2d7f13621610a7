package assistant

import (
	"slices"
	"testing"
)

// A code states a specification, a size or a part number, but no focal
// length or other measure: "M2" of the screws beside the lens is not the
// lens's focal length, and leads nothing.
func TestCodesLeadOnlyForAttributesCodesState(t *testing.T) {
	figs := []string{"M2", "12 mm"}
	cases := []struct {
		attr string
		want []string
	}{
		{"筒镜焦距", []string{"12 mm"}},
		{"focal length", []string{"12 mm"}},
		{"规格的螺丝", figs},
		{"件号", figs},
		{"screw size", figs},
	}
	for _, c := range cases {
		if got := figuresOf(c.attr, figs); !slices.Equal(got, c.want) {
			t.Errorf("figuresOf(%q, %q) = %q, want %q", c.attr, figs, got, c.want)
		}
	}
}
