package assistant

import (
	"regexp"
	"slices"
	"strings"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// A question about a procedure is answered with its steps, all of them and
// in their order, from the one passage that lists them: three sentences
// picked by score would skip steps and shuffle the rest.

var (
	stepLine   = regexp.MustCompile(`(?i)^\s*(?:\d{1,2}\s*[.)、．]|step\s*\d+|第[一二三四五六七八九十\d]+步|[①-⑳])`)
	procedural = regexp.MustCompile(`(?i)\b(?:steps?|procedure|sequence|how (?:do|should|can|must) (?:i|we|you)|how to|in what order|(?:the )?(?:right|correct|proper|safe|best) way to|what do (?:i|we) (?:have to |need to )?do to|walk me through)\b|步骤|顺序|流程|如何|怎么|怎样|正确(?:的)?(?:方法|做法)`)
)

// notHowTo are the spoken forms of 怎么 that ask what is wrong or how
// something is, not how it is done ("怎么回事" is "what's going on").
var notHowTo = strings.NewReplacer("怎么回事", "", "怎么了", "", "怎么样", "")

// otherStepsShare is how much of the question a procedure in the other
// language must cover: its words reach the question one glossary entry
// at a time, so "check" and "power" find the installation steps of a
// question about a blank display.
const otherStepsShare = 2.0 / 3

// maxSteps bounds a quoted procedure.
const maxSteps = 15

// stepsAnswer quotes the numbered steps of the passage that covers the
// question best, when the question asks how something is done.
func stepsAnswer(ev *retrieval.Evidence) (string, bool) {
	if !procedural.MatchString(notHowTo.Replace(ev.Question.Text)) && !remedyAsked.MatchString(ev.Question.Text) {
		return "", false
	}
	if asksTimeTaken(ev.Question.Text) {
		return "", false // "how long does it take to mount the impeller" asks a time, not the steps
	}
	q := procedureQuestion(ev)
	// The asker's own language first: a manual in each language lists
	// the same steps, and the other's covers the question through the
	// glossary at best as well.
	best, bestShare, bestOther := -1, 0.5, false
	partial := partialFaultSteps(ev, q)
	for i, it := range ev.Items {
		n := len(steps(it.Chunk.Text))
		other := otherLanguage(it.Chunk.Lang, ev.Question.AnswerLang())
		if n == 0 || n < 2 && (other || !inStepList(ev, it)) {
			// one step of a list cut across passages leads to the whole
			// list in the asker's language, rather than the other
			// language's passage that holds two of its steps
			continue
		}
		s := share(q, retrieval.TokenSet(it.Chunk.SectionPath()+" "+it.Chunk.Text))
		if other && s < otherStepsShare {
			continue // word-for-word glosses of half the question find any procedure
		}
		// at an equal share, retrieval's rank decides: a fault remedy
		// whose last step says "calibrate" is no calibration procedure
		if s >= 0.5 && !((partial || other && remedyOnlyAsked(ev.Question.Text)) && s < 0.99) && (best < 0 || bestOther && !other || bestOther == other && s > bestShare) {
			best, bestShare, bestOther = i, s, other
		}
	}
	if best < 0 {
		return "", false
	}
	it := ev.Items[best]
	lines, cites := wholeSteps(ev, it)
	if len(lines) > maxSteps {
		lines = lines[:maxSteps]
	}
	lines = append(stepsBefore(it.Chunk), lines...)
	text := strings.Join(lines, "\n") + " " + cites
	if otherLanguage(it.Chunk.Lang, ev.Question.AnswerLang()) {
		text += " " + otherLabel(strings.Join(lines, " "), it.Chunk.Lang, it.Chunk.DocTitle, ev.Question.AnswerLang())
	}
	return text, true
}

// steps returns the lines of text that are numbered steps, in order.
func steps(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		if stepLine.MatchString(line) {
			out = append(out, strings.TrimSpace(quotable(line)))
		}
	}
	return out
}

// procedureQuestion is the question's content without the words that
// only ask for a procedure ("the right way to"): no passage of steps
// holds them, and counting them would refuse the one that does.
func procedureQuestion(ev *retrieval.Evidence) retrieval.Question {
	q := contentQuestion(ev)
	asked := retrieval.TokenSet(procedural.ReplaceAllString(ev.Question.Text, " "))
	var terms []string
	for _, t := range q.Terms {
		if asked[t] {
			terms = append(terms, t)
		}
	}
	if len(terms) > 0 {
		q.Terms = terms
	}
	return q
}

