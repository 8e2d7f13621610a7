package kg

import "context"

// Versioner is an optional ability: a number that changes whenever any
// writer commits a change to the store — this process, a CLI run beside a
// server, another replica, a job. Caches of what the store holds compare it
// on every use, so none serves content a writer has since changed or
// deleted. Reading it must be cheap (one small query); it says nothing
// about order, only whether something changed since it was last read.
type Versioner interface {
	Version(ctx context.Context) (uint64, error)
}
