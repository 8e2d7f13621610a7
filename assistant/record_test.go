package assistant

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// A row of a work-order export reads as the fields the table mappings
// know, without the empty markers and the status and sort columns.
func TestRowSentenceReadsWideRowsByMappedColumns(t *testing.T) {
	row := "WO_Type: PM01; PONumber: 1992; Work_Order_Basic_Start_Date: 6/08/2001; ACtStartDate: 0/1/00; " +
		"ShortText: replace blown hydraulic hose.; WorkCentre: WC1; Work_Order_Functional_Location: 1234.01.04; " +
		"Functional_Location_Sort_Field: EXAMPLE_LOCATION; Functional_Location_Description: hydraulic hoses & lines; " +
		"UserStatus: Removed; SystemStatus: Removed; Actual: 0; PInt: PI1; SiteID: SID1; AssetID: AID7; Duplicate: Removed"
	got := rowSentence(kg.Chunk{Text: row})
	for _, want := range []string{"PONumber 1992", "ShortText replace blown hydraulic hose", "AssetID AID7", "hydraulic hoses & lines"} {
		if !strings.Contains(got, want) {
			t.Errorf("row sentence lacks %q: %s", want, got)
		}
	}
	for _, not := range []string{"Removed", "0/1/00", "EXAMPLE_LOCATION", "PInt", "SiteID"} {
		if strings.Contains(got, not) {
			t.Errorf("row sentence holds %q: %s", not, got)
		}
	}
	short := rowSentence(kg.Chunk{Text: "Part No.: CP200-SEL-01; Name: Mechanical seal; Recommended stock: 2; Notes: Replace together with O-rings"})
	if !strings.Contains(short, "Notes Replace together") || !strings.Contains(short, "Recommended stock 2") {
		t.Errorf("a narrow row keeps every column: %s", short)
	}
}

