package pool

import (
	"cmp"
	"context"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"
	"time"
)

// pools returns n pools of cfg sharing l; dropped collects what l drops
// from each, by pool index.
func pools(n int, cfg Config, l *IdleLimit[*int]) ([]*Pool[*int], func() map[int][]*int) {
	newFn, _ := counter()
	var mu sync.Mutex
	dropped := map[int][]*int{}
	ps := make([]*Pool[*int], n)
	for i := range ps {
		ps[i] = New(cfg, newFn, nil)
		ps[i].Share(l, func(v *int) {
			mu.Lock()
			dropped[i] = append(dropped[i], v)
			mu.Unlock()
		})
	}
	return ps, func() map[int][]*int {
		mu.Lock()
		defer mu.Unlock()
		return dropped
	}
}

func TestIdleLimitDropsTheLeastRecentlyUsedElsewhere(t *testing.T) {
	l := NewIdleLimit[*int](2)
	ps, dropped := pools(4, Config{Max: 2}, l)
	for _, i := range []int{2, 0, 3, 1} { // used in this order: 2 is the least recent
		p := ps[i]
		p.Put(get(t, p, always))
	}
	if d := dropped(); len(d) != 2 || len(d[2]) != 1 || len(d[0]) != 1 {
		t.Fatalf("dropped %v, want the values of pools 2 and 0, the least recently used", d)
	}
	for i, p := range ps {
		want := 0
		if i == 1 || i == 3 {
			want = 1
		}
		if s := p.Stats(); s.Live != want || s.Idle != want || s.Reaped != int64(1-want) {
			t.Errorf("pool %d: %+v, want %d kept", i, s, want)
		}
	}
	if n := l.Spare(); n != 2 {
		t.Errorf("Spare() = %d, want 2", n)
	}
	// A dropped pool creates its value again, which pushes the least
	// recent one now out.
	ps[2].Put(get(t, ps[2], always))
	if d := dropped(); len(d[3]) != 1 || ps[2].Stats().Live != 1 {
		t.Errorf("dropped %v, want pool 3's value gone and pool 2's back", d)
	}
}

func TestIdleLimitSparesBorrowedAndMin(t *testing.T) {
	l := NewIdleLimit[*int](1)
	ps, dropped := pools(3, Config{Max: 2, Min: 1}, l)
	// Min 1: a single value per pool is never spare.
	for _, p := range ps {
		p.Put(get(t, p, always))
	}
	if d := dropped(); len(d) != 0 || l.Spare() != 0 {
		t.Fatalf("dropped %v (spare %d), want nothing: each pool keeps its Min", d, l.Spare())
	}
	// Two borrowers in pool 0: its first value and a second one. The
	// borrowed value counts towards Min, so the second is spare once
	// returned.
	a, b := get(t, ps[0], always), get(t, ps[0], always)
	if l.Spare() != 0 {
		t.Fatalf("spare %d with every value of pool 0 borrowed", l.Spare())
	}
	ps[0].Put(b)
	if got := dropped(); len(got) != 0 || l.Spare() != 1 {
		t.Fatalf("dropped %v, spare %d; want one spare value and nothing dropped", got, l.Spare())
	}
	// The same in pool 1 makes two spare values, one too many: pool 0's,
	// the less recent; pool 0's borrowed value stays.
	c, d := get(t, ps[1], always), get(t, ps[1], always)
	ps[1].Put(d)
	got := dropped()
	if len(got) != 1 || len(got[0]) != 1 || got[0][0] != b {
		t.Fatalf("dropped %v, want pool 0's idle value %p only", got, b)
	}
	ps[0].Put(a)
	ps[1].Put(c)
	if s := ps[0].Stats(); s.Live != 1 || s.Idle != 1 || s.Reaped != 1 {
		t.Errorf("pool 0: %+v, want its borrowed value kept", s)
	}
	if s := ps[1].Stats(); s.Live != 2 || l.Spare() != 1 {
		t.Errorf("pool 1: %+v, spare %d", s, l.Spare())
	}
}

func TestIdleLimitCountsAddAndClose(t *testing.T) {
	l := NewIdleLimit[*int](1)
	ps, dropped := pools(2, Config{Max: 2}, l)
	one, two := 1, 2
	ps[0].Add(&one)
	ps[1].Add(&two) // an added value is idle at once
	if d := dropped(); len(d[0]) != 1 || d[0][0] != &one {
		t.Fatalf("dropped %v, want the first value added", d)
	}
	ps[1].Close(nil)
	if n := l.Spare(); n != 0 {
		t.Errorf("Spare() = %d after the last pool closed", n)
	}
	if n := len(l.pools); n != 1 {
		t.Errorf("%d pools share the limit, want 1 (the closed one left)", n)
	}
}

// TestIdleLimitConcurrent borrows from many pools at once under the race
// detector: the count stays the sum of the pools' spare values and, once
// every borrower is done, at most the limit.
func TestIdleLimitConcurrent(t *testing.T) {
	const limit = 5
	l := NewIdleLimit[*int](limit)
	ps, _ := pools(20, Config{Max: 3, Min: 0, MaxPerValue: 2, MaxWaiters: 8}, l)
	ps2, _ := pools(5, Config{Max: 3, Min: 1, MaxPerValue: 2, MaxWaiters: 8}, l)
	ps = append(ps, ps2...)
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			r := rand.New(rand.NewPCG(uint64(g), 1))
			for range 2000 {
				p := ps[r.IntN(len(ps))]
				v, err := p.Get(context.Background(), 0, func(*int) bool { return r.IntN(2) == 0 })
				if err != nil {
					t.Error(err)
					return
				}
				if r.IntN(50) == 0 {
					p.Trim(nil)
				}
				p.Put(v)
			}
		})
	}
	wg.Wait()
	sum := 0
	for _, p := range ps {
		s := p.Stats()
		if s.InFlight != 0 {
			t.Fatalf("%+v", s)
		}
		sum += max(min(s.Idle, s.Live-p.cfg.Min), 0)
	}
	if n := l.Spare(); n != sum || n > limit {
		t.Fatalf("Spare() = %d, the pools hold %d spare values; want equal and at most %d", n, sum, limit)
	}
}

// TestOldestFirst checks oldestFirst against a sort on generated
// candidates: the k oldest come first, in order, and none is lost.
func TestOldestFirst(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 500 {
		n := 1 + rng.IntN(40)
		cands := make([]candidate[int], n)
		for i := range cands {
			cands[i] = candidate[int]{s: &slot[int]{v: i}, at: int64(rng.IntN(20)) * int64(time.Millisecond)}
		}
		k := 1 + rng.IntN(n)
		want := slices.Clone(cands)
		slices.SortStableFunc(want, func(a, b candidate[int]) int { return cmp.Compare(a.at, b.at) })
		got := slices.Clone(cands)
		oldestFirst(got, k)
		for i := range k {
			if got[i].at != want[i].at {
				t.Fatalf("n=%d k=%d: place %d holds %v, want %v", n, k, i, got[i].at, want[i].at)
			}
		}
		seen := map[int]bool{}
		for _, c := range got {
			seen[c.s.v] = true
		}
		if len(seen) != n {
			t.Fatalf("n=%d k=%d: %d distinct candidates after, want %d", n, k, len(seen), n)
		}
	}
}
