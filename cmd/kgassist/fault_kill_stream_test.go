package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// partsCSV is a parts list of n rows, written a part at a time by ingest;
// v changes every description, so two versions differ in every passage.
func partsCSV(n, v int) []byte {
	var b strings.Builder
	b.WriteString("Part No.,Description,Material,Qty,Unit,Supplier\n")
	for i := range n {
		fmt.Fprintf(&b, "P-%05d,Impeller blank %d v%d,CF8M,%d,pcs,Supplier %d\n", i, i, v, 1+i%7, i%40)
	}
	return []byte(b.String())
}

// TestStreamedIngestSurvivesSIGKILL replaces a stored 24,000-row parts list
// by a 27,000-row version and kills `kgassist ingest` in the middle, while
// the new version's batch has written parts into its open transaction. The
// store must pass integrity_check and hold the old version whole; a rerun
// then stores the new version whole.
func TestStreamedIngestSurvivesSIGKILL(t *testing.T) {
	bin := buildKgassist(t)
	dir := t.TempDir()
	file := filepath.Join(dir, "parts.csv")
	store := filepath.Join(t.TempDir(), "kg.db")
	ingest := func() *exec.Cmd {
		return exec.Command(bin, "ingest", "--store", "sqlite://"+store, "--json", file)
	}
	if err := os.WriteFile(file, partsCSV(24000, 1), 0o644); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	if out, err := ingest().CombinedOutput(); err != nil {
		t.Fatalf("first version: %v\n%s", err, tail(out))
	}
	full := time.Since(start)
	uri := docURI(t, store)
	if n := documents(t, store)[uri]; n != 24000 {
		t.Fatalf("first version: %d passages", n)
	}
	if err := os.WriteFile(file, partsCSV(27000, 2), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := ingest()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(full * 6 / 10)
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatalf("kill: %v (it finished early)", err)
	}
	cmd.Wait()
	if res := integrity(t, store); res != "ok" {
		t.Fatalf("integrity after kill: %s", res)
	}
	if n := documents(t, store)[uri]; n != 24000 {
		t.Errorf("after a kill mid-write: %d passages, want the first version's 24,000", n)
	}
	if out, err := ingest().CombinedOutput(); err != nil {
		t.Fatalf("rerun: %v\n%s", err, tail(out))
	}
	if n := documents(t, store)[uri]; n != 27000 {
		t.Errorf("after the rerun: %d passages, want 27,000", n)
	}
	t.Logf("killed at %s of a %s ingest: old version whole (24,000 passages), integrity ok; rerun stored 27,000",
		(full * 6 / 10).Round(time.Millisecond), full.Round(time.Millisecond))
}

func docURI(t *testing.T, store string) string {
	t.Helper()
	for uri := range documents(t, store) {
		return uri
	}
	t.Fatal("no document stored")
	return ""
}
