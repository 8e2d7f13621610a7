package assistant

import (
	"strings"
	"unicode/utf8"
)

// A quote that names the asked Chinese attribute as the asker wrote it
// answers before one that shares only its character pairs: for 电机的绝缘
// 等级, the manual's "绝缘等级：F 级" comes before a control box's "防护等级
// IP55", which holds 等级 in another compound and 电机 in "电机保护器".
const wholeAttributeBonus = 0.5

// minWholeAttributeRunes keeps a one-character attribute from counting:
// it is named whole by any word that holds it.
const minWholeAttributeRunes = 2

// namesAttributeWhole reports a sentence holding the attribute's words,
// in the asker's order, whole.
func namesAttributeWhole(attr, sentence string) bool {
	attr = strings.ToLower(strings.TrimSpace(attr))
	if utf8.RuneCountInString(attr) < minWholeAttributeRunes {
		return false
	}
	if !hasWords(attr, "zh") {
		// English words are matched whole already, and the documents'
		// other names for the attribute ("repeat positioning accuracy")
		// must not rank below the asker's own word.
		return false
	}
	lower := strings.ToLower(sentence)
	// A Chinese attribute may run on from its item ("电机绝缘等级"): its
	// tail of three characters or more is the attribute named whole, and
	// a sentence holding a longer tail holds the shortest one too.
	rs := []rune(attr)
	return strings.Contains(lower, string(rs[len(rs)-min(len(rs), minChineseTailRunes):]))
}

// minChineseTailRunes is the shortest tail of a Chinese attribute that
// names it: "缘等级" is the insulation class, "等级" any class.
const minChineseTailRunes = 3
