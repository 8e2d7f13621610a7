package retrieval

import "regexp"

// pieceClassifiers are the Chinese measure words that count pieces of a
// thing: "几颗螺栓", "多少块网格板", "多少根方梁". Rows and sheets (条, 张)
// are counted by table questions, and vanes and blades (片) are features
// of one part, not pieces of a bill of materials.
const pieceClassifiers = "个颗根块只套件枚"

// pieceCountCues are "几" and "多少" with each classifier.
var pieceCountCues = func() []string {
	var out []string
	for _, c := range pieceClassifiers {
		out = append(out, "几"+string(c), "多少"+string(c))
	}
	return out
}()

// totalCues say a count is of the whole: with a piece count ("整台泵一共用
// 几颗") the question asks a BOM roll-up. Without one, "装电机要几颗螺丝"
// may ask about one step of a procedure.
var totalCues = []string{"一共", "总共", "合计", "整台", "整车", "整机", "一台", "每台"}

// totalCountCues are English asks for a count over a whole that "how
// many" does not start: "total count of 41 hole beams for the rover".
var totalCountCues = []string{"total count", "total number of", "overall count", "overall number of"}

// countsPiecesInTotal: a question counting pieces of a whole, a Chinese
// one by classifier and total word, an English one by its total count.
func countsPiecesInTotal(lower string) bool {
	return containsAny(lower, pieceCountCues) && containsAny(lower, totalCues) || containsAny(lower, totalCountCues) || countsOverWhole(lower)
}

// The dispatch's count cues name only some classifiers.
func init() { countCues = append(append(countCues, pieceCountCues...), totalCountCues...) }

// reTotalOverWhole is a total of something over a whole product, asked
// without "how many": "total 3x5 grid plates across the whole rover",
// "the total M8 bolts in the entire pump".
var reTotalOverWhole = regexp.MustCompile(`\b(?:total|overall)\b[^?]*\b(?:across|in|for|on|throughout|of)\s+(?:the\s+|a\s+|one\s+)?(?:whole|entire|complete|full)\b`)

// uncountedTotals are what a total over a whole adds up besides pieces:
// its cost, its time, its weight.
var uncountedTotals = []string{"cost", "price", "spend", "usd", "$", "time", "hour", "minute", "weigh", "mass", "length", "power", "downtime"}

// countsOverWhole: a total over a whole product that counts its pieces.
func countsOverWhole(lower string) bool {
	return reTotalOverWhole.MatchString(lower) && !containsAny(lower, uncountedTotals)
}
