package load

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kgassist/kgassist/internal/minipdf"
	"github.com/kgassist/kgassist/kg"
)

// pdfTestFile writes a minimal PDF with one page per string, Helvetica
// text, and an xref table with correct byte offsets.
func pdfTestFile(pages []string) []byte {
	var objs []string
	kids := make([]string, len(pages))
	for i := range pages {
		kids[i] = fmt.Sprintf("%d 0 R", 4+2*i)
	}
	objs = append(objs,
		"<< /Type /Catalog /Pages 2 0 R >>",
		fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(pages)),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
	for i, text := range pages {
		var content strings.Builder
		for j, line := range strings.Split(text, "\n") {
			fmt.Fprintf(&content, "BT /F1 12 Tf 72 %d Td (%s) Tj ET\n", 720-14*j, line)
		}
		objs = append(objs,
			fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>", 5+2*i),
			fmt.Sprintf("<< /Length %d >>\nstream\n%sendstream", content.Len(), content.String()))
	}
	return minipdf.Assemble(objs)
}

// pdfLoopingFile has a page tree whose only kid is itself: walking it to
// find page 1 never ends.
func pdfLoopingFile() []byte {
	return minipdf.Assemble([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [2 0 R] /Count 3 >>",
	})
}

var pdfTestPages = []string{"1 Introduction\nThe pump moves water.", "2 Maintenance\nReplace the seal every year."}

// TestLoadPDFFixture keeps the committed fixture identical to what the
// builder writes (go test -update rewrites it) and reads it back.
func TestLoadPDFFixture(t *testing.T) {
	path := filepath.Join("testdata", "loaders", "two_pages.pdf")
	built := pdfTestFile(pdfTestPages)
	if *update {
		if err := os.WriteFile(path, built, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if !bytes.Equal(data, built) {
		t.Fatalf("%s is stale; run go test -update", path)
	}
	got := loadDumped(t, path, data)
	loadCompareGolden(t, filepath.Join("testdata", "loaders", "two_pages.pdf.golden"), got)
}

func TestLoadPDFLoopIsBounded(t *testing.T) {
	start := time.Now()
	_, err := Load(context.Background(), "loop.pdf", pdfLoopingFile(), Limits{PDFTimeout: 300 * time.Millisecond})
	loadWantCode(t, err, kg.ETIMEOUT)
	if !strings.Contains(kg.ErrorMessage(err), "PDF") {
		t.Errorf("message %q does not name the format", kg.ErrorMessage(err))
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v, the timeout did not bound the parse", d)
	}
}
