package tableq

import (
	"slices"
	"strings"
)

// A count of things shipped, sold or delivered is a count of events the
// sheet must record: "how many HF-CP200 units did we ship in 2025" is not
// answered by counting the service log's 2025 rows that name the pump.

// eventWords name such events, in the forms questions use.
var eventWords = []string{"ship", "shipped", "shipping", "shipment", "shipments", "sell", "sold", "sales",
	"deliver", "delivered", "deliveries", "发货", "出货", "发运", "销售", "销量", "卖出", "卖了"}

// unrecordedEvent reports a question counting an event none of t's rows or
// headers records.
func (t *Table) unrecordedEvent(text string) bool {
	lower := reCountedIn.ReplaceAllString(strings.ToLower(text), " ") // "lines sold in pcs" is the unit they are counted in
	words := wordsOf(lower)
	for _, w := range eventWords {
		if hasHan(w) && !strings.Contains(lower, w) || !hasHan(w) && !slices.Contains(words, w) {
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
