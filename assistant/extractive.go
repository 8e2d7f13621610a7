package assistant

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// Extractive answers from the evidence alone: computed values, graph facts
// and the passages' own sentences, each with its citation. It needs no
// model, is deterministic, and cannot say anything the evidence does not.
type Extractive struct {
	// MinCoverage is the share of the question's content terms the
	// evidence must contain before an answer is attempted.
	MinCoverage float64
	// MaxSentences bounds the passage sentences quoted.
	MaxSentences int
}

// NewExtractive returns the extractive answerer with tuned defaults.
func NewExtractive() *Extractive { return &Extractive{MinCoverage: 0.6, MaxSentences: 3} }

func (x *Extractive) Name() string { return "extractive" }

// Answer composes the answer or abstains.
func (x *Extractive) Answer(ctx context.Context, ev *retrieval.Evidence) (Draft, error) {
	lang := ev.Question.AnswerLang()
	if len(ev.Unknown) > 0 {
		return abstain(ev, lang, "no document available mentions "+strings.Join(ev.Unknown, ", ")), nil
	}
	names := &namer{ents: ev.Entities}
	var parts []string
	for _, c := range ev.Computed {
		if s := renderComputed(c, lang, names); s != "" {
			parts = append(parts, s)
		}
	}
	structural := len(parts) > 0
	if !structural && ev.Trace.Coverage < x.MinCoverage {
		return abstain(ev, lang, fmt.Sprintf("evidence covers %.0f%% of the question's terms", 100*ev.Trace.Coverage)), nil
	}
	facts := renderFacts(ev, lang, names)
	if facts != "" {
		parts = append(parts, facts)
	}
	// A computed answer stands on its own; stated facts need at most the
	// one sentence that best puts them in context.
	max := x.MaxSentences
	switch {
	case structural:
		max = 0
	case facts != "":
		max = 1
	}
	if sentences := bestSentences(ev, max); len(sentences) > 0 {
		parts = append(parts, strings.Join(sentences, "\n"))
	}
	if len(parts) == 0 {
		return abstain(ev, lang, "no passage states anything about the question's terms"), nil
	}
	return Draft{Text: strings.Join(parts, "\n\n")}, nil
}

func abstain(ev *retrieval.Evidence, lang, reason string) Draft {
	d := Draft{Abstained: true, Reason: reason, Text: msgDontKnow.in(lang)}
	d.Related = relatedTopics(ev)
	if len(d.Related) > 0 {
		d.Text += "\n" + msgRelated.in(lang) + strings.Join(d.Related, "; ")
	}
	return d
}

// relatedTopics offers the sections the nearest passages come from: they
// are visible to the caller (retrieval filtered them) and say what the
// documents do cover.
func relatedTopics(ev *retrieval.Evidence) []string {
	var out []string
	seen := map[string]bool{}
	for _, it := range ev.Items {
		t := it.Chunk.DocTitle
		if s := it.Chunk.SectionPath(); s != "" {
			t += " › " + s
		}
		if t != "" && !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
		if len(out) == 3 {
			break
		}
	}
	return out
}

// renderFacts states the strongest graph facts: parameter values (with
// conflicts side by side), causes and remedies.
func renderFacts(ev *retrieval.Evidence, lang string, names *namer) string {
	var lines []string
	for _, f := range ev.Facts {
		if len(lines) == 4 || !f.Answers || len(f.Cites) == 0 {
			continue
		}
		if s := factSentence(ev, f, lang, names); s != "" {
			lines = append(lines, s)
		}
	}
	return strings.Join(lines, "\n")
}

func factSentence(ev *retrieval.Evidence, f retrieval.Fact, lang string, names *namer) string {
	from, to := names.display(f.From, f.FromName, lang), names.display(f.To, f.ToName, lang)
	switch f.Type {
	case kg.HasParameter:
		if f.Conflict {
			return conflictSentence(ev, f, lang, from, to)
		}
		if lang == "zh" {
			return fmt.Sprintf("%s的%s：%s %s", from, to, valueText(f.Props), marks(f.Cites))
		}
		return fmt.Sprintf("%s of %s: %s %s", upperFirst(to), from, valueText(f.Props), marks(f.Cites))
	case kg.CausedBy:
		if lang == "zh" {
			return fmt.Sprintf("%s的可能原因：%s %s", from, to, marks(f.Cites))
		}
		return fmt.Sprintf("%s may be caused by: %s %s", upperFirst(from), to, marks(f.Cites))
	case kg.RemediedBy:
		if lang == "zh" {
			return fmt.Sprintf("%s的处理方法：%s %s", from, to, marks(f.Cites))
		}
		return fmt.Sprintf("Remedy for %s: %s %s", from, to, marks(f.Cites))
	}
	return ""
}

