package assistant

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kgassist/kgassist/ingest/mappings"
	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/kg/textseg"
	"github.com/kgassist/kgassist/retrieval"
)

// maxLines bounds how many lines of a computed answer are written out.
const maxLines = 15

func marks(ns []int) string {
	var b strings.Builder
	for i, n := range ns {
		if i == 4 { // a line rarely needs more than four citations
			break
		}
		fmt.Fprintf(&b, "[%d]", n)
	}
	return b.String()
}

// renderComputed writes one structural answer in lang. It returns "" when
// nothing in it is cited, so no uncited statement is made.
func renderComputed(c retrieval.Computed, lang string, names *namer) string {
	if len(c.Cites) == 0 {
		return ""
	}
	switch c.Kind {
	case "bom":
		return renderBOM(c, lang, names)
	case "where_used":
		return renderWhereUsed(c, lang, names)
	case "reverse":
		return renderReverse(c, lang, names)
	case "routing":
		return renderRouting(c, lang, names)
	case "next":
		var b strings.Builder
		m := msgNext
		if c.Metric == retrieval.PreviousStep {
			m = msgPrevious
		}
		for _, l := range c.Lines {
			fmt.Fprintf(&b, m.in(lang)+" %s\n", names.display(c.SubjectID, c.Subject, lang), names.display(l.ID, l.Name, lang), marks(l.Cites))
		}
		return strings.TrimSpace(b.String())
	case "fault_tree":
		return renderFaultTree(c, lang, names)
	case "fmea":
		return renderFMEA(c, lang)
	case "table":
		return renderTable(c, lang)
	}
	return ""
}

func renderBOM(c retrieval.Computed, lang string, names *namer) string {
	subject := names.display(c.SubjectID, c.Subject, lang)
	if c.Metric == "supplier" {
		return fmt.Sprintf(msgBOMSupplied.in(lang), subject, retrieval.FormatQty(c.Total), names.display(c.TargetID, c.Target, lang), c.Count) + " " + marks(c.Cites) + end(lang)
	}
	if c.Metric == "cost" {
		amount := money(c.Total)
		if c.Unit != "" {
			amount += " " + c.Unit
		}
		s := fmt.Sprintf(msgBOMCost.in(lang), subject, amount, c.Count) + " " + marks(c.Cites) + end(lang)
		if len(c.Tops) == 1 && c.Value > 0 {
			t := c.Tops[0]
			share := money(c.Value)
			if c.Unit != "" {
				share += " " + c.Unit
			}
			s += " " + fmt.Sprintf(msgBOMCostShare.in(lang), names.display(t.ID, t.Name, lang), retrieval.FormatQty(t.Qty), subject, share) + " " + marks(t.Cites) + end(lang)
		}
		return s
	}
	if c.Metric == "pieces" {
		var b strings.Builder
		fmt.Fprintf(&b, msgBOMPieces.in(lang), subject, retrieval.FormatQty(c.Total), c.Count)
		writeBOMLines(&b, c, lang, names, false)
		return b.String()
	}
	if c.TargetID != "" {
		l := c.Lines[0]
		target := names.display(c.TargetID, c.Target, lang)
		s := fmt.Sprintf(msgBOMTotal.in(lang), subject, qtyOf(c.Total, c.Unit, lang), target)
		if counted, ok := countedNoun(c.Total, c.Unit, target, lang); ok {
			s = fmt.Sprintf(msgBOMCount.in(lang), subject, counted)
		}
		if len(l.Path) > 1 {
			s += fmt.Sprintf(msgBOMVia.in(lang), strings.Join(l.Path[1:], " › "))
		}
		return s + " " + marks(c.Cites) + end(lang)
	}
	var b strings.Builder
	fmt.Fprintf(&b, msgBOMList.in(lang), subject, subject)
	writeBOMLines(&b, c, lang, names, true)
	return b.String()
}

