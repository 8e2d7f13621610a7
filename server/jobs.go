package server

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/kgassist/kgassist/ingest"
	"github.com/kgassist/kgassist/ingest/load"
	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/server/auth"
)

// jobRunner ingests uploaded files in the background. Files live under
// DataDir/jobs/ID until the job ends, and progress is written to the auth
// database after each file, so a restarted server resumes where it left.
type jobRunner struct {
	s       *Server
	mu      sync.Mutex
	running map[string]context.CancelFunc
	wg      sync.WaitGroup
}

func newJobRunner(s *Server) *jobRunner {
	return &jobRunner{s: s, running: map[string]context.CancelFunc{}}
}

func (r *jobRunner) dir(id string) string { return filepath.Join(r.s.opts.DataDir, "jobs", id) }

func (r *jobRunner) resume(ctx context.Context) error {
	if r.s.opts.Auth == nil || r.s.opts.Pipeline == nil {
		return nil
	}
	jobs, err := r.s.opts.Auth.UnfinishedJobs(ctx)
	if err != nil {
		return err
	}
	for _, j := range jobs {
		r.start(j)
	}
	return nil
}

func (r *jobRunner) start(j *auth.Job) {
	ctx, cancel := context.WithCancel(context.Background())
	r.mu.Lock()
	r.running[j.ID] = cancel
	r.mu.Unlock()
	r.wg.Add(1)
	go func() {
		defer r.wg.Done()
		defer cancel()
		r.run(ctx, j)
		if cur, err := r.s.opts.Auth.Job(context.Background(), j.KeyID, j.ID); err == nil && cur.State == auth.JobCancelled {
			_ = os.RemoveAll(r.dir(j.ID))
		}
		r.mu.Lock()
		delete(r.running, j.ID)
		r.mu.Unlock()
	}()
}

// run ingests the job's files from where it stopped.
func (r *jobRunner) run(ctx context.Context, j *auth.Job) {
	db := r.s.opts.Auth
	j.State = auth.JobRunning
	_ = db.Progress(ctx, j)
	changed := false
	for j.Done < len(j.Files) {
		if ctx.Err() != nil {
			return // shutting down or cancelled: the database says which
		}
		name := j.Files[j.Done]
		res := r.ingestFile(ctx, j, name, filepath.Join(r.dir(j.ID), fmt.Sprintf("%04d", j.Done)))
		if ctx.Err() != nil && res.Status == ingest.StatusFailed {
			return // interrupted mid-file: redo it on resume
		}
		changed = changed || res.Status == ingest.StatusOK
		b, _ := json.Marshal(res)
		j.Results, j.Done = append(j.Results, b), j.Done+1
		_ = db.Progress(context.WithoutCancel(ctx), j)
	}
	j.State = auth.JobDone
	_ = db.Progress(context.WithoutCancel(ctx), j)
	if changed {
		r.s.opts.OnChange()
	}
	_ = os.RemoveAll(r.dir(j.ID))
}

func (r *jobRunner) ingestFile(ctx context.Context, j *auth.Job, name, file string) ingest.Result {
	up := jobUpload(j, name)
	fi, err := os.Stat(file)
	if err != nil {
		return ingest.Result{URI: uploadURI(up.writer, up.name), Status: ingest.StatusFailed, Code: kg.EINTERNAL, Error: "uploaded file is gone"}
	}
	return r.s.ingestUpload(ctx, up, fi.Size(), func() ([]byte, error) { return os.ReadFile(file) })
}

// jobUpload reads a job's file name, "CLEARANCE/NAME": the sender's
// clearance is kept with the name, so a resumed job writes where the
// sender could. A bare name (older jobs) counts as sent at the job's
// audience, the least the sender held, unless the local operator sent it.
func jobUpload(j *auth.Job, name string) uploadSpec {
	up := uploadSpec{name: name, aud: j.Audience, writer: j.Audience, keyID: j.KeyID}
	if j.KeyID == localOperatorID {
		up.writer = kg.Restricted
	}
	if level, base, ok := strings.Cut(name, "/"); ok {
		if a, err := kg.ParseAudience(level); err == nil && level != "" && a >= j.Audience {
			up.name, up.writer = base, a
		}
	}
	return up
}

func (r *jobRunner) cancel(id string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if c := r.running[id]; c != nil {
		c()
	}
}

// stop interrupts running jobs and waits for them; their state stays
// running, so the next start resumes them.
func (r *jobRunner) stop() {
	r.mu.Lock()
	for _, c := range r.running {
		c()
	}
	r.mu.Unlock()
	r.wg.Wait()
}

// createJob saves the uploaded files (zip archives unpacked, safely) and
// answers 202 with the job to poll.
func (s *Server) createJob(c echo.Context) error {
	if s.opts.Pipeline == nil {
		return kg.Errorf(kg.EUNSUPPORTED, "this server does not accept uploads")
	}
	form, err := c.MultipartForm()
	if err != nil {
		return kg.Errorf(kg.EINVALID, "expected a multipart form with one or more \"file\" fields")
	}
	aud, err := uploadAudience(c)
	if err != nil {
		return err
	}
	files, err := s.collectUploads(form.File["file"])
	if err != nil {
		return err
	}
	p := principalOf(c)
	names := make([]string, len(files))
	for i, f := range files {
		names[i] = p.Clearance.String() + "/" + f.name
	}
	j, err := s.opts.Auth.CreateJob(c.Request().Context(), p.KeyID(), aud, names)
	if err != nil {
		return err
	}
	if err := s.saveJobFiles(s.jobs.dir(j.ID), files); err != nil {
		// An archive entry that lies about its size fails only while it is
		// saved: nothing of the job is kept.
		_, _ = s.opts.Auth.CancelJob(context.WithoutCancel(c.Request().Context()), p.KeyID(), j.ID)
		_ = os.RemoveAll(s.jobs.dir(j.ID))
		return err
	}
	s.jobs.start(j)
	c.Response().Header().Set("Location", "/v1/jobs/"+j.ID)
	return c.JSON(http.StatusAccepted, viewJob(j))
}

