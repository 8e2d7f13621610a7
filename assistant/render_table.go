package assistant

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/kgassist/kgassist/retrieval"
	"github.com/kgassist/kgassist/retrieval/tableq"
)

// Phrases of answers computed over a whole table. %[1]s is the table,
// %[2]s the conditions, then the figures.
var (
	msgTableCount = msg{"%[3]d %[5]s of %[1]s %[2]s, out of %[4]d.", "%[1]s的%[4]d条记录中，%[2]s的共有%[3]d%[5]s。"}
	// msgTablePieces counts the pieces of a part in a levelled BOM: "4 washers …".
	// msgTablePiecesPerAssembly counts them in one assembly of a flat list.
	msgTablePiecesPerAssembly = msg{"%[3]s %[5]s in total%[6]s: the lines of %[1]s that %[2]s, each line's quantity in one such assembly (%[4]d lines).", "%[1]s中%[2]s的共%[3]s%[5]s（按每个该组件中的数量计，共%[4]d行）。"}
	msgTablePieces            = msg{"%[3]s %[5]s in total%[6]s: the lines of %[1]s that %[2]s, each line's quantity times that of the assemblies holding it (%[4]d lines).", "%[1]s中%[2]s的共%[3]s%[5]s（各行数量乘以其所属组件的数量，共%[4]d行）。"}
	// msgTableAll counts every row, in the asker's word when there is one:
	// "13 种", "13 items".
	msgTableAll = msg{"%[1]s has %[3]d %[4]s.", "%[1]s共有%[3]d%[4]s。"}
	// msgTableShare is the kept rows' part of a column's total: the drive wheels' share of the parts cost.
	msgTableShare    = msg{"%[3]s%% of the total %[4]s of %[1]s is in the %[7]d rows that %[2]s: %[5]s of %[6]s.", "%[1]s中%[2]s的%[7]d条记录占%[4]s合计的%[3]s%%（%[6]s中的%[5]s）。"}
	msgTablePercent  = msg{"%[3]s%% of the rows of %[1]s %[2]s (%[4]d of %[5]d).", "%[1]s中%[2]s的记录占%[3]s%%（%[5]d条中的%[4]d条）。"}
	msgTableAgg      = msg{"The %[3]s %[4]s is %[5]s, over the %[6]d %[7]s of %[1]s%[2]s.", "%[1]s中%[2]s的%[4]s%[3]s为%[5]s（共%[6]d%[7]s）。"}
	msgTableGroupTop = msg{"%[3]s has the %[4]s in %[1]s%[2]s: %[5]s.", "%[1]s中%[2]s，%[3]s的%[4]s，为%[5]s。"}
	// msgTableGroupTopTied names two or three groups tied for first: "A and B have …".
	msgTableGroupTopTied = msg{"%[3]s have the %[4]s in %[1]s%[2]s: %[5]s each.", "%[1]s中%[2]s，%[3]s的%[4]s，各为%[5]s。"}
	// msgTableOver names the groups with more than a figure of distinct values: parts in several assemblies.
	msgTableOver     = msg{"%[3]d values of %[4]s in %[1]s%[2]s have more than %[5]s distinct %[6]s:", "%[1]s中%[2]s，有%[3]d个%[4]s对应不止%[5]s个不同的%[6]s："}
	msgTableGroups   = msg{"Rows of %[1]s%[2]s, by %[3]s:", "%[1]s中%[2]s，按%[3]s排列："}
	msgTableDistinct = msg{"%[1]s lists %[3]d distinct values of %[4]s%[2]s:", "%[1]s中%[2]s的%[4]s共有%[3]d个不同的值："}
	// msgTableDistinctNoun counts them in the asker's word: "10 outside suppliers".
	msgTableDistinctNoun = msg{"%[3]d %[5]s: %[1]s lists %[3]d distinct values of %[4]s%[2]s:", "%[1]s中%[2]s的%[4]s共有%[3]d%[5]s不同的值："}
	// msgTableExtreme names the row that holds the figure: "WO-25-0031 — … has the highest Downtime (h) …".
	// msgTableExtremeTied says how many rows share it: "… is 36, shared by 5 rows of the 53:".
	msgTableExtremeTied = msg{"The %[3]s %[4]s in %[1]s%[2]s is %[5]s, shared by %[6]d rows of the %[7]d:", "%[1]s中%[2]s%[4]s%[3]s为%[5]s，共%[6]d条记录并列（共%[7]d条）："}
	msgTableExtreme     = msg{"The %[3]s %[4]s among the %[7]d rows of %[1]s%[2]s is %[5]s: %[6]s.", "%[1]s中%[2]s%[4]s%[3]s为%[5]s，见%[6]s（共%[7]d条记录）。"}
	// msgTableHolders names the assemblies holding the lines a question names.
	msgTableHolders = msg{"The lines of %[1]s that %[2]s are held by:", "%[1]s中%[2]s的零件所属的组件："}
	msgTableList    = msg{"%[3]d rows of %[1]s %[2]s:", "%[1]s中%[2]s的记录共%[3]d条："}
	msgTableNone    = msg{"No rows of %[1]s %[2]s.", "%[1]s中没有%[2]s的记录。"}
	msgTableMore    = msg{"… and %d more", "……另有%d项"}
	// msgTableTop heads a top-n listing: the n shown out of how many rows.
	msgTableTop    = msg{"The %[3]d highest %[4]s among the %[5]d rows of %[1]s%[2]s:", "%[1]s中%[2]s的%[5]d条记录里，%[4]s最高的%[3]d条："}
	msgTableBottom = msg{"The %[3]d lowest %[4]s among the %[5]d rows of %[1]s%[2]s:", "%[1]s中%[2]s的%[5]d条记录里，%[4]s最低的%[3]d条："}
	msgTableRows   = msg{"%d rows", "%d条"}
	// msgDistinctValues counts a group's distinct values: "11 distinct values", "11 个".
	msgDistinctValues = msg{"distinct values", "个"}
	msgThat           = msg{" that %s", "%s"}
	msgAnd            = msg{" and ", "且"}
	msgOr             = msg{" or ", "或"}
	msgComma          = msg{", ", "、"}
	msgTiedMore       = msg{"%d more", "另外%d项"}
	msgTableTied      = msg{"%[3]d values tie for the %[4]s in %[1]s%[2]s, %[5]s each: %[6]s.", "%[1]s中%[2]s，%[3]d项并列%[4]s，各为%[5]s：%[6]s。"}

	aggWords = map[string]msg{
		"avg": {"average", "平均值"}, "sum": {"total", "合计"}, "max": {"highest", "最大值"}, "min": {"lowest", "最小值"},
	}
	groupWords = map[string]msg{
		"count": {"most rows", "记录最多"}, "count_asc": {"fewest rows", "记录最少"},
		"sum": {"highest total %s", "%s合计最高"}, "sum_asc": {"lowest total %s", "%s合计最低"},
		"avg": {"highest average %s", "平均%s最高"}, "avg_asc": {"lowest average %s", "平均%s最低"},
		"max": {"highest %s", "%s最高"}, "min": {"lowest %s", "%s最低"},
		"distinct": {"most distinct values of %s", "不同的%s最多"}, "distinct_asc": {"fewest distinct values of %s", "不同的%s最少"},
	}
	// opWords say what the kept rows have; %[1]s is the column, %[2]s the value.
	opWords = map[string]msg{
		"gt": {"have %[1]s above %[2]s", "%[1]s大于%[2]s"}, "ge": {"have %[1]s of at least %[2]s", "%[1]s不低于%[2]s"},
		"lt": {"have %[1]s below %[2]s", "%[1]s小于%[2]s"}, "le": {"have %[1]s of at most %[2]s", "%[1]s不高于%[2]s"},
		"eq": {"have %[1]s “%[2]s”", "%[1]s为“%[2]s”"}, "equal": {"have %[1]s of %[2]s", "%[1]s为%[2]s"}, "match": {"have “%[2]s” in %[1]s", "%[1]s含“%[2]s”"},
		"mention": {"have “%[2]s” in %[1]s", "%[1]s含“%[2]s”"},
		"has":     {"have a %[1]s", "%[1]s有值"}, "missing": {"have no %[1]s", "%[1]s为空"},
		"not":    {"do not have “%[2]s” in %[1]s", "%[1]s不含“%[2]s”"},
		"under":  {"are held by %[2]s", "属于%[2]s"},
		"child":  {"sit directly under %[2]s", "直属于%[2]s"},
		"series": {"have a %[1]s of the %[2]s series", "%[1]s属于%[2]s系列"},
		"year":   {"have %[1]s in %[2]s", "%[1]s在%[2]s年"}, "month": {"have %[1]s in %[2]s", "%[1]s在%[2]s"},
		"month_ge": {"have %[1]s in %[2]s or later", "%[1]s不早于%[2]s"}, "month_le": {"have %[1]s in %[2]s or earlier", "%[1]s不晚于%[2]s"},
	}
	anyWords = map[string]msg{"match": {"mention “%[2]s”", "提到“%[2]s”"}, "mention": {"mention “%[2]s”", "提到“%[2]s”"}}
)