// writeBOMLines lists an explosion's lines with their rolled-up
// quantities, indented by level where indent is set.
func writeBOMLines(b *strings.Builder, c retrieval.Computed, lang string, names *namer, indent bool) {
	for i, l := range c.Lines {
		if i == maxLines*2 {
			fmt.Fprintf(b, "\n- … (%d)", len(c.Lines)-i)
			break
		}
		pad := ""
		if indent {
			pad = strings.Repeat("  ", len(l.Path)-1)
		}
		name := names.display(l.ID, l.Name, lang)
		if d := l.Props["description"]; d != "" {
			name += " (" + d + ")" // "wheel (Traxxas 5374X Talon Tires, …)": which one the list calls for
		}
		fmt.Fprintf(b, "\n%s- %s × %s%s %s", pad, name, retrieval.FormatQty(l.Qty), unitSuffix(l.Unit), marks(l.Cites))
	}
}

func renderWhereUsed(c retrieval.Computed, lang string, names *namer) string {
	var b strings.Builder
	target := names.display(c.TargetID, c.Target, lang)
	fmt.Fprintf(&b, msgWhereUsed.in(lang), target)
	for i, l := range c.Lines {
		if i == maxLines {
			break
		}
		fmt.Fprintf(&b, "\n- %s (× %s%s) %s", names.display(l.ID, l.Name, lang), retrieval.FormatQty(l.Qty), unitSuffix(l.Unit), marks(l.Cites))
	}
	for _, t := range c.Tops {
		if len(t.Cites) == 0 {
			continue
		}
		fmt.Fprintf(&b, "\n"+msgWhereTop.in(lang)+" %s", names.display(t.ID, t.Name, lang), retrieval.FormatQty(t.Qty), unitOr(t.Unit, lang)+" "+target, marks(t.Cites))
	}
	return b.String()
}

func renderReverse(c retrieval.Computed, lang string, names *namer) string {
	var b strings.Builder
	head := msgSupplies
	switch {
	case c.Op == "parents" && c.Metric == kg.MadeOf:
		head = msgHoldsMadeOf
	case c.Op == "parents":
		head = msgHoldsSupply
	case c.Metric == kg.MadeOf:
		head = msgMadeOf
	}
	fmt.Fprintf(&b, head.in(lang), names.display(c.TargetID, c.Target, lang))
	if len(c.Lines) > 1 {
		// "一台泵上一共有几个黄铜零件": the list says how many it holds
		fmt.Fprintf(&b, msgLinesCounted.in(lang), len(c.Lines))
	}
	for i, l := range c.Lines {
		if i == maxLines*2 {
			fmt.Fprintf(&b, "\n- … (%d)", len(c.Lines)-i)
			break
		}
		fmt.Fprintf(&b, "\n- %s %s", names.display(l.ID, l.Name, lang), marks(l.Cites))
	}
	return b.String()
}

func renderRouting(c retrieval.Computed, lang string, names *namer) string {
	var b strings.Builder
	fmt.Fprintf(&b, msgRouting.in(lang), names.display(c.SubjectID, c.Subject, lang))
	for _, l := range c.Lines {
		fmt.Fprintf(&b, "\n%d. %s", l.Order, l.Name)
		var extras []string
		for _, ch := range l.Children {
			if shown := childText(ch, lang, names); !saidInStep(l.Name, ch) && !saidInStep(l.Name, retrieval.Line{Name: shown}) {
				extras = append(extras, shown)
			}
		}
		if len(extras) > 0 {
			fmt.Fprintf(&b, " (%s)", strings.Join(extras, "; "))
		}
		b.WriteString(" " + marks(l.Cites))
	}
	return b.String()
}

// saidInStep reports what a step uses or sets that its own text already
// names: "tighten the impeller nut CP200-IMP-02 to 45 N·m using a torque
// wrench" needs no "(叶轮螺母 (CP200-IMP-02); torque wrench)" after it.
func saidInStep(step string, ch retrieval.Line) bool {
	step = strings.ToLower(step)
	if ch.Type == kg.Parameter {
		return strings.Contains(step, strings.ToLower(valueText(ch.Props)))
	}
	name := strings.ToLower(ch.Name)
	before, inside, paren := strings.Cut(name, " (")
	inside = strings.TrimSuffix(inside, ")")
	return strings.Contains(step, name) || paren && (strings.Contains(step, before) || strings.Contains(step, inside))
}

func childText(l retrieval.Line, lang string, names *namer) string {
	if l.Type == kg.Parameter {
		return names.display(l.ID, l.Name, lang) + " " + valueText(l.Props)
	}
	return names.display(l.ID, l.Name, lang)
}

