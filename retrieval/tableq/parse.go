package tableq

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Parsed is a plan read from a question, with how strongly the question
// points at the table.
type Parsed struct {
	Plan  Plan
	Score int
	// Declined marks a question this table holds the rows for but no
	// plan of it answers right; no other table's figure may stand in.
	Declined bool
}

// reThatOne is a demonstrative with 一 ("那一组", "这一类", "哪一项"): it
// points at a group, and counts nothing.
var reThatOne = regexp.MustCompile(`([这那哪])一(组|类|项|种|栏|列|部分|批)`)

var (
	reNumber = regexp.MustCompile(`\$?\d+(?:\.\d+)?`)
	hanDigit = map[string]int{"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
	wordNum  = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
)

// Parse reads a plan for t from text. It returns false when the question
// does not ask for a figure over the table, or names a column, value or
// word the table does not have.
func Parse(t *Table, text string) (Parsed, bool) { return ParseWith(t, text, nil) }

// Translate gives the English forms of a Chinese term, so a Chinese
// question finds the rows of an English sheet ("机械密封" → "mechanical seal").
type Translate func(zh string) (en []string, rest string)

// ParseWith is Parse with a glossary for Chinese terms.
func ParseWith(t *Table, text string, tr Translate) (Parsed, bool) {
	text = t.withoutOwnFile(text)
	if bare, column, ok := t.withoutHeaderGloss(text); ok {
		if p, ok := ParseWith(t, bare, tr); ok && usesColumn(p.Plan, column) {
			return p, true
		}
	}
	p, ok := parse(t, text, tr, nil)
	if bare, glossed := withoutValueGloss(text); !ok && glossed {
		p, ok = parse(t, bare, tr, nil) // "deck（甲板）": the sheet's deck
	}
	if ok && t.costOfStockUnread(text, p.Plan) {
		return Parsed{}, false // another table may hold the prices
	}
	return p, ok
}

// reGetSoonest asks which item comes soonest when ordered: "which spare
// can you get fastest" is the shortest lead time.
var reGetSoonest = regexp.MustCompile(`(?i)\b(?:can|could|do|would)\s+(?:you|we|i|one)\s+get(?:\s+(?:it|them|one))?\s+(?:the\s+)?(?:fastest|quickest|soonest)\b`)

// reGetWithin asks which items arrive within a time: "which spares can we
// get within a week" are those whose lead time is seven days or less.
var reGetWithin = regexp.MustCompile(`(?i)\b(?:can|could|do|would)\s+(?:you|we|i|one)\s+(?:get|have|receive)(?:\s+(?:it|them|one|delivered))?\s+(?:within|in)\s+(a|one|two|\d+)\s+(weeks?|days?)\b`)

// reEveryAssembly counts over every assembly, not by each: "counting
// every assembly, how many brackets go into one rover" asks one total.
var reEveryAssembly = regexp.MustCompile(`(?i)\b(?:counting|across|over|including|from) (?:every|all(?: the)?|all of the) (?:sub-?)?assembl(?:y|ies)\b|算上所有(?:组件|总成)|所有(?:组件|总成)(?:加起来|算在一起)`)

// reHardestToDetect asks where failures are hardest to find: in an FMEA,
// the highest detection rating ("which subsystem is hardest to detect
// failures in", "哪个子系统的失效最难发现").
var reHardestToDetect = regexp.MustCompile(`(?i)\b(?:is|are)?\s*(?:the\s+)?(?:hardest|most difficult|least likely|toughest)\s+to\s+(?:detect|spot|catch|find)(?:\s+(?:failures|faults|problems)(?:\s+in)?)?|(?:失效|故障)?最(?:难|不容易)(?:发现|检测|探测|检出)`)

// hardestToDetect rewrites reHardestToDetect's match as the rating, where
// no figure bounds it: "the hardest to detect, detection 7 or worse" asks
// every row past 7, not the one highest.
func hardestToDetect(text string) string {
	if strings.ContainsAny(text, "0123456789") {
		return text
	}
	return reHardestToDetect.ReplaceAllStringFunc(text, func(m string) string {
		if strings.ContainsAny(m, "难容") {
			return "探测度最高"
		}
		return " has the highest detection"
	})
}

// withinLeadTime rewrites reGetWithin's match as the lead time it asks.
func withinLeadTime(text string) string {
	return reGetWithin.ReplaceAllStringFunc(text, func(m string) string {
		g := reGetWithin.FindStringSubmatch(m)
		n := map[string]int{"a": 1, "one": 1, "two": 2}[strings.ToLower(g[1])]
		if n == 0 {
			n, _ = strconv.Atoi(g[1])
		}
		if strings.HasPrefix(strings.ToLower(g[2]), "week") {
			n *= 7
		}
		return "have a lead time of " + strconv.Itoa(n) + " days or less"
	})
}

// reSheetQualifier opens a question with the sheet it asks about, said
// with what the sheet is about: "In the haul truck FMEA, how many …".
var reSheetQualifier = regexp.MustCompile(`(?i)^\s*(?:in|for|from|on)\s+(?:the|our|this)\s+((?:[a-z0-9-]+\s+){1,3})(?:fmea|bom|parts list|service log|maintenance log|log|work orders|spares list)\b`)

// withoutSheetQualifier leaves out what the sheet is about where no row
// says it: the haul trucks are what the whole FMEA is of, not a value
// that singles rows out.
func (t *Table) withoutSheetQualifier(text string) string {
	m := reSheetQualifier.FindStringSubmatchIndex(text)
	if m == nil {
		return text
	}
	words := strings.TrimSpace(text[m[2]:m[3]])
	if t.anyRow(Filter{Column: AnyColumn, Op: "mention", Value: words}) {
		return text
	}
	return text[:m[2]] + text[m[3]:]
}

// reCostOfOne is "what does the … cost" of one thing named by one word
// after the verb: the thing's own price, unless it is the whole product
// the list builds ("how much does the whole rover cost", "what does the
// rover cost in parts"), whose cost is every row's.
var reCostOfOne = regexp.MustCompile(`(?i)\b(?:what|how much) (?:does|would|will|did) (?:the |a |one |our |this |my )?(whole |entire |complete )?([a-z]+) cost\b`)

// costOfWhole reports a question asking what the whole product costs,
// said whole or "in parts". The product's name alone is not enough: a
// word no table holds may as well be a thing the documents lack ("how
// much does the impeller cost" over the rover's list), and a price made
// up of the rover's parts would answer it wrongly.
func costOfWhole(text string) bool {
	m := reCostOfOne.FindStringSubmatch(text)
	return m != nil && (m[1] != "" || reInParts.MatchString(text))
}

var reInParts = regexp.MustCompile(`(?i)\bcosts? in parts\b`)

// reWhichOnes asks which rows with a measure word: "哪几单", "哪几条".
var reWhichOnes = regexp.MustCompile(`哪几(?:单|条|次|项|行)`)

// parse is ParseWith where the words of subject name what the sheet is
// about and single out no row.
func parse(t *Table, text string, tr Translate, subject map[string]bool) (Parsed, bool) {
	costsWhole := costOfWhole(text) // before the product's name is read as the list's subject
	text = reGetSoonest.ReplaceAllString(text, "has the shortest lead time")
	text = reEveryAssembly.ReplaceAllString(hardestToDetect(withinLeadTime(text)), "in total")
	text = asPiecesAsked(text)
	text = t.withoutSheetQualifier(text)
	text = strings.ReplaceAll(text, "任何", "")       // "没更换任何零件" is "没更换零件"
	text = reWhichOnes.ReplaceAllString(text, "哪些") // "哪几单换过" lists them, counting none
	text = reThatOne.ReplaceAllString(text, "$1$2") // "general 那一组": the group named, not one of it
	text = withoutSubject(text, subject)
	if p, ok := t.severalPlan(text, tr); ok {
		return Parsed{Plan: p, Score: 4}, true
	}
	if p, ok := t.directPartsPlan(text); ok {
		return Parsed{Plan: p, Score: 4}, true
	}
	if p, ok := t.literalCountPlan(text); ok {
		return Parsed{Plan: p, Score: 4}, true
	}
	text = t.withSupplierHan(text, tr)
	text = t.withoutTitleHan(text, tr)
	text = t.withOftenAsWritten(text)
	text, named := t.withSheetWords(text, tr)
	q := newQuestion(text)
	q.subject = subject
	q.sumsCost, q.costsWhole = q.sumsCost || costsWhole, costsWhole
	q.takeRemarks(t)
	if t.addsRows(q) {
		return Parsed{}, false
	}
	t.takeCodeShown(q)
	t.takePartNames(q)
	whole := q.takeProductWords(t)
	t.takeAssemblyOf(q)
	// "how many … in the whole rover": every assembly as often as it is built in
	whole = t.multiplied() && (t.takeProductHan(q, tr) || q.has(cueCount) && q.wholeProduct(t)) || whole
	holder := t.takeHolderAsked(q)
	wants := q.has(cuePercent) || q.has(cueAvg) || q.asksSum() || q.has(cueCount) || q.has(cueMax) ||
		q.has(cueMin) || q.has(cueMost) || q.has(cueFewest) || q.has(cueDistinct) || q.has(cueList) || q.has(cueOrder) || holder || q.asksAbout() ||
		reTopWord.MatchString(q.text)
	if !wants || len(t.Rows) == 0 {
		return Parsed{}, false
	}
	score := t.kindScore(q)
	kindNamed := score > 0
	flags := t.flagged(q) // before the column's name is read as a mention
	ms := t.labelledValues(q, t.mentions(q))
	p := Plan{}
	used := map[int]bool{} // mentions consumed by filters
	p.Limit = topN(q)
	p.Filters, ms = t.exclusions(q, ms)
	var steps []Filter
	steps, ms = t.stepSpan(q, ms)
	p.Filters = append(p.Filters, steps...)
	if f, ok := t.assemblyScope(q); ok {
		p.Filters = append(p.Filters, f)
		ms = untaken(q, ms)
	}
	if fs, ok := t.monthRangeFilter(q, ms, used); ok {
		p.Filters = append(p.Filters, fs...)
	} else if f, ok := t.monthFilter(q, ms, used); ok {
		p.Filters = append(p.Filters, f)
	} else if f, ok := t.yearFilter(q, ms, used); ok {
		p.Filters = append(p.Filters, f) // before thresholds: "downtime in 2025" is no downtime of 2025 h
	} else if f, ok := t.lastYearFilter(q, ms, used); ok {
		p.Filters = append(p.Filters, f)
	}
	p.Filters = append(p.Filters, ranges(t, q, ms, used)...)
	figure, inclusive, noted := boundaryNote(q)
	p.Filters = append(p.Filters, thresholds(t, q, ms, used)...)
	if noted {
		p.Filters = withBoundary(p.Filters, figure, inclusive)
	}
	p.Filters = append(p.Filters, presence(t, q, ms, used)...)
	absent := t.absentValues(text, q, ms, used)
	p.Filters = append(p.Filters, absent...)
	p.Filters = append(p.Filters, flags...)
	p.Filters = append(p.Filters, t.heldFigures(q)...)
	p.Filters = append(p.Filters, t.seriesFilters(q)...)
	p.Filters = append(p.Filters, t.countedInFilters(q)...)
	score += 2 * len(p.Filters) // each a reading of this table's columns
	t.valuesInNamedColumn(q, ms)
	for i, m := range ms {
		if m.value != "" {
			op := "eq"
			if m.partial || t.widerValues(m.col, m.value) && !placeRoles[t.Columns[m.col].Role] && !labelled(q, ms, i) && !t.namedBefore(q, m) || saidWithin(q, m) {
				op = "match" // "leaking" also finds "cracked or leaking"
			}
			if reMentionsBefore.MatchString(q.text[:m.start]) {
				op = "match" // "a location that mentions hydraulics": any that holds it
			}
			if q.saidOnly(m.span) {
				op = "eq"
			}
			col := t.Columns[m.col].Name
			if t.replacedAnywhere(q, m.col) {
				col, op = AnyColumn, "mention"
			}
			p.Filters = append(p.Filters, Filter{Column: col, Op: op, Value: m.value})
			used[i] = true
			for j, n := range ms { // "资产 AID3", "WC2 as their work centre": the column's name labels the value
				if n.value == "" && n.col == m.col {
					used[j] = true
				}
			}
			score += 2
		} else {
			score += 2
		}
	}
	also := t.alsoWhich(q, ms, used)
	group, part, each := t.dateGroup(q, ms, used)
	if group < 0 {
		group = t.groupColumn(q, ms, used)
	}
	measure := measureColumn(t, ms, used)
	if measure < 0 {
		measure = t.unitsColumn(q)
	}
	if measure < 0 && q.asksSum() {
		measure = t.quantityInUnit(p.Filters) // "按件计的备件总数": their quantities added up
	}
	if measure < 0 && q.asksSum() && partRows[t.Kind] && !reQuantityWord.MatchString(q.text) {
		measure = t.roleColumn("cost") // "what do all rover parts add up to": what they cost
	}
	if d := t.durationColumn(q); d >= 0 {
		if measure < 0 || !t.isDuration(measure) {
			measure = d // "which operation takes the longest": its time, not its number
		}
		q.takeAll(durationCues) // "平均停机多久": the time asked is the measure's, no word of a row
	}
	if !p.decide(t, q, ms, used, group, measure) {
		return Parsed{}, false
	}
	if (p.Aggregate == "min" || p.Aggregate == "max") && !kindNamed && t.curvePoints() {
		// "the minimum flow I can run at": a curve's first and last points
		// are where it was drawn, not a limit; the stated limit answers
		return Parsed{}, false
	}
	t.sumsInUnit(q, &p)
	p.GroupPart = part
	if each && topN(q) == 0 {
		p.Limit = 0 // "每年的工单数": every year, not the busiest
	}
	p.Show = shownColumns(t, &p, ms, used)
	if also >= 0 && p.Aggregate == "count" {
		p.Show = append(p.Show, t.Columns[also].Name)
	}
	p.Times = t.quantities(q, &p, ms, used)
	if times, ok := t.pricedCount(q, &p); ok {
		p.Times = times
	}
	op := "match"
	if q.has(cueMention) {
		op = "mention" // "work orders that mention a leak": any column
	}
	words, han := residue(q)
	if t.replacedAsked(q) {
		op, words = "mention", withoutReplacing(q, words)
	}
	words = t.namedPartNouns(q, words)
	if saysNullUnread(q, words, p.Filters) {
		return Parsed{}, false // "parts none": a cell said empty that no column took
	}
	var before []Filter
	before, words = t.wordsBeforeColumn(q, words, ms, used)
	p.Filters = append(p.Filters, before...)
	p.Filters = append(p.Filters, t.wordFilters(q, words, op, p.Filters, p.GroupBy != "")...)
	for _, h := range han {
		if t.titleHolds(h) {
			continue // "装配" asked of the 装配作业指导书: the sheet's own name
		}
		var en []string
		rest := h
		if tr != nil {
			en, rest = tr(h)
		}
		// A word begun by a letter ("O形圈") is glossed as one word ("o
		// ring") that a table may write otherwise ("O-ring"): the rows
		// are then read for it as asked.
		lettered := hasLetter(h)
		read := false
		for _, w := range en {
			if readAlready(named, w) || q.subject[strings.ToLower(w)] {
				read = true
				continue // read above as the sheet's own word, or inside one
			}
			if f, ok := t.translatedFilter(w, op, ms, used); ok && (!lettered || t.anyRow(f)) {
				p.Filters = append(p.Filters, f)
				read = true
			}
		}
		if lettered && !read && strings.TrimSpace(rest) == "" {
			rest = h
		}
		if rest = stripHan(rest); rest != "" {
			p.Filters = append(p.Filters, Filter{Column: AnyColumn, Op: op, Value: asWritten(text, rest)})
		}
	}
	if kindNamed {
		t.widen(p.Filters)
	}
	p.Filters = dedupe(p.Filters)
	p.Filters = namedByCode(p.Filters)
	t.inCapitals(p.Filters)
	if !t.namedItemsStock(q, &p, ms, measure) {
		return Parsed{Declined: true}, false // one record's field, which no other table's count stands in for
	}
	p.Times = t.wholesCounted(q, p)
	p.Pieces = t.countsPieces(text, p, whole)
	if t.piecesUnread(text, p) || t.unrecordedEvent(text) {
		return Parsed{Declined: true}, false
	}
	if times := t.productPieces(text, p, whole); times != nil {
		p.Times = times
	}
	if p.Pieces && (whole || underScope(p) != "") {
		score += 2 // pieces in the product or an assembly of it: what the levels are for
	}
	if holder && p.Aggregate != "list" {
		return Parsed{}, false // "装在哪个组件里，一台几个": which assembly, and a count, is two questions
	}
	p.Holder = holder
	if p.Holder {
		score += 2 // the sheet's levels are what the question asks about
	}
	p.Filters = append(p.Filters, t.gradeFilters(q)...)
	if p.Aggregate == "list" && len(p.Filters) == 0 && p.Limit == 0 && len(p.Show) == 0 {
		// "备件清单里有哪些零件", "list all the spare parts": a sheet named by
		// its kind, asked for whole, lists what its rows are
		c := t.listedColumn(hasHan(text))
		if !kindNamed || c < 0 || p.Holder || asksFigure(q) {
			return Parsed{}, false // "which work orders …" with nothing to single rows out
		}
		p.Aggregate, p.Column = "distinct", t.Columns[c].Name
		if t.quantityColumn() >= 0 && reAsksQuantities.MatchString(text) {
			// "list the spares with their quantities": every row with
			// its count, as a counted listing gives them
			p.Aggregate, p.Column = "count", ""
		}
	}
	if q.asksAbout() && p.Aggregate == "distinct" && p.GroupBy == "" && (!kindNamed || len(p.Filters) == 0 || t.namesOneRecord(p.Filters)) {
		// what every row, or the one record named, is about: no listing
		// to compute; nor rows the question does not call work orders
		return Parsed{}, false
	}
	if p.Aggregate == "list" && t.namesOneRecord(p.Filters) {
		return Parsed{}, false // "WO-26-0119 换了哪些零件": a field of that record
	}
	if p.Aggregate == "count" && !p.Pieces && t.countsByKey(p.Filters) {
		return Parsed{}, false // "一台泵要几个 CP200-SEL-03": a quantity, not a count of the one row its code picks
	}
	if p.Aggregate == "count" && !p.Pieces && t.stockOfOneRow(text, p.Filters) {
		return Parsed{}, false // "V形密封圈建议备几个": the row's recommended stock, not a count of the one row its name picks
	}
	t.showKindColumn(text, &p)
	score += t.specificity(q, p.Filters)
	if len(p.Times) > 0 {
		score++ // "the value of the recommended stock": price × stock reads more of the question than the stock alone
	}
	if p.Aggregate == "percent" && len(p.Filters) == 0 && p.GroupBy == "" {
		return Parsed{}, false // a share of every row is 100%: the part asked for went unread
	}
	if q.looseNumber() {
		return Parsed{}, false // a figure the plan does not use: a guess
	}
	if score < 2 {
		return Parsed{}, false
	}
	if err := p.Validate(t); err != nil {
		return Parsed{}, false
	}
	// A word the table never uses makes the plan a guess, not a reading.
	for _, f := range p.Filters {
		if (f.Op == "match" || f.Op == "mention") && !t.anyRow(f) {
			return Parsed{}, false
		}
	}
	// Words that each name rows but no row together are more likely a
	// misreading ("M16 bolts of the HF-CP200" in a BOM) than a true zero.
	if textFilters(p.Filters) > 0 && !t.anyKept(p.Filters) && len(absent) == 0 {
		return Parsed{}, false
	}
	return Parsed{Plan: p, Score: score}, true
}

// curvePoints reports a table of measured points, every column a figure
// (flow, head, efficiency): its extremes are the ends of the curve drawn,
// not a range the product may be run over.
func (t *Table) curvePoints() bool {
	if t.Kind != "" || len(t.Columns) < 2 {
		return false
	}
	for _, c := range t.Columns {
		if !c.Numeric {
			return false
		}
	}
	return true
}

// reCodeValue is a code a filter reads: letters and digits joined by a
// dash ("cpl-03", "cp200-sel-01").
var reCodeValue = regexp.MustCompile(`^[a-z]*\d*[a-z]+-\d+|^[a-z]+\d+-[a-z0-9-]+$`)

// namedByCode lets the words naming a part the question also names by
// its code ("联轴器弹性体CPL-03": coupling spider) be anywhere in a row: the
// code picks the rows, and a log says what the part is in any column.
func namedByCode(fs []Filter) []Filter {
	coded := false
	for _, f := range fs {
		coded = coded || (f.Op == "match" || f.Op == "mention") && reCodeValue.MatchString(strings.ToLower(f.Value))
	}
	if !coded {
		return fs
	}
	out := make([]Filter, len(fs))
	for i, f := range fs {
		if f.Column == AnyColumn && f.Op == "match" && !reCodeValue.MatchString(strings.ToLower(f.Value)) {
			f.Op = "mention"
		}
		out[i] = f
	}
	return out
}

// namesOneRecord reports filters that only pick rows by the table's key,
// one value: a question about that record's fields, not over rows.
func (t *Table) namesOneRecord(fs []Filter) bool {
	return len(fs) == 1 && t.countsByKey(fs)
}

// countsByKey reports filters that pick a single row by the table's key:
// counting such rows gives 1 whatever is asked.
func (t *Table) countsByKey(fs []Filter) bool {
	key := t.keyColumn()
	if key < 0 || len(t.filter(fs)) != 1 {
		return false
	}
	for _, f := range fs {
		if f.Op == "eq" && t.Column(f.Column) == key {
			return true
		}
	}
	return false
}

func textFilters(fs []Filter) int {
	n := 0
	for _, f := range fs {
		if f.Op == "eq" || f.Op == "match" || f.Op == "mention" {
			n++
		}
	}
	return n
}

// decide picks the aggregate, its column and the grouping.
func (p *Plan) decide(t *Table, q *question, ms []mention, used map[int]bool, group, measure int) bool {
	name := func(i int) string {
		if i < 0 {
			return ""
		}
		return t.Columns[i].Name
	}
	numeric := measure >= 0
	if q.countsUnits() && !numeric {
		return false // "how many days lead time": a count of rows is no number of days
	}
	counts := q.has(cueCount) && !(numeric && q.countsUnits()) && !q.cueAcrossName(cueCount, ms)
	// "多少小时" adds hours up, unless it asks the longest or shortest one
	sums := q.asksSum() || numeric && q.countsUnits() && !q.has(cueMax) && !q.has(cueMin)
	if counts && sums && group < 0 && t.quantitySummed(q, ms, measure) {
		if u := t.unitsCellColumn(); u >= 0 && !t.oneUnit(p.Filters) {
			// pieces and litres added up are no number of pieces: each unit's own total
			p.Aggregate, p.Column, p.GroupBy, p.Order = "sum", name(measure), name(u), "desc"
			return true
		}
		counts = false // "推荐库存一共多少件": the stock added up, not its rows counted
	}
	if sums && !q.sumsCost && (q.has(cueMax) || q.has(cueMin)) && !q.cueOutsideNames(cueSum, ms) {
		sums = false // "the priciest work order by total actual cost": the column's "total", one row's figure
	}
	switch {
	case q.has(cuePercent):
		p.Aggregate = "percent"
		if numeric && t.Columns[measure].Role == "cost" && !filtersOn(p.Filters, name(measure)) {
			p.Column = name(measure) // "what share of the total cost is the drive wheel": a share of money, not of rows
		}
	case counts && q.has(cueDistinctCount) && group < 0:
		d := distinctColumn(t, q, ms, used)
		if d < 0 {
			d = t.keyColumn() // "how many different parts": the parts, by their key
		}
		if d < 0 {
			return false
		}
		p.Aggregate, p.Column = "distinct", name(d)
	case group >= 0:
		p.GroupBy = name(group)
		p.Order = "desc"
		if q.has(cueFewest) || (q.has(cueMin) && !q.has(cueMax)) {
			p.Order = "asc"
		}
		d := -1
		if q.has(cueDistinctCount) { // "which subsystem covers the most distinct components"
			d = textColumn(t, ms, used)
			if d == group || d < 0 && partRows[t.Kind] {
				d = t.keyColumn() // "which supplier supplies the most different parts": the parts, by their key
			}
		}
		if d < 0 && !numeric { // "the biggest total RPN … all its modes" adds the RPN up
			d = keyNamed(t, ms, used, group)
		}
		switch {
		case d >= 0:
			p.Aggregate, p.Column = "distinct", name(d)
		case numeric && q.has(cueAvg):
			p.Aggregate, p.Column = "avg", name(measure)
		case numeric && (sums || q.has(cueMost) || q.has(cueFewest)):
			// "which year had the most downtime": the hours of each, added
			p.Aggregate, p.Column = "sum", name(measure)
		case numeric && (q.has(cueMax) || q.has(cueMin)):
			p.Aggregate, p.Column = "max", name(measure)
			if p.Order == "asc" {
				p.Aggregate = "min"
			}
		default:
			p.Aggregate = "count"
		}
		top := q.has(cueWhich) && (q.has(cueMax) || q.has(cueMost) || q.has(cueMin) || q.has(cueFewest))
		if p.Limit == 0 && (top || !q.has(cueOrder) && !q.has(cueGroupBy)) {
			p.Limit = 1 // "按部件 …，哪个部件总分最高" asks for one
		}
	case numeric && q.has(cueAvg):
		p.Aggregate, p.Column = "avg", name(measure)
	case numeric && sums && (!counts || reHowManyBare.MatchString(strings.ToLower(q.text))):
		// "what did the AID9 orders cost in total, and how many were
		// there": the total, which says how many rows it adds up
		p.Aggregate, p.Column = "sum", name(measure)
	case numeric && p.Limit > 0:
		p.Aggregate, p.Column, p.Order = "list", name(measure), "desc"
		if q.has(cueMin) {
			p.Order = "asc"
		}
	case numeric && q.topOf(ms, measure):
		p.Aggregate, p.Column = "max", name(measure)
	case numeric && (q.has(cueMax) || q.has(cueMost)):
		// "which work order had the most downtime": the row with the most
		p.Aggregate, p.Column = "max", name(measure)
	case numeric && q.has(cueMin):
		p.Aggregate, p.Column = "min", name(measure)
	case counts:
		p.Aggregate = "count"
		// "how many subsystems does the FMEA cover": the subsystems, not the rows
		if d := countedColumn(t, q, ms, used); d >= 0 {
			p.Aggregate, p.Column = "distinct", name(d)
		}
	case q.asksAbout() && t.roleColumn("description") >= 0:
		// "what were the WC2 work orders about": what their descriptions say
		p.Aggregate, p.Column = "distinct", name(t.roleColumn("description"))
		q.takeAll(cueAbout)
	default:
		if d := distinctColumn(t, q, ms, used); d >= 0 {
			p.Aggregate, p.Column = "distinct", name(d)
			return true
		}
		if !q.has(cueList) && !q.asksHolder {
			return false
		}
		p.Aggregate = "list" // its filters may be words read later; none is no listing
	}
	return true
}

// shownColumns are the text columns a question names besides those the
// plan reads, when the answer names rows: their values are what it asks.
func shownColumns(t *Table, p *Plan, ms []mention, used map[int]bool) []string {
	if p.Aggregate != "list" && p.Aggregate != "max" && p.Aggregate != "min" {
		return nil
	}
	var out []string
	for i, m := range ms {
		if m.value == "" && !used[i] && !t.Columns[m.col].Numeric {
			used[i] = true
			out = append(out, t.Columns[m.col].Name)
		}
	}
	return out
}

// kindScore rewards a question that calls the rows what this kind of
// table holds, or names the table.
func (t *Table) kindScore(q *question) int {
	score := t.takeQualifiedKind(q)
	if t.Kind == "worklog" && asksTimesDone(q.text) {
		// "how many times was the seal replaced": each time is a row of
		// the log, where a routing or a parts list holds the seal once
		score += 5
	}
	for _, n := range kindNouns[t.Kind] {
		for _, s := range q.findExact(n) {
			if q.free(s) && !t.insideColumnName(q, s) && !t.numbersRows(q, s) {
				if q.has(cueCommonest) && t.namesColumn(q, s) {
					score += 3 // "the most common failure mode": the column whose values are counted
					continue
				}
				q.take(s)
				score += 3
				if strings.Contains(n, " ") {
					// "spare parts" names this kind more closely than
					// the "parts" a parts list of another kind holds
					score++
				}
			}
		}
	}
	for _, name := range t.sheetNames() {
		for _, s := range q.find(name) {
			// "work order type" in the sheet work_orders is its column
			if q.free(s) && !t.insideColumnName(q, s) {
				q.take(s)
				score += 3
			}
		}
	}
	t.takeProductUnit(q)
	for _, set := range kindNouns { // other tables' row nouns are not filter words
		for _, n := range set {
			for _, s := range q.findExact(n) {
				// unless they name a column here: "components" of an FMEA,
				// or ask which one: "which part …" of an FMEA groups its items
				if q.free(s) && !t.namesColumn(q, s) && !t.whichEntity(q, n, s) {
					q.take(s)
				}
			}
		}
	}
	return score
}

// sheetNames are what the table's title and section path call it, as a
// question would write them; read once per table.
func (t *Table) sheetNames() []string {
	t.memo.Lock()
	defer t.memo.Unlock()
	if t.titleNames == nil {
		t.titleNames = []string{}
		for _, part := range append([]string{t.Ref.DocTitle}, t.Ref.Section...) {
			name := normHeader(strings.TrimSuffix(strings.TrimSuffix(part, ".csv"), ".xlsx"))
			if len(name) >= 3 {
				t.titleNames = append(t.titleNames, name)
			}
		}
		t.titleNames = slices.Clip(t.titleNames)
	}
	return t.titleNames
}

// titleHolds reports a run of Chinese the table's title or section path
// holds whole: it says which sheet is meant, not which of its rows.
func (t *Table) titleHolds(han string) bool {
	if utf8.RuneCountInString(han) < 2 {
		return false
	}
	return slices.ContainsFunc(append([]string{t.Ref.DocTitle}, t.Ref.Section...), func(p string) bool { return strings.Contains(p, han) })
}

// unitWords before the product a document is about count it as a unit:
// "to build one pump", "per pump", "每台泵".
var unitWords = []string{"a", "an", "one", "each", "per", "every", "whole", "entire"}

// takeProductUnit takes a word of the document's title said as one unit
// of the product ("build one pump" in the pump's assembly instruction):
// every row is about it, so it is not a filter on the rows that say it.
func (t *Table) takeProductUnit(q *question) {
	for _, w := range reWord.FindAllString(strings.ToLower(t.Ref.DocTitle), -1) {
		if len(w) < 4 || stopWords[w] || hasHan(w) {
			continue
		}
		for _, s := range q.find(w) {
			before := strings.Fields(q.text[max(0, s.start-10):s.start])
			if q.free(s) && len(before) > 0 && isWordIn(before[len(before)-1], unitWords) {
				q.take(s)
			}
		}
	}
}

// whichEntity reports "which part", "哪个零件" in a table whose rows are
// not parts: the noun asks for the table's item, which groupColumn reads.
func (t *Table) whichEntity(q *question, n string, s span) bool {
	if !isWordIn(n, entityWords) || t.rowNoun(n) {
		return false
	}
	return endsWithCue(q.text[max(0, s.start-20):s.start], cueWhich)
}

// insideColumnName reports a longer column name around s: "part" of
// "part number" names the column, not the rows.
func (t *Table) insideColumnName(q *question, s span) bool {
	for i := range t.Columns {
		for _, name := range t.columnNames(i) {
			for _, c := range q.find(name) {
				if c.start <= s.start && s.end <= c.end && c.end-c.start > s.end-s.start {
					return true
				}
			}
		}
	}
	return false
}

// commonestColumn is the column a question asks the most frequent value
// of, wherever the column stands: "what is the most frequent work order
// type" groups the rows by type, as "which type has the most rows" does.
func commonestColumn(t *Table, q *question, ms []mention, used map[int]bool) int {
	if !q.has(cueCommonest) {
		return -1
	}
	for i, m := range ms {
		if m.value == "" && !used[i] && !t.Columns[m.col].Numeric && !glossedBy(q, ms, i) {
			used[i] = true
			return m.col
		}
	}
	return -1
}

// untaken are the mentions no reading has taken the words of since.
func untaken(q *question, ms []mention) []mention {
	var out []mention
	for _, m := range ms {
		if q.free(m.span) {
			out = append(out, m)
		}
	}
	return out
}

// numbersRows reports a row noun followed by figures that a numeric
// column of that name holds: "operations 10 to 50" are operation numbers.
func (t *Table) numbersRows(q *question, s span) bool {
	rest := strings.TrimLeft(q.text[s.end:], " ")
	if rest == "" || rest[0] < '0' || rest[0] > '9' {
		return false
	}
	for i := range t.Columns {
		if !t.Columns[i].Numeric {
			continue
		}
		for _, name := range t.columnNames(i) {
			for _, c := range q.find(name) {
				if c.start <= s.start && s.end <= c.end {
					return true
				}
			}
		}
	}
	return false
}

// namesColumn reports whether a name of one of t's columns covers s.
func (t *Table) namesColumn(q *question, s span) bool {
	for i := range t.Columns {
		for _, name := range t.columnNames(i) {
			for _, c := range q.find(name) {
				if c.start <= s.start && s.end <= c.end {
					return true
				}
			}
		}
	}
	return false
}

var reNMost = regexp.MustCompile(`(?:^|\s)(\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:most|highest|lowest|largest|biggest|cheapest|least|longest|shortest|top|riskiest|worst)\b`)

// reHanMostN reads a count after a superlative: "RPN 最高的三个",
// "耗时最长的 5 道工序".
var reHanMostN = regexp.MustCompile(`(?:最高|最大|最低|最小|最多|最少|最长|最短|最贵|最便宜)的?\s*(\d{1,2}|[二两三四五六七八九十])\s*(?:个|项|条|种|名|位|台|家|道|件)`)

// reOrdinal reads "the second highest": the first n, the last of which is asked.
var reOrdinal = regexp.MustCompile(`(?:^|\s)(second|third|fourth|fifth|2nd|3rd|4th|5th) (?:most|highest|lowest|largest|biggest|cheapest|least|longest|shortest|worst)\b|第([二三四五])(?:高|低|大|小|多|少|长|短)`)

var ordinals = map[string]int{"second": 2, "third": 3, "fourth": 4, "fifth": 5, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "二": 2, "三": 3, "四": 4, "五": 5}

func topN(q *question) int {
	if m := reOrdinal.FindStringSubmatchIndex(q.text); m != nil {
		for _, g := range [][2]int{{m[2], m[3]}, {m[4], m[5]}} {
			if g[0] >= 0 {
				q.take(span{g[0], g[1]})
				return ordinals[q.text[g[0]:g[1]]]
			}
		}
	}
	if m := reNMost.FindStringSubmatchIndex(q.text); m != nil {
		w := q.text[m[2]:m[3]]
		n, err := strconv.Atoi(w)
		if err != nil {
			n = wordNum[w]
		}
		q.take(span{m[2], m[3]})
		return n
	}
	if m := reHanMostN.FindStringSubmatchIndex(q.text); m != nil {
		w := q.text[m[2]:m[3]]
		n, err := strconv.Atoi(w)
		if err != nil {
			n = hanDigit[w]
		}
		if n > 0 {
			q.take(span{m[2], m[1]})
			return n
		}
	}
	for _, c := range cueTop {
		for _, s := range q.findCue(c) {
			rest := q.text[s.end:]
			if m := regexp.MustCompile(`^\s*(\d+)`).FindStringSubmatch(rest); m != nil {
				n, _ := strconv.Atoi(m[1])
				q.take(span{s.start, s.end + len(m[0])})
				return n
			}
			for w, n := range wordNum {
				if strings.HasPrefix(rest, w+" ") {
					q.take(span{s.start, s.end + len(w)})
					return n
				}
			}
			for w, n := range hanDigit {
				if strings.HasPrefix(rest, w) {
					q.take(span{s.start, s.end + len(w)})
					return n
				}
			}
		}
	}
	return 0
}

// thresholds reads "RPN above 100", "RPN 大于 100", "severity 8 or more".
func thresholds(t *Table, q *question, ms []mention, used map[int]bool) []Filter {
	var out []Filter
	for _, loc := range reNumber.FindAllStringIndex(q.text, -1) {
		if !q.free(span{loc[0], loc[1]}) || (loc[0] > 0 && isLatin(q.text[loc[0]-1])) {
			continue
		}
		op, cue := comparison(q, loc[0], loc[1])
		mi := nearestNumeric(t, ms, used, loc[0])
		col, scale := -1, 1.0
		if mi >= 0 {
			col = ms[mi].col
			if c, unit := t.cellUnitColumn(q, loc[1]); c == col {
				q.take(unit) // "扭矩不低于40牛米": the unit the column's cells are in, no word of a row
			}
			// "downtime above 2 days" against "Downtime (h)"
			if u, at := unitAt(q, loc[1]); u != "" {
				if f := factor(u, headerUnit(t.Columns[col].Name)); f > 0 {
					scale = f
					q.take(at)
				} else if c, unit, f := t.unitColumn(q, loc[1]); c >= 0 && headerUnit(t.Columns[col].Name) == "" {
					// "ops that are 15-minute jobs": the figure's unit names
					// the column, and the operations named are the rows
					col, scale, mi = c, f, -1
					q.take(unit)
					if op == "" {
						op = "eq"
					}
				}
			}
		} else if op != "" {
			// "took 3 hours or longer": the one column counted in hours
			var unit span
			if col, unit, scale = t.unitColumn(q, loc[1]); col >= 0 {
				q.take(unit)
			} else if c, unit := t.cellUnitColumn(q, loc[1]); c >= 0 {
				col, scale = c, 1 // "40 N·m or more": the column whose cells are in N·m
				q.take(unit)
			}
		}
		if col < 0 {
			continue
		}
		if op == "" && ms[mi].start >= loc[1] && unitOf(strings.TrimSuffix(strings.TrimSpace(q.text[loc[1]:ms[mi].start]), " of")) != "" {
			// "5 hours of downtime or more": the cue follows the column
			op, cue = comparison(q, ms[mi].start, ms[mi].end)
		}
		if op == "" && ms[mi].end <= loc[0] && filler(q.text[ms[mi].end:loc[0]]) {
			// "above RPN 100", "below an RPN of 80": the cue before the column
			at := ms[mi].start
			if m := reArticleBefore.FindStringIndex(q.text[:at]); m != nil {
				at = m[0]
			}
			op, cue = comparison(q, at, at)
		}
		if op == "" {
			// "severity 8", "严重度为8": equality right after the column
			if ms[mi].end > loc[0] || !filler(q.text[ms[mi].end:loc[0]]) {
				continue
			}
			op = "eq"
		}
		if mi >= 0 {
			used[mi] = true
		}
		q.take(span{loc[0], loc[1]})
		q.take(cue)
		value := strings.TrimPrefix(q.text[loc[0]:loc[1]], "$")
		if x, ok := Number(value); ok && scale != 1 {
			value = strconv.FormatFloat(x*scale, 'f', -1, 64)
		}
		out = append(out, Filter{Column: t.Columns[col].Name, Op: op, Value: value})
	}
	for i, f := range out {
		if f.Op == "eq" {
			out[i].Op = "eqnum"
		}
	}
	return fixEq(out)
}

// reMentionsBefore says the value that follows is to be found in a
// cell, not to be the whole of it.
var reMentionsBefore = regexp.MustCompile(`\b(?:mentions?|mentioning|contains?|containing|includes?|says?|saying|has the word|have the word|with the word)\s+(?:the\s+word\s+)?["“']?$`)

// reArticleBefore is an article just before a column's name: "above an
// RPN of 100".
var reArticleBefore = regexp.MustCompile(`\s(?:a|an|the)\s+$`)

// fixEq turns a numeric equality into ge/le of the same value, which
// compares numbers rather than text ("8" equals "8.0").
func fixEq(fs []Filter) []Filter {
	var out []Filter
	for _, f := range fs {
		if f.Op == "eqnum" {
			out = append(out, Filter{Column: f.Column, Op: "ge", Value: f.Value}, Filter{Column: f.Column, Op: "le", Value: f.Value})
			continue
		}
		out = append(out, f)
	}
	return out
}

// comparison finds the comparison cue just before or after a number.
func comparison(q *question, start, end int) (string, span) {
	type c struct {
		op   string
		cues []string
	}
	// the inclusive forms first: "no more than" before "more than"
	for _, k := range []c{{"ge", cueGE}, {"le", cueLE}, {"gt", cueGT}, {"lt", cueLT}} {
		for _, cue := range k.cues {
			for _, s := range q.findCue(cue) {
				before := s.end <= start && start-s.end <= 14 && strings.Trim(q.text[s.end:start], " $为是：:") == ""
				after := s.start >= end && s.start-end <= 14 && len(strings.Fields(q.text[end:s.start])) <= 1
				if before || after {
					if k.op == "ge" && (cue == "以上" || cue == "or more") {
						return "ge", s
					}
					return k.op, s
				}
			}
		}
	}
	// "RPN equal to 12", "发生度等于2": after the inequalities, whose
	// inclusive forms hold the same words ("大于等于", "or equal to")
	for _, cue := range cueEQ {
		for _, s := range q.findCue(cue) {
			if s.end <= start && start-s.end <= 4 && strings.Trim(q.text[s.end:start], " $为是：:") == "" {
				return "eq", s
			}
		}
	}
	return "", span{}
}

// nearestNumeric is the numeric column mention closest before at, else
// the first one after it.
func nearestNumeric(t *Table, ms []mention, used map[int]bool, at int) int {
	best := -1
	for i, m := range ms {
		if m.value != "" || used[i] || !t.Columns[m.col].Numeric {
			continue
		}
		if m.end <= at {
			best = i
		} else if best < 0 {
			return i
		}
	}
	return best
}

// presence reads "no recommended action", "without a supplier", "没有建议措施",
// "never name a material", "replaced no parts".
func presence(t *Table, q *question, ms []mention, used map[int]bool) []Filter {
	out := invertedMissing(t, q, ms, used)
	// right to left: "never name a material" is about the material, and
	// "name" between is a verb, not a column
	for i := len(ms) - 1; i >= 0; i-- {
		m := ms[i]
		if m.value != "" || used[i] {
			continue
		}
		c := t.Columns[m.col]
		if c.Filled == len(t.Rows) && !c.Numeric {
			continue // nothing is missing; "with" is not a filter here
		}
		before := q.text[max(0, m.start-24):m.start]
		gap, gapStart := dropLastWord(before)
		switch {
		case !c.Numeric && blankAfter(q, m.end):
			out = append(out, Filter{Column: c.Name, Op: "missing"}) // "the recommended action left blank"
		case !c.Numeric && noneBefore(q, m.start):
			out = append(out, Filter{Column: c.Name, Op: "missing"}) // "just say None for the recommended action"
		case endsWithCue(before, cueMissing):
			out = append(out, Filter{Column: c.Name, Op: "missing"})
		case !c.Numeric && endsWithCue(before, cueHas):
			out = append(out, Filter{Column: c.Name, Op: "has"})
		case !c.Numeric && saidAsVerb(q.text[m.start:m.end], c.Name):
			out = append(out, Filter{Column: c.Name, Op: "has"}) // "work orders that replaced parts"
		case gapStart >= 0 && endsWithCue(gap, cueMissing):
			out = append(out, Filter{Column: c.Name, Op: "missing"})
			q.take(span{m.start - len(before) + gapStart, m.start}) // "no real recommended action"
			for j, n := range ms {                                  // the verb between names no column
				if n.start >= m.start-len(before)+gapStart && n.end <= m.start {
					used[j] = true
				}
			}
		default:
			continue
		}
		used[i] = true
	}
	return out
}

// saidAsVerb reports a two-word header of a noun and a participle said
// the other way round, as what a row did: "replaced parts" of "Parts
// Replaced". Rows that did it are the rows with the cell filled.
func saidAsVerb(said, header string) bool {
	h, w := strings.Fields(normHeader(header)), strings.Fields(strings.ToLower(said))
	if len(h) != 2 || len(w) != 2 || !strings.HasSuffix(h[1], "ed") {
		return false
	}
	return Stem(w[0]) == Stem(h[1]) && Stem(w[1]) == Stem(h[0])
}

// cueBlankAfter say after a column's name that it is empty: "the
// recommended action left blank", "建议措施为空".
var cueBlankAfter = []string{"left blank", "left empty", "blank", "empty", "not filled in", "not filled", "unfilled",
	"is missing", "are missing", "missing", "为空", "是空的", "空着", "没有填写", "没填写", "没有填", "没填", "没有写", "没写", "未填写", "未填"}

// blankAfter reports a cueBlankAfter just after end, and takes it.
func blankAfter(q *question, end int) bool {
	rest := strings.TrimLeft(q.text[end:], " ")
	at := len(q.text) - len(rest)
	for _, c := range cueBlankAfter {
		if strings.HasPrefix(rest, c) && (hasHan(c) || len(rest) == len(c) || !isLatin(rest[len(c)])) {
			q.take(span{at, at + len(c)})
			return true
		}
	}
	if loc := reNoneAfter.FindStringIndex(rest); loc != nil && q.free(span{at, at + loc[1]}) {
		q.take(span{at, at + loc[1]})
		return true
	}
	return false
}

// noneBefore reports the word a sheet writes for nothing said just before
// a column's name, as what the rows say for it ("say None for the
// recommended action", "have n/a as their supplier"), and takes it.
func noneBefore(q *question, start int) bool {
	before := q.text[:start]
	loc := reNoneBefore.FindStringSubmatchIndex(before)
	if loc == nil || !q.free(span{loc[2], loc[3]}) {
		return false
	}
	q.take(span{loc[2], start})
	return true
}

var reNoneBefore = regexp.MustCompile(`(?:^|[^\p{L}\p{N}/])((?:(?:just|only|simply)\s+)?(?:(?:say|says|said|show|shows|list|lists|read|reads|give|gives|put|state|states|write|writes)\s+)?(?:"|“|')?(?:none|null|nil|n/a)(?:"|”|')?\s+(?:for|as|in|under|on)\s+(?:the\s+|their\s+|its\s+)?)$`)

// saysNullUnread reports a word a sheet writes for an empty cell ("none",
// "n/a") left in the question while no filter asks for empty or filled
// cells: the plan would count every row as if the word were not there.
func saysNullUnread(q *question, words []int, fs []Filter) bool {
	for _, f := range fs {
		if f.Op == "missing" || f.Op == "has" {
			return false
		}
	}
	for _, i := range words {
		if isNull(q.words[i].raw) {
			return true
		}
	}
	return false
}

// reNoneAfter is a column said to hold the word a sheet writes for
// nothing: "parts replaced none", "更换零件为 none", "parts = n/a". Such a
// cell is empty to the table, so the filter is missing, not has.
var reNoneAfter = regexp.MustCompile(`^(?:(?:为|是|=|:|：|is|was|are|were|of|as|equals|equal to|listed as|marked as|set to|写的是|填的是|写着|写成|写|填|记为)\s*)?(?:"|“|')?(?:none|null|nil|n/a|无)(?:"|”|')?(?:$|[^\p{L}\p{N}/])`)

// dropLastWord is s without its article and the Latin word before it,
// and where that word started in s; -1 when there is none.
func dropLastWord(s string) (string, int) {
	t := strings.TrimRight(s, " ")
	for _, art := range []string{" a", " an", " any", " the"} {
		t = strings.TrimSuffix(t, art)
	}
	i := strings.LastIndex(t, " ")
	if i < 0 || i == len(t)-1 || !isLatin(t[len(t)-1]) {
		return "", -1
	}
	return t[:i+1], i + 1
}

// usingVerbs say a row used something up: "needed no parts", "took no
// materials".
var usingVerbs = map[string]bool{"need": true, "needed": true, "needs": true, "use": true, "used": true, "uses": true,
	"require": true, "required": true, "requires": true, "took": true, "take": true, "consumed": true}

// invertedMissing reads a negation inside a column's name: "replaced no
// parts" is an empty "Parts Replaced".
func invertedMissing(t *Table, q *question, ms []mention, used map[int]bool) []Filter {
	var out []Filter
	for k := 1; k+1 < len(q.words); k++ {
		neg := q.words[k].raw
		if neg != "no" && neg != "never" && neg != "without" {
			continue
		}
		a, b := q.words[k-1], q.words[k+1]
		for _, c := range t.Columns {
			words := strings.Fields(normHeader(c.Name))
			if len(words) != 2 {
				continue
			}
			x, y := Stem(words[0]), Stem(words[1])
			// "needed no parts": a verb of using stands for the header's
			// other word when that is a verb too ("Parts Replaced", not
			// "Part No.")
			using := usingVerbs[a.raw] && (x == b.stem && strings.HasSuffix(words[1], "ed") || y == b.stem && strings.HasSuffix(words[0], "ed"))
			if (x == a.stem && y == b.stem) || (x == b.stem && y == a.stem) || using {
				out = append(out, Filter{Column: c.Name, Op: "missing"})
				q.take(span{a.start, b.end})
				for j, m := range ms {
					if m.start >= a.start && m.end <= b.end {
						used[j] = true
					}
				}
			}
		}
	}
	return out
}

// endsWithCue reports whether s ends with a cue, allowing an article or
// "recommended"-style words between.
func endsWithCue(s string, cues []string) bool {
	s = strings.TrimRight(s, " ")
	for _, art := range []string{" a", " an", " any", " the", "任何"} {
		s = strings.TrimSuffix(s, art)
	}
	// "an actual recommended action", "实际的建议措施": what the asker
	// counts as given, not another column's word
	for _, q := range []string{" real", " actual", " proper", " concrete", "实际的", "真正的", "具体的", "实际", "真正", "的"} {
		s = strings.TrimRight(strings.TrimSuffix(s, q), " ")
	}
	for _, art := range []string{" a", " an", " any", " the"} {
		s = strings.TrimSuffix(s, art)
	}
	s += " "
	for _, c := range cues {
		c2 := c
		if !strings.HasSuffix(c2, " ") && !hasHan(c2) {
			c2 += " "
		}
		if strings.HasSuffix(s, c2) || (hasHan(c) && strings.HasSuffix(strings.TrimSpace(s), c)) {
			k := len(s) - len(c2)
			if k == 0 || !isLatin(s[k-1]) || hasHan(c) {
				return true
			}
		}
	}
	return false
}

// groupColumn finds "which component … the most", "order the subsystems
// by …", "per supplier", "哪个部件 … 最多".
func (t *Table) groupColumn(q *question, ms []mention, used map[int]bool) int {
	asks := q.has(cueMost) || q.has(cueFewest) || q.has(cueOrder) || q.has(cueMax) || q.has(cueMin) || q.has(cueGroupBy)
	if !asks {
		return -1
	}
	for i, m := range ms {
		if m.value != "" || used[i] || t.Columns[m.col].Numeric {
			continue
		}
		if glossedBy(q, ms, i) {
			continue // "which machine (AssetID)": the bracket names the column
		}
		before := reOutsideTail.ReplaceAllString(withoutTakenTail(q, m.start), "") // "which outside supplier"
		before = unglossed(before)                                                 // "哪台设备（AssetID）"
		if endsWithCue(before, cueWhich) || endsWithCue(before, cueOrder) || endsWithCue(before, cueGroupBy) {
			if endsWithCue(before, cueGroupBy) || endsWithCue(before, cueOrder) || q.has(cueMost) || q.has(cueFewest) || q.has(cueMax) || q.has(cueMin) {
				used[i] = true
				if d := t.describedBy(m.col, q.text[m.start:m.end]); d >= 0 {
					return d // "which functional location": by its name, not its code
				}
				return m.col
			}
		}
	}
	if c := commonestColumn(t, q, ms, used); c >= 0 {
		return c
	}
	if c := t.machineGroup(q); c >= 0 {
		return c
	}
	// "which component" where no column is called component: the
	// table's first item column.
	for _, w := range entityWords {
		for _, s := range q.find(w) {
			before := withoutTakenTail(q, s.start)
			if perUnit(t, ms, before, s.start) || !q.free(s) {
				continue // "cost per part" is a unit cost, not a grouping
			}
			if t.rowNoun(w) {
				continue // "which part costs the most" in a parts list: a row, not a group
			}
			if !(endsWithCue(before, cueWhich) || endsWithCue(before, cueOrder) || endsWithCue(before, cueGroupBy)) {
				continue
			}
			for _, role := range entityRoles {
				if c := t.roleColumn(role); c >= 0 {
					for _, again := range q.find(w) {
						q.take(again) // "按部件 … 哪个部件": the same grouping said twice
					}
					return c
				}
			}
		}
	}
	// "which unit had the most …", "哪台机组的 … 最多": a noun no column is
	// called is what the rows are about
	if q.has(cueMost) || q.has(cueFewest) || q.has(cueMax) || q.has(cueMin) {
		if c := t.whichNoun(q); c >= 0 {
			return c
		}
	}
	// "按停机时间合计对设备排序": the column ordered, wherever it stands
	if q.has(cueOrder) {
		for i, m := range ms {
			if m.value == "" && !used[i] && !t.Columns[m.col].Numeric {
				used[i] = true
				return m.col
			}
		}
	}
	return -1
}

// withoutTakenTail is the text just before at, without a last word a
// reading has taken already: in "which FMEA item" the sheet's own name
// stands between "which" and the column it asks by.
func withoutTakenTail(q *question, at int) string {
	from := max(0, at-20)
	before := q.text[from:at]
	trimmed := strings.TrimRight(before, " ")
	k := strings.LastIndex(trimmed, " ") + 1
	// Chinese runs no spaces between words: "FMEA 里哪个部件（" has no last
	// word to drop, and dropping the run would lose its 哪个.
	if k == 0 || k == len(trimmed) || hasHan(trimmed[k:]) || q.free(span{from + k, from + len(trimmed)}) {
		return before
	}
	return trimmed[:k]
}

// glossedBy reports a column mention a bracketed mention of another
// column follows right after.
func glossedBy(q *question, ms []mention, i int) bool {
	for _, n := range ms {
		if n.start > ms[i].end && n.value == "" && n.col != ms[i].col {
			gap := strings.TrimSpace(q.text[ms[i].end:n.start])
			return gap == "(" || gap == "（"
		}
	}
	return false
}

// unglossed is the text before a bracketed column name without the noun
// the bracket glosses: "哪台设备（AssetID）" asks which AssetID, the
// bracket naming the column the asker means by "设备". The noun is the
// shortest run of Chinese, or the English word, that leaves a cue of
// "which", "per" or an order before it.
func unglossed(before string) string {
	head, ok := strings.CutSuffix(strings.TrimRight(before, " "), "（")
	if !ok {
		head, ok = strings.CutSuffix(strings.TrimRight(before, " "), "(")
	}
	head = strings.TrimRight(head, " ")
	if !ok || head == "" {
		return before
	}
	if i := strings.LastIndex(head, " "); i >= 0 && isLatin(head[len(head)-1]) {
		return head[:i+1] // "which machine (AssetID)"
	}
	runes := []rune(head)
	for k := 1; k <= 4 && k <= len(runes); k++ {
		rest := string(runes[:len(runes)-k])
		if endsWithCue(rest, cueWhich) || endsWithCue(rest, cueGroupBy) || endsWithCue(rest, cueOrder) {
			return rest
		}
	}
	return before
}

// partRows are the kinds of table each of whose rows is one part.
var partRows = map[string]bool{"parts": true, "bom": true}

// rowNoun reports an entity word that names a row of t itself.
func (t *Table) rowNoun(w string) bool {
	switch w {
	case "part", "parts", "item", "items", "零件":
		return partRows[t.Kind]
	}
	return false
}

// measureColumn is the numeric column the aggregate reads: the first one
// named and not used by a filter.
func measureColumn(t *Table, ms []mention, used map[int]bool) int {
	// A multiplier is what another figure is counted by: "驱动轮总成算上倍数
	// 一共要花多少钱" sums the cost, times the multiplier, unless the
	// multiplier is all the question names.
	for _, factor := range []bool{false, true} {
		for i, m := range ms {
			if m.value == "" && !used[i] && t.Columns[m.col].Numeric && (t.Columns[m.col].Role == "multiplier") == factor {
				used[i] = true
				return m.col
			}
		}
	}
	return -1
}

// distinctColumn is the text column a listing question names, when the
// question asks for its values ("which suppliers", "不同的材料").
func distinctColumn(t *Table, q *question, ms []mention, used map[int]bool) int {
	if !q.has(cueDistinct) && !q.has(cueList) {
		return -1
	}
	return textColumn(t, ms, used)
}

// countedColumn is the text column a count asks about when the question
// counts it by name: "how many subsystems", "有多少个不同的供应商".
func countedColumn(t *Table, q *question, ms []mention, used map[int]bool) int {
	for i, m := range ms {
		if m.value != "" || used[i] || t.Columns[m.col].Numeric {
			continue
		}
		before := strings.TrimSpace(q.text[max(0, m.start-30):m.start])
		for _, w := range []string{"different", "distinct", "unique", "outside", "external", "不同的", "不同"} {
			before = strings.TrimSpace(strings.TrimSuffix(before, w))
		}
		for _, c := range cueCount {
			if strings.HasSuffix(before, strings.TrimSpace(c)) {
				used[i] = true
				return m.col
			}
		}
	}
	return -1
}

// keyRolesByKind name what one row of a kind of table is, to count
// "different parts" or "different failure modes" when no column is named.
var keyRolesByKind = map[string][]string{
	"bom": {"part_no", "name"}, "parts": {"part_no", "name"}, "fmea": {"failure_mode"}, "worklog": {"order_id"},
	"troubleshooting": {"symptom"}, "spec": {"parameter"}, "routing": {"operation"},
}

func (t *Table) keyColumn() int {
	for _, role := range keyRolesByKind[t.Kind] {
		if c := t.roleColumn(role); c >= 0 {
			return c
		}
	}
	return -1
}

// keyNamed is the table's key column where the question names it as
// what each group has most or fewest of: "which supplier supplies the
// most part numbers" counts each part number once, however many lines
// list it.
func keyNamed(t *Table, ms []mention, used map[int]bool, group int) int {
	key := t.keyColumn()
	if key < 0 || key == group {
		return -1
	}
	for i, m := range ms {
		if m.value == "" && !used[i] && m.col == key {
			used[i] = true
			return key
		}
	}
	return -1
}

// textColumn is the first text column named and not yet used.
func textColumn(t *Table, ms []mention, used map[int]bool) int {
	for i, m := range ms {
		if m.value == "" && !used[i] && !t.Columns[m.col].Numeric {
			used[i] = true
			return m.col
		}
	}
	return -1
}

// residue is what the question says besides cues, columns and values:
// words a row must mention ("seal failures", "mention a leak").
func residue(q *question) ([]int, []string) {
	for _, set := range [][]string{cuePercent, cueAvg, cueSum, cueCount, cueMax, cueMin, cueMost, cueFewest, cueDistinct,
		cueList, cueOrder, cueWhich, cueMissing, cueGT, cueGE, cueLT, cueLE, cueGroupBy} {
		q.takeAll(set)
	}
	var out []int // indexes into q.words
	for i, w := range q.words {
		if !q.free(span{w.start, w.end}) {
			continue
		}
		raw := q.text[w.start:w.end]
		if stopWords[raw] || len(raw) < 3 || isWordIn(raw, rowWords) || isWordIn(raw, entityWords) {
			continue
		}
		if _, num := Number(raw); num {
			continue
		}
		out = append(out, i)
	}
	return out, q.hanRuns()
}

// hanRuns are the runs of Chinese the question has not explained yet.
func (q *question) hanRuns() []string {
	var out []string
	var cur strings.Builder
	flush := func(rest string) {
		if cur.Len() == 0 { // nothing to read: most characters end no run
			return
		}
		run := afterSheetHan(cur.String())
		if h := stripHan(run); h != "" && !namesSheetHan(run, rest) && !showsCode(run, rest) {
			out = append(out, h)
		}
		cur.Reset()
	}
	for i, r := range q.text {
		if !q.taken[i] && (unicode.Is(unicode.Han, r) || gluedLetter(q.text, i)) {
			cur.WriteRune(r)
			continue
		}
		if r == ' ' && i > 0 && gluedLetter(q.text, i-1) && !q.taken[i-1] {
			continue // "o 形圈" is read as written, "o形圈"
		}
		flush(q.text[i:])
	}
	flush("")
	return out
}

// gluedLetter reports a Latin letter at i that begins a Chinese word
// ("O形圈", "V型带", read with a space after the letter): one letter alone,
// Chinese right after it. A code's letters ("E07报警"), an acronym
// ("PTC热敏电阻") and the words "a" and "I" stand apart.
func gluedLetter(text string, i int) bool {
	if !isASCIILetter(text[i]) || i > 0 && isASCIILetter(text[i-1]) || i+1 < len(text) && isASCIILetter(text[i+1]) {
		return false
	}
	if c := text[i] | 0x20; c == 'a' || c == 'i' || i > 0 && isLatin(text[i-1]) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimPrefix(text[i+1:], " "))
	return unicode.Is(unicode.Han, r)
}

