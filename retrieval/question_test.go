package retrieval

import (
	"github.com/kgassist/kgassist/kg/textseg"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestAnalyzeIntentAndLanguage(t *testing.T) {
	cases := []struct {
		q      string
		intent Intent
		lang   string
	}{
		{"The pump does not start, what should I do?", Troubleshooting, "en"},
		{"泵不启动怎么办？", Troubleshooting, "zh"},
		{"What is the rated voltage of the HF-CP200?", Specification, "en"},
		{"HF-CP200的额定电压是多少？", Specification, "zh"},
		{"How many M10x30 bolts are in one pump?", BOM, "en"},
		{"Where is the O-ring CP200-OR-02 used?", WhereUsed, "en"},
		{"bearing cover CP200-BRG-03 - what's its direct parent in the BOM?", WhereUsed, "en"},
		{"CP200-BRG-03 的上一级组件是什么？", WhereUsed, "zh"},
		{"Which failure mode has the highest RPN?", FMEA, "en"},
		{"叶轮螺母的拧紧扭矩是多少？", ProcessIntent, "zh"},
		{"Who founded the company?", General, "en"},
		// Cues are words: "bomb" is not a BOM, "strip" not a trip.
		{"What kind of plane dropped the bomb on Hiroshima?", General, "en"},
		{"Which band recorded the strip show album?", General, "en"},
		{"Why does the breaker trip?", Troubleshooting, "en"},
		{"What is the BOM of the pump?", BOM, "en"},
		// A specification in everyday words is one, "how much" or not.
		{"How much weight can the arm lift?", Specification, "en"},
		{"What power supply does the arm want?", Specification, "en"},
		// A rate is a value asked for; "rate" inside a word is not one.
		{"What baud rate does the control box use?", Specification, "en"},
		{"How do I operate the pump?", General, "en"},
		{"Can you separate the motor from the pump?", General, "en"},
	}
	for _, c := range cases {
		q := Analyze(c.q)
		if q.Intent != c.intent || q.Lang != c.lang {
			t.Errorf("Analyze(%q) = %s/%s, want %s/%s", c.q, q.Intent, q.Lang, c.intent, c.lang)
		}
	}
}

func TestContentTermsDropQuestionWords(t *testing.T) {
	if got, want := ContentTerms("额定电压是多少？"), []string{"额定", "定电", "电压"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("ContentTerms = %q, want %q", got, want)
	}
	if got, want := ContentTerms("What is the rated voltage?"), []string{"rate", "voltag"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("ContentTerms = %q, want %q", got, want)
	}
}

// The dictionary matches the longest name at word boundaries ("pumping"
// is not "pump"; "seals" names the "seal"); a hyphen between two words
// is a spelling of the name written apart, a part number's hyphens are
// not; a name may end at a full stop, a company is named without its
// legal form, and a dot inside a code does not end the code; a name that
// holds its own full stop is still found where it is written.
func TestMatchDictionary(t *testing.T) {
	for _, c := range []struct {
		dict     map[string]string // name -> entity id
		max      int
		question string
		want     []string
	}{
		{map[string]string{"mechanical seal": "Part:mechanical seal", "seal": "Part:seal", "叶轮": "Part:impeller", "hf-cp200": "Product:hf-cp200", "pump": "Product:pump"},
			20, "how to replace the mechanical seal of hf-cp200 叶轮 pumping seals", []string{"mechanical seal", "hf-cp200", "叶轮", "seal"}},
		{map[string]string{"rocker bogie": "Assembly:rocker bogie", "1120 0002": "Part:wrong"},
			20, "what does one rocker-bogie cost with part 1120-0002?", []string{"rocker bogie"}},
		{map[string]string{"ningbo jinhai seal co": "Supplier:ningbo", "m8": "Part:m8"},
			30, "which parts does ningbo jinhai seal co. supply and m8.5 bolts.", []string{"ningbo jinhai seal co"}},
		{map[string]string{"st. louis cardinals": "Team:stl", "louis": "Person:louis"},
			30, "who managed the st. louis cardinals in 1926?", []string{"st. louis cardinals"}},
	} {
		dict := map[string][]dictEntry{}
		for name, id := range c.dict {
			dict[name] = []dictEntry{{id: id}}
		}
		if got := matchBothStops(dict, c.max, c.question, nil); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q: matches = %q, want %q", c.question, got, c.want)
		}
	}
	if got := withoutLegalForm("shanghai baoli fasteners co"); got != "shanghai baoli fasteners" {
		t.Fatalf("withoutLegalForm = %q", got)
	}
	for name, want := range map[string]string{"shanghai baoli fasteners": "shanghai baoli", "ningbo jinhai seal": "ningbo jinhai", "baoli fasteners": ""} {
		if got := placeAndBrand(name); got != want {
			t.Errorf("placeAndBrand(%q) = %q, want %q", name, got, want)
		}
	}
}

