package retrieval

import (
	"context"
	"strings"

	"github.com/kgassist/kgassist/kg"
)

// A Chinese question names a place in Chinese ("你们在深圳有售后服务点吗"):
// a place no visible passage names, in either language, is as unknown as
// an English proper name, and the answer is that the documents do not say.

// zhPlaces are the places of glossary_places.tsv, each Chinese form with
// the English forms of its line.
var zhPlaces = readPlaces()

func readPlaces() map[string][]string {
	data, err := glossaryFiles.ReadFile("glossary_places.tsv")
	if err != nil {
		panic(err) // embedded at build time: always readable
	}
	out := map[string][]string{}
	for _, line := range strings.Split(string(data), "\n") {
		zh, en, ok := strings.Cut(line, "\t")
		if !ok || strings.HasPrefix(line, "#") {
			continue
		}
		for _, f := range strings.Split(zh, "|") {
			out[f] = strings.Split(en, "|")
		}
	}
	return out
}

// unknownPlaces returns the Chinese place names of the question that no
// passage visible to the caller holds, in Chinese or in English.
func (r *Retriever) unknownPlaces(ctx context.Context, clearance kg.Audience, ev *Evidence) ([]string, error) {
	var out []string
	for zh, en := range zhPlaces {
		if !strings.Contains(ev.Question.Text, zh) {
			continue
		}
		known := false
		for _, form := range append([]string{zh}, en...) {
			if itemsHold(ev, form) {
				known = true
				break
			}
			hits, err := r.store.SearchChunks(ctx, clearance, kg.ChunkQuery{Text: form, Limit: 3})
			if err != nil {
				return nil, err
			}
			if anyHolds(hits, form) {
				known = true
				break
			}
		}
		if !known {
			out = append(out, zh)
		}
	}
	return out, nil
}

func itemsHold(ev *Evidence, form string) bool {
	for _, it := range ev.Items {
		if chunkHolds(it.Chunk, form) {
			return true
		}
	}
	return false
}

func anyHolds(hits []kg.ScoredChunk, form string) bool {
	for _, h := range hits {
		if chunkHolds(h.Chunk, form) {
			return true
		}
	}
	return false
}

// chunkHolds reports a passage or its document's title writing form.
func chunkHolds(c kg.Chunk, form string) bool {
	return strings.Contains(strings.ToLower(c.Text+" "+c.DocTitle), strings.ToLower(form))
}
