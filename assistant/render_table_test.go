package assistant

import (
	"slices"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
	"github.com/kgassist/kgassist/retrieval/tableq"
)

// A figure over a whole table reads as a sentence in the asker's
// language, with the figure, the conditions and the rows' citations.
func TestRenderTableInBothLanguages(t *testing.T) {
	count := retrieval.Computed{Kind: "table", Subject: "FMEA", Op: "count", Count: 7, TableRows: 25, Cites: []int{1, 2},
		Plan: &tableq.Plan{Aggregate: "count", Filters: []tableq.Filter{{Column: "RPN", Op: "gt", Value: "100"}}}}
	top := retrieval.Computed{Kind: "table", Subject: "FMEA", Op: "count", Value: 5, Count: 25, TableRows: 25, Cites: []int{3},
		Plan:  &tableq.Plan{Aggregate: "count", GroupBy: "Item", Order: "desc", Limit: 1},
		Lines: []retrieval.Line{{Name: "Mechanical seal", Qty: 5, Props: kg.Props{"rows": "5"}, Cites: []int{3}}}}
	topCounted, topCountedZh := top, top
	topTwo := top
	topTwo.Lines = append(slices.Clone(top.Lines), retrieval.Line{Name: "Impeller", Qty: 5, Props: kg.Props{"rows": "5"}, Cites: []int{3}})
	topCounted.Noun, topCountedZh.Noun = "failure modes", "项"
	avg := retrieval.Computed{Kind: "table", Subject: "FMEA", Op: "avg", Metric: "Severity", Value: 6.4, Count: 5, TableRows: 25, Cites: []int{4},
		Plan: &tableq.Plan{Aggregate: "avg", Column: "Severity", Filters: []tableq.Filter{{Column: tableq.AnyColumn, Op: "match", Value: "seal"}}}}
	missing := retrieval.Computed{Kind: "table", Subject: "FMEA", Op: "list", Count: 12, TableRows: 25, Cites: []int{5},
		Plan:  &tableq.Plan{Aggregate: "list", Filters: []tableq.Filter{{Column: "Recommended Action", Op: "missing"}}},
		Lines: []retrieval.Line{{Name: "Motor — Winding overheating", Cites: []int{5}}}}
	perGroup := retrieval.Computed{Kind: "table", Subject: "FMEA", Op: "distinct", Metric: "Component", Value: 11, Count: 330, TableRows: 330, Cites: []int{6},
		Plan:  &tableq.Plan{Aggregate: "distinct", Column: "Component", GroupBy: "Subsystem", Order: "desc", Limit: 1},
		Lines: []retrieval.Line{{Name: "Electrical System", Qty: 11, Props: kg.Props{"rows": "127"}, Cites: []int{6}}}}
	perGroupCounted := perGroup
	perGroupCounted.Noun = "种" // "哪家 … 的零件号最多？有几种"
	perGroupCounted.Plan = &tableq.Plan{Aggregate: "distinct", Column: "Part No.", GroupBy: "Supplier", Order: "desc", Limit: 1}
	var tied []retrieval.Line
	for _, n := range []string{"1234.01.01", "1234.01.02", "1234.01.03", "1234.01.04", "1234.01.05"} {
		tied = append(tied, retrieval.Line{Name: n, Qty: 9, Props: kg.Props{"rows": "9"}})
	}
	ties := retrieval.Computed{Kind: "table", Subject: "work_orders", Op: "count", Value: 9, Count: 500, TableRows: 500, Cites: []int{1},
		Plan: &tableq.Plan{Aggregate: "count", GroupBy: "Location", Order: "desc", Limit: 1}, Lines: tied}
	extended := retrieval.Computed{Kind: "table", Subject: "parts_list", Op: "sum", Metric: "cost pp", Value: 239.97, Count: 20, TableRows: 47, Cites: []int{1},
		Plan: &tableq.Plan{Aggregate: "sum", Column: "cost pp", Times: []string{"# req in assy"}, Filters: []tableq.Filter{{Column: "assembly", Op: "eq", Value: "body"}}}}
	countWhich := retrieval.Computed{Kind: "table", Subject: "maintenance_log", Op: "count", Count: 4, TableRows: 32, Cites: []int{1, 2},
		Plan:  &tableq.Plan{Aggregate: "count", Show: []string{"Equipment"}, Filters: []tableq.Filter{{Column: tableq.AnyColumn, Op: "mention", Value: "seal"}}},
		Lines: []retrieval.Line{{Name: "S/N 2403015", Props: kg.Props{"rows": "2"}, Cites: []int{1}}, {Name: "S/N 2409210", Props: kg.Props{"rows": "2"}, Cites: []int{2}}}}
	inYear := retrieval.Computed{Kind: "table", Subject: "work_orders", Op: "count", Count: 88, TableRows: 500, Cites: []int{1},
		Plan: &tableq.Plan{Aggregate: "count", Filters: []tableq.Filter{{Column: "Start date", Op: "year", Value: "2001"}}}}
	exactly := retrieval.Computed{Kind: "table", Subject: "FMEA", Op: "count", Count: 56, TableRows: 330, Cites: []int{1},
		Plan: &tableq.Plan{Aggregate: "count", Filters: []tableq.Filter{{Column: "Severity", Op: "ge", Value: "4"}, {Column: "Severity", Op: "le", Value: "4"}}}}
	counted := inYear
	counted.Noun = "work orders"
	countedZh := count
	countedZh.Noun = "次"
	hours := retrieval.Computed{Kind: "table", Subject: "maintenance_log", Op: "sum", Metric: "Downtime (h)", Value: 104, Count: 32, TableRows: 32, Unit: "h", Cites: []int{1},
		Plan: &tableq.Plan{Aggregate: "sum", Column: "Downtime (h)"}}
	longest := retrieval.Computed{Kind: "table", Subject: "maintenance_log", Op: "max", Metric: "Downtime (h)", Value: 18, Count: 32, TableRows: 32, Unit: "h", Cites: []int{1},
		Plan:  &tableq.Plan{Aggregate: "max", Column: "Downtime (h)"},
		Lines: []retrieval.Line{{Name: "WO-25-0031 — Casing cracked", Cites: []int{1}}}}
	held := retrieval.Computed{Kind: "table", Subject: "bom", Op: "count", Count: 7, TableRows: 57, Cites: []int{1},
		Plan: &tableq.Plan{Aggregate: "count", Filters: []tableq.Filter{{Column: "Part No.", Op: "under", Value: "CP200-CTL-00"}}}}
	pieces := retrieval.Computed{Kind: "table", Subject: "bom", Op: "count", Value: 4, Count: 1, TableRows: 57, Noun: "washers", Cites: []int{1, 2},
		Unit: "pcs", Plan: &tableq.Plan{Aggregate: "count", Pieces: true, Filters: []tableq.Filter{{Column: "Part No.", Op: "under", Value: "CP200-BSE-00"}, {Column: tableq.AnyColumn, Op: "match", Value: "washer"}}}}
	piecesZh := pieces
	holder := retrieval.Computed{Kind: "table", Subject: "bom", Op: "list", Count: 1, TableRows: 57, Cites: []int{1},
		Plan:  &tableq.Plan{Aggregate: "list", Holder: true, Filters: []tableq.Filter{{Column: tableq.AnyColumn, Op: "match", Value: "shim"}}},
		Lines: []retrieval.Line{{Name: "CP200-BSE-00 — Base plate assembly", Cites: []int{1}}}}
	piecesZh.Noun = "个"
	all := retrieval.Computed{Kind: "table", Subject: "spare_parts", Op: "count", Count: 13, TableRows: 13, Cites: []int{1},
		Plan: &tableq.Plan{Aggregate: "count"}}
	allKinds, allItems := all, all
	allKinds.Noun, allItems.Noun = "种", "items"
	series := retrieval.Computed{Kind: "table", Subject: "parts_list", Op: "distinct", Metric: "assembly", Value: 2, Count: 3, TableRows: 47, Cites: []int{1},
		Plan:  &tableq.Plan{Aggregate: "distinct", Column: "assembly", Filters: []tableq.Filter{{Column: "part #", Op: "series", Value: "1109"}, {Column: "part #", Op: "series", Value: "1118"}}},
		Lines: []retrieval.Line{{Name: "corner", Cites: []int{1}}}}
	share := retrieval.Computed{Kind: "table", Subject: "parts_list", Op: "percent", Metric: "cost pp", Value: 41.76, Count: 5, TableRows: 47, Money: true, Share: []float64{523.38, 1253.31}, Cites: []int{1},
		Plan: &tableq.Plan{Aggregate: "percent", Column: "cost pp", Times: []string{"# req in assy"}, Filters: []tableq.Filter{{Column: "assembly", Op: "eq", Value: "drive wheel"}}}}
	over := retrieval.Computed{Kind: "table", Subject: "parts_list", Op: "distinct", Metric: "assembly", Value: 2, Count: 47, TableRows: 47, Cites: []int{1},
		Plan:  &tableq.Plan{Aggregate: "distinct", Column: "assembly", GroupBy: "part #", Order: "desc", Over: 1},
		Lines: []retrieval.Line{{Name: "1120-0002-0072", Qty: 2, Props: kg.Props{"rows": "2"}, Cites: []int{1}}}}
	tiedMax := longest
	tiedMax.Tied = 2
	tiedMax.Lines = append(tiedMax.Lines, retrieval.Line{Name: "WO-26-0040 — Motor trips", Cites: []int{2}})
	cases := []struct {
		c    retrieval.Computed
		lang string
		want []string
	}{
		{counted, "en", []string{"88 work orders of “work_orders” have Start date in 2001, out of 500."}},
		{countedZh, "zh", []string{"RPN大于100的共有7次。"}},
		{countedZh, "en", []string{"7 rows of “FMEA”"}},
		{hours, "en", []string{"The total Downtime (h) is 104 h, over the 32 rows"}},
		{hours, "zh", []string{"合计为104 小时"}},
		{tiedMax, "en", []string{"The highest Downtime (h) in “maintenance_log” is 18 h, shared by 2 rows of the 32:\n- WO-25-0031 — Casing cracked [1]\n- WO-26-0040 — Motor trips [2]"}},
		{longest, "en", []string{"The highest Downtime (h) among the 32 rows of “maintenance_log” is 18 h: WO-25-0031 — Casing cracked [1]."}},
		{count, "en", []string{"7 rows of “FMEA” have RPN above 100, out of 25.", "[1][2]"}},
		{count, "zh", []string{"“FMEA”的25条记录中，RPN大于100的共有7条。", "[1][2]"}},
		{top, "en", []string{"Mechanical seal has the most rows in “FMEA”: 5 rows.", "[3]"}},
		{top, "zh", []string{"Mechanical seal的记录最多，为5 条。"}},
		{topCounted, "en", []string{"Mechanical seal has the most rows in “FMEA”: 5 failure modes."}},
		{topTwo, "en", []string{"Mechanical seal and Impeller have the most rows in “FMEA”: 5 rows each."}},
		{topTwo, "zh", []string{"Mechanical seal和Impeller的记录最多，各为5 条。"}},
		{topCounted, "zh", []string{"Mechanical seal的记录最多，为5 条。"}},
		{topCountedZh, "zh", []string{"Mechanical seal的记录最多，为5 项。"}},
		{topCountedZh, "en", []string{"Mechanical seal has the most rows in “FMEA”: 5 rows."}},
		{avg, "en", []string{"The average Severity is 6.4, over the 5 rows of “FMEA” that mention “seal”."}},
		{avg, "zh", []string{"提到“seal”的Severity平均值为6.4（共5条记录）"}},
		{missing, "en", []string{"12 rows of “FMEA” have no Recommended Action:", "- Motor — Winding overheating [5]", "… and 11 more"}},
		{missing, "zh", []string{"Recommended Action为空的记录共12条", "……另有11项"}},
		{ties, "en", []string{"5 values tie for the most rows in “work_orders”, 9 rows each: 1234.01.01, 1234.01.02, 1234.01.03 and 2 more."}},
		{ties, "zh", []string{"“work_orders”中，5项并列记录最多，各为9 条：1234.01.01、1234.01.02、1234.01.03和另外2项。"}},
		{extended, "en", []string{"The total cost pp × # req in assy is 239.97, over the 20 rows of “parts_list” that have assembly “body”."}},
		{countWhich, "en", []string{"4 rows of “maintenance_log” mention “seal”, out of 32. [1][2]\n- S/N 2403015 [1]\n- S/N 2409210 [2]"}},
		{perGroup, "en", []string{"Electrical System has the most distinct values of Component in “FMEA”: 11 distinct values.", "[6]"}},
		{perGroup, "zh", []string{"Electrical System的不同的Component最多，为11 个。"}},
		{perGroupCounted, "zh", []string{"的不同的Part No.最多，为11 种。"}},
		{inYear, "en", []string{"88 rows of “work_orders” have Start date in 2001, out of 500."}},
		{inYear, "zh", []string{"Start date在2001年的共有88条"}},
		{exactly, "en", []string{"56 rows of “FMEA” have Severity of 4, out of 330."}},
		{exactly, "zh", []string{"Severity为4的共有56条"}},
		{held, "en", []string{"7 rows of “bom” are held by CP200-CTL-00, out of 57."}},
		{held, "zh", []string{"属于CP200-CTL-00的共有7条"}},
		{pieces, "en", []string{"4 washers in total (4 pcs): the lines of “bom” that are held by CP200-BSE-00 and mention “washer”", "(1 lines). [1][2]"}},
		{piecesZh, "zh", []string{"“bom”中属于CP200-BSE-00且提到“washer”的共4个"}},
		{piecesZh, "en", []string{"4 pieces in total (4 pcs)"}},
		{all, "zh", []string{"“spare_parts”共有13条记录。"}},
		{all, "en", []string{"“spare_parts” has 13 rows."}},
		{allKinds, "zh", []string{"“spare_parts”共有13种。"}},
		{allItems, "en", []string{"“spare_parts” has 13 items."}},
		{series, "en", []string{"“parts_list” lists 2 distinct values of assembly that have a part # of the 1109 or 1118 series:"}},
		{series, "zh", []string{"part #属于1109或1118系列的assembly"}},
		{share, "en", []string{"41.8% of the total cost pp × # req in assy of “parts_list” is in the 5 rows that have assembly “drive wheel”: 523.38 of 1253.31."}},
		{share, "zh", []string{"assembly为“drive wheel”的5条记录占cost pp × # req in assy合计的41.8%"}},
		{over, "en", []string{"1 values of part # in “parts_list” have more than 1 distinct assembly:\n- 1120-0002-0072: 2 (2 rows) [1]"}},
		{over, "zh", []string{"有1个part #对应不止1个不同的assembly："}},
		{holder, "en", []string{"The lines of “bom” that mention “shim” are held by:\n- CP200-BSE-00 — Base plate assembly [1]"}},
		{holder, "zh", []string{"“bom”中提到“shim”的零件所属的组件：\n- CP200-BSE-00 — Base plate assembly [1]"}},
	}
	for _, tc := range cases {
		got := renderComputed(tc.c, tc.lang, &namer{})
		for _, w := range tc.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s %s: %q lacks %q", tc.lang, tc.c.Plan, got, w)
			}
		}
	}
	uncited := count
	uncited.Cites = nil
	if s := renderComputed(uncited, "en", &namer{}); s != "" {
		t.Errorf("an uncited figure was stated: %q", s)
	}
}

