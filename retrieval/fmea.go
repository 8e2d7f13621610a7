package retrieval

import (
	"maps"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval/tableq"
)

// fmeaQuery is what an FMEA question asks for.
type fmeaQuery struct {
	metric    string // rpn, severity, occurrence, detection
	op        string // max, min, avg, count, list
	rank      int    // 1 for the highest, 2 for the second highest
	byItem    bool   // aggregate per item ("which item has the highest average")
	cmp       string
	threshold float64
	hasThresh bool
	top       int
	modes     bool // counts failure modes, not the sheet's rows
}

// reCountsModes asks how many failure modes, which the answer then counts
// first: several rows may share one mode with different causes.
var reCountsModes = regexp.MustCompile(`(?i)(?:how many|number of)\s+(?:distinct\s+|different\s+)?failure\s+modes|(?:多少|几)(?:个|种|类)(?:不同的?)?失效模式|失效模式(?:一共|共)?有?(?:多少|几)(?:个|种|类)`)

// reRatingLetter is an FMEA rating's letter, written after its name:
// "发生度（O）评为 2" asks the occurrence, and no item named O.
var reRatingLetter = regexp.MustCompile(`(?i)(严重度|严重程度|频度|发生度|探测度|检测度|severity|occurrence|detection)\s*[（(]\s*[SOD]\s*[）)]`)

// withoutRatingLetter drops the letter after a rating's name.
func withoutRatingLetter(text string) string {
	return reRatingLetter.ReplaceAllString(text, "$1")
}

var (
	fmeaMetrics = []struct {
		metric string
		cues   []string
	}{
		{"severity", []string{"severity", "严重度", "严重程度"}},
		{"occurrence", []string{"occurrence", "频度", "发生度", "发生频率"}},
		{"detection", []string{"detection", "detectab", "d score", "探测度", "检测度", "可探测"}},
	}
	fmeaOps = []struct {
		op   string
		cues []string
	}{
		{"avg", []string{"average", "mean", "平均"}},
		{"count", []string{"how many", "number of", "count", "多少个", "多少种", "几个", "几条", "几项", "几种", "多少项", "多少条", "数量"}},
		{"min", []string{"lowest", "smallest", "minimum", "least", "最低", "最小"}},
		{"max", []string{"highest", "largest", "maximum", "greatest", "top", "worst", "most critical", "riskiest", "最高", "最大", "最严重", "风险最大"}},
	}
	reNumber  = regexp.MustCompile(`\d+(?:\.\d+)?`)
	aboveCues = []string{"above", "over", "greater than", "more than", "higher than", "exceed", ">", "超过", "大于", "高于", "以上"}
	belowCues = []string{"below", "under", "less than", "lower than", "<", "低于", "小于", "以下"}
)