// An ordinal is a word of a name: "51st state" does not become a code
// "51st" and a base name "state" that every question about a state links.
func TestCodeTokensSkipOrdinals(t *testing.T) {
	if got := codeTokens("51st state 26th chess olympiad m10x30"); !reflect.DeepEqual(got, []string{"m10x30"}) {
		t.Fatalf("codeTokens = %q, want only m10x30", got)
	}
}

// A figure joined to its unit before a noun is a quantity, not a code.
func TestCodeTokensSkipMeasureAdjectives(t *testing.T) {
	if got := codeTokens("how many 15-minute jobs and 2-hour repairs on the cp200-sel-01"); !reflect.DeepEqual(got, []string{"cp200-sel-01"}) {
		t.Fatalf("codeTokens = %v", got)
	}
}

func TestCodeTokensSplitAtCJK(t *testing.T) {
	got := codeTokens("hf-cp200的额定电压是多少 m10x30. 380 v")
	want := []string{"hf-cp200", "m10x30"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("codeTokens = %q, want %q", got, want)
	}
}

// The store stems the text it searches for, so the search text must hold
// the question's words: its stems, stemmed again, stop matching the index
// ("morse" → "mors" → "mor").
func TestSearchTextStemsOnce(t *testing.T) {
	for _, question := range []string{
		"Who invented Morse code?",
		"Which congressional district is it in?",
		"Who composed the opera?",
		"泵的额定电压是多少？ pump rated voltage",
	} {
		q := Analyze(question)
		searched := map[string]bool{}
		for _, tok := range textseg.Tokens(searchText(q)) {
			searched[tok] = true
		}
		for _, term := range q.Terms {
			if !searched[term] {
				t.Errorf("%q: term %q is not among the searched tokens %q", question, term, textseg.Tokens(searchText(q)))
			}
		}
	}
}

// A contraction split at its apostrophe leaves no term behind: "won't"
// and "we're" would otherwise be question terms no passage holds.
func TestContractionsAreNotTerms(t *testing.T) {
	q := Analyze("Why won't the pump start? We're really stuck, it doesn't turn")
	for _, bad := range []string{"won", "t", "re", "doesn", "realli"} {
		for _, term := range q.Terms {
			if term == bad {
				t.Errorf("terms %q hold %q", q.Terms, bad)
			}
		}
	}
	if len(q.Terms) == 0 {
		t.Fatal("no terms left")
	}
}

// Terms are stems, so a stopword is dropped in its stemmed form too.
func TestStemmedStopwordsAreNotTerms(t *testing.T) {
	q := Analyze("Please, how many work orders are open?")
	for _, term := range q.Terms {
		if term == "mani" || term == "pleas" {
			t.Errorf("terms %q hold %q", q.Terms, term)
		}
	}
}

// A size designation is also searched as a parts list writes it, against
// its unit; a part number is not.
func TestSearchTextWritesDesignationsWithUnits(t *testing.T) {
	for q, want := range map[string]string{
		"OpenFlexure显微镜要几颗M3x25的螺丝":      "m3x25mm",
		"which O-ring, the 30x2 one?":    "30x2mm",
		"what is CP200-SEL-01 made of?":  "",
		"how many M3 washers do I need?": "",
	} {
		got := searchText(Analyze(q))
		has := strings.Contains(got, "mm ")
		if want == "" && has || want != "" && !strings.Contains(got, want+" ") {
			t.Errorf("%q: search text %q, want %q", q, got, want)
		}
	}
}

// A conjunction joins what the asker says; it is no term a passage must
// hold.
func TestConjunctionsAreNoTerms(t *testing.T) {
	q := Analyze("Just installed it, motor runs but nothing comes out the discharge")
	for _, w := range []string{"but"} {
		if slices.Contains(q.Terms, w) {
			t.Errorf("terms %v hold the conjunction %q", q.Terms, w)
		}
	}
	if q := Analyze("the pump hums although the supply is on"); slices.Contains(q.Terms, "although") {
		t.Errorf("terms %v hold although", q.Terms)
	}
}

// A measure word asked after 哪 ("哪批变送器") asks which batch: the
// question searches for 批次, which a passage states, not the bigram 批变.
func TestWhichBatchAsksForTheBatch(t *testing.T) {
	for _, q := range []string{"哪批压力变送器有问题", "哪一批轴承坏得最快？", "变送器是哪批出的问题"} {
		terms := Analyze(q).Terms
		if !slices.Contains(terms, "批次") || slices.Contains(terms, "批压") || slices.Contains(terms, "批轴") {
			t.Errorf("%q: terms %v, want 批次 and no bigram across the measure word", q, terms)
		}
	}
}

// The currency a price is asked in is the answer's unit: no passage must
// hold it, and it pulls no passage about another price.
func TestCurrencyAskedIsNoTerm(t *testing.T) {
	if q := Analyze("what does a replacement impeller cost in RMB?"); slices.Contains(q.Terms, "rmb") {
		t.Errorf("terms %q hold the currency", q.Terms)
	}
}
