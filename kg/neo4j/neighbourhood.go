package neo4j

import (
	"context"
	"fmt"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/kgassist/kgassist/kg"
)

// maxHops bounds the round trips of one expansion. Breadth-first search
// visits each relation once, so depth costs a query per hop rather than
// degree^hops paths; the bound only stops a runaway Hops on a long chain.
const maxHops = 64

// Neighbourhood expands breadth-first from the seeds along visible
// relations through visible entities: one query per hop over the frontier,
// each relation taken once, nearest hops first and by id within a hop,
// then one query for what the caller may see of the facts reached. A
// variable-length pattern would enumerate every path instead, which on a
// deep BOM or a hub grows with degree^hops. All queries share one read
// transaction, so the hops see one snapshot of the graph.
func (s *Store) Neighbourhood(ctx context.Context, clearance kg.Audience, q kg.NeighbourQuery) (kg.Subgraph, error) {
	const op = "neo4j.Neighbourhood"
	if len(q.Seeds) == 0 {
		return kg.Subgraph{}, nil
	}
	step, err := hopQuery(q)
	if err != nil {
		return kg.Subgraph{}, kg.Errorf(kg.EINVALID, "%s: %v", op, err)
	}
	var g kg.Subgraph
	err = s.readTx(ctx, op, func(tx neo4j.ManagedTransaction) error {
		b := newBFS(q.Seeds)
		if err := b.expand(ctx, tx, step, clearance, q); err != nil {
			return err
		}
		g, err = project(ctx, tx, clearance, b.rels, b.reached)
		return err
	})
	return g, err
}

// bfs is the state of one breadth-first expansion.
type bfs struct {
	seen     map[string]bool // relation ids taken
	visited  map[string]bool // entity ids reached
	rels     []string        // relation ids in the order taken
	reached  []string        // seeds, then entities in the order reached
	frontier []string
}

func newBFS(seeds []string) *bfs {
	b := &bfs{seen: map[string]bool{}, visited: map[string]bool{}}
	for _, id := range seeds {
		if !b.visited[id] {
			b.visited[id] = true
			b.reached = append(b.reached, id)
		}
	}
	b.frontier = b.reached
	return b
}

// expand runs one query per hop until the hops, the frontier or the
// limit run out.
func (b *bfs) expand(ctx context.Context, tx neo4j.ManagedTransaction, step string, clearance kg.Audience, q kg.NeighbourQuery) error {
	limit := limitOr(q.Limit, 500)
	hops := min(max(q.Hops, 1), maxHops)
	again := 0 // relations of the last hop that an undirected hop finds again from their other end
	for hop := 0; hop < hops && len(b.frontier) > 0 && len(b.rels) < limit; hop++ {
		recs, err := run(ctx, tx, step, map[string]any{"frontier": b.frontier,
			"clearance": int64(clearance), "limit": int64(limit - len(b.rels) + again)})
		if err != nil {
			return err
		}
		taken := b.take(recs, limit)
		if q.Dir == kg.Both {
			again = taken
		}
	}
	return nil
}

// take adds the hop's new relations up to limit, makes the entities they
// reach the next frontier, and says how many relations it took.
func (b *bfs) take(recs []*neo4j.Record, limit int) int {
	var next []string
	taken := 0
	for _, r := range recs {
		id := str(r.Values[0])
		if b.seen[id] || len(b.rels) >= limit {
			continue
		}
		b.seen[id] = true
		b.rels = append(b.rels, id)
		taken++
		for _, end := range []any{r.Values[1], r.Values[2]} {
			if e := str(end); !b.visited[e] {
				b.visited[e] = true
				b.reached = append(b.reached, e)
				next = append(next, e)
			}
		}
	}
	b.frontier = next
	return taken
}

// hopQuery builds the query for one hop. Types come from kg.RelationTypes
// only: every requested type is checked against it before it is written
// into the pattern. The sort is a top-k bounded by the limit; it reads a
// hub's relations once, which the audience filter must do anyway.
func hopQuery(q kg.NeighbourQuery) (string, error) {
	types := q.Types
	if len(types) == 0 {
		types = kg.RelationTypes
	}
	for _, t := range types {
		if !kg.ValidRelationType(t) {
			return "", fmt.Errorf("unknown relation type %q", t)
		}
	}
	rel := "[r:" + strings.Join(types, "|") + "]"
	var pattern string
	switch q.Dir {
	case kg.Out:
		pattern = "-" + rel + "->"
	case kg.In:
		pattern = "<-" + rel + "-"
	case kg.Both:
		pattern = "-" + rel + "-"
	default:
		return "", fmt.Errorf("unknown direction %d", q.Dir)
	}
	return `UNWIND $frontier AS id
MATCH (x:Entity {id: id})` + pattern + `(y:Entity)
WHERE x.audience <= $clearance AND r.audience <= $clearance AND y.audience <= $clearance
WITH DISTINCT r
ORDER BY r.id LIMIT $limit
RETURN r.id, startNode(r).id, endNode(r).id`, nil
}

// project reads the relations and entities reached, in that order, with
// the sources the caller may see.
func project(ctx context.Context, tx neo4j.ManagedTransaction, clearance kg.Audience, rels, ents []string) (kg.Subgraph, error) {
	recs, err := run(ctx, tx, `CALL {
  UNWIND range(0, size($rids) - 1) AS ord
  MATCH (x:Rel {id: $rids[ord]})`+relationProjection+`
  WITH x, sources ORDER BY ord
  RETURN collect([x {.id, .type, .from, .to, .audience}, sources]) AS rels }
CALL {
  UNWIND range(0, size($ids) - 1) AS ord
  MATCH (e:Entity {id: $ids[ord]}) WHERE e.audience <= $clearance`+entityProjection+`
  WITH e, sources ORDER BY ord
  RETURN collect([e {.id, .type, .name, .audience}, sources]) AS ents }
RETURN rels, ents`, map[string]any{"rids": stringsOrEmpty(rels), "ids": stringsOrEmpty(ents), "clearance": int64(clearance)})
	if err != nil || len(recs) == 0 {
		return kg.Subgraph{}, err
	}
	var g kg.Subgraph
	for _, pair := range recs[0].Values[0].([]any) {
		p := pair.([]any)
		g.Relations = append(g.Relations, relationFrom(p[0], p[1]))
	}
	for _, pair := range recs[0].Values[1].([]any) {
		p := pair.([]any)
		g.Entities = append(g.Entities, entityFrom(p[0], p[1]))
	}
	return g, nil
}
