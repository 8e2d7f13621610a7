package tableq

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/kgassist/kgassist/ingest/extract"
	"github.com/kgassist/kgassist/kg"
)

// Table is one table read back from its row chunks.
type Table struct {
	Ref     kg.Table
	Kind    string // fmea, bom, worklog, ... as the mappings classify it
	Columns []Column
	Rows    []Row
	// synonyms are the header words of each role of Kind.
	synonyms map[string][]string
	// Read once per column, when first asked for: memo guards them, so
	// that questions answered at once may share a table.
	memo       sync.Mutex
	distinct   [][]string
	valueForms [][]valueForm
	names      [][]string         // columnNames
	titleNames []string           // what the title and section path are called
	textCols   []int              // textColumns
	searchCols []int              // searchColumns
	kindsRead  bool               // textCols and searchCols are set
	rowHits    map[Filter]bool    // anyRow's answers
	phraseHits map[[2]string]bool // holdsPhrase's answers
	sizedHits  map[string]bool    // isSizedName's answers
	headStems  map[string]bool    // headerWord's stems
	// codeNames are what the parts lists beside a log call the part
	// numbers its rows hold, lower-cased; set once when tables are loaded.
	codeNames map[string]string
}

// Column is one column of a table.
type Column struct {
	Name    string `json:"name"`
	Role    string `json:"role,omitempty"`
	Numeric bool   `json:"numeric,omitempty"`
	// Filled counts the rows with a value, Distinct their distinct values.
	Filled   int `json:"filled"`
	Distinct int `json:"distinct"`
	// Currency is the symbol the column's figures are written with.
	Currency string `json:"currency,omitempty"`
}

// Row is one row: its cells by column index and the chunk to cite.
type Row struct {
	Chunk kg.Chunk
	Cells []string
}

// Cell returns the value of column i.
func (r Row) Cell(i int) string {
	if i < 0 || i >= len(r.Cells) {
		return ""
	}
	return r.Cells[i]
}

var reHeader = regexp.MustCompile(`^([^:;\n]{1,60}): `)

// NewTable rebuilds a table from its row chunks, which repeat the header
// in each row ("Part No.: P-100; Qty: 1"). A header is a prefix that
// several rows share, so a value holding "; " or ": " stays whole; empty
// cells were left out at ingest and stay empty.
func NewTable(ref kg.Table, chunks []kg.Chunk) (*Table, error) {
	headers := headerOrder(chunks)
	idx := map[string]int{}
	for i, h := range headers {
		idx[h] = i
	}
	t := &Table{Ref: ref}
	for _, c := range chunks {
		t.Rows = append(t.Rows, Row{Chunk: c, Cells: splitRow(c.Text, idx)})
	}
	vocab, err := extract.ClassifyHeader(headers)
	if err != nil {
		return nil, err
	}
	t.Kind, t.synonyms = vocab.Kind, vocab.Synonyms
	for i, h := range headers {
		t.Columns = append(t.Columns, Column{Name: h, Role: vocab.Roles[i]})
	}
	t.fillDown()
	t.profile()
	return t, nil
}

// headerOrder finds the headers and orders them as the rows do: a prefix
// several rows share, or one the table mappings know as a header.
func headerOrder(chunks []kg.Chunk) []string {
	count := map[string]int{}
	pos := map[string]float64{}
	for _, c := range chunks {
		seen := map[string]bool{}
		for i, seg := range strings.Split(c.Text, "; ") {
			m := reHeader.FindStringSubmatch(seg)
			if m == nil || seen[m[1]] {
				continue
			}
			seen[m[1]] = true
			count[m[1]]++
			pos[m[1]] += float64(i)
		}
	}
	min := 2
	if len(chunks) < 3 {
		min = 1
	}
	var out []string
	for h, n := range count {
		if n >= min || extract.KnownHeader(h) {
			out = append(out, h)
		}
	}
	sort.Slice(out, func(a, b int) bool {
		pa, pb := pos[out[a]]/float64(count[out[a]]), pos[out[b]]/float64(count[out[b]])
		if pa != pb {
			return pa < pb
		}
		return out[a] < out[b]
	})
	return out
}

func splitRow(text string, idx map[string]int) []string {
	cells := make([]string, len(idx))
	cur := -1
	for _, seg := range strings.Split(text, "; ") {
		if m := reHeader.FindStringSubmatch(seg); m != nil {
			if i, ok := idx[m[1]]; ok && cells[i] == "" {
				cur = i
				cells[i] = strings.TrimSpace(seg[len(m[0]):])
				continue
			}
		}
		if cur >= 0 {
			cells[cur] += "; " + seg
		}
	}
	return cells
}

