package tableq

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// What parts cost together: each row's cost times the count it is needed
// in, and, for the whole product, times how many of its assembly the
// product has.

// quantities are the columns a cost is multiplied by when the question
// sums what parts cost: how many of each are needed, and how many of the
// assembly when the question names that column too. A question that
// says "per" or "unit" asks for the listed figures as they are.
func (t *Table) quantities(q *question, p *Plan, ms []mention, used map[int]bool) []string {
	c := t.Column(p.Column)
	if c < 0 || t.Columns[c].Role != "cost" || !t.reckonsQuantity(q, p, ms, used) {
		return nil
	}
	var out []string
	if i := t.roleColumn("qty"); i >= 0 && t.Columns[i].Numeric {
		out = append(out, t.Columns[i].Name)
	} else if i := namedNumeric(t, q, ms, used, c); i >= 0 {
		// no quantity column: the count the question names ("stock every
		// spare at the recommended quantity") is what each is bought by
		out = append(out, t.Columns[i].Name)
	}
	if i := t.roleColumn("multiplier"); i >= 0 && t.Columns[i].Numeric {
		named := false
		for k, m := range ms {
			if m.col == i && m.value == "" {
				used[k] = true
				named = true
				break
			}
		}
		if named || t.setsOfAssembly(q, p, i) || q.wholeProduct(t) || q.costsWhole || p.Aggregate == "percent" {
			out = append(out, t.Columns[i].Name)
		}
	}
	return out
}

// reSetsSaid is a count of sets a cost is asked for: "6 套", "6 sets",
// "for 6 of them".
var reSetsSaid = regexp.MustCompile(`(\d+)\s*(?:套|sets?\b)|\bfor (\d+) of them\b`)

// setsOfAssembly reports a count of sets said of the assembly the rows
// are kept by that is how many of it the product has, every kept row's
// multiplier: "驱动轮组件 6 套零件加起来多少美元" where the rover has 6 drive
// wheels asks the cost of all of them. It takes the count; another
// figure is left for the question to fail on, as a figure not read.
func (t *Table) setsOfAssembly(q *question, p *Plan, mult int) bool {
	kept := t.filter(p.Filters)
	if len(p.Filters) == 0 || len(kept) == 0 {
		return false
	}
	for _, m := range reSetsSaid.FindAllStringSubmatchIndex(q.text, -1) {
		g := 2
		if m[g] < 0 {
			g = 4
		}
		n, err := strconv.Atoi(q.text[m[g]:m[g+1]])
		s := span{m[0], m[1]}
		if err != nil || !q.free(s) || !allEqual(kept, mult, n) {
			continue
		}
		q.take(s)
		return true
	}
	return false
}

// namedNumeric is a numeric column other than skip that the question
// names and no filter has read, or whose header words it holds apart
// ("we stock every recommended spare": Recommended stock).
func namedNumeric(t *Table, q *question, ms []mention, used map[int]bool, skip int) int {
	countable := func(i int) bool {
		return i != skip && t.Columns[i].Numeric && t.Columns[i].Role != "multiplier" && t.Columns[i].Role != "cost"
	}
	for k, m := range ms {
		if m.value == "" && !used[k] && countable(m.col) {
			used[k] = true
			return m.col
		}
	}
	stems := map[string]bool{}
	for _, w := range q.words {
		stems[w.stem] = true
	}
	for i := range t.Columns {
		words := strings.Fields(normHeader(t.Columns[i].Name))
		all := len(words) > 1 && countable(i)
		for _, w := range words {
			all = all && stems[Stem(w)]
		}
		if all {
			return i
		}
	}
	return -1
}

// reRemark is a bracketed aside in Latin letters, or one that says a
// cell is not empty.
var reRemark = regexp.MustCompile(`\(([^()\p{Han}]*|(?:不是|不为|非) ?(?:none|null|n/a|空|无))\)`)

// reIncluding is a closing clause that says what the count takes in
// ("…, counting our own in-house shop", "…, including spares", "…,
// screws included", "各规格都算上"): it leaves no row out, so its words
// single none out either.
var reIncluding = regexp.MustCompile(`(?i),\s*(?:(?:counting|including|incl\.|inclusive of|in(?:cluding)? addition to)\s+[^,;?？]*|(?:the\s+)?[a-z][a-z -]{0,30}\s+(?:included|too|as well))[?？]?\s*$|[，,？?]\s*[^，,？?]{0,12}都算(?:上|进去|在内)?[？?。]?\s*$`)

