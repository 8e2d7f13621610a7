package assistant

import (
	"strings"

	"github.com/kgassist/kgassist/retrieval"
)

// People ask with words no document uses: hedges ("actually", "roughly"),
// verbs of no particular meaning ("what's going on", "put in") and, in
// Chinese, the character pairs that straddle two words ("境中" in
// 潮湿环境中长期). Such a term, when no passage of the evidence holds it in
// any form, tells no sentence from another, so sentences are scored
// without it. Every other term stays: a word no passage holds that names
// a thing ("MTBF", "warranty") is what the documents are silent on.
func documentedTerms(ev *retrieval.Evidence, q retrieval.Question) retrieval.Question {
	var b strings.Builder
	for _, it := range ev.Items {
		b.WriteString(it.Chunk.DocTitle + " " + it.Chunk.SectionPath() + " " + it.Chunk.Text + " ")
	}
	have := retrieval.TokenSet(b.String())
	var terms []string
	for _, t := range q.Terms {
		one := q
		one.Terms = []string{t}
		if one.Covered(have) == 1 || !phrasingWords[t] {
			terms = append(terms, t)
		}
	}
	if len(terms) == 0 {
		return q
	}
	q.Terms = terms
	return q
}

// phrasingWords are the stems of hedges and of verbs that carry no
// attribute or item of their own.
var phrasingWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`actual realli rough approxim exact definit complet total basic pretti quit
		probabl possibl normal usual typic general current right realist honest
		go goe make build come put take need want happen keep let see look know think say tell draw pull
		someth anyth thing stuff lot bit kind sort do doe did done
		做 干 弄 搞`) {
		m[w] = true
	}
	return m
}()
