package extract

import (
	"sync"

	"github.com/kgassist/kgassist/kg"
)

// TableColumns is how the table mappings read one header: the kind of
// table, the role each column plays ("" for none) and the header words of
// every role of that kind. Questions over a whole table are read with the
// same vocabulary the table was mapped with.
type TableColumns struct {
	Kind     string
	Roles    []string
	Synonyms map[string][]string
}

// TableColumns classifies header with the extractor's mappings.
func (x *RuleExtractor) TableColumns(header []string) TableColumns {
	c := x.tables.classify(header)
	out := TableColumns{Kind: c.kind, Roles: make([]string, len(header)), Synonyms: map[string][]string{}}
	for role, col := range c.role {
		out.Roles[col] = role
	}
	for _, k := range x.tables.kinds {
		if k.Kind == c.kind {
			for role, syns := range k.Columns {
				out.Synonyms[role] = syns
			}
		}
	}
	return out
}

var (
	defaultOnce sync.Once
	defaultX    *RuleExtractor
	defaultErr  error
)

// ClassifyHeader reads header with the built-in mappings.
func ClassifyHeader(header []string) (TableColumns, error) {
	defaultOnce.Do(func() { defaultX, defaultErr = NewExtractor() })
	if defaultErr != nil {
		return TableColumns{}, kg.Wrap("ingest.ClassifyHeader", defaultErr)
	}
	return defaultX.TableColumns(header), nil
}

// NullValue reports whether a cell says there is no value ("n/a", "无",
// "no current controls"), as the built-in mappings read it.
func NullValue(cell string) bool {
	defaultOnce.Do(func() { defaultX, defaultErr = NewExtractor() })
	if defaultErr != nil {
		return false
	}
	return defaultX.tables.nulls[mapNormHeader(cell)]
}

// KnownHeader reports whether h is a header word of any table kind.
func KnownHeader(h string) bool {
	defaultOnce.Do(func() { defaultX, defaultErr = NewExtractor() })
	if defaultErr != nil {
		return false
	}
	n := mapNormHeader(h)
	for _, k := range defaultX.tables.kinds {
		for _, syns := range k.Columns {
			for _, s := range syns {
				if s == n {
					return true
				}
			}
		}
	}
	return false
}
