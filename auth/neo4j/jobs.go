package neo4jauth

import (
	"context"
	"encoding/json"
	"time"

	"github.com/kgassist/kgassist/auth"
	"github.com/kgassist/kgassist/kg"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// CreateJob stores a queued job, marked with this replica: its files are
// about to be saved in this replica's data folder, so only this replica
// can resume it. Any replica can report on it or cancel it.
func (b *Backend) CreateJob(ctx context.Context, keyID string, aud kg.Audience, files []string) (*auth.Job, error) {
	now := b.now().UTC()
	j := &auth.Job{ID: auth.NewID("job"), KeyID: keyID, Audience: aud, State: auth.JobQueued, Files: files,
		Results: []json.RawMessage{}, CreatedAt: now, UpdatedAt: now}
	_, err := b.query(ctx, "neo4jauth.CreateJob", `CREATE (:KgaJob {id: $id, key_id: $key, replica: $replica, audience: $aud,
  state: $state, files: $files, done: 0, report: '[]', created_at: $now, updated_at: $now})`,
		map[string]any{"id": j.ID, "key": keyID, "replica": b.replica, "aud": int64(aud), "state": j.State,
			"files": nonNil(files), "now": now.UnixMilli()})
	if err != nil {
		return nil, err
	}
	return j, nil
}

// Progress records a job's state and results so far. A cancelled job
// stays cancelled.
func (b *Backend) Progress(ctx context.Context, j *auth.Job) error {
	report, _ := json.Marshal(j.Results)
	_, err := b.query(ctx, "neo4jauth.Progress", `MATCH (j:KgaJob {id: $id})
SET j.state = CASE WHEN j.state = 'cancelled' THEN j.state ELSE $state END,
    j.done = $done, j.report = $report, j.updated_at = $now`,
		map[string]any{"id": j.ID, "state": j.State, "done": int64(j.Done), "report": string(report), "now": b.nowMs()})
	return err
}

// CancelJob marks a queued or running job cancelled and returns it; another
// key's job is ENOTFOUND. The replica running it sees the state when it
// next records progress.
func (b *Backend) CancelJob(ctx context.Context, keyID, id string) (*auth.Job, error) {
	recs, err := b.query(ctx, "neo4jauth.CancelJob", `MATCH (j:KgaJob {id: $id}) WHERE j.key_id = $key
WITH j, j.state IN ['queued', 'running'] AS live
SET j.state = CASE WHEN live THEN 'cancelled' ELSE j.state END,
    j.updated_at = CASE WHEN live THEN $now ELSE j.updated_at END
RETURN j {.*}`, map[string]any{"id": id, "key": keyID, "now": b.nowMs()})
	return oneJob(recs, err, id)
}

// Job fetches a job owned by keyID.
func (b *Backend) Job(ctx context.Context, keyID, id string) (*auth.Job, error) {
	recs, err := b.query(ctx, "neo4jauth.Job", `MATCH (j:KgaJob {id: $id}) WHERE j.key_id = $key RETURN j {.*}`,
		map[string]any{"id": id, "key": keyID})
	return oneJob(recs, err, id)
}

// oneJob is the job a query for job id returned, ENOTFOUND when it
// returned none.
func oneJob(recs []*neo4j.Record, err error, id string) (*auth.Job, error) {
	if err != nil {
		return nil, err
	}
	p, ok := first(recs)
	if !ok {
		return nil, kg.Errorf(kg.ENOTFOUND, "no job %q", id)
	}
	return jobOf(p), nil
}

// UnfinishedJobs lists this replica's queued and running jobs, oldest
// first: the ones whose files are in its data folder.
func (b *Backend) UnfinishedJobs(ctx context.Context) ([]*auth.Job, error) {
	recs, err := b.query(ctx, "neo4jauth.UnfinishedJobs", `MATCH (j:KgaJob) WHERE j.state IN ['queued', 'running'] AND j.replica = $replica
RETURN j {.*} ORDER BY j.created_at, j.id`, map[string]any{"replica": b.replica})
	if err != nil {
		return nil, err
	}
	var out []*auth.Job
	for _, p := range column(recs) {
		out = append(out, jobOf(p))
	}
	return out, nil
}

func jobOf(p props) *auth.Job {
	j := &auth.Job{ID: p.str("id"), KeyID: p.str("key_id"), Audience: kg.Audience(p.num("audience")), State: p.str("state"),
		Files: p.strs("files"), Done: p.num("done"), CreatedAt: time.UnixMilli(p.i64("created_at")).UTC(),
		UpdatedAt: time.UnixMilli(p.i64("updated_at")).UTC()}
	_ = json.Unmarshal([]byte(p.str("report")), &j.Results)
	return j
}