// A whole-table figure runs only on the question's own cues, so one row
// that names the field asked about does not answer in its place.
func TestTableFigureBeatsOneRowsField(t *testing.T) {
	row := retrieval.Item{N: 1, Score: 0.03, Chunk: kg.Chunk{ID: "r", DocumentID: "d", Kind: "table_row", Lang: "en", DocTitle: "FMEA",
		Section: []string{"FMEA"}, Text: "Subsystem: Power Frame; Component: Hoods and Covers; Failure mode: Cracking"}}
	ev := evidence("How many subsystems does the FMEA cover?", row)
	ev.Computed = []retrieval.Computed{{Kind: "table", Subject: "FMEA", Op: "distinct", Metric: "Subsystem", Value: 7, Count: 7, TableRows: 330, Cites: []int{1},
		Plan:  &tableq.Plan{Aggregate: "distinct", Column: "Subsystem"},
		Lines: []retrieval.Line{{Name: "Power Frame", Props: kg.Props{"rows": "40"}, Cites: []int{1}}}}}
	got := answer(t, ev).Answer
	if strings.Contains(got, "The subsystem of") || !strings.Contains(got, "7") {
		t.Errorf("one row's field answered a count: %q", got)
	}
}

// An FMEA listing kept by a bound names it: without it the rows read as
// the whole sheet.
func TestFMEAListingNamesItsBound(t *testing.T) {
	c := retrieval.Computed{Kind: "fmea", Metric: "severity", Op: "list", Cmp: ">=", Threshold: 9,
		Lines: []retrieval.Line{{Name: "Pump shaft: Shaft fracture", Props: kg.Props{"severity": "10"}, Cites: []int{1}}}}
	for lang, want := range map[string]string{"en": "FMEA rows with severity of at least 9, by severity:", "zh": "FMEA记录中严重度不低于9的（按严重度排序）："} {
		if got := renderFMEA(c, lang); !strings.HasPrefix(got, want) {
			t.Errorf("%s: %q, want %q", lang, got, want)
		}
	}
}