// reOnlyCounted restricts what is counted rather than adding to it:
// "counting only the lines sold in pcs".
var reOnlyCounted = regexp.MustCompile(`(?i)^,\s*counting\s+(?:only|just)\b`)

// reNotNull is an aside that says the cells meant are filled in.
var reNotNull = regexp.MustCompile(`^(?:not (?:none|null|n/a|empty|blank)|(?:不是|不为|非) ?(?:none|null|n/a|空|无))$`)

// reThisOne is "this machine" said of a value the question has named.
var reThisOne = regexp.MustCompile(`(?:这|该|此)(?:一)?(?:台|个|种|款|件|部|套|条)?(设备|机器|机组|资产|部件|零件|泵|工单)`)

// labelsValueBefore reports a demonstrative's noun that names the column
// of the value written just before it: "Cabin 这个部件" is the Component
// Cabin as written, so the noun stays to label it.
func (t *Table) labelsValueBefore(before, noun string) bool {
	before = strings.ToLower(before)
	for _, m := range t.mentions(newQuestion(noun)) {
		if m.value != "" {
			continue
		}
		for _, v := range t.values(m.col) {
			if v = strings.ToLower(v); strings.HasSuffix(before, v) || strings.HasSuffix(before, strings.ToLower(withoutCode(v))) {
				return true
			}
		}
	}
	return false
}

// takeRemarks drops the asides that say nothing a row must hold: a list
// of examples ("hydraulic locations (hoses, pumps, tank, ...)") and words
// no row holds ("for one rover (both sides)").
func (q *question) takeRemarks(t *Table) {
	for _, m := range reThisOne.FindAllStringSubmatchIndex(q.text, -1) {
		before := strings.TrimRight(q.text[:m[0]], " ")
		if before == "" || !isLatin(before[len(before)-1]) || t.labelsValueBefore(before, q.text[m[2]:m[3]]) {
			continue
		}
		q.take(span{m[0], m[1]}) // "AID3 这台设备": the asset just named, not a column asked for
	}
	t.takeLeadIn(q)
	if loc := reIncluding.FindStringIndex(q.text); loc != nil {
		if m := reOnlyCounted.FindStringIndex(q.text[loc[0]:loc[1]]); m != nil {
			q.take(span{loc[0], loc[0] + m[1]}) // "counting only the lines sold in pcs": those lines, no count
		} else {
			q.take(span{loc[0], loc[1]}) // "…, counting our own in-house shop": nothing left out
		}
	}
	for _, m := range reRemark.FindAllStringSubmatchIndex(q.text, -1) {
		inner := q.text[m[2]:m[3]]
		examples := strings.Contains(inner, "...") || strings.Contains(inner, "…") || strings.Contains(inner, "etc") || strings.HasPrefix(inner, "e.g")
		if reNotNull.MatchString(inner) {
			q.take(span{m[0], m[1]}) // "(不是None)": what having a value means, said again
			continue
		}
		if reExcept.MatchString(inner) {
			continue // "(not in-house)" leaves rows out
		}
		if examples || !t.holdsAnyWord(inner) && !t.isColumnName(inner) && !t.boundsColumn(inner) { // "发生度（Occurrence）" glosses a column
			q.take(span{m[0], m[1]})
		}
	}
}

// reAddsRows is a bracketed aside that adds rows to those named before
// it: "goRAIL 相关的零件（含 hurricane nut）", "(including the hurricane nut)".
var reAddsRows = regexp.MustCompile(`(?i)[（(]\s*(?:含|包括|包含|连同|加上|including|incl\.?|plus)\s*([^）)]+)[）)]`)

// addsRows reports an aside naming rows to add to the others: filters
// keep rows that hold every word, so its words would narrow the rows
// instead, and no plan reads it.
func (t *Table) addsRows(q *question) bool {
	for _, m := range reAddsRows.FindAllStringSubmatch(q.text, -1) {
		if t.holdsAnyWord(m[1]) {
			return true
		}
	}
	return false
}

// holdsAnyWord reports whether some row holds one of s's words.
func (t *Table) holdsAnyWord(s string) bool {
	for _, w := range reWord.FindAllString(s, -1) {
		if len(w) < 3 || stopWords[w] {
			continue
		}
		if t.anyRow(Filter{Column: AnyColumn, Op: "match", Value: w}) {
			return true
		}
	}
	return false
}

