package assistant

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
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

// namedLengths are the lengths a passage names beside their value, each
// in the words of both languages.
var namedLengths = [][]string{
	{"parfocal distance", "齐焦距离", "齐焦距"}, {"working distance", "工作距离"}, {"focal length", "焦距"},
	{"tube length", "筒长"}, {"diameter", "直径", "外径", "内径"}, {"thickness", "厚度"},
	{"travel", "stroke", "行程"}, {"clearance", "间隙"}, {"spacing", "间距"},
}

// reNamedLength is a length in mm or µm with its name beside it, in
// English: "a 45mm parfocal distance", "Focal length: 50mm".
var reNamedLength = func() *regexp.Regexp {
	var names []string
	for _, forms := range namedLengths {
		for _, f := range forms {
			if f[0] < utf8.RuneSelf {
				names = append(names, f)
			}
		}
	}
	n := strings.Join(names, "|")
	return regexp.MustCompile(`(?i)\d[\d.]*\s*(?:mm|cm|µm|μm)\s+(` + n + `)\b|\b(` + n + `)\s*(?::|of|is)\s*\d`)
}()

// namesOtherLength reports a text whose lengths are named, none of them
// the asked one: its value in mm is another measure's.
func namesOtherLength(asked, text string) bool {
	ms := reNamedLength.FindAllStringSubmatch(text, -1)
	if ms == nil {
		return false
	}
	lower := strings.ToLower(asked)
	for _, m := range ms {
		name := strings.ToLower(m[1] + m[2])
		for _, forms := range namedLengths {
			if slices.Contains(forms, name) && slices.ContainsFunc(forms, func(f string) bool { return strings.Contains(lower, f) }) {
				return false
			}
		}
	}
	return true
}
