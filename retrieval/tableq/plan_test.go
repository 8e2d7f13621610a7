package tableq

import (
	"bufio"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/kg"
)

// Plans as a language model would write them, over the demo FMEA: the
// valid ones give the figure the source file gives, the others a clear
// EINVALID error before anything runs.
func TestPlansAreValidatedBeforeTheyRun(t *testing.T) {
	tb := loadTable(t, "examples/demo/internal/fmea.xlsx")
	f, err := os.Open(filepath.Join("testdata", "plans.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		var c struct {
			Plan  json.RawMessage `json:"plan"`
			Value float64         `json:"value"`
			Error string          `json:"error"`
		}
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("plans.jsonl line %d: %v", n, err)
		}
		p, err := DecodePlan(c.Plan)
		if err != nil {
			t.Fatalf("line %d: %v", n, err)
		}
		res, err := Execute(tb, p)
		switch {
		case c.Error != "":
			if err == nil || kg.ErrorCode(err) != kg.EINVALID || !strings.Contains(err.Error(), c.Error) {
				t.Errorf("line %d: error %v, want EINVALID %q", n, err, c.Error)
			}
		case err != nil:
			t.Errorf("line %d: %v", n, err)
		case math.Abs(res.Value-c.Value) > 0.01:
			t.Errorf("line %d: [%s] = %v, want %v", n, p, res.Value, c.Value)
		}
	}
}

func TestDecodePlanRefusesUnknownFields(t *testing.T) {
	for _, in := range []string{`{"aggregate":"count","where":"1=1"}`, `not json`, `{"aggregate":"count"} {"aggregate":"sum"}`} {
		if _, err := DecodePlan([]byte(in)); kg.ErrorCode(err) != kg.EINVALID {
			t.Errorf("DecodePlan(%s) = %v, want EINVALID", in, err)
		}
	}
}

// A value holding "; " or ": " stays one cell; a header only some rows
// fill stays a column.
func TestNewTableSplitsRowsByTheirHeaders(t *testing.T) {
	rows := []kg.Chunk{
		{ID: "1", Text: "Item: Seal; Cause: dry running; tank cleaning; Note: see SOP: 4; RPN: 120"},
		{ID: "2", Text: "Cause: worn faces; RPN: 80; Action: replace"},
		{ID: "3", Text: "Item: Bearing; Cause: no grease; RPN: 90"},
	}
	tb, err := NewTable(kg.Table{DocumentID: "d"}, rows)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, c := range tb.Columns {
		names = append(names, c.Name)
	}
	sort.Strings(names)
	if got := strings.Join(names, "|"); got != "Action|Cause|Item|RPN" {
		t.Fatalf("columns %s", got)
	}
	if got := tb.Rows[0].Cell(tb.Column("Cause")); got != "dry running; tank cleaning; Note: see SOP: 4" {
		t.Fatalf("cause cell %q", got)
	}
	if got := tb.Rows[1].Cell(tb.Column("Action")); got != "replace" {
		t.Fatalf("action cell %q", got)
	}
	if !tb.Columns[tb.Column("RPN")].Numeric || tb.Columns[tb.Column("Item")].Numeric {
		t.Fatalf("numeric columns wrong: %+v", tb.Columns)
	}
}
