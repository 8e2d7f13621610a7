package main

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/kgassist/kgassist/internal/fakellm"
)

var servingURL = regexp.MustCompile(`serving on (http://\S+)`)

// serveProcess runs `kgassist serve` on a free loopback port and returns
// the process and its URL.
func serveProcess(t *testing.T, bin, store string, env ...string) (*exec.Cmd, string) {
	t.Helper()
	return serveProcessWith(t, bin, store, nil, env...)
}

// serveProcessWith is serveProcess with more flags for serve.
func serveProcessWith(t *testing.T, bin, store string, flags []string, env ...string) (*exec.Cmd, string) {
	t.Helper()
	args := append([]string{"serve", "--create-store", "--store", "sqlite://" + store, "--addr", "127.0.0.1:0"}, flags...)
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), env...)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	urls := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			if m := servingURL.FindStringSubmatch(sc.Text()); m != nil {
				urls <- m[1]
			}
		}
	}()
	select {
	case u := <-urls:
		return cmd, u
	case <-time.After(30 * time.Second):
		t.Fatal("kgassist serve did not start within 30 s")
	}
	return nil, ""
}

// demoStoreFile ingests the demo's public documents with the binary.
func demoStoreFile(t *testing.T, bin string) string {
	t.Helper()
	store := filepath.Join(t.TempDir(), "kg.db")
	if out, err := exec.Command(bin, "ingest", "--audience", "public", "--store", "sqlite://"+store, filepath.Join(demoRoot, "public")).CombinedOutput(); err != nil {
		t.Fatalf("ingest demo: %v\n%s", err, tail(out))
	}
	return store
}

// TestSIGTERMFinishesStreamsInFlight starts slow streamed answers (the
// model sends a piece every 40 ms), sends SIGTERM while they stream, and
// checks every stream completes with its full answer and the process
// exits 0 within the shutdown deadline.
func TestSIGTERMFinishesStreamsInFlight(t *testing.T) {
	bin := buildKgassist(t)
	store := demoStoreFile(t, bin)
	fake := fakellm.Start(t)
	fake.Script("slow", fakellm.Reply{Answer: fakellm.Grounded().Answer, Delay: 8 * time.Millisecond})
	cmd, url := serveProcess(t, bin, store, "KGASSIST_LLM_ANSWER=vllm:slow@"+fake.OpenAIURL())
	const streams = 5
	results := make([]sseResult, streams)
	var wg sync.WaitGroup
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = chatSSE(t, url, "What is the rated voltage of the HF-CP200?")
		}()
	}
	time.Sleep(700 * time.Millisecond) // every stream is under way
	sent := time.Now()
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	const deadline = 15 * time.Second // Main.Close allows in-flight requests 10 s
	select {
	case err := <-exited:
		if err != nil {
			t.Errorf("exit after SIGTERM: %v", err)
		}
	case <-time.After(deadline):
		t.Fatalf("still running %s after SIGTERM", deadline)
	}
	exit := time.Since(sent)
	wg.Wait()
	finished := 0
	for i, r := range results {
		if r.errored || r.final == "" || r.shown != r.final || r.fallback != "" {
			t.Errorf("stream %d: errored=%v fallback=%q shown %q final %q", i, r.errored, r.fallback, r.shown, r.final)
			continue
		}
		finished++
	}
	t.Logf("SIGTERM during %d streams: %d finished with their full answer, process exited in %s", streams, finished, exit.Round(time.Millisecond))
}
