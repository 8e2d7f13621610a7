package neo4j

import (
	"fmt"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Operational records (keys, conversations, the audit log, feedback, jobs;
// see auth/neo4j) and the store's own bookkeeping share the database
// with the graph but are not knowledge: an engineer's query must never read
// them. They are linked only to each other, so a query can reach them only
// from an anchor that names their labels or types, or that names none.
var (
	// unanchoredOperators start from every node or relationship, or from
	// raw ids, rather than from a label, type or index of the graph.
	unanchoredOperators = map[string]bool{
		"AllNodesScan": true, "PartitionedAllNodesScan": true,
		"NodeByIdSeek": true, "NodeByElementIdSeek": true,
		"DirectedAllRelationshipsScan": true, "UndirectedAllRelationshipsScan": true,
		"PartitionedDirectedAllRelationshipsScan": true, "PartitionedUndirectedAllRelationshipsScan": true,
		"DirectedRelationshipByIdSeek": true, "UndirectedRelationshipByIdSeek": true,
		"DirectedRelationshipByElementIdSeek": true, "UndirectedRelationshipByElementIdSeek": true,
	}
	// operationalNames are label and type prefixes a plan may not mention.
	operationalNames = []string{"Kga", "KGA_", "KgMeta"}
)

// checkPlan walks EXPLAIN's plan and refuses one that starts from an
// unanchored scan or touches operational labels or types.
func checkPlan(p neo4j.Plan) error {
	if p == nil {
		return refusal("the server returned no plan to check")
	}
	op, _, _ := strings.Cut(p.Operator(), "@")
	if unanchoredOperators[op] {
		return refusal(fmt.Sprintf("the plan scans every node or relationship (%s): start from a label of the graph, such as (p:Part)", op))
	}
	details, _ := p.Arguments()["Details"].(string)
	for _, name := range operationalNames {
		if strings.Contains(details, ":"+name) || strings.Contains(details, "`"+name) {
			return refusal("operational records are not part of the graph and cannot be queried")
		}
	}
	for _, c := range p.Children() {
		if err := checkPlan(c); err != nil {
			return err
		}
	}
	return nil
}
