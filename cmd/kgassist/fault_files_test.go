package main

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"mime/multipart"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/kgassist/kgassist/internal/attackcorpus"
)

// hostileDeadline bounds refusing one file; a looping PDF is given the
// production PDF timeout (30 s) plus a margin instead.
const (
	hostileDeadline = 10 * time.Second
	loopingDeadline = 35 * time.Second
)

// TestServerRefusesHostileUploads uploads every hostile file to a running
// `kgassist serve` — as documents, zip jobs, a 10,000-part form and bodies
// over the limits — and checks each is refused within its deadline, the
// server's peak RSS rises by less than attackcorpus.RSSCap, it still
// answers /healthz after each, and no file lands outside its folders.
func TestServerRefusesHostileUploads(t *testing.T) {
	bin := buildKgassist(t)
	root := t.TempDir()
	tmp := filepath.Join(root, "tmp")
	os.Mkdir(tmp, 0o700)
	store := filepath.Join(root, "data", "kg.db")
	cmd, url := serveProcess(t, bin, store, "TMPDIR="+tmp)
	base := peakRSSOf(cmd.Process.Pid)
	var mu sync.Mutex
	var worst time.Duration
	refused := 0
	try := func(name, route string, body io.Reader, ctype string, deadline time.Duration) {
		start := time.Now()
		// As curl does for large bodies: a refusal the server decides from
		// the headers reaches the client before the body, not after a reset.
		req, _ := http.NewRequest(http.MethodPost, url+route, body)
		req.Header.Set("Content-Type", ctype)
		req.Header.Set("Expect", "100-continue")
		resp, err := http.DefaultClient.Do(req)
		took := time.Since(start)
		status := 0
		if err == nil {
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			status = resp.StatusCode
		}
		mu.Lock()
		defer mu.Unlock()
		worst = max(worst, took)
		// 4xx, or 503/504 for a PDF parser that is busy or timed out; a 500
		// would mean the file broke something.
		if status < 400 || status == 500 {
			t.Errorf("%s: status %d (%v), want a refusal", name, status, err)
		} else {
			refused++
		}
		if took > deadline {
			t.Errorf("%s: refused after %s", name, took)
		}
		t.Logf("%-38s %-14s %3d %8s  peak +%d MB", name, route, status, took.Round(time.Millisecond), (peakRSSOf(cmd.Process.Pid)-base)>>20)
	}
	bombs := attackcorpus.Bombs()
	var loops sync.WaitGroup
	for _, b := range bombs {
		if strings.HasSuffix(b.Name, ".pdf") { // each holds a parser for 30 s: sent side by side
			loops.Add(1)
			body, ctype := form(b.Name, b.Data)
			go func() { defer loops.Done(); try(b.Attack, "/v1/documents", body, ctype, loopingDeadline) }()
		}
	}
	tried := 0
	for _, b := range bombs {
		if strings.HasSuffix(b.Name, ".pdf") || b.MayLoad {
			continue
		}
		route := "/v1/documents"
		if b.Upload {
			route = "/v1/jobs"
		}
		body, ctype := form(b.Name, b.Data)
		try(b.Attack, route, body, ctype, hostileDeadline)
		tried++
		checkServer(t, url, cmd.Process.Pid, base)
	}
	body, ctype := form("bigtext.docx", attackcorpus.BigTextDOCX())
	try("400 MB text run in a 3 MB DOCX", "/v1/documents", body, ctype, hostileDeadline)
	checkServer(t, url, cmd.Process.Pid, base)
	body, ctype = manyParts(10000)
	try("10,000-part multipart form", "/v1/documents", body, ctype, hostileDeadline)
	body, ctype = form("huge.md", bytes.Repeat([]byte("HF-CP200 pump. "), (65<<20)/15))
	try("65 MB file (limit 64 MB)", "/v1/documents", body, ctype, hostileDeadline)
	try("2 MB JSON question (limit 1 MB)", "/v1/ask", strings.NewReader(`{"question":"`+strings.Repeat("a", 2<<20)+`"}`), "application/json", hostileDeadline)
	tried += 4
	checkServer(t, url, cmd.Process.Pid, base)
	loops.Wait()
	tried += 2
	checkServer(t, url, cmd.Process.Pid, base)
	escaped := escapedFiles(t, root)
	if len(escaped) > 0 {
		t.Errorf("files written outside their folders: %v", escaped)
	}
	left, _ := os.ReadDir(tmp)
	if len(left) > 0 {
		t.Errorf("%d temporary files left behind in TMPDIR", len(left))
	}
	t.Logf("HTTP: %d hostile uploads, %d refused, slowest %s, server peak RSS +%d MB, healthz ok after each, escaped files %d",
		tried, refused, worst.Round(time.Millisecond), (peakRSSOf(cmd.Process.Pid)-base)>>20, len(escaped))
}