// renderTable writes a figure computed over a whole table as a sentence in
// lang, then the groups, values or rows it rests on, each cited.
func renderTable(c retrieval.Computed, lang string) string {
	if c.Plan == nil {
		return ""
	}
	p := *c.Plan
	table := "“" + c.Subject + "”"
	cond := conditions(p.Filters, lang)
	where := "" // the same conditions as a relative clause
	if cond != "" {
		where = fmt.Sprintf(msgThat.in(lang), cond)
	}
	var b strings.Builder
	switch {
	case p.GroupBy != "" && len(c.Lines) == 0:
		fmt.Fprintf(&b, msgTableNone.in(lang), table, cond)
	case p.GroupBy != "" && p.Limit == 1 && tiedTop(c) > maxTied:
		fmt.Fprintf(&b, msgTableTied.in(lang), table, where, tiedTop(c), groupWord(p, lang), groupFigure(c, c.Value, lang), joinTop(c, lang))
		b.WriteString(" " + marks(c.Cites))
		return b.String()
	case p.GroupBy != "" && p.Limit == 1:
		m := msgTableGroupTop
		if tiedTop(c) > 1 {
			m = msgTableGroupTopTied // several groups are the subject: "A and B have"
		}
		fmt.Fprintf(&b, m.in(lang), table, where, joinTop(c, lang), groupWord(p, lang), topFigure(c, lang))
		b.WriteString(" " + marks(c.Cites))
		return b.String()
	case p.GroupBy != "" && p.Over > 0:
		fmt.Fprintf(&b, msgTableOver.in(lang), table, where, len(c.Lines), p.GroupBy, num(p.Over), p.Column)
		writeLines(&b, c, lang, true)
		return b.String()
	case p.GroupBy != "":
		fmt.Fprintf(&b, msgTableGroups.in(lang), table, where, groupWord(p, lang))
		writeLines(&b, c, lang, true)
		return b.String()
	case p.Aggregate == "distinct" && c.Noun != "":
		fmt.Fprintf(&b, msgTableDistinctNoun.in(lang), table, where, int(c.Value), p.Column, c.Noun)
		writeLines(&b, c, lang, false)
		return b.String()
	case p.Aggregate == "distinct":
		fmt.Fprintf(&b, msgTableDistinct.in(lang), table, where, int(c.Value), p.Column)
		writeLines(&b, c, lang, false)
		return b.String()
	case p.Aggregate == "percent" && len(c.Share) == 2:
		fmt.Fprintf(&b, msgTableShare.in(lang), table, cond, percentFigure(c.Value), metric(p), computedFigure(c, c.Share[0], lang), computedFigure(c, c.Share[1], lang), c.Count)
	case p.Aggregate == "percent":
		fmt.Fprintf(&b, msgTablePercent.in(lang), table, cond, percentFigure(c.Value), c.Count, c.TableRows)
	case p.Aggregate == "count" && p.Pieces:
		unit := ""
		if c.Unit != "" && lang != "zh" {
			unit = " (" + num(c.Value) + " " + c.Unit + ")" // "4 washers (4 pcs)"; 颗, 个 say it in Chinese
		}
		m := msgTablePieces
		if c.PerAssembly {
			m = msgTablePiecesPerAssembly
		}
		fmt.Fprintf(&b, m.in(lang), table, cond, num(c.Value), c.Count, piecesNoun(c, lang), unit)
	case p.Aggregate == "count" && cond == "":
		fmt.Fprintf(&b, msgTableAll.in(lang), table, cond, c.Count, allRowsNoun(c, lang))
	case p.Aggregate == "count":
		fmt.Fprintf(&b, msgTableCount.in(lang), table, cond, c.Count, c.TableRows, rowNoun(c, lang))
		writeWritten(&b, c, lang)
	case c.Count == 0:
		fmt.Fprintf(&b, msgTableNone.in(lang), table, cond)
	case p.Aggregate == "list" && p.Holder:
		fmt.Fprintf(&b, msgTableHolders.in(lang), table, cond)
		writeLines(&b, c, lang, false)
		return b.String()
	case topList(p):
		m := msgTableTop
		if p.Order == "asc" {
			m = msgTableBottom
		}
		among := cond
		if cond != "" && lang != "zh" {
			among = " " + cond
		}
		fmt.Fprintf(&b, m.in(lang), table, among, len(c.Lines), p.Column, c.Count)
		writeLines(&b, c, lang, false)
		return b.String()
	case p.Aggregate == "list":
		fmt.Fprintf(&b, msgTableList.in(lang), table, cond, c.Count)
		writeLines(&b, c, lang, false)
		return b.String()
	case (p.Aggregate == "max" || p.Aggregate == "min") && c.Tied > 1:
		fmt.Fprintf(&b, msgTableExtremeTied.in(lang), table, where, aggWords[p.Aggregate].in(lang), metric(p), tableFigure(c.Value, c.Unit, lang), c.Tied, c.Count)
		writeLines(&b, c, lang, false)
		return b.String()
	case (p.Aggregate == "max" || p.Aggregate == "min") && len(c.Lines) > 0:
		first := c.Lines[0].Name
		if m := marks(c.Lines[0].Cites); m != "" {
			first += " " + m
		}
		fmt.Fprintf(&b, msgTableExtreme.in(lang), table, where, aggWords[p.Aggregate].in(lang), metric(p), tableFigure(c.Value, c.Unit, lang), first, c.Count)
		if len(c.Lines) > 1 {
			writeLines(&b, c, lang, false)
		}
		return b.String()
	default:
		fmt.Fprintf(&b, msgTableAgg.in(lang), table, where, aggWords[p.Aggregate].in(lang), metric(p), computedFigure(c, c.Value, lang), c.Count, allRowsNoun(c, lang))
	}
	b.WriteString(" " + marks(c.Cites))
	if p.Aggregate == "count" && len(c.Lines) > 0 {
		writeLines(&b, c, lang, false) // "… and on which pumps": the values among the counted rows
	}
	return b.String()
}

