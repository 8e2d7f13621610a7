package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is written by the demo while the test reads it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// demoRun runs the demo until it serves, then stops it, and returns what
// it printed.
func demoRun(t *testing.T, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var out syncBuffer
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, append([]string{"demo", "--addr", "127.0.0.1:0"}, args...), nil, &out, &out)
	}()
	deadline := time.Now().Add(2 * time.Minute)
	for !strings.Contains(out.String(), "kgassist serving on") {
		select {
		case code := <-done:
			cancel()
			t.Fatalf("demo exited %d:\n%s", code, out.String())
		case <-time.After(50 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			cancel()
			t.Fatalf("demo did not start:\n%s", out.String())
		}
	}
	cancel()
	<-done
	return out.String()
}

// The demo keeps its data in a named folder, prints the commands that
// reach it, and those commands work; --fresh starts over.
func TestDemoKeepsItsFolder(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "kgassist-demo")
	out := demoRun(t, "--dir", dir)
	store := "sqlite://" + filepath.Join(dir, "kgassist.db")
	if !strings.Contains(out, "kgassist docs   --store "+store) || !strings.Contains(out, "--clearance internal") {
		t.Fatalf("the demo does not print the commands that reach it:\n%s", out)
	}
	for _, f := range []string{"kgassist.db", "auth.db"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("%s is gone after the demo: %v", f, err)
		}
	}
	code, docs, errs := cli(t, "docs", "--store", store)
	if code != 0 || !strings.Contains(docs, "internal") || !strings.Contains(docs, "public") {
		t.Fatalf("the printed docs command: exit %d %s\n%s", code, errs, docs)
	}
	os.WriteFile(filepath.Join(dir, "marker"), []byte("x"), 0o644)
	if out := demoRun(t, "--dir", dir); !strings.Contains(out, " 0 ok, ") || !strings.Contains(out, "unchanged") {
		t.Errorf("a second run re-ingested the corpus:\n%s", out)
	}
	if _, err := os.Stat(filepath.Join(dir, "marker")); err != nil {
		t.Errorf("a second run lost the folder's files")
	}
	demoRun(t, "--dir", dir, "--fresh")
	if _, err := os.Stat(filepath.Join(dir, "marker")); !os.IsNotExist(err) {
		t.Errorf("--fresh kept the old folder")
	}
	other := t.TempDir()
	os.WriteFile(filepath.Join(other, "thesis.md"), []byte("mine"), 0o644)
	if code, _, errs := cli(t, "demo", "--addr", "127.0.0.1:0", "--dir", other, "--fresh"); code == 0 || !strings.Contains(errs, "not a demo folder") {
		t.Errorf("--fresh on a folder that is not the demo's: exit %d %s", code, errs)
	}
	if _, err := os.Stat(filepath.Join(other, "thesis.md")); err != nil {
		t.Errorf("--fresh deleted someone's file")
	}
}
