package extract

import (
	"strconv"
	"strings"

	"github.com/kgassist/kgassist/kg"
)

// mapBOMItem is one BOM row resolved to its place in the tree.
type mapBOMItem struct {
	row    mapRow
	level  int
	parent int // index into items, -1 for the top
	id     string
}

// bom maps a bill of materials. Three layouts are understood: a level
// column (1, 2, .2, ..3, 1.2.1), a parent column, and an assembly column
// with an assembly multiplier (Product -qty=multiplier-> Assembly -qty-> Part).
func (m *mapContext) bom() {
	switch {
	case m.cols.col("assembly") >= 0:
		m.bomByAssembly()
	case m.cols.col("level") >= 0 || m.cols.col("parent") >= 0:
		m.bomTree()
	default:
		m.bomFlat()
	}
}

func (m *mapContext) bomTop() string {
	if m.subject != "" {
		return m.subject
	}
	if m.title != "" {
		return m.title
	}
	return m.table.Name
}

func (m *mapContext) bomByAssembly() {
	currency := m.columnCurrency("cost")
	top := m.bomTop()
	m.each(func(r mapRow) {
		asm := r.get("assembly")
		child := m.bomEntity(r, kg.Part, currency)
		if child == "" {
			return
		}
		product := m.sink.entity(r.chunk, kg.Product, top)
		if asm == "" {
			m.sink.relate(r.chunk, kg.HasPart, product, child, m.bomRelProps(r))
			return
		}
		asmID := m.sink.entity(r.chunk, kg.Assembly, asm)
		m.sink.relate(r.chunk, kg.HasPart, product, asmID, kg.Props{"qty": mapNumber(r.get("multiplier"))})
		m.sink.relate(r.chunk, kg.HasPart, asmID, child, m.bomRelProps(r))
	})
}

func (m *mapContext) bomFlat() {
	currency := m.columnCurrency("cost")
	top := m.bomTop()
	m.each(func(r mapRow) {
		if child := m.bomEntity(r, m.bomLeafType(r), currency); child != "" {
			m.sink.relate(r.chunk, kg.HasPart, m.sink.entity(r.chunk, kg.Product, top), child, m.bomRelProps(r))
		}
	})
}

// bomTree places rows by level or parent column, then types them: the root
// is a Product, rows with children Assemblies, leaves Parts or Materials.
func (m *mapContext) bomTree() {
	var items []mapBOMItem
	m.each(func(r mapRow) {
		if m.bomKey(r) != "" {
			items = append(items, mapBOMItem{row: r, level: mapBOMLevel(r.get("level")), parent: -1})
		}
	})
	if m.cols.col("level") >= 0 {
		mapBOMParentsByLevel(items)
	} else {
		mapBOMParentsByColumn(items, m)
	}
	hasChild := make([]bool, len(items))
	for _, it := range items {
		if it.parent >= 0 {
			hasChild[it.parent] = true
		}
	}
	roots := 0
	for _, it := range items {
		if it.parent < 0 {
			roots++
		}
	}
	currency := m.columnCurrency("cost")
	for i := range items {
		typ := m.bomLeafType(items[i].row)
		switch {
		case items[i].parent < 0 && roots == 1:
			typ = kg.Product
		case hasChild[i]:
			typ = kg.Assembly
		}
		items[i].id = m.bomEntity(items[i].row, typ, currency)
	}
	for _, it := range items {
		parent := ""
		if it.parent >= 0 {
			parent = items[it.parent].id
		} else if roots > 1 {
			parent = m.sink.entity(it.row.chunk, kg.Product, m.bomTop())
		}
		m.sink.relate(it.row.chunk, kg.HasPart, parent, it.id, m.bomRelProps(it.row))
	}
}

// mapBOMParentsByLevel gives each row the nearest row above with a smaller level.
func mapBOMParentsByLevel(items []mapBOMItem) {
	var stack []int
	for i := range items {
		for len(stack) > 0 && items[stack[len(stack)-1]].level >= items[i].level {
			stack = stack[:len(stack)-1]
		}
		if len(stack) > 0 {
			items[i].parent = stack[len(stack)-1]
		}
		stack = append(stack, i)
	}
}

