package tableq

import (
	"context"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/kgassist/kgassist/kg"
)

// MaxTables bounds how many of the visible tables one question reads;
// the largest MainTables of them answer any question over rows, the
// smaller ones (a manual's joint ranges) only a figure over a column.
const (
	MaxTables  = 96
	MainTables = 24
)

// Asks reports whether a question asks for a figure or listing over rows
// at all, so ordinary questions cost no table reads.
func Asks(question string) bool {
	q := newQuestion(question)
	return q.has(cuePercent) || q.has(cueAvg) || q.asksSum() || q.has(cueCount) || q.has(cueMax) ||
		q.has(cueMin) || q.has(cueMost) || q.has(cueFewest) || q.has(cueDistinct) || q.has(cueOrder) ||
		(q.has(cueList) && (q.has(cueMissing) || q.has(cueGT) || q.has(cueLT) || q.has(cueGE) || q.has(cueLE) || q.has(cueEvery) || q.has(cueMention) || q.has(cueLogRows) || q.has(cueSheet) || reAsksQuantities.MatchString(question) || reRevisionValue.MatchString(question) || reSpanAsked.MatchString(question) || reWhichOfRows.MatchString(question))) ||
		reAsksHolder.MatchString(strings.ToLower(question)) || topN(q) > 0 || q.asksAbout() || reTopWord.MatchString(q.text) ||
		costOfWhole(question) // "how much does the whole rover cost", "what does the rover cost in parts"
}

// reRevisionValue names a revision or version by its letter or number
// ("revision E", "rev. B", "版本为 C", "C版"): "which parts are at revision
// C" asks for every row holding it, and for none where no row does, not
// for the three rows a passage search ranks first.
var reRevisionValue = regexp.MustCompile(`(?i)\b(?:revision|rev\.?|version|ver\.?)\s+(?:of\s+|is\s+|=\s*)?[a-z0-9]{1,3}\b|(?:版本|版次)\s*(?:为|是|=)?\s*[A-Za-z0-9]{1,3}(?:[^A-Za-z0-9]|$)|[A-Za-z0-9]\s*版(?:本)?(?:的|[吗呢？?]|$)`)

// reSpanAsked bounds a figure on both sides ("between 20 and 40 N·m",
// "from 2 to 5 h", "20 到 40 之间"): "which bolts take between 20 and 40
// N·m" asks for every row in the span, not the rows a search ranks first.
var reSpanAsked = regexp.MustCompile(`(?i)\b(?:between|from)\s+\d+(?:\.\d+)?\s*\S{0,6}\s*(?:and|to|–|-)\s*\d|\d+(?:\.\d+)?\s*\S{0,6}\s*(?:到|至|~|～)\s*\d+(?:\.\d+)?\s*\S{0,6}\s*之间`)

// reWhichOfRows picks rows out of a set the question names: "which of the
// spare parts come from Ningbo Jinhai" asks for every row that does.
var reWhichOfRows = regexp.MustCompile(`(?i)\bwhich of (?:the|our|these|those|all the)\s+\w+`)

// cueSheet names a sheet as a whole: "which parts are on the spare parts
// list" asks for its rows.
var cueSheet = []string{" list", " sheet", "清单", "列表"}

// cueLogRows are what a question calls the rows of a log when it asks
// which of them did something: "which work orders replaced the seal".
var cueLogRows = []string{"work orders", "jobs", "breakdowns", "repairs", "service calls", "call-outs", "callouts", "工单", "维修记录", "报修"}

// Answer reads the tables the caller may see, picks the one the question
// is about and runs its plan. A question the rules cannot read goes to
// the planner, when there is one, with the most relevant table's schema;
// a plan it writes that does not validate is not run. Answer returns nil
// when no table answers.
func Answer(ctx context.Context, tr kg.TableReader, clearance kg.Audience, question string, opts Options) (*Result, error) {
	if !Asks(question) {
		return nil, nil
	}
	tables, err := Load(ctx, tr, clearance)
	if err != nil {
		return nil, kg.Wrap("tableq.Answer", err)
	}
	return AnswerOver(ctx, tables, question, opts)
}

// AnswerOver is Answer over tables already loaded, which it does not
// change: questions answered at once may share them.
func AnswerOver(ctx context.Context, tables []*Table, question string, opts Options) (*Result, error) {
	const op = "tableq.Answer"
	if !Asks(question) {
		return nil, nil
	}
	var best *Table
	var plan Parsed
	main, small := tables[:min(len(tables), MainTables)], tables[min(len(tables), MainTables):]
	declined := false
	for _, t := range main {
		p, ok := ParseWith(t, question, opts.Translate)
		declined = declined || p.Declined
		if ok && p.Score > plan.Score {
			best, plan = t, p
		}
	}
	if declined {
		return nil, nil // the table that holds the answer gives none: another's figure would be a wrong one
	}
	if best == nil {
		best, plan = bySubject(main, question, opts.Translate, opts.Said)
	}
	if best == nil {
		best, plan = figureOverSmall(small, question, opts.Translate)
	}
	if best == nil {
		res, err := modelPlan(ctx, tables, question, opts.Planner)
		if res == nil && err == nil {
			if noun := Absent(tables, question); noun != "" {
				return &Result{Absent: noun}, nil
			}
		}
		return res, err
	}
	if namesOtherKind(tables, best, question) {
		return nil, nil
	}
	res, err := Execute(best, plan.Plan)
	if err != nil {
		return nil, kg.Wrap(op, err)
	}
	res.Noun, res.Unit = RowNoun(question), best.ColumnUnit(plan.Plan.Column)
	if res.Noun == "" && (countsRows(res.Plan) || figureOfRows(res.Plan)) {
		res.Noun = kindRowNoun[best.Kind] // "replaced 4 times": 4 work orders, not 4 rows
	}
	res.Money = best.IsMoney(plan.Plan.Column)
	if res.Unit == "" && !res.Money && figureOfRows(res.Plan) {
		res.Unit = best.rowsUnit(res.Rows) // "most recommended stock: 5 pcs"
	}
	if plan.Plan.Pieces {
		res.Unit = best.piecesUnit(best.filter(plan.Plan.Filters))
	}
	res.Listed = res.Plan.Aggregate == "count" && len(res.Plan.Show) == 0 && res.Count <= maxListed && asksWhich(question)
	if i := best.quantityColumn(); res.Listed && i >= 0 && reAsksQuantities.MatchString(question) {
		res.Plan.Show = append(res.Plan.Show, best.Columns[i].Name) // "列出所有备件及数量": each row with its count
	}
	return res, nil
}

