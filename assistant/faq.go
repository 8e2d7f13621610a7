package assistant

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// FAQ entries are stored as question→answer units: the answer is the
// chunk, its question the last heading of its section. A question that
// matches an entry is answered with the entry's answer, whole; the entry's
// own question is never the answer.

// faqMatch is how much of the question an entry must cover, over its
// question and answer together, to be taken as the same question.
const faqMatch = 0.6

// minShortenedTerms is how many content terms a question needs before
// it is read as a shortened wording of a longer entry question.
const minShortenedTerms = 6

// maxFAQSentences bounds the answer quoted from an entry; entries are
// short, so this keeps every one whole in practice.
const maxFAQSentences = 5

// faqQuestion returns the question a chunk answers, if it is an FAQ unit.
func faqQuestion(c kg.Chunk) string {
	if len(c.Section) == 0 || c.Kind == "table_row" {
		return ""
	}
	h := strings.TrimSpace(c.Section[len(c.Section)-1])
	if isQuestion(h) {
		return h
	}
	return ""
}

func isQuestion(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(s))
	return r == '?' || r == '？'
}

// isLeadIn reports a sentence that only introduces what follows it ("Do
// not use the arm for the following:", one clause up to a colon): quoted
// without its list it answers nothing, and its words would pass for the
// answer. A sentence that says something first ("machines used over 3
// months may wear, check as shown below:") is no mere lead-in.
func isLeadIn(s string) bool {
	s = strings.TrimSpace(s)
	r, size := utf8.DecodeLastRuneInString(s)
	if r != ':' && r != '：' {
		return false
	}
	return !strings.ContainsAny(s[:len(s)-size], ",，;；。:：")
}

// faqAnswer answers from the best matching FAQ entry: it must cover most
// of the question and every code or figure the question names, and no
// other passage may cover the question better.
func faqAnswer(ev *retrieval.Evidence, lang string, often bool) (string, bool) {
	text, _, ok := faqEntryAnswer(ev, lang, often)
	return text, ok
}

