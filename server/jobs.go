package server

import (
	"context"
	"encoding/json"
	"mime/multipart"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/kgassist/kgassist/auth"
	"github.com/kgassist/kgassist/ingest"
	"github.com/kgassist/kgassist/ingest/load"
	"github.com/kgassist/kgassist/jobs"
	"github.com/kgassist/kgassist/kg"
	"github.com/labstack/echo/v4"
)

// ingestJobFiles is the runner's Ingester: a job's files are uploads by
// the job's key.
func (s *Server) ingestJobFiles(ctx context.Context, j *auth.Job, files []jobs.SavedFile) []ingest.Result {
	ups := make([]pendingUpload, len(files))
	for i, f := range files {
		ups[i] = pendingUpload{uploadSpec: jobUpload(j, f.Name), gone: true, read: func() ([]byte, error) { return os.ReadFile(f.Path) }}
		if fi, err := os.Stat(f.Path); err == nil {
			ups[i].size, ups[i].gone = fi.Size(), false
		}
	}
	return s.ingestUploads(ctx, ups)
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

// createJob saves the uploaded files (zip archives unpacked, safely) and
// answers 202 with the job to poll.
func (s *Server) createJob(c echo.Context) error {
	return s.withUpload(c, func(form *multipart.Form, aud kg.Audience) error {
		return s.startJob(c, form, aud)
	})
}

// startJob saves the form's files for a job and starts it.
func (s *Server) startJob(c echo.Context, form *multipart.Form, aud kg.Audience) error {
	files, err := s.collectUploads(form.File["file"])
	if err != nil {
		return err
	}
	p := principalOf(c)
	names := make([]string, len(files))
	for i, f := range files {
		names[i] = p.Clearance.String() + "/" + f.Name
	}
	j, err := s.opts.Auth.CreateJob(c.Request().Context(), p.KeyID(), aud, names)
	if err != nil {
		return err
	}
	if err := s.jobs.Save(j.ID, files); err != nil {
		// An archive entry that lies about its size fails only while it is
		// saved: nothing of the job is kept.
		_, _ = s.opts.Auth.CancelJob(context.WithoutCancel(c.Request().Context()), p.KeyID(), j.ID)
		_ = os.RemoveAll(s.jobs.Dir(j.ID))
		return err
	}
	s.jobs.Start(j)
	c.Response().Header().Set("Location", "/v1/jobs/"+j.ID)
	return c.JSON(http.StatusAccepted, viewJob(j))
}

func (s *Server) collectUploads(fhs []*multipartFile) ([]jobs.File, error) {
	if len(fhs) == 0 {
		return nil, kg.Errorf(kg.EINVALID, "no \"file\" field in the form")
	}
	var out []jobs.File
	for _, fh := range fhs {
		if err := load.CheckSize(fh.Filename, fh.Size, s.opts.Pipeline.Limits); err != nil {
			return nil, err
		}
		name := filepath.Base(filepath.Clean("/" + fh.Filename))
		if !strings.EqualFold(filepath.Ext(name), ".zip") {
			// Copied from its temp file when the job is saved, so a
			// request never holds all its files in memory at once.
			out = append(out, jobs.File{Name: name, Open: openPart(fh)})
		} else {
			data, err := readPart(fh)
			if err != nil {
				return nil, kg.Errorf(kg.EINVALID, "reading upload %s: %v", fh.Filename, err)
			}
			inner, err := jobs.Unzip(data, s.opts.Pipeline.Limits)
			if err != nil {
				return nil, err
			}
			out = append(out, inner...)
		}
		if len(out) > s.opts.MaxUploadFiles {
			return nil, kg.Errorf(kg.ETOOLARGE, "at most %d files per upload", s.opts.MaxUploadFiles)
		}
	}
	return out, nil
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
	s.jobs.Cancel(j.ID)
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
