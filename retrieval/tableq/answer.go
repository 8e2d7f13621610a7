package tableq

import (
	"context"
	"sort"
	"strings"

	"github.com/kgassist/kgassist/kg"
)

// MaxTables bounds how many of the visible tables one question reads.
const MaxTables = 24

// Asks reports whether a question asks for a figure or listing over rows
// at all, so ordinary questions cost no table reads.
func Asks(question string) bool {
	q := newQuestion(question)
	return q.has(cuePercent) || q.has(cueAvg) || q.has(cueSum) || q.has(cueCount) || q.has(cueMax) ||
		q.has(cueMin) || q.has(cueMost) || q.has(cueFewest) || q.has(cueDistinct) || q.has(cueOrder) ||
		(q.has(cueList) && (q.has(cueMissing) || q.has(cueGT) || q.has(cueLT)))
}

// Answer reads the tables the caller may see, picks the one the question
// is about and runs its plan. It returns nil when no table answers.
// translate, when not nil, reads Chinese terms against English sheets.
func Answer(ctx context.Context, tr kg.TableReader, clearance kg.Audience, question string, translate Translate) (*Result, error) {
	const op = "tableq.Answer"
	if !Asks(question) {
		return nil, nil
	}
	tables, err := Load(ctx, tr, clearance)
	if err != nil {
		return nil, kg.Wrap(op, err)
	}
	var best *Table
	var plan Parsed
	for _, t := range tables {
		if p, ok := ParseWith(t, question, translate); ok && p.Score > plan.Score {
			best, plan = t, p
		}
	}
	if best == nil {
		return nil, nil
	}
	res, err := Execute(best, plan.Plan)
	return res, kg.Wrap(op, err)
}

// Load reads the visible tables, largest first.
func Load(ctx context.Context, tr kg.TableReader, clearance kg.Audience) ([]*Table, error) {
	refs, err := tr.Tables(ctx, clearance, MaxTables)
	if err != nil {
		return nil, err
	}
	out := make([]*Table, 0, len(refs))
	for _, ref := range refs {
		if ref.Rows < 2 {
			continue // a single row is a record, not a table to compute over
		}
		rows, err := tr.TableRows(ctx, clearance, kg.TableQuery{DocumentID: ref.DocumentID, Section: ref.Section})
		if err != nil {
			return nil, err
		}
		sort.SliceStable(rows, func(i, j int) bool { return rows[i].Ordinal < rows[j].Ordinal })
		t, err := NewTable(ref, rows)
		if err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, nil
}

// Describe is the result in one line for the retrieval trace.
func (r *Result) Describe() string {
	var b strings.Builder
	b.WriteString(r.Table.Ref.DocTitle)
	if len(r.Table.Ref.Section) > 0 {
		b.WriteString(" > " + strings.Join(r.Table.Ref.Section, " > "))
	}
	b.WriteString(": " + r.Plan.String())
	return b.String()
}
