package tableq

import "testing"

// BenchmarkParse reads every question of the set over its table: the
// rules alone, without a store.
func BenchmarkParse(b *testing.B) {
	t := &testing.T{}
	qs := loadQuestions(t)
	tables := map[string]*Table{}
	for _, q := range qs {
		if _, ok := tables[q.File]; !ok {
			tables[q.File] = loadTable(t, q.File)
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, q := range qs {
			Parse(tables[q.File], q.Question)
		}
	}
}
