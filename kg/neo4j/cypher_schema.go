package neo4j

import (
	"strings"

	"github.com/kgassist/kgassist/kg"
)

// CypherSchema describes the graph layout to whoever writes queries
// against it: a language model turning an engineer's question into
// Cypher. It names only what a read query needs.
func CypherSchema() string {
	return strings.NewReplacer(
		"{types}", strings.Join(kg.EntityTypes(), ", "),
		"{relations}", strings.Join(kg.RelationTypes(), ", "),
	).Replace(cypherSchema)
}

const cypherSchema = `Nodes:
(:Entity:<Type> {id, type, name, norm, audience}) — a thing in the plant's world. <Type> is one of {types}. id is "<Type>:<normalised name>", e.g. "Part:mechanical seal"; norm is the lower-case name.
(:Document {id, uri, title, format, lang, audience, version}) — a source file.
(:Chunk {id, doc_id, ordinal, text, section, page, lang, audience}) — a passage of a document.
(:Rel {id, type, from, to, audience}) — one node per fact between two entities; from and to are entity ids.

Relationships:
(:Entity)-[:<TYPE> {id}]->(:Entity) — the facts, for traversal. <TYPE> is one of {relations}. Example: (product)-[:HAS_PART]->(part) means the product contains the part.
(:Document)-[:HAS_CHUNK]->(:Chunk), (:Chunk)-[:NEXT]->(:Chunk) — passages in reading order.
(:Chunk)-[:MENTIONS {name, aliases, props}]->(:Entity) — a passage names an entity; aliases is a list (other languages, part numbers); props is a JSON string.
(:Chunk)-[:SUPPORTS {props}]->(:Rel) — a passage states a fact; props is a JSON string of its values (qty, value, unit, min, max, severity, rpn).

audience is 0 public, 1 partner, 2 internal, 3 restricted.
To find an entity by name, test e.norm CONTAINS 'lower-case words', or any(a IN m.aliases WHERE a = 'P-100') on a MENTIONS relationship m.`
