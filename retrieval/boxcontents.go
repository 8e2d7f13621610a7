package retrieval

import (
	"regexp"
	"strings"

	"github.com/kgassist/kgassist/retrieval/tableq"
)

// A customer who has just unpacked a product asks what should be in the
// box ("just unboxed my 280 M5, what's supposed to be in the box?"). The
// manual's packing list answers, every line of it: its rows name nothing
// the question says, so no passage of it ranks as an answer on its own.

// reBoxAsked asks what a delivery holds.
var reBoxAsked = regexp.MustCompile(`(?i)\bin the (?:box|package|carton)\b|\bunbox(?:ed|ing)?\b|\bunpack(?:ed|ing)\b|\b(?:box|package) contents\b|\bcontents of the (?:box|package)\b|\bwhat(?:'s| is) included\b|包装里|包装内|包装盒里|箱子里|盒子里|开箱|装箱`)

// rePackingList names a table of what a delivery holds.
var rePackingList = regexp.MustCompile(`(?i)\bstandard list\b|\bpacking list\b|\bitem list\b|\bpackage contents\b|\bbox contents\b|\bscope of delivery\b|标准清单|装箱清单|包装清单|开箱清单|供货范围`)

// maxPackingRows bounds a packing list: a longer table is a parts list.
const maxPackingRows = 40

// boxContents lists the packing list's rows, from the table in the
// asker's language where both manuals hold one.
func boxContents(tables []*tableq.Table, q Question) (*tableq.Result, bool) {
	if !reBoxAsked.MatchString(q.Text) {
		return nil, false
	}
	var best *tableq.Table
	for _, t := range tables {
		if len(t.Rows) == 0 || len(t.Rows) > maxPackingRows ||
			!rePackingList.MatchString(strings.Join(t.Ref.Section, " ")+" "+t.Ref.DocTitle) {
			continue
		}
		if best == nil || best.Rows[0].Chunk.Lang != q.AnswerLang() && t.Rows[0].Chunk.Lang == q.AnswerLang() {
			best = t
		}
	}
	if best == nil {
		return nil, false
	}
	res, err := tableq.Execute(best, tableq.Plan{Aggregate: "list"})
	return res, err == nil && len(res.Rows) > 0
}
