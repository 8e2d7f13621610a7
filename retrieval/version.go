package retrieval

import (
	"context"
	"errors"
	"sync"

	"github.com/kgassist/kgassist/kg"
)

// storeVersion remembers the store's change counter as of the cached
// evidence and dictionaries, so that a change by any writer (a CLI delete
// beside a running server, another replica, a job) drops them before the
// next question rather than when they expire.
type storeVersion struct {
	mu   sync.Mutex
	seen uint64
	ok   bool
}

// syncVersion drops the caches when the store's version moved, and says
// whether it did. A store without the ability, or one that cannot answer,
// leaves them to their TTL.
func (r *Retriever) syncVersion(ctx context.Context) bool {
	v, ok := r.store.(kg.Versioner)
	if !ok {
		return false
	}
	n, err := v.Version(ctx)
	if err != nil {
		return false
	}
	return r.noteVersion(n)
}

// noteVersion records version n, read by itself or with a question's
// first reads, and drops the caches when it moved.
func (r *Retriever) noteVersion(n uint64) bool {
	sv := &r.version
	sv.mu.Lock()
	changed := sv.ok && sv.seen != n
	sv.seen, sv.ok = n, true
	sv.mu.Unlock()
	if changed {
		r.Invalidate()
	}
	return changed
}

// errStoreMoved says the store changed while a question was read with
// dictionaries of the version before: it is read again with fresh ones.
var errStoreMoved = errors.New("retrieval: the store changed during the question")

// versioned says whether the store has a version to read with a
// question's first round.
func (r *Retriever) versioned() bool {
	_, ok := r.store.(kg.Versioner)
	return ok
}
