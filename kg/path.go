package kg

import "context"

// ShortestPath finds a shortest chain of relations between two entities,
// in either direction, by breadth-first search over one-hop
// neighbourhoods at clearance, within maxHops hops (each hop is one store
// query). It is ENOTFOUND when an entity is not visible or no path is that
// short.
func ShortestPath(ctx context.Context, r Reader, clearance Audience, from, to string, maxHops int) ([]Relation, error) {
	if ents, err := r.Entities(ctx, clearance, []string{from, to}); err != nil {
		return nil, err
	} else if len(ents) < 2 && from != to {
		return nil, Errorf(ENOTFOUND, "no such entities")
	}
	via := map[string]Relation{from: {}}
	frontier := []string{from}
	for hop := 0; hop < maxHops && len(frontier) > 0; hop++ {
		if _, ok := via[to]; ok {
			break
		}
		g, err := r.Neighbourhood(ctx, clearance, NeighbourQuery{Seeds: frontier, Hops: 1, Limit: 500})
		if err != nil {
			return nil, err
		}
		frontier = frontier[:0:0]
		for _, rel := range g.Relations {
			for _, step := range [][2]string{{rel.From, rel.To}, {rel.To, rel.From}} {
				if _, seen := via[step[1]]; !seen {
					if _, known := via[step[0]]; known {
						via[step[1]] = rel
						frontier = append(frontier, step[1])
					}
				}
			}
		}
	}
	if _, ok := via[to]; !ok {
		return nil, Errorf(ENOTFOUND, "no path within %d hops", maxHops)
	}
	path := []Relation{}
	for at := to; at != from; {
		rel := via[at]
		path = append([]Relation{rel}, path...)
		if rel.From == at {
			at = rel.To
		} else {
			at = rel.From
		}
	}
	return path, nil
}
