package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"sort"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/kgassist/kgassist/assistant/qaeval"
)

// BenchmarkAskHTTP drives POST /v1/ask on loopback with concurrent clients
// over the demo store and the extractive answerer, and reports requests/s
// and latency percentiles. Each b.N is one request. "cold" turns the
// evidence cache off, so every request retrieves; "cached" keeps it, as a
// server answering recurring customer questions runs.
func BenchmarkAskHTTP(b *testing.B) {
	for _, mode := range []struct{ name, cache string }{{"cold", "0"}, {"cached", "1024"}} {
		b.Run(mode.name, func(b *testing.B) {
			b.Setenv("KGASSIST_EVIDENCE_CACHE", mode.cache)
			benchAskHTTP(b)
		})
	}
}

func benchAskHTTP(b *testing.B) {
	m := &Main{
		Config: Config{Store: "sqlite://" + b.TempDir() + "/kg.db", Addr: "127.0.0.1:0"},
		Ingest: []ingestSet{{paths: []string{demoRoot + "/public"}, audience: "public"}, {paths: []string{demoRoot + "/internal"}, audience: "internal"}},
	}
	if err := m.Run(context.Background()); err != nil {
		b.Fatal(err)
	}
	defer m.Close()
	cases, err := qaeval.Load("../../testdata/qa/demo.jsonl")
	if err != nil {
		b.Fatal(err)
	}
	bodies := make([][]byte, len(cases))
	for i, c := range cases {
		bodies[i], _ = json.Marshal(map[string]string{"question": c.Question, "clearance": c.Clearance})
	}
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64}}
	for _, body := range bodies { // every question once, as a server that has been up a while
		resp, err := client.Post(m.URL()+"/v1/ask", "application/json", bytes.NewReader(body))
		if err != nil {
			b.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
	}
	const clients = 16
	var next atomic.Int64
	lat := make([]time.Duration, b.N)
	var wg sync.WaitGroup
	b.ResetTimer()
	start := time.Now()
	for w := 0; w < clients; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= b.N {
					return
				}
				t0 := time.Now()
				resp, err := client.Post(m.URL()+"/v1/ask", "application/json", bytes.NewReader(bodies[i%len(bodies)]))
				if err != nil {
					b.Error(err)
					return
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode != 200 {
					b.Errorf("status %d", resp.StatusCode)
				}
				lat[i] = time.Since(t0)
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	b.StopTimer()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "req/s")
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
}
