package tableq

import "strings"

// oftenForms are the ways one schedule is said: a question's "每天" is
// the maintenance table's "日常" or "Daily".
var oftenForms = [][]string{
	{"每天", "每日", "日常", "daily"},
	{"每周", "每星期", "weekly"},
	{"每月", "每个月", "monthly"},
	{"每年", "每一年", "annually", "yearly"},
}

// withOftenAsWritten is text with a schedule said in the form t's values
// write it, when they write it in another.
func (t *Table) withOftenAsWritten(text string) string {
	for _, forms := range oftenForms {
		said := ""
		for _, f := range forms {
			if strings.Contains(strings.ToLower(text), f) {
				said = f
				break
			}
		}
		if said == "" || t.isValue(said) {
			continue
		}
		for _, f := range forms {
			if f != said && t.isValue(f) {
				i := strings.Index(strings.ToLower(text), said)
				text = text[:i] + " " + f + " " + text[i+len(said):]
				break
			}
		}
	}
	return text
}
