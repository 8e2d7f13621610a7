package groupcommit

import (
	"context"
	"errors"
	"sync"
	"testing"

	"github.com/kgassist/kgassist/kg"
)

// Items added while a commit runs wait for a later one, and every caller
// returns only once its item is written; a failed commit's error reaches
// its callers; a closed queue refuses items.
func TestItemsShareCommitsAndErrors(t *testing.T) {
	ctx := context.Background()
	release := make(chan struct{})
	var mu sync.Mutex
	var batches [][]int
	q := New("test.Write", func(items []int) error {
		if len(batches) == 0 {
			<-release // hold the first commit so the rest pile up
		}
		mu.Lock()
		defer mu.Unlock()
		batches = append(batches, items)
		if items[0] < 0 {
			return errors.New("disk full")
		}
		return nil
	})
	first := make(chan error, 1)
	go func() { first <- q.Add(ctx, 0) }()
	var wg sync.WaitGroup
	errs := make([]error, 10)
	for i := range errs {
		wg.Add(1)
		go func() { defer wg.Done(); errs[i] = q.Add(ctx, i+1) }()
	}
	close(release)
	wg.Wait()
	if err := <-first; err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, b := range batches {
		total += len(b)
	}
	if total != 11 {
		t.Fatalf("committed %d items in %v; want 11", total, batches)
	}
	for i, err := range errs {
		if err != nil {
			t.Errorf("item %d: %v", i+1, err)
		}
	}
	if err := q.Add(ctx, -1); err == nil || err.Error() != "disk full" {
		t.Errorf("failed commit returned %v; want its error", err)
	}
	q.Close()
	if err := q.Add(ctx, 1); !errors.Is(err, kg.ErrUnavailable) {
		t.Errorf("Add after Close = %v; want unavailable", err)
	}
}