// Two words are one when the longer goes on by an ending only.
func TestSameStem(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"mean", "meaning", true},
		{"supplies", "supplier", true},
		{"supply", "supplier", false}, // a power supply is no supplier
		{"down", "downtime", false},   // shutting down asks no downtime
		{"work", "workcentre", false},
		{"torque", "torques", true},
		{"cost", "costs", true},
		// An adjective's ending makes another word: an effective range,
		// a protective cover, ask for no effect or protection.
		{"effective", "effect", false},
		{"effective", "effects", false},
		{"protective", "protection", false},
		{"effectively", "effect", false},
	} {
		if got := sameStem(c.a, c.b); got != c.want {
			t.Errorf("sameStem(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// A question asks a failure's effect by the noun, not by the adjective
// "effective", which qualifies the value asked ("有效" in Chinese).
func TestEffectiveAsksNoEffect(t *testing.T) {
	for q, want := range map[string]bool{
		"parallel gripper - effective gripping range?":       false,
		"what's the effective stroke of the gripper":         false,
		"how effective is the suction cup at holding a box?": false,
		"what is the effect of a worn wear ring":             true,
		"effects of seal leakage?":                           true,
		"平行夹爪的有效夹持范围是多少":                                     false,
	} {
		got := slices.Contains(askedAttribute(q), "effect")
		if got != want {
			t.Errorf("askedAttribute(%q) asks the effect: %v, want %v", q, got, want)
		}
	}
}

// Asking who makes a part asks its supplier, though no column is named.
func TestWhoMakesAsksTheSupplier(t *testing.T) {
	for q, want := range map[string]bool{
		"who makes the mechanical seal for you?": true,
		"Who supplies the motor?":                true,
		"哪家卖 D-Hub 夹紧件？":                         false,
		"压力变送器是哪家供应的？":                           true,
		"机械密封是哪个厂家做的":                            true,
		"电机谁供货？":                                 true,
		"变送器的供电电压是多少":                            false, // 供电 is the power supply
		"how do I make the seal last longer?":    false,
		// The trade's making verbs ask the same.
		"who casts the bearing housing?":  true,
		"who forges the coupling hubs?":   true,
		"泵盖是谁铸造的":                         true,
		"is the casing cast or machined?": false,
		// A buyer asks whom a part is bought from.
		"who do we get the motor from?":            true,
		"who do we buy the 6308 bearings from?":    true,
		"which vendor do we order the seals from?": true,
		"轴承从哪家采购？":                                 true,
		"can I buy spare seals from the dealer?":   false,
	} {
		names := askedAttribute(q)
		if got := slices.Contains(names, "supplier"); got != want {
			t.Errorf("%q asks the supplier = %v (%v), want %v", q, got, names, want)
		}
	}
}

// The words people ask a role's value with name its column, though the
// question never says the header.
func TestRoleAsksNameTheField(t *testing.T) {
	for _, c := range []struct {
		header, question string
		want             bool
	}{
		{"Parts Replaced", "WO-26-0119 这单换了什么零件", true},
		{"Parts Replaced", "WO-26-0119 换了哪些零件？", true},
		{"Parts Replaced", "WO-26-0119 停机了多久", false},
		{"Supplier", "哪家卖 D-Hub 夹紧件？", true},
		{"Cause", "why did WO-25-0012 happen", true},
		{"Supplier", "who makes the pressure transmitter in the control box?", true},
		{"Supplier", "who manufactures the mechanical seal?", true},
		{"Supplier", "the impeller nut is made by which company?", true},
		{"Supplier", "what makes the pump noisy at high flow?", false},
		// A buyer says where a part comes from.
		{"Supplier", "who do we get the motor from", true},
		{"Supplier", "where is the shaft sleeve sourced from?", true},
		{"Supplier", "how do I get the impeller off the shaft", false},
		// What a record was for is its description.
		{"ShortText", "工单 2471 是做什么的", true},
		{"ShortText", "PO 1880 这张单子是做什么用的？", true},
		{"ShortText", "E05 报警以后该做什么", false},
		// A field named before the document's name, not a code.
		{"Potential Effect", "电机绝缘失效的后果FMEA里怎么写的？", true},
		{"Potential Cause", "原因E06", false},
	} {
		lower := strings.ToLower(c.question)
		if got := namesField(lower, questionWords(c.question), fieldNames(c.header)); got != c.want {
			t.Errorf("%q names %q = %v, want %v", c.question, c.header, got, c.want)
		}
	}
}

// A count is asked for with "how many" or a Chinese measure word; a
// field without a figure does not answer it.
func TestAsksHowMany(t *testing.T) {
	for q, want := range map[string]bool{
		"How many of the six wheel assemblies get turned into corner units?": true,
		"工单 2374 有几个零件":                                                      true,
		"which assembly is the wheel in?":                                    false,
		"what is the supplier of the D-Hub clamp?":                           false,
	} {
		if got := asksHowMany(q); got != want {
			t.Errorf("%q asks how many = %v, want %v", q, got, want)
		}
	}
}

// A fault row's cause, asked with "why", comes with the row's remedy; a
// remedy asked for brings no cause, and another table's field no remedy.
func TestCauseComesWithItsRemedy(t *testing.T) {
	fault := retrieval.Item{N: 1, Chunk: kg.Chunk{ID: "a", Kind: "table_row", Lang: "en",
		Text: "Symptom: Motor trips with E01; Possible cause: Flow above 48 m³/h; Remedy: Throttle the discharge valve"}}
	part := retrieval.Item{N: 2, Chunk: kg.Chunk{ID: "b", Kind: "table_row", Lang: "en",
		Text: "Part No.: CP200-SEL-01; Name: Mechanical seal; Notes: Replace with O-rings"}}
	for _, c := range []struct {
		hit  fieldHit
		want string
	}{
		{fieldHit{item: fault, field: cell{"Possible cause", "Flow above 48 m³/h"}}, "Throttle the discharge valve"},
		{fieldHit{item: fault, field: cell{"Remedy", "Throttle the discharge valve"}}, ""},
		{fieldHit{item: part, field: cell{"Notes", "Replace with O-rings"}}, ""},
	} {
		r, ok := remedyOfCause(c.hit)
		if got := r.field.value; ok != (c.want != "") || ok && got != c.want {
			t.Errorf("remedy of %q = %q (%v), want %q", c.hit.field.header, got, ok, c.want)
		}
	}
}

// A row keyed by a bare figure is quoted with its column and unit, so
// that "45" reads as the flow it is; a key that names itself, or a
// figure whose header gives no unit, is quoted as it stands. The other
// figures carry their units after them ("Head 30.2 m").
func TestRowSentenceNamesAKeyFigure(t *testing.T) {
	cases := []struct{ row, want string }{
		{"Flow (m³/h): 45; Head (m): 30.2; Efficiency (%): 71",
			"Flow (m³/h) 45 — Head 30.2 m, Efficiency 71 %."},
		{"Speed (r/min): 2900; Power (kW): 7.5",
			"Speed (r/min) 2900 — Power 7.5 kW."},
		{"Step: 40; Operation: Impeller mounting",
			"40 — Operation Impeller mounting."},
		{"Pump (kW): CP200; Rating: 7.5",
			"CP200 — Rating 7.5."},
	}
	for _, c := range cases {
		if got := rowSentence(kg.Chunk{Text: c.row}); got != c.want {
			t.Errorf("rowSentence(%q)\n got %q\nwant %q", c.row, got, c.want)
		}
	}
}

// A row of a table drawn without a header is read as a label and its
// value, the rest remarks; a row led by a figure, or one with headers,
// is not.
func TestRowSentenceReadsABareRow(t *testing.T) {
	cases := []struct{ row, want string }{
		{"Motor rated power; 7.5 kW; IE3, 2-pole", "Motor rated power: 7.5 kW (IE3, 2-pole)."},
		{"Pump; 48 kg", "Pump: 48 kg."},
		{"Shipping weight (crate); 135 kg; crate 1200 × 600 × 750 mm", "Shipping weight (crate): 135 kg (crate 1200 × 600 × 750 mm)."},
		{"40; 32.0; 72", "40; 32.0; 72"},
		{"Rated head", "Rated head"},
		{"Parameter: Rated head; Value: 32 m", "Rated head: 32 m."},
	}
	for _, c := range cases {
		if got := rowSentence(kg.Chunk{Text: c.row}); got != c.want {
			t.Errorf("rowSentence(%q)\n got %q\nwant %q", c.row, got, c.want)
		}
	}
}

// A Chinese answer names a field in Chinese, unless the question names
// it as the sheet does: asked for the "RPN", it says RPN.
func TestChineseFieldSentenceKeepsTheAskersWord(t *testing.T) {
	hit := fieldHit{item: retrieval.Item{N: 1}, subject: "Hoist Cylinder (Leaking)", field: cell{header: "Supplier", value: "Acme"}}
	for _, c := range []struct {
		header, question, want string
	}{
		{"RPN", "提升油缸漏油那条的 RPN 是多少", "Hoist Cylinder (Leaking)的RPN是4。"},
		{"Supplier", "提升油缸是哪家供应的", "Hoist Cylinder (Leaking)的供应商是4。"},
	} {
		hit.field = cell{header: c.header, value: "4"}
		if got := fieldSentence(hit, "zh", c.question); !strings.HasPrefix(got, c.want) {
			t.Errorf("%s: %q, want %q", c.question, got, c.want)
		}
	}
}

// A question that names the lead time asks that column: a passage about
// the part without one (how to order it) does not answer.
func TestLeadTimeAskedByName(t *testing.T) {
	for q, want := range map[string]bool{
		"机械密封备件的交货期是多久":                                  true,
		"what's the lead time on a mechanical seal?":     true,
		"how long does swapping a mechanical seal take?": false,
	} {
		if got := slices.Contains(askedAttribute(q), "lead time"); got != want {
			t.Errorf("%q asks the lead time = %v, want %v", q, got, want)
		}
	}
}

// A field's name inside a longer field name asks for the longer field:
// "unit price" is no question about the unit of issue, "lead time" none
// about a step's standard time. Asked alone, each still names its field.
func TestFieldInsideALongerNameIsNotAsked(t *testing.T) {
	row := rowCells("Part No.: CP200-SEL-01; Name: Mechanical seal; Unit: pcs; Time: 20; Recommended stock: 2")
	asked := func(q, header string) bool {
		lower := strings.ToLower(q)
		return slices.ContainsFunc(askedFields(row, lower, questionWords(q)), func(i int) bool { return row[i].header == header })
	}
	for _, c := range []struct {
		q, header string
		want      bool
	}{
		{"unit price of the mechanical seal CP200-SEL-01?", "Unit", false},
		{"What's the unit cost of one seal?", "Unit", false},
		{"how much is the seal per unit price, roughly", "Unit", false},
		{"What is the lead time of the seal?", "Time", false},
		{"In what unit is the seal sold?", "Unit", true},
		{"which units is CP200-SEL-01 counted in?", "Unit", true},
		{"How much time does fitting the seal take?", "Time", true},
	} {
		if got := asked(c.q, c.header); got != c.want {
			t.Errorf("%q asks %s: %v, want %v", c.q, c.header, got, c.want)
		}
	}
}

// A row of a curve table is named by a measure, so its value reads at that
// point: "At 45 m³/h the head is 30.2 m", not "the head of 45".
func TestCurvePointSentence(t *testing.T) {
	for _, c := range []struct {
		key, field cell
		lang, want string
	}{
		{cell{"Flow (m³/h)", "45"}, cell{"Head (m)", "30.2"}, "en", "At 45 m³/h the head is 30.2 m."},
		{cell{"Flow (m³/h)", "30"}, cell{"NPSHr (m)", "2.5"}, "en", "At 30 m³/h the NPSHr is 2.5 m."},
		{cell{"Flow (m³/h)", "20"}, cell{"Efficiency (%)", "58"}, "en", "At 20 m³/h the efficiency is 58 %."},
		{cell{"Flow (m³/h)", "45"}, cell{"Head (m)", "30.2"}, "zh", "流量 45 m³/h 时扬程为30.2 m。"},
	} {
		hit := fieldHit{item: retrieval.Item{N: 1}, subject: c.key.value, key: c.key, field: c.field}
		if got := fieldSentence(hit, c.lang, "q"); !strings.HasPrefix(got, c.want) {
			t.Errorf("%s at %s (%s): %q, want %q", c.field.header, c.key.value, c.lang, got, c.want)
		}
	}
}

// A figure given with its unit names the column of that unit: "30 m head"
// is a point of the Head (m) column, not a Flow (m³/h) of 30, so the row
// at 30 m³/h is not the one asked about, and the row at 30.2 m is.
func TestFigureBindsByItsUnit(t *testing.T) {
	at30 := rowCells("Flow (m³/h): 30; Head (m): 34.4; NPSHr (m): 2.5")
	at45 := rowCells("Flow (m³/h): 45; Head (m): 30.2; NPSHr (m): 3.8")
	for _, c := range []struct {
		q           string
		cells       []cell
		col         int
		given, miss bool
	}{
		{"how much flow do i get against 30 m of head?", at30, 0, false, true},
		{"how much flow do i get against 30 m of head?", at45, 1, true, false},
		{"扬程 30 m 时流量多少？", at45, 1, true, false},
		{"扬程 30 m 时流量多少？", at30, 0, false, true},
		{"npsh needed when pumping 30 m³/h?", at30, 0, true, false},
		{"流量 30 m3/h 时的汽蚀余量？", at30, 0, true, false},
		{"流量 30 m3/h 时的汽蚀余量？", at45, 0, false, true},
		{"npsh at 30?", at30, 0, true, false},    // no unit: the figure is the row's
		{"扬程为30 m时流量是多少？", at45, 1, true, false}, // the unit runs on into the Chinese
		{"扬程为30 m时流量是多少？", at30, 0, false, true},
		{"扬程30米时的流量？", at45, 1, true, false},
		{"扬程30米时的流量？", at30, 0, false, true},
	} {
		if got := cellInQuestion(c.cells, c.col, c.q); got != c.given {
			t.Errorf("%q: %s %s given = %v, want %v", c.q, c.cells[c.col].header, c.cells[c.col].value, got, c.given)
		}
		if got := missesGivenFigure(c.cells, c.q); got != c.miss {
			t.Errorf("%q: row at %s misses = %v, want %v", c.q, c.cells[0].value, got, c.miss)
		}
	}
}

// A record quoted to a question in the other language keeps its own
// sentence, which the answer labels as quoted: never "The 处理方法 of …"
// nor "Motor overheats的处理方法是Clean the fan cover".
func TestFieldSentenceIsInOneLanguage(t *testing.T) {
	for _, c := range []struct {
		subject, header, value, lang, want string
	}{
		{"电机过热", "处理方法", "清理风扇罩", "en", "电机过热的处理方法是清理风扇罩。"},
		{"Motor overheats", "Remedy", "Clean the fan cover", "en", "The remedy of Motor overheats is Clean the fan cover."},
		{"Motor overheats", "Remedy", "Clean the fan cover", "zh", "The remedy of Motor overheats is Clean the fan cover."},
		{"电机过热", "Remedy", "清理风扇罩", "zh", "电机过热的处理措施是清理风扇罩。"},
	} {
		hit := fieldHit{item: retrieval.Item{N: 1}, subject: c.subject, field: cell{header: c.header, value: c.value}}
		if got := fieldSentence(hit, c.lang, "What is the fix?"); !strings.HasPrefix(got, c.want) {
			t.Errorf("%s/%s: %q, want %q", c.subject, c.lang, got, c.want)
		}
	}
}

// A curve is read at its nearest point: a question giving a figure in the
// unit of one column ("30 m of head") is answered from the row whose Head
// (m) is 30.2, though none of its cells is the figure asked.
func TestCurvePointByNearestFigure(t *testing.T) {
	rows := []string{
		"Flow (m³/h): 45; Head (m): 30.2; Efficiency (%): 71; NPSHr (m): 3.8",
		"Flow (m³/h): 30; Head (m): 34.4; Efficiency (%): 68; NPSHr (m): 2.5",
	}
	for _, c := range []struct{ q, want string }{
		{"Which flow rate corresponds to a head of 30 m?", "At 30.2 m the flow is 45 m³/h."},
		{"What is the flow rate when the head is 30 m?", "At 30.2 m the flow is 45 m³/h."},
		{"What efficiency at 30 m head?", "At 30.2 m the efficiency is 71 %."},
	} {
		ev := &retrieval.Evidence{Question: retrieval.Analyze(c.q)}
		for i, r := range rows {
			ev.Items = append(ev.Items, retrieval.Item{N: i + 1, Chunk: kg.Chunk{ID: fmt.Sprint("row", i), Kind: "table_row", Text: r}})
		}
		if got, _, _ := fieldAnswer(ev, "en"); !strings.HasPrefix(got, c.want) {
			t.Errorf("%s: %q, want %q", c.q, got, c.want)
		}
	}
}

// A repair's time is not an assembly operation's: a question about
// replacing a part in service is not answered by the time the routing
// gives for fitting it, while one about the operation is.
func TestRepairTimeIsNotAnAssemblyOperation(t *testing.T) {
	op := rowCells("Operation: 30; Work step: Mechanical seal installation; 工序: 机械密封安装; Standard time (min): 20")
	field := op[3]
	for _, c := range []struct {
		q     string
		other bool
	}{
		{"how long does a mechanical seal replacement take a service engineer?", true},
		{"换机械密封要多长时间的工时？", true},
		{"what is the standard time of the seal installation step?", false},
		{"机械密封安装工序的标准工时？", false},
	} {
		if got := repairTimeOfOtherWork(op, field, c.q); got != c.other {
			t.Errorf("%q: other work = %v, want %v", c.q, got, c.other)
		}
	}
}

// A Chinese question names the columns of an English curve table by the
// glossary's words (扬程 is Head, 流量 is Flow): the figure it gives in a
// unit picks that column's point and the other column is answered.
func TestCurveColumnsNamedInTheOtherLanguage(t *testing.T) {
	rows := []string{
		"Flow (m³/h): 30; Head (m): 34.4; Efficiency (%): 68; NPSHr (m): 2.5",
		"Flow (m³/h): 45; Head (m): 30.2; Efficiency (%): 71; NPSHr (m): 3.8",
	}
	for _, c := range []struct{ q, lang, want string }{
		{"扬程达到30米的时候，流量是多少？", "zh", "扬程 30.2 m 时流量为45 m³/h。"},
		{"30米扬程对应多大流量", "zh", "扬程 30.2 m 时流量为45 m³/h。"},
		{"流量45 m³/h时扬程多少", "zh", "流量 45 m³/h 时扬程为30.2 m。"},
		{"How much flow comes out against a 30 m head?", "en", "At 30.2 m the flow is 45 m³/h."},
	} {
		ev := &retrieval.Evidence{Question: retrieval.Analyze(c.q)}
		for i, r := range rows {
			ev.Items = append(ev.Items, retrieval.Item{N: i + 1, Chunk: kg.Chunk{ID: fmt.Sprint("row", i), Kind: "table_row", Text: r}})
		}
		if got, _, _ := fieldAnswer(ev, c.lang); !strings.HasPrefix(got, c.want) {
			t.Errorf("%s: %q, want %q", c.q, got, c.want)
		}
	}
}

// A part number is asked by the BOM's header written with its period
// ("Part No."), by any synonym of the column, or by the Chinese 件号.
func TestPartNumberFieldIsAsked(t *testing.T) {
	cells := rowCells("Level: 2; Part No.: CP200-CAS-06; Description: Vent plug G1/4; 名称: 排气螺塞; Qty: 1; Unit: pcs")
	for q, want := range map[string]bool{
		"排气螺塞件号是多少":                        true,
		"放水螺塞的件号？":                         true,
		"排气螺塞的零件号是多少":                      true,
		"排气螺塞料号":                           true,
		"which part no. is the vent plug?": true,
		"vent plug part no?":               true,
		"排气螺塞用几个":                          false,
	} {
		asked := askedFields(cells, strings.ToLower(q), questionWords(q))
		if got := slices.ContainsFunc(asked, func(i int) bool { return cells[i].header == "Part No." }); got != want {
			t.Errorf("%q asks the Part No. field: %v, want %v (asked %v)", q, got, want, asked)
		}
	}
}

// A row is named whole by a value the question writes as an item, not by
// one it writes only before a noun of its own: the "motor board" is no
// "motor".
func TestValueOnlyModifyingAnotherNounNamesNoRecord(t *testing.T) {
	cells := rowCells("assembly: drive wheel; short name: motor; part #: 5202-2402-0027; cost pp: $42.99")
	cost := slices.IndexFunc(cells, func(c cell) bool { return c.header == "cost pp" })
	for q, want := range map[string]bool{
		"how much does the sangaboard motor board cost?": false,
		"price of the motor driver?":                     false,
		"what do the motor brackets cost":                false,
		"how much does the motor cost?":                  true,
		"what's a motor for the drive wheel cost":        true,
		"what does the drive wheel motor cost":           true,
		"电机多少钱":                                          false, // Chinese is read by its character pairs
		"motor 多少钱":                                      true,
	} {
		if got := namedWhole(cells, cost, strings.ToLower(q)); got != want {
			t.Errorf("namedWhole(%q) = %v, want %v", q, got, want)
		}
	}
	// A code names its record whatever words follow it.
	wo := rowCells("Work order: WO-25-0228; Asset: pump 3; Action: Re-torqued the impeller nut")
	if !namedWhole(wo, 2, strings.ToLower("维修记录 WO-25-0228 是怎么修的？")) || !namedWhole(wo, 2, "what was done on wo-25-0228 pump") {
		t.Errorf("a work order's code does not name its record")
	}
}

// A sheet of names and their values reads "Payload: 250g", not "Payload —
// Parameters 250g".
func TestRowSentenceReadsANameValueSheet(t *testing.T) {
	for _, c := range []struct{ row, want string }{
		{"Index: Payload; Parameters: 250g", "Payload: 250g."},
		{"项目: 重量; 参数: 800g", "重量: 800g."},
		{"Index: Payload; Supplier: Elephant Robotics", "Payload — Supplier Elephant Robotics."},
	} {
		if got := rowSentence(kg.Chunk{Text: c.row}); got != c.want {
			t.Errorf("rowSentence(%q) = %q, want %q", c.row, got, c.want)
		}
	}
}

// A passage writing the model glued ("2021年280m5") holds the number and
// the code the question writes apart ("280 M5"), not another number.
func TestGluedModelHoldsItsParts(t *testing.T) {
	set := retrieval.TokenSet("注意如果是2021年280m5，建议刷AtomMain2.8的,basic1.0")
	for code, want := range map[string]bool{"280": true, "m5": true, "2021": true, "320": false, "m3": false} {
		if got := holdsCode(set, code) || set[code]; got != want {
			t.Errorf("%s held = %v, want %v", code, got, want)
		}
	}
}

// A log row whose action says the part was replaced times that repair:
// "WO-25-0256 换口环那次停机多少小时" is answered by its downtime.
func TestLoggedReplacementTimesTheRepair(t *testing.T) {
	row := rowCells("Work Order: WO-25-0256; Date: 2025-10-30; Action: Replaced wear ring; recommended suction filter; Downtime (h): 9")
	if repairTimeOfOtherWork(row, row[len(row)-1], "wo-25-0256 换口环那次停机多少小时？") {
		t.Error("the replacement's own downtime read as other work")
	}
	if !namesKeyCell(row, []string{"wo-25-0256"}) {
		t.Error("the log's first column does not key its row")
	}
	if namesKeyCell(rowCells("Level: 2; Part No.: CP200-CAS-05; Qty: 1"), []string{"2"}) {
		t.Error("a BOM level keys a row")
	}
}

// A replacement part's lead time is how long it takes to come, not a work
// time of another job.
func TestReplacementLeadTimeIsNoWorkTime(t *testing.T) {
	row := rowCells("Part No.: CP200-SEL-01; Name: Mechanical seal 35 mm; Unit price (CNY): 680; Lead time (days): 21")
	if repairTimeOfOtherWork(row, row[3], "what does one replacement mechanical seal cost, and how long to get one?") {
		t.Error("the lead time read as another job's time")
	}
}
