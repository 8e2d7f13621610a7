package jobs

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"sync/atomic"
	"testing"
	"time"

	"github.com/kgassist/kgassist/auth"
	authsqlite "github.com/kgassist/kgassist/auth/sqlite"
	"github.com/kgassist/kgassist/ingest"
	"github.com/kgassist/kgassist/ingest/load"
	"github.com/kgassist/kgassist/internal/ziptest"
	"github.com/kgassist/kgassist/kg"
)

func TestUnzipKeepsDocumentsOnly(t *testing.T) {
	files, err := Unzip(ziptest.Files(map[string]string{
		"manual.md": "# M", "docs/faq.md": "# F", ".hidden.md": "x", "__MACOSX/._manual.md": "x", "docs/": "",
	}), load.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range files {
		names = append(names, f.Name)
	}
	slices.Sort(names)
	if !slices.Equal(names, []string{"docs_faq.md", "manual.md"}) {
		t.Errorf("files = %q", names)
	}
	_, err = Unzip(ziptest.Files(map[string]string{"a/b.md": "1", "a_b.md": "2"}), load.DefaultLimits())
	if kg.ErrorCode(err) != kg.EINVALID {
		t.Errorf("two entries flattened to one name: %v", err)
	}
	_, err = Unzip(ziptest.Files(map[string]string{".x": ""}), load.DefaultLimits())
	if kg.ErrorCode(err) != kg.EINVALID {
		t.Errorf("an archive of nothing: %v", err)
	}
}

// A started job ingests its saved files in order, records each result in
// the store, reports a change, and removes its files when done.
func TestRunnerRunsAJobToTheEnd(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db, err := authsqlite.Open(ctx, filepath.Join(dir, "auth.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var changed atomic.Int32
	r := &Runner{Store: db, DataDir: dir, OnChange: func() { changed.Add(1) },
		Ingest: func(ctx context.Context, j *auth.Job, name, path string) ingest.Result {
			data, err := os.ReadFile(path)
			if err != nil {
				return ingest.Result{URI: name, Status: ingest.StatusFailed, Error: err.Error()}
			}
			return ingest.Result{URI: name + ":" + string(data), Status: ingest.StatusOK}
		}}
	j, err := db.CreateJob(ctx, "k", kg.Public, []string{"a.md", "b.md"})
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Save(j.ID, []File{{Name: "a.md", Data: []byte("alpha")}, {Name: "b.md", Data: []byte("beta")}}); err != nil {
		t.Fatal(err)
	}
	r.Start(j)
	defer r.Stop()
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		got, err := db.Job(ctx, "k", j.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.State == auth.JobDone {
			var last ingest.Result
			json.Unmarshal(got.Results[1], &last)
			if got.Done != 2 || last.URI != "b.md:beta" {
				t.Fatalf("job = %+v", got)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("job never finished: %+v", got)
		}
	}
	r.Stop()
	if changed.Load() != 1 {
		t.Errorf("OnChange called %d times, want once", changed.Load())
	}
	if _, err := os.Stat(r.Dir(j.ID)); !os.IsNotExist(err) {
		t.Errorf("the job's files are still there: %v", err)
	}
}