// maxTied bounds the groups tied for first that are named one by one.
const maxTied = 3

// joinTop names every group tied for first, the first few when many tie.
func joinTop(c retrieval.Computed, lang string) string {
	var names []string
	for _, l := range c.Lines {
		if l.Qty == c.Value {
			names = append(names, l.Name)
		}
	}
	sep := msgAnd.in(lang)
	if lang == "zh" {
		sep = "和"
	}
	if len(names) > maxTied {
		more := fmt.Sprintf(msgTiedMore.in(lang), len(names)-maxTied)
		return strings.Join(names[:maxTied], msgComma.in(lang)) + sep + more
	}
	return strings.Join(names, sep)
}

// tiedTop counts the groups tied for first.
func tiedTop(c retrieval.Computed) int {
	n := 0
	for _, l := range c.Lines {
		if l.Qty == c.Value {
			n++
		}
	}
	return n
}

// metric names what was summed: "cost pp × # req in assy".
func metric(p tableq.Plan) string {
	return strings.Join(append([]string{p.Column}, p.Times...), " × ")
}

func groupWord(p tableq.Plan, lang string) string {
	key := p.Aggregate
	if p.Order == "asc" && (key == "count" || key == "sum" || key == "avg" || key == "distinct") {
		key += "_asc"
	}
	w := groupWords[key].in(lang)
	if strings.Contains(w, "%s") {
		return fmt.Sprintf(w, p.Column)
	}
	return w
}

