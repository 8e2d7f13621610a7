package tableq

import (
	"regexp"
	"strings"
)

// durationCues ask how long something takes; the figure is then a time,
// whatever column the question names besides.
var durationCues = []string{"longest", "shortest", "quickest", "fastest", "slowest", "how long", "takes", "take ", "take?", "take？", "took", "lasted", "lasts", "duration",
	"time-consuming", "time consuming", "most time", "least time",
	"最长", "最久", "最短", "最快", "最慢", "多久", "多长时间", "耗时", "用时", "费时", "花时间"}

// durationRoles are the mapped roles that hold a time.
var durationRoles = map[string]bool{"time": true, "downtime": true}

func (t *Table) isDuration(i int) bool {
	c := t.Columns[i]
	if !c.Numeric {
		return false
	}
	if durationRoles[c.Role] {
		return true
	}
	switch headerUnit(c.Name) {
	case "hour", "minute", "day":
		return true
	}
	return false
}

// durationColumn is the one time column of t when the question asks how
// long; -1 when it does not ask, or t has none or several.
func (t *Table) durationColumn(q *question) int {
	if !q.has(durationCues) {
		return -1
	}
	found := -1
	for i := range t.Columns {
		if t.isDuration(i) {
			if found >= 0 {
				return -1
			}
			found = i
		}
	}
	return found
}

// auxiliaries follow a noun that is the whole subject of "which …".
var auxiliaries = map[string]bool{"has": true, "had": true, "have": true, "is": true, "was": true, "were": true,
	"did": true, "does": true, "got": true, "gets": true, "needs": true, "needed": true}

var reWhichHan = regexp.MustCompile(`哪(?:几|一)?[台个种家张条位款件]?(\p{Han}{1,4}?)(?:的|有|最)`)

// whichNoun reads "which unit had …", "哪台机组的 …": a noun after which
// that no column or value took, standing alone as the subject, names
// what the rows are about, so the table's item column groups them.
func (t *Table) whichNoun(q *question) int {
	entity := -1
	for _, role := range entityRoles {
		if c := t.roleColumn(role); c >= 0 {
			entity = c
			break
		}
	}
	if entity < 0 {
		return -1
	}
	for k := 0; k+2 < len(q.words); k++ {
		w, next := q.words[k+1], q.words[k+2].raw
		if q.words[k].raw != "which" || !q.free(span{w.start, w.end}) || stopWords[w.raw] || t.rowNoun(w.raw) {
			continue
		}
		if auxiliaries[next] || (strings.HasSuffix(next, "ed") && len(next) > 4) {
			q.take(span{w.start, w.end})
			return entity
		}
	}
	for _, m := range reWhichHan.FindAllStringSubmatchIndex(q.text, -1) {
		s := span{m[2], m[3]}
		if x := q.text[s.start:s.end]; q.free(s) && (stripHan(x) != "" || !isWordIn(x, hanFiller)) {
			q.take(s)
			return entity
		}
	}
	return -1
}

// specificity rewards filters only this table reads: a code that its
// rows hold ("E07"), a figure in the currency its column is written in
// ("$10" against "$25.27").
func (t *Table) specificity(q *question, fs []Filter) int {
	score := 0
	for _, f := range fs {
		if f.Column == AnyColumn {
			// in a parts list a code names a part whose quantity is
			// asked, not rows to count
			if eventKinds[t.Kind] && hasLetterDigit(f.Value) && t.anyRow(f) {
				score += 2
			}
			continue
		}
		if i := t.Column(f.Column); i >= 0 && t.Columns[i].Currency != "" && strings.Contains(q.text, t.Columns[i].Currency+f.Value) {
			score += 2
		}
	}
	return score
}

// eventKinds are the tables whose rows are events: a code a row holds
// ("E07") counts them.
var eventKinds = map[string]bool{"worklog": true, "fmea": true, "troubleshooting": true}

func hasLetterDigit(s string) bool {
	return strings.ContainsAny(s, "0123456789") && strings.ContainsAny(s, "abcdefghijklmnopqrstuvwxyz")
}

// reWhichMachine asks which machine of a log: "which pump serial", "which
// unit", "哪台泵", "哪台设备". Each machine is a value of the log's asset or
// equipment column, whatever the rows call it.
var reWhichMachine = regexp.MustCompile(`\bwhich (?:pump|machine|unit|asset|motor|device|compressor|truck|vehicle)s?(?: serial(?: number)?s?| s/n| serial no\.?| id)?\b|哪(?:一)?台(?:泵|设备|机组|机器|电机|机|车)?|哪个(?:设备|机组|资产)`)

// machineGroup groups a log by its asset, else its equipment, when the
// question asks which machine.
func (t *Table) machineGroup(q *question) int {
	if t.Kind != "worklog" {
		return -1
	}
	c := t.roleColumn("asset")
	if c < 0 {
		c = t.roleColumn("equipment")
	}
	if c < 0 {
		return -1
	}
	for _, m := range reWhichMachine.FindAllStringIndex(q.text, -1) {
		if s := (span{m[0], m[1]}); q.free(s) {
			q.take(s)
			return c
		}
	}
	return -1
}
