package retrieval

import (
	"context"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval/tableq"
)

// maxTableCites bounds the rows a table answer brings in as passages; the
// figure itself is computed over every row.
const maxTableCites = 24

// maxTableLines bounds the groups, values or rows listed.
const maxTableLines = 15

// tableAnswer computes a question over a whole table when the store can
// read tables and the question asks for a figure over rows.
func (r *Retriever) tableAnswer(ctx context.Context, clearance kg.Audience, q Question) ([]Computed, bool, error) {
	tr, ok := r.store.(kg.TableReader)
	if !ok || !tableq.Asks(q.Text) && tableq.NamedSource(q.Text) == "" && !reBoxAsked.MatchString(q.Text) {
		return nil, false, nil
	}
	tables, err := r.tables.load(ctx, tr, clearance)
	if err != nil {
		return nil, false, kg.Wrap("tableq.Answer", err)
	}
	if n := tableq.NamedSourceAbsent(tables, q.Text); n != "" {
		return []Computed{{Kind: absentTable, Subject: n}}, true, nil
	}
	opts := tableq.Options{Translate: memoTranslate(glossaryEnglish), Planner: r.opts.TablePlanner, Said: r.saidIn(ctx, clearance)}
	res, err := tableq.AnswerOver(ctx, tables, q.Text, opts)
	if err == nil && res == nil {
		res, _ = boxContents(tables, q)
	}
	if err != nil || res == nil {
		return nil, false, err
	}
	if res.Absent != "" {
		return []Computed{{Kind: absentTable, Subject: res.Absent}}, true, nil
	}
	c := tableComputed(res)
	c.trace = res.Describe()
	if base, ok := baseCount(ctx, tables, q.Text, res, opts); ok {
		return []Computed{base, c}, true, nil
	}
	if total, ok := countsTotal(ctx, tables, q.Text, res, opts); ok {
		return []Computed{c, total}, true, nil
	}
	return []Computed{c}, true, nil
}

// saidIn reports a word some passage visible at clearance holds.
func (r *Retriever) saidIn(ctx context.Context, clearance kg.Audience) func(string) bool {
	return func(w string) bool {
		hits, err := r.store.SearchChunks(ctx, clearance, kg.ChunkQuery{Text: w, Limit: 1})
		return err == nil && len(hits) > 0
	}
}

// reThenTotal is where a question that counts rows goes on to ask what
// they add up to: "how many work orders against AID2, and what's their
// combined cost?", "…, and what did they cost altogether?", "有几张？总费用加起来多少？".
var reThenTotal = regexp.MustCompile(`(?i)(?:[?？,，;；。]\s*(?:and\s+)?|\s+and\s+)(?:what(?:'s|’s| is| was| were| are)?\s+(?:the\s+|their\s+|its\s+)?(?:combined|total|overall)|how much (?:did|do|does|would) (?:they|those|these|it|that) (?:cost|come to|add up to)|what (?:did|do|does|would) (?:they|those|these|it|that|those orders) (?:cost|come to|add up to)|how much (?:downtime|time|money)|(?:总|合计|一共|总共|加起来|累计))`)

// reCountAsked are the words that ask a count, taken out of a question
// to read what the counted rows add up to.
var reCountAsked = regexp.MustCompile(`(?i)\bhow many\b|\bnumber of\b|有多少(?:张|条|个|次|台)?|(?:有)?几(?:张|条|个|次|台|项)|多少(?:张|条|个|次|台|项)`)

// countsTotal is, for a question that counts rows and then asks their
// total, the total over the same rows: the asker wants both.
func countsTotal(ctx context.Context, tables []*tableq.Table, question string, count *tableq.Result, opts tableq.Options) (Computed, bool) {
	if count.Plan.Aggregate != "count" || !reThenTotal.MatchString(question) {
		return Computed{}, false
	}
	res, err := tableq.AnswerOver(ctx, tables, reCountAsked.ReplaceAllString(question, " "), opts)
	if err != nil || res == nil || res.Absent != "" || res.Table != count.Table || res.Plan.Aggregate != "sum" ||
		!containsFilters(res.Plan.Filters, count.Plan.Filters) || !containsFilters(count.Plan.Filters, res.Plan.Filters) {
		return Computed{}, false
	}
	c := tableComputed(res)
	c.trace = res.Describe()
	return c, true
}

// reThenSubset is where a question turns from a set of rows to a part of
// it: "AID1 有多少张？其中 2006 年开的有几张", "how many …, and of those how many …".
var reThenSubset = regexp.MustCompile(`(?i)[?？,，;；。]\s*(?:and\s+)?(?:其中|这其中|这些当中|of (?:those|them|these|which)|among (?:them|those|these))`)

