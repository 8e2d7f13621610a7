package assistant

import (
	"regexp"
	"strings"
)

// "测量绕组绝缘电阻" beside "接地电阻应不大于 4 Ω" gives the earthing
// resistance, not the insulation resistance asked: a value in the asked
// unit states the attribute only where the name before it is the asked
// one, not another of the same kind (接地电阻 is no 绝缘电阻).

// reLabelledValue is a Chinese name, the words that bind it to its value,
// and the figure, with what follows it.
var reLabelledValue = regexp.MustCompile(`(\p{Han}{2,8}?)\s*(?:应不大于|应不小于|不大于|不小于|不低于|不高于|不超过|应为|为|约|：|:)?\s*[≤≥<>]?\s*\d[\d.]*\s*(\S+)`)

// zhHeads are the kinds of measure whose names share their last two
// characters: 接地电阻 and 绝缘电阻 are both 电阻.
var zhHeads = []string{"电阻", "电压", "电流", "温度", "压力", "扭矩", "力矩"}

// valuesOfOtherKind reports a text whose every Chinese-labelled value in
// unit u is of another name of the asked kind than the asked one.
func valuesOfOtherKind(asked, text, u string) bool {
	head := ""
	for _, h := range zhHeads {
		if strings.Contains(asked, h) {
			head = h
		}
	}
	if head == "" {
		return false
	}
	other := false
	for _, m := range reLabelledValue.FindAllStringSubmatch(text, -1) {
		label, unit := m[1], m[2]
		if !strings.HasPrefix(unit, u) || !strings.HasSuffix(label, head) {
			continue
		}
		name := lastRunes(label, 4)
		if name == head || strings.Contains(asked, name) {
			return false // the asked name, or the bare kind, labels a value
		}
		other = true
	}
	return other
}

// lastRunes is s's last n characters.
func lastRunes(s string, n int) string {
	r := []rune(s)
	return string(r[max(0, len(r)-n):])
}