// asWritten is value in the case the question writes it ("O形圈", read
// lower-cased), for the answer that names it.
func asWritten(text, value string) string {
	var pat strings.Builder
	pat.WriteString("(?i)")
	for i, r := range value {
		if i > 0 {
			pat.WriteString(" ?") // "V 形" read as "v形"
		}
		pat.WriteString(regexp.QuoteMeta(string(r)))
	}
	p := pat.String()
	if value != "" && isWordByte(value[0]) && isWordByte(value[len(value)-1]) {
		// "revision e" is the E of "which lines have revision E", not the
		// e of "lines"
		p = `(?i)\b` + strings.TrimPrefix(p, "(?i)") + `\b`
	}
	re, err := regexp.Compile(p)
	if err != nil {
		return value
	}
	if m := re.FindString(text); m != "" {
		return m
	}
	return value
}

func isWordByte(b byte) bool { return isASCIILetter(b) || b >= '0' && b <= '9' }

func isASCIILetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// sheetHanNouns are what a Chinese question calls a sheet.
var sheetHanNouns = []string{"清单", "列表", "表格", "表", "记录", "日志", "数据"}

// namesSheetHan reports a run of Chinese that ends in what it calls the
// sheet, or comes right before it: "漫游车清单里" names the rover's list
// and "装配" of "装配工艺路线" the assembly routing; no row holds those.
func namesSheetHan(run, rest string) bool {
	run = strings.TrimRight(run, "里中上的")
	for _, n := range sheetHanNouns {
		if strings.HasSuffix(run, n) {
			return true
		}
	}
	for _, n := range []string{"清单", "工艺路线", "工艺流程"} {
		if strings.HasPrefix(rest, n) {
			return true
		}
	}
	return reSheetNext.MatchString(rest)
}

