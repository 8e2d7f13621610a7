// Package extract finds facts in a loaded, chunked document: tables mapped
// by the kinds declared in tables.json, prose by the rules in rules.json,
// optionally a model on prose chunks, and entities resolved within the
// document by the alias table.
package extract

import (
	"context"
	"log/slog"
	"runtime/debug"

	"github.com/kgassist/kgassist/ingest/chunk"
	"github.com/kgassist/kgassist/ingest/load"
	"github.com/kgassist/kgassist/kg"
)

// Facts are what extractors find, each citing the chunks that support it.
type Facts struct {
	Entities  []kg.Entity
	Relations []kg.Relation
	// Usage is what model extraction cost; nil when no model was asked.
	Usage *Usage `json:",omitempty"`
}

// Add appends other's facts to f.
func (f *Facts) Add(other Facts) {
	f.Entities = append(f.Entities, other.Entities...)
	f.Relations = append(f.Relations, other.Relations...)
	AddUsage(&f.Usage, other.Usage)
}

// Extractor finds facts in a chunked document.
type Extractor interface {
	Extract(ctx context.Context, doc *load.Parsed, pieces []chunk.Piece) (Facts, error)
}

// PanicError turns a bug met while preparing one document into that
// document's failure; the stack goes to the log, not to the user.
func PanicError(uri, step string, r any) error {
	if step == "" {
		step = "preparing"
	}
	slog.Error("ingest panic", "uri", uri, "step", step, "panic", r, "stack", string(debug.Stack()))
	return kg.Errorf(kg.EINTERNAL, "kgassist hit a bug while %s %s; the document was not stored", step, uri)
}
