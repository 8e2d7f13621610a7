package retrieval

import "strconv"

// Documents number what a question counts in words: "what goes in the
// second batch" is answered by "Batch 2: Feet, gears…". Each ordinal
// word counts as its numeral's form.

var ordinalWords = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
	"sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
	"1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5,
	"第一": 1, "第二": 2, "第三": 3, "第四": 4, "第五": 5,
}

// withOrdinalNumbers makes each ordinal term an alternative form of its
// numeral.
func withOrdinalNumbers(q Question) Question {
	for _, t := range q.Terms {
		if n, ok := ordinalWords[t]; ok {
			q = withAlt(q, t, strconv.Itoa(n), strconv.Itoa(n))
		}
	}
	return q
}
