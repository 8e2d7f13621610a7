package retrieval

import (
	"context"
	"slices"

	"github.com/kgassist/kgassist/kg"
)

// bomNamesakes swaps a named item that sits in no bill of materials for
// the BOM item it names: an FMEA's "Coupling CP200-CPL-00" is the BOM's
// assembly CP200-CPL-00, whose parts it does not list. The part code in
// the name must be the BOM item's own name or alias. Items in a BOM, and
// those naming none, stay.
func (r *Retriever) bomNamesakes(ctx context.Context, clearance kg.Audience, linked []Linked, items []string) ([]string, map[string]string, error) {
	var out []string
	types := map[string]string{}
	for _, id := range items {
		e := linkedEntity(linked, id)
		swap, err := r.bomItemNamed(ctx, clearance, e, linkedOf(linked, id).Surface)
		if err != nil {
			return nil, nil, err
		}
		if swap.ID == "" {
			swap = e
		}
		if !slices.Contains(out, swap.ID) {
			out = append(out, swap.ID)
			types[swap.ID] = swap.Type
		}
	}
	return out, types, nil
}

func (r *Retriever) bomItemNamed(ctx context.Context, clearance kg.Audience, e kg.Entity, surface string) (kg.Entity, error) {
	codes := codesSaid(codeTokens(foldName(e.Name)), surface)
	if len(codes) == 0 {
		return kg.Entity{}, nil
	}
	if in, err := r.inBOM(ctx, clearance, e.ID); err != nil || in {
		return kg.Entity{}, err
	}
	for _, code := range codes {
		found, err := r.store.FindEntities(ctx, clearance, kg.EntityQuery{Text: code, Types: []string{kg.Product, kg.Assembly, kg.Part, kg.Material}, Limit: 10})
		if err != nil {
			return kg.Entity{}, err
		}
		for _, f := range found {
			if f.ID == e.ID || !namedBy(f, code) {
				continue
			}
			if in, err := r.inBOM(ctx, clearance, f.ID); err != nil {
				return kg.Entity{}, err
			} else if in {
				return f, nil
			}
		}
	}
	return kg.Entity{}, nil
}

// namedBy reports whether code is an entity's whole name or alias.
func namedBy(e kg.Entity, code string) bool {
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		if foldName(n) == code {
			return true
		}
	}
	return false
}

// inBOM reports whether an item has a parent or a part in some BOM.
func (r *Retriever) inBOM(ctx context.Context, clearance kg.Audience, id string) (bool, error) {
	sub, err := r.neighbourhood(ctx, clearance, kg.NeighbourQuery{Seeds: []string{id}, Hops: 1, Types: []string{kg.HasPart}, Dir: kg.Both, Limit: 1})
	if err != nil {
		return false, err
	}
	return len(sub.Relations) > 0, nil
}

// codesSaid keeps, of the codes in a name, those the question said: a
// repair log's "CP200-SEL-01 CP200-SEL-03 x2" reached through
// "CP200-SEL-03" names the O-ring, not the seal. All stay when the
// question said none of them.
func codesSaid(codes []string, surface string) []string {
	said := codeTokens(foldName(surface))
	var kept []string
	for _, c := range codes {
		if slices.Contains(said, c) {
			kept = append(kept, c)
		}
	}
	if len(kept) == 0 {
		return codes
	}
	return kept
}

func linkedEntity(linked []Linked, id string) kg.Entity {
	for _, l := range linked {
		if l.Entity.ID == id {
			return l.Entity
		}
	}
	return kg.Entity{ID: id}
}

// wholesFirst orders the items a BOM question names so that a BOM's own
// products and assemblies are exploded before a part that prose gave
// parts to ("the coupling" of a manual's sentence).
func wholesFirst(items []string, types map[string]string) []string {
	var wholes, rest []string
	for _, id := range items {
		if t := types[id]; t == kg.Product || t == kg.Assembly {
			wholes = append(wholes, id)
		} else {
			rest = append(rest, id)
		}
	}
	return append(wholes, rest...)
}
