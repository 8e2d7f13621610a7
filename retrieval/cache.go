package retrieval

import (
	"container/list"
	"strings"
	"sync"
	"time"

	"github.com/kgassist/kgassist/kg"
)

// evidenceCache keeps recent evidence per clearance and question. Customer
// chat repeats itself ("how do I prime the pump?"), and evidence is the
// expensive half of an answer. Entries live at most ttl, the same bound the
// entity dictionary has, and every write through this process clears them.
type evidenceCache struct {
	mu    sync.Mutex
	size  int
	ttl   time.Duration
	order *list.List // front = most recent
	items map[string]*list.Element
}

type cacheEntry struct {
	key  string
	ev   *Evidence
	born time.Time
}

func newEvidenceCache(size int, ttl time.Duration) *evidenceCache {
	if size <= 0 {
		return nil
	}
	return &evidenceCache{size: size, ttl: ttl, order: list.New(), items: map[string]*list.Element{}}
}

func cacheKey(clearance kg.Audience, question string) string {
	return clearance.String() + "\x00" + strings.Join(strings.Fields(question), " ")
}

// get returns a copy of the cached evidence marked as cached in its trace.
func (c *evidenceCache) get(key string) (*Evidence, bool) {
	if c == nil {
		return nil, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	el, ok := c.items[key]
	if !ok {
		return nil, false
	}
	e := el.Value.(*cacheEntry)
	if time.Since(e.born) > c.ttl {
		c.order.Remove(el)
		delete(c.items, key)
		return nil, false
	}
	c.order.MoveToFront(el)
	ev := *e.ev
	ev.Trace.Cached = true
	return &ev, true
}

func (c *evidenceCache) put(key string, ev *Evidence) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.items[key]; ok {
		c.order.Remove(el)
	}
	c.items[key] = c.order.PushFront(&cacheEntry{key: key, ev: ev, born: time.Now()})
	for c.order.Len() > c.size {
		old := c.order.Back()
		c.order.Remove(old)
		delete(c.items, old.Value.(*cacheEntry).key)
	}
}

func (c *evidenceCache) clear() {
	if c == nil {
		return
	}
	c.mu.Lock()
	c.order.Init()
	c.items = map[string]*list.Element{}
	c.mu.Unlock()
}
