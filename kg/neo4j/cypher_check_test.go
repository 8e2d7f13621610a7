package neo4j

import (
	"testing"
)

// benignCypher must pass the static check: the check refuses by keyword,
// so it must not refuse reads that merely mention such words in strings,
// comments, properties or labels.
var benignCypher = []string{
	"MATCH (p:Entity {id: $id})-[:HAS_PART]->(c) RETURN c.name",
	"match (p)-[:HAS_PART]->(c:Entity {id: $id}) return p.name order by p.name",
	"MATCH (c:Chunk) WHERE c.text CONTAINS 'create; delete; LOAD CSV; dbms.listConfig()' RETURN c.id",
	"MATCH (e:Entity) WHERE e.name = \"泵的机械密封\" RETURN e // 查询：CREATE 不会执行",
	"MATCH (e:Entity) /* SET e.x = 1 */ RETURN e.name",
	"MATCH (e:Entity) WHERE e.name = 'it\\'s; CREATE' RETURN e",
	"MATCH (tx:Entity) RETURN tx.name, tx.set, tx.delete",
	"MATCH (n:`Set`)-[:USES]->(m:`泵`) RETURN n, m",
	"CALL db.index.fulltext.queryNodes('kg_chunk_seg', 'pump') YIELD node, score RETURN node.id, score",
	"CALL `db`.`labels`() YIELD label RETURN label",
	"CALL { MATCH (n:Entity) RETURN n LIMIT 5 } RETURN n.name",
	"OPTIONAL MATCH (n:Entity) RETURN count(n)",
	"UNWIND [1, 2, 3] AS x WITH x WHERE x > 1 RETURN x",
	"RETURN point.distance(point({x: 0, y: 0}), point({x: 3, y: 4}))",
	"MATCH p = (a:Entity)-[*1..3]->(b:Entity) RETURN p LIMIT 10",
}

func TestCheckCypherAcceptsReads(t *testing.T) {
	for _, q := range benignCypher {
		if err := checkCypher(q); err != nil {
			t.Errorf("checkCypher(%q) = %v, want nil", q, err)
		}
	}
}

// TestCheckCypherCorpus runs the static check alone on the hostile corpus:
// it must refuse every entry marked write or refused, and let through the
// entries marked server or bounded, which the server must stop (the live
// test proves it does). A change that makes the check stricter or looser
// shows up here as a moved entry.
func TestCheckCypherCorpus(t *testing.T) {
	for _, q := range loadHostile(t) {
		err := checkCypher(q.Text)
		switch q.Expect {
		case "write", "refused":
			if err == nil {
				t.Errorf("%s: static check let through %q", q.Name, q.Text)
			} else if echoesQuery(err.Error(), q.Text) {
				t.Errorf("%s: refusal %q repeats the query", q.Name, err)
			}
		case "server", "bounded":
			if err != nil {
				t.Errorf("%s: static check refused (%v); the entry is meant to reach the server", q.Name, err)
			}
		}
	}
}

func TestProcedureName(t *testing.T) {
	toks, err := lexCypher("CALL `db.index`.fulltext . `queryNodes`('x', 'y')")
	if err != nil {
		t.Fatal(err)
	}
	if got := procedureName(toks[1:]); got != "db.index.fulltext.queryNodes" {
		t.Errorf("procedureName = %q", got)
	}
}
