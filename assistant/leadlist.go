package assistant

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/kgassist/kgassist/retrieval"
)

// A sentence chosen for the answer that only opens a list ("The HF-CP200 is
// designed, built and tested according to:") names none of the things it
// introduces. It is quoted with its list, where the list is short enough to
// quote whole; a longer one is left as it was.

// maxListQuoteBytes bounds a lead quoted with its list.
const maxListQuoteBytes = 600

// reQuotedLead is a quoted sentence ending in a colon, with its mark.
var reQuotedLead = regexp.MustCompile(`^(.*[:：]) \[(\d+)\]$`)

// withListsAfterLeads gives each quoted lead its list.
func withListsAfterLeads(ev *retrieval.Evidence, sentences []string) []string {
	for i, s := range sentences {
		m := reQuotedLead.FindStringSubmatch(s)
		if m == nil {
			continue
		}
		n, _ := strconv.Atoi(m[2])
		it, ok := ev.Item(n)
		if !ok || it.Chunk.Kind == "table_row" {
			continue
		}
		if items := listAfter(it.Chunk.Text, m[1]); items != nil {
			joined := m[1] + " " + strings.Join(items, "; ") + "."
			if len(joined) <= maxListQuoteBytes {
				sentences[i] = joined + " [" + m[2] + "]"
			}
		}
	}
	return sentences
}

// listAfter returns the lines after the line lead ends, up to a blank line
// or another lead, where there are at least two.
func listAfter(text, lead string) []string {
	lines := strings.Split(text, "\n")
	want := strings.Join(strings.Fields(lead), " ")
	for i, l := range lines {
		if !strings.HasSuffix(strings.Join(strings.Fields(l), " "), want) {
			continue
		}
		var items []string
		for _, next := range lines[i+1:] {
			next = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(next), "-*•·"))
			if next == "" || strings.HasSuffix(next, ":") || strings.HasSuffix(next, "：") {
				break
			}
			items = append(items, strings.TrimRight(next, ".;；。"))
		}
		if len(items) >= 2 {
			return items
		}
		return nil
	}
	return nil
}
