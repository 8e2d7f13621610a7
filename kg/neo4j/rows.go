package neo4j

import (
	"encoding/json"
	"sort"
	"strings"
	"time"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/kg/textseg"
)

// Rows are the parameter maps of the batched UNWIND statements. They are
// built once per commit, before the transaction, so that a retried
// transaction sends exactly the same data.

func documentProps(d kg.Document) map[string]any {
	return map[string]any{
		"id": d.ID, "uri": d.URI, "title": d.Title, "sha256": d.SHA256,
		"format": d.Format, "lang": d.Lang, "audience": int64(d.Audience),
		"source": d.Source, "version": d.Version,
		"ingested_at": d.IngestedAt.UTC().Format(time.RFC3339Nano),
		"meta":        jsonString(d.Meta),
	}
}

func chunkRows(title string, chunks []kg.Chunk) []map[string]any {
	rows := make([]map[string]any, len(chunks))
	for i, c := range chunks {
		head := textseg.SegmentHeads(title, c.Section)
		row := map[string]any{
			"id": c.ID, "ordinal": int64(c.Ordinal), "text": c.Text, "seg": chunkSeg(c.Text, head), "head": head,
			"section": stringsOrEmpty(c.Section), "page": int64(c.Page), "lang": c.Lang, "kind": c.Kind,
			"embedding": nil,
		}
		if len(c.Embedding) > 0 {
			v := make([]float64, len(c.Embedding))
			for j, f := range c.Embedding {
				v[j] = float64(f)
			}
			row["embedding"] = v
		}
		rows[i] = row
	}
	return rows
}

// nextPairs links chunks in reading order.
func nextPairs(chunks []kg.Chunk) [][]string {
	sorted := append([]kg.Chunk(nil), chunks...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Ordinal < sorted[j].Ordinal })
	var pairs [][]string
	for i := 1; i < len(sorted); i++ {
		pairs = append(pairs, []string{sorted[i-1].ID, sorted[i].ID})
	}
	return pairs
}

// sourceKey identifies one source of one fact within a document.
type sourceKey struct{ fact, chunk string }

// entityRows returns one row per (entity, source), grouped by entity type
// so that each group's label can be written into its statement. Repeated
// assertions of one entity from one chunk are merged.
func entityRows(ents []kg.Entity) map[string][]map[string]any {
	byKey := map[sourceKey]map[string]any{}
	var order []sourceKey
	byType := map[string][]map[string]any{}
	for _, e := range ents {
		for _, src := range sourcesOrDocument(e.Sources) {
			k := sourceKey{e.ID, src.ChunkID}
			props := mergeProps(e.Props, src.Props)
			if row, ok := byKey[k]; ok {
				mergeEntityRow(row, e.Aliases, props)
				continue
			}
			row := map[string]any{
				"id": e.ID, "type": e.Type, "name": e.Name, "norm": kg.NormalizeName(e.Name),
				"chunk": nullable(src.ChunkID), "aliases": []string{}, "props": kg.Props{},
			}
			mergeEntityRow(row, e.Aliases, props)
			byKey[k] = row
			order = append(order, k)
		}
	}
	for _, k := range order {
		row := byKey[k]
		aliases := row["aliases"].([]string)
		row["norms"] = normsOf(row["name"].(string), aliases)
		row["search"] = textseg.Segment(row["name"].(string) + " \n " + strings.Join(aliases, " \n "))
		row["props"] = jsonString(row["props"].(kg.Props))
		typ := row["type"].(string)
		byType[typ] = append(byType[typ], row)
	}
	return byType
}

func mergeEntityRow(row map[string]any, aliases []string, props kg.Props) {
	have := row["aliases"].([]string)
	name := kg.NormalizeName(row["name"].(string))
	for _, a := range aliases {
		n := kg.NormalizeName(a)
		if n == "" || n == name || containsNorm(have, n) {
			continue
		}
		have = append(have, strings.TrimSpace(a))
	}
	row["aliases"] = have
	// A later assertion from the same chunk replaces an earlier one, as in
	// the embedded store.
	merged := row["props"].(kg.Props)
	for k, v := range props {
		merged[k] = v
	}
}

func containsNorm(list []string, norm string) bool {
	for _, s := range list {
		if kg.NormalizeName(s) == norm {
			return true
		}
	}
	return false
}

func normsOf(name string, aliases []string) []string {
	out := []string{kg.NormalizeName(name)}
	for _, a := range aliases {
		out = append(out, kg.NormalizeName(a))
	}
	return out
}

// relationRows returns one row per (relation, source), grouped by type.
func relationRows(rels []kg.Relation) map[string][]map[string]any {
	byKey := map[sourceKey]map[string]any{}
	var order []sourceKey
	for _, r := range rels {
		for _, src := range sourcesOrDocument(r.Sources) {
			k := sourceKey{r.ID, src.ChunkID}
			props := mergeProps(r.Props, src.Props)
			if row, ok := byKey[k]; ok {
				// A later assertion from the same chunk replaces an
				// earlier one, as in the embedded store.
				merged := row["props"].(kg.Props)
				for pk, v := range props {
					merged[pk] = v
				}
				continue
			}
			byKey[k] = map[string]any{
				"id": r.ID, "type": r.Type, "from": r.From, "to": r.To,
				"chunk": nullable(src.ChunkID), "props": mergeProps(nil, props),
			}
			order = append(order, k)
		}
	}
	byType := map[string][]map[string]any{}
	for _, k := range order {
		row := byKey[k]
		row["props"] = jsonString(row["props"].(kg.Props))
		typ := row["type"].(string)
		byType[typ] = append(byType[typ], row)
	}
	return byType
}

// sourcesOrDocument makes a fact asserted without passages a fact sourced
// by the document as a whole, so it still has provenance and an audience.
func sourcesOrDocument(sources []kg.Source) []kg.Source {
	if len(sources) == 0 {
		return []kg.Source{{}}
	}
	return sources
}

// mergeProps gives a source's own props precedence over the fact's.
func mergeProps(fact, source kg.Props) kg.Props {
	out := kg.Props{}
	for k, v := range fact {
		out[k] = v
	}
	for k, v := range source {
		out[k] = v
	}
	return out
}

func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func stringsOrEmpty(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func jsonString[T ~map[string]string](m T) string {
	if len(m) == 0 {
		return ""
	}
	b, _ := json.Marshal(m) // a map of strings always encodes
	return string(b)
}

func parseProps(s string) kg.Props {
	if s == "" {
		return nil
	}
	var p kg.Props
	if json.Unmarshal([]byte(s), &p) != nil {
		return nil
	}
	return p
}
