package retrieval

import (
	"context"
	"regexp"
	"strings"

	"github.com/kgassist/kgassist/kg"
)

// A manual's list of main components runs on past the end of its passage
// ("Main components:" and four of seven lines in one, the rest in the
// next). A kept passage that holds such a heading is followed by the
// passages that continue its section, so the list can be given whole.

// ComponentsHeading is a line that heads a list of a product's parts.
var ComponentsHeading = regexp.MustCompile(`(?im)^\s*(?:main|major|principal)?\s*(?:components|parts|assemblies)\s*[:：]\s*$|^\s*(?:主要)?(?:部件|零部件|组成部件|组件)\s*[:：]\s*$`)

// AsksComponents reports a question about what something is made up of.
func AsksComponents(question string) bool { return asksComponents.MatchString(question) }

var asksComponents = regexp.MustCompile(`(?i)\b(?:which|what)\s+(?:are\s+the\s+)?(?:main\s+|major\s+)?(?:parts|components)\b|\b(?:main|major)\s+(?:parts|components)\b|\bmakes?\s+up\b|\bmade\s+up\s+of\b|\bconsists?\s+of\b|\bcomposed\s+of\b|由哪些|由什么组成|哪些(?:主要)?(?:部件|零部件|零件|组件)|主要部件`)

// maxListContinued is how many passages one list may run on over.
const maxListContinued = 2

// continueLists appends the passages that continue the section of a kept
// passage holding a components heading, numbered after the rest.
func (r *Retriever) continueLists(ctx context.Context, clearance kg.Audience, ev *Evidence) error {
	if !AsksComponents(ev.Question.Text) {
		return nil
	}
	have := map[string]bool{}
	var bases []Item
	var ids []string
	for _, it := range ev.Items {
		have[it.Chunk.ID] = true
		if it.Chunk.DocumentID == "" || !ComponentsHeading.MatchString(it.Chunk.Text) {
			continue
		}
		bases = append(bases, it)
		for k := 1; k <= maxListContinued; k++ {
			ids = append(ids, kg.ChunkID(it.Chunk.DocumentID, it.Chunk.Ordinal+k))
		}
	}
	if len(ids) == 0 {
		return nil
	}
	byID, err := r.chunksByID(ctx, clearance, ids)
	if err != nil {
		return err
	}
	for _, base := range bases {
		for k := 1; k <= maxListContinued; k++ {
			c, ok := byID[kg.ChunkID(base.Chunk.DocumentID, base.Chunk.Ordinal+k)]
			if !ok || c.Kind == "table_row" || c.SectionPath() != base.Chunk.SectionPath() || strings.TrimSpace(c.Text) == "" {
				break
			}
			appendContinued(ev, have, base, c)
		}
	}
	return nil
}
