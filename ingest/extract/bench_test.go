package extract

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/ingest/chunk"
	"github.com/kgassist/kgassist/ingest/load"
	"github.com/kgassist/kgassist/kg"
)

// extractBenchPieces generates a manual of n sections mixing parameters,
// steps, troubleshooting and part-of prose in both languages.
func extractBenchPieces(n int) []chunk.Piece {
	templates := []string{
		"Rated voltage: %d V ±10%%. Max. flow %d m³/h. The pump complies with ISO 9001.",
		"Step 1: Remove the cover using a hex key.\nStep 2: Replace seal P-%d of the pump housing.\nStep 3: Tighten the bolts to %d N·m with a torque wrench.",
		"Symptom: Pump %d does not start. Cause: Blown fuse F-%d. Remedy: Replace the fuse.",
		"额定功率%d.5kW，工作温度 -10～%d ℃。电机的轴承过热，检查冷却器风扇。",
		"故障现象：%d号水泵异响。可能原因：1.轴承损坏；2.叶轮松动。排除方法：1.更换轴承；2.紧固叶轮 %d。",
	}
	pieces := make([]chunk.Piece, n)
	for i := range pieces {
		text := fmt.Sprintf(templates[i%len(templates)], i, i+7)
		pieces[i] = chunk.Piece{Chunk: kg.Chunk{ID: kg.ChunkID("bench", i), DocumentID: "bench", Ordinal: i, Text: text,
			Section: []string{"Section " + strings.Repeat("I", i%4+1)}, Kind: "text"}}
	}
	return pieces
}

// BenchmarkExtract reports facts extracted per second on generated prose.
func BenchmarkExtract(b *testing.B) {
	x, err := NewExtractor(WithSubject("bench pump"))
	if err != nil {
		b.Fatal(err)
	}
	pieces := extractBenchPieces(200)
	doc := &load.Parsed{Title: "bench"}
	facts := 0
	b.ResetTimer()
	for b.Loop() {
		f, err := x.Extract(context.Background(), doc, pieces)
		if err != nil {
			b.Fatal(err)
		}
		facts += len(f.Entities) + len(f.Relations)
	}
	b.ReportMetric(float64(facts)/b.Elapsed().Seconds(), "facts/s")
	b.ReportMetric(float64(len(pieces)*b.N)/b.Elapsed().Seconds(), "chunks/s")
}
