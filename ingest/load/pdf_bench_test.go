package load

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// BenchmarkLoadPDF measures what parsing in a child process costs over
// parsing in this one, on a two-page and a 100-page PDF. Compare the
// child and in-process rows of one run.
func BenchmarkLoadPDF(b *testing.B) {
	exe := pdfExecutable()
	if exe == "" {
		b.Skip("this platform cannot start child processes")
	}
	for _, pages := range []int{2, 100} {
		data := pdfTestFile(benchPDFPages(pages))
		ctx := context.Background()
		b.Run(fmt.Sprintf("pages=%d/in-process", pages), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := pdfParse(ctx, "bench.pdf", data); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("pages=%d/child", pages), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := pdfParseChild(ctx, exe, "bench.pdf", data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func benchPDFPages(n int) []string {
	pages := make([]string, n)
	for i := range pages {
		var lines []string
		lines = append(lines, fmt.Sprintf("%d Section", i+1))
		for j := range 40 {
			lines = append(lines, fmt.Sprintf("Check the seal of pump unit %d and tighten bolt %d to 45 N m.", i, j))
		}
		pages[i] = strings.Join(lines, "\n")
	}
	return pages
}
