package tableq

import "strings"

// A count of things shipped, sold or delivered is a count of events the
// sheet must record: "how many HF-CP200 units did we ship in 2025" is not
// answered by counting the service log's 2025 rows that name the pump.

// eventWords name such events, in the forms questions use.
var eventWords = []string{"ship", "shipped", "shipping", "shipment", "shipments", "sell", "sold", "sales",
	"deliver", "delivered", "deliveries", "发货", "出货", "发运", "销售", "销量", "卖出", "卖了"}

// unrecordedEvent reports a question counting an event none of t's rows or
// headers records.
func (t *Table) unrecordedEvent(text string) bool {
	lower := strings.ToLower(text)
	for _, w := range eventWords {
		if !strings.Contains(lower, w) || isASCIIWord(w) && !hasWord(lower, w) {
			continue
		}
		stem := Stem(w)
		if t.headerWord(stem) || t.anyRow(Filter{Column: AnyColumn, Op: "mention", Value: w}) || t.anyRow(Filter{Column: AnyColumn, Op: "mention", Value: stem}) {
			continue
		}
		return true
	}
	return false
}

func isASCIIWord(w string) bool {
	for _, r := range w {
		if r > 127 {
			return false
		}
	}
	return true
}

// hasWord reports w in lower as a whole word.
func hasWord(lower, w string) bool {
	for i := strings.Index(lower, w); i >= 0; {
		before := i == 0 || !isWordByte(lower[i-1])
		end := i + len(w)
		after := end == len(lower) || !isWordByte(lower[end])
		if before && after {
			return true
		}
		j := strings.Index(lower[i+1:], w)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}
