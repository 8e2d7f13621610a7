package retrieval

import (
	"context"
	"sync"
	"time"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval/tableq"
)

// maxCachedTableRows bounds the rows kept between questions per
// clearance; larger sets of tables are read for each question that asks.
const maxCachedTableRows = 100_000

// tableCache keeps the visible tables, read and parsed, between
// questions, as the entity dictionary is kept: they change only when the
// store does, so they are dropped when its version moves (Invalidate) or
// after the dictionary TTL. A question over tables then reads and parses
// no table, where it read and parsed every visible table's rows.
type tableCache struct {
	mu   sync.Mutex
	ttl  time.Duration
	gen  uint64
	sets map[kg.Audience]tableSet
}

type tableSet struct {
	tables []*tableq.Table
	at     time.Time
}

func (c *tableCache) clear() {
	c.mu.Lock()
	c.sets, c.gen = nil, c.gen+1
	c.mu.Unlock()
}

// load returns the tables clearance sees, from the cache when it holds
// them.
func (c *tableCache) load(ctx context.Context, tr kg.TableReader, clearance kg.Audience) ([]*tableq.Table, error) {
	c.mu.Lock()
	set, ok := c.sets[clearance]
	gen := c.gen
	c.mu.Unlock()
	if ok && time.Since(set.at) < c.ttl {
		return set.tables, nil
	}
	tables, err := tableq.Load(ctx, tr, clearance)
	if err != nil {
		return nil, err
	}
	rows := 0
	for _, t := range tables {
		rows += len(t.Rows)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if rows <= maxCachedTableRows && c.gen == gen { // not read across an invalidation
		if c.sets == nil {
			c.sets = map[kg.Audience]tableSet{}
		}
		c.sets[clearance] = tableSet{tables, time.Now()}
	}
	return tables, nil
}