// modelPlan asks the planner for a plan over the table the question is
// most about. A failed call or an invalid plan answers nothing rather
// than failing the question: the ordinary retrieval still answers it.
func modelPlan(ctx context.Context, tables []*Table, question string, pl Planner) (*Result, error) {
	if pl == nil {
		return nil, nil
	}
	var best *Table
	score := 0
	for _, t := range tables {
		if s := t.relevance(question); s > score {
			best, score = t, s
		}
	}
	if best == nil {
		return nil, nil
	}
	raw, err := pl.PlanTable(ctx, question, best.Schema())
	if err != nil {
		return nil, ctx.Err()
	}
	p, err := DecodePlan(raw)
	if err != nil {
		return nil, nil
	}
	res, err := Execute(best, p)
	if err != nil {
		return nil, nil
	}
	res.ByModel = true
	res.Noun, res.Unit = RowNoun(question), best.ColumnUnit(p.Column)
	res.Money = best.IsMoney(p.Column)
	return res, nil
}

// Load reads the visible tables, largest first, in one round trip where
// the store can. A single row is a record, not a table to compute over.
func Load(ctx context.Context, tr kg.TableReader, clearance kg.Audience) ([]*Table, error) {
	loaded, err := kg.LoadTables(ctx, tr, clearance, MaxTables, 2)
	if err != nil {
		return nil, err
	}
	out := make([]*Table, 0, len(loaded))
	for _, lt := range loaded {
		rows := lt.Chunks
		if less := func(i, j int) bool { return rows[i].Ordinal < rows[j].Ordinal }; !sort.SliceIsSorted(rows, less) {
			// The rows may be shared between questions: sort a copy.
			rows = slices.Clone(rows)
			sort.SliceStable(rows, func(i, j int) bool { return rows[i].Ordinal < rows[j].Ordinal })
		}
		t, err := NewTable(lt.Table, rows)
		if err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	linkCodes(out)
	return out, nil
}

// maxListed bounds the rows a count names besides its figure.
const maxListed = 15

// asksWhich reports a question that asks which rows besides a figure:
// "哪些零件 … 有几个", "how many …, and which are they".
func asksWhich(question string) bool {
	q := newQuestion(question)
	return q.has(cueList) || q.has(cueDistinct)
}

// Describe is the result in one line for the retrieval trace.
func (r *Result) Describe() string {
	var b strings.Builder
	b.WriteString(r.Table.Ref.DocTitle)
	for _, sec := range r.Table.Ref.Section {
		if sec != r.Table.Ref.DocTitle {
			b.WriteString(" > " + sec)
		}
	}
	b.WriteString(": " + r.Plan.String())
	if r.ByModel {
		b.WriteString(" (plan written by the answer model)")
	}
	return b.String()
}

// reAsksQuantities is a listing that asks each row's quantity beside it:
// "list the spares with their quantities", "列出所有推荐备件及数量".
var reAsksQuantities = regexp.MustCompile(`(?i)\bquantit(?:y|ies)\b|\bhow many of each\b|数量|各多少|各几`)

// quantityColumn is the column that counts each row: the quantity role
// where the sheet has one, else its only numeric column that is neither a
// cost nor a multiplier ("Recommended stock"), else none.
func (t *Table) quantityColumn() int {
	if i := t.roleColumn("qty"); i >= 0 && t.Columns[i].Numeric {
		return i
	}
	found := -1
	for i, c := range t.Columns {
		if !c.Numeric || c.Role == "cost" || c.Role == "multiplier" {
			continue
		}
		if found >= 0 {
			return -1 // two counts: which one is meant is not said
		}
		found = i
	}
	return found
}

// figureOverSmall reads a question over the small tables as a figure over
// a column they name ("which joint has the largest range"), the product
// named being what a manual's table is of: their rows
// are few, and a mere count or listing of them is what the passages they
// sit in already say.
func figureOverSmall(tables []*Table, question string, tr Translate) (*Table, Parsed) {
	var best *Table
	var plan Parsed
	for _, t := range tables {
		p, ok := parse(t, question, tr, productNamed(t, question))
		if !ok || !numericAgg[p.Plan.Aggregate] || p.Score <= plan.Score {
			continue
		}
		best, plan = t, p
	}
	return best, plan
}
