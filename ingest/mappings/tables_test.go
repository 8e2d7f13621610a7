package mappings

import (
	"bytes"
	"testing"
)

// The answerer takes the first role a word names, so the roles must come
// in the order tables.json writes them, the same on every run.
func TestColumnsInFileOrder(t *testing.T) {
	kindAt := map[string]int{}
	last := map[string]int{}
	cols := Columns()
	if len(cols) < 20 {
		t.Fatalf("only %d columns read", len(cols))
	}
	for _, c := range cols {
		if _, ok := kindAt[c.Kind]; !ok {
			kindAt[c.Kind] = bytes.Index(tablesJSON, []byte(`"kind": "`+c.Kind+`"`))
			if kindAt[c.Kind] < 0 {
				t.Fatalf("kind %q not in tables.json", c.Kind)
			}
			last[c.Kind] = kindAt[c.Kind]
		}
		at := bytes.Index(tablesJSON[last[c.Kind]:], []byte(`"`+c.Role+`": [`))
		if at < 0 {
			t.Fatalf("%s.%s comes before a role the file writes after it", c.Kind, c.Role)
		}
		last[c.Kind] += at
	}
}