// fillRoles are the columns a sheet merges down: a blank there repeats
// the row above, as ingest reads it.
var fillRoles = []string{"subsystem", "component", "subcomponent", "function", "failure_mode", "effect", "assembly"}

func (t *Table) fillDown() {
	var cols []int
	for _, role := range fillRoles {
		if i := t.roleColumn(role); i >= 0 {
			cols = append(cols, i)
		}
	}
	if t.Kind != "fmea" && t.Kind != "bom" {
		return
	}
	last := make([]string, len(t.Columns))
	for _, r := range t.Rows {
		carrying := true
		for _, i := range cols {
			switch {
			case r.Cells[i] != "":
				carrying = false
			case carrying:
				r.Cells[i] = last[i]
			}
			last[i] = r.Cells[i]
		}
	}
}

func (t *Table) profile() {
	for i := range t.Columns {
		seen := map[string]bool{}
		nums := 0
		for _, r := range t.Rows {
			v := r.Cells[i]
			if isNull(v) {
				continue
			}
			t.Columns[i].Filled++
			seen[strings.ToLower(v)] = true
			if _, ok := Number(v); ok {
				nums++
				if t.Columns[i].Currency == "" {
					t.Columns[i].Currency = currencyOf(v)
				}
			}
		}
		c := &t.Columns[i]
		c.Distinct = len(seen)
		c.Numeric = c.Filled > 0 && nums*10 >= c.Filled*9
	}
}

func (t *Table) roleColumn(role string) int {
	for i, c := range t.Columns {
		if c.Role == role {
			return i
		}
	}
	return -1
}

// Column returns the index of the column named name (case-insensitive).
func (t *Table) Column(name string) int {
	for i, c := range t.Columns {
		if strings.EqualFold(c.Name, name) {
			return i
		}
	}
	return -1
}

// Name is how the table is called in answers: its section, else its
// document's title.
func (t *Table) Name() string {
	n := len(t.Ref.Section)
	if n == 0 || genericSheet(t.Ref.Section[n-1], t.Ref.DocTitle) {
		return spokenName(t.Ref.DocTitle)
	}
	return spokenName(t.Ref.Section[n-1])
}

// spokenName is a file's or sheet's name as people say it: "maintenance
// log" for maintenance_log, where the name is one underscored word.
func spokenName(name string) string {
	if strings.ContainsAny(name, " \t") || !strings.Contains(name, "_") {
		return name
	}
	return strings.ReplaceAll(name, "_", " ")
}

// genericSheet reports a sheet name that says less than its workbook's
// title: "FMEA" in "HF-CP200 design and process FMEA", or "Sheet1".
func genericSheet(sheet, title string) bool {
	if title == "" {
		return false
	}
	return strings.Contains(strings.ToLower(title), strings.ToLower(sheet)) || defaultSheetName.MatchString(sheet)
}

var defaultSheetName = regexp.MustCompile(`(?i)^\s*(?:sheet|工作表|表)\s*\d*\s*$`)

// currencyOf is the currency symbol a figure starts with.
func currencyOf(v string) string {
	for _, c := range []string{"$", "€", "£", "¥", "￥"} {
		if strings.HasPrefix(strings.TrimSpace(v), c) {
			return c
		}
	}
	return ""
}

var reNum = regexp.MustCompile(`^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?$`)

// Number reads a cell as a number: "42", "1,250.5", "$25.27", "6.5 h".
func Number(s string) (float64, bool) {
	s = strings.TrimSpace(s)
	s = strings.TrimLeft(s, "$€£¥￥")
	if i := strings.IndexAny(s, " \t"); i > 0 {
		s = s[:i] // a unit after the figure
	}
	if s == "" || !reNum.MatchString(s) || s == "." || s == "-" || s == "+" {
		return 0, false
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
	return f, err == nil
}

// nulls are cells that say there is no value.
var nulls = map[string]bool{"": true, "-": true, "--": true, "—": true, "n/a": true, "na": true, "none": true,
	"null": true, "nil": true, "/": true, "无": true, "tbd": true, "tbc": true}

func isNull(v string) bool {
	return nulls[strings.ToLower(strings.TrimSpace(v))] || extract.NullValue(v)
}
