package retrieval

import (
	"strconv"
	"testing"

	"github.com/kgassist/kgassist/kg"
)

// A figure said right after the metric's name is its value: "rows with
// severity 5" keeps those rows, and where none has it the answer says
// none, citing the sheet, instead of ranking every row by severity.
func TestFMEARowsOfOneValue(t *testing.T) {
	var rows []fmeaRow
	for i, sev := range []int{4, 3, 4, 2} {
		id := "m" + strconv.Itoa(i)
		rows = append(rows, fmeaRow{item: "item", mode: id, modeID: id, props: kg.Props{"rpn": "20", "severity": strconv.Itoa(sev)},
			facts: []string{"rel-" + id}})
	}
	for _, c := range []struct {
		q     string
		count int
	}{
		{"which FMEA rows have severity 5?", 0},
		{"any fmea rows with severity of 4?", 2},
		{"严重度为3的失效模式有哪些？", 1},
		{"严重度等于5的有几条", 0},
		{"严重度评 4 分的有多少条？", 2},
		{"severity rated 3: how many rows?", 1},
		{"which failure modes have severity 3 or more?", 3}, // a bound, not a value
	} {
		got, ok := computeFMEA(rows, parseFMEAQuery(c.q), "")
		if !ok || got.Count != c.count || len(got.facts) == 0 {
			t.Errorf("%q: ok %v, %d rows resting on %v; want %d, cited", c.q, ok, got.Count, got.facts, c.count)
		}
	}
	if q := parseFMEAQuery(withoutRatingLetter("FMEA 里发生度（O）评为 2 的失效模式一共有几个？")); q.metric != "occurrence" || q.cmp != "=" || q.threshold != 2 {
		t.Errorf("the rating's letter read as more than its name: %+v", q)
	}
	if q := parseFMEAQuery("top 3 failure modes by severity"); q.hasThresh {
		t.Errorf("a ranked count read as a value: %v %v", q.cmp, q.threshold)
	}
}

// "How many failure modes" counts modes; "how many rows" and a listing do not.
func TestFMEAQueryCountsModes(t *testing.T) {
	for q, want := range map[string]bool{
		"How many failure modes in the FMEA come out at an RPN of 60 or lower?": true,
		"RPN 不超过 60 的失效模式有几个？":                                                  true,
		"有多少种失效模式的严重度在8以上？":                                                     true,
		"How many FMEA rows have RPN above 100?":                                false,
		"list the failure modes with severity above 8":                          false,
	} {
		if got := parseFMEAQuery(q).modes; got != want {
			t.Errorf("%q: counts modes %v, want %v", q, got, want)
		}
	}
}

// "How detectable" and "D score" ask the detection rating; "几条" counts.
func TestFMEAQueryEverydayWords(t *testing.T) {
	if q := parseFMEAQuery("on average how detectable are the mech seal failure modes? mean D score for that item"); q.metric != "detection" || q.op != "avg" {
		t.Errorf("detectable: %+v", q)
	}
	if q := parseFMEAQuery("严重度8以上的有几条？"); q.op != "count" {
		t.Errorf("几条: %+v", q)
	}
	if q := parseFMEAQuery("RPN 最高是多少？有几条并列？"); q.op != "max" {
		t.Errorf("the highest with its ties: %+v", q)
	}
}

// The letter after a rating's name is the rating, not an item named O:
// "发生度（O）评为 2" asks for the occurrence.
func TestRatingLetterIsTheRating(t *testing.T) {
	for q, want := range map[string]string{
		"FMEA 里发生度（O）评为 2 的失效模式一共有几个？": "FMEA 里发生度评为 2 的失效模式一共有几个？",
		"rows with Severity (S) 8": "rows with Severity 8",
		"O 形圈（O-ring）的严重度是多少":      "O 形圈（O-ring）的严重度是多少",
	} {
		if got := withoutRatingLetter(q); got != want {
			t.Errorf("withoutRatingLetter(%q) = %q, want %q", q, got, want)
		}
	}
}
