package ingest_test

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"runtime/metrics"
	"strconv"
	"strings"
	"testing"
	"time"

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

// BenchmarkCSVRows reports rows/s, bytes allocated per row, the peak heap
// per row (objects, collected or not, so it moves with the collector's
// timing) and the peak live heap per row (what the last collection found
// reachable: what a row holds) for a large CSV: loaded and chunked; prepared (also facts
// extracted and passages embedded, all that is held until the write); and
// ingested whole into the embedded store. Compare with kg/sqlite's
// BenchmarkWriteChunks, the store's own write limit in chunks/s. Set
// KGASSIST_BENCH_ROWS for another size (default 20,000).
func BenchmarkCSVRows(b *testing.B) {
	rows := 20_000
	if n, err := strconv.Atoi(os.Getenv("KGASSIST_BENCH_ROWS")); err == nil && n > 0 {
		rows = n
	}
	data := bomCSV(rows)
	measure := func(b *testing.B, fn func()) {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		peak := watchHeap()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			fn()
		}
		b.StopTimer()
		top, live := peak()
		runtime.ReadMemStats(&after)
		total := float64(rows * b.N)
		b.ReportMetric(total/b.Elapsed().Seconds(), "rows/s")
		b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/total, "alloc-B/row")
		b.ReportMetric(float64(top-before.HeapAlloc)/float64(rows), "peak-heap-B/row")
		b.ReportMetric(float64(live-min(live, before.HeapAlloc))/float64(rows), "live-heap-B/row")
		b.ReportMetric(float64(len(data))/float64(rows), "file-B/row")
	}
	loadChunk := func(b *testing.B) (*load.Parsed, []chunk.Piece) {
		p, err := load.Load(context.Background(), "bom.csv", data, load.DefaultLimits())
		if err != nil {
			b.Fatal(err)
		}
		pieces := chunk.Document("d", p, chunk.Options{})
		if len(pieces) != rows {
			b.Fatalf("%d chunks", len(pieces))
		}
		return p, pieces
	}
	b.Run("load+chunk", func(b *testing.B) {
		measure(b, func() { loadChunk(b) })
	})
	b.Run("prepare", func(b *testing.B) {
		pipe := newPipeline(b) // its extractor and embedder, without its store
		measure(b, func() {
			p, pieces := loadChunk(b)
			facts, err := pipe.Extractor.Extract(context.Background(), p, pieces)
			if err != nil || len(facts.Entities) < rows {
				b.Fatalf("%d entities, %v", len(facts.Entities), err)
			}
			texts := make([]string, len(pieces))
			for i, pc := range pieces {
				texts[i] = pc.Chunk.Text
			}
			if _, err := pipe.Embedder.Embed(context.Background(), texts); err != nil {
				b.Fatal(err)
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

// watchHeap samples the bytes of heap objects, live or not yet collected,
// and the live heap as of the last collection, until the returned function
// is called, which gives the highest sample of each.
func watchHeap() func() (objects, live uint64) {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}, {Name: "/gc/heap/live:bytes"}}
	stop, done := make(chan struct{}), make(chan [2]uint64)
	go func() {
		var top [2]uint64
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		for {
			metrics.Read(sample)
			top[0], top[1] = max(top[0], sample[0].Value.Uint64()), max(top[1], sample[1].Value.Uint64())
			select {
			case <-stop:
				done <- top
				return
			case <-tick.C:
			}
		}
	}()
	return func() (uint64, uint64) { close(stop); t := <-done; return t[0], t[1] }
}
