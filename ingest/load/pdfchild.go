package load

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync/atomic"
	"time"

	"github.com/kgassist/kgassist/kg"
)

// The PDF parser cannot be interrupted: a file whose structure refers to
// itself sends it round a loop forever. So PDFs are parsed in a child
// process, the current executable started again with pdfChildEnv set, which
// the parent kills at the deadline. A program opts in with ServePDFChild, so
// that kgassist (and a test binary) serves as its own parser without a
// second program to install, and a library never takes over a process that
// happens to inherit the variable.
const (
	pdfChildEnv     = "KGASSIST_PDF_CHILD"
	pdfChildNameEnv = "KGASSIST_PDF_NAME"

	// pdfChildMaxInput bounds what the child reads from stdin; the parent
	// has already applied Limits.MaxFileBytes.
	pdfChildMaxInput = 1 << 30

	// pdfChildMemoryExit is the child's exit status when its heap passed
	// the hard cap.
	pdfChildMemoryExit = 3
)

// pdfChildServed is set once the program has called ServePDFChild: only
// then is this executable started again to parse a PDF.
var pdfChildServed atomic.Bool

// ServePDFChild belongs at the start of main, and of TestMain in tests that
// parse hostile PDFs. In a process started as a PDF child it parses the PDF
// on stdin, writes the result and exits. Otherwise it records that this
// executable can serve as its own child and returns. A program that never
// calls it parses PDFs in process, where a looping file keeps a goroutine
// until it ends (see pdfSlots).
func ServePDFChild() {
	if os.Getenv(pdfChildEnv) == "1" {
		os.Exit(pdfChildMain(os.Stdin, os.Stdout))
	}
	pdfChildServed.Store(true)
}

// pdfChildResult is what the child writes to stdout: the blocks of the
// parsed file, or the kg error code and messages of its refusal.
type pdfChildResult struct {
	Title   string  `json:",omitempty"`
	Blocks  []Block `json:",omitempty"`
	Code    string  `json:",omitempty"`
	Message string  `json:",omitempty"`
	Detail  string  `json:",omitempty"`
}

// pdfChildMain reads one PDF from in, writes a pdfChildResult to out and
// returns the exit status.
func pdfChildMain(in io.Reader, out io.Writer) int {
	data, err := io.ReadAll(io.LimitReader(in, pdfChildMaxInput))
	if err != nil {
		fmt.Fprintln(os.Stderr, "reading the PDF:", err)
		return 1
	}
	// The parser is sequential; a second thread lets the collector and the
	// watchdog run beside it without the child taking every core.
	runtime.GOMAXPROCS(min(2, runtime.NumCPU()))
	soft, hard := pdfChildMemory(len(data))
	// The soft limit makes the collector work harder before the heap grows;
	// the watchdog ends the process if it grows past the hard cap anyway,
	// since a soft limit alone never refuses an allocation.
	debug.SetMemoryLimit(soft)
	go pdfChildWatchHeap(hard)
	res := pdfChildParse(os.Getenv(pdfChildNameEnv), data)
	if err := json.NewEncoder(out).Encode(res); err != nil {
		fmt.Fprintln(os.Stderr, "writing the result:", err)
		return 1
	}
	return 0
}

// pdfChildMemory returns the soft and hard heap limits for parsing a PDF of
// n bytes: room for the file, its decoded streams and the extracted text.
func pdfChildMemory(n int) (soft, hard int64) {
	soft = 256<<20 + 8*int64(n)
	return soft, 2 * soft
}

func pdfChildParse(name string, data []byte) (res pdfChildResult) {
	defer func() {
		if r := recover(); r != nil {
			err := loadCorrupt("pdf", name, fmt.Errorf("parser panic: %v", r))
			res = pdfChildError(err)
		}
	}()
	p, err := pdfParse(context.Background(), name, data)
	if err != nil {
		return pdfChildError(err)
	}
	return pdfChildResult{Title: p.Title, Blocks: p.Blocks}
}

func pdfChildError(err error) pdfChildResult {
	res := pdfChildResult{Code: kg.ErrorCode(err), Message: kg.ErrorMessage(err)}
	var e *kg.Error
	if errors.As(err, &e) && e.Err != nil {
		res.Detail = e.Err.Error()
	}
	return res
}

// pdfChildWatchHeap exits the process once live heap objects pass hard.
func pdfChildWatchHeap(hard int64) {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	for range time.Tick(20 * time.Millisecond) {
		metrics.Read(sample)
		if int64(sample[0].Value.Uint64()) > hard {
			fmt.Fprintf(os.Stderr, "heap passed %d MB\n", hard>>20)
			os.Exit(pdfChildMemoryExit)
		}
	}
}
