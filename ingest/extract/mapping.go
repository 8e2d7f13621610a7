package extract

import (
	"maps"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/kg/textseg"
	"golang.org/x/text/unicode/norm"
)

// mapTableSet is the compiled tables.json: for each table kind, the roles
// its columns can play and the header words that name each role.
type mapTableSet struct {
	nulls map[string]bool
	kinds []mapKind
}

type mapKind struct {
	Kind     string              `json:"kind"`
	Mapper   string              `json:"mapper"` // a key of mapMappers
	Required [][]string          `json:"required"`
	MinRoles int                 `json:"min_roles"`
	Columns  map[string][]string `json:"columns"`
	roles    []string            // sorted role names, for deterministic matching
}

type mapFile struct {
	Nulls []string  `json:"null_values"`
	Kinds []mapKind `json:"kinds"`
}

func mapLoadTables(read func(string) ([]byte, error)) (*mapTableSet, error) {
	var f mapFile
	if err := readJSON(read, "tables.json", &f); err != nil {
		return nil, err
	}
	set := &mapTableSet{nulls: map[string]bool{}}
	for _, n := range f.Nulls {
		set.nulls[mapNormHeader(n)] = true
	}
	for _, k := range f.Kinds {
		if _, ok := mapMappers[k.Mapper]; !ok {
			return nil, kg.Errorf(kg.EINVALID, "tables.json: kind %q has mapper %q; mappers are %s",
				k.Kind, k.Mapper, strings.Join(slices.Sorted(maps.Keys(mapMappers)), ", "))
		}
		for role, syns := range k.Columns {
			k.roles = append(k.roles, role)
			for i, s := range syns {
				syns[i] = mapNormHeader(s)
			}
		}
		sort.Strings(k.roles)
		set.kinds = append(set.kinds, k)
	}
	return set, nil
}

// mapColumns is a classified header: the table kind and the column index of
// each role it found.
type mapColumns struct {
	kind   string
	mapper string
	role   map[string]int
	score  int
}

// col returns the column of role, or -1.
func (c mapColumns) col(role string) int {
	if i, ok := c.role[role]; ok {
		return i
	}
	return -1
}

// classify picks the kind whose roles the header matches best among those
// whose required roles are all present.
func (s *mapTableSet) classify(header []string) mapColumns {
	norm := make([]string, len(header))
	for i, h := range header {
		norm[i] = mapNormHeader(h)
	}
	best := mapColumns{}
	for _, k := range s.kinds {
		c := k.match(norm)
		if c.score > best.score && k.satisfied(c) {
			best = c
		}
	}
	return best
}

func (k mapKind) satisfied(c mapColumns) bool {
	if len(c.role) < k.MinRoles {
		return false
	}
	for _, anyOf := range k.Required {
		ok := false
		for _, r := range anyOf {
			if _, found := c.role[r]; found {
				ok = true
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// match assigns columns to roles greedily by match quality: an exact
// synonym beats a contained one, a longer synonym beats a shorter one, and
// each column and role is used once.
func (k mapKind) match(header []string) mapColumns {
	type cand struct {
		q, col int
		role   string
	}
	var cands []cand
	for col, h := range header {
		for _, role := range k.roles {
			if q := mapQuality(h, k.Columns[role]); q > 0 {
				cands = append(cands, cand{q, col, role})
			}
		}
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].q > cands[j].q })
	c := mapColumns{kind: k.Kind, mapper: k.Mapper, role: map[string]int{}}
	usedCol := map[int]bool{}
	for _, cd := range cands {
		if usedCol[cd.col] {
			continue
		}
		if _, taken := c.role[cd.role]; taken {
			continue
		}
		usedCol[cd.col] = true
		c.role[cd.role] = cd.col
		c.score += cd.q
	}
	return c
}

func mapQuality(h string, syns []string) int {
	best := 0
	for _, s := range syns {
		q := 0
		switch {
		case h == s:
			q = 1000 + len(s)
		case len([]rune(s)) >= 2 && mapContainsWord(h, s):
			q = 10 + len(s)
		}
		if q > best {
			best = q
		}
	}
	return best
}

// mapContainsWord reports whether s occurs in h on word boundaries; CJK has
// no spaces, so a CJK synonym may occur anywhere.
func mapContainsWord(h, s string) bool {
	i := strings.Index(h, s)
	if i < 0 {
		return false
	}
	if r := []rune(s); unicode.Is(unicode.Han, r[0]) {
		return true
	}
	before := i == 0 || h[i-1] == ' '
	after := i+len(s) == len(h) || h[i+len(s)] == ' '
	return before && after
}

// mapNormHeader folds a header for matching: NFKC (full width), lower case,
// "(S)"-style suffixes and "(s)" plurals dropped, punctuation to spaces.
func mapNormHeader(h string) string {
	h = strings.ToLower(norm.NFKC.String(h))
	h = textseg.DropShortParens(h)
	var b strings.Builder
	for _, r := range h {
		switch {
		case unicode.IsLetter(r) || unicode.IsNumber(r) || r == '#' || r == '/':
			b.WriteRune(r)
		default:
			b.WriteByte(' ')
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}