// beforeSteps opens a sentence that says what to do before the steps
// begin: "Before the first start, fill the casing" is the procedure's
// first step though it bears no number.
var beforeSteps = regexp.MustCompile(`(?i)^(?:before|prior to|first,|first of all)\b|^(?:首先|先|\p{Han}{1,12}(?:之前|以前|前)[，,])`)

// stepsBefore returns the sentences before a passage's numbered steps
// that are steps themselves; the remarks around them ("the pump is not
// self-priming") are not.
func stepsBefore(c kg.Chunk) []string {
	lines := strings.Split(c.Text, "\n")
	first := -1
	for i, l := range lines {
		if stepLine.MatchString(l) {
			first = i
			break
		}
	}
	if first <= 0 {
		return nil
	}
	lead := c
	lead.Kind, lead.Text = "text", strings.Join(lines[:first], "\n")
	var out []string
	for _, s := range splitSentences(lead) {
		if beforeSteps.MatchString(s) {
			out = append(out, s)
		}
	}
	return out
}

// measureNotSteps reports a routing or a next step computed for a
// question that does not ask how the work is done: "what torque for the
// impeller nut" asks the value one step gives, not the operation's steps,
// and "what torque on the impeller nut after a repair" asks no step that
// comes after another.
func measureNotSteps(ev *retrieval.Evidence, c retrieval.Computed) bool {
	return (c.Kind == "routing" || c.Kind == "next") && !procedural.MatchString(notHowTo.Replace(ev.Question.Text))
}

// partialFaultSteps reports a question that asks what to do about a fault
// ("电机过热怎么办"), not how to do a job, where a passage other than steps
// holds all it says (the code list's entry for the motor overheating):
// steps holding only part of it (the motor's installation) are then
// another job.
func partialFaultSteps(ev *retrieval.Evidence, q retrieval.Question) bool {
	if !remedyOnlyAsked(ev.Question.Text) {
		return false
	}
	return slices.ContainsFunc(ev.Items, func(it retrieval.Item) bool {
		return len(steps(it.Chunk.Text)) < 2 && share(q, retrieval.TokenSet(it.Chunk.SectionPath()+" "+it.Chunk.Text)) >= 0.99
	})
}

// remedyOnlyAsked reports a question asking what to do about a fault and
// not how to do a job. Steps of the other language's manual that hold
// only part of it (the motor) are another job too, wherever the whole is.
func remedyOnlyAsked(text string) bool {
	return remedyAsked.MatchString(text) && !procedural.MatchString(remedyAsked.ReplaceAllString(notHowTo.Replace(text), " "))
}

// zhRemedyVerb asks how to deal with something in Chinese ("怎么处理"),
// inside a longer asking ("该怎么处理") that remedyAsked matches in part.
var zhRemedyVerb = regexp.MustCompile(`(?:怎么|如何|怎样)(?:处理|解决|排除|修理|修|弄|办|改善)`)

// onlyAsksRemedy reports a term that the question holds only inside its
// asking for a remedy ("处理" of "该怎么处理"): it asks what to do, and a
// fault table's "排除方法" column, which glosses it, holds it in every row.
func onlyAsksRemedy(term, text string) bool {
	if !hasHan(term) {
		return false // "check" of "what do I check" is what the remedy does
	}
	lower := strings.ToLower(text)
	locs := append(remedyAsked.FindAllStringIndex(lower, -1), zhRemedyVerb.FindAllStringIndex(lower, -1)...)
	if len(locs) == 0 || !strings.Contains(lower, term) {
		return false
	}
	asking := make([]bool, len(lower))
	for _, l := range locs {
		for i := l[0]; i < l[1]; i++ {
			asking[i] = true
		}
	}
	for i := strings.Index(lower, term); i >= 0; {
		if !asking[i] || !asking[i+len(term)-1] {
			return false // said outside the asking too
		}
		next := strings.Index(lower[i+1:], term)
		if next < 0 {
			break
		}
		i += next + 1
	}
	return true
}