func conditions(fs []tableq.Filter, lang string) string {
	var b strings.Builder
	for i, f := range fs {
		if f.Op == "le" && i > 0 && fs[i-1] == (tableq.Filter{Column: f.Column, Op: "ge", Value: f.Value}) {
			continue // said with the bound below as one equality
		}
		if f.Op == "ge" && i+1 < len(fs) && fs[i+1] == (tableq.Filter{Column: f.Column, Op: "le", Value: f.Value}) {
			f.Op = "equal" // "S=4": at least 4 and at most 4
		}
		if f.Op == "series" && i > 0 && fs[i-1].Op == "series" && fs[i-1].Column == f.Column {
			continue // said with the first series of its column
		}
		if f.Op == "series" {
			f.Value = seriesNamed(fs[i:], lang)
		}
		w := opWords[f.Op]
		if f.Column == tableq.AnyColumn {
			w = anyWords[f.Op]
		}
		s := fmt.Sprintf(w.in(lang), f.Column, f.Value)
		if f.Op == "has" || f.Op == "missing" {
			s = fmt.Sprintf(w.in(lang), f.Column)
		}
		if b.Len() > 0 {
			// Two values of one column keep the rows that have either, as
			// the plan reads them ("Hydrostatic test" or "Performance test").
			if f.Op == "eq" && fs[i-1].Op == "eq" && fs[i-1].Column == f.Column {
				b.WriteString(msgOr.in(lang))
			} else {
				b.WriteString(msgAnd.in(lang))
			}
		}
		b.WriteString(s)
	}
	return b.String()
}

