package assistant

import (
	"regexp"
	"slices"
	"strings"

	"github.com/kgassist/kgassist/retrieval"
)

// People ask for a measure by its adjective ("how heavy", "多重") where
// documents state it by its noun ("weight", "重量"). The question is read
// with the noun in the adjective's place, so that coverage, sentence
// scoring and the measure check see the attribute the documents name.
// Adjectives that name more than one measure ("how long": a length or a
// duration) are read as the question word they are.
var measureAdjectives = []struct {
	re   *regexp.Regexp
	noun string
}{
	{regexp.MustCompile(`(?i)\bhow\s+heavy\b`), "what weight"},
	{regexp.MustCompile(`(?i)\b(?:weigh|weighs)\b`), "weight"},
	{regexp.MustCompile(`(?i)\bhow\s+(?:loud|noisy)\b`), "what noise"},
	{regexp.MustCompile(`(?i)\bhow\s+wide\b`), "what width"},
	{regexp.MustCompile(`(?i)\bhow\s+(?:tall|high)\b`), "what height"},
	{regexp.MustCompile(`(?i)\bhow\s+deep\b`), "what depth"},
	{regexp.MustCompile(`(?i)\bhow\s+thick\b`), "what thickness"},
	{regexp.MustCompile(`(?i)\bhow\s+fast\b`), "what speed"},
	{regexp.MustCompile(`(?i)\bhow\s+(?:hot|cold|warm)\b`), "what temperature"},
	{regexp.MustCompile(`(?i)\bhow\s+far\b`), "what distance"},
	{regexp.MustCompile(`(?i)\bhow\s+strong\b`), "what strength"},
	{regexp.MustCompile(`(?i)\bhow\s+powerful\b`), "what power"},
	{regexp.MustCompile(`(?i)\bmade\s+(?:of|from)\b`), "material"},
	// "how long" asks for a length or a duration, "how large" for a size
	// or an amount ("how large is the bonus pool"), "how often" for an
	// interval: the adjective is the question word, like "how many".
	{regexp.MustCompile(`(?i)\bhow\s+(?:long|often|big|large)\b`), "what"},
	{regexp.MustCompile(`多重`), "重量"},
	{regexp.MustCompile(`多宽`), "宽度"},
	{regexp.MustCompile(`多高`), "高度"},
	{regexp.MustCompile(`多深`), "深度"},
	{regexp.MustCompile(`多厚`), "厚度"},
	{regexp.MustCompile(`多快`), "速度"},
	{regexp.MustCompile(`多远`), "距离"},
	{regexp.MustCompile(`多(?:响|吵)`), "噪声"},
	{regexp.MustCompile(`(?:什么|哪种)材料做的|用什么做的|什么做的`), "什么材料"},
}

// measureQuestion returns the question with measure adjectives read as
// their nouns, and whether any was.
func measureQuestion(q retrieval.Question) (retrieval.Question, bool) {
	text := q.Text
	forms := retrieval.ParaphrasedForms(q.Text)
	for _, m := range measureAdjectives {
		text = m.re.ReplaceAllStringFunc(text, func(adj string) string {
			noun := m.re.ReplaceAllString(adj, m.noun)
			if paraphrased(adj, noun, forms) {
				return adj
			}
			return zhAsked(noun)
		})
	}
	if text == q.Text {
		return q, false
	}
	return retrieval.Analyze(text), true
}

// zhAsked puts a Chinese measure noun the way a question asks for it:
// "漫游车能跑多快" reads "漫游车能跑的速度是多少", so the speed is the
// attribute asked, as in "漫游车的速度是多少", and a passage that states
// none does not answer.
func zhAsked(noun string) string {
	if !allHan(noun) || strings.HasPrefix(noun, "什么") {
		return noun
	}
	return "的" + noun + "是多少"
}

// withMeasureNouns is ev with its question's measure adjectives read as
// nouns; the passages are shared, not copied.
func withMeasureNouns(ev *retrieval.Evidence) *retrieval.Evidence {
	q, ok := measureQuestion(ev.Question)
	if !ok {
		return ev
	}
	cp := *ev
	cp.Question = q
	return &cp
}

// paraphrased reports an adjective inside, or holding, a form the
// paraphrase table reads as something other than the adjective's noun:
// "how wide" the gripper opens is its gripping range and "how far round"
// a joint turns its range, which the table's names match and a bare
// "width" or "distance" does not. Where the table's names hold the noun
// ("weigh" is weight), the noun stands, and with it the check that its
// value is the asked item's.
func paraphrased(adj, noun string, forms []retrieval.AskedForm) bool {
	lower := strings.ToLower(adj)
	nounTerms := retrieval.ContentTerms(noun)
	for _, f := range forms {
		if !strings.Contains(f.Asked, lower) && !strings.Contains(lower, f.Asked) {
			continue
		}
		if !namesAny(f.Named, nounTerms) {
			return true
		}
	}
	return false
}

// namesAny reports a name holding one of terms.
func namesAny(names, terms []string) bool {
	for _, n := range names {
		for _, t := range retrieval.ContentTerms(n) {
			if slices.Contains(terms, t) {
				return true
			}
		}
	}
	return false
}
