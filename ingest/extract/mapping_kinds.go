package extract

import (
	"github.com/kgassist/kgassist/kg"
)

// mapMappers are the ways a table becomes graph facts. tables.json names
// one for each kind, so a plant adds a kind (its own headers for a parts
// list, say) as data; only a new shape of graph needs code here.
var mapMappers = map[string]func(*mapContext){
	"bom":             (*mapContext).bom,
	"fmea":            (*mapContext).fmea,
	"parts":           (*mapContext).parts,
	"spec":            (*mapContext).spec,
	"worklog":         (*mapContext).worklog,
	"troubleshooting": (*mapContext).troubleshooting,
	"routing":         (*mapContext).routing,
}

// parts maps a parts list: one Part per row with its material and supplier.
func (m *mapContext) parts() {
	currency := m.columnCurrency("cost")
	m.each(func(r mapRow) { m.bomEntity(r, kg.Part, currency) })
}

// spec maps a specification table: Subject -HAS_PARAMETER-> Parameter. The
// subject is the row's model column when the table has one, else the
// document's subject.
func (m *mapContext) spec() {
	m.each(func(r mapRow) {
		subject := r.get("subject")
		if subject == "" {
			subject = m.subject
		}
		name := r.get("parameter")
		if name == "" || subject == "" {
			return
		}
		props := kg.Props{"raw": r.get("value"), "unit": r.get("unit"), "min": r.get("min"), "max": r.get("max"), "tolerance": r.get("tolerance")}
		if q, ok := m.rules.quantity(r.get("value")); ok {
			props["value"] = q.value
			for k, v := range map[string]string{"unit": q.unit, "min": q.min, "max": q.max, "tolerance": q.tolerance} {
				if props[k] == "" {
					props[k] = v
				}
			}
		} else {
			props["value"] = r.get("value")
		}
		from := m.sink.entity(r.chunk, kg.Product, subject)
		m.sink.relate(r.chunk, kg.HasParameter, from, m.sink.entity(r.chunk, kg.Parameter, name), props)
	})
}

// worklog maps maintenance work orders: WorkOrder -RELATED_TO-> the asset,
// equipment and parts; -HAS_SYMPTOM-> Symptom -CAUSED_BY-> Cause
// -REMEDIED_BY-> Action. Components named in the free text are linked too,
// with the part-of facts the text states.
func (m *mapContext) worklog() {
	m.each(func(r mapRow) {
		id := r.get("order_id")
		if id == "" {
			return
		}
		c := r.chunk
		props := kg.Props{"date": r.get("date"), "downtime": r.get("downtime"), "type": r.get("type"),
			"description": r.get("description"), "location": r.get("location"), "cost": r.get("cost")}
		wo := m.sink.add(c, extractEntity{typ: kg.WorkOrder, name: id, props: r.extraProps(props)})
		m.sink.relate(c, kg.RelatedTo, wo, m.sink.entity(c, kg.Equipment, r.get("asset")), nil)
		m.sink.relate(c, kg.RelatedTo, wo, m.sink.entity(c, kg.Equipment, r.get("equipment")), nil)
		m.sink.relate(c, kg.RelatedTo, wo, m.sink.entity(c, kg.Part, r.get("part")), nil)
		for _, part := range m.rules.partOf(m.sink, c, r.get("description")+"\n"+r.get("symptom"), true) {
			m.sink.relate(c, kg.RelatedTo, wo, part, nil)
		}
		symptom := m.sink.entity(c, kg.Symptom, r.get("symptom"))
		m.sink.relate(c, kg.HasSymptom, wo, symptom, nil)
		m.faultChain(c, symptom, r.get("cause"), r.get("action"))
	})
}

// faultChain links Symptom -CAUSED_BY-> Cause -REMEDIED_BY-> Action, or
// Symptom -REMEDIED_BY-> Action when no cause is given.
func (m *mapContext) faultChain(c kg.Chunk, symptom, cause, action string) {
	causeID := m.sink.entity(c, kg.Cause, cause)
	actionID := m.sink.entity(c, kg.Action, action)
	m.sink.relate(c, kg.CausedBy, symptom, causeID, nil)
	if causeID != "" {
		m.sink.relate(c, kg.RemediedBy, causeID, actionID, nil)
		return
	}
	m.sink.relate(c, kg.RemediedBy, symptom, actionID, nil)
}

// troubleshooting maps a symptom / cause / remedy table; a blank symptom
// cell is a merged cell and repeats the one above.
func (m *mapContext) troubleshooting() {
	fill := newMapFiller("symptom")
	m.each(func(r mapRow) {
		v := fill.fill(r)
		symptom := m.sink.entity(r.chunk, kg.Symptom, v["symptom"])
		if symptom == "" {
			return
		}
		if m.subject != "" {
			m.sink.relate(r.chunk, kg.HasSymptom, m.sink.entity(r.chunk, kg.Product, m.subject), symptom, nil)
		}
		m.faultChain(r.chunk, symptom, r.get("cause"), r.get("remedy"))
	})
}

// routing maps a process routing table (operation number, work step): the
// document's routing -HAS_STEP{order}-> each operation, and each operation
// -NEXT_STEP-> the one after it. Operations are named as SOP headings name
// them ("Operation 30 — Mechanical seal installation (机械密封安装)"), so the
// routing row and the section describing the operation are one entity.
func (m *mapContext) routing() {
	if m.subject == "" {
		return
	}
	var routingID, prev string
	m.each(func(r mapRow) {
		op, step := r.get("operation"), r.get("step")
		if op == "" || step == "" {
			return
		}
		c := r.chunk
		if routingID == "" {
			routingID = m.sink.add(c, extractEntity{typ: kg.Process, name: m.subject + " routing",
				aliases: []string{"routing", "process routing", "assembly routing", "工艺路线", "装配工艺路线"}})
		}
		name := "Operation " + op + " — " + step
		aliases := []string{step, "operation " + op, "工序 " + op, "op " + op}
		if alt := r.get("step_alt"); alt != "" {
			name += " (" + alt + ")"
			aliases = append(aliases, alt)
		}
		id := m.sink.add(c, extractEntity{typ: kg.Process, name: name, aliases: aliases, props: kg.Props{"operation": op}})
		m.sink.relate(c, kg.HasStep, routingID, id, kg.Props{"order": op, "time": r.get("time"), "workcenter": r.get("workcenter")})
		if prev != "" {
			m.sink.relate(c, kg.NextStep, prev, id, nil)
		}
		prev = id
	})
}
