package tableq

import (
	"context"
)

// Schema is what a model is shown of a table to write a plan against:
// the columns, which of them hold numbers, and the values of the columns
// with few of them.
type Schema struct {
	Table   string         `json:"table"`
	Rows    int            `json:"rows"`
	Columns []SchemaColumn `json:"columns"`
}

// SchemaColumn is one column of a Schema.
type SchemaColumn struct {
	Name    string   `json:"name"`
	Numeric bool     `json:"numeric,omitempty"`
	Values  []string `json:"values,omitempty"`
}

// maxSchemaValues bounds the values shown per column.
const maxSchemaValues = 12

// Schema describes t for a planner.
func (t *Table) Schema() Schema {
	s := Schema{Table: t.Name(), Rows: len(t.Rows)}
	for i, c := range t.Columns {
		sc := SchemaColumn{Name: c.Name, Numeric: c.Numeric}
		if !c.Numeric && c.Distinct > 0 && c.Distinct <= maxSchemaValues {
			sc.Values = t.values(i)
		}
		s.Columns = append(s.Columns, sc)
	}
	return s
}

// Planner writes a plan for a question over a table, as JSON. What it
// returns is untrusted: it is decoded strictly and validated against the
// table before it runs.
type Planner interface {
	PlanTable(ctx context.Context, question string, schema Schema) ([]byte, error)
}

// Options are what Answer may use besides the question.
type Options struct {
	Translate Translate // Chinese terms against English sheets; nil for none
	Planner   Planner   // a model for questions the rules do not read; nil for none
	// Said reports a word the caller's documents use; nil takes every
	// word as used.
	Said func(word string) bool
}

// relevance is how strongly a question points at t when no plan was
// read: its row nouns, title, columns and values named.
func (t *Table) relevance(text string) int {
	q := newQuestion(text)
	return t.kindScore(q) + 2*len(t.mentions(q))
}
