package assistant

import (
	"strings"
	"sync"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// draftCache remembers the extractive answerer's drafts for evidence the
// retriever served from its cache: the same evidence gives the same draft,
// so a repeated question costs neither retrieval nor composition. It is only
// consulted for cached evidence, so it can never outlive the evidence cache.
type draftCache struct {
	mu sync.Mutex
	m  map[string]Draft
}

// maxDrafts bounds the cache; past it the cache starts over.
const maxDrafts = 4096

func draftKey(clearance kg.Audience, question string) string {
	return clearance.String() + "\x00" + strings.Join(strings.Fields(question), " ")
}

func (c *draftCache) draft(ev *retrieval.Evidence, key string, compose func() (Draft, error)) (Draft, error) {
	if ev.Trace.Cached {
		c.mu.Lock()
		d, ok := c.m[key]
		c.mu.Unlock()
		if ok {
			return d, nil
		}
	}
	d, err := compose()
	if err != nil {
		return d, err
	}
	c.mu.Lock()
	if c.m == nil || len(c.m) >= maxDrafts {
		c.m = map[string]Draft{}
	}
	c.m[key] = d
	c.mu.Unlock()
	return d, nil
}