// An FMEA listing whose value no row has says none, not an empty listing.
func TestFMEAListingOfNoRowSaysNone(t *testing.T) {
	c := retrieval.Computed{Kind: "fmea", Metric: "severity", Op: "list", Cmp: "=", Threshold: 5, Cites: []int{1}}
	for lang, want := range map[string]string{"en": "No FMEA row has severity of 5. [1]", "zh": "没有严重度为5的FMEA记录。 [1]"} {
		if got := renderComputed(c, lang, &namer{}); got != want {
			t.Errorf("%s: %q, want %q", lang, got, want)
		}
	}
}

// The assemblies holding the lines asked about are as many as are listed:
// three lines held by one assembly leave no "… and 2 more".
func TestHolderListCountsHolders(t *testing.T) {
	holder := retrieval.Computed{Kind: "table", Subject: "bom", Op: "list", Count: 3, TableRows: 57, Cites: []int{1},
		Plan:  &tableq.Plan{Aggregate: "list", Holder: true, Filters: []tableq.Filter{{Column: "Supplier", Op: "eq", Value: "Taizhou"}}},
		Lines: []retrieval.Line{{Name: "CP200-CAS-00 — Pump casing assembly", Cites: []int{1}}}}
	for _, lang := range []string{"en", "zh"} {
		got := renderComputed(holder, lang, &namer{})
		if strings.Contains(got, "more") || strings.Contains(got, "另有") {
			t.Errorf("%s: %q lists more holders than there are", lang, got)
		}
	}
}