// baseCount is the count of the set a question narrows with "其中" or
// "of those", answered before the narrower count: the asker wants both.
func baseCount(ctx context.Context, tables []*tableq.Table, question string, sub *tableq.Result, opts tableq.Options) (Computed, bool) {
	loc := reThenSubset.FindStringIndex(question)
	if loc == nil || sub.Plan.Aggregate != "count" {
		return Computed{}, false
	}
	res, err := tableq.AnswerOver(ctx, tables, question[:loc[0]], opts)
	if err != nil || res == nil || res.Absent != "" || res.Table != sub.Table || res.Plan.Aggregate != "count" ||
		res.Count <= sub.Count || !containsFilters(sub.Plan.Filters, res.Plan.Filters) {
		return Computed{}, false
	}
	return tableComputed(res), true
}

// containsFilters reports every filter of base among those of sub.
func containsFilters(sub, base []tableq.Filter) bool {
	for _, f := range base {
		if !slices.Contains(sub, f) {
			return false
		}
	}
	return len(base) > 0
}

// absentTable marks a question over a kind of table the caller sees none
// of; retrieve turns it into an unknown term of the question.
const absentTable = "absent_table"

// absentTables moves the absent tables out of the computed answers and
// returns what they name.
func absentTables(ev *Evidence) []string {
	var names []string
	kept := ev.Computed[:0]
	for _, c := range ev.Computed {
		if c.Kind == absentTable {
			names = append(names, c.Subject)
			continue
		}
		kept = append(kept, c)
	}
	ev.Computed = kept
	return names
}

// traceTables records in the trace the table plans that were run.
func traceTables(ev *Evidence, c Computed) {
	if c.trace != "" {
		ev.Trace.Table = c.trace
	}
}

// tableComputed turns a table result into a computed answer whose lines
// are the groups, distinct values or rows it names, each citing its rows.
func tableComputed(res *tableq.Result) Computed {
	p := res.Plan
	c := Computed{Kind: "table", Subject: res.Table.Name(), Metric: p.Column, Op: p.Aggregate,
		Value: res.Value, Count: res.Count, TableRows: res.Total, Plan: &p, Unit: res.Unit, Noun: res.Noun, Money: res.Money, PerAssembly: res.PerAssembly}
	if p.Aggregate == "percent" && p.Column != "" {
		c.Share = []float64{res.Part, res.Whole}
	}
	cite := func(rows []tableq.Row, n int) []string {
		var ids []string
		for i, row := range rows {
			if i == n {
				break
			}
			ids = append(ids, row.Chunk.ID)
			c.addRow(row.Chunk)
		}
		return ids
	}
	for _, g := range firstGroups(res.Written) {
		c.Written = append(c.Written, Line{Name: g.Key, Qty: float64(g.Count)})
	}
	switch {
	case len(res.Groups) > 0:
		for _, g := range firstGroups(res.Groups) {
			name := g.Key
			if r := res.Table.RangeOf(g, p.Column); r != "" {
				name += " (" + r + ")" // "J6 (-180 ~ +180)": where the widest range lies
			}
			c.Lines = append(c.Lines, Line{Name: name, Qty: g.Value, Props: kg.Props{"rows": strconv.Itoa(g.Count)}, facts: cite(g.Rows, 2)})
		}
	case len(res.Distinct) > 0:
		for _, g := range firstGroups(res.Distinct) {
			c.Lines = append(c.Lines, Line{Name: g.Key, Props: kg.Props{"rows": strconv.Itoa(g.Count)}, facts: cite(g.Rows, 1)})
		}
	case p.Aggregate == "list" || p.Aggregate == "max" || p.Aggregate == "min" || res.Listed:
		if p.Aggregate == "max" || p.Aggregate == "min" {
			c.Tied = len(res.Rows)
		}
		for i, row := range res.Rows {
			if i == maxTableLines {
				break
			}
			name := res.Label(row)
			if p.Aggregate == "list" && len(res.Rows) == 1 && len(p.Show) == 0 {
				name = res.Record(row)
			}
			c.Lines = append(c.Lines, Line{ID: row.Chunk.ID, Name: name, facts: cite([]tableq.Row{row}, 1)})
		}
	default:
		cite(res.Rows, maxTableCites)
	}
	if len(c.rows) == 0 {
		cite(noneWitness(res), 1)
	}
	if len(c.rows) > maxTableCites {
		c.rows = c.rows[:maxTableCites]
	}
	return c
}

