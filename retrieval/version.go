package retrieval

import (
	"context"
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

// sync drops the caches when the store's version moved. A store without
// the ability, or one that cannot answer, leaves them to their TTL.
func (r *Retriever) syncVersion(ctx context.Context) {
	v, ok := r.store.(kg.Versioner)
	if !ok {
		return
	}
	n, err := v.Version(ctx)
	if err != nil {
		return
	}
	sv := &r.version
	sv.mu.Lock()
	changed := sv.ok && sv.seen != n
	sv.seen, sv.ok = n, true
	sv.mu.Unlock()
	if changed {
		r.Invalidate()
	}
}