// faqEntryAnswer is faqAnswer that also returns the entry's question.
func faqEntryAnswer(ev *retrieval.Evidence, lang string, often bool) (text, entry string, ok bool) {
	q := contentQuestion(ev)
	if len(q.Terms) == 0 {
		return "", "", false
	}
	// A question that names a record field ("who supplies it") is not
	// answered by an entry about the same item that never names the field
	// ("can I replace it myself?").
	field := askedAttribute(ev.Question.Text)
	// Nor is one that names a measure with units ("the sound power level
	// at 60 Hz") by an entry that shares its condition but never states
	// the measure, in its words or its units.
	aq, asked := attributeQuestion(ev.Question)
	naq, named := aq, asked
	asked = asked && len(unitsOf(aq.Text)) > 0
	spec := specForms(ev.Question.Text) // once, not once per entry
	best, bestScore, bestWhole := -1, 0.0, false
	for i, it := range ev.Items {
		fq := faqQuestion(it.Chunk)
		if fq == "" {
			continue
		}
		text := fq + " " + it.Chunk.Text
		if figureInOtherUnit(ev.Question.Text, fq) {
			continue // "at 60 m3/h" is not "at 60 Hz"
		}
		if namesOtherCode(fq, ev.Question.Text, it.Chunk.DocTitle) {
			continue // "控制箱显示 E05 是什么意思" is not a dark display
		}
		if asked && asksWhy(fq) && !asksWhy(ev.Question.Text) {
			continue // "why is it noisy at high flow" gives no maximum flow; "…, why?" still says how to fix it
		}
		if often && !statesInterval.MatchString(it.Chunk.Text) {
			continue // "how often is the seal replaced" is not "can I replace it myself"
		}
		if !namesLinkedParts(ev, text) {
			continue // "can I replace the mechanical seal myself" says nothing of the bearings
		}
		if !answersJointTurn(ev, it.Chunk.Text) {
			continue // "J1关节内径是多少？70mm" does not say how far J1 turns
		}
		if !codesIn(codeTerms(ev), text+" "+docName(it.Chunk)) || field != nil && !statesField(text, field) && !answersRemedy(fq, field) || !statesAttribute(aq, asked, text) {
			continue
		}
		m := share(q, retrieval.TokenSet(text))
		// The entry's own question must be about what is asked, not only
		// its answer: a neighbour's answer may mention the same words.
		own := share(q, retrieval.TokenSet(fq))
		rev := reverseShare(ev, fq)
		// The same question in the user's words: it covers the entry's
		// question and the entry covers most of it; or it holds nearly all
		// of the entry's question and says more around it ("how deep can
		// the water be, i.e. max suction lift?").
		same := m >= faqMatch && own >= 0.5 && rev >= 0.5 && !eachLeavesOut(m, rev)
		within := rev >= 2.0/3 && m >= 0.25
		// Or the same question reworded: most of what each asks is in the
		// other, counted by meaning-bearing units; half will do for the
		// entry retrieval put clearly first.
		fwd, back := faqMeaningIn(ev, fq, it.Chunk.DocTitle, it.Chunk.Lang)
		rev, back = bothAskRemedy(ev, fq, it.Chunk.DocTitle, rev, back)
		if cf, cb, ok := capabilityMeaning(ev, fq, it.Chunk.DocTitle); ok {
			fwd, back = max2(fwd, cf), max2(back, cb)
		}
		reworded := fwd >= 0.6 && back >= 0.5 || fwd >= 0.5 && back >= 0.5 && (clearlyFirst(ev, i) || namesAskedIdentifier(ev, fq))
		// An entry's whole question in the user's, reworded, with more
		// said around it ("seawater cooling on a boat" holds "pump sea
		// water"), unless what more it says is an attribute the entry
		// never states ("what efficiency" at the inverter's 30 Hz).
		within = within || back >= 0.999 && m >= 0.25 && (!named || statesAttribute(naq, true, text))
		// Or the entry's question names, in the documents' words, the
		// specification the user asks for in everyday ones ("能吸多高" is
		// the maximum suction lift), and all of the entry's question is
		// in the user's.
		within = within || back >= 0.999 && namesParaphrased(spec, fq)
		// Or the user's shorter wording of a longer entry question: most
		// of a question that says much (a symptom and its circumstances)
		// is in the entry's question itself, and a third of that question
		// in the user's. A short question ("repeatability of the arm?")
		// matches too many entries so.
		shortened := len(q.Terms) >= minShortenedTerms && own >= 0.5 && fwd >= 0.55 && back >= 1.0/3
		if !same && !within && !reworded && !shortened || often && leavesOutGlossedTerm(ev, text, it.Chunk.DocTitle) {
			continue
		}
		if otherJudgement(ev.Question.Text, fq, it.Chunk.Text) {
			continue // "is it safe to touch the casing when pumping hot water": "可以" says it may pump hot water
		}
		score := max2(m, fwd) + max2(own, fwd) + max2(rev, back) + it.Score
		// An entry whose whole question is in the user's beats one that
		// shares more words but leaves part of itself out, as "可以输送热水吗"
		// does of "能输送海水吗" (hot water, not sea water), however
		// retrieval ranked them.
		whole := max2(rev, back) >= 0.999
		if whole && !bestWhole || whole == bestWhole && score > bestScore {
			best, bestScore, bestWhole = i, score, whole
		}
	}
	if best < 0 {
		return "", "", false
	}
	it := ev.Items[best]
	fq := faqQuestion(it.Chunk)
	if text, ok := faqSteps(ev, it, lang); ok {
		return text, fq, true
	}
	sentences := splitSentencesMin(it.Chunk, 1)
	if len(sentences) > maxFAQSentences {
		sentences = sentences[:maxFAQSentences]
	}
	var kept []string
	for _, s := range sentences {
		if !isQuestion(s) {
			kept = append(kept, s)
		}
	}
	kept = withoutUnaskedAssent(ev, kept)
	if len(kept) == 0 {
		return "", "", false
	}
	text = strings.Join(kept, " ") + fmt.Sprintf(" [%d]", it.N)
	if otherLanguage(it.Chunk.Lang, lang) {
		text += " " + otherLabel(strings.Join(kept, " "), it.Chunk.Lang, it.Chunk.DocTitle, lang)
	}
	scoredEntry := scored{text: strings.Join(kept, " "), n: it.N, lang: it.Chunk.Lang, title: it.Chunk.DocTitle}
	return withTimeRival(ev, scoredEntry, withJointRival(ev, scoredEntry, text, lang), lang), fq, true
}