// seriesNamed joins the series that the filters opening fs name on one
// column: no part is of two, so they are alternatives ("1109 or 1118").
func seriesNamed(fs []tableq.Filter, lang string) string {
	vals := []string{fs[0].Value}
	for _, f := range fs[1:] {
		if f.Op != "series" || f.Column != fs[0].Column {
			break
		}
		vals = append(vals, f.Value)
	}
	return strings.Join(vals, msgOr.in(lang))
}

func writeLines(b *strings.Builder, c retrieval.Computed, lang string, figures bool) {
	for i, l := range c.Lines {
		if i == maxLines {
			break
		}
		b.WriteString("\n- " + l.Name)
		if figures && c.Plan.Aggregate == "count" {
			fmt.Fprintf(b, ": %s", groupFigure(c, l.Qty, lang)) // the figure is the rows: "4 rows", not "4 rows (4 rows)"
		} else if figures {
			fmt.Fprintf(b, ": %s (%s)", groupFigure(c, l.Qty, lang), fmt.Sprintf(msgTableRows.in(lang), atoi(l.Props["rows"])))
		}
		if m := marks(l.Cites); m != "" {
			b.WriteString(" " + m)
		}
	}
	total := max(len(c.Lines), c.Tied)
	if c.Plan.Aggregate == "list" && !topList(*c.Plan) && !c.Plan.Holder {
		// the rows matched; a list of their holders is as long as it is
		total = c.Count
	} else if c.Plan.Aggregate == "distinct" {
		total = int(c.Value)
	}
	if shown := min(len(c.Lines), maxLines); total > shown {
		b.WriteString("\n- " + fmt.Sprintf(msgTableMore.in(lang), total-shown))
	}
}

// topList reports a listing cut to the first n rows by a column: "the top
// 3 RPNs" names those n, not every row matched.
func topList(p tableq.Plan) bool {
	return p.Aggregate == "list" && p.Limit > 0 && p.Order != "" && p.Column != "" && !p.Holder
}

func atoi(s string) int {
	n := 0
	fmt.Sscanf(s, "%d", &n)
	return n
}

// rowNoun is what a count counts: the asker's word for the rows, else rows.
func rowNoun(c retrieval.Computed, lang string) string {
	switch {
	case c.Noun == "" && lang == "zh":
		return "条"
	case c.Noun == "":
		return "rows"
	case lang == "zh" && !isHanCounter(c.Noun):
		return "条" // an English noun in a Chinese answer
	case lang != "zh" && isHanCounter(c.Noun):
		return "rows"
	}
	return c.Noun
}

// allRowsNoun is rowNoun with the records named where the measure word
// is the plain one: "13条记录", "13种".
func allRowsNoun(c retrieval.Computed, lang string) string {
	if n := rowNoun(c, lang); n != "条" {
		return n
	}
	return "条记录"
}

// piecesNoun is what pieces are counted as: the asker's noun or measure
// word, else "pieces" or "个".
func piecesNoun(c retrieval.Computed, lang string) string {
	switch {
	case lang == "zh" && isHanCounter(c.Noun):
		return c.Noun
	case lang == "zh":
		return "个"
	case c.Noun == "" || isHanCounter(c.Noun):
		return "pieces"
	}
	return c.Noun
}

