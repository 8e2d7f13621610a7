package assistant

import (
	"regexp"
	"slices"
	"strings"

	"github.com/kgassist/kgassist/retrieval"
)

// A question asking on what date or in what year something happened (a
// company founded, a document compiled) is answered only by a passage that
// names that event and gives a date: a manual's own date is not the year
// its maker was founded, and a table of failure modes without a date does
// not say when it was drawn up.

// calendarAsked asks for a year, a month or a day, not for a duration or
// an interval ("几年", "how often").
var calendarAsked = regexp.MustCompile(`(?i)哪一?年|哪一?天|哪一?日|哪个月|几月几|几号|什么日期|什么时候|何时|何年|\b(?:what|which)\s+(?:year|date|day|month)\b|\bwhen\s+(?:was|were|did|is|has|had)\b|\bon what date\b`)

// datedEvents are the events people ask the date of, each in its words in
// either language. byVersion marks events a document's version or
// revision line dates by itself ("版本 C，2025 年 9 月").
var datedEvents = []struct {
	words     []string
	byVersion bool
}{
	{[]string{"成立", "创立", "创建", "创办", "建厂", "founded", "established", "incorporated"}, false},
	{[]string{"编制", "编写", "编订", "起草", "撰写", "制定", "compiled", "prepared", "written", "drafted", "authored"}, true},
	{[]string{"发布", "发行", "出版", "颁布", "印发", "published", "released", "issued"}, true},
	{[]string{"修订", "修改", "revised", "amended"}, true},
	{[]string{"签署", "签订", "批准", "审批", "signed", "approved"}, false},
}

var (
	calendarDate = regexp.MustCompile(`(?i)(?:19|20)\d{2}\s*年|\b(?:19|20)\d{2}\b|\d{1,2}\s*月\s*\d{1,2}\s*[日号]|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,4}`)
	versionLine  = regexp.MustCompile(`(?i)版本|版次|修订|\brev(?:ision|\.)?\s|\bversion\b|\bedition\b`)
)

// askedEvent returns the event whose date the question asks, or -1.
func askedEvent(question string) int {
	if !calendarAsked.MatchString(question) {
		return -1
	}
	lower := strings.ToLower(question)
	for i, e := range datedEvents {
		if slices.ContainsFunc(e.words, func(w string) bool { return holdsEventWord(lower, w) }) {
			return i
		}
	}
	return -1
}

// holdsEventWord finds w in lower, on word boundaries when w is English.
func holdsEventWord(lower, w string) bool {
	if isASCII(w) {
		return wordInText(lower, w)
	}
	return strings.Contains(lower, w)
}

// datesEvent reports a text that gives a date for event e.
func datesEvent(e int, text string) bool {
	if !calendarDate.MatchString(text) {
		return false
	}
	lower := strings.ToLower(text)
	if slices.ContainsFunc(datedEvents[e].words, func(w string) bool { return holdsEventWord(lower, w) }) {
		return true
	}
	return datedEvents[e].byVersion && versionLine.MatchString(text)
}

// undatedEvent reports an answer to "when was it founded" whose text and
// cited passages give no date of that event.
func undatedEvent(ev *retrieval.Evidence, text string) bool {
	e := askedEvent(ev.Question.Text)
	if e < 0 {
		return false
	}
	var b strings.Builder
	b.WriteString(text + " ")
	for _, m := range citeMarker.FindAllStringSubmatch(text, -1) {
		if it, ok := ev.Item(atoi(m[1])); ok {
			b.WriteString(it.Chunk.SectionPath() + " " + it.Chunk.Text + " ")
		}
	}
	return !datesEvent(e, b.String())
}