// namesOtherCode reports an FAQ question about a code or part number
// ("E05") where the user's question names none of the entry's codes: the
// entry is about that one thing. Where the user names one of them ("J1"),
// the entry's others qualify it ("280M5的J1关节"); the product the FAQ is
// written for, named in its title, is context.
func namesOtherCode(fq, question, title string) bool {
	have := retrieval.TokenSet(question)
	context := retrieval.TokenSet(title)
	other := false
	for _, t := range retrieval.ContentTerms(fq) {
		if !hasDigit(t) || isNumber(t) || context[t] || holdsCode(context, t) {
			continue
		}
		if holdsCode(have, t) {
			return false
		}
		other = true
	}
	return other
}

// namesAskedIdentifier reports an FAQ question naming an identifier the
// user's question names ("G36", "E05"): half of each question in the other
// will do then, as the code says which thing both are about.
func namesAskedIdentifier(ev *retrieval.Evidence, fq string) bool {
	set := retrieval.TokenSet(fq)
	for _, c := range identifiers(codeTerms(ev)) {
		if holdsCode(set, c) {
			return true
		}
	}
	return false
}

// reverseShare is how much of an FAQ question the user's question covers,
// counting the other-language forms of the user's terms: "What is the
// maximum suction lift?" shares "maximum" with "What is the maximum
// flow?" but is not the same question.
func reverseShare(ev *retrieval.Evidence, fq string) float64 {
	have := retrieval.TokenSet(ev.Question.Text)
	for _, alts := range ev.Question.Alts {
		for _, seq := range alts {
			for _, t := range seq {
				have[t] = true
			}
		}
	}
	own := faqTerms(ev, fq)
	own.Alts = nil
	return share(own, have)
}

// productTerm reports a term of a linked product's name or the question's
// mention of it: context, in an FAQ question as in the user's.
func productTerm(ev *retrieval.Evidence, t string) bool {
	for _, l := range ev.Linked {
		if l.Entity.Type == kg.Product && slices.Contains(retrieval.ContentTerms(l.Entity.Name+" "+l.Surface), t) {
			return true
		}
	}
	return false
}

// clearlyFirst reports the item retrieval ranked first by a wide margin.
func clearlyFirst(ev *retrieval.Evidence, i int) bool {
	if i != 0 {
		return false
	}
	return len(ev.Items) == 1 || ev.Items[0].Score >= 1.5*ev.Items[1].Score
}

// faqTerms is an FAQ question read as a question, less the product's own
// name, which every entry of a product's FAQ shares.
func faqTerms(ev *retrieval.Evidence, fq string) retrieval.Question {
	own := retrieval.Analyze(fq)
	var terms []string
	for _, t := range own.Terms {
		if !productTerm(ev, t) {
			terms = append(terms, t)
		}
	}
	own.Terms = terms
	return own
}

// whyQuestion asks for a reason: an entry answering it explains, and so
// does not give the value a question naming an attribute asks for.
var whyQuestion = regexp.MustCompile(`(?i)^\s*why\b|[,，]\s*why\s*[?？]?\s*$|\bhow come\b|为什么|为何|怎么会`)

func asksWhy(q string) bool { return whyQuestion.MatchString(q) }

// statesInterval is text that gives how often: "every 4000 h", "yearly",
// "每 2000 小时", or the condition that calls for it ("when leakage
// stays above 5 drops per minute").
var statesInterval = regexp.MustCompile(`(?i)\bevery\b|\beach\s+(?:year|month|week|day|shift)\b|\bonce an?\b|\bper (?:year|month|week|day|shift)\b|\b(?:yearly|annually|monthly|weekly|daily|quarterly|hourly|fortnightly|biannually|semi-?annually)\b|\bintervals?\b|\bcycles?\b|\b\d+[- ]?(?:h|hr|hrs|hour|hours)\s+(?:service|services|inspection|pm)\b|季度|半年|\bwhen(?:ever)?\b|\bif\b|每|周期|间隔|一次|当|如果|时更换`)

// asksHowOften is a question about how often something is done; "每小时"
// in "多少方每小时" is a unit, not a frequency asked.
var asksHowOften = regexp.MustCompile(`(?i)\bhow (?:often|frequently)\b|\bat what intervals?\b|\bevery how (?:many|long)\b|多久[^，,。？?]{0,6}一次|多长时间[^，,。？?]{0,6}一次|隔多久|间隔多[久长]|多久[换更]`)

// eachLeavesOut reports a user question and an entry that each hold a
// word the other lacks: "can the pump run dry?" and "Can the pump run at
// 60 Hz?" share their asking but not what they ask about.
func eachLeavesOut(userInEntry, entryInUser float64) bool {
	return userInEntry < 0.999 && entryInUser < 0.999
}

