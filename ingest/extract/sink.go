package extract

import (
	"strings"

	"github.com/kgassist/kgassist/kg"
)

// extractSink collects raw facts of one document before resolution. Every
// fact it records cites exactly one chunk; resolution unions them.
type extractSink struct {
	facts Facts
}

// extractEntity is what an extractor knows about one mention.
type extractEntity struct {
	typ     string
	name    string
	key     string // canonical name for the id when it is not the name (a part number)
	aliases []string
	props   kg.Props
}

// add records an entity mentioned by chunk and returns its id, or "" when
// the name is empty after cleaning.
func (s *extractSink) add(c kg.Chunk, e extractEntity) string {
	name := extractCleanName(e.name)
	if name == "" || kg.NormalizeName(name) == "" {
		return ""
	}
	key := name
	if e.key != "" {
		key = e.key
	}
	id := kg.EntityID(e.typ, key)
	var aliases []string
	for _, a := range e.aliases {
		if a = extractCleanName(a); a != "" && kg.NormalizeName(a) != kg.NormalizeName(name) {
			aliases = append(aliases, a)
		}
	}
	s.facts.Entities = append(s.facts.Entities, kg.Entity{
		ID: id, Type: e.typ, Name: name, Aliases: aliases, Props: extractNonEmpty(e.props),
		Sources: []kg.Source{{DocumentID: c.DocumentID, ChunkID: c.ID}},
	})
	return id
}

// entity is add for the common case of a bare name.
func (s *extractSink) entity(c kg.Chunk, typ, name string) string {
	return s.add(c, extractEntity{typ: typ, name: name})
}

// relate records a relation cited by chunk; the props are also the props of
// its source, so a store can tell which passage said which value.
func (s *extractSink) relate(c kg.Chunk, typ, from, to string, props kg.Props) {
	if from == "" || to == "" || from == to {
		return
	}
	props = extractNonEmpty(props)
	s.facts.Relations = append(s.facts.Relations, kg.Relation{
		ID: kg.RelationID(typ, from, to), Type: typ, From: from, To: to, Props: props,
		Sources: []kg.Source{{DocumentID: c.DocumentID, ChunkID: c.ID, Props: extractCopyProps(props)}},
	})
}

func extractNonEmpty(p kg.Props) kg.Props {
	if len(p) == 0 {
		return nil
	}
	out := kg.Props{}
	for k, v := range p {
		if v = strings.TrimSpace(v); v != "" {
			out[k] = v
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

func extractCopyProps(p kg.Props) kg.Props {
	if p == nil {
		return nil
	}
	out := make(kg.Props, len(p))
	for k, v := range p {
		out[k] = v
	}
	return out
}

// extractCleanName trims a cell or phrase to a name: outer space and the
// punctuation that merged cells and sentence ends leave behind.
func extractCleanName(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return strings.Trim(s, " ,.;:，。；：、")
}

// extractShorten cuts long text (a step, an action) to a readable name at a
// word or character boundary; the full text stays in the chunk.
func extractShorten(s string, max int) string {
	s = extractCleanName(s)
	r := []rune(s)
	if len(r) <= max {
		return s
	}
	cut := max
	for i := max; i > max/2; i-- {
		if r[i] == ' ' || r[i] == '，' || r[i] == ',' {
			cut = i
			break
		}
	}
	return strings.TrimSpace(string(r[:cut])) + "…"
}
