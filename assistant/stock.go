package assistant

import (
	"regexp"
	"strings"
)

// A spare list's recommended stock is how many to keep on the shelf, not
// how many the product holds: "O形圈推荐库存几个" is the list's 4 pcs, not
// the 2 O-rings a pump is built with.
var stockAsked = regexp.MustCompile(`recommended stock|keep in stock|keep on the shelf|on the shelf|推荐库存|建议库存|常备|备几个|备多少`)

// asksStock reports a question about how many to keep in stock.
func asksStock(question string) bool {
	return stockAsked.MatchString(strings.ToLower(question))
}