// reWholeProduct is "for one rover", "per robot", "for a complete
// machine", "does one rover need": the thing the whole list builds.
var reWholeProduct = regexp.MustCompile(`\b(?:for|per|of) (?:one complete|a complete|the complete|a whole|the whole|one|an|a|each) ([a-z]+)\b|\b(?:all|every|all the) ([a-z]+) (?:parts|components)\b|\b(?:in |across )?(?:the|a|one) (?:whole|entire|complete) ([a-z]+)\b|\bthe ([a-z]+)'s\b|\b(?:one|a single|each) ([a-z]+) (?:needs?|uses?|takes?|requires?)\b`)

// wholeProduct reports a cost asked for the product the list builds
// (a noun no row holds), which every assembly goes into as many times as
// its multiplier says; the phrase is taken, so it filters nothing.
func (q *question) wholeProduct(t *Table) bool {
	if loc := reWholeProductZh.FindStringIndex(q.text); loc != nil {
		q.take(span{loc[0], loc[1]})
		return true
	}
	for _, m := range reWholeProduct.FindAllStringSubmatchIndex(q.text, -1) {
		for g := 4; m[2] < 0 && g < len(m); g += 2 {
			m[2], m[3] = m[g], m[g+1] // "all rover parts", "in the whole rover"
		}
		noun := q.text[m[2]:m[3]]
		if t.anyRow(Filter{Column: AnyColumn, Op: "match", Value: noun}) {
			continue
		}
		q.take(span{m[0], m[1]})
		return true
	}
	return false
}

// reWholeProductZh names the whole product in Chinese, with the words
// that say it is reckoned over all of it: "整车算下来", "整机合计".
var reWholeProductZh = regexp.MustCompile(`(?:整车|整机|整台|一整台|整套)(?:算下来|算起来|下来|合计|总共|一共)?`)

var perWords = []string{" per ", " each", "apiece", "unit ", "单价", "每"}

// reckonsQuantity reports a plan whose figure is a cost times how many
// are used: a sum, and a highest or lowest cost the question reckons
// over the whole product or by the quantity it names ("哪一项零件花钱最多
// （单价×数量）"), which is the line's cost, not its unit price.
func (t *Table) reckonsQuantity(q *question, p *Plan, ms []mention, used map[int]bool) bool {
	if p.Aggregate == "percent" {
		q.wholeProduct(t) // "the rover's total parts cost" is every part's
		return true       // a share of what the product's parts cost, each as often as it is built in
	}
	if p.Aggregate == "sum" {
		return !q.has(perWords) || q.wholeProduct(t)
	}
	if p.Aggregate != "max" && p.Aggregate != "min" {
		return false
	}
	if i := t.roleColumn("qty"); i >= 0 {
		for k, m := range ms {
			if m.col == i && m.value == "" && !used[k] {
				return true
			}
		}
	}
	whole := q.wholeProduct(t) // taken either way: "the whole rover" singles no rows out
	if reUnitPriceRank.MatchString(q.text) {
		return false // "the cheapest part on the rover": one piece's price, wherever it is built in
	}
	return whole
}

// reUnitPriceRank ranks parts by what one piece costs.
var reUnitPriceRank = regexp.MustCompile(`(?i)\b(?:cheapest|priciest|dearest|(?:most|least) expensive)\s+(?:part|component|item|piece)s?\b|\b(?:which|what)\s+(?:part|component|item|piece)s?\b.{0,40}\b(?:cheapest|priciest|dearest|(?:most|least) expensive)\b|最便宜的(?:零件|部件|零部件)|最贵的(?:零件|部件|零部件)|(?:哪个|哪种|什么)(?:零件|部件|零部件).{0,10}(?:最便宜|最贵)`)

// pricedCount reads a count's worth ("what is the recommended stock
// worth", "what does the recommended stock cost in total"): the sum of
// each row's price times its count, not the count summed. It moves the
// plan's column to the price and returns the count to multiply by.
func (t *Table) pricedCount(q *question, p *Plan) ([]string, bool) {
	c, cost := t.Column(p.Column), t.roleColumn("cost")
	if c == cost && c >= 0 && stocksUp(q.text) {
		c = t.stockColumn() // "备齐机械密封要多少钱": the price read, times the stock it buys
	}
	if p.Aggregate != "sum" || c < 0 || cost < 0 || c == cost || !t.Columns[c].Numeric || !t.Columns[cost].Numeric || !reWorth.MatchString(q.text) {
		return nil, false
	}
	switch t.Columns[c].Role {
	case "cost", "multiplier":
		return nil, false
	}
	p.Column = t.Columns[cost].Name
	for _, loc := range reStocking.FindAllStringIndex(q.text, -1) {
		q.take(span{loc[0], loc[1]}) // "把备件都备齐": buying the count, which the plan multiplies by
	}
	return []string{t.Columns[c].Name}, true
}

