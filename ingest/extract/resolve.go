package extract

import (
	"context"
	"sort"
	"strings"

	"github.com/kgassist/kgassist/kg"
)

// resolveAliases is aliases.tsv: for each type, every known name of a thing
// mapped to its canonical name, across languages.
type resolveAliases struct {
	canon   map[string]string   // type \x00 normalized name -> canonical name
	entries map[string][]string // type \x00 canonical -> canonical and aliases
	types   map[string][]string // type -> every name, for lexicons (tools)
}

func resolveLoadAliases(read func(string) ([]byte, error)) (*resolveAliases, error) {
	b, err := read("aliases.tsv")
	if err != nil {
		return nil, err
	}
	a := &resolveAliases{canon: map[string]string{}, entries: map[string][]string{}, types: map[string][]string{}}
	for n, line := range strings.Split(string(b), "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 2 || !kg.ValidEntityType(f[0]) || strings.TrimSpace(f[1]) == "" {
			return nil, kg.Errorf(kg.EINVALID, "aliases.tsv line %d: want Type<TAB>canonical<TAB>alias|alias", n+1)
		}
		typ, canonical := f[0], strings.TrimSpace(f[1])
		all := []string{canonical}
		if len(f) > 2 {
			for _, al := range strings.Split(f[2], "|") {
				if al = strings.TrimSpace(al); al != "" {
					all = append(all, al)
				}
			}
		}
		for _, name := range all {
			a.canon[typ+"\x00"+kg.NormalizeName(name)] = canonical
		}
		a.entries[typ+"\x00"+canonical] = all
		a.types[typ] = append(a.types[typ], all...)
	}
	return a, nil
}

// canonical returns the canonical name of name as a typ, if the table knows it.
func (a *resolveAliases) canonical(typ, name string) (string, bool) {
	c, ok := a.canon[typ+"\x00"+kg.NormalizeName(name)]
	return c, ok
}

// namesOf returns the canonical name and aliases of a canonical entry.
func (a *resolveAliases) namesOf(typ, canonical string) []string {
	return a.entries[typ+"\x00"+canonical]
}

// names returns every name the table gives things of typ.
func (a *resolveAliases) names(typ string) []string { return a.types[typ] }

// resolveFacts merges the entities of one document that are one thing, by
// type and normalized name, aliases, the alias table and part numbers; it
// rewrites relation endpoints to the merged ids and merges repeated
// relations. Output is sorted, so equal input gives equal output.
func resolveFacts(ctx context.Context, f Facts, a *resolveAliases) (Facts, error) {
	ents := make([]resolveEntity, len(f.Entities))
	for i, e := range f.Entities {
		if i%resolveCheck == 0 && ctx.Err() != nil {
			return Facts{}, ctx.Err()
		}
		ents[i] = resolveNew(e, a)
	}
	groups := resolveGroup(ents)
	idMap := map[string]string{}
	var out Facts
	for n, g := range groups {
		if n%resolveCheck == 0 && ctx.Err() != nil {
			return Facts{}, ctx.Err()
		}
		merged := resolveMerge(ents, g)
		for _, i := range g {
			idMap[f.Entities[i].ID] = merged.ID
		}
		out.Entities = append(out.Entities, merged)
	}
	sort.Slice(out.Entities, func(i, j int) bool { return out.Entities[i].ID < out.Entities[j].ID })
	var err error
	out.Relations, err = resolveRelations(ctx, f.Relations, idMap)
	return out, err
}

// resolveCheck is how often resolution looks whether its caller gave up:
// a large table's facts take seconds to resolve.
const resolveCheck = 4096

// resolveEntity is an entity with what resolution knows about it.
type resolveEntity struct {
	kg.Entity
	canonical bool // id comes from the alias table
	partNo    bool // id comes from a part number
	keys      []string
}

