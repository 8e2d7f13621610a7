package assistant

import "strings"

// caseTerm reports a question term that names the case of the measure
// asked ("最高", "maximum", "额定"), or a Chinese pair cut across such a
// word and the measure's ("高介" of 最高介质温度): it does not name the item
// whose measure is asked, so a passage need not hold it to be about that
// item.
func caseTerm(t, question string, measure map[string]bool) bool {
	if qualifiers(t) != "" {
		return true
	}
	rs := []rune(t)
	if len(rs) != 2 || !allHan(t) {
		return false
	}
	caseRunes := ""
	for _, q := range qualifierWords {
		caseRunes += strings.Join(q.re.FindAllString(question, -1), "")
	}
	measureRunes := ""
	for m := range measure {
		measureRunes += m
	}
	return strings.ContainsRune(caseRunes, rs[0]) && strings.ContainsRune(measureRunes, rs[1])
}
