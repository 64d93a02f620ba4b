package pool

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func counter() (func(context.Context) (*int, error), *atomic.Int64) {
	var n atomic.Int64
	return func(context.Context) (*int, error) {
		v := int(n.Add(1))
		return &v, nil
	}, &n
}

func TestReusesTheWarmestIdleValue(t *testing.T) {
	newFn, created := counter()
	p := New(Config{Max: 3}, newFn, nil)
	a, _ := p.Get(context.Background())
	b, _ := p.Get(context.Background())
	p.Put(a)
	p.Put(b)
	if got, _ := p.Get(context.Background()); got != b {
		t.Fatal("the most recently returned value was not reused first")
	}
	if s := p.Stats(); s.Live != 2 || s.Cold != 2 || s.Warm != 1 || created.Load() != 2 {
		t.Fatalf("Stats = %+v", s)
	}
}

func TestWaitsInLineAtMax(t *testing.T) {
	newFn, created := counter()
	p := New(Config{Max: 1, MaxWaiters: 2}, newFn, nil)
	a, _ := p.Get(context.Background())

	got := make(chan *int, 2)
	for range 2 {
		go func() {
			v, err := p.Get(context.Background())
			if err != nil {
				t.Error(err)
			}
			got <- v
		}()
	}
	waitFor(t, func() bool { return p.Stats().Waiting == 2 })
	if _, err := p.Get(context.Background()); !errors.Is(err, ErrQueueFull) {
		t.Fatalf("third waiter: %v, want ErrQueueFull", err)
	}
	p.Put(a)
	v := <-got
	p.Put(v)
	if w := <-got; w != a || created.Load() != 1 {
		t.Fatalf("waiters got %v, created %d", w, created.Load())
	}
	if s := p.Stats(); s.Refused != 1 {
		t.Fatalf("Refused = %d", s.Refused)
	}
}

func TestWaitEndsWithTheContext(t *testing.T) {
	newFn, _ := counter()
	p := New(Config{Max: 1, MaxWaiters: 1}, newFn, nil)
	a, _ := p.Get(context.Background())
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	if _, err := p.Get(ctx); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Get = %v", err)
	}
	if s := p.Stats(); s.Waiting != 0 {
		t.Fatalf("the timed-out waiter stayed queued: %+v", s)
	}
	p.Put(a)
	if v, err := p.Get(context.Background()); err != nil || v != a {
		t.Fatal("the value returned after a waiter left was lost")
	}
}

func TestDiscardLetsAWaiterCreate(t *testing.T) {
	newFn, created := counter()
	var destroyed atomic.Int64
	p := New(Config{Max: 1, MaxWaiters: 1}, newFn, func(*int) { destroyed.Add(1) })
	a, _ := p.Get(context.Background())
	got := make(chan *int)
	go func() {
		v, _ := p.Get(context.Background())
		got <- v
	}()
	waitFor(t, func() bool { return p.Stats().Waiting == 1 })
	p.Discard(a)
	if v := <-got; v == a || created.Load() != 2 || destroyed.Load() != 1 || p.Stats().Live != 1 {
		t.Fatalf("after Discard: got %v, created %d, destroyed %d, %+v", v, created.Load(), destroyed.Load(), p.Stats())
	}
}

func TestNewErrorReleasesTheSlot(t *testing.T) {
	fail := true
	p := New(Config{Max: 1}, func(context.Context) (int, error) {
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

func TestReapDropsTheColdestDownToMin(t *testing.T) {
	newFn, _ := counter()
	var destroyed []int
	p := New(Config{Min: 1, Max: 4, IdleTimeout: time.Minute}, newFn, func(v *int) { destroyed = append(destroyed, *v) })
	var vs []*int
	for range 3 {
		v, _ := p.Get(context.Background())
		vs = append(vs, v)
	}
	for _, v := range vs {
		p.Put(v)
	}
	if n := p.Reap(time.Now()); n != 0 {
		t.Fatalf("reaped %d fresh values", n)
	}
	if n := p.Reap(time.Now().Add(2 * time.Minute)); n != 2 {
		t.Fatalf("reaped %d, want 2 (keeping Min 1)", n)
	}
	if len(destroyed) != 2 || destroyed[0] != 1 || destroyed[1] != 2 {
		t.Fatalf("destroyed %v, want the coldest first [1 2]", destroyed)
	}
	if s := p.Stats(); s.Live != 1 || s.Reaped != 2 {
		t.Fatalf("Stats = %+v", s)
	}
}

func TestCloseVisitsIdleFailsWaitersAndDestroysReturned(t *testing.T) {
	newFn, _ := counter()
	var visited, destroyed []int
	p := New(Config{Max: 2, MaxWaiters: 1}, newFn, func(v *int) { destroyed = append(destroyed, *v) })
	a, _ := p.Get(context.Background()) // 1
	b, _ := p.Get(context.Background()) // 2
	p.Put(a)
	a, _ = p.Get(context.Background())
	waitErr := make(chan error)
	go func() {
		_, err := p.Get(context.Background())
		waitErr <- err
	}()
	waitFor(t, func() bool { return p.Stats().Waiting == 1 })
	p.Close(func(v *int) { visited = append(visited, *v) })
	if err := <-waitErr; !errors.Is(err, ErrClosed) {
		t.Fatalf("waiter: %v, want ErrClosed", err)
	}
	if len(visited) != 0 {
		t.Fatalf("visited %v: nothing was idle", visited)
	}
	p.Put(b)
	p.Discard(a)
	if _, err := p.Get(context.Background()); !errors.Is(err, ErrClosed) {
		t.Fatalf("Get after Close = %v", err)
	}
	if p.Add(new(int)) {
		t.Fatal("Add after Close succeeded")
	}
	if len(destroyed) != 3 || destroyed[0] != 2 || destroyed[1] != 1 || p.Stats().Live != 0 {
		t.Fatalf("destroyed %v, live %d", destroyed, p.Stats().Live)
	}

	q := New(Config{Max: 2}, newFn, nil)
	v, _ := q.Get(context.Background())
	q.Put(v)
	q.Close(func(x *int) { visited = append(visited, *x) })
	if len(visited) != 1 || visited[0] != *v {
		t.Fatalf("Close visited %v, want the idle value", visited)
	}
}

func TestConcurrentBorrowersNeverShareAValue(t *testing.T) {
	newFn, created := counter()
	p := New(Config{Max: 4, MaxWaiters: 64}, newFn, nil)
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

// waitFor polls a condition that no channel signals (how many borrowers
// are queued); it bounds the wait and fails past it.
func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("condition never held")
		}
		time.Sleep(time.Millisecond)
	}
}
