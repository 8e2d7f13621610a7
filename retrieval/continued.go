package retrieval

import (
	"context"
	"regexp"

	"github.com/kgassist/kgassist/kg"
)

// A long procedure is cut into passages of a few steps each: "1. check
// the adapter, 2. check the joint" in one, "3. check the firmware ... ④
// contact a technician" in the next, both under the same heading. A
// question that wants the procedure finds the first, which alone would
// answer with half the steps. The passages that continue the section of a
// kept passage of steps are kept after it, so the steps can be given whole
// and in order.

const (
	// continuedFrom is how many of the best passages are followed.
	continuedFrom = 3
	// maxContinued is how many passages one procedure may run on over.
	maxContinued = 3
)

// stepStart opens a numbered step: "3.", "2)", "第二步", "Step 4", "②".
var stepStart = regexp.MustCompile(`(?im)^\s*(?:\d{1,2}\s*[.)、．]|step\s*\d+|第[一二三四五六七八九十\d]+步|[①-⑳])`)

// wantsSteps reports a question whose answer is a procedure: how to do
// something, or what to do about a fault.
func wantsSteps(q Question) bool {
	return q.Intent == Troubleshooting || q.Intent == ProcessIntent || stepsCue.MatchString(q.Text)
}

var stepsCue = regexp.MustCompile(`(?i)\b(?:how (?:do|should|can|must|to)|steps?|procedure|what should|what (?:can|do) i)\b|如何|怎么|怎样|步骤|办法`)

// continueSteps appends the passages before and after the best passages
// of steps that hold steps of the same section, numbered after the rest.
func (r *Retriever) continueSteps(ctx context.Context, clearance kg.Audience, ev *Evidence) error {
	if !wantsSteps(ev.Question) || len(ev.Items) == 0 {
		return nil
	}
	have := map[string]bool{}
	for _, it := range ev.Items {
		have[it.Chunk.ID] = true
	}
	var bases []Item
	var ids []string
	for _, it := range ev.Items[:min(continuedFrom, len(ev.Items))] {
		if it.Chunk.DocumentID == "" || it.Chunk.Kind == "table_row" || !stepStart.MatchString(it.Chunk.Text) {
			continue
		}
		bases = append(bases, it)
		for k := -maxContinued; k <= maxContinued; k++ {
			if k != 0 && it.Chunk.Ordinal+k >= 0 {
				ids = append(ids, kg.ChunkID(it.Chunk.DocumentID, it.Chunk.Ordinal+k))
			}
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
		// Backwards to where the section's steps begin, then on to where
		// they end.
		for _, step := range []int{-1, 1} {
			for k := 1; k <= maxContinued; k++ {
				c, ok := byID[kg.ChunkID(base.Chunk.DocumentID, base.Chunk.Ordinal+step*k)]
				if !ok || c.Kind == "table_row" || c.SectionPath() != base.Chunk.SectionPath() || !stepStart.MatchString(c.Text) {
					break
				}
				appendContinued(ev, have, base, c)
			}
		}
	}
	return nil
}

// chunksByID reads the passages ids name, keyed by their ID.
func (r *Retriever) chunksByID(ctx context.Context, clearance kg.Audience, ids []string) (map[string]kg.Chunk, error) {
	chunks, err := r.store.Chunks(ctx, clearance, ids)
	if err != nil {
		return nil, err
	}
	byID := map[string]kg.Chunk{}
	for _, c := range chunks {
		byID[c.ID] = c
	}
	return byID, nil
}

// appendContinued keeps c, which continues base, after the rest, once.
func appendContinued(ev *Evidence, have map[string]bool, base Item, c kg.Chunk) {
	if have[c.ID] {
		return
	}
	have[c.ID] = true
	ev.Items = append(ev.Items, Item{N: len(ev.Items) + 1, Chunk: c, Score: base.Score / 2, Via: []string{"continued"}})
}
