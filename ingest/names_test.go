package ingest_test

import (
	"testing"

	"github.com/kgassist/kgassist/ingest"
)

func TestNamesFitToShow(t *testing.T) {
	for _, tc := range []struct{ in, name, title, printable string }{
		{"pump manual.md", "pump manual.md", "pump manual.md", "pump manual.md"},
		{"泵手册.docx", "泵手册.docx", "泵手册.docx", "泵手册.docx"},
		{"a\nok         forged.md", "a_ok         forged.md", "a ok         forged.md", `a\nok         forged.md`},
		{"x\r.md", "x_.md", "x .md", `x\r.md`},
		{"nul\x00.md", "nul_.md", "nul .md", `nul\x00.md`},
		{"invoice\u202egpj.md", "invoice_gpj.md", "invoicegpj.md", `invoice\u202egpj.md`},
		{"bad\xffutf8.md", "bad_utf8.md", "bad_utf8.md", `bad\xffutf8.md`},
	} {
		if got := ingest.SafeName(tc.in); got != tc.name {
			t.Errorf("SafeName(%q) = %q, want %q", tc.in, got, tc.name)
		}
		if got := ingest.SafeTitle(tc.in); got != tc.title {
			t.Errorf("SafeTitle(%q) = %q, want %q", tc.in, got, tc.title)
		}
		if got := ingest.Printable(tc.in); got != tc.printable {
			t.Errorf("Printable(%q) = %q, want %q", tc.in, got, tc.printable)
		}
	}
}
