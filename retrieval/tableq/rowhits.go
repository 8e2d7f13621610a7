package tableq

// maxRowHits bounds the answers a table remembers of each kind; when
// full the memory starts over.
const maxRowHits = 1 << 14

// anyRow reports whether any row of t keeps f. A question's every
// leftover word is tried against every row of every table, several times
// over (the word rows use for it, whether it is a header's word, which
// table holds it), and the tables are kept between questions, so the
// answer is remembered per table. The rows and the code names they are
// matched by do not change once Load returns (linkCodes forgets).
func (t *Table) anyRow(f Filter) bool {
	return remembered(t, &t.rowHits, f, func() bool { return t.scanRows(f) })
}

// remembered is scan's answer for key, from memory when t holds it.
// scan runs unlocked: it may ask t for other remembered answers.
func remembered[K comparable](t *Table, memory *map[K]bool, key K, scan func() bool) bool {
	t.memo.Lock()
	hit, ok := (*memory)[key]
	t.memo.Unlock()
	if ok {
		return hit
	}
	hit = scan()
	t.memo.Lock()
	if *memory == nil || len(*memory) >= maxRowHits {
		*memory = map[K]bool{}
	}
	(*memory)[key] = hit
	t.memo.Unlock()
	return hit
}

// forgetRows drops what anyRow, holdsPhrase and isSizedName remember, for a change to
// what rows are matched by.
func (t *Table) forgetRows() {
	t.memo.Lock()
	t.rowHits, t.phraseHits, t.sizedHits = nil, nil, nil
	t.memo.Unlock()
}
