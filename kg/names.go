package kg

import "context"

// NameLister is an optional ability: it streams every entity name and alias
// visible at a clearance, so retrieval can build an entity-linking
// dictionary. Each surface form carries the lowest audience among the
// sources that assert it, and only forms visible at clearance are listed.
type NameLister interface {
	EntityNames(ctx context.Context, clearance Audience, fn func(EntityName) error) error
}

// EntityName is one surface form (a name or an alias) of an entity.
type EntityName struct {
	EntityID string
	Type     string
	Surface  string
	Audience Audience
}