// reSheetNext starts a rest that names a list by what it lists:
// "漫游车" of "漫游车零件清单里" qualifies the parts list, as "漫游车" of
// "漫游车清单里" does the list.
// "火星车" of "火星车零件表里" qualifies the parts table, "零件表" as a
// whole being what the sheet is.
var reSheetNext = regexp.MustCompile(`^(?:\p{Han}{1,3}(?:清单|列表|明细表|一览表)|(?:零件|部件|备件|物料|材料)表)`)

// reShowsHan ends a run that says what shows a code ("控制箱报", "屏幕显示"),
// and reCodeNext starts the code after it.
var (
	reShowsHan = regexp.MustCompile(`(?:报|显示|提示|跳)$`)
	reCodeNext = regexp.MustCompile(`^\s*[A-Za-z]{1,3}-?\d{1,4}\b`)
)

// showsCode reports a run naming where a fault code was shown, right
// before the code: "控制箱报 E04" counts the rows with E04, wherever the
// log says it was shown.
func showsCode(run, rest string) bool {
	return reShowsHan.MatchString(run) && reCodeNext.MatchString(rest)
}

// afterSheetHan is what a run of Chinese says after naming the sheet
// it asks over: "报" of "维修日志中报" (the log's rows that show a code).
func afterSheetHan(run string) string {
	for _, n := range sheetHanNouns {
		for _, in := range []string{"里", "中", "上"} {
			if i := strings.LastIndex(run, n+in); i >= 0 {
				run = run[i+len(n+in):]
			}
		}
	}
	return run
}

