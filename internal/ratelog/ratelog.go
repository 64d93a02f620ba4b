// Package ratelog turns a stream of like log events into one line per key
// per interval: under load, a host that refuses thousands of requests a
// second for one plugin writes one line for it every interval, with the
// count, and not one line per request.
//
// The first event of a key is written at once, so that an operator sees a
// problem when it starts; the events that follow within the interval are
// counted, and written as one line (with "count" and "interval") when the
// interval ends: by Flush, which the owner calls on a ticker, or by the
// next event of that key after the interval.
package ratelog

import (
	"context"
	"log/slog"
	"sync"
	"time"
)

// Aggregator aggregates log events per key. The zero value is not usable;
// create one with New.
type Aggregator struct {
	log      *slog.Logger
	interval time.Duration
	now      func() time.Time

	mu      sync.Mutex
	pending map[string]*window
}

// window is one key's current interval.
type window struct {
	start time.Time
	count int // events after the first, not yet written
	level slog.Level
	msg   string
	attrs []any // of the last event
}

// New returns an Aggregator writing to log, one line per key per interval.
func New(log *slog.Logger, interval time.Duration) *Aggregator {
	return &Aggregator{log: log, interval: interval, now: time.Now, pending: map[string]*window{}}
}

// Add records one event of key. The first of an interval is logged at
// once; the others are counted.
func (a *Aggregator) Add(key string, level slog.Level, msg string, attrs ...any) {
	now := a.now()
	a.mu.Lock()
	w := a.pending[key]
	if w != nil && now.Sub(w.start) < a.interval {
		w.count++
		w.level, w.msg, w.attrs = level, msg, attrs
		a.mu.Unlock()
		return
	}
	var flushed *window
	if w != nil && w.count > 0 {
		flushed = w
	}
	a.pending[key] = &window{start: now}
	a.mu.Unlock()
	if flushed != nil {
		a.write(flushed)
	}
	a.log.Log(context.Background(), level, msg, attrs...)
}

// Flush writes the counts of the intervals that have ended, and forgets
// the keys that were quiet for a whole interval, so that the set of keys
// stays as small as the set of keys that are active.
func (a *Aggregator) Flush() {
	now := a.now()
	var out []*window
	a.mu.Lock()
	for k, w := range a.pending {
		if now.Sub(w.start) < a.interval {
			continue
		}
		if w.count > 0 {
			out = append(out, w)
		}
		delete(a.pending, k)
	}
	a.mu.Unlock()
	for _, w := range out {
		a.write(w)
	}
}

// Run calls Flush every interval until ctx is done.
func (a *Aggregator) Run(ctx context.Context) {
	t := time.NewTicker(a.interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			a.Flush()
			return
		case <-t.C:
			a.Flush()
		}
	}
}

func (a *Aggregator) write(w *window) {
	attrs := append(append([]any(nil), w.attrs...), "count", w.count, "interval", a.interval.String())
	a.log.Log(context.Background(), w.level, w.msg+" (repeated)", attrs...)
}
