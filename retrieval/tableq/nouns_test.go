package tableq

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A count is said in the asker's words for what it counts.
func TestRowNoun(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "nouns.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimRight(string(data), "\n"), "\n") {
		q, want, ok := strings.Cut(line, "\t")
		if !ok || strings.HasPrefix(line, "#") {
			continue
		}
		if got := RowNoun(q); got != want {
			t.Errorf("RowNoun(%q) = %q, want %q", q, got, want)
		}
	}
}

// A figure carries the unit its header or its cells give.
func TestColumnUnit(t *testing.T) {
	log := loadTable(t, "examples/demo/internal/maintenance_log.csv")
	parts := loadTable(t, "../shared/corpus/osr-bom/parts_list.csv")
	for _, c := range []struct {
		t            *Table
		column, want string
	}{{log, "Downtime (h)", "h"}, {log, "Symptom", ""}, {parts, "cost pp", "$"}} {
		if got := c.t.ColumnUnit(c.column); got != c.want {
			t.Errorf("ColumnUnit(%q) = %q, want %q", c.column, got, c.want)
		}
	}
}
