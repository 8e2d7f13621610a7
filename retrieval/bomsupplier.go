package retrieval

import (
	"context"
	"strings"

	"github.com/kgassist/kgassist/kg"
)

// supplierCount answers "how many pieces from supplier X go into one
// product": the quantities one product needs of every part X supplies,
// through every level, when X's parts all end in one product. Parts
// measured in litres or kilograms are not pieces and are left out.
func (r *Retriever) supplierCount(ctx context.Context, clearance kg.Audience, q Question, linked []Linked) (Computed, map[string]kg.Entity, bool, error) {
	if !anyCue(strings.ToLower(q.Text), countCues) {
		return Computed{}, nil, false, nil
	}
	for _, l := range linked {
		if l.Entity.Type != kg.Supplier {
			continue
		}
		sup, err := r.traverse(ctx, clearance, l.Entity.ID, 1, []string{kg.SuppliedBy}, kg.In)
		if err != nil {
			return Computed{}, nil, false, err
		}
		supplied := map[string]string{} // part -> its SUPPLIED_BY relation
		for _, rel := range sup.inOf(l.Entity.ID, kg.SuppliedBy) {
			supplied[rel.From] = rel.ID
		}
		top, err := r.oneTop(ctx, clearance, supplied)
		if err != nil || top == "" {
			return Computed{}, nil, false, err
		}
		down, err := r.traverse(ctx, clearance, top, maxBOMDepth, []string{kg.HasPart}, kg.Out)
		if err != nil {
			return Computed{}, nil, false, err
		}
		c := Computed{Kind: "bom", Metric: "supplier", Subject: down.name(top), SubjectID: top, Target: l.Entity.Name, TargetID: l.Entity.ID}
		for _, line := range explodeBOM(down, top).Lines {
			rel, ok := supplied[line.ID]
			if !ok || !pieces(line.Unit) {
				continue
			}
			c.Total += line.Qty
			c.Count++
			c.Lines = append(c.Lines, line)
			c.facts = append(c.facts, line.facts...)
			c.facts = append(c.facts, rel)
		}
		if c.Count == 0 {
			continue
		}
		ents := map[string]kg.Entity{}
		mergeEntities(ents, down)
		mergeEntities(ents, sup)
		return withRelations(withRelations(c, sup), down), ents, true, nil
	}
	return Computed{}, nil, false, nil
}

// oneTop is the one product every given part rolls up into, or "".
func (r *Retriever) oneTop(ctx context.Context, clearance kg.Audience, parts map[string]string) (string, error) {
	top := ""
	for id := range parts {
		up, err := r.traverse(ctx, clearance, id, maxBOMDepth, []string{kg.HasPart}, kg.In)
		if err != nil {
			return "", err
		}
		tops := whereUsed(up, id).Tops
		if len(up.inOf(id, kg.HasPart)) == 0 {
			continue // a top itself, or in no BOM
		}
		if len(tops) != 1 || top != "" && tops[0].ID != top {
			return "", nil
		}
		top = tops[0].ID
	}
	return top, nil
}

// pieces reports a unit that counts pieces.
func pieces(unit string) bool {
	switch strings.ToLower(strings.TrimSpace(unit)) {
	case "", "pcs", "pc", "ea", "each", "piece", "pieces", "个", "件", "只", "根", "颗", "套":
		return true
	}
	return false
}
