package retrieval

import "regexp"

// A question may say that two documents disagree before asking the value
// ("说明书上的最大流量和数据表上写的不一样，到底是多少？"). The documents'
// names and the words saying they differ are what the asker noticed, not
// what a passage states: every passage would be held to them. The
// conflict itself is found from the values the sources give.

// zhSourcesDiffer says in Chinese that sources do not agree.
var zhSourcesDiffer = regexp.MustCompile(`(?:好像|似乎|貌似|感觉)?(?:不一样|不一致|对不上|有出入|不相符|矛盾)`)

// zhSourceNoun names a document and where in it the asker read a value.
var zhSourceNoun = regexp.MustCompile(`(?:使用)?(?:说明书|手册|数据表|样本|规格书|规格表|参数表|产品介绍|介绍页|官网)(?:上|里|中)?(?:写的|给的|标的|说的)?`)

// withoutSourceComparison blanks the names of documents and the words
// saying they differ, where the question says both.
func withoutSourceComparison(text string) string {
	text = enSourcesDiffer.ReplaceAllString(text, " ")
	text = enSourcesGiveDifferent.ReplaceAllString(text, " ")
	text = enValuesSeenApart.ReplaceAllString(text, " ")
	if !zhSourcesDiffer.MatchString(text) || len(zhSourceNoun.FindAllStringIndex(text, 2)) < 2 {
		return text
	}
	return zhSourcesDiffer.ReplaceAllString(zhSourceNoun.ReplaceAllString(text, " "), " ")
}

// enSourcesDiffer says in English that the documents do not agree: "the
// pages dont agree", "the manual and the data sheet seem to differ".
var enSourcesDiffer = regexp.MustCompile(`(?i)\b(?:the\s+)?` + enSourceNoun + `(?:\s+(?:and|&)\s+(?:the\s+)?(?:[a-z]+\s+)?` + enSourceNoun + `)?\s+(?:seem\s+to\s+|don'?t\s+seem\s+to\s+|do\s+not\s+seem\s+to\s+|don'?t\s+|do\s+not\s+|dont\s+|doesn'?t\s+|does\s+not\s+)(?:agree|disagree|differ|match|say\s+the\s+same)\b|\b(?:the\s+)?` + enSourceNoun + `(?:\s+(?:and|&)\s+(?:the\s+)?` + enSourceNoun + `)?\s+(?:disagree|differ|conflict|contradict\s+each\s+other)\b`)

// enValuesSeenApart says a value was read in two documents, differently:
// "I've seen one number in the manual and another on the data sheet".
var enValuesSeenApart = regexp.MustCompile(`(?i)\b(?:(?:i'?ve|i have|we'?ve|we have)\s+(?:seen|read|found)|i\s+(?:saw|read|found)|there'?s|there is|there are)?\s*(?:one|a|two|different)\s+(?:numbers?|figures?|values?|ratings?)\s+(?:in|on)\s+(?:the\s+)?(?:[a-z]+\s+)?` + enSourceNoun + `\s+(?:and|but)\s+(?:another|a different one|a different (?:number|figure|value)|something else|other)\s+(?:in|on)\s+(?:the\s+)?(?:[a-z]+\s+)?` + enSourceNoun + `\b`)

// enSourcesGiveDifferent says the documents give different figures: "the
// installation manual and the factory assembly instruction give
// different figures".
var enSourcesGiveDifferent = regexp.MustCompile(`(?i)\b(?:the\s+)?(?:[a-z]+\s+){0,2}` + enSourceNoun + `(?:\s+(?:and|&)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}` + enSourceNoun + `)?\s+(?:give|have|show|list|state|quote)s?\s+(?:two\s+)?(?:different|conflicting)\s+(?:figures|numbers|values|ratings|limits|specs)\b`)

const enSourceNoun = `(?:pages|docs|documents|manuals?|data\s?sheets?|spec\s?sheets?|sheets|sources|brochure|catalogue|catalog|web\s?site|instructions?|bom|bill of materials|product intro(?:duction)?|spec(?:ification)? table|parameter table)`
