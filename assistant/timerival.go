package assistant

import (
	"regexp"
	"sort"
	"strings"

	"github.com/kgassist/kgassist/retrieval"
)

// Two documents may give different times for the same job: an FAQ says a
// trained mechanic replaces the seal "in about 2 hours", the service
// sheet books "更换机械密封 2.5 h". A user asking how long it takes is
// shown both, each cited, and told they differ. The rival must name the
// job as the question does (not "更换轴承 4 h" beside it), come from
// another document, and lie close to the answer's time: "9100 h" of wear
// is not a time taken.

// durationUnits state a time taken, the longer spelling first so that
// "2 hours" is read whole.
var durationUnits = []string{"hours", "hour", "hrs", "hr", "h", "小时", "minutes", "minute", "mins", "min", "分钟"}

// timeAskingWords ask for a time taken; the question's other terms name
// the job.
var timeAskingWords = retrieval.TokenSet("how long take takes taken time hours labour labor standard budget allow plan planning schedule shutdown window 多长时间 多少时间 多久 工时 大概 大约")

// minJobShare is how much of the job's naming a rival sentence must hold.
const minJobShare = 0.5

// jobTerms are the question's terms that name the job timed.
func jobTerms(q retrieval.Question) retrieval.Question {
	job := q
	job.Terms = nil
	for _, t := range q.Terms {
		if !timeAskingWords[t] {
			job.Terms = append(job.Terms, t)
		}
	}
	return job
}

// timeRival returns, where quote gives the time a job takes that the
// question asks, the line saying the documents differ and the passage
// giving another time ("" where none does).
func timeRival(ev *retrieval.Evidence, quote scored) (string, scored) {
	if !asksWorkTime(strings.ToLower(ev.Question.Text)) {
		return "", scored{} // "how long does it take", "how many labour hours"
	}
	job := jobTerms(ev.Question)
	if len(job.Terms) == 0 {
		return "", scored{}
	}
	v, ok := askedTime(quote.text, job)
	if !ok {
		return "", scored{}
	}
	own, _ := ev.Item(quote.n)
	answer := rival{value: v, n: quote.n, context: quote.text + " " + own.Chunk.SectionPath(), doc: docLabel(ev, quote.n)}
	type found struct {
		r     rival
		s     scored
		share float64
	}
	var cands []found
	for _, it := range ev.Items {
		if it.Chunk.DocumentID == own.Chunk.DocumentID {
			continue // a document's own values of one job are its cases
		}
		for _, s := range quoteCandidates(it.Chunk) {
			w, ok := valueFor(s, durationUnits, caseOf(v.row))
			if !ok || isQuestion(s) {
				continue
			}
			sh := share(job, retrieval.TokenSet(s+" "+sectionWords(it.Chunk)))
			if sh < minJobShare {
				continue
			}
			r := rival{value: w, n: it.N, context: s + " " + it.Chunk.SectionPath(), doc: docLabel(ev, it.N)}
			cands = append(cands, found{r, scored{text: s, n: it.N, lang: it.Chunk.Lang, title: it.Chunk.DocTitle}, sh})
		}
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].share > cands[j].share })
	rivals := make([]rival, len(cands))
	for i, c := range cands {
		rivals[i] = c.r
	}
	other, ok := findDisagreement(ev.Question, answer, rivals, durationUnits)
	if !ok {
		return "", scored{}
	}
	for _, c := range cands {
		if c.r == other {
			return disagreementLine(answer, other, ev.Question.AnswerLang()), c.s
		}
	}
	return "", scored{}
}

// askedTime is the time a quote gives for the asked job: its only one,
// or, where it gives several for several cases ("8 hours on a RepRapPro
// Ormerod … or about 5 hours on Ultimaker"), the one whose clause names
// most of the job and its case.
func askedTime(text string, job retrieval.Question) (statedValue, bool) {
	if v, ok := valueFor(text, durationUnits, ""); ok {
		return v, true
	}
	var best statedValue
	bestShare, tied := 0.0, false
	for _, clause := range caseSplit.Split(text, -1) {
		v, ok := valueFor(clause, durationUnits, "")
		if !ok {
			continue
		}
		switch sh := share(job, retrieval.TokenSet(clause)); {
		case sh > bestShare:
			best, bestShare, tied = v, sh, false
		case sh == bestShare:
			tied = true
		}
	}
	return best, bestShare > 0 && !tied
}

// caseSplit cuts a sentence where it turns to another case.
var caseSplit = regexp.MustCompile(`\s+or\s+|[,;，；、]|或者|或`)

// timeRivalLead is timeRival for the first picked quote giving a time;
// the rival's passage is taken too.
func timeRivalLead(ev *retrieval.Evidence, picked []scored, take func(scored), seen map[string]bool) string {
	for _, p := range picked {
		line, r := timeRival(ev, p)
		if line == "" {
			continue
		}
		if !seen[r.text] {
			take(r)
		}
		return line
	}
	return ""
}

// withTimeRival puts before an FAQ entry's answer the line saying another
// document gives the job another time, and that passage after it.
func withTimeRival(ev *retrieval.Evidence, entry scored, text, lang string) string {
	line, r := timeRival(ev, entry)
	return withRival(line, r, text, lang)
}
