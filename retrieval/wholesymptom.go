package retrieval

// A fault is told by a part and what is wrong with it ("the motor
// overheats"). Every parts-list row of the motor holds half of that and,
// being many, fills the budget, while the one code-list entry or fault row
// that holds the whole symptom ranks below them, the more so in the other
// language's document. So for a troubleshooting question the best
// passages beyond the budget that hold every term are kept too, one for
// each document, up to wholeSymptoms.
const wholeSymptoms = 2

// reserveWholeSymptoms marks them reserved.
func reserveWholeSymptoms(q Question, f *fusion, maxItems int) {
	if q.Intent != Troubleshooting || len(q.Terms) < 2 {
		return
	}
	ranked := rankedCandidates(f)
	kept := map[string]bool{}
	for i, c := range ranked {
		if i < maxItems || c.forced || c.reserved {
			kept[c.chunk.DocumentID] = true
		}
	}
	added := 0
	for _, c := range ranked[min(maxItems, len(ranked)):] {
		doc := c.chunk.DocumentID
		if added == wholeSymptoms || kept[doc] || c.reserved {
			continue
		}
		if q.Covered(TokenSet(c.chunk.Text)) < len(q.Terms) {
			continue
		}
		c.reserved, kept[doc] = true, true
		added++
	}
}
