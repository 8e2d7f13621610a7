package neo4j

import (
	"context"
	"fmt"
	"strings"

	"github.com/kgassist/kgassist/kg"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// maxHops bounds the statements of one expansion. Breadth-first search
// visits each relation once, so depth costs a stage per hop rather than
// degree^hops paths; the bound only stops a runaway Hops on a long chain.
const maxHops = 64

// hopsPerStatement is how many hops one statement expands. Retrieval asks
// for one to three, so a question's expansion is one round trip; deeper
// expansions continue in further statements of one read transaction.
const hopsPerStatement = 4

// Neighbourhood expands breadth-first from the seeds along visible
// relations through visible entities, each relation taken once, nearest
// hops first and by id within a hop, and returns what the caller may see
// of the facts reached. A variable-length pattern would enumerate every
// path instead, which on a deep BOM or a hub grows with degree^hops.
//
// The statements have one text per direction whatever the types, hops and
// seeds, so the server plans them once (Warm plans them) instead of
// compiling a new plan for each combination a question brings.
func (s *Store) Neighbourhood(ctx context.Context, clearance kg.Audience, q kg.NeighbourQuery) (kg.Subgraph, error) {
	const op = "neo4j.Neighbourhood"
	if len(q.Seeds) == 0 {
		return kg.Subgraph{}, nil
	}
	stmt, types, err := expansion(q)
	if err != nil {
		return kg.Subgraph{}, kg.Errorf(kg.EINVALID, "%s: %v", op, err)
	}
	hops, limit := min(max(q.Hops, 1), maxHops), limitOr(q.Limit, 500)
	var g kg.Subgraph
	err = s.readTx(ctx, op, func(tx neo4j.ManagedTransaction) error {
		st := newExpansionState(q.Seeds, hops) // afresh if the driver retries
		for {
			// Lists travel inside one map: the server keys its plan cache
			// on the size of each list or string parameter, and would plan
			// again for each new combination of sizes.
			recs, err := run(ctx, tx, stmt, map[string]any{"in": map[string]any{
				"frontier": st.frontier, "visited": st.visited, "taken": st.taken, "types": types},
				"hops": int64(min(st.hops, hopsPerStatement)), "project": st.hops <= hopsPerStatement,
				"clearance": int64(clearance), "limit": int64(limit)})
			if err != nil {
				return err
			}
			if len(recs) == 0 || recs[0].Values[3] == true {
				g = subgraphFrom(recs)
				return nil
			}
			st.advance(recs)
		}
	})
	return g, err
}

// expansionState is where a breadth-first expansion stands between
// statements: the relations taken as [id, start id, end id] in order, the
// entities reached in order (seeds first), the next hop's frontier, and
// the hops still to go.
type expansionState struct {
	taken             [][]string
	visited, frontier []string
	hops              int
}

func newExpansionState(seeds []string, hops int) *expansionState {
	seeds = dedupe(seeds)
	return &expansionState{taken: [][]string{}, visited: seeds, frontier: seeds, hops: hops}
}

// advance takes the state a statement ended with, short of its hops.
func (st *expansionState) advance(recs []*neo4j.Record) {
	st.hops -= hopsPerStatement
	v := recs[0].Values
	st.taken = st.taken[:0:0]
	for _, t := range v[0].([]any) {
		st.taken = append(st.taken, anyStrings(t))
	}
	st.visited, st.frontier = anyStrings(v[1]), anyStrings(v[2])
}

// expansion returns the statement for q's direction and the relation
// types, checked against the allowlist, that travel as a parameter.
func expansion(q kg.NeighbourQuery) (string, []string, error) {
	types := q.Types
	if len(types) == 0 {
		types = kg.RelationTypes()
	}
	for _, t := range types {
		if !kg.ValidRelationType(t) {
			return "", nil, fmt.Errorf("unknown relation type %q", t)
		}
	}
	stmt, ok := expansionStatements[q.Dir]
	if !ok {
		return "", nil, fmt.Errorf("unknown direction %d", q.Dir)
	}
	return stmt, types, nil
}

// directionPatterns are the relationship patterns of each direction.
var directionPatterns = map[kg.Direction]string{
	kg.Out:  "-[r:%s]->",
	kg.In:   "<-[r:%s]-",
	kg.Both: "-[r:%s]-",
}

// expansionStatements holds one statement per direction.
var expansionStatements = perDirection(expansionStatement)

func perDirection(statement func(pattern string) string) map[kg.Direction]string {
	out := map[kg.Direction]string{}
	for dir, pattern := range directionPatterns {
		out[dir] = statement(pattern)
	}
	return out
}

// expansionStatement chains hopsPerStatement hops, each skipped once $hops
// are done, and then, once the expansion is done ($project: these are the
// last hops; or no frontier or no room is left), reads the facts reached.
// Every relation type is in the pattern, so that the expansion never
// walks a mention or a chunk link; the types asked for are a filter.
//
// The statement takes a few hundred milliseconds to plan, and the server
// replans a cached statement whenever index statistics move, as they do
// after every import: replan=skip keeps the first plan instead, so no
// question pays for it. That plan cannot go stale, since every MATCH in
// the statement starts from a unique index seek (the hint pins the one the
// planner would otherwise turn into a scan).
func expansionStatement(pattern string) string {
	return expansionChain(pattern) + projectionReturn
}

// expansionChain is expansionStatement up to its RETURN: one row binding
// taken, visited, frontier, done, rels and ents, to which ReadMany adds
// its other reads.
func expansionChain(pattern string) string {
	rel := fmt.Sprintf(pattern, strings.Join(kg.RelationTypes(), "|"))
	var b strings.Builder
	b.WriteString("CYPHER replan=skip\nWITH $in.frontier AS frontier, $in.visited AS visited, $in.taken AS taken, $in.types AS types")
	for hop := 1; hop <= hopsPerStatement; hop++ {
		fmt.Fprintf(&b, hopStage, hop, rel)
	}
	b.WriteString(projection)
	return b.String()
}

// hopStage takes the next hop's relations not taken before, up to the
// limit, in id order, and makes the entities they reach first, in that
// order, the next frontier. The hint keeps the planner from scanning
// every entity per frontier id, which it otherwise picks for some stages
// of the chain. Each collect makes one row even when nothing
// is found, so the expansion carries on to the projection.
const hopStage = `
CALL { WITH frontier, taken, types
  WITH frontier, taken, types, [t IN taken | t[0]] AS seen
  UNWIND CASE WHEN $hops >= %d AND size(taken) < $limit THEN frontier ELSE [] END AS id
  MATCH (x:Entity {id: id})%s(y:Entity)
  USING INDEX SEEK x:Entity(id)
  WHERE type(r) IN types AND NOT r.id IN seen
    AND x.audience <= $clearance AND r.audience <= $clearance AND y.audience <= $clearance
  WITH DISTINCT r
  ORDER BY r.id LIMIT $limit
  RETURN collect([r.id, startNode(r).id, endNode(r).id]) AS found }
WITH visited, taken, types, found[..($limit - size(taken))] AS found
CALL { WITH visited, found
  UNWIND range(0, 2 * size(found) - 1) AS i
  WITH found[i / 2][1 + i %% 2] AS e, i, visited
  WHERE NOT e IN visited
  WITH e, min(i) AS first ORDER BY first
  RETURN collect(e) AS next }
WITH taken + found AS taken, visited + next AS visited, next AS frontier, types`

// projection reads the relations and entities reached, in that order,
// with the sources the caller may see.
const projection = `
WITH taken, visited, frontier, $project OR size(frontier) = 0 OR size(taken) >= $limit AS done
CALL { WITH taken, done
  UNWIND CASE WHEN done THEN range(0, size(taken) - 1) ELSE [] END AS ord
  MATCH (x:Rel {id: taken[ord][0]})` + relationProjection + `
  WITH x, sources ORDER BY ord
  RETURN collect([x {.id, .type, .from, .to, .audience}, sources]) AS rels }
CALL { WITH visited, done
  UNWIND CASE WHEN done THEN range(0, size(visited) - 1) ELSE [] END AS ord
  MATCH (e:Entity {id: visited[ord]}) WHERE e.audience <= $clearance` + entityProjection + `
  WITH e, sources ORDER BY ord
  RETURN collect([e {.id, .type, .name, .audience}, sources]) AS ents }`

const projectionReturn = `
RETURN taken, visited, frontier, done, rels, ents`

func subgraphFrom(recs []*neo4j.Record) kg.Subgraph {
	var g kg.Subgraph
	if len(recs) == 0 {
		return g
	}
	v := recs[0].Values
	for _, pair := range v[4].([]any) {
		p := pair.([]any)
		g.Relations = append(g.Relations, relationFrom(p[0], p[1]))
	}
	for _, pair := range v[5].([]any) {
		p := pair.([]any)
		g.Entities = append(g.Entities, entityFrom(p[0], p[1]))
	}
	return g
}
