package pool

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
)

func counter() (func(context.Context) (*int, error), *atomic.Int64) {
	var n atomic.Int64
	return func(context.Context) (*int, error) {
		v := int(n.Add(1))
		return &v, nil
	}, &n
}

func TestReusesIdleValuesAndCountsColdAndWarm(t *testing.T) {
	newFn, created := counter()
	p := New(2, newFn, nil)
	a, _ := p.Get(context.Background())
	p.Put(a)
	b, _ := p.Get(context.Background())
	if a != b {
		t.Fatal("an idle value was not reused")
	}
	c, _ := p.Get(context.Background())
	if c == b || created.Load() != 2 {
		t.Fatalf("second concurrent borrow: created %d", created.Load())
	}
	if live, cold, warm := p.Stats(); live != 2 || cold != 2 || warm != 1 {
		t.Fatalf("Stats = %d %d %d", live, cold, warm)
	}
}

func TestWaitsAtMaxUntilPutOrCancel(t *testing.T) {
	newFn, created := counter()
	p := New(1, newFn, nil)
	a, _ := p.Get(context.Background())

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := p.Get(ctx); !errors.Is(err, context.Canceled) {
		t.Fatalf("Get at max with a cancelled context = %v", err)
	}

	got := make(chan *int)
	go func() {
		v, _ := p.Get(context.Background())
		got <- v
	}()
	p.Put(a)
	if v := <-got; v != a || created.Load() != 1 {
		t.Fatalf("waiter got %v, created %d", v, created.Load())
	}
}

func TestDiscardFreesASlotForAWaiter(t *testing.T) {
	newFn, created := counter()
	var destroyed atomic.Int64
	p := New(1, newFn, func(*int) { destroyed.Add(1) })
	a, _ := p.Get(context.Background())
	got := make(chan *int)
	go func() {
		v, _ := p.Get(context.Background())
		got <- v
	}()
	p.Discard(a)
	if v := <-got; v == a || created.Load() != 2 || destroyed.Load() != 1 {
		t.Fatalf("after Discard: got %v, created %d, destroyed %d", v, created.Load(), destroyed.Load())
	}
}

func TestNewErrorReleasesTheSlot(t *testing.T) {
	fail := true
	p := New(1, func(context.Context) (int, error) {
		if fail {
			return 0, errors.New("boom")
		}
		return 7, nil
	}, nil)
	if _, err := p.Get(context.Background()); err == nil {
		t.Fatal("no error")
	}
	fail = false
	if v, err := p.Get(context.Background()); err != nil || v != 7 {
		t.Fatalf("Get after a failed create = %v, %v", v, err)
	}
}

func TestCloseVisitsIdleAndDestroysReturned(t *testing.T) {
	newFn, _ := counter()
	var mu sync.Mutex
	var visited, destroyed []int
	p := New(3, newFn, func(v *int) { mu.Lock(); destroyed = append(destroyed, *v); mu.Unlock() })
	a, _ := p.Get(context.Background())
	b, _ := p.Get(context.Background())
	p.Put(a)
	p.Close(func(v *int) { visited = append(visited, *v) })
	if len(visited) != 1 || visited[0] != *a {
		t.Fatalf("Close visited %v", visited)
	}
	p.Put(b) // returned after Close: destroyed, not kept
	if _, err := p.Get(context.Background()); !errors.Is(err, ErrClosed) {
		t.Fatalf("Get after Close = %v", err)
	}
	if live, _, _ := p.Stats(); live != 0 || len(destroyed) != 2 {
		t.Fatalf("live %d, destroyed %v", live, destroyed)
	}
	if p.Add(new(int)) {
		t.Fatal("Add after Close succeeded")
	}
}

func TestConcurrentBorrowersNeverShareAValue(t *testing.T) {
	newFn, created := counter()
	p := New(4, newFn, nil)
	var inUse sync.Map
	var wg sync.WaitGroup
	var clash atomic.Bool
	for range 16 {
		wg.Go(func() {
			for range 200 {
				v, err := p.Get(context.Background())
				if err != nil {
					t.Error(err)
					return
				}
				if _, loaded := inUse.LoadOrStore(v, true); loaded {
					clash.Store(true)
				}
				inUse.Delete(v)
				p.Put(v)
			}
		})
	}
	wg.Wait()
	if clash.Load() {
		t.Fatal("two borrowers held the same value")
	}
	if created.Load() > 4 {
		t.Fatalf("created %d values, max is 4", created.Load())
	}
}
