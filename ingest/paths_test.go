package ingest_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/kgassist/kgassist/ingest"
	"github.com/kgassist/kgassist/kg"
)

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func byURI(rep ingest.Report) map[string]ingest.Result {
	m := map[string]ingest.Result{}
	for _, r := range rep.Results {
		m[r.URI] = r
	}
	return m
}

// A folder's unsupported files are skipped, not failed, and a missing
// path fails alone while the good paths load.
func TestFolderSkipsAndMissingPathFailsAlone(t *testing.T) {
	p, _ := testPipeline(t)
	dir := t.TempDir()
	write(t, filepath.Join(dir, "docs", "a.md"), "# A\n\nRated voltage: 380 V.\n")
	write(t, filepath.Join(dir, "docs", "LICENSE"), "MIT")
	write(t, filepath.Join(dir, "docs", "data.json"), "{}")
	good := filepath.Join(dir, "b.txt")
	write(t, good, "Rated power: 1.5 kW.")
	missing := filepath.Join(dir, "nope.md")
	rep, err := p.IngestPathsWith(context.Background(), []string{filepath.Join(dir, "docs"), missing, good}, ingest.PathOptions{Audience: kg.Internal}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if rep.OK != 2 || rep.Skipped != 2 || rep.Failed != 1 {
		t.Fatalf("ok %d skipped %d failed %d, want 2, 2, 1: %+v", rep.OK, rep.Skipped, rep.Failed, rep.Results)
	}
	got := byURI(rep)
	if r := got[ingest.URIForPath(missing)]; r.Status != ingest.StatusFailed || r.URI != ingest.URIForPath(missing) || !strings.Contains(r.Error, "no such file") {
		t.Errorf("missing path: %+v", r)
	}
	if r := got[ingest.URIForPath(filepath.Join(dir, "docs", "LICENSE"))]; r.Status != ingest.StatusSkipped || r.Error == "" {
		t.Errorf("LICENSE: %+v, want skipped with a reason", r)
	}
}

// A named pipe is refused at once, never opened for a blocking read.
func TestFIFORefused(t *testing.T) {
	p, _ := testPipeline(t)
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.md")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	write(t, filepath.Join(dir, "sub", "ok.md"), "# ok\n\ntext")
	if err := syscall.Mkfifo(filepath.Join(dir, "sub", "inner.md"), 0o644); err != nil {
		t.Fatal(err)
	}
	done := make(chan ingest.Report, 1)
	go func() {
		rep, _ := p.IngestPathsWith(context.Background(), []string{fifo, filepath.Join(dir, "sub")}, ingest.PathOptions{Audience: kg.Internal}, nil)
		done <- rep
	}()
	var rep ingest.Report
	select {
	case rep = <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("ingesting a named pipe blocks")
	}
	got := byURI(rep)
	if r := got[ingest.URIForPath(fifo)]; r.Status != ingest.StatusFailed || !strings.Contains(r.Error, "named pipe") {
		t.Errorf("FIFO argument: %+v", r)
	}
	if r := got[ingest.URIForPath(filepath.Join(dir, "sub", "inner.md"))]; r.Status != ingest.StatusSkipped || !strings.Contains(r.Error, "named pipe") {
		t.Errorf("FIFO in a folder: %+v", r)
	}
	if rep.OK != 1 {
		t.Errorf("the regular file did not load: %+v", rep.Results)
	}
	res := p.Ingest(context.Background(), ingest.Source{Path: fifo, Audience: kg.Internal})
	if res.Status != ingest.StatusFailed || !strings.Contains(res.Error, "named pipe") {
		t.Errorf("Ingest of a FIFO: %+v", res)
	}
}

// Links never lead out of the given roots without FollowLinks.
func TestSymlinksStayInsideRoots(t *testing.T) {
	p, st := testPipeline(t)
	dir := t.TempDir()
	secret := filepath.Join(dir, "outside", "secret.md")
	write(t, secret, "# Secret\n\nThe vault code is 4711.\n")
	root := filepath.Join(dir, "root")
	write(t, filepath.Join(root, "real.md"), "# Real\n\nRated voltage: 380 V.\n")
	must := func(err error) {
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.Symlink(secret, filepath.Join(root, "escape.md")))
	must(os.Symlink(filepath.Join(root, "real.md"), filepath.Join(root, "alias.md")))
	argLink := filepath.Join(dir, "arg.md")
	must(os.Symlink(secret, argLink))
	dirLink := filepath.Join(dir, "rootlink")
	must(os.Symlink(root, dirLink))

	ctx := context.Background()
	rep, err := p.IngestPathsWith(ctx, []string{root, argLink, dirLink}, ingest.PathOptions{Audience: kg.Internal}, nil)
	if err != nil {
		t.Fatal(err)
	}
	got := byURI(rep)
	if r := got[ingest.URIForPath(filepath.Join(root, "escape.md"))]; r.Status != ingest.StatusSkipped || !strings.Contains(r.Error, "outside") {
		t.Errorf("link out of the folder: %+v", r)
	}
	if r := got[ingest.URIForPath(filepath.Join(root, "alias.md"))]; r.Status != ingest.StatusOK {
		t.Errorf("link inside the folder: %+v", r)
	}
	for _, l := range []string{argLink, dirLink} {
		if r := got[ingest.URIForPath(l)]; r.Status != ingest.StatusFailed || !strings.Contains(r.Error, "--follow-links") {
			t.Errorf("link argument %s: %+v", l, r)
		}
	}
	if hits, _ := st.SearchChunks(ctx, kg.Restricted, kg.ChunkQuery{Text: "vault", Limit: 5}); len(hits) != 0 {
		t.Errorf("the linked secret was ingested: %+v", hits)
	}

	rep, err = p.IngestPathsWith(ctx, []string{argLink, dirLink}, ingest.PathOptions{Audience: kg.Internal, FollowLinks: true}, nil)
	if err != nil || rep.Failed != 0 || rep.OK == 0 {
		t.Fatalf("with FollowLinks: %+v %v", rep, err)
	}
	if hits, _ := st.SearchChunks(ctx, kg.Restricted, kg.ChunkQuery{Text: "vault", Limit: 5}); len(hits) == 0 {
		t.Errorf("FollowLinks did not ingest the linked file")
	}
}
