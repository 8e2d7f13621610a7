package auth

import (
	"encoding/json"
	"time"

	"github.com/kgassist/kgassist/kg"
)

// Job states. Queued and running jobs are resumed after a restart.
const (
	JobQueued    = "queued"
	JobRunning   = "running"
	JobDone      = "done"
	JobCancelled = "cancelled"
)

// Job is an asynchronous upload: files saved under the data folder,
// ingested one by one, with the results so far.
type Job struct {
	ID        string            `json:"id"`
	KeyID     string            `json:"-"`
	Audience  kg.Audience       `json:"audience"`
	State     string            `json:"state"`
	Files     []string          `json:"files"`
	Done      int               `json:"done"`
	Results   []json.RawMessage `json:"results"`
	CreatedAt time.Time         `json:"created_at"`
	UpdatedAt time.Time         `json:"updated_at"`
}
