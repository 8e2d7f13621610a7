package assistant

import (
	"slices"
	"strings"
	"unicode"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// keyedRowShare is, for a table row the question names by its key ("work
// order 2448", "工单 2448 做的是什么工作"), the share of the question's
// terms the row holds once the terms that only name its columns are left
// out: the asker names the record and the columns it wants, the row
// holds their values, all of them, or the row does not answer. ok is
// false for a passage that is no such row.
func keyedRowShare(q retrieval.Question, c kg.Chunk, codes []string) (float64, bool) {
	if c.Kind != "table_row" {
		return 0, false
	}
	cells := rowCells(c.Text)
	if !namesKeyCell(cells, codes) {
		return 0, false
	}
	rest := withoutPhrasing(withoutHeaders(q, cells))
	if len(rest.Terms) > 0 && share(rest, retrieval.TokenSet(c.Text)) < 1 {
		return 0, false // "who was the technician on it": a column the row lacks
	}
	return 1, true
}

// columnsName reports that the row's column names, in all their
// synonyms, hold every term of the asked attribute: "做的是什么工作" asks
// the work description column of the work order it names.
func columnsName(aq retrieval.Question, c kg.Chunk) bool {
	if len(aq.Terms) == 0 {
		return false
	}
	var hs strings.Builder
	for _, x := range rowCells(c.Text) {
		hs.WriteString(strings.Join(fieldNames(x.header), " ") + " ")
	}
	return aq.Covered(retrieval.TokenSet(hs.String())) == 1
}

// withoutPhrasing drops the words a question phrases with ("done", "做").
func withoutPhrasing(q retrieval.Question) retrieval.Question {
	var terms []string
	for _, t := range q.Terms {
		if !phrasingWords[t] {
			terms = append(terms, t)
		}
	}
	q.Terms = terms
	return q
}

// namesKeyCell reports a cell whose whole value is one of the question's
// codes or figures, under a column whose names call it an identifier, or
// in a log's first column, which keys its rows ("Work Order: WO-25-0256").
func namesKeyCell(cells []cell, codes []string) bool {
	for i, c := range cells {
		if !idHeader(c.header) && !(i == 0 && recordNumber(c.value)) {
			continue
		}
		for _, code := range codes {
			if strings.EqualFold(strings.TrimSpace(c.value), code) {
				return true
			}
		}
	}
	return false
}

// recordNumber is a value that numbers a record: digits and letters, as
// long as a work order's number, not a level or a quantity.
func recordNumber(v string) bool {
	v = strings.TrimSpace(v)
	return len(v) >= 4 && hasDigit(v) && !strings.ContainsAny(v, " ;")
}

// keyTerms are what may name a record's key: the question's codes, and
// its terms with a figure that name a linked record whole ("WO-25-0256
// 换口环那次"), which codeTerms leaves to the graph.
func keyTerms(ev *retrieval.Evidence) []string {
	out := slices.Clone(codeTerms(ev))
	for _, t := range ev.Question.Terms {
		if hasDigit(t) && len(t) >= 4 && !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

// idHeaderWords mark a column of identifiers: "PONumber", "Order No",
// "Asset ID", "工单号", "编号".
var idHeaderWords = []string{"number", "no", "id", "#", "code", "编号", "单号", "代码"}

func idHeader(h string) bool {
	lower := strings.ToLower(h)
	for _, w := range idHeaderWords {
		if w == "no" || w == "id" {
			if wordInText(lower, w) || strings.HasSuffix(lower, w) {
				return true
			}
			continue
		}
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// quotesKeyedRow reports that passage n is a table row the question names
// by its key.
func quotesKeyedRow(ev *retrieval.Evidence, n int) bool {
	it, ok := ev.Item(n)
	return ok && it.Chunk.Kind == "table_row" && namesKeyCell(rowCells(it.Chunk.Text), codeTerms(ev))
}

// namesKind reports a question that names the kind of record typ is, in
// English or through the glossary ("工单" for WorkOrder): "work order
// 2021" names a record, "my 2021 280 M5" a year.
func namesKind(question, typ string) bool {
	kind := kindWords(typ)
	if kind == "" {
		return false
	}
	if wordInText(strings.ToLower(question), kind) {
		return true
	}
	for _, g := range retrieval.Gloss(question, "zh", 20) {
		if strings.HasSuffix(strings.ToLower(g), " = "+kind) {
			return true
		}
	}
	return false
}

// kindWords spells an entity type as words: "WorkOrder" is "work order".
func kindWords(typ string) string {
	var b strings.Builder
	for i, r := range typ {
		if unicode.IsUpper(r) && i > 0 {
			b.WriteByte(' ')
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}
