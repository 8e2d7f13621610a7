package retrieval

import "testing"

// A glossary word cut short keeps its start: the name asked is 环境温度
// of "环境温度最高允许", not 境温度.
func TestZhWordStart(t *testing.T) {
	r := []rune("泵房里的环境温度最高允许")
	for i, want := range map[int]int{6: 4, 4: 4, 8: 8} {
		if got := ZhWordStart(r, i); got != want {
			t.Errorf("ZhWordStart(%q, %d) = %d, want %d", string(r), i, got, want)
		}
	}
}
