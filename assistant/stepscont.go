package assistant

import (
	"slices"
	"unicode/utf8"

	"fmt"
	"github.com/kgassist/kgassist/ingest/mappings"
	"regexp"
	"strings"

	"github.com/kgassist/kgassist/retrieval"
)

// remedyAsked is a question that wants what to do about a fault, which a
// manual answers with numbered checks: "what should be checked", "how do
// I fix it", "怎么改善".
var remedyAsked = regexp.MustCompile(`(?i)\b(?:what should (?:i|we|be) (?:do|check|try)|what should be (?:checked|done)|what (?:can|do) (?:i|we) (?:try|check|do)|how (?:do|can|should) (?:i|we) (?:fix|solve|resolve|improve|stop|deal with|get rid of|recover|reset|clear|restore)|how to (?:fix|solve|resolve|deal with|improve|optimi[sz]e|handle|troubleshoot|recover|reset|clear|restore)|method to troubleshoot)\b|怎么办|(?:怎么|咋)(?:改善|解决|处理|修|弄|恢复|复位|清除)|如何(?:解决|处理|改善|优化|排除|恢复|复位|清除)|该(?:怎么|如何)|排查`)

// continuation returns the passages of the evidence that carry on the
// section of it in reading order, each the next passage of the document:
// the later steps of a procedure cut into several passages.
func continuation(ev *retrieval.Evidence, it retrieval.Item) []retrieval.Item {
	var out []retrieval.Item
	for len(out) < 3 {
		next, ok := adjacent(ev, it, 1)
		if !ok {
			break
		}
		out = append(out, next)
		it = next
	}
	return out
}

// wholeSteps is the numbered steps of it and of the passages that
// continue it, and the citations of the passages they came from.
func wholeSteps(ev *retrieval.Evidence, it retrieval.Item) ([]string, string) {
	it = sectionStart(ev, it)
	lines := stepsOf(it.Chunk.Text)
	cites := fmt.Sprintf("[%d]", it.N)
	for _, c := range continuation(ev, it) {
		more := stepsOf(c.Chunk.Text)
		if len(more) == 0 || len(lines)+len(more) > maxSteps {
			break
		}
		lines = append(lines, more...)
		cites += fmt.Sprintf("[%d]", c.N)
	}
	return lines, cites
}

// faqSteps is an FAQ entry's answer when it is a list of steps: every
// step, in order, over all the passages the entry runs on in, where five
// sentences would stop midway.
func faqSteps(ev *retrieval.Evidence, it retrieval.Item, lang string) (string, bool) {
	lines, cites := wholeSteps(ev, it)
	if len(lines) < 2 {
		return "", false
	}
	lines = append(stepsBefore(sectionStart(ev, it).Chunk), lines...)
	text := strings.Join(lines, "\n") + " " + cites
	if otherLanguage(it.Chunk.Lang, lang) {
		text += " " + otherLabel(strings.Join(lines, " "), it.Chunk.Lang, it.Chunk.DocTitle, lang)
	}
	return text, true
}

// circledStep is a circled number inside a line: a sub-step that a
// paragraph joined to the sentence before it.
var circledStep = regexp.MustCompile(`\s*([①-⑳])`)

// stepsOf is steps with every circled sub-step on a line of its own, and
// a step's line that stops mid-sentence joined by the line that ends it
// ("... please refer to" / "set_fresh_mode(1)").
func stepsOf(text string) []string {
	lines := strings.Split(circledStep.ReplaceAllString(text, "\n$1"), "\n")
	var out []string
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		for stepLine.MatchString(line) && i+1 < len(lines) && runsOn(line, lines[i+1]) {
			i++
			line = strings.TrimRight(line, " ") + " " + strings.TrimSpace(lines[i])
		}
		out = append(out, line)
	}
	return steps(strings.Join(out, "\n"))
}

// runsOn reports a line that the step before it leaves unfinished: the
// step ends without a sentence's or a list's closing mark, and the line
// is text, not the next step.
func runsOn(step, next string) bool {
	next = strings.TrimSpace(next)
	if next == "" || stepLine.MatchString(next) {
		return false
	}
	if strings.TrimSpace(stepLine.ReplaceAllString(step, "")) == "" {
		return true // a number alone on its line: its step is the next line
	}
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(step))
	return !strings.ContainsRune(".。!！?？:：;；)）", r)
}

// answersRemedy reports an FAQ entry whose own question asks how to deal
// with a fault: its answer is the remedy, though no line of it says
// "remedy" or "solution".
func answersRemedy(entryQuestion string, field []string) bool {
	if !remedyAsked.MatchString(entryQuestion) && !(asksWhy(entryQuestion) && reportsError.MatchString(entryQuestion)) {
		return false
	}
	for _, c := range mappings.Columns() {
		if (c.Role == "remedy" || c.Role == "action") && slices.Equal(c.Synonyms, field) {
			return true
		}
	}
	return false
}

// reportsError is an entry's question about an error it reports ("the
// terminal reports an error message … why?"): its answer says what to do
// about it, as a support page's answers do.
var reportsError = regexp.MustCompile(`(?i)\berror|\bfails?\b|\bfailed\b|cannot|can't|could not|couldn't|counld not|报错|失败|无法`)

// bothAskRemedy is how much of an FAQ entry's question the user's covers
// (by words, by meaning) when both ask how to deal with a fault: the
// entry's way of asking ("how to optimize") is then no part of what it is
// about, and "how do I fix it" asks the same.
func bothAskRemedy(ev *retrieval.Evidence, fq, title string, rev, back float64) (float64, float64) {
	if !remedyAsked.MatchString(ev.Question.Text) || !remedyAsked.MatchString(fq) {
		return rev, back
	}
	about := remedyAsked.ReplaceAllString(fq, " ")
	_, b := faqMeaning(ev, about, title)
	return max2(rev, reverseShare(ev, about)), max2(back, b)
}

// sectionStart is the first passage of the evidence that it continues:
// the passage of the same section right before it, and so on back.
func sectionStart(ev *retrieval.Evidence, it retrieval.Item) retrieval.Item {
	for {
		prev, ok := adjacent(ev, it, -1)
		if !ok {
			return it
		}
		it = prev
	}
}

// adjacent is the passage of the evidence next to it in reading order
// (step 1) or before it (step -1), in the same section.
func adjacent(ev *retrieval.Evidence, it retrieval.Item, step int) (retrieval.Item, bool) {
	for _, c := range ev.Items {
		if c.Chunk.DocumentID == it.Chunk.DocumentID && c.Chunk.Ordinal == it.Chunk.Ordinal+step &&
			c.Chunk.SectionPath() == it.Chunk.SectionPath() && c.Chunk.Kind != "table_row" {
			return c, true
		}
	}
	return retrieval.Item{}, false
}

// inStepList reports a passage of one numbered step that is part of a
// longer list: the steps before it or after it are passages of their own.
func inStepList(ev *retrieval.Evidence, it retrieval.Item) bool {
	if start := sectionStart(ev, it); start.Chunk.ID != it.Chunk.ID && len(stepsOf(start.Chunk.Text)) > 0 {
		return true
	}
	if len(continuation(ev, it)) > 0 {
		return true
	}
	// "7. Check the direction of rotation …": a step after others
	first := stepsOf(it.Chunk.Text)
	return len(first) > 0 && !reFirstStep.MatchString(first[0])
}

var reFirstStep = regexp.MustCompile(`^\s*(?:1[.)、]|①|一、|第一步|Step 1\b)`)
