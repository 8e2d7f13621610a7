package extract

import (
	"context"
	"slices"
	"strings"

	"github.com/kgassist/kgassist/kg"
)

// resolveRelations rewrites endpoints to merged ids and merges relations
// that are the same fact saying the same thing. Two assertions of one
// relation with different values (a parameter given twice in one document)
// stay two Relation values with one id, each with its own sources and props,
// so the store sees and flags the disagreement.
func resolveRelations(ctx context.Context, rels []kg.Relation, idMap map[string]string) ([]kg.Relation, error) {
	type slot struct {
		rel kg.Relation
		key string
	}
	index := map[string]int{}
	var out []slot
	for n, r := range rels {
		if n%resolveCheck == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		from, to := resolveMapID(idMap, r.From), resolveMapID(idMap, r.To)
		if from == to {
			continue
		}
		id := kg.RelationID(r.Type, from, to)
		key := id + "\x00" + resolveSignature(r.Props)
		if i, ok := index[key]; ok {
			out[i].rel.Sources = append(out[i].rel.Sources, r.Sources...)
			for k, v := range r.Props {
				if out[i].rel.Props == nil {
					out[i].rel.Props = kg.Props{}
				}
				if _, has := out[i].rel.Props[k]; !has {
					out[i].rel.Props[k] = v
				}
			}
			continue
		}
		index[key] = len(out)
		nr := kg.Relation{ID: id, Type: r.Type, From: from, To: to, Props: extractCopyProps(r.Props),
			Sources: append([]kg.Source{}, r.Sources...)}
		out = append(out, slot{nr, key})
	}
	// Keys are unique, so an unstable sort gives the one order, and in
	// O(n log n): the stable one took seconds for a large table.
	slices.SortFunc(out, func(a, b slot) int { return strings.Compare(a.key, b.key) })
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	res := make([]kg.Relation, len(out))
	for i, s := range out {
		s.rel.Sources = resolveSources(s.rel.Sources)
		res[i] = s.rel
	}
	return res, nil
}

func resolveMapID(idMap map[string]string, id string) string {
	if m, ok := idMap[id]; ok {
		return m
	}
	return id
}

// resolveSignature is the values of a relation that a conflict is about.
func resolveSignature(p kg.Props) string {
	var b strings.Builder
	for _, k := range p.SortedKeys() {
		if kg.ConflictKey(k) {
			b.WriteString(k + "=" + p[k] + ";")
		}
	}
	return b.String()
}
