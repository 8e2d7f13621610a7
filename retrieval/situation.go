package retrieval

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// "our loop runs around 1.4 MPa, what's the max working pressure this
// pump can take?" and "想抽85度左右的热水，介质温度上限是多少？" open with the
// asker's own situation, a figure of theirs, before the question: the
// limit asked is the documents', and the lead-in's words (loop, runs,
// 热水) name nothing a passage must hold. The question is its last clause.

// reSituationLeadIn is a first clause with a figure and its unit, ended by
// a comma, a dash or a full stop ("we expect peaks of about 49 m3/h on
// this loop. is that still inside …"), before a clause that asks for a
// limit.
var reSituationLeadIn = regexp.MustCompile(`(?i)^[^,，;；?？—–]*\d+(?:\.\d+)?\s*(?:mpa|bar|kpa|m³/h|m3/h|kw|rpm|r/min|mm|kg|°c|℃|度|米|公斤|千瓦|兆帕|安|伏|赫兹|(?:a|v|hz|mm/s|m|c)\b)[^,，;；?？—–]*(?:[,，;；]|[.。]\s+|\s*[—–]+)\s*`)

// reOpensQuestion is a sentence opened by a question word.
var reOpensQuestion = regexp.MustCompile(`(?i)^\s*(?:what|which|how|when|where|who|why|is|are|can|could|do|does|should|will|would|any|anything)\b|^\s*\p{Han}`)

// reLimitAskedAfter asks for a limit or rating, or whether a thing is
// safe at the asker's figure.
var reLimitAskedAfter = regexp.MustCompile(`(?i)\b(?:max|maximum|min|minimum|limit|limits|upper|highest|lowest|rated|allowed|permitted|required|need|needs|safe|safely)\b|上限|下限|最高|最低|最大|最小|额定|允许|安全`)

// withoutSituation keeps the question of a text that opens with the
// asker's situation.
func withoutSituation(text string) string {
	text = withoutToldFirst(text)
	loc := reSituationLeadIn.FindStringIndex(text)
	if loc == nil {
		return text
	}
	rest := text[loc[1]:]
	if !reLimitAskedAfter.MatchString(rest) || utf8.RuneCountInString(strings.TrimSpace(rest)) < 6 {
		return text
	}
	if lead := strings.TrimSpace(text[:loc[1]]); (strings.HasSuffix(lead, ".") || strings.HasSuffix(lead, "。")) && !reOpensQuestion.MatchString(rest) {
		return text // "… in the U.S. state …": a full stop ends a lead-in only before a question
	}
	if asksOfSituation(rest) {
		return text
	}
	return rest
}

// rePointsBack refers to what was said before it.
var rePointsBack = regexp.MustCompile(`(?i)\b(?:that|this|it|they|them)\b`)

// situationVerdict are the words a question about the asker's own case
// asks with ("is that ok or do they need something else"): they name
// nothing, so the case is what is asked about.
var situationVerdict = map[string]bool{"need": true, "needs": true, "els": true, "else": true, "ok": true, "okay": true,
	"fine": true, "problem": true, "safe": true, "safely": true, "allow": true, "allowed": true, "work": true}

// asksOfSituation reports a question that asks only whether the asker's
// case, pointed back to, will do: "customer wants to run 95 °C hot water
// through the CP200, is that ok or do they need something else?".
func asksOfSituation(rest string) bool {
	if !rePointsBack.MatchString(rest) {
		return false
	}
	for _, t := range ContentTerms(rest) {
		if !situationVerdict[t] {
			return false
		}
	}
	return true
}

// reToldFirst is a sentence the asker opens with about themselves ("we're
// laying out the MCC for a new HF-CP200."), ended by a full stop before
// the question: what they are doing, not what they ask.
var reToldFirst = regexp.MustCompile(`(?i)^(?:we're|we are|we've|we have|i'm|i am|i've|i have)\b[^.?!。？！]{3,160}[.。]\s+`)

// reAsksAfter opens a question: a question word, or a mark ending one.
var reAsksAfter = regexp.MustCompile(`(?i)^(?:what|which|how|when|where|who|why|is|are|can|could|do|does|should|will|would)\b|[?？]`)

// withoutToldFirst drops an opening sentence of the asker's own doing
// where a question follows it.
func withoutToldFirst(text string) string {
	loc := reToldFirst.FindStringIndex(text)
	if loc == nil {
		return text
	}
	if rest := text[loc[1]:]; reAsksAfter.MatchString(rest) && !reAsksOfTold.MatchString(rest) {
		return rest
	}
	return text
}

// reAsksOfTold asks what to do about what the sentence before told, or
// why it happens ("we're getting a tingle off the motor casing. what
// should we do?"): the told sentence is then what is asked about.
var reAsksOfTold = regexp.MustCompile(`(?i)^(?:what (?:should|do|can|must) (?:we|i) do|what(?:'s| is) (?:wrong|causing|the cause)|what (?:causes|could cause|would cause)|why|how (?:do|can|should) (?:we|i) (?:fix|stop|cure|sort)|is (?:it|that|this) (?:safe|normal|dangerous|ok))\b`)