// stripHan drops Chinese filler words; a single character left is noise.
func stripHan(s string) string {
	for _, f := range hanFiller {
		s = strings.ReplaceAll(s, f, " ")
	}
	var keep []string
	for _, part := range strings.Fields(s) {
		if utf8.RuneCountInString(part) >= 2 {
			keep = append(keep, part)
		}
	}
	return strings.Join(keep, "")
}

// looseNumber reports a number in the question that no filter or limit
// took: "RPN 大于或等于 100" read without its comparison would count
// every row.
func (q *question) looseNumber() bool {
	for _, loc := range reNumber.FindAllStringIndex(q.text, -1) {
		if loc[0] > 0 && (isLatin(q.text[loc[0]-1]) || inCode(q.text, loc[0])) {
			continue // part of a code such as CP200 or CP200-SEL-01
		}
		if loc[1] < len(q.text) && (isLatin(q.text[loc[1]]) || q.text[loc[1]] == '-') {
			continue
		}
		if q.free(span{loc[0], loc[1]}) {
			return true
		}
	}
	return false
}

// inCode reports a figure at i that ends a code after a hyphen or a
// slash: the "01" of "cp200-sel-01".
func inCode(s string, i int) bool {
	return i >= 2 && (s[i-1] == '-' || s[i-1] == '/') && isLatin(s[i-2])
}

