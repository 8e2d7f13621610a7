package ingest_test

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/ingest"
	"github.com/kgassist/kgassist/internal/demostore"
	"github.com/kgassist/kgassist/internal/plantgen"
	"github.com/kgassist/kgassist/kg"
)

func newPipeline(b *testing.B) *ingest.Pipeline {
	b.Helper()
	p, _ := demostore.Pipeline(b, b.TempDir())
	return p
}

func reportIngest(b *testing.B, rep ingest.Report, pages int, secs float64) {
	b.ReportMetric(float64(rep.OK)/secs, "docs/s")
	b.ReportMetric(float64(pages)/secs, "pages/s")
	b.ReportMetric(float64(rep.Chunks)/secs, "chunks/s")
	b.ReportMetric(float64(rep.Entities+rep.Relations)/secs, "facts/s")
}

// BenchmarkIngestDemo ingests the whole demo corpus per iteration.
func BenchmarkIngestDemo(b *testing.B) {
	var total ingest.Report
	pages := 0
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		p := newPipeline(b)
		b.StartTimer()
		for _, set := range []string{"public", "internal"} {
			rep, err := p.IngestPaths(context.Background(), []string{filepath.Join("..", "examples", "demo", set)}, kg.Public, nil)
			if err != nil || rep.Failed > 0 {
				b.Fatalf("%v %+v", err, rep)
			}
			for _, r := range rep.Results {
				pages += max(r.Pages, 1)
				total.Add(r)
			}
		}
	}
	reportIngest(b, total, pages, b.Elapsed().Seconds())
}

// BenchmarkIngestGenerated ingests a generated corpus of 10,000 files
// (half Markdown service sheets, half CSV BOMs) into one store and reports
// throughput and the process's peak resident memory. Set
// KGASSIST_BENCH_DOCS to change the size.
func BenchmarkIngestGenerated(b *testing.B) {
	dir, _ := plantgen.BenchCorpus(b, 10000)
	b.ResetTimer()
	var total ingest.Report
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		p := newPipeline(b)
		b.StartTimer()
		rep, err := p.IngestPaths(context.Background(), []string{dir}, kg.Internal, nil)
		if err != nil || rep.Failed > 0 {
			b.Fatalf("%v: %d failed", err, rep.Failed)
		}
		for _, r := range rep.Results {
			total.Add(r)
		}
	}
	reportIngest(b, total, total.OK, b.Elapsed().Seconds())
	b.ReportMetric(float64(peakRSS())/(1<<20), "peak-RSS-MB")
}

// peakRSS reads the process's high-water resident set size (Linux).
func peakRSS() int64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "VmHWM:") {
			f := strings.Fields(line)
			kb, _ := strconv.ParseInt(f[1], 10, 64)
			return kb << 10
		}
	}
	return 0
}
