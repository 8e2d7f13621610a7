package extract

import (
	"strconv"

	"github.com/kgassist/kgassist/kg"
)

// mapFMEARow is an FMEA row after merged-cell blanks were filled down.
type mapFMEARow struct {
	r    mapRow
	v    map[string]string
	item string
	rpn  string
	calc bool
}

var mapFMEAHierarchy = []string{"subsystem", "component", "subcomponent"}

// fmea maps an FMEA sheet: the item hierarchy, one FailureMode per item and
// mode, and its causes, effects, controls and actions with S/O/D/RPN.
func (m *mapContext) fmea() {
	fill := newMapFiller(append(append([]string{}, mapFMEAHierarchy...), "failure_mode", "effect", "severity")...)
	var rows []mapFMEARow
	m.each(func(r mapRow) {
		fr := mapFMEARow{r: r, v: fill.fill(r)}
		for _, h := range mapFMEAHierarchy {
			if fr.v[h] != "" {
				fr.item = fr.v[h]
			}
		}
		fr.rpn, fr.calc = mapFMEARPN(fr.v["severity"], r.get("occurrence"), r.get("detection"), r.get("rpn"))
		if fr.item != "" && fr.v["failure_mode"] != "" {
			rows = append(rows, fr)
		}
	})
	worst := mapFMEAWorst(rows)
	for _, fr := range rows {
		m.fmeaRow(fr, worst[mapFMEAKey(fr)])
	}
}

// mapFMEARPN returns the RPN cell, or S*O*D marked as computed when the
// sheet leaves it out.
func mapFMEARPN(s, o, d, rpn string) (string, bool) {
	if rpn != "" {
		return mapNumber(rpn), false
	}
	sf, ok1 := mapFloat(s)
	of, ok2 := mapFloat(o)
	df, ok3 := mapFloat(d)
	if !ok1 || !ok2 || !ok3 {
		return "", false
	}
	return strconv.FormatFloat(sf*of*df, 'f', -1, 64), true
}

func mapFMEAKey(fr mapFMEARow) string {
	return kg.NormalizeName(fr.item) + "\x00" + kg.NormalizeName(fr.v["failure_mode"])
}

// mapFMEAWorst is the highest severity and RPN of each failure mode over
// its rows, which is what HAS_FAILURE_MODE carries.
func mapFMEAWorst(rows []mapFMEARow) map[string][2]string {
	out := map[string][2]string{}
	for _, fr := range rows {
		k := mapFMEAKey(fr)
		cur := out[k]
		cur[0] = mapMaxNumber(cur[0], fr.v["severity"])
		cur[1] = mapMaxNumber(cur[1], fr.rpn)
		out[k] = cur
	}
	return out
}

func mapMaxNumber(a, b string) string {
	fa, okA := mapFloat(a)
	fb, okB := mapFloat(b)
	switch {
	case !okB:
		return a
	case !okA || fb > fa:
		return mapNumber(b)
	}
	return a
}

func (m *mapContext) fmeaRow(fr mapFMEARow, worst [2]string) {
	c := fr.r.chunk
	item := m.fmeaHierarchy(fr)
	mode := extractCleanName(fr.v["failure_mode"])
	fm := m.sink.add(c, extractEntity{
		typ: kg.FailureMode, name: extractCleanName(fr.item) + " " + mode, aliases: []string{mode},
		props: kg.Props{"mode": mode, "item": extractCleanName(fr.item), "function": fr.r.get("function")},
	})
	m.sink.relate(c, kg.HasFailureMode, item, fm, kg.Props{"severity": worst[0], "rpn": worst[1]})
	sod := kg.Props{
		"severity": mapNumber(fr.v["severity"]), "occurrence": mapNumber(fr.r.get("occurrence")),
		"detection": mapNumber(fr.r.get("detection")), "rpn": fr.rpn,
	}
	if fr.calc {
		sod["rpn_computed"] = "true"
	}
	m.sink.relate(c, kg.CausedBy, fm, m.sink.entity(c, kg.Cause, fr.r.get("cause")), sod)
	m.sink.relate(c, kg.HasEffect, fm, m.sink.entity(c, kg.Effect, fr.v["effect"]), nil)
	m.sink.relate(c, kg.DetectedBy, fm, m.sink.entity(c, kg.Control, fr.r.get("control")), nil)
	m.sink.relate(c, kg.RemediedBy, fm, m.sink.entity(c, kg.Action, fr.r.get("action")), nil)
}

// fmeaHierarchy records Subsystem -HAS_PART-> Component -HAS_PART->
// Sub-Component and returns the row's item. The deepest level the sheet has
// is a Part, the levels above it Assemblies.
func (m *mapContext) fmeaHierarchy(fr mapFMEARow) string {
	deepest := ""
	for _, h := range mapFMEAHierarchy {
		if m.cols.col(h) >= 0 {
			deepest = h
		}
	}
	prev, item := "", ""
	for _, h := range mapFMEAHierarchy {
		if fr.v[h] == "" {
			continue
		}
		typ := kg.Assembly
		if h == deepest {
			typ = kg.Part
		}
		id := m.sink.entity(fr.r.chunk, typ, fr.v[h])
		m.sink.relate(fr.r.chunk, kg.HasPart, prev, id, nil)
		prev, item = id, id
	}
	return item
}
