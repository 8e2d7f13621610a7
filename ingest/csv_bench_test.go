package ingest_test

import (
	"context"
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/ingest"
	"github.com/kgassist/kgassist/ingest/chunk"
	"github.com/kgassist/kgassist/ingest/load"
	"github.com/kgassist/kgassist/kg"
)

// bomCSV is a BOM export of n rows of 8 columns (about 60 bytes a row).
func bomCSV(n int) []byte {
	var b strings.Builder
	b.WriteString("Level,Part No.,Description,Material,Qty,Unit,Supplier,Note\n")
	for i := range n {
		fmt.Fprintf(&b, "%d,P-%05d,Impeller blank %d,CF8M,%d,pcs,Supplier %d,rev %d\n", 1+i%3, i, i, 1+i%7, i%40, i%9)
	}
	return []byte(b.String())
}

// BenchmarkCSVRows reports rows/s and bytes allocated per row for a large
// CSV: loaded and chunked alone, and ingested whole (extraction,
// embedding, the embedded store's write). Compare with kg/sqlite's
// BenchmarkWriteChunks, the store's own write limit in chunks/s.
func BenchmarkCSVRows(b *testing.B) {
	const rows = 20_000
	data := bomCSV(rows)
	measure := func(b *testing.B, fn func()) {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			fn()
		}
		b.StopTimer()
		runtime.ReadMemStats(&after)
		total := float64(rows * b.N)
		b.ReportMetric(total/b.Elapsed().Seconds(), "rows/s")
		b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/total, "alloc-B/row")
		b.ReportMetric(float64(len(data))/float64(rows), "file-B/row")
	}
	b.Run("load+chunk", func(b *testing.B) {
		measure(b, func() {
			p, err := load.Load(context.Background(), "bom.csv", data, load.DefaultLimits())
			if err != nil {
				b.Fatal(err)
			}
			if n := len(chunk.Document("d", p, chunk.Options{})); n != rows {
				b.Fatalf("%d chunks", n)
			}
		})
	})
	b.Run("ingest", func(b *testing.B) {
		p := newPipeline(b)
		i := 0
		measure(b, func() {
			i++
			res := p.Ingest(context.Background(), ingest.Source{URI: fmt.Sprintf("bom%d.csv", i), Data: data, Audience: kg.Public})
			if res.Status != ingest.StatusOK {
				b.Fatalf("%+v", res)
			}
		})
	})
}