// upload is one file of a job: bytes of a plain part, or an entry of a
// guarded archive read only when it is saved, so a job holds one archive
// in memory rather than everything it inflates to.
type upload struct {
	name  string
	data  []byte
	zip   *load.SafeZip
	entry string
}

// save writes the file to path, streaming an archive entry through the
// archive's bounded reader.
func (u upload) save(path string) error {
	if u.zip == nil {
		return os.WriteFile(path, u.data, 0o600)
	}
	rc, err := u.zip.Open(u.entry)
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

func (s *Server) collectUploads(fhs []*multipartFile) ([]upload, error) {
	if len(fhs) == 0 {
		return nil, kg.Errorf(kg.EINVALID, "no \"file\" field in the form")
	}
	var out []upload
	for _, fh := range fhs {
		if err := load.CheckSize(fh.Filename, fh.Size, s.opts.Pipeline.Limits); err != nil {
			return nil, err
		}
		data, err := readPart(fh)
		if err != nil {
			return nil, kg.Errorf(kg.EINVALID, "reading upload %s: %v", fh.Filename, err)
		}
		name := filepath.Base(filepath.Clean("/" + fh.Filename))
		if strings.EqualFold(filepath.Ext(name), ".zip") {
			inner, err := s.unzip(data)
			if err != nil {
				return nil, err
			}
			out = append(out, inner...)
		} else {
			out = append(out, upload{name: name, data: data})
		}
		if len(out) > s.opts.MaxUploadFiles {
			return nil, kg.Errorf(kg.ETOOLARGE, "at most %d files per upload", s.opts.MaxUploadFiles)
		}
	}
	return out, nil
}

// unzip expands an archive through ingest's guarded reader: entry counts,
// inflated sizes and names are checked before and while reading.
func (s *Server) unzip(data []byte) ([]upload, error) {
	z, err := load.OpenSafeZip(data, s.opts.Pipeline.Limits)
	if err != nil {
		return nil, err
	}
	var out []upload
	for _, name := range z.Names() {
		if strings.HasSuffix(name, "/") || strings.HasPrefix(path.Base(name), ".") || strings.HasPrefix(name, "__MACOSX/") {
			continue
		}
		flat := strings.ReplaceAll(path.Clean(name), "/", "_")
		if slices.ContainsFunc(out, func(u upload) bool { return u.name == flat }) {
			return nil, kg.Errorf(kg.EINVALID, "zip entries %q and another would both be stored as %q; rename one", name, flat)
		}
		out = append(out, upload{name: flat, zip: z, entry: name})
	}
	if len(out) == 0 {
		return nil, kg.Errorf(kg.EINVALID, "the zip archive holds no files")
	}
	return out, nil
}

func (s *Server) saveJobFiles(dir string, files []upload) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return kg.Wrap("server.saveJobFiles", err)
	}
	for i, f := range files {
		if err := f.save(filepath.Join(dir, fmt.Sprintf("%04d", i))); err != nil {
			return kg.Wrap("server.saveJobFiles", err)
		}
	}
	return nil
}

func (s *Server) getJob(c echo.Context) error {
	j, err := s.opts.Auth.Job(c.Request().Context(), principalOf(c).KeyID(), c.Param("id"))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, viewJob(j))
}

// jobView is a job with the totals of its results so far: documents
// written, unchanged and failed, facts added, and what model extraction
// cost, so a client need not add up the per-file results.
type jobView struct {
	*auth.Job
	Summary ingest.Report `json:"summary"`
}

func viewJob(j *auth.Job) jobView {
	v := jobView{Job: j}
	for _, raw := range j.Results {
		var r ingest.Result
		if json.Unmarshal(raw, &r) == nil {
			v.Summary.Add(r)
		}
	}
	v.Summary.Results = nil
	return v
}

func (s *Server) cancelJob(c echo.Context) error {
	j, err := s.opts.Auth.CancelJob(c.Request().Context(), principalOf(c).KeyID(), c.Param("id"))
	if err != nil {
		return err
	}
	s.jobs.cancel(j.ID)
	return c.JSON(http.StatusOK, j)
}

// jobEvents streams a job's progress until it ends. It reads the shared
// database, so it works on any replica, not only the one running the job.
func (s *Server) jobEvents(c echo.Context) error {
	ctx, keyID, id := c.Request().Context(), principalOf(c).KeyID(), c.Param("id")
	j, err := s.opts.Auth.Job(ctx, keyID, id)
	if err != nil {
		return err
	}
	w := &sse{c: c}
	last := -1
	tick := time.NewTicker(150 * time.Millisecond)
	defer tick.Stop()
	for {
		if j.Done != last || j.State == auth.JobDone || j.State == auth.JobCancelled {
			last = j.Done
			if err := w.send("progress", viewJob(j)); err != nil {
				return nil
			}
		}
		if j.State == auth.JobDone || j.State == auth.JobCancelled {
			return w.send("done", viewJob(j))
		}
		select {
		case <-ctx.Done():
			return nil
		case <-tick.C:
		}
		if j, err = s.opts.Auth.Job(ctx, keyID, id); err != nil {
			return w.send("error", errorBody(err))
		}
	}
}