// stockColumn is the one numeric column that counts the stock to keep
// ("Recommended stock", "推荐库存"): what "备齐" buys where the question
// names no count. -1 where none or several do.
func (t *Table) stockColumn() int {
	found := -1
	for i, c := range t.Columns {
		h := strings.ToLower(c.Name)
		if !c.Numeric || c.Role == "cost" || c.Role == "multiplier" || !strings.Contains(h, "stock") && !strings.Contains(h, "库存") {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	return found
}

// reStocking says the counted stock is bought, and what it takes: "备齐",
// "买齐", "stock up on", "how much money", "put every spare on the shelf
// at the recommended stock qty".
var reStocking = regexp.MustCompile(`(?:备|买|配|购|补)(?:齐|足|全)|\bstock(?:ing)? up(?: on)?\b|\bmoney\b|\bstock (?:every|all|each)\b|\bon the shelf\b|\bat the recommended (?:stock|quantity|qty)\b`)

// stocksUp asks what buying the stock costs ("备齐机械密封要多少钱"): its
// price times the stock to keep, added up, not one piece's price.
func stocksUp(text string) bool { return reStocking.MatchString(text) && reWorth.MatchString(text) }

// costOfStockUnread reports a question for what buying the stock costs
// over a table that holds no price: the stock summed is a number of
// pieces, not the money asked, so this table gives no figure for it.
func (t *Table) costOfStockUnread(text string, p Plan) bool {
	if !stocksUp(strings.ToLower(text)) || p.Aggregate != "sum" || t.IsMoney(p.Column) {
		return false
	}
	return !slices.ContainsFunc(p.Times, t.IsMoney)
}

// reWorth asks what something is worth in money.
var reWorth = regexp.MustCompile(`\b(?:worth|cost|costs|value|valued|prices?|spend|money|outlay)\b|多少钱|价值|值多少|金额|花多少`)

// reLeadInAside is what an asker says before the question proper, ended
// by a dash or a colon: "building a spares kit off the public spare parts
// list - how many pieces …".
var reLeadInAside = regexp.MustCompile(`(?i)^([^?？]{3,100}?)(?:\s+[-–—]+\s+|:\s+)(?:how|what|which|who|when|where|is|are|do|does|did|can|could)\b`)

// takeLeadIn takes the words of such a lead-in that no row holds: the
// asker's errand, not a value singling rows out. A word a row holds
// ("pump S/N 2406055 - how many hours …") is left to be read.
func (t *Table) takeLeadIn(q *question) {
	m := reLeadInAside.FindStringSubmatchIndex(q.text)
	if m == nil || !t.errandOnly(q.text[m[2]:m[3]]) {
		return
	}
	for _, w := range q.words {
		if w.end > m[3] {
			break
		}
		if raw := q.text[w.start:w.end]; !t.holdsAnyWord(raw) {
			q.take(span{w.start, w.end})
		}
	}
}

// errandOnly reports a lead-in that neither asks, nor names a figure, a
// code or a column: "work order 2171 - which …" and "total downtime in
// 2025 - how many hours" say what is asked in their lead-in.
func (t *Table) errandOnly(lead string) bool {
	if strings.ContainsAny(lead, "0123456789") || reOpensAsking.MatchString(lead) {
		return false
	}
	title := strings.ToLower(t.Ref.DocTitle + " " + strings.Join(t.Ref.Section, " "))
	for _, w := range reWord.FindAllString(strings.ToLower(lead), -1) {
		// the sheet's own name ("off the spare parts list") says which sheet
		if len(w) >= 3 && !stopWords[w] && !strings.Contains(title, w) && t.headerWord(Stem(w)) {
			return false
		}
	}
	lq := newQuestion(lead)
	for _, set := range [][]string{cuePercent, cueAvg, cueSum, cueCount, cueMax, cueMin, cueMost, cueFewest, cueDistinct, cueList, cueOrder} {
		if lq.has(set) {
			return false
		}
	}
	return true
}

// reOpensAsking opens a lead-in that is itself a question.
var reOpensAsking = regexp.MustCompile(`(?i)^\s*(?:how|what|which|who|when|where|is|are|do|does|did|can|could|list|show|give|tell)\b`)
