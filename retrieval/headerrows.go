package retrieval

import (
	"sort"
	"strings"
	"unicode"
)

// A table of figures repeats its header and title in every row: each
// point of a pump's curve says "Flow (m³/h)" and "Head (m)" under
// "Performance curve points", its cells only numbers. A question whose
// words such a row holds only there has found the table, not the row, and
// the rows would fill the budget as equals, pushing out the row or
// sentence that states what is asked ("Rated head: 32 m"). The best few
// such rows of a table keep their place; the others fall behind the
// passages that hold the question's words themselves. Rows of words
// ("Symptom: motor trips") each say something else, and keep theirs.
const (
	headerRowsKept  = 2
	headerRowFactor = 0.3
)

func demoteHeaderOnlyRows(q Question, f *fusion) {
	all := make([]*candidate, 0, len(f.order))
	for _, id := range f.order {
		all = append(all, f.byID[id])
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].score > all[j].score })
	kept := map[string]int{} // header-only rows seen of each table
	for _, c := range all {
		if c.forced || c.reserved || c.chunk.Kind != "table_row" {
			continue
		}
		values := rowValues(c.chunk.Text)
		if !figuresOnly(values) || q.Covered(TokenSet(strings.Join(values, " "))) > 0 {
			continue
		}
		table := c.chunk.DocumentID + "\x00" + c.chunk.SectionPath()
		if kept[table]++; kept[table] > headerRowsKept {
			c.score *= headerRowFactor
		}
	}
}

// rowValues are a row passage's cells without their headers: "Flow
// (m³/h): 40; Head (m): 32.0" holds "40" and "32.0".
func rowValues(text string) []string {
	var out []string
	for _, cell := range strings.Split(text, "; ") {
		if _, v, ok := strings.Cut(cell, ": "); ok {
			cell = v
		}
		out = append(out, cell)
	}
	return out
}

// figuresOnly reports cells with no letter in them: numbers, signs and
// dashes.
func figuresOnly(cells []string) bool {
	for _, c := range cells {
		if strings.IndexFunc(c, unicode.IsLetter) >= 0 {
			return false
		}
	}
	return true
}
