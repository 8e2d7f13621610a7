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

// A started job ingests its saved files in order, PerRound at a time,
// records each result in the store, reports a change, and removes its
// files when done.
func TestRunnerRunsAJobToTheEnd(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db, err := authsqlite.Open(ctx, filepath.Join(dir, "auth.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var changed atomic.Int32
	var rounds []int
	r := &Runner{Store: db, DataDir: dir, OnChange: func() { changed.Add(1) }, PerRound: 2,
		Ingest: func(ctx context.Context, j *auth.Job, files []SavedFile) []ingest.Result {
			rounds = append(rounds, len(files))
			var out []ingest.Result
			for _, f := range files {
				data, err := os.ReadFile(f.Path)
				if err != nil {
					out = append(out, ingest.Result{URI: f.Name, Status: ingest.StatusFailed, Error: err.Error()})
					continue
				}
				out = append(out, ingest.Result{URI: f.Name + ":" + string(data), Status: ingest.StatusOK})
			}
			return out
		}}
	j, err := db.CreateJob(ctx, "k", kg.Public, []string{"a.md", "b.md", "c.md"})
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Save(j.ID, []File{{Name: "a.md", Data: []byte("alpha")}, {Name: "b.md", Data: []byte("beta")}, {Name: "c.md", Data: []byte("gamma")}}); err != nil {
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
			var uris []string
			for _, raw := range got.Results {
				var res ingest.Result
				json.Unmarshal(raw, &res)
				uris = append(uris, res.URI)
			}
			if got.Done != 3 || !slices.Equal(uris, []string{"a.md:alpha", "b.md:beta", "c.md:gamma"}) {
				t.Fatalf("job = %+v, results %q", got, uris)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("job never finished: %+v", got)
		}
	}
	r.Stop()
	if !slices.Equal(rounds, []int{2, 1}) {
		t.Errorf("files per round = %v, want [2 1]", rounds)
	}
	if changed.Load() != 1 {
		t.Errorf("OnChange called %d times, want once", changed.Load())
	}
	if _, err := os.Stat(r.Dir(j.ID)); !os.IsNotExist(err) {
		t.Errorf("the job's files are still there: %v", err)
	}
}