func parseFMEAQuery(text string) fmeaQuery {
	lower := strings.ToLower(text)
	q := fmeaQuery{metric: "rpn", op: "list"}
	for _, m := range fmeaMetrics {
		if containsAny(lower, m.cues) {
			q.metric = m.metric
			break
		}
	}
	for _, o := range fmeaOps {
		if containsAny(lower, o.cues) {
			q.op = o.op
			break
		}
	}
	if q.op == "count" && containsAny(lower, fmeaOps[3].cues) {
		q.op = "max" // "RPN 最高是多少？有几条并列？": the highest, with its ties
	}
	if n := reNumber.FindAllString(withoutRankedCount(lower), -1); len(n) > 0 {
		v, _ := strconv.ParseFloat(n[len(n)-1], 64)
		atLeast, atMost := tableq.InclusiveCues()
		switch { // inclusive forms first: "no more than" holds "more than"
		case containsAny(lower, atLeast):
			q.cmp, q.threshold, q.hasThresh = ">=", v, true
		case containsAny(lower, atMost):
			q.cmp, q.threshold, q.hasThresh = "<=", v, true
		case containsAny(lower, aboveCues):
			q.cmp, q.threshold, q.hasThresh = ">", v, true
		case containsAny(lower, belowCues):
			q.cmp, q.threshold, q.hasThresh = "<", v, true
		}
	}
	if v, ok := saidMetricValue(lower, q.metric); ok && !q.hasThresh {
		q.cmp, q.threshold, q.hasThresh = "=", v, true // "rows with severity 5": that value, not a ranking
	}
	if q.hasThresh && (q.op == "max" || q.op == "min") {
		q.op = "list"
	}
	q.rank = 1
	if containsAny(lower, []string{"second", "2nd", "第二"}) {
		q.rank = 2
	} else if containsAny(lower, []string{"third", "3rd", "第三"}) {
		q.rank = 3
	}
	if n := rankedCount(lower); n > 1 && !q.hasThresh && (q.op == "max" || q.op == "min" || q.op == "list") {
		q.top, q.rank = n, 1 // "top 3 by RPN": three rows, not the third
		if q.op == "list" {
			q.op = "max"
		}
	}
	q.modes = q.op == "count" && reCountsModes.MatchString(text)
	q.byItem = q.op == "avg" && containsAny(lower, []string{"which item", "which component", "which part", "which assembly", "哪个项目", "哪个部件", "哪个组件", "哪个零件"})
	return q
}

// fmeaRow is one FMEA line item: a failure mode of an item with one cause.
type fmeaRow struct {
	item, mode, cause string
	control, action   string
	modeID            string
	props             kg.Props
	facts             []string
}

// fmeaRows joins item -HAS_FAILURE_MODE-> mode -CAUSED_BY-> cause. Rows
// whose mode has no cause use the HAS_FAILURE_MODE figures.
func fmeaRows(v *graphView, scope map[string]bool) []fmeaRow {
	var rows []fmeaRow
	for id, e := range v.ents {
		if e.Type != kg.FailureMode {
			continue
		}
		items := v.inOf(id, kg.HasFailureMode)
		item := e.Props["item"]
		var itemFacts []string
		inScope := len(scope) == 0 || scope[id]
		for _, r := range items {
			if item == "" {
				item = v.name(r.From)
			}
			itemFacts = append(itemFacts, r.ID)
			inScope = inScope || scope[r.From]
		}
		if !inScope {
			continue
		}
		mode := e.Props["mode"]
		if mode == "" {
			mode = e.Name
		}
		causes := v.outOf(id, kg.CausedBy)
		for _, r := range causes {
			// Each source is one row of a sheet: two rows that state the
			// same mode and cause are two rows, not one.
			for _, src := range rowSources(r) {
				row := fmeaRow{item: item, mode: mode, cause: v.name(r.To), modeID: id, props: src.Props, facts: append([]string{r.ID}, itemFacts...)}
				rows = append(rows, withRowTexts(v, row, src.ChunkID))
			}
		}
		if len(causes) == 0 && len(items) > 0 {
			row := fmeaRow{item: item, mode: mode, modeID: id, props: items[0].Props, facts: itemFacts}
			rows = append(rows, withRowTexts(v, row, ""))
		}
	}
	sort.Slice(rows, func(i, j int) bool {
		if rows[i].item != rows[j].item {
			return rows[i].item < rows[j].item
		}
		if rows[i].mode != rows[j].mode {
			return rows[i].mode < rows[j].mode
		}
		return rowTieKey(rows[i]) < rowTieKey(rows[j])
	})
	return rows
}

// rowTieKey orders rows that share item and mode by everything else they
// state: two sheet rows with the same mode and cause but another control
// or action would otherwise come in the order the store returned them,
// and each store returns them in its own.
func rowTieKey(r fmeaRow) string {
	keys := slices.Sorted(maps.Keys(r.props))
	var b strings.Builder
	b.WriteString(r.cause + "\x00" + r.control + "\x00" + r.action)
	for _, k := range keys {
		b.WriteString("\x00" + k + "=" + r.props[k])
	}
	return b.String()
}

