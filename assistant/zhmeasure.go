package assistant

import (
	"regexp"
	"slices"
	"strings"

	"github.com/kgassist/kgassist/retrieval"
)

// zhUnitAsked is a Chinese question asking a measure by its unit: "多少度"
// asks a temperature and "几伏" a voltage, whatever measure's word the
// item's own name holds ("热敏电阻" is a thermistor, no resistance asked).
var zhUnitAsked = regexp.MustCompile(`(?:多少|几)\s*(摄氏度|度|℃|千瓦|瓦|伏|安培|安|转|兆帕|公斤|千克|赫兹|分贝)`)

// angleWords turn 度 into degrees of angle.
var angleWords = regexp.MustCompile(`转|旋|角|倾|摆|弯|偏`)

// zhUnitMeasure is the measure each unit asks for, by its word in
// attributeUnits.
var zhUnitMeasure = map[string]string{
	"摄氏度": "温度", "度": "温度", "℃": "温度", "千瓦": "功率", "瓦": "功率", "伏": "电压",
	"安培": "电流", "安": "电流", "转": "转速", "兆帕": "压力", "公斤": "重量", "千克": "重量", "赫兹": "频率", "分贝": "噪声",
}

// measureAskedByUnit is the attribute a Chinese question asks for by its
// unit, as a question of the measure's word.
func measureAskedByUnit(q retrieval.Question) (retrieval.Question, bool) {
	loc := zhUnitAsked.FindStringSubmatchIndex(q.Text)
	if loc == nil {
		return q, false
	}
	unit := q.Text[loc[2]:loc[3]]
	if after := q.Text[loc[1]:]; strings.HasPrefix(after, "每") || strings.HasPrefix(after, "/") {
		return q, false // "多少度每秒" asks a rate
	}
	if before := zhAbilityNouns.Replace(q.Text[:loc[0]]); strings.Contains(before, "能") || strings.Contains(before, "可以") {
		return q, false // "这泵能输送多少度的液体" asks what it can do (see zhPredicate)
	}
	if unit == "度" && angleWords.MatchString(q.Text) {
		return q, false // "关节能转多少度" asks an angle
	}
	word := zhUnitMeasure[unit]
	a := q
	a.Text = word
	a.Terms = retrieval.ContentTerms(word)
	return a, len(a.Terms) > 0
}

// withMeasureAskedByUnit is the attribute named, unless the question's
// unit asks another measure than the one its words name ("热敏电阻多少度"
// asks no resistance); where they agree ("叶轮重量是多少公斤") the named
// attribute keeps the item it is of.
func withMeasureAskedByUnit(q retrieval.Question, named func(retrieval.Question) (retrieval.Question, bool)) (retrieval.Question, bool) {
	a, asked := named(q)
	u, ok := measureAskedByUnit(q)
	if !ok || asked && slices.Contains(unitsOf(a.Text), attributeUnits[u.Text][0]) {
		return a, asked
	}
	return u, true
}