// One row is "1 row", in the asker's noun too.
func TestGroupFigureSingular(t *testing.T) {
	c := retrieval.Computed{Plan: &tableq.Plan{Aggregate: "count"}}
	if got := groupFigure(c, 1, "en"); got != "1 row" {
		t.Errorf("groupFigure(1) = %q, want 1 row", got)
	}
	if got := groupFigure(c, 3, "en"); got != "3 rows" {
		t.Errorf("groupFigure(3) = %q, want 3 rows", got)
	}
	c.Noun = "work orders"
	if got := groupFigure(c, 1, "en"); got != "1 work order" {
		t.Errorf("groupFigure(1 work orders) = %q", got)
	}
}

// A count of failure modes leads with the modes, the rows beside them:
// two causes of one mode are two rows.
func TestFMEACountOfModesLeadsWithModes(t *testing.T) {
	c := retrieval.Computed{Kind: "fmea", Metric: "rpn", Op: "count", Cmp: "<=", Threshold: 60, Count: 5, Distinct: 4, Noun: "failure modes"}
	for lang, want := range map[string]string{"en": "4 failure modes (5 FMEA rows) have", "zh": "共有4个不同的失效模式（5条FMEA记录）"} {
		if got := renderFMEA(c, lang); !strings.HasPrefix(got, want) {
			t.Errorf("%s: %q, want %q", lang, got, want)
		}
	}
	c.Noun = ""
	if got := renderFMEA(c, "en"); !strings.HasPrefix(got, "5 FMEA rows (4 distinct failure modes)") {
		t.Errorf("rows counted: %q", got)
	}
}

// Two values of one column keep the rows with either, and say so.
func TestConditionsOfOneColumnSayOr(t *testing.T) {
	fs := []tableq.Filter{{Column: "Work step", Op: "eq", Value: "Hydrostatic test"}, {Column: "Work step", Op: "eq", Value: "Performance test"}, {Column: "Tool", Op: "match", Value: "bench"}}
	got := conditions(fs, "en")
	if !strings.Contains(got, "“Hydrostatic test” or ") || !strings.Contains(got, "“Performance test” and ") {
		t.Errorf("got %q", got)
	}
	if zh := conditions(fs[:2], "zh"); !strings.Contains(zh, "或") || strings.Contains(zh, "且") {
		t.Errorf("zh %q", zh)
	}
}