func renderFaultTree(c retrieval.Computed, lang string, names *namer) string {
	var b strings.Builder
	fmt.Fprintf(&b, msgFaultTree.in(lang), names.display(c.SubjectID, c.Subject, lang))
	for i, l := range c.Lines {
		if i == maxLines {
			break
		}
		if l.Type == kg.Action {
			fmt.Fprintf(&b, "\n- %s%s %s", msgRemedyDirect.in(lang), names.display(l.ID, l.Name, lang), marks(l.Cites))
			continue
		}
		fmt.Fprintf(&b, "\n- %s", names.display(l.ID, l.Name, lang))
		var acts []string
		for _, a := range l.Children {
			acts = append(acts, names.display(a.ID, a.Name, lang))
		}
		if len(acts) > 0 {
			fmt.Fprintf(&b, " — %s%s", msgRemedy.in(lang), strings.Join(acts, "; "))
		}
		b.WriteString(" " + marks(l.Cites))
	}
	return b.String()
}

func renderFMEA(c retrieval.Computed, lang string) string {
	metric := metricNames[c.Metric].in(lang)
	scope := ""
	if c.Subject != "" {
		scope = fmt.Sprintf(msgFor.in(lang), c.Subject)
	}
	var b strings.Builder
	switch c.Op {
	case "max":
		fmt.Fprintf(&b, msgFMEAMax.in(lang), metric, num(c.Value))
	case "min":
		fmt.Fprintf(&b, msgFMEAMin.in(lang), metric, num(c.Value))
	case "top":
		fmt.Fprintf(&b, msgFMEATop.in(lang), c.Count, metric, scope)
	case "bottom":
		fmt.Fprintf(&b, msgFMEABottom.in(lang), c.Count, metric, scope)
	case "avg":
		fmt.Fprintf(&b, msgFMEAAvg.in(lang), metric, num(c.Value), c.Count, scope)
		b.WriteString(" " + marks(c.Cites))
		return b.String()
	case "avg_by_item":
		fmt.Fprintf(&b, msgFMEAByItem.in(lang), c.Subject, metric, num(c.Value))
		for i, l := range c.Lines {
			if i == maxLines {
				break
			}
			fmt.Fprintf(&b, "\n- %s: %s (%s) %s", l.Name, num(l.Qty), l.Props["rows"], marks(l.Cites))
		}
		return b.String()
	case "count":
		cmp := cmpNames[c.Cmp].in(lang)
		m := msgFMEACount
		if c.Noun != "" {
			m = msgFMEAModeCount // the asker counts modes
		}
		fmt.Fprintf(&b, m.in(lang), c.Count, c.Distinct, metric, cmp, thresholdText(c), scope)
	case "list":
		if c.Cmp != "" && len(c.Lines) == 0 {
			fmt.Fprintf(&b, msgFMEANone.in(lang), metric, cmpNames[c.Cmp].in(lang), thresholdText(c), scope)
			b.WriteString(" " + marks(c.Cites))
			return b.String()
		}
		fallthrough
	default:
		if c.Cmp != "" { // the listing names its bound, or it reads as every row
			scope += fmt.Sprintf(msgFMEAWhere.in(lang), metric, cmpNames[c.Cmp].in(lang), thresholdText(c))
		}
		fmt.Fprintf(&b, msgFMEAList.in(lang), scope, metric)
	}
	for i, l := range c.Lines {
		if i == maxLines {
			fmt.Fprintf(&b, "\n- … (%d)", len(c.Lines)-i)
			break
		}
		fmt.Fprintf(&b, "\n- %s — %s", l.Name, fmeaFigures(l.Props, lang))
		b.WriteString(" " + marks(l.Cites))
	}
	return b.String()
}

func thresholdText(c retrieval.Computed) string {
	if c.Cmp == "" {
		return ""
	}
	return num(c.Threshold)
}

func fmeaFigures(p kg.Props, lang string) string {
	var parts []string
	for _, k := range []string{"rpn", "severity", "occurrence", "detection"} {
		if v, ok := p[k]; ok {
			parts = append(parts, metricNames[k].in(lang)+" "+v)
		}
	}
	if c := p["cause"]; c != "" {
		parts = append(parts, msgCause.in(lang)+": "+c)
	}
	if c := p["control"]; c != "" && c != "None" {
		parts = append(parts, msgControl.in(lang)+": "+c)
	}
	if a := p["action"]; a != "" && a != "None" {
		parts = append(parts, msgAction.in(lang)+": "+a)
	}
	return strings.Join(parts, ", ")
}

