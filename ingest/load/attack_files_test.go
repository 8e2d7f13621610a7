package load

import (
	"context"
	"os"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/kgassist/kgassist/internal/attackcorpus"
	"github.com/kgassist/kgassist/kg"
)

// bombDeadline bounds how long refusing one hostile file may take.
const bombDeadline = 10 * time.Second

// TestLoadRefusesHostileFiles loads every archive bomb, lying directory,
// escaping name, billion-laughs, deep-nesting and looping-PDF file with
// the production limits and checks each is refused (or, for merely deep
// but valid files, loaded) within bombDeadline and without raising the
// process's peak memory by more than attackcorpus.RSSCap.
func TestLoadRefusesHostileFiles(t *testing.T) {
	lim := DefaultLimits()
	bombs := attackcorpus.Bombs()
	base := attackcorpus.PeakRSS()
	var worst time.Duration
	tried, refused := 0, 0
	for _, b := range bombs {
		// Zip uploads are unpacked by the server, not the loaders. A looping
		// PDF keeps its parser goroutine until the process ends, which would
		// starve this package's other PDF tests: the CLI and HTTP tests in
		// cmd/kgassist send those to a separate process.
		if b.Upload || strings.HasSuffix(b.Name, ".pdf") {
			continue
		}
		tried++
		start := time.Now()
		p, err := Load(context.Background(), b.Name, b.Data, lim)
		took := time.Since(start)
		worst = max(worst, took)
		switch {
		case err == nil && !b.MayLoad:
			t.Errorf("%s (%s): loaded %d blocks, want refusal", b.Name, b.Attack, len(p.Blocks))
		case err != nil && kg.ErrorCode(err) == kg.EINTERNAL:
			t.Errorf("%s (%s): internal error %v", b.Name, b.Attack, err)
		case err != nil:
			refused++
		}
		if took > bombDeadline {
			t.Errorf("%s (%s): took %s", b.Name, b.Attack, took)
		}
		if grew := attackcorpus.PeakRSS() - base; grew > attackcorpus.RSSCap {
			t.Errorf("%s (%s): peak RSS grew by %d MB", b.Name, b.Attack, grew>>20)
		}
		t.Logf("%-14s %-48s %8s  peak +%4d MB  %v", b.Name, b.Attack, took.Round(time.Millisecond), (attackcorpus.PeakRSS()-base)>>20, errText(err))
	}
	t.Logf("hostile files: %d tried through the loaders, %d refused, slowest %s, peak RSS +%d MB",
		tried, refused, worst.Round(time.Millisecond), (attackcorpus.PeakRSS()-base)>>20)
}

func errText(err error) string {
	if err == nil {
		return "loaded"
	}
	s := kg.ErrorCode(err) + ": " + kg.ErrorMessage(err)
	if len(s) > 90 {
		s = s[:90]
	}
	return strings.ReplaceAll(s, "\n", " ")
}

// TestLoadBoundsOneHugeTextRun loads a DOCX of about 3 MB whose one text
// run inflates to 400 MB at a ratio the zip checks allow: the XML reader
// must refuse it before buffering it.
func TestLoadBoundsOneHugeTextRun(t *testing.T) {
	data := attackcorpus.BigTextDOCX()
	base := attackcorpus.PeakRSS()
	start := time.Now()
	_, err := Load(context.Background(), "bigtext.docx", data, DefaultLimits())
	took, grew := time.Since(start), attackcorpus.PeakRSS()-base
	t.Logf("bigtext.docx: %d KB upload, %s, peak RSS +%d MB, %v", len(data)>>10, took.Round(time.Millisecond), grew>>20, errText(err))
	if err == nil || grew > attackcorpus.RSSCap || took > bombDeadline {
		t.Errorf("one text run of 400 MB: peak RSS +%d MB in %s", grew>>20, took)
	}
}

// TestLoadKillsLoopingPDFParser loads each looping PDF with a short
// timeout: it must be refused within the timeout, and afterwards neither a
// goroutine of this process nor the child process that parsed it may be
// left running.
func TestLoadKillsLoopingPDFParser(t *testing.T) {
	if pdfExecutable() == "" {
		t.Skip("this platform cannot start child processes; PDFs are parsed in process")
	}
	files := map[string][]byte{"selfkid.pdf": pdfLoopingFile()}
	for _, b := range attackcorpus.Bombs() {
		if strings.HasSuffix(b.Name, ".pdf") {
			files[b.Name] = b.Data
		}
	}
	var pids []int
	pdfChildStarted = func(pid int) { pids = append(pids, pid) }
	defer func() { pdfChildStarted = nil }()
	const timeout = 500 * time.Millisecond
	for name, data := range files {
		pids = pids[:0]
		before := runtime.NumGoroutine()
		start := time.Now()
		_, err := Load(context.Background(), name, data, Limits{PDFTimeout: timeout})
		took := time.Since(start)
		loadWantCode(t, err, kg.ETIMEOUT)
		if took > timeout+2*time.Second {
			t.Errorf("%s: refused after %s, the timeout is %s", name, took, timeout)
		}
		if after := settledGoroutines(before); after > before {
			t.Errorf("%s: %d goroutines before, %d after", name, before, after)
		}
		if len(pids) != 1 {
			t.Fatalf("%s: %d child processes started, want 1", name, len(pids))
		}
		if processAlive(pids[0]) {
			t.Errorf("%s: child process %d still runs", name, pids[0])
		}
		t.Logf("%s: %s in %s; child %d gone", name, kg.ErrorCode(err), took.Round(time.Millisecond), pids[0])
	}
}

// settledGoroutines waits up to two seconds for the goroutine count to fall
// to want, since goroutines that have finished their work may not yet have
// exited, and returns the last count.
func settledGoroutines(want int) int {
	n := runtime.NumGoroutine()
	for deadline := time.Now().Add(2 * time.Second); n > want && time.Now().Before(deadline); {
		time.Sleep(10 * time.Millisecond)
		n = runtime.NumGoroutine()
	}
	return n
}

// processAlive reports whether pid names a running process. The child has
// been waited for, so its pid is free; a reuse within the test is unlikely.
func processAlive(pid int) bool {
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	return p.Signal(syscall.Signal(0)) == nil
}