// mapBOMParentsByColumn finds each row's parent by part number or name.
func mapBOMParentsByColumn(items []mapBOMItem, m *mapContext) {
	index := map[string]int{}
	for i, it := range items {
		for _, k := range []string{it.row.get("part_no"), it.row.get("name"), it.row.get("description")} {
			if k = kg.NormalizeName(k); k != "" {
				if _, dup := index[k]; !dup {
					index[k] = i
				}
			}
		}
	}
	for i := range items {
		if p, ok := index[kg.NormalizeName(items[i].row.get("parent"))]; ok && p != i {
			items[i].parent = p
		}
	}
}

// mapBOMLevel reads "2", ".2", "..3" (the digit is the level, dots indent)
// and "1.2.1" (outline numbering: the depth is the number of parts).
func mapBOMLevel(s string) int {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0
	}
	if strings.HasPrefix(s, ".") {
		if n, err := strconv.Atoi(strings.TrimLeft(s, ".")); err == nil {
			return n
		}
		return len(s) - len(strings.TrimLeft(s, "."))
	}
	if strings.Contains(s, ".") {
		return len(strings.Split(strings.Trim(s, "."), "."))
	}
	n, _ := strconv.Atoi(s)
	return n
}

func (m *mapContext) bomKey(r mapRow) string {
	for _, role := range []string{"part_no", "name", "description"} {
		if v := r.get(role); v != "" {
			return v
		}
	}
	return ""
}

// bomLeafType calls raw stock measured by mass, length, area or volume a
// Material and everything else a Part.
func (m *mapContext) bomLeafType(r mapRow) string {
	switch strings.ToLower(r.get("unit")) {
	case "kg", "g", "t", "m", "mm", "m2", "m²", "l", "ml", "千克", "公斤", "克", "吨", "米", "升", "平方米":
		return kg.Material
	}
	return kg.Part
}

// bomEntity records the row's item. A part number, when present, is the
// canonical name so that every document that cites it meets the same entity.
func (m *mapContext) bomEntity(r mapRow, typ, currency string) string {
	pn, name, desc := r.get("part_no"), r.get("name"), r.get("description")
	e := extractEntity{typ: typ, name: name, key: pn, props: kg.Props{"part_no": pn}}
	switch {
	case name == "" && desc != "":
		e.name = desc
	case name == "":
		e.name = pn
	default:
		e.props["description"] = desc
	}
	if pn != "" {
		e.aliases = append(e.aliases, pn)
	}
	if cost := r.get("cost"); cost != "" {
		amount, cur := mapMoney(cost)
		if cur == "" {
			cur = currency
		}
		e.props["unit_cost"], e.props["currency"] = amount, cur
	}
	for _, role := range []string{"material", "supplier", "link"} {
		e.props[role] = r.get(role)
	}
	e.props = r.extraProps(e.props)
	id := m.sink.add(r.chunk, e)
	m.partLinks(r, id)
	return id
}

// partLinks adds the MADE_OF and SUPPLIED_BY facts a row states.
func (m *mapContext) partLinks(r mapRow, id string) {
	if mat := r.get("material"); mat != "" {
		m.sink.relate(r.chunk, kg.MadeOf, id, m.sink.entity(r.chunk, kg.Material, mat), nil)
	}
	if sup := r.get("supplier"); sup != "" {
		m.sink.relate(r.chunk, kg.SuppliedBy, id, m.sink.entity(r.chunk, kg.Supplier, sup), nil)
	}
}

func (m *mapContext) bomRelProps(r mapRow) kg.Props {
	return kg.Props{
		"qty":      mapNumber(r.get("qty")),
		"unit":     r.get("unit"),
		"revision": r.get("revision"),
		"ref":      r.get("ref"),
		"level":    r.get("level"),
	}
}