// num prints a figure with at most two decimals.
func num(f float64) string {
	s := strconv.FormatFloat(f, 'f', 2, 64)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	return s
}

// valueText writes a parameter value with its unit and tolerance as the
// source wrote them.
func valueText(p kg.Props) string {
	s := p["raw"]
	if s == "" {
		s = p["value"]
		if s == "" && (p["min"] != "" || p["max"] != "") {
			s = p["min"] + "–" + p["max"]
		}
	}
	// A table keeps value, unit and tolerance in separate columns; the
	// raw cell then lacks what the other columns say.
	if u := p["unit"]; u != "" && !strings.Contains(microSigns.Replace(s), microSigns.Replace(u)) {
		s += " " + u
	}
	if t := p["tolerance"]; t != "" && t != "—" && t != "-" && !strings.Contains(s, t) {
		s += " " + t
	}
	return strings.TrimSpace(s)
}

// microSigns writes the micro sign (U+00B5) as the Greek mu (U+03BC):
// documents use either for the same "µm", and a value's unit column may
// use the other one than its raw cell.
var microSigns = strings.NewReplacer("\u00b5", "\u03bc")

func unitSuffix(u string) string {
	if u == "" || u == "pcs" || u == "pc" || u == "ea" {
		return ""
	}
	return " " + u
}

// qtyOf writes "34 ×", "4 pcs of", "1.5 L of" or "34个" before an item
// name: a BOM that counts in pieces says so, and so does the answer.
func qtyOf(q float64, unit, lang string) string {
	n := retrieval.FormatQty(q)
	if unitSuffix(unit) == "" {
		switch {
		case lang == "zh":
			return n + "个"
		case unit != "":
			return n + " " + unit + " of"
		}
		return n + " ×"
	}
	if lang == "zh" {
		return n + unit
	}
	return n + " " + unit + " of"
}

// money writes an amount with at least two decimals, and more only when
// the sum has them (half a two-pack: 206.075).
func money(f float64) string {
	s := strconv.FormatFloat(f, 'f', -1, 64)
	whole, frac, _ := strings.Cut(s, ".")
	for len(frac) < 2 {
		frac += "0"
	}
	return whole + "." + frac
}

// countedNoun writes a count of pieces the way the asker would say it,
// "4 servos (2000-0025-0002)", when the item's name ends in a plain
// English noun; a name ending in a code or a size ("V-ring seal VA35")
// has no plural and keeps the "4 ×" form.
func countedNoun(q float64, unit, name, lang string) (string, bool) {
	if lang == "zh" || unitSuffix(unit) != "" {
		return "", false
	}
	head, tail, _ := strings.Cut(name, " (")
	if tail != "" {
		tail = " (" + tail
	}
	words := strings.Fields(head)
	if len(words) == 0 {
		return "", false
	}
	if unicode.IsDigit([]rune(head)[0]) {
		// "6 41 hole beams" reads as one number: the count takes a word.
		return retrieval.FormatQty(q) + " pcs of " + head + tail, true
	}
	last := words[len(words)-1]
	for _, r := range last {
		if r < 'a' || r > 'z' {
			return "", false
		}
	}
	if q != 1 {
		words[len(words)-1] = plural(last)
	}
	return retrieval.FormatQty(q) + " " + strings.Join(words, " ") + tail, true
}

// plural is the regular English plural of a lower-case noun.
func plural(w string) string {
	switch {
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return w // already plural, as list names often are ("hinges")
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "x"), strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "sh"):
		return w + "es"
	case len(w) > 1 && strings.HasSuffix(w, "y") && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return w[:len(w)-1] + "ies"
	}
	return w + "s"
}

// unitOr is the unit a total of pieces is said in: "needs 8 pcs of the
// grid plate" says the figure is a count of pieces.
func unitOr(u, lang string) string {
	if u == "" || u == "pcs" || u == "pc" || u == "ea" {
		if lang == "zh" {
			return "个"
		}
		return "pcs of"
	}
	if lang == "zh" {
		return u
	}
	return u + " of"
}

