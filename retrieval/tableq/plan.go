package tableq

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/kgassist/kgassist/kg"
)

// Plan is a query over one table. Filters keep rows; the aggregate runs
// over what is kept, per group when GroupBy is set; groups are ordered by
// their value and cut to Limit. A plan is data, so a language model may
// write one and Validate checks it against the table before it runs.
type Plan struct {
	Filters []Filter `json:"filters,omitempty"`
	// Aggregate is count, sum, avg, min, max, percent, distinct or list.
	Aggregate string `json:"aggregate"`
	// Column is what sum, avg, min, max and distinct read.
	Column  string `json:"column,omitempty"`
	GroupBy string `json:"group_by,omitempty"`
	// GroupPart groups a date column by its year or month.
	GroupPart string `json:"group_part,omitempty"`
	// Order is desc or asc; groups, and list rows by Column.
	Order string `json:"order,omitempty"`
	Limit int    `json:"limit,omitempty"`
	// Times are numeric columns each row's Column is multiplied by before
	// a sum or average: the cost of a part times how many are needed.
	Times []string `json:"times,omitempty"`
	// Show are columns whose values the answer gives for each row it
	// names: "the recommended action for the failure mode with the
	// highest RPN".
	Show []string `json:"show,omitempty"`
	// Pieces makes a count over a levelled BOM a count of pieces: each
	// kept line's quantity times those of the assemblies holding it, up
	// to the assembly an under filter names.
	Pieces bool `json:"pieces,omitempty"`
	// Holder makes a listing over a levelled BOM name the assembly that
	// holds each kept line: "which assembly is the shim set in".
	Holder bool `json:"holder,omitempty"`
	// Over keeps only the groups whose figure is above it: "parts in
	// more than one assembly" are those with over 1 distinct assembly.
	Over float64 `json:"over,omitempty"`
}

// Filter keeps the rows whose Column satisfies Op against Value.
//   - eq: the cell equals Value (case-insensitive); eq filters on one
//     column keep the rows that equal any of their values
//   - match: the cell holds Value's words; Column "*" means any of the
//     columns that say what a row is about (item, failure mode, symptom)
//   - mention: as match, but Column "*" means any text column
//   - gt, ge, lt, le: numeric comparison
//   - has, missing: the cell has a value, or is empty
//   - year: the cell is a date in the year Value; month: in the month
//     Value, written 2026-03
//   - not: the cell does not hold Value's words ("not in-house")
//   - series: the cell is a part number in the series Value, its
//     leading block ("1118" of 1118-0024-0096); several are alternatives
//   - under: the row is held, at any depth, by the assembly whose key
//     column is Value, by the sheet's level column
type Filter struct {
	Column string `json:"column"`
	Op     string `json:"op"`
	Value  string `json:"value,omitempty"`
}

// AnyColumn in a match filter searches every text column.
const AnyColumn = "*"

var (
	aggregates = map[string]bool{"count": true, "sum": true, "avg": true, "min": true, "max": true, "percent": true, "distinct": true, "list": true}
	numericAgg = map[string]bool{"sum": true, "avg": true, "min": true, "max": true}
	filterOps  = map[string]bool{"eq": true, "match": true, "mention": true, "gt": true, "ge": true, "lt": true, "le": true, "has": true, "missing": true, "year": true, "month": true, "month_ge": true, "month_le": true, "not": true, "under": true, "child": true, "series": true}
)

// MaxLimit bounds top-n and listings.
const MaxLimit = 100

