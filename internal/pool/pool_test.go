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

func get(t *testing.T, p *Pool[*int], busy func(*int) bool) *int {
	t.Helper()
	v, err := p.Get(context.Background(), 0, busy)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func never(*int) bool  { return false }
func always(*int) bool { return true }

func TestIOBoundBorrowersShareOneValue(t *testing.T) {
	newFn, created := counter()
	p := New(Config{Max: 4, MaxPerValue: 100}, newFn, nil)
	first := get(t, p, never)
	for range 50 {
		if v := get(t, p, never); v != first {
			t.Fatal("a value that is not busy running code did not take another borrower")
		}
	}
	if created.Load() != 1 {
		t.Fatalf("created %d values for borrowers that only wait on I/O", created.Load())
	}
	if s := p.Stats(); s.InFlight != 51 || s.Live != 1 || s.Idle != 0 {
		t.Fatalf("Stats = %+v", s)
	}
}

func TestBusyValuesMakeNewOnesUpToMax(t *testing.T) {
	newFn, created := counter()
	p := New(Config{Max: 3, MaxPerValue: 10}, newFn, nil)
	seen := map[*int]int{}
	for range 9 {
		seen[get(t, p, always)]++
	}
	if created.Load() != 3 || len(seen) != 3 {
		t.Fatalf("created %d, spread over %d values; want 3", created.Load(), len(seen))
	}
	for v, n := range seen {
		if n != 3 {
			t.Fatalf("value %d got %d borrowers; the least loaded must be chosen (want 3 each)", *v, n)
		}
	}
}

func TestFreeValueFirstAndTheWarmestAmongEquals(t *testing.T) {
	newFn, _ := counter()
	p := New(Config{Max: 3, MaxPerValue: 10}, newFn, nil)
	a := get(t, p, always)
	b := get(t, p, always)
	p.Put(a)
	p.Put(b) // b is now the most recently used free value
	if v := get(t, p, always); v != b {
		t.Fatal("the most recently used free value was not chosen")
	}
	if v := get(t, p, always); v != a {
		t.Fatal("a free value was not preferred to a new one")
	}
}

func TestFullValuesQueueThenRefuse(t *testing.T) {
	newFn, created := counter()
	p := New(Config{Max: 1, MaxPerValue: 2, MaxWaiters: 1}, newFn, nil)
	a := get(t, p, never)
	get(t, p, never)
	got := make(chan *int, 1)
	go func() {
		v, err := p.Get(context.Background(), 0, never)
		if err != nil {
			t.Error(err)
		}
		got <- v
	}()
	waitFor(t, func() bool { return p.Stats().Waiting == 1 })
	if _, err := p.Get(context.Background(), 0, never); !errors.Is(err, ErrQueueFull) {
		t.Fatalf("second waiter: %v, want ErrQueueFull", err)
	}
	p.Put(a)
	if v := <-got; v != a || created.Load() != 1 {
		t.Fatalf("waiter got %v, created %d", v, created.Load())
	}
	if s := p.Stats(); s.Refused != 1 || s.Queued != 1 || s.InFlight != 2 {
		t.Fatalf("Stats = %+v", s)
	}
}

func TestWaitEndsWithTheContext(t *testing.T) {
	newFn, _ := counter()
	p := New(Config{Max: 1, MaxPerValue: 1, MaxWaiters: 5}, newFn, nil)
	a := get(t, p, never)
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() {
		_, err := p.Get(ctx, 0, never)
		errc <- err
	}()
	waitFor(t, func() bool { return p.Stats().Waiting == 1 })
	cancel()
	if err := <-errc; !errors.Is(err, context.Canceled) {
		t.Fatalf("Get = %v, want context.Canceled", err)
	}
	p.Put(a)
	if s := p.Stats(); s.Waiting != 0 || s.Idle != 1 {
		t.Fatalf("Stats = %+v", s)
	}
}

func TestDiscardLetsAWaiterCreateAndDestroysAfterTheLastBorrow(t *testing.T) {
	newFn, created := counter()
	var destroyed []*int
	var mu sync.Mutex
	p := New(Config{Max: 1, MaxPerValue: 2, MaxWaiters: 1}, newFn, func(v *int) {
		mu.Lock()
		destroyed = append(destroyed, v)
		mu.Unlock()
	})
	a := get(t, p, never)
	get(t, p, never)
	got := make(chan *int, 1)
	go func() {
		v, _ := p.Get(context.Background(), 0, never)
		got <- v
	}()
	waitFor(t, func() bool { return p.Stats().Waiting == 1 })
	p.Discard(a)
	b := <-got
	if b == a || created.Load() != 2 {
		t.Fatalf("the waiter got %v, created %d; want a new value", b, created.Load())
	}
	p.Put(a)
	mu.Lock()
	n := len(destroyed)
	mu.Unlock()
	if n != 0 {
		t.Fatal("a discarded value was destroyed while a borrow of it was out")
	}
	p.Put(a)
	mu.Lock()
	defer mu.Unlock()
	if len(destroyed) != 1 || destroyed[0] != a {
		t.Fatalf("destroyed %v, want the discarded value after its last Put", destroyed)
	}
}

func TestNewErrorFreesThePlace(t *testing.T) {
	fail := true
	var n int
	p := New(Config{Max: 1}, func(context.Context) (*int, error) {
		if fail {
			return nil, errors.New("boom")
		}
		n++
		return &n, nil
	}, nil)
	if _, err := p.Get(context.Background(), 0, never); err == nil {
		t.Fatal("Get hid newFn's error")
	}
	fail = false
	if _, err := p.Get(context.Background(), 0, never); err != nil {
		t.Fatalf("the place of the failed value was not freed: %v", err)
	}
}

func TestReapDropsTheIdleDownToMin(t *testing.T) {
	newFn, _ := counter()
	var destroyed atomic.Int64
	p := New(Config{Min: 1, Max: 3, IdleTimeout: time.Minute}, newFn, func(*int) { destroyed.Add(1) })
	a, b, c := get(t, p, always), get(t, p, always), get(t, p, always)
	p.Put(a)
	p.Put(b)
	// c keeps a borrower: never reaped however old.
	if n := p.Reap(time.Now().Add(2*time.Minute), nil); n != 2 || destroyed.Load() != 2 {
		t.Fatalf("reaped %d, destroyed %d; want 2 (c is busy, Min 1 is kept by it)", n, destroyed.Load())
	}
	p.Put(c)
	if n := p.Reap(time.Now().Add(4*time.Minute), nil); n != 0 {
		t.Fatalf("reaped %d below Min", n)
	}
	if s := p.Stats(); s.Live != 1 || s.Reaped != 2 {
		t.Fatalf("Stats = %+v", s)
	}
}

func TestReapToZeroHandsOverAndTrimIgnoresTime(t *testing.T) {
	newFn, _ := counter()
	var destroyed atomic.Int64
	p := New(Config{Min: 0, Max: 2, IdleTimeout: time.Minute}, newFn, func(*int) { destroyed.Add(1) })
	a, b := get(t, p, always), get(t, p, always)
	p.Put(a)
	p.Put(b)
	if n := p.Reap(time.Now(), nil); n != 0 {
		t.Fatalf("reaped %d values used just now", n)
	}
	var handed []*int
	if n := p.Reap(time.Now().Add(2*time.Minute), func(v *int) { handed = append(handed, v) }); n != 2 || len(handed) != 2 {
		t.Fatalf("reaped %d, handed over %d; want both, Min being 0", n, len(handed))
	}
	if destroyed.Load() != 0 {
		t.Fatal("the pool destroyed values it handed over")
	}
	if s := p.Stats(); s.Live != 0 || s.Reaped != 2 {
		t.Fatalf("scaled to zero: Stats = %+v", s)
	}
	c := get(t, p, always) // a borrower creates a value again
	p.Put(c)
	if n := p.Trim(nil); n != 1 || destroyed.Load() != 1 {
		t.Fatalf("Trim dropped %d, destroyed %d; want the value used just now", n, destroyed.Load())
	}
	busy := get(t, p, always)
	if n := p.Trim(nil); n != 0 {
		t.Fatalf("Trim dropped %d borrowed values", n)
	}
	p.Put(busy)
}

func TestCloseVisitsIdleFailsWaitersAndDestroysReturned(t *testing.T) {
	newFn, _ := counter()
	var visited, destroyed atomic.Int64
	p := New(Config{Max: 2, MaxPerValue: 1, MaxWaiters: 1}, newFn, func(*int) { destroyed.Add(1) })
	a, b := get(t, p, never), get(t, p, never)
	p.Put(a)
	b2 := b
	errc := make(chan error, 1)
	go func() {
		// a is free, so this borrow takes it; the next one waits.
		_, err := p.Get(context.Background(), 0, never)
		errc <- err
	}()
	if err := <-errc; err != nil {
		t.Fatal(err)
	}
	go func() {
		_, err := p.Get(context.Background(), 0, never)
		errc <- err
	}()
	waitFor(t, func() bool { return p.Stats().Waiting == 1 })
	p.Put(a) // handed to the waiter
	if err := <-errc; err != nil {
		t.Fatal(err)
	}
	p.Put(a)
	p.Close(func(*int) { visited.Add(1) })
	if visited.Load() != 1 || destroyed.Load() != 1 {
		t.Fatalf("visited %d destroyed %d, want the one idle value", visited.Load(), destroyed.Load())
	}
	p.Put(b2)
	if destroyed.Load() != 2 {
		t.Fatal("a value returned after Close was not destroyed")
	}
	if _, err := p.Get(context.Background(), 0, never); !errors.Is(err, ErrClosed) {
		t.Fatalf("Get after Close = %v", err)
	}
}

func TestConcurrentBorrowersRespectTheCap(t *testing.T) {
	newFn, _ := counter()
	const perValue = 3
	p := New(Config{Max: 2, MaxPerValue: perValue, MaxWaiters: 1000}, newFn, nil)
	var mu sync.Mutex
	load := map[*int]int{}
	var wg sync.WaitGroup
	for range 64 {
		wg.Go(func() {
			for range 20 {
				v, err := p.Get(context.Background(), 0, always)
				if err != nil {
					t.Error(err)
					return
				}
				mu.Lock()
				load[v]++
				if load[v] > perValue {
					t.Errorf("value has %d borrowers, cap %d", load[v], perValue)
				}
				mu.Unlock()
				mu.Lock()
				load[v]--
				mu.Unlock()
				p.Put(v)
			}
		})
	}
	wg.Wait()
	if s := p.Stats(); s.InFlight != 0 || s.Live > 2 {
		t.Fatalf("Stats = %+v", s)
	}
}

// waitFor polls a condition that another goroutine makes true: the pool
// offers no signal for "a borrower is now queued".
func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("condition not reached")
		}
		time.Sleep(time.Millisecond)
	}
}