func end(lang string) string {
	if lang == "zh" {
		return "。"
	}
	return "."
}

// namer picks an entity's display name in the answer's language: the name
// if it is written in that language, else an alias that is.
// namer names entities for an answer; rows are the evidence's passages,
// whose table rows name a part the evidence holds no entity of.
type namer struct {
	ents map[string]kg.Entity
	rows []retrieval.Item
}

func (n *namer) display(id, fallback, lang string) string {
	e, ok := n.ents[id]
	if !ok {
		if label := n.rowName(fallback, lang); label != "" {
			return label + " (" + fallback + ")"
		}
		return fallback
	}
	if e.Type == kg.Process {
		return e.Name // operation names carry both languages already
	}
	wantCJK := lang == "zh"
	// The name if it is in the answer's language, else the fullest alias
	// that is ("额定电压" rather than "电压").
	label := ""
	if textseg.HasCJK(e.Name) == wantCJK && !looksLikeCode(e.Name) {
		label = e.Name
	}
	for _, cand := range append(e.Aliases, descriptionHead(e.Props["description"])) {
		if label == e.Name && label != "" {
			break
		}
		if textseg.HasCJK(cand) == wantCJK && !looksLikeCode(cand) && len(cand) > len(label) {
			label = cand
		}
	}
	// A part is named in the answer's language and by its number, which
	// is what a storeman looks up.
	code := e.Props["part_no"]
	if code == "" && looksLikeCode(e.Name) {
		code = e.Name
	}
	if rn := n.rowName(e.Name, lang); rn != "" && (label == "" || label == e.Name) {
		label, code = rn, e.Name // an entity named by its part number
	}
	switch {
	case label == "" && code != "" && code != e.Name && !looksLikeCode(e.Name):
		return e.Name + " (" + code + ")" // no name in the asker's language: the sheet's, with its number
	case label == "" && code != "":
		return code
	case label == "":
		return e.Name
	case code != "" && !strings.Contains(label, code):
		return label + " (" + code + ")"
	case e.Type == kg.Parameter:
		return label // "额定电压" needs no "(Rated voltage)": the value says which it is
	case label != e.Name && !strings.Contains(label, e.Name) && !looksLikeCode(e.Name) && textseg.HasCJK(e.Name) != wantCJK:
		return label + " (" + e.Name + ")"
	}
	return label
}

// looksLikeCode is true for part numbers, which read the same in any
// language and make poor display names on their own.
func looksLikeCode(s string) bool {
	digits := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			digits++
		}
	}
	return digits*2 >= len(s)
}

// descriptionHead is a parts-list description up to its first comma, the
// part's name in the language the list describes it in ("Base plate" of
// "Base plate, welded, 1050 x 420 mm"); "" when that is still long.
func descriptionHead(desc string) string {
	head, _, _ := strings.Cut(desc, ",")
	head, _, _ = strings.Cut(head, "，")
	if head = strings.TrimSpace(head); utf8.RuneCountInString(head) > 40 {
		return ""
	}
	return head
}

// rowName is, for a part number, its name in the answer's language as a
// row of the evidence that holds the number gives it: a BOM line reached
// through the graph alone ("CP200-BSE-01 × 1") says which part it is.
func (n *namer) rowName(code, lang string) string {
	for _, it := range n.rows {
		if it.Chunk.Kind != "table_row" {
			continue
		}
		cells := rowCells(it.Chunk.Text)
		if !slices.ContainsFunc(cells, func(c cell) bool { return strings.EqualFold(c.value, code) && columnRole(c.header) == "part_no" }) {
			continue
		}
		for _, role := range []string{"name", "description"} {
			for _, c := range cells {
				if columnRole(c.header) == role && textseg.HasCJK(c.value) == (lang == "zh") {
					if head := descriptionHead(c.value); head != "" {
						return head
					}
				}
			}
		}
	}
	return ""
}

// columnRole is the role the table mappings give a header, in any kind.
func columnRole(header string) string {
	h := normHeader(header)
	for _, c := range mappings.Columns() {
		if slices.ContainsFunc(c.Synonyms, func(s string) bool { return normHeader(s) == h }) {
			return c.Role
		}
	}
	return ""
}
