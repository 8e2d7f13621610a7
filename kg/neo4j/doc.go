// Package neo4j is the kg.Store on a Neo4j 5 server or cluster.
//
// # Graph layout
//
//	(:Document {id, uri, sha256, audience, ...})-[:HAS_CHUNK]->(:Chunk {id, doc_id, ordinal, text, seg, head, audience, embedding, ...})
//	(:Chunk)-[:NEXT]->(:Chunk)
//	(:Entity:<Type> {id, type, name, norm, audience})
//	(:Chunk|Document)-[:MENTIONS {doc_id, chunk_id, audience, name, aliases, props, search}]->(:Entity)
//	(:Rel {id, type, from, to, audience})                 one node per relation
//	(:Chunk|Document)-[:SUPPORTS {doc_id, chunk_id, audience, props}]->(:Rel)
//	(:Entity)-[:<TYPE> {id, audience}]->(:Entity)         the same relation, for traversal
//
// Each source of a fact is one relationship from the passage that asserts
// it (the document itself when no chunk is named), carrying what that source
// says (props as JSON, aliases). Relations get a node of their own because a
// relationship cannot point at a relationship; the typed edge beside it lets
// expansion follow typed, indexed adjacency. Audience is stored
// denormalised on every node and edge (the minimum over the sources), so
// reads filter with one comparison inside the query, and writes recompute
// it for the facts a document touched.
//
// Replacing or deleting a document never has to search: its old sources
// hang off its own chunks and node, so one hop finds every fact it touched.
//
// # Fulltext
//
// Chunk text and entity names are indexed in their textseg.Segment form
// with Lucene's whitespace analyzer, and queries are segmented the same way.
// The cjk analyzer would bigram Chinese the same way, but its English side
// (stop words, different handling of "p-100" or "1.5") would match other
// tokens than the embedded SQLite store; pre-segmenting gives both stores
// exactly one tokenizer, so a question finds the same chunks on both.
// A chunk's indexed text (seg) ends with its document title and section
// path, repeated to weigh them as the embedded store's heading column
// does (chunkSeg); head keeps them alone, and marks chunks already done
// when Open adds them to a graph written before.
//
// # Writes
//
// A batch commits in one transaction: one statement (groupStatement)
// removes the old version, writes documents and chunks, checks endpoints
// from elsewhere, writes the entity rows of every type (labels come from
// the rows, checked against the ontology first) and moves the change
// counter; one statement per relation type writes the relations; another
// recomputes what an old version touched, only when there was one. Rows
// carry their document and audience, so CommitGroup writes many documents
// with the same statements and one durable commit. The fulltext indexes are eventually
// consistent: Commit waits for their refresh, CommitGroup leaves it to one
// AwaitSearch at the end of a bulk import.
//
// # Round trips
//
// Every Reader method is one query, except Neighbourhood: one query per
// hop over the frontier and one for the facts reached, in one read
// transaction. Breadth-first search takes each relation once, where a
// variable-length pattern would enumerate every path (fan-out^hops on a
// deep BOM).
package neo4j