// TestCLIRefusesHostileFiles runs `kgassist ingest` on a folder of every
// hostile file: each is reported failed (deep but valid files may load),
// the run ends within the deadline and its peak RSS stays under the cap.
func TestCLIRefusesHostileFiles(t *testing.T) {
	bin := buildKgassist(t)
	dir := t.TempDir()
	files := 0
	for _, b := range attackcorpus.Bombs() {
		if b.Upload {
			continue
		}
		os.WriteFile(filepath.Join(dir, b.Name), b.Data, 0o644)
		files++
	}
	cmd := exec.Command(bin, "ingest", "--json", "--store", "sqlite://"+filepath.Join(t.TempDir(), "kg.db"), dir)
	var out bytes.Buffer
	cmd.Stdout = &out
	start := time.Now()
	err := cmd.Run()
	took := time.Since(start)
	if code := cmd.ProcessState.ExitCode(); code != 1 {
		t.Fatalf("exit %d (%v), want 1 for failed files:\n%s", code, err, tail(out.Bytes()))
	}
	// A renamed bomb (.doc) found in a folder is skipped unread.
	failed := strings.Count(out.String(), `"status": "failed"`) + strings.Count(out.String(), `"status": "skipped"`)
	if failed < files-2 {
		t.Errorf("%d of %d hostile files reported failed:\n%s", failed, files, tail(out.Bytes()))
	}
	rss := cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss << 10
	if rss > attackcorpus.RSSCap+200<<20 {
		t.Errorf("peak RSS %d MB", rss>>20)
	}
	if took > loopingDeadline+hostileDeadline {
		t.Errorf("took %s", took)
	}
	t.Logf("CLI: %d hostile files, %d refused, run took %s (looping PDFs wait for the 30 s PDF timeout), peak RSS %d MB",
		files, failed, took.Round(time.Millisecond), rss>>20)
}

func form(name string, data []byte) (io.Reader, string) {
	var b bytes.Buffer
	w := multipart.NewWriter(&b)
	w.WriteField("audience", "public")
	fw, _ := w.CreateFormFile("file", name)
	fw.Write(data)
	w.Close()
	return &b, w.FormDataContentType()
}

func manyParts(n int) (io.Reader, string) {
	var b bytes.Buffer
	w := multipart.NewWriter(&b)
	w.WriteField("audience", "public")
	for i := 0; i < n; i++ {
		fw, _ := w.CreateFormFile("file", fmt.Sprintf("n%05d.md", i))
		fmt.Fprintf(fw, "# Note %d\n\nThe HF-CP200 note %d.\n", i, i)
	}
	w.Close()
	return &b, w.FormDataContentType()
}

// checkServer fails when the server stopped answering or its peak memory
// rose past the cap.
func checkServer(t *testing.T, url string, pid int, base int64) {
	t.Helper()
	resp, err := http.Get(url + "/healthz")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("healthz after a hostile upload: %v", err)
	}
	resp.Body.Close()
	if grew := peakRSSOf(pid) - base; grew > attackcorpus.RSSCap {
		t.Errorf("server peak RSS grew by %d MB", grew>>20)
	}
}

func peakRSSOf(pid int) int64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			return kb << 10
		}
	}
	return 0
}

// escapedFiles finds the files the escaping archives name, anywhere under
// root or at the absolute paths they aim for.
func escapedFiles(t *testing.T, root string) []string {
	var out []string
	names := map[string]bool{"owned.md": true, "absolute.md": true, "windows.md": true, "dotdot.md": true}
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err == nil && names[d.Name()] {
			out = append(out, p)
		}
		return nil
	})
	for _, p := range []string{"/tmp/evil", filepath.Join(filepath.Dir(root), "evil")} {
		if _, err := os.Stat(p); err == nil {
			out = append(out, p)
		}
	}
	return out
}
