package neo4j

import (
	"strings"
)

// The static check below runs before the server plans a query. It is the
// cheap first line; the server's own verdict (EXPLAIN's query type, then a
// read access-mode transaction) is the authority on writes. The check
// exists for what the planner calls a read but an engineer's query must
// still not do: read files (LOAD CSV), call administrative procedures
// (dbms.*, which EXPLAIN may report as reads), switch database (USE), list
// users or settings (SHOW), or run more than one statement.

// firstWords may open a query: the reading clauses.
var firstWords = map[string]bool{"MATCH": true, "OPTIONAL": true, "WITH": true, "UNWIND": true, "RETURN": true, "CALL": true}

// forbiddenWords are keywords of writing, loading, administration and
// query options, refused wherever they appear as a keyword.
var forbiddenWords = map[string]string{
	"CREATE": "writes", "MERGE": "writes", "DELETE": "writes", "DETACH": "writes", "SET": "writes",
	"REMOVE": "writes", "INSERT": "writes", "FOREACH": "writes", "DROP": "changes the schema",
	"ALTER": "administers the server", "GRANT": "administers the server", "DENY": "administers the server",
	"REVOKE": "administers the server", "START": "administers the server", "STOP": "administers the server",
	"ENABLE": "administers the server", "TERMINATE": "administers the server", "SHOW": "administers the server",
	"LOAD": "reads files", "USE": "switches database", "TRANSACTIONS": "runs its own transactions",
	"PERIODIC": "runs its own transactions", "EXPLAIN": "sets query options", "PROFILE": "sets query options",
	"CYPHER": "sets query options",
}

// forbiddenNamespaces hold procedures and functions outside the graph's
// data: server administration, plugins, transaction metadata.
var forbiddenNamespaces = []string{"apoc", "dbms", "gds", "genai", "tx", "system"}

// allowedProcedures are the procedures a read query may CALL: index
// lookups and schema listings, all reads of the graph's own data.
var allowedProcedures = map[string]bool{
	"db.index.fulltext.queryNodes":         true,
	"db.index.fulltext.queryRelationships": true,
	"db.index.vector.queryNodes":           true,
	"db.labels":                            true,
	"db.relationshipTypes":                 true,
	"db.propertyKeys":                      true,
}

// refusal is a reason a query is not run. Its text names the rule, never
// the query.
type refusal string

func (r refusal) Error() string { return string(r) }

// checkCypher refuses q unless it is one statement that opens with a
// reading clause and holds no forbidden keyword, namespace or procedure.
func checkCypher(q string) error {
	toks, err := lexCypher(q)
	if err != nil {
		return err
	}
	if len(toks) == 0 {
		return lexError("empty query")
	}
	if toks[0].kind != tWord || !firstWords[strings.ToUpper(toks[0].text)] {
		return refusal("a query must open with MATCH, OPTIONAL MATCH, WITH, UNWIND, RETURN or CALL")
	}
	for i, t := range toks {
		if err := checkToken(toks, i, t); err != nil {
			return err
		}
	}
	return nil
}

func checkToken(toks []token, i int, t token) error {
	switch t.kind {
	case tPunct:
		if t.text == ";" {
			return refusal("only one statement is allowed")
		}
	case tQuoted:
		if ns := namespaceOf(t.text); ns != "" {
			return refusal("the " + ns + " namespace is not allowed")
		}
	case tWord:
		if isNameAfter(toks, i) {
			return nil // a property, label or relationship type
		}
		upper := strings.ToUpper(t.text)
		if why, ok := forbiddenWords[upper]; ok {
			return refusal("the query " + why + " (" + upper + ")")
		}
		if ns := namespaceOf(t.text); ns != "" && isCall(toks, i) {
			return refusal("the " + ns + " namespace is not allowed")
		}
		if upper == "CALL" {
			return checkCall(toks, i)
		}
	}
	return nil
}

// isNameAfter reports whether the word at i follows "." or ":", where it
// can only name a property, label or type, never act as a keyword.
func isNameAfter(toks []token, i int) bool {
	return i > 0 && toks[i-1].kind == tPunct && (toks[i-1].text == "." || toks[i-1].text == ":")
}

func followedBy(toks []token, i int, punct string) bool {
	return i+1 < len(toks) && toks[i+1].kind == tPunct && toks[i+1].text == punct
}

// isCall reports whether the dotted name starting at i is called as a
// function: apoc.text.join(…), not the property access tx.name.
func isCall(toks []token, i int) bool {
	n := len(strings.Split(procedureName(toks[i:]), "."))
	next := i + 2*n - 1
	return next < len(toks) && toks[next].kind == tPunct && toks[next].text == "("
}

// checkCall allows CALL { … } and CALL (…) { … } subqueries, whose
// clauses are checked like the rest, and procedures on the allowlist.
func checkCall(toks []token, i int) error {
	if followedBy(toks, i, "{") || followedBy(toks, i, "(") {
		return nil
	}
	name := procedureName(toks[i+1:])
	if !allowedProcedures[name] {
		return refusal("only index lookups and schema listings may be called")
	}
	return nil
}

// procedureName joins a dotted name of words and quoted names:
// db.index.fulltext.queryNodes, `db`.`labels` and `db.labels` are one name.
func procedureName(toks []token) string {
	var b strings.Builder
	for i, t := range toks {
		switch {
		case i%2 == 0 && (t.kind == tWord || t.kind == tQuoted):
			b.WriteString(t.text)
		case i%2 == 1 && t.kind == tPunct && t.text == ".":
			b.WriteByte('.')
		default:
			return b.String()
		}
	}
	return b.String()
}

// namespaceOf returns the forbidden namespace name starts with, if any.
func namespaceOf(name string) string {
	lower := strings.ToLower(strings.TrimSpace(name))
	for _, ns := range forbiddenNamespaces {
		if lower == ns || strings.HasPrefix(lower, ns+".") {
			return ns
		}
	}
	return ""
}
