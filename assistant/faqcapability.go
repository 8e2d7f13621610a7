package assistant

import (
	"regexp"

	"github.com/kgassist/kgassist/retrieval"
)

// Whether a thing can be used somewhere is asked with any verb of using:
// "can the pump run at 60 Hz", "这泵能用吗", "能抽热水吗" for "可以输送热水
// 吗". Between two such questions the verb says only that use is asked
// about; what each asks about is the rest ("60 Hz", "热水"), so the verbs
// are left out before the two are compared by meaning.

// capabilityAsked is the form of a question about what something can do.
var capabilityAsked = regexp.MustCompile(`(?i)^\s*(?:can|could|will|would|may)\b|\b(?:is it possible|are you able)\b|能|可以|可否`)

// useVerbs are the verbs of using a thing, as a capability question puts
// them; Chinese 用 counts only after a word of ability ("能用"), since
// alone it also means "with" ("用变频器").
var useVerbs = regexp.MustCompile(`(?i)\b(?:run|runs|running|use|used|operate|operated|work|works|working|handle)\b|(?:能|可以|可)用|使用|运行|运转|工作|输送|抽`)

// asksCapability reports a question of whether something can be done.
func asksCapability(q string) bool { return capabilityAsked.MatchString(q) }

// withoutUseVerbs is q without its verbs of using, and with a figure's
// Chinese unit written as documents write it ("60赫兹" as "60 Hz").
func withoutUseVerbs(q string) string {
	q = useVerbs.ReplaceAllString(q, " ")
	return zhFigureUnit.ReplaceAllStringFunc(q, func(m string) string {
		sub := zhFigureUnit.FindStringSubmatch(m)
		for _, u := range questionUnits {
			if u.asked == sub[2] {
				return sub[1] + " " + u.forms[0]
			}
		}
		return m
	})
}

// zhFigureUnit is a figure and the Chinese unit after it.
var zhFigureUnit = regexp.MustCompile(`(\d+(?:\.\d+)?)\s*(毫米|厘米|公里|千米|米|小时|分钟|公斤|千克|千瓦|赫兹|伏)`)

// capabilityMeaning is faqMeaning for two questions of what the product
// can do, compared without their verbs of using; ok is false unless both
// ask so.
func capabilityMeaning(ev *retrieval.Evidence, fq, title string) (fwd, back float64, ok bool) {
	if !asksCapability(ev.Question.Text) || !asksCapability(fq) {
		return 0, 0, false
	}
	user := withoutUseVerbs(ev.Question.Text)
	q := retrieval.Analyze(user)
	q.Alts = ev.Question.Alts
	entry := withoutUseVerbs(fq)
	context := retrieval.TokenSet(title)
	return meaningShare(ev, q, entry, context), meaningShare(ev, faqTerms(ev, entry), userWithForms(q), context), true
}