// conflictSentence shows every source's value with its own citation.
func conflictSentence(ev *retrieval.Evidence, f retrieval.Fact, lang, from, to string) string {
	var alts []string
	for _, s := range f.Sources {
		n := itemOfChunk(ev, s.ChunkID)
		if n == 0 {
			continue
		}
		alts = append(alts, fmt.Sprintf("%s [%d] (%s)", valueText(s.Props), n, docLabel(ev, n)))
	}
	if len(alts) < 2 {
		return ""
	}
	if lang == "zh" {
		return fmt.Sprintf("%s%s的%s：%s", msgConflict.in(lang), from, to, strings.Join(alts, "；"))
	}
	return fmt.Sprintf("%s%s of %s: %s", msgConflict.in(lang), to, from, strings.Join(alts, " vs "))
}

func itemOfChunk(ev *retrieval.Evidence, chunkID string) int {
	for _, it := range ev.Items {
		if it.Chunk.ID == chunkID {
			return it.N
		}
	}
	return 0
}

func docLabel(ev *retrieval.Evidence, n int) string {
	it, _ := ev.Item(n)
	if it.Chunk.DocTitle != "" {
		return it.Chunk.DocTitle
	}
	return it.Chunk.DocURI
}

// bestSentences quotes the passage sentences that cover most of what the
// question asks. The names of linked products are context, not content:
// "the price of the HF-CP200" needs a sentence about price.
func bestSentences(ev *retrieval.Evidence, max int) []string {
	if max == 0 {
		return nil
	}
	type scored struct {
		text  string
		n     int
		ratio float64
		score float64
		lang  string
		title string
	}
	q := contentQuestion(ev)
	if len(q.Terms) == 0 {
		return nil
	}
	var all []scored
	for _, it := range ev.Items {
		section := it.Chunk.SectionPath()
		for _, s := range splitSentences(it.Chunk) {
			n := q.Covered(retrieval.TokenSet(s + " " + section))
			ratio := float64(n) / float64(len(q.Terms))
			all = append(all, scored{text: s, n: it.N, ratio: ratio, score: ratio + 0.5*it.Score, lang: it.Chunk.Lang, title: it.Chunk.DocTitle})
		}
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].score > all[j].score })
	if len(all) == 0 {
		return nil
	}
	best := 0.0
	for _, s := range all {
		best = max2(best, s.ratio)
	}
	floor := max2(minSentenceCoverage, 0.75*best)
	lang := ev.Question.AnswerLang()
	var out []string
	seen := map[string]bool{}
	for _, s := range all {
		if len(out) == max {
			break
		}
		if s.ratio < floor || seen[s.text] {
			continue
		}
		seen[s.text] = true
		line := fmt.Sprintf("%s [%d]", s.text, s.n)
		if otherLanguage(s.lang, lang) {
			line += " " + fmt.Sprintf(msgFromOther.in(lang), s.title)
		}
		out = append(out, line)
	}
	return out
}

// minSentenceCoverage is the share of the question's content a quoted
// sentence must carry; below it the sentence is about something else.
const minSentenceCoverage = 0.5

// contentQuestion drops the terms that only name a linked product, and the
// terms nearly every passage shares ("myCobot 280" in a myCobot manual):
// they say which corpus the question is about, not what it asks.
func contentQuestion(ev *retrieval.Evidence) retrieval.Question {
	q := ev.Question
	var context, items []string
	for _, l := range ev.Linked {
		if l.Entity.Type == kg.Product {
			context = append(context, retrieval.ContentTerms(l.Surface)...)
		} else {
			items = append(items, retrieval.ContentTerms(l.Surface)...)
		}
	}
	common := commonTerms(ev)
	var terms []string
	for _, t := range q.Terms {
		// A linked part's name is common to the passages because they are
		// about it; it still names what is asked.
		if !containsStr(context, t) && (!common[t] || containsStr(items, t)) {
			terms = append(terms, t)
		}
	}
	if len(terms) == 0 {
		terms = q.Terms
	}
	q.Terms = terms
	return q
}

// commonTerms are question terms found in most of the evidence passages.
func commonTerms(ev *retrieval.Evidence) map[string]bool {
	out := map[string]bool{}
	if len(ev.Items) < 4 {
		return out
	}
	sets := make([]map[string]bool, len(ev.Items))
	for i, it := range ev.Items {
		sets[i] = retrieval.TokenSet(it.Chunk.DocTitle + " " + it.Chunk.SectionPath() + " " + it.Chunk.Text)
	}
	for _, t := range ev.Question.Terms {
		n := 0
		for _, s := range sets {
			if s[t] {
				n++
			}
		}
		if 5*n >= 3*len(sets) {
			out[t] = true
		}
	}
	return out
}

func containsStr(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func otherLanguage(chunkLang, answerLang string) bool {
	switch answerLang {
	case "zh":
		return chunkLang == "en"
	default:
		return chunkLang == "zh"
	}
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

func max2(a, b float64) float64 {
	if a > b {
		return a
	}
	return b
}
