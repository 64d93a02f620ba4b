package plugmux

import "sync"

// tasks counts goroutines, as a sync.WaitGroup does, but may be waited on
// while new tasks start from a count of zero (a WaitGroup forbids that): an
// idle runtime's teardown can start at any moment, while Close or a test
// waits for the retirements so far.
type tasks struct {
	mu   sync.Mutex
	n    int
	idle *sync.Cond
}

// Go runs fn on a goroutine of its own, counted until it returns.
func (t *tasks) Go(fn func()) {
	t.mu.Lock()
	t.n++
	t.mu.Unlock()
	go func() {
		defer func() {
			t.mu.Lock()
			t.n--
			if t.n == 0 && t.idle != nil {
				t.idle.Broadcast()
			}
			t.mu.Unlock()
		}()
		fn()
	}()
}

// Wait returns once no task is running.
func (t *tasks) Wait() {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.idle == nil {
		t.idle = sync.NewCond(&t.mu)
	}
	for t.n > 0 {
		t.idle.Wait()
	}
}