func resolveNew(e kg.Entity, a *resolveAliases) resolveEntity {
	re := resolveEntity{Entity: e, partNo: e.Props["part_no"] != "" && e.ID == kg.EntityID(e.Type, e.Props["part_no"])}
	for _, name := range append([]string{e.Name}, e.Aliases...) {
		if c, ok := a.canonical(e.Type, name); ok && !re.partNo {
			re.canonical = true
			re.ID = kg.EntityID(e.Type, c)
			re.Aliases = append(append([]string{}, e.Aliases...), a.namesOf(e.Type, c)...)
			break
		}
	}
	for _, k := range append([]string{re.Name, re.Props["part_no"]}, re.Aliases...) {
		if k = kg.NormalizeName(k); k != "" {
			re.keys = append(re.keys, re.Type+"\x00"+k)
		}
	}
	return re
}

// resolveGroup unions entities with one id, or where one's name is another's
// name, alias or part number. Sharing only an alias is not enough: two
// failure modes "leaking" of different items stay two.
func resolveGroup(ents []resolveEntity) [][]int {
	parent := make([]int, len(ents))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	union := func(i, j int) {
		if ri, rj := find(i), find(j); ri != rj {
			parent[max(ri, rj)] = min(ri, rj)
		}
	}
	byID, byName := map[string]int{}, map[string]int{}
	for i, e := range ents {
		if j, ok := byID[e.ID]; ok {
			union(i, j)
		} else {
			byID[e.ID] = i
		}
		if len(e.keys) > 0 {
			if j, ok := byName[e.keys[0]]; ok {
				union(i, j)
			} else {
				byName[e.keys[0]] = i
			}
		}
	}
	for i, e := range ents {
		for _, k := range e.keys[min(1, len(e.keys)):] {
			if j, ok := byName[k]; ok {
				union(i, j)
			}
		}
	}
	members := map[int][]int{}
	var roots []int
	for i := range ents {
		r := find(i)
		if _, ok := members[r]; !ok {
			roots = append(roots, r)
		}
		members[r] = append(members[r], i)
	}
	out := make([][]int, 0, len(roots))
	for _, r := range roots {
		out = append(out, members[r])
	}
	return out
}

// resolveMerge folds a group into one entity. Its id and name come from the
// member with a part number, else one the alias table names, else the
// smallest id, so the choice does not depend on order.
func resolveMerge(ents []resolveEntity, g []int) kg.Entity {
	rep := g[0]
	rank := func(e resolveEntity) int {
		switch {
		case e.partNo:
			return 0
		case e.canonical:
			return 1
		}
		return 2
	}
	for _, i := range g[1:] {
		ri, rr := rank(ents[i]), rank(ents[rep])
		if ri < rr || ri == rr && ents[i].ID < ents[rep].ID {
			rep = i
		}
	}
	out := kg.Entity{ID: ents[rep].ID, Type: ents[rep].Type, Name: ents[rep].Name}
	seen := map[string]bool{kg.NormalizeName(out.Name): true}
	for _, i := range g {
		e := ents[i]
		for _, al := range append([]string{e.Name}, e.Aliases...) {
			if k := kg.NormalizeName(al); k != "" && !seen[k] {
				seen[k] = true
				out.Aliases = append(out.Aliases, al)
			}
		}
		for k, v := range e.Props {
			if out.Props == nil {
				out.Props = kg.Props{}
			}
			if _, ok := out.Props[k]; !ok {
				out.Props[k] = v
			}
		}
		out.Sources = append(out.Sources, e.Sources...)
	}
	sort.Strings(out.Aliases)
	out.Sources = resolveSources(out.Sources)
	return out
}

// resolveSources drops repeated chunks and sorts the rest.
func resolveSources(src []kg.Source) []kg.Source {
	sort.SliceStable(src, func(i, j int) bool {
		if src[i].DocumentID != src[j].DocumentID {
			return src[i].DocumentID < src[j].DocumentID
		}
		return src[i].ChunkID < src[j].ChunkID
	})
	out := src[:0]
	for i, s := range src {
		if i > 0 && s.ChunkID == src[i-1].ChunkID && s.DocumentID == src[i-1].DocumentID {
			continue
		}
		out = append(out, s)
	}
	return out
}
