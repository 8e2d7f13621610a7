package assistant

import (
	"slices"
	"testing"
)

// An entry's "Yes," answers the entry's own question: quoted for a
// question that is no yes/no one, or that names a case the entry never
// states, it is left out; a "No" stays.
func TestAssentOnlyForTheAskedCase(t *testing.T) {
	for _, c := range []struct {
		q, first, want string
	}{
		{"How long does a bearing change take?", "Yes, a fitter changes them in about 3 hours.", "A fitter changes them in about 3 hours."},
		{"换轴承需要多长时间？", "可以，钳工约 3 小时可完成。", "钳工约 3 小时可完成。"},
		{"Can the motor run at 400 Hz?", "Yes, between 20 Hz and 60 Hz.", "Between 20 Hz and 60 Hz."},
		{"电机能在 400 Hz 下运行吗？", "可以，频率范围 20 Hz 至 60 Hz。", "频率范围 20 Hz 至 60 Hz。"},
		{"Can the motor run on an inverter?", "Yes, between 20 Hz and 60 Hz.", "Yes, between 20 Hz and 60 Hz."},
		{"电机能用变频器吗？", "可以，频率范围 20 Hz 至 60 Hz。", "可以，频率范围 20 Hz 至 60 Hz。"},
		{"How long does a bearing change take?", "No, only the factory may change them.", "No, only the factory may change them."},
	} {
		ev := evidence(c.q)
		got := withoutUnaskedAssent(ev, []string{c.first, "More."})
		if !slices.Equal(got, []string{c.want, "More."}) {
			t.Errorf("%s: %q, want %q", c.q, got, c.want)
		}
	}
}