// rowSources lists each supporting row with its figures, or the merged
// figures when the store gave no per-source detail.
func rowSources(r kg.Relation) []kg.Source {
	var out []kg.Source
	for _, s := range r.Sources {
		if len(s.Props) > 0 {
			out = append(out, s)
		}
	}
	if len(out) == 0 {
		out = append(out, kg.Source{Props: r.Props})
	}
	return out
}

// withRowTexts gives a row its current control and recommended action:
// those the same sheet row states, so one mode's rows keep their own.
// Without per-row sources, a mode's single control or action is its
// rows'.
func withRowTexts(v *graphView, row fmeaRow, chunk string) fmeaRow {
	var id string
	if row.control, id = rowText(v, row.modeID, kg.DetectedBy, chunk); id != "" {
		row.facts = append(row.facts, id)
	}
	if row.action, id = rowText(v, row.modeID, kg.RemediedBy, chunk); id != "" {
		row.facts = append(row.facts, id)
	}
	return row
}

// rowText is the name the mode's rel relation from the sheet row chunk
// points at, and that relation's id.
func rowText(v *graphView, mode, rel, chunk string) (string, string) {
	outs := v.outOf(mode, rel)
	for _, r := range outs {
		for _, s := range r.Sources {
			if chunk != "" && s.ChunkID == chunk {
				return v.name(r.To), r.ID
			}
		}
	}
	if len(outs) == 1 && (chunk == "" || len(outs[0].Sources) == 0) {
		return v.name(outs[0].To), outs[0].ID
	}
	return "", ""
}

// computeFMEA answers counts, rankings, averages and threshold filters.
func computeFMEA(rows []fmeaRow, q fmeaQuery, subject string) (Computed, bool) {
	if q.op == "count" && !q.hasThresh && subject == "" {
		// a count over no bound and no item is every row: the question's
		// condition ("say None for the recommended action") is one the
		// counter cannot read, and the total would answer another question
		return Computed{}, false
	}
	c := Computed{Kind: "fmea", Metric: q.metric, Op: q.op, Cmp: q.cmp, Threshold: q.threshold, Subject: subject}
	if q.modes {
		c.Noun = "failure modes"
	}
	var kept []fmeaRow
	var vals []float64
	for _, r := range rows {
		x, ok := r.props.Float(q.metric)
		if !ok {
			continue
		}
		if q.hasThresh && !compare(x, q.cmp, q.threshold) {
			continue
		}
		kept = append(kept, r)
		vals = append(vals, x)
	}
	if len(kept) == 0 && !(noneAnswers(q) && len(rows) > 0) {
		return c, false
	}
	if len(kept) == 0 {
		c.facts = rowLine(rows[0]).facts // "none" rests on the sheet searched
		return c, true
	}
	idx := make([]int, len(kept))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool {
		va, vb := vals[idx[a]], vals[idx[b]]
		if va == vb { // ties read best with the riskiest row first
			ra, _ := kept[idx[a]].props.Float("rpn")
			rb, _ := kept[idx[b]].props.Float("rpn")
			return ra > rb
		}
		if q.op == "min" {
			return va < vb
		}
		return va > vb
	})
	switch q.op {
	case "max", "min":
		if q.top > 1 {
			return rankedRows(c, kept, vals, idx, q.top), true
		}
		best := nthDistinct(vals, idx, q.rank)
		c.Value = best
		for _, i := range idx {
			if vals[i] == best {
				c.Lines = append(c.Lines, rowLine(kept[i]))
			}
		}
	case "avg":
		if q.byItem {
			return averageByItem(c, kept, vals), true
		}
		var sum float64
		for _, x := range vals {
			sum += x
		}
		c.Value = sum / float64(len(vals))
		for _, i := range idx {
			c.Lines = append(c.Lines, rowLine(kept[i]))
		}
	default: // count and list
		for _, i := range idx {
			c.Lines = append(c.Lines, rowLine(kept[i]))
		}
	}
	c.Count = len(kept)
	modes := map[string]bool{}
	for _, r := range kept {
		modes[r.modeID] = true
	}
	if q.op == "max" || q.op == "min" {
		c.Count = len(c.Lines)
		modes = map[string]bool{}
		for _, l := range c.Lines {
			modes[l.ID] = true
		}
	}
	c.Distinct = len(modes)
	for _, l := range c.Lines {
		c.facts = append(c.facts, l.facts...)
	}
	return c, true
}