func isWordIn(w string, list []string) bool {
	for _, x := range list {
		if w == x {
			return true
		}
	}
	return false
}

// placeRoles name columns whose longer values are other, smaller places
// or machines: "mast bull hose" is a hose on the mast, not the mast, so
// work orders "against the mast" are those whose cell is the mast itself.
var placeRoles = map[string]bool{"location": true, "equipment": true, "asset": true}

// widerValues reports whether other values of column col hold v's words.
func (t *Table) widerValues(col int, v string) bool {
	for _, other := range t.values(col) {
		if !strings.EqualFold(other, v) && matches(other, v) {
			return true
		}
	}
	return false
}

// perUnit reports whether the words before at are "<numeric column> per".
func perUnit(t *Table, ms []mention, before string, at int) bool {
	if !strings.HasSuffix(before, " per ") {
		return false
	}
	end := at - len(" per ")
	for _, m := range ms {
		if m.end == end && m.value == "" && t.Columns[m.col].Numeric {
			return true
		}
	}
	return false
}

// scoreWords are the words that give a column its value ("为", "评为").
var scoreWords = strings.NewReplacer("为", " ", "是", " ", "等于", " ", "=", " ", ":", " ", "打了", " ", "打", " ", "评了", " ", "评为", " ", "得了", " ",
	"评分", " ", "得分", " ", "分数", " ", "分值", " ", "评", " ",
	"只备", " ", "只有", " ", "仅有", " ", "只", " ", "仅", " ") // "建议库存只备 1 个": only that many

