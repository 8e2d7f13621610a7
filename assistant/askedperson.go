package assistant

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/kgassist/kgassist/retrieval"
)

// A question asking which person (a technician, an operator) did the most
// of something is answered by a table grouped by a column of people; rows
// grouped by a location or a machine name no person, whatever the counts.

// personAsked asks "which technician", "哪位工程师", "谁".
var personAsked = regexp.MustCompile(`(?i)\b(?:which|what)\s+(?:\w+\s+)?(?:technicians?|engineers?|operators?|mechanics?|workers?|persons?|people|employees?|staff|inspectors?|fitters?|electricians?)\b|\bwho\b|(?:哪个|哪位|哪名|哪些)(?:\p{Han}{0,3}?)(?:技术员|工程师|操作员|操作工|维修工|维修员|检修工|检验员|师傅|员工|工人|人员|电工|钳工)|谁`)

// peopleColumn words name a column of people, or of the firms a "who"
// question may mean.
var peopleColumn = []string{"name", "technician", "tech", "engineer", "operator", "mechanic", "worker", "person",
	"employee", "staff", "assignee", "assigned", "owner", "responsible", "inspector", "author", "by", "user",
	"supplier", "vendor", "manufacturer", "maker", "customer", "contractor",
	"人", "员", "师", "者", "姓名", "负责", "供应商", "厂家", "厂商", "客户", "承包"}

// groupsOtherThanPeople reports a table answer grouped by a column that
// names no people, to a question asking which person.
func groupsOtherThanPeople(question string, c retrieval.Computed) bool {
	if c.Plan == nil || c.Plan.GroupBy == "" || c.Plan.GroupPart != "" || !personAsked.MatchString(question) {
		return false
	}
	return !namesPeople(c.Plan.GroupBy)
}

// namesPeople reports a column header holding a people word, as a word of
// its English parts ("Assigned_To", "CreatedBy") or anywhere in Chinese.
func namesPeople(header string) bool {
	words := strings.FieldsFunc(splitCamel(header), func(r rune) bool { return r == '_' || r == ' ' || r == '-' || r == '.' || r == '/' })
	for _, w := range peopleColumn {
		if !isASCII(w) {
			if strings.Contains(header, w) {
				return true
			}
			continue
		}
		if slices.ContainsFunc(words, func(x string) bool { return strings.ToLower(x) == w || strings.ToLower(x) == w+"s" }) {
			return true
		}
	}
	return false
}

// splitCamel puts a space before each capital that follows a lower-case
// letter: "CreatedBy" is "Created By".
func splitCamel(s string) string {
	var b strings.Builder
	var prev rune
	for _, r := range s {
		if r >= 'A' && r <= 'Z' && prev >= 'a' && prev <= 'z' {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// askedDoer asks which person did or does one job: "which technician did
// the regreasing on WO-25-0090", "这次是谁修的".
var askedDoer = regexp.MustCompile(`(?i)\b(?:which|what)\s+(?:\w+\s+)?(?:technicians?|engineers?|operators?|mechanics?|fitters?|electricians?|inspectors?|employees?)\s+(?:did|does|do|has|had|was|were|is|performed|carried|fixed|repaired|replaced|handled|worked)\b|\bwho\s+(?:did|performed|carried out|fixed|repaired|replaced|handled|worked on|signed off|inspected|wrote|prepared|reviewed|approved|signed)\b|(?:哪位|哪个|哪名)(?:技术员|工程师|维修工|师傅|操作员|检修工)|谁(?:做|修|换|干|处理|维修|检修|负责|审核|审批|批准|编制|编写|签)`)

// doerUnstated reports an answer to which person did a job that quotes
// only table rows without a column of people: a work order's date and
// action say nothing of who carried it out.
func doerUnstated(ev *retrieval.Evidence, text string) bool {
	if !askedDoer.MatchString(ev.Question.Text) {
		return false
	}
	cited := false
	for _, m := range reMarker.FindAllStringSubmatch(text, -1) {
		for _, it := range ev.Items {
			if strconv.Itoa(it.N) != m[1] {
				continue
			}
			if it.Chunk.Kind != "table_row" {
				return false
			}
			for _, c := range rowCells(it.Chunk.Text) {
				if namesPeople(c.header) {
					return false
				}
			}
			cited = true
		}
	}
	return cited
}

// askedDate asks when a document was made or a thing was done ("when was
// the FMEA actually carried out - what date is on it", "这份 FMEA 是哪天做
// 的"): a listing of failure modes or parts gives no date.
var askedDate = regexp.MustCompile(`(?i)\bwhen\s+(?:was|were|did)\b[^?]*\b(?:carried out|done|made|written|prepared|performed|created|issued|reviewed|approved|drawn up)\b|\bwhat date\b|\bwhich date\b|哪天|哪一天|什么时候(?:做|编|写|审|批|发布)|日期是`)
