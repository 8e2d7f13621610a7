package assistant

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/kgassist/kgassist/retrieval"
)

// A question for one tool of a job, by its size ("装显微镜需要多大的内六角
// 扳手", "which hex key do I need to fit the motors"), is answered by the
// lines of the job's tools list that name the tool: "1 2.5mm hex key". The
// sentences that name the tool best are about using it ("cap head, i.e.
// driven with a hex key, makes some steps easier") and give no size.

// toolAsked is a question for which or what size of a tool; the group
// names the tool.
var toolAsked = regexp.MustCompile(`(?i)\b(?:what|which)\s+(?:size\s+)?(?:of\s+)?(hex\s*keys?|allen\s*keys?|spanners?|wrenches?|screwdrivers?)\b|(?:多大|几号|什么|啥|哪种|哪个|哪些)(?:规格|尺寸|型号)?的?\s*(内六角扳手|六角扳手|内六角|扳手|螺丝刀)`)

// toolForms are the words a tools list names a tool by, for each way of
// asking for it.
var toolForms = func() map[string][]string {
	hexKey := []string{"hex key", "allen key", "内六角"}
	spanner := []string{"spanner", "wrench", "扳手"}
	screwdriver := []string{"screwdriver", "螺丝刀"}
	return map[string][]string{
		"hex key": hexKey, "allen key": hexKey, "内六角扳手": hexKey, "六角扳手": hexKey, "内六角": hexKey,
		"spanner": spanner, "wrench": spanner, "扳手": spanner,
		"screwdriver": screwdriver, "螺丝刀": screwdriver,
	}
}()

// askedTool is the forms of the tool a question asks which or what size
// of, or nil.
func askedTool(question string) []string {
	m := toolAsked.FindStringSubmatch(question)
	if m == nil {
		return nil
	}
	tool := strings.ToLower(m[1] + m[2])
	tool = strings.TrimSuffix(strings.Join(strings.Fields(tool), " "), "s")
	return toolForms[tool]
}

// toolLinesAnswer quotes the lines naming the asked tool from the tools
// lists the evidence holds: first the list of the document the best
// passage comes from, then the others, each size once ("1 2.5mm hex key"
// and "2.5mm hex key" are one).
func toolLinesAnswer(ev *retrieval.Evidence) (string, bool) {
	forms := askedTool(ev.Question.Text)
	if forms == nil {
		return "", false
	}
	var quotes []string
	seen := map[string]bool{}
	for _, it := range toolsListsInOrder(ev) {
		for _, l := range linesNaming(it.Chunk.Text, forms) {
			if key := leadingCount.ReplaceAllString(strings.ToLower(l), ""); !seen[key] && len(quotes) < maxToolLines {
				seen[key] = true
				quotes = append(quotes, toolLinesText(ev, it, []string{l}))
			}
		}
	}
	return strings.Join(quotes, "\n"), len(quotes) > 0
}

// maxToolLines bounds the lines quoted for one tool.
const maxToolLines = 4

// leadingCount is a list line's count before what it names ("1 ").
var leadingCount = regexp.MustCompile(`^\d+\s+`)

// toolsListsInOrder are the evidence's tools lists, that of the first
// document with both a passage and a list first, the rest by rank.
func toolsListsInOrder(ev *retrieval.Evidence) []retrieval.Item {
	var lists []retrieval.Item
	for _, it := range ev.Items {
		if retrieval.ListsTools(it.Chunk) {
			lists = append(lists, it)
		}
	}
	for _, base := range ev.Items {
		if retrieval.ListsTools(base.Chunk) {
			continue
		}
		for i, l := range lists {
			if l.Chunk.DocumentID == base.Chunk.DocumentID {
				return append([]retrieval.Item{l}, append(lists[:i:i], lists[i+1:]...)...)
			}
		}
	}
	return lists
}

// linesNaming are the lines of a list that name one of forms.
func linesNaming(text string, forms []string) []string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		l = strings.TrimSpace(quotable(l))
		lower := strings.ToLower(l)
		for _, f := range forms {
			if l != "" && strings.Contains(lower, f) {
				out = append(out, l)
				break
			}
		}
	}
	return out
}

// toolLinesText is the lines, cited, labelled where the list is in the
// other language.
func toolLinesText(ev *retrieval.Evidence, it retrieval.Item, lines []string) string {
	text := strings.Join(lines, "\n") + fmt.Sprintf(" [%d]", it.N)
	if otherLanguage(it.Chunk.Lang, ev.Question.AnswerLang()) {
		text += " " + otherLabel(strings.Join(lines, " "), it.Chunk.Lang, it.Chunk.DocTitle, ev.Question.AnswerLang())
	}
	return text
}
