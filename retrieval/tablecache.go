package retrieval

import (
	"context"
	"sync"
	"time"

	"github.com/kgassist/kgassist/kg"
)

// maxCachedTableRows bounds the rows kept between questions per read;
// larger sets of tables are read for each question that asks.
const maxCachedTableRows = 100_000

// tableCache keeps the visible tables with their rows between questions,
// as the entity dictionary is kept: they change only when the store does,
// so they are dropped when its version moves (Invalidate) or after the
// dictionary TTL. A question over tables then reads no table at all,
// where it read every visible table's rows.
type tableCache struct {
	mu   sync.Mutex
	ttl  time.Duration
	gen  uint64
	sets map[tableKey]tableSet
}

type tableKey struct {
	clearance      kg.Audience
	limit, minRows int
}

type tableSet struct {
	tables []kg.LoadedTable
	at     time.Time
}

func (c *tableCache) clear() {
	c.mu.Lock()
	c.sets, c.gen = nil, c.gen+1
	c.mu.Unlock()
}

// cachedTables is a store's TableReader whose LoadTables answers from
// the cache.
type cachedTables struct {
	kg.TableReader
	cache *tableCache
}

func (t cachedTables) LoadTables(ctx context.Context, clearance kg.Audience, limit, minRows int) ([]kg.LoadedTable, error) {
	c, key := t.cache, tableKey{clearance, limit, minRows}
	c.mu.Lock()
	set, ok := c.sets[key]
	gen := c.gen
	c.mu.Unlock()
	if ok && time.Since(set.at) < c.ttl {
		return set.tables, nil
	}
	tables, err := kg.LoadTables(ctx, t.TableReader, clearance, limit, minRows)
	if err != nil {
		return nil, err
	}
	rows := 0
	for _, lt := range tables {
		rows += len(lt.Chunks)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if rows <= maxCachedTableRows && c.gen == gen { // not read across an invalidation
		if c.sets == nil {
			c.sets = map[tableKey]tableSet{}
		}
		c.sets[key] = tableSet{tables, time.Now()}
	}
	return tables, nil
}
