package retrieval

import "regexp"

// "E01是什么意思，怎么处理" asks what the code means and what to do. The
// troubleshooting rows that hold the code share the asking words (处理,
// 故障) and fill the budget, so the code list's own line ("代码: E01; 含义:
// 电机过流…"), which shares only the code, falls beyond it and the answer
// gives the remedy without the meaning. A question asking a code's
// meaning keeps the best line that opens with the code, one per code,
// where none within the budget does.

var codeMeaningAsked = regexp.MustCompile(`(?i)什么意思|啥意思|含义|代表什么|表示什么|指什么|是什么故障|\bmean(?:s|ing)?\b|\bstands? for\b`)

// reserveCodeEntries marks those lines reserved.
func reserveCodeEntries(q Question, f *fusion, maxItems int) {
	if !codeMeaningAsked.MatchString(q.Text) {
		return
	}
	ranked := rankedCandidates(f)
	for _, code := range shortCodes(q.Text) {
		if !listedCode(code) {
			continue
		}
		var best *candidate
		found := false
		for i, c := range ranked {
			if !opensEntry(c.chunk.Text, code) {
				continue
			}
			if i < maxItems || c.forced || c.reserved {
				found = true
				break
			}
			if best == nil || c.chunk.Lang == q.Lang && best.chunk.Lang != q.Lang {
				best = c
			}
		}
		if !found && best != nil {
			best.reserved = true
		}
	}
}
