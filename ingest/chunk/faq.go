package chunk

import (
	"strings"
	"unicode/utf8"

	"github.com/kgassist/kgassist/ingest/load"
)

// FAQ material is cut into question→answer units: the question becomes the
// heading of the chunk that holds its answer, so the answer is cited alone,
// under its question, and is never packed together with its neighbours'
// questions. Markdown and HTML headings phrased as questions are units
// already; these rules add the forms that arrive as paragraphs ("Q:"/"A:"
// and 问/答 lines, <dt>/<dd> pairs, a question paragraph followed by its
// answer) and two-column question/answer tables.

// maxFAQQuestion bounds a paragraph taken for a question; a longer one is
// prose that happens to end with a question mark.
const maxFAQQuestion = 240

var (
	questionPrefixes = []string{"q:", "q：", "question:", "问:", "问：", "问题:", "问题：", "提问:", "提问："}
	answerPrefixes   = []string{"a:", "a：", "answer:", "答:", "答：", "回答:", "回答：", "解答:", "解答："}
)

// faqBlocks rewrites question paragraphs that are followed by an answer as
// headings one level below the current section, and strips "A:" markers.
func faqBlocks(blocks []load.Block) []load.Block {
	blocks = splitQALines(blocks)
	out := make([]load.Block, 0, len(blocks))
	level := 0 // the level of the last real heading
	inFAQ := 0 // the level given to the current question, 0 outside one
	for i, b := range blocks {
		switch {
		case b.Kind == load.Heading:
			level, inFAQ = b.Level, 0
		case b.Kind == load.Paragraph && isQuestionParagraph(b.Text) && answerFollows(blocks, i):
			inFAQ = level + 1
			b = load.Block{Kind: load.Heading, Level: inFAQ, Text: stripPrefix(b.Text, questionPrefixes), Page: b.Page}
		case inFAQ > 0 && (b.Kind == load.Paragraph || b.Kind == load.ListItem):
			b.Text = stripPrefix(b.Text, answerPrefixes)
		}
		out = append(out, b)
	}
	return out
}

// splitQALines splits a paragraph that holds a "Q:" question and its "A:"
// answer (Markdown joins the two lines, plain text keeps them together)
// into a question block and an answer block.
func splitQALines(blocks []load.Block) []load.Block {
	var out []load.Block
	for _, b := range blocks {
		t := strings.TrimSpace(b.Text)
		if b.Kind != load.Paragraph || !hasPrefix(t, questionPrefixes) {
			out = append(out, b)
			continue
		}
		at := answerMarker(t)
		if at < 0 {
			out = append(out, b)
			continue
		}
		out = append(out,
			load.Block{Kind: load.Paragraph, Text: strings.TrimSpace(t[:at]), Page: b.Page},
			load.Block{Kind: load.Paragraph, Text: strings.TrimSpace(t[at:]), Page: b.Page})
	}
	return out
}

// answerMarker finds where an answer marker starts inside a question
// paragraph: after white space or the question's own question mark.
func answerMarker(t string) int {
	l := strings.ToLower(t)
	best := -1
	for _, p := range answerPrefixes {
		for from := 1; from < len(l); {
			k := strings.Index(l[from:], p)
			if k < 0 {
				break
			}
			k += from
			prev, _ := utf8.DecodeLastRuneInString(l[:k])
			if strings.ContainsRune(" \t\n?？。.", prev) && (best < 0 || k < best) {
				best = k
				break
			}
			from = k + 1
		}
	}
	return best
}

func hasPrefix(s string, prefixes []string) bool {
	l := strings.ToLower(s)
	for _, p := range prefixes {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

func stripPrefix(s string, prefixes []string) string {
	l := strings.ToLower(s)
	for _, p := range prefixes {
		if strings.HasPrefix(l, p) {
			return strings.TrimSpace(s[len(p):])
		}
	}
	return s
}

// isQuestionParagraph reports a paragraph that is one question: marked
// "Q:"/问, or a single short line ending in a question mark.
func isQuestionParagraph(text string) bool {
	t := strings.TrimSpace(text)
	if hasPrefix(t, questionPrefixes) {
		return true
	}
	if len(t) > maxFAQQuestion || strings.Contains(t, "\n") {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	return r == '?' || r == '？'
}

// answerFollows reports whether the block after i answers it: a paragraph
// or list item that is not itself a question.
func answerFollows(blocks []load.Block, i int) bool {
	if i+1 >= len(blocks) {
		return false
	}
	n := blocks[i+1]
	if n.Kind != load.Paragraph && n.Kind != load.ListItem {
		return false
	}
	return !isQuestionParagraph(n.Text) || hasPrefix(strings.TrimSpace(n.Text), answerPrefixes)
}

var (
	questionHeaders = []string{"question", "questions", "q", "faq", "问题", "问", "提问", "常见问题"}
	answerHeaders   = []string{"answer", "answers", "a", "reply", "答案", "答", "回答", "解答"}
)

// faqTable reports a two-column question/answer table.
func faqTable(t *load.Table) bool {
	if t == nil || len(t.Header) != 2 {
		return false
	}
	return headerIn(t.Header[0], questionHeaders) && headerIn(t.Header[1], answerHeaders)
}

func headerIn(h string, names []string) bool {
	h = strings.ToLower(strings.TrimSpace(h))
	for _, n := range names {
		if h == n {
			return true
		}
	}
	return false
}