// Validate checks p against t: known aggregate and operators, columns
// that exist, numbers where numbers are compared or added.
func (p Plan) Validate(t *Table) error {
	const op = "tableq.Validate"
	bad := func(format string, args ...any) error {
		return kg.Errorf(kg.EINVALID, "%s: %s", op, fmt.Sprintf(format, args...))
	}
	if !aggregates[p.Aggregate] {
		return bad("unknown aggregate %q", p.Aggregate)
	}
	if numericAgg[p.Aggregate] || p.Aggregate == "distinct" || p.Aggregate == "percent" && p.Column != "" {
		i := t.Column(p.Column)
		if i < 0 {
			return bad("%s needs a column of the table, got %q", p.Aggregate, p.Column)
		}
		if p.Aggregate != "distinct" && !t.Columns[i].Numeric {
			return bad("%s needs a numeric column; %q is not", p.Aggregate, p.Column)
		}
	} else if p.Column != "" && t.Column(p.Column) < 0 {
		return bad("unknown column %q", p.Column)
	}
	if p.GroupBy == HolderGroup && !t.levelled() {
		return bad("group_by %q needs a sheet with level and quantity columns", HolderGroup)
	}
	if p.GroupBy != "" && p.GroupBy != HolderGroup && t.Column(p.GroupBy) < 0 {
		return bad("unknown group_by column %q", p.GroupBy)
	}
	if p.Over != 0 && (p.GroupBy == "" || p.Over < 0) {
		return bad("over keeps groups above a figure, and needs a group_by")
	}
	if p.GroupPart != "" && (p.GroupPart != "year" && p.GroupPart != "month" || p.GroupBy == "" || !t.isDateColumn(t.Column(p.GroupBy))) {
		return bad("group_part is year or month of a date column, got %q of %q", p.GroupPart, p.GroupBy)
	}
	if p.Order != "" && p.Order != "asc" && p.Order != "desc" {
		return bad("order is asc or desc, got %q", p.Order)
	}
	for _, c := range p.Times {
		if i := t.Column(c); i < 0 || !t.Columns[i].Numeric || !timesAggregates[p.Aggregate] && !p.Pieces {
			return bad("times needs numeric columns and a sum, avg, max or min, got %q", c)
		}
	}
	for _, c := range p.Show {
		if t.Column(c) < 0 {
			return bad("unknown show column %q", c)
		}
	}
	if p.Pieces && (p.Aggregate != "count" || p.GroupBy != "" || !t.levelled() && !t.multiplied()) {
		return bad("pieces counts over a sheet with level and quantity columns, without groups")
	}
	if p.Holder && (p.Aggregate != "list" || !t.levelled()) {
		return bad("holder lists over a sheet with level and quantity columns")
	}
	if p.Limit < 0 || p.Limit > MaxLimit {
		return bad("limit %d is outside 0..%d", p.Limit, MaxLimit)
	}
	for _, f := range p.Filters {
		if !filterOps[f.Op] {
			return bad("unknown filter operator %q", f.Op)
		}
		if f.Column == AnyColumn && (f.Op == "match" || f.Op == "mention") {
			continue
		}
		i := t.Column(f.Column)
		if i < 0 {
			return bad("filter on unknown column %q", f.Column)
		}
		switch f.Op {
		case "gt", "ge", "lt", "le":
			if _, ok := Number(f.Value); !ok || !t.Columns[i].Numeric {
				return bad("%s %s %q needs a numeric column and a number", f.Column, f.Op, f.Value)
			}
		case "year", "month", "month_ge", "month_le":
			if !reDateValue[strings.TrimSuffix(strings.TrimSuffix(f.Op, "_ge"), "_le")].MatchString(f.Value) || !t.isDateColumn(i) {
				return bad("%s %s %q needs a date column and a %s", f.Column, f.Op, f.Value, f.Op)
			}
		case "eq", "match", "mention", "not", "under", "child", "series":
			if strings.TrimSpace(f.Value) == "" {
				return bad("%s %s needs a value", f.Column, f.Op)
			}
		}
	}
	return nil
}

// String is the plan as one line for the retrieval trace.
func (p Plan) String() string {
	var b strings.Builder
	b.WriteString(p.Aggregate)
	if p.Column != "" {
		b.WriteString("(" + strings.Join(append([]string{p.Column}, p.Times...), " × ") + ")")
	}
	for i, f := range p.Filters {
		switch {
		case i == 0:
			b.WriteString(" where ")
		case f.Op == "eq" && p.Filters[i-1].Op == "eq" && p.Filters[i-1].Column == f.Column:
			b.WriteString(" or ")
		default:
			b.WriteString(" and ")
		}
		b.WriteString(f.Column + " " + f.Op)
		if f.Value != "" {
			fmt.Fprintf(&b, " %q", f.Value)
		}
	}
	if p.GroupPart != "" {
		b.WriteString(" by " + p.GroupPart + "(" + p.GroupBy + ")")
	} else if p.GroupBy != "" {
		b.WriteString(" by " + p.GroupBy)
	}
	if p.Order != "" {
		b.WriteString(" " + p.Order)
	}
	if p.Limit > 0 {
		fmt.Fprintf(&b, " limit %d", p.Limit)
	}
	if len(p.Show) > 0 {
		b.WriteString(" show " + strings.Join(p.Show, ", "))
	}
	if p.Pieces {
		b.WriteString(" in pieces")
	}
	if p.Holder {
		b.WriteString(" holders")
	}
	if p.Over > 0 {
		fmt.Fprintf(&b, " over %g", p.Over)
	}
	return b.String()
}

// DecodePlan reads a plan written as JSON, refusing fields it does not
// know, so a model's plan is checked as strictly as a parsed one.
func DecodePlan(data []byte) (Plan, error) {
	const op = "tableq.DecodePlan"
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var p Plan
	if err := dec.Decode(&p); err != nil {
		return Plan{}, kg.WrapCode(kg.EINVALID, op, err)
	}
	if dec.More() {
		return Plan{}, kg.Errorf(kg.EINVALID, "%s: more than one plan", op)
	}
	return p, nil
}

// timesAggregates may weigh each row's figure by its quantity: a line's
// cost is its unit price times how many, summed, averaged or the
// highest of them.
var timesAggregates = map[string]bool{"sum": true, "avg": true, "max": true, "min": true, "percent": true}
