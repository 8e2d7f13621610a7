package assistant

import (
	"regexp"
	"strings"
	"sync"

	"github.com/kgassist/kgassist/ingest/mappings"
)

// "漫游车车身里那根41孔方梁一共要几根" names no field, yet asks the row's
// quantity: the count of a record's item is its quantity column, where
// the row is built into its assembly once.

// reCountAsked asks how many of a thing, by a measure word in Chinese.
var reCountAsked = regexp.MustCompile(`(?i)\bhow many\b|(?:几|多少)(?:根|个|颗|件|台|块|只|套|条|片|粒|支|把|枚)`)

// reCountAskedElse asks more than the row's count, or another count: where
// the part goes ("装在哪个组件里，一台几个"), what it costs, or how many
// come in a pack, which the part's name gives ("25 Pack").
var reCountAskedElse = regexp.MustCompile(`(?i)\b(?:where|which|what|cost|price|pack|box|bag)\b|哪|什么|多少钱|价格|一包|每包|一盒|每盒|一袋|每袋`)

// zhMeasureWord is the measure word a Chinese count question counts in.
var zhMeasureWord = regexp.MustCompile(`(?:几|多少)(根|个|颗|件|台|块|只|套|条|片|粒|支|把|枚)`)

var (
	roleNamesOnce sync.Once
	roleNames     map[string]map[string]bool // role → its normalised synonyms
)

// namesRole reports a header the table mappings give the role.
func namesRole(header, role string) bool {
	roleNamesOnce.Do(func() {
		roleNames = map[string]map[string]bool{}
		for _, c := range mappings.Columns() {
			if roleNames[c.Role] == nil {
				roleNames[c.Role] = map[string]bool{}
			}
			for _, s := range c.Synonyms {
				roleNames[c.Role][normHeader(s)] = true
			}
		}
	})
	return roleNames[role][normHeader(header)]
}

// countedField is, for a question asking how many of a row's item, the
// row's quantity cell; none where the row stands for several assemblies,
// whose total a roll-up computes.
func countedField(cells []cell, question string) []int {
	if !reCountAsked.MatchString(question) || reCountAskedElse.MatchString(question) {
		return nil
	}
	qty := -1
	for i, c := range cells {
		switch {
		case namesRole(c.header, "multiplier") && strings.TrimSpace(c.value) != "1":
			return nil
		case qty < 0 && namesRole(c.header, "qty") && isNumber(strings.TrimSpace(c.value)):
			qty = i
		}
	}
	if qty < 0 {
		return nil
	}
	return []int{qty}
}

// withMeasureWord gives a Chinese count the measure word the question
// counts in: "6 根", as "一共要几根" asks.
func withMeasureWord(value, question string) string {
	m := zhMeasureWord.FindStringSubmatch(question)
	if m == nil || !isNumber(strings.TrimSpace(value)) {
		return value
	}
	return strings.TrimSpace(value) + " " + m[1]
}

// reRecordsCounted is how a Chinese listing counts its rows.
var reRecordsCounted = regexp.MustCompile(`的记录共(\d+)条：`)

// reAskedCountWord is the measure word a Chinese question counts things
// by ("单价超过 20 美元的有哪几样").
var reAskedCountWord = regexp.MustCompile(`(?:几|多少)(样|种|个|项|件)`)

// inAskedCountWord counts a listing's rows by the question's own measure
// word: asked 哪几样, the answer says how many 样, not how many records.
func inAskedCountWord(text, question string) string {
	m := reAskedCountWord.FindStringSubmatch(question)
	if m == nil {
		return text
	}
	return reRecordsCounted.ReplaceAllString(text, "的共有 ${1} "+m[1]+"：")
}
