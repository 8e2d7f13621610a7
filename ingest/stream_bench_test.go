package ingest_test

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"testing"

	"github.com/kgassist/kgassist/ingest"
	"github.com/kgassist/kgassist/kg"
)

// BenchmarkCSVStream ingests a parts list of KGASSIST_BENCH_ROWS rows
// (default 20,000) into the embedded store, prepared whole and written a
// part at a time, and reports rows/s and the peak heap above where it
// started: objects (collected or not) and live (what the last collection
// found reachable), in MB and per row. Written in parts, the live peak
// stays near a constant as rows grow; the file's own bytes (about 60 a
// row here) are held by the caller either way.
func BenchmarkCSVStream(b *testing.B) {
	rows := 20_000
	if n, err := strconv.Atoi(os.Getenv("KGASSIST_BENCH_ROWS")); err == nil && n > 0 {
		rows = n
	}
	data := flatBOMCSV(rows)
	for _, mode := range []struct {
		name  string
		parts int
	}{{"whole", 1 << 30}, {"streamed", 0}} {
		b.Run(mode.name, func(b *testing.B) {
			if mode.name == "whole" && os.Getenv("KGASSIST_BENCH_WHOLE") == "0" {
				b.Skip("KGASSIST_BENCH_WHOLE=0")
			}
			if mode.parts > 0 {
				defer ingest.SetStreamRows(mode.parts)()
			}
			p := newPipeline(b)
			p.Limits.MaxTableRows = max(rows, p.Limits.MaxTableRows)
			var before runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			peak := watchHeap()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				res := p.Ingest(context.Background(), ingest.Source{URI: fmt.Sprintf("parts%d.csv", i), Data: data, Audience: kg.Public})
				if res.Status != ingest.StatusOK || res.Chunks != rows {
					b.Fatalf("%+v", res)
				}
			}
			b.StopTimer()
			top, live := peak()
			b.ReportMetric(float64(rows*b.N)/b.Elapsed().Seconds(), "rows/s")
			b.ReportMetric(float64(top-min(top, before.HeapAlloc))/1e6, "peak-heap-MB")
			b.ReportMetric(float64(live-min(live, before.HeapAlloc))/1e6, "live-heap-MB")
			b.ReportMetric(float64(top-min(top, before.HeapAlloc))/float64(rows), "peak-heap-B/row")
			b.ReportMetric(float64(live-min(live, before.HeapAlloc))/float64(rows), "live-heap-B/row")
		})
	}
}
