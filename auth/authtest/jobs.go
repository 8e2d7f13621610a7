package authtest

import (
	"encoding/json"
	"slices"
	"testing"
	"time"

	"github.com/kgassist/kgassist/auth"
	"github.com/kgassist/kgassist/kg"
)

func testJobOwnership(t *testing.T, e *env) {
	j, err := e.CreateJob(e.ctx, "key_a", kg.Internal, []string{"manual.pdf", "bom.xlsx"})
	must(t, "create", err)
	if j.State != auth.JobQueued || j.Done != 0 || j.Results == nil || j.CreatedAt.IsZero() {
		t.Fatalf("new job %+v", j)
	}
	got, err := e.Job(e.ctx, "key_a", j.ID)
	if err != nil || got.KeyID != "key_a" || got.Audience != kg.Internal || got.State != auth.JobQueued ||
		!slices.Equal(got.Files, j.Files) || got.CreatedAt.UnixMilli() != j.CreatedAt.UnixMilli() {
		t.Fatalf("job = %+v, %v; want %+v", got, err, j)
	}
	_, err = e.Job(e.ctx, "key_b", j.ID)
	wantCode(t, "another key reads", err, kg.ENOTFOUND)
	_, err = e.CancelJob(e.ctx, "key_b", j.ID)
	wantCode(t, "another key cancels", err, kg.ENOTFOUND)
	_, err = e.Job(e.ctx, "key_a", "job_nope")
	wantCode(t, "unknown job", err, kg.ENOTFOUND)
	if got, _ := e.Job(e.ctx, "key_a", j.ID); got.State != auth.JobQueued {
		t.Fatalf("another key's cancel changed the job to %s", got.State)
	}
}

func testJobProgress(t *testing.T, e *env) {
	j, err := e.CreateJob(e.ctx, "k", kg.Public, []string{"a.md", "b.md"})
	must(t, "create", err)
	j.State, j.Done, j.Results = auth.JobRunning, 1, []json.RawMessage{json.RawMessage(`{"uri":"upload/a.md","status":"ok"}`)}
	e.advance(time.Second)
	must(t, "progress", e.Progress(e.ctx, j))
	got, err := e.Job(e.ctx, "k", j.ID)
	must(t, "job", err)
	if got.State != auth.JobRunning || got.Done != 1 || len(got.Results) != 1 || !got.UpdatedAt.After(got.CreatedAt) {
		t.Fatalf("after progress %+v", got)
	}
	var res struct{ URI, Status string }
	if err := json.Unmarshal(got.Results[0], &res); err != nil || res.URI != "upload/a.md" || res.Status != "ok" {
		t.Fatalf("result %s: %v", got.Results[0], err)
	}
	c, err := e.CancelJob(e.ctx, "k", j.ID)
	if err != nil || c.State != auth.JobCancelled {
		t.Fatalf("cancel = %+v, %v", c, err)
	}
	j.State, j.Done = auth.JobDone, 2
	must(t, "progress after cancel", e.Progress(e.ctx, j))
	if got, _ := e.Job(e.ctx, "k", j.ID); got.State != auth.JobCancelled || got.Done != 2 {
		t.Fatalf("progress after cancel left %s with %d done; want cancelled, progress kept", got.State, got.Done)
	}
	done, err := e.CreateJob(e.ctx, "k", kg.Public, []string{"c.md"})
	must(t, "create", err)
	done.State, done.Done = auth.JobDone, 1
	must(t, "progress", e.Progress(e.ctx, done))
	if c, err := e.CancelJob(e.ctx, "k", done.ID); err != nil || c.State != auth.JobDone {
		t.Fatalf("cancel of a finished job = %+v, %v; want it left done", c, err)
	}
}

func testUnfinishedJobs(t *testing.T, e *env) {
	var ids []string
	for _, state := range []string{auth.JobRunning, auth.JobDone, auth.JobQueued, auth.JobCancelled} {
		j, err := e.CreateJob(e.ctx, "k", kg.Public, []string{"f.md"})
		must(t, "create", err)
		j.State = state
		if state != auth.JobQueued {
			must(t, "progress", e.Progress(e.ctx, j))
		}
		if state == auth.JobRunning || state == auth.JobQueued {
			ids = append(ids, j.ID)
		}
		e.advance(10 * time.Millisecond)
	}
	jobs, err := e.UnfinishedJobs(e.ctx)
	must(t, "unfinished", err)
	var got []string
	for _, j := range jobs {
		got = append(got, j.ID)
		if j.KeyID != "k" || len(j.Files) != 1 {
			t.Errorf("resumable job lacks its owner or files: %+v", j)
		}
	}
	if !slices.Equal(got, ids) {
		t.Fatalf("unfinished = %v, want the running then the queued job %v", got, ids)
	}
}
