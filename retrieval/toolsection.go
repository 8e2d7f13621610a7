package retrieval

import (
	"context"
	"regexp"
	"strings"

	"github.com/kgassist/kgassist/kg"
)

// A build guide lists what a job needs under a heading of its own
// ("Requirements › Tools": "1 2.5mm hex key", "3cm insulating tape"),
// lines that name neither the job nor the machine. A question for the
// tools a job takes finds the job's steps, which name both, and never the
// list. The list of the document the best passages come from is kept
// beside them.

const (
	// toolsFrom is how many of the best passages' documents are looked in.
	toolsFrom = 3
	// toolsReach is how many passages before and after a kept one the
	// list may stand.
	toolsReach = 12
)

var (
	toolsAsked   = regexp.MustCompile(`(?i)\btools?\b|工具`)
	toolsHeading = regexp.MustCompile(`(?i)^\s*(?:(?:required|necessary)\s+)?tools?(?:\s+(?:required|needed))?\s*:?\s*$|^\s*(?:所需|需要的?)?工具\s*[:：]?\s*$`)
)

// addToolsLists appends the tools list of the documents of the best
// passages, for a question asking what tools are needed.
func (r *Retriever) addToolsLists(ctx context.Context, clearance kg.Audience, ev *Evidence) error {
	if !toolsAsked.MatchString(ev.Question.Text) || len(ev.Items) == 0 {
		return nil
	}
	have := map[string]bool{}
	for _, it := range ev.Items {
		have[it.Chunk.ID] = true
	}
	var ids []string
	docs := map[string]bool{}
	for _, it := range ev.Items[:min(toolsFrom, len(ev.Items))] {
		if it.Chunk.DocumentID == "" || it.Chunk.Kind == "table_row" || docs[it.Chunk.DocumentID] {
			continue
		}
		docs[it.Chunk.DocumentID] = true
		for k := max(0, it.Chunk.Ordinal-toolsReach); k <= it.Chunk.Ordinal+toolsReach; k++ {
			if id := kg.ChunkID(it.Chunk.DocumentID, k); !have[id] {
				ids = append(ids, id)
			}
		}
	}
	if len(ids) == 0 {
		return nil
	}
	chunks, err := r.store.Chunks(ctx, clearance, ids)
	if err != nil {
		return err
	}
	for _, c := range chunks {
		if !ListsTools(c) || have[c.ID] {
			continue
		}
		have[c.ID] = true
		ev.Items = append(ev.Items, Item{N: len(ev.Items) + 1, Chunk: c, Score: ev.Items[0].Score, Via: []string{"tools"}})
	}
	return nil
}

// ListsTools reports a passage that is a list of tools: one standing
// under a heading of tools.
func ListsTools(c kg.Chunk) bool {
	return len(c.Section) > 0 && toolsHeading.MatchString(c.Section[len(c.Section)-1]) && strings.TrimSpace(c.Text) != ""
}
