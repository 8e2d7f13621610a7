package main

import (
	"context"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/kgassist/kgassist/internal/plantgen"
	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/kg/sqlite"
)

// killCorpusFiles is the size of the generated corpus: large enough that
// an ingest takes a few seconds and can be killed in the middle.
const killCorpusFiles = 200

// TestIngestSurvivesSIGKILL kills `kgassist ingest` with SIGKILL at three
// points of an import into the embedded store, then reruns it to the end.
// The store passes PRAGMA integrity_check after every kill, the rerun
// exits 0, and the result equals a fresh ingest of the same files: same
// documents (no duplicates, none lost) with the same chunk counts.
func TestIngestSurvivesSIGKILL(t *testing.T) {
	bin := buildKgassist(t)
	corpus := t.TempDir()
	if err := plantgen.WriteFiles(corpus, 1, killCorpusFiles); err != nil {
		t.Fatal(err)
	}
	ingest := func(store string) *exec.Cmd {
		return exec.Command(bin, "ingest", "--store", "sqlite://"+store, "--json", corpus)
	}
	fresh := filepath.Join(t.TempDir(), "fresh.db")
	start := time.Now()
	if out, err := ingest(fresh).CombinedOutput(); err != nil {
		t.Fatalf("fresh ingest: %v\n%s", err, tail(out))
	}
	full := time.Since(start)

	killed := filepath.Join(t.TempDir(), "killed.db")
	kills := 0
	for _, at := range []float64{0.25, 0.5, 0.75} {
		cmd := ingest(killed)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(at * float64(full)))
		if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatalf("kill at %.0f%%: %v (it finished early)", 100*at, err)
		}
		cmd.Wait()
		kills++
		if res := integrity(t, killed); res != "ok" {
			t.Fatalf("integrity after kill at %.0f%%: %s", 100*at, res)
		}
		t.Logf("killed at %.0f%% (%s): %d documents stored", 100*at, time.Duration(at*float64(full)).Round(time.Millisecond), len(documents(t, killed)))
	}
	if out, err := ingest(killed).CombinedOutput(); err != nil {
		t.Fatalf("rerun after kills: %v\n%s", err, tail(out))
	}
	want, got := documents(t, fresh), documents(t, killed)
	lost := 0
	for uri, n := range want {
		if m, ok := got[uri]; !ok {
			lost++
			t.Errorf("%s lost", uri)
		} else if m != n {
			t.Errorf("%s: %d chunks, fresh ingest has %d", uri, m, n)
		}
	}
	if len(got) != len(want) {
		t.Errorf("%d documents after kills and rerun, %d in a fresh ingest", len(got), len(want))
	}
	if res := integrity(t, killed); res != "ok" {
		t.Fatalf("integrity after rerun: %s", res)
	}
	t.Logf("%d files (full ingest %s), %d SIGKILLs survived, %d documents after rerun, lost %d, integrity ok",
		killCorpusFiles, full.Round(time.Millisecond), kills, len(got), lost)
}

// documents maps each stored document's URI to the chunks actually stored
// for it, counted by reading them back; a URI stored twice fails the test.
func documents(t *testing.T, path string) map[string]int {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	docs, err := st.ListDocuments(ctx, kg.Restricted, kg.DocumentQuery{Limit: 100000})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]int{}
	for _, d := range docs {
		if _, dup := out[d.URI]; dup {
			t.Errorf("document %s stored twice", d.URI)
		}
		var ids []string
		for i := 0; i < d.Chunks+5; i++ {
			ids = append(ids, kg.ChunkID(d.ID, i))
		}
		chunks, err := st.Chunks(ctx, kg.Restricted, ids)
		if err != nil {
			t.Fatal(err)
		}
		if len(chunks) != d.Chunks {
			t.Errorf("%s says %d chunks, %d stored", d.URI, d.Chunks, len(chunks))
		}
		out[d.URI] = len(chunks)
	}
	return out
}

func tail(b []byte) string {
	if len(b) > 2000 {
		b = b[len(b)-2000:]
	}
	return string(b)
}
