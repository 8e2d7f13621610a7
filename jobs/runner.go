// Package jobs runs upload jobs in the background. A job's files live
// under DIR/jobs/ID until it ends, and its progress is written to the auth
// store after each file, so a restarted server resumes where it left off
// and any replica sharing the store can report it.
package jobs

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/kgassist/kgassist/auth"
	"github.com/kgassist/kgassist/ingest"
	"github.com/kgassist/kgassist/ingest/load"
	"github.com/kgassist/kgassist/kg"
)

// Ingester ingests files of a job and returns one result per file, in
// order.
type Ingester func(ctx context.Context, j *auth.Job, files []SavedFile) []ingest.Result

// SavedFile is a job's file: the name the job lists, saved at Path.
type SavedFile struct{ Name, Path string }

// Runner starts, resumes and cancels jobs.
type Runner struct {
	Store auth.JobStore
	// DataDir holds the files of unfinished jobs.
	DataDir string
	Ingest  Ingester
	// PerRound is how many files one call of Ingest gets (default 1):
	// more lets a store that commits groups write them in one
	// transaction. Progress is recorded after each round.
	PerRound int
	// OnChange is called after a job changed the graph.
	OnChange func()

	mu      sync.Mutex
	running map[string]context.CancelFunc
	wg      sync.WaitGroup
}

// Dir is where job id's files are saved.
func (r *Runner) Dir(id string) string { return filepath.Join(r.DataDir, "jobs", id) }

// Resume starts the jobs this process left unfinished.
func (r *Runner) Resume(ctx context.Context) error {
	jobs, err := r.Store.UnfinishedJobs(ctx)
	if err != nil {
		return err
	}
	for _, j := range jobs {
		r.Start(j)
	}
	return nil
}

// Start runs j in the background from where it stopped.
func (r *Runner) Start(j *auth.Job) {
	ctx, cancel := context.WithCancel(context.Background())
	r.mu.Lock()
	if r.running == nil {
		r.running = map[string]context.CancelFunc{}
	}
	r.running[j.ID] = cancel
	r.mu.Unlock()
	r.wg.Add(1)
	go func() {
		defer r.wg.Done()
		defer cancel()
		r.run(ctx, j)
		if cur, err := r.Store.Job(context.Background(), j.KeyID, j.ID); err == nil && cur.State == auth.JobCancelled {
			_ = os.RemoveAll(r.Dir(j.ID))
		}
		r.mu.Lock()
		delete(r.running, j.ID)
		r.mu.Unlock()
	}()
}

// run ingests the job's files from where it stopped.
func (r *Runner) run(ctx context.Context, j *auth.Job) {
	j.State = auth.JobRunning
	_ = r.Store.Progress(ctx, j)
	changed := false
	for j.Done < len(j.Files) {
		if ctx.Err() != nil {
			return // shutting down or cancelled: the store says which
		}
		results := r.Ingest(ctx, j, r.nextRound(j))
		for _, res := range results {
			if ctx.Err() != nil && res.Status == ingest.StatusFailed {
				// Interrupted mid-round: this file and those after it
				// are redone on resume.
				_ = r.Store.Progress(context.WithoutCancel(ctx), j)
				return
			}
			changed = changed || res.Status == ingest.StatusOK
			b, _ := json.Marshal(res)
			j.Results, j.Done = append(j.Results, b), j.Done+1
		}
		_ = r.Store.Progress(context.WithoutCancel(ctx), j)
	}
	j.State = auth.JobDone
	_ = r.Store.Progress(context.WithoutCancel(ctx), j)
	if changed && r.OnChange != nil {
		r.OnChange()
	}
	_ = os.RemoveAll(r.Dir(j.ID))
}

// nextRound is the files of j's next call of Ingest.
func (r *Runner) nextRound(j *auth.Job) []SavedFile {
	n := min(max(r.PerRound, 1), len(j.Files)-j.Done)
	files := make([]SavedFile, n)
	for k := range files {
		i := j.Done + k
		files[k] = SavedFile{Name: j.Files[i], Path: filepath.Join(r.Dir(j.ID), fmt.Sprintf("%04d", i))}
	}
	return files
}

// Cancel interrupts job id if it runs here.
func (r *Runner) Cancel(id string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if c := r.running[id]; c != nil {
		c()
	}
}

// Stop interrupts running jobs and waits for them; their state stays
// running, so the next start resumes them.
func (r *Runner) Stop() {
	r.mu.Lock()
	for _, c := range r.running {
		c()
	}
	r.mu.Unlock()
	r.wg.Wait()
}

// File is one file of a job: bytes of a plain upload, a plain upload
// opened only when it is saved, or an entry of a guarded archive read
// only when it is saved, so a job holds one archive in memory rather than
// everything it inflates to, and no plain upload at all.
type File struct {
	Name  string
	Data  []byte
	Open  func() (io.ReadCloser, error)
	Zip   *load.SafeZip
	Entry string
}

// save writes the file to path, streaming an archive entry through the
// archive's bounded reader.
func (u File) save(path string) error {
	var rc io.ReadCloser
	var err error
	switch {
	case u.Zip != nil:
		rc, err = u.Zip.Open(u.Entry)
	case u.Open != nil:
		rc, err = u.Open()
	default:
		return os.WriteFile(path, u.Data, 0o600)
	}
	if err != nil {
		return err
	}
	defer rc.Close()
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return err
	}
	if _, err := io.Copy(f, rc); err != nil {
		f.Close()
		os.Remove(path)
		return err
	}
	return f.Close()
}

// Save writes job id's files where Start reads them.
func (r *Runner) Save(id string, files []File) error {
	dir := r.Dir(id)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return kg.Wrap("jobs.Save", err)
	}
	for i, f := range files {
		if err := f.save(filepath.Join(dir, fmt.Sprintf("%04d", i))); err != nil {
			return kg.Wrap("jobs.Save", err)
		}
	}
	return nil
}

// Unzip expands an uploaded archive into a job's files, through ingest's guarded reader: entry counts,
// inflated sizes and names are checked before and while reading. Folders,
// hidden files and macOS metadata are left out; entries in folders are
// flattened to one name, which must stay unique.
func Unzip(data []byte, lim load.Limits) ([]File, error) {
	z, err := load.OpenSafeZip(data, lim)
	if err != nil {
		return nil, err
	}
	var out []File
	for _, name := range z.Names() {
		if strings.HasSuffix(name, "/") || strings.HasPrefix(path.Base(name), ".") || strings.HasPrefix(name, "__MACOSX/") {
			continue
		}
		flat := strings.ReplaceAll(path.Clean(name), "/", "_")
		if slices.ContainsFunc(out, func(u File) bool { return u.Name == flat }) {
			return nil, kg.Errorf(kg.EINVALID, "zip entries %q and another would both be stored as %q; rename one", name, flat)
		}
		out = append(out, File{Name: flat, Zip: z, Entry: name})
	}
	if len(out) == 0 {
		return nil, kg.Errorf(kg.EINVALID, "the zip archive holds no files")
	}
	return out, nil
}