// noneWitness is the row a "none" rests on when a filter keeps no row
// ("which rows have severity 5" of a sheet whose severities stop at 4): the
// table's first row, so the answer cites the sheet it searched and says
// none rather than falling to passages that list the nearest rows instead.
func noneWitness(res *tableq.Result) []tableq.Row {
	if res.Count != 0 || len(res.Plan.Filters) == 0 || res.Table == nil || len(res.Table.Rows) == 0 {
		return nil
	}
	return res.Table.Rows[:1]
}

func firstGroups(gs []tableq.Group) []tableq.Group {
	if len(gs) > maxTableLines {
		return gs[:maxTableLines]
	}
	return gs
}

func (c *Computed) addRow(ch kg.Chunk) {
	for _, have := range c.rows {
		if have.ID == ch.ID {
			return
		}
	}
	c.rows = append(c.rows, ch)
}

// rowIDs are the table rows a computed answer cites.
func (c Computed) rowIDs() []string {
	ids := make([]string, len(c.rows))
	for i, ch := range c.rows {
		ids[i] = ch.ID
	}
	return ids
}

// tableRowSupport makes each cited table row its own support, so rows are
// numbered and cited like the passages behind graph facts.
func tableRowSupport(computed []Computed, support map[string][]kg.Chunk) []string {
	var ids []string
	for _, c := range computed {
		for _, ch := range c.rows {
			support[ch.ID] = []kg.Chunk{ch}
			ids = append(ids, ch.ID)
		}
	}
	return ids
}

// memoTranslate remembers tr's readings for one question. The table
// planner reads every Chinese run of the question against each visible
// table, so one question asked the glossary the same terms once per table.
func memoTranslate(tr tableq.Translate) tableq.Translate {
	type reading struct {
		en   []string
		rest string
	}
	seen := map[string]reading{}
	return func(zh string) ([]string, string) {
		r, ok := seen[zh]
		if !ok {
			r.en, r.rest = tr(zh)
			seen[zh] = r
		}
		return slices.Clone(r.en), r.rest
	}
}

// glossaryEnglish reads the Chinese terms of a question with the
// glossary, longest first, and returns what it could not read.
func glossaryEnglish(zh string) ([]string, string) {
	var en []string
	words := glossaryWords(zh)
	for _, w := range words {
		en = append(en, w.en)
		zh = strings.ReplaceAll(zh, w.zh, " ")
	}
	return en, zh
}

// glossWord is a Chinese glossary word of a text and its first English form.
type glossWord struct{ zh, en string }

// glossaryWords reads the glossary words of a Chinese text, longest
// first, none inside one read already ("涡轮增压器", not also "增压器").
func glossaryWords(zh string) []glossWord {
	var hits []glossWord
	for _, i := range glossaryFormsStartingIn(zh) {
		if f := glossaryForms[i]; strings.Contains(zh, f.zh) {
			hits = append(hits, f)
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return len(hits[i].zh) > len(hits[j].zh) })
	var out []glossWord
	for _, h := range hits {
		if strings.Contains(zh, h.zh) {
			zh = strings.ReplaceAll(zh, h.zh, " ")
			out = append(out, h)
		}
	}
	return out
}

// glossaryForms are the glossary's Chinese forms with their entry's first
// English form, in glossary order; glossaryFormsByFirst indexes them by
// their first character. A question's Chinese is read through the
// glossary for every stretch of it that might be a term, and a form can
// only be in a text that holds its first character, so only those forms
// are tried.
var glossaryForms, glossaryFormsByFirst = indexGlossaryForms(glossary)

func indexGlossaryForms(entries []glossaryEntry) ([]glossWord, map[rune][]int) {
	var forms []glossWord
	byFirst := map[rune][]int{}
	for _, e := range entries {
		if len(e.enRaw) == 0 {
			continue
		}
		for _, f := range e.zhRaw {
			if f == "" {
				continue
			}
			r, _ := utf8.DecodeRuneInString(f)
			byFirst[r] = append(byFirst[r], len(forms))
			forms = append(forms, glossWord{f, e.enRaw[0]})
		}
	}
	return forms, byFirst
}

// glossaryFormsStartingIn lists, in glossary order, the forms whose first
// character zh holds.
func glossaryFormsStartingIn(zh string) []int {
	var out []int
	for i, r := range zh {
		if !strings.ContainsRune(zh[:i], r) { // each character once: the texts are short
			out = append(out, glossaryFormsByFirst[r]...)
		}
	}
	slices.Sort(out)
	return out
}
