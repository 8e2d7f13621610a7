package retrieval

import (
	"regexp"
	"strings"
)

// "how level does the base plate have to be before we grout it?" and
// "故障排除以后，复位键要按多久？" ask for a measure; the clause that says
// when the asker needs it (before grouting, once the fault is cleared)
// names no word the answering sentence must hold. Its words, as terms,
// pulled the fault table over the reset instruction and counted against
// the levelling sentence.

// reCircumstanceClause is a clause of when the asker acts: "before we
// grout it", "once you have refitted it", "when we clock it", or a Chinese lead clause ending
// in 以后, 之后, 前 or 的时候 before a comma.
var reCircumstanceClause = regexp.MustCompile(`(?i)\b(?:before|after|once|until|when|whenever)\s+(?:i|we|you|they)\b[^,.;?!，。；？！]*|^[^，,。；？?！!]{2,16}?(?:以后|之后|以前|之前|的时候)[，,]`)

// reMeasureOfClause asks how much, how long or how far: a figure answers.
var reMeasureOfClause = regexp.MustCompile(`(?i)\bhow (?:long|much|many|far|high|low|hot|cold|cool|warm|tight|level|flat|big|large|small|heavy|fast|deep|wide|thick|loud|close)\b|多久|多长|多少|多大|多高|多重|多厚|多宽|多深|多快|几秒|几分钟|几个小时|几小时`)

// reWhatToDo asks what to do: then the clause of when is the topic
// ("before we open it up, what has to be done first").
var reWhatToDo = regexp.MustCompile(`(?i)\bwhat (?:has|have|needs?|should|must|do|does)\b[^?]*\b(?:done|do)\b|\bwhat to do\b|做什么|干什么|怎么做|注意什么|哪些步骤`)

// withoutCircumstance drops the clause of when from a question that asks
// only for a measure.
func withoutCircumstance(s string) string {
	if !reMeasureOfClause.MatchString(s) || reWhatToDo.MatchString(s) {
		return s
	}
	out := reCircumstanceClause.ReplaceAllStringFunc(s, func(c string) string {
		if strings.ContainsAny(c, "0123456789") {
			return c // "扬程达到30米的时候": a condition on the values, not when
		}
		return " "
	})
	if !reMeasureOfClause.MatchString(out) {
		return s // the measure was asked inside the clause
	}
	return out
}