func rowLine(r fmeaRow) Line {
	p := kg.Props{"item": r.item, "mode": r.mode}
	if r.cause != "" {
		p["cause"] = r.cause
	}
	if r.control != "" {
		p["control"] = r.control
	}
	if r.action != "" {
		p["action"] = r.action
	}
	for _, k := range []string{"severity", "occurrence", "detection", "rpn"} {
		if v, ok := r.props[k]; ok {
			p[k] = v
		}
	}
	return Line{ID: r.modeID, Name: r.item + ": " + r.mode, Type: kg.FailureMode, Props: p, facts: r.facts}
}

func compare(x float64, cmp string, t float64) bool {
	switch cmp {
	case ">":
		return x > t
	case ">=":
		return x >= t
	case "<":
		return x < t
	case "<=":
		return x <= t
	case "=":
		return x == t
	}
	return true
}

// reMetricValue is a figure said right after the metric's name, as its
// value: "severity 5", "severity of 5", "严重度为5", "发生度等于 1",
// "严重度评 4 分", "rated 4".
var reMetricValue = regexp.MustCompile(`^\s*(?:of|is|=|:|rated|rated at|为|等于|是|评为|评|打|打了|评了)?\s*(\d+)(?:\b|分)`)

// saidMetricValue is the value a question gives the metric it names, when
// it gives one right after the name.
func saidMetricValue(lower, metric string) (float64, bool) {
	cues := []string{"rpn"}
	for _, m := range fmeaMetrics {
		if m.metric == metric {
			cues = m.cues
		}
	}
	for _, cue := range cues {
		if i := strings.Index(lower, cue); i >= 0 {
			if m := reMetricValue.FindStringSubmatch(lower[i+len(cue):]); m != nil {
				v, err := strconv.ParseFloat(m[1], 64)
				return v, err == nil
			}
		}
	}
	return 0, false
}

// noneAnswers reports a query whose bound may keep no row and still be
// answered: a count or listing under a bound says none.
func noneAnswers(q fmeaQuery) bool {
	return q.hasThresh && (q.op == "count" || q.op == "list")
}

// nthDistinct is the k-th best distinct value in idx order.
func nthDistinct(vals []float64, idx []int, k int) float64 {
	seen := 0
	last := vals[idx[0]]
	for i, j := range idx {
		if i == 0 || vals[j] != last {
			seen++
			last = vals[j]
		}
		if seen == k {
			return last
		}
	}
	return last
}

// averageByItem ranks items by their rows' average, highest first.
func averageByItem(c Computed, rows []fmeaRow, vals []float64) Computed {
	sums, counts := map[string]float64{}, map[string]int{}
	facts := map[string][]string{}
	var items []string
	for i, r := range rows {
		if counts[r.item] == 0 {
			items = append(items, r.item)
		}
		sums[r.item] += vals[i]
		counts[r.item]++
		facts[r.item] = append(facts[r.item], r.facts...)
	}
	sort.SliceStable(items, func(a, b int) bool {
		return sums[items[a]]/float64(counts[items[a]]) > sums[items[b]]/float64(counts[items[b]])
	})
	c.Op = "avg_by_item"
	for _, it := range items {
		avg := sums[it] / float64(counts[it])
		c.Lines = append(c.Lines, Line{Name: it, Qty: avg, Props: kg.Props{"rows": strconv.Itoa(counts[it])}, facts: facts[it]})
		c.facts = append(c.facts, facts[it]...)
	}
	c.Value = sums[items[0]] / float64(counts[items[0]])
	c.Subject = items[0]
	c.Count = len(rows)
	return c
}
