package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"time"

	"github.com/kgassist/kgassist/auth"
	"github.com/kgassist/kgassist/kg"
)

// CreateJob stores a queued job.
func (db *DB) CreateJob(ctx context.Context, keyID string, aud kg.Audience, files []string) (*auth.Job, error) {
	now := db.now().UTC()
	j := &auth.Job{ID: auth.NewID("job"), KeyID: keyID, Audience: aud, State: auth.JobQueued, Files: files, Results: []json.RawMessage{}, CreatedAt: now, UpdatedAt: now}
	f, _ := json.Marshal(files)
	_, err := db.sql.ExecContext(ctx, `INSERT INTO jobs (id, key_id, audience, state, files, done, report, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, 0, '[]', ?, ?)`, j.ID, keyID, int(aud), j.State, string(f), now.UnixMilli(), now.UnixMilli())
	return j, kg.Wrap("auth.CreateJob", err)
}

// Progress records a job's state and results so far. A cancelled job
// stays cancelled.
func (db *DB) Progress(ctx context.Context, j *auth.Job) error {
	r, _ := json.Marshal(j.Results)
	_, err := db.sql.ExecContext(ctx, `UPDATE jobs SET state = CASE WHEN state = 'cancelled' THEN state ELSE ? END,
		done = ?, report = ?, updated_at = ? WHERE id = ?`, j.State, j.Done, string(r), db.now().UnixMilli(), j.ID)
	return kg.Wrap("auth.Progress", err)
}

// CancelJob marks a job cancelled; another key's job is ENOTFOUND.
func (db *DB) CancelJob(ctx context.Context, keyID, id string) (*auth.Job, error) {
	j, err := db.Job(ctx, keyID, id)
	if err != nil {
		return nil, err
	}
	if j.State == auth.JobQueued || j.State == auth.JobRunning {
		if _, err := db.sql.ExecContext(ctx, `UPDATE jobs SET state = 'cancelled', updated_at = ? WHERE id = ?`, db.now().UnixMilli(), id); err != nil {
			return nil, kg.Wrap("auth.CancelJob", err)
		}
		j.State = auth.JobCancelled
	}
	return j, nil
}

// Job fetches a job owned by keyID.
func (db *DB) Job(ctx context.Context, keyID, id string) (*auth.Job, error) {
	j, err := scanJob(db.sql.QueryRowContext(ctx, jobColumns+` WHERE id = ? AND key_id = ?`, id, keyID))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, kg.Errorf(kg.ENOTFOUND, "no job %q", id)
	}
	return j, kg.Wrap("auth.Job", err)
}

// UnfinishedJobs lists queued and running jobs, oldest first.
func (db *DB) UnfinishedJobs(ctx context.Context) ([]*auth.Job, error) {
	return queryAll(ctx, db.sql, "auth.UnfinishedJobs", scanJob, jobColumns+` WHERE state IN ('queued', 'running') ORDER BY created_at`)
}

const jobColumns = `SELECT id, key_id, audience, state, files, done, report, created_at, updated_at FROM jobs`

func scanJob(s scanner) (*auth.Job, error) {
	var j auth.Job
	var aud int
	var files, report string
	var created, updated int64
	if err := s.Scan(&j.ID, &j.KeyID, &aud, &j.State, &files, &j.Done, &report, &created, &updated); err != nil {
		return nil, err
	}
	j.Audience, j.CreatedAt, j.UpdatedAt = kg.Audience(aud), time.UnixMilli(created).UTC(), time.UnixMilli(updated).UTC()
	_ = json.Unmarshal([]byte(files), &j.Files)
	_ = json.Unmarshal([]byte(report), &j.Results)
	return &j, nil
}