// namesLinkedParts reports text that names a part the question links to,
// by its words, their other-language forms or the part's names, where the
// question links any: an entry about the seal does not answer for the
// bearings. One part will do ("the M5 screen on my arm" is about the
// screen).
func namesLinkedParts(ev *retrieval.Evidence, text string) bool {
	return namesLinkedPartsWhere(ev, text, func(retrieval.Linked) bool { return true })
}

// namesAskedParts is namesLinkedParts over the parts the question asks
// about, not the asker's own things: "我电脑里有个 mycobot test tool"
// links the computer, which an FAQ entry about the tool never names.
func namesAskedParts(ev *retrieval.Evidence, text string) bool {
	lower := strings.ToLower(ev.Question.Text)
	return namesLinkedPartsWhere(ev, text, func(l retrieval.Linked) bool {
		i := strings.Index(lower, strings.ToLower(l.Surface))
		return i < 0 || !reAskerOwns.MatchString(lower[:i])
	})
}

// reAskerOwns ends a text with the asker's possessive: "我", "我的",
// "our", "my".
var reAskerOwns = regexp.MustCompile(`(?:我|我的|我们|我们的|咱们的?)\s*$|\b(?:my|our)\s+$`)

func namesLinkedPartsWhere(ev *retrieval.Evidence, text string, counts func(retrieval.Linked) bool) bool {
	have := retrieval.TokenSet(text)
	linked := false
	for _, l := range ev.Linked {
		if l.Entity.Type != kg.Part || l.Surface == "" || !counts(l) {
			continue
		}
		if !slices.ContainsFunc(retrieval.ContentTerms(l.Surface), func(t string) bool { return slices.Contains(ev.Question.Terms, t) }) {
			continue // named in the asker's situation ("want to power it off a hub"), not asked about
		}
		linked = true
		names := append([]string{l.Entity.Name, l.Surface}, l.Entity.Aliases...)
		if heldInAnyForm(ev.Question, retrieval.ContentTerms(strings.Join(names, " ")), have) {
			return true
		}
	}
	return !linked
}

// heldInAnyForm reports one of terms held by have as written or in one of
// its other-language forms.
func heldInAnyForm(q retrieval.Question, terms []string, have map[string]bool) bool {
	for _, t := range terms {
		if have[t] {
			return true
		}
		for _, seq := range q.Alts[t] {
			if len(seq) > 0 && !slices.ContainsFunc(seq, func(w string) bool { return !have[w] }) {
				return true
			}
		}
	}
	return false
}

// namesParaphrased reports an FAQ question that names a specification
// the question asks for in everyday words (forms: specForms of it).
func namesParaphrased(forms []retrieval.AskedForm, fq string) bool {
	lower := strings.ToLower(fq)
	return slices.ContainsFunc(forms, func(f retrieval.AskedForm) bool { return namedIn(f, lower) })
}

// specForms are the everyday forms of text that ask a specification.
func specForms(text string) []retrieval.AskedForm {
	return slices.DeleteFunc(retrieval.ParaphrasedForms(text), func(f retrieval.AskedForm) bool { return f.Intent != retrieval.Specification })
}

// namedIn reports lower (a lower-case text) holding one of the
// documents' names for form f.
func namedIn(f retrieval.AskedForm, lower string) bool {
	return slices.ContainsFunc(f.Named, func(n string) bool { return strings.Contains(lower, strings.ToLower(n)) })
}

// otherJudgement reports an entry whose yes or no answers another
// judgement than the one asked: the user asks whether something is safe,
// allowed or covered, the entry's question asks only whether the pump
// can do it, and its answer opens with a verdict. "Is it safe to touch
// the casing when pumping hot water?" is not answered by "可以，…" under
// "可以输送热水吗？".
func otherJudgement(question, entryQuestion, entry string) bool {
	if !judgementWords.MatchString(strings.ToLower(question)) || judgementWords.MatchString(strings.ToLower(entryQuestion)) {
		return false
	}
	answer := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(entry), strings.TrimSpace(entryQuestion)))
	return opensWithVerdict(answer)
}

// judgementWords ask whether a thing is safe, dangerous, allowed or
// covered, a judgement of its own beside what the pump can do.
var judgementWords = regexp.MustCompile(`\b(?:safe|safely|unsafe|dangerous|hazardous|allowed|permitted|covered|warranty|legal)\b|安全|危险|允许|保修|质保|烫手|会烫`)