// filler reports whether s, between a column and a number, says nothing
// more than "rating of", "为", "=".
func filler(s string) bool {
	// "严重度打了 4 分", "评为 4": a score given is an equality too, and
	// "评分为 1", "得分是 2" name the score the column holds
	words := strings.Fields(scoreWords.Replace(s))
	if len(words) > 3 {
		return false
	}
	for _, w := range words {
		if !stopWords[w] {
			return false
		}
	}
	return true
}

// cueOutsideNames reports a cue said outside every column's name: the
// "total" of "Total Actual Cost" names the column, not a sum.
func (q *question) cueOutsideNames(cues []string, ms []mention) bool {
	for _, c := range cues {
		for _, s := range q.findCue(c) {
			inside := false
			for _, m := range ms {
				if m.value == "" && m.start <= s.start && s.end <= m.end {
					inside = true
					break
				}
			}
			if !inside {
				return true
			}
		}
	}
	return false
}

// cueAcrossName reports every cue begun inside a column's name and ended
// past it: "the part number of" is no "number of" count.
func (q *question) cueAcrossName(cues []string, ms []mention) bool {
	across := false
	for _, c := range cues {
		for _, s := range q.findCue(c) {
			crossed := false
			for _, m := range ms {
				if m.value == "" && m.start < s.start && s.start < m.end && m.end < s.end {
					crossed = true
					break
				}
			}
			if !crossed {
				return false
			}
			across = true
		}
	}
	return across
}

// reTopWord is "top" before a word, not a number: "top RPN".
var reTopWord = regexp.MustCompile(`\btop [a-z]`)

// topOf reports "top" said right before the name of column col: "the top
// RPN in the hydraulic system" is its highest; "top" is taken.
func (q *question) topOf(ms []mention, col int) bool {
	for _, m := range ms {
		if m.value == "" && m.col == col && strings.HasSuffix(q.text[:m.start], "top ") {
			q.take(span{m.start - len("top "), m.start})
			return true
		}
	}
	return false
}
