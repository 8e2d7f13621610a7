package assistant

import "strings"

// namesSiblingOnly reports a text that names another attribute of the
// same kind and never the asked one: asked 防爆等级 (explosion-proof
// rating), the text gives 防护等级 (ingress protection); asked 最大流量,
// it gives 最小流量. Chinese attributes are compared character by
// character elsewhere, and these pairs share most of their characters;
// their qualifiers, which share one character, are opposites or
// neighbours, not rewordings.
func namesSiblingOnly(attr, text string) bool {
	r := []rune(attr)
	if len(r) != 4 || !allHan(attr) || strings.Contains(text, attr) {
		return false
	}
	head, qual := string(r[2:]), r[:2]
	for rest := text; ; {
		i := strings.Index(rest, head)
		if i < 0 {
			return false
		}
		before := []rune(rest[:i])
		if n := len(before); n >= 2 && allHan(string(before[n-2:])) {
			other := before[n-2:]
			if sharesOneRune(qual, other) || gradeHeads[head] && string(qual) != string(other) {
				return true
			}
		}
		rest = rest[i+len(head):]
	}
}

// sharesOneRune: two different two-character qualifiers with one
// character in common (防爆/防护, 最大/最小, 进口/出口).
func sharesOneRune(a, b []rune) bool {
	if string(a) == string(b) {
		return false
	}
	return a[0] == b[0] || a[1] == b[1] || a[0] == b[1] || a[1] == b[0]
}

// gradeHeads end attributes that are a grade of something: the qualifier
// says what is graded, so any other qualifier names another grade
// (安全功能等级 is no 防水等级, 绝缘等级 no 能效等级).
var gradeHeads = map[string]bool{"等级": true, "级别": true, "类别": true}
