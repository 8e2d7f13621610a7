package kg

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Document is one source file. It is identified by URI; its content by SHA256.
type Document struct {
	ID         string            `json:"id"`
	URI        string            `json:"uri"`
	Title      string            `json:"title"`
	SHA256     string            `json:"sha256"`
	Format     string            `json:"format"`
	Lang       string            `json:"lang,omitempty"`
	Audience   Audience          `json:"audience"`
	Source     string            `json:"source,omitempty"`
	Version    string            `json:"version,omitempty"`
	IngestedAt time.Time         `json:"ingested_at"`
	Meta       map[string]string `json:"meta,omitempty"`
	// Counts are filled by stores on reads.
	Chunks int `json:"chunks"`
	Facts  int `json:"facts"`
}

// DocumentID derives the stable document id from its URI.
func DocumentID(uri string) string { return shortHash("doc", uri) }

// Chunk is a citable passage of a document.
type Chunk struct {
	ID         string    `json:"id"`
	DocumentID string    `json:"document_id"`
	Ordinal    int       `json:"ordinal"`
	Text       string    `json:"text"`
	Section    []string  `json:"section,omitempty"`
	Page       int       `json:"page,omitempty"`
	Lang       string    `json:"lang,omitempty"`
	Kind       string    `json:"kind,omitempty"` // text, table_row, heading, list
	Embedding  []float32 `json:"-"`
	// Filled by stores on reads, for citations.
	Audience Audience `json:"audience"`
	DocURI   string   `json:"document_uri,omitempty"`
	DocTitle string   `json:"document_title,omitempty"`
}

// ChunkID derives a chunk id from its document and position.
func ChunkID(docID string, ordinal int) string { return docID + "." + strconv.Itoa(ordinal) }

// SectionPath joins a section path for display.
func (c Chunk) SectionPath() string { return strings.Join(c.Section, " > ") }

// Props are the properties of a fact. Values are strings so that units,
// tolerances and ranges survive exactly as written; Float parses numbers.
type Props map[string]string

// Float returns the numeric value of key, if it has one.
func (p Props) Float(key string) (float64, bool) {
	v, ok := p[key]
	if !ok {
		return 0, false
	}
	f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
	return f, err == nil
}

// Source is one passage that supports a fact, with the properties that
// passage asserts. Two sources of one fact may assert different values.
type Source struct {
	DocumentID string   `json:"document_id"`
	ChunkID    string   `json:"chunk_id"`
	Audience   Audience `json:"audience"`
	Props      Props    `json:"props,omitempty"`
}

// Entity is a thing in the plant's world: a part, a failure mode, a tool.
type Entity struct {
	ID      string   `json:"id"`
	Type    string   `json:"type"`
	Name    string   `json:"name"`
	Aliases []string `json:"aliases,omitempty"`
	Props   Props    `json:"props,omitempty"`
	// Sources are the visible passages that mention or define the entity.
	Sources []Source `json:"sources,omitempty"`
	// Audience is the lowest level among all sources: who may see it at all.
	Audience Audience `json:"audience"`
}

// EntityID derives an entity id from its type and name.
func EntityID(typ, name string) string { return typ + ":" + NormalizeName(name) }

// Relation is a typed, directed fact between two entities.
type Relation struct {
	ID       string   `json:"id"`
	Type     string   `json:"type"`
	From     string   `json:"from"`
	To       string   `json:"to"`
	Props    Props    `json:"props,omitempty"`
	Sources  []Source `json:"sources,omitempty"`
	Conflict bool     `json:"conflict,omitempty"`
	Audience Audience `json:"audience"`
}

// RelationID derives a relation id from its type and endpoints.
func RelationID(typ, from, to string) string { return shortHash("rel", typ+"\x00"+from+"\x00"+to) }

// MergeSources sets Props from the sources and flags a conflict when two
// sources give different values for the same key. Stores call it on reads
// after dropping the sources the caller may not see, so a hidden source can
// neither contribute a value nor reveal that a conflict exists.
func MergeSources(sources []Source) (Props, bool) {
	merged := Props{}
	conflict := false
	for _, s := range sources {
		for k, v := range s.Props {
			old, ok := merged[k]
			switch {
			case !ok:
				merged[k] = v
			case old != v && ConflictKey(k):
				conflict = true
			}
		}
	}
	return merged, conflict
}

// ConflictKey reports whether differing values of k between sources mean a
// real disagreement rather than extra detail (a row number, a note).
func ConflictKey(k string) bool {
	switch k {
	case "value", "unit", "min", "max", "tolerance", "qty", "severity", "occurrence", "detection", "rpn", "torque":
		return true
	}
	return false
}

// Subgraph is a set of entities and the relations among them.
type Subgraph struct {
	Entities  []Entity   `json:"nodes"`
	Relations []Relation `json:"edges"`
}

// Stats counts what a store holds.
type Stats struct {
	Documents int            `json:"documents"`
	Chunks    int            `json:"chunks"`
	Entities  int            `json:"entities"`
	Relations int            `json:"relations"`
	ByType    map[string]int `json:"by_type,omitempty"`
}

func shortHash(salt, s string) string {
	h := sha256.Sum256([]byte(salt + "\x00" + s))
	return hex.EncodeToString(h[:8])
}

// SortedKeys returns the keys of p in order, for deterministic output.
func (p Props) SortedKeys() []string {
	keys := make([]string, 0, len(p))
	for k := range p {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