func isHanCounter(s string) bool {
	r := []rune(s)
	return len(r) == 1 && r[0] >= 0x4e00
}

// unitWords are the units headers write, as a Chinese answer says them.
var unitWords = map[string]string{"h": "小时", "hr": "小时", "hrs": "小时", "hours": "小时", "min": "分钟", "mins": "分钟",
	"minutes": "分钟", "d": "天", "days": "天", "day": "天", "weeks": "周", "pcs": "个", "pc": "个", "pieces": "个"}

// tableFigure writes a value with its column's unit: "104 h", "104 小时", "$42.99".
func tableFigure(v float64, unit, lang string) string {
	switch {
	case unit == "":
		return num(v)
	case strings.ContainsAny(unit, "$€£¥￥"):
		return unit + num(v)
	case lang == "zh" && unitWords[strings.ToLower(unit)] != "":
		return num(v) + " " + unitWords[strings.ToLower(unit)]
	}
	return num(v) + " " + unit
}

// computedFigure is tableFigure of a computed answer's figure: money with
// two decimals, so an average cost reads 24574.40, not 24574.4.
// An extreme is one cell, so it reads as written (1.8 CNY), where a
// money sum or mean is rounded to cents.
func computedFigure(c retrieval.Computed, v float64, lang string) string {
	s := tableFigure(v, c.Unit, lang)
	if !c.Money || v == math.Trunc(v) {
		return s // a whole amount stays whole: "$120"
	}
	return strings.Replace(s, num(v), strconv.FormatFloat(v, 'f', 2, 64), 1)
}

// percentFigure is a share as it is read: one decimal, "53.1", not
// "53.12"; a whole share stays whole, "60".
func percentFigure(v float64) string {
	s := strconv.FormatFloat(v, 'f', 1, 64)
	return strings.TrimSuffix(s, ".0")
}

// groupFigure is a group's figure, in its column's unit when it adds or
// compares that column rather than counting rows.
func groupFigure(c retrieval.Computed, v float64, lang string) string {
	switch c.Plan.Aggregate {
	case "sum", "avg", "min", "max":
		return computedFigure(c, v, lang)
	case "count":
		// a count of rows in the asker's word or measure word, "5 条",
		// "4 道", "167 work orders", else "4 rows"
		noun := rowNoun(c, lang)
		if v == 1 && lang != "zh" {
			noun = singularNoun(noun) // "1 row each", not "1 rows"
		}
		return num(v) + " " + noun // "fewest rows: 4 rows", never a bare "4"
	}
	return num(v)
}

// singularNoun is an English plural noun for one: "rows" → "row", "work
// orders" → "work order".
func singularNoun(n string) string {
	if strings.HasSuffix(n, "s") && !strings.HasSuffix(n, "ss") {
		return strings.TrimSuffix(n, "s")
	}
	return n
}

// topFigure is the first group's figure as the sentence naming it gives
// it: distinct values counted in the asker's word, "11 种", "11 part
// numbers", else "11 distinct values", never a bare "11".
func topFigure(c retrieval.Computed, lang string) string {
	if c.Plan.Aggregate != "distinct" {
		return groupFigure(c, c.Value, lang)
	}
	if c.Noun != "" {
		return num(c.Value) + " " + c.Noun
	}
	return num(c.Value) + " " + msgDistinctValues.in(lang)
}

// writeWritten says how many of the rows counted as lacking a value say
// so in words and how many are blank: "rows that say there are no
// current controls" are the first, "rows with none" all of them.
func writeWritten(b *strings.Builder, c retrieval.Computed, lang string) {
	if len(c.Written) == 0 {
		return
	}
	var parts []string
	said := 0
	for _, l := range c.Written {
		parts = append(parts, fmt.Sprintf(msgWrittenAs.in(lang), int(l.Qty), l.Name))
		said += int(l.Qty)
	}
	if blank := c.Count - said; blank > 0 {
		parts = append(parts, fmt.Sprintf(msgLeftBlank.in(lang), blank))
	}
	fmt.Fprintf(b, msgOfThese.in(lang), strings.Join(parts, msgListSep.in(lang)))
}

var (
	msgOfThese   = msg{" Of these, %s.", "其中%s。"}
	msgWrittenAs = msg{"%d rows say “%s”", "%d条写明“%s”"}
	msgLeftBlank = msg{"%d are blank", "%d条为空"}
)
