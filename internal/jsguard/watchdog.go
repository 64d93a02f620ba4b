package jsguard

import (
	"context"
	"errors"
	"math"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"time"
)

// Defaults of WatchdogConfig.
const (
	DefaultWatchdogInterval = 10 * time.Millisecond
	DefaultWatchdogFraction = 0.75
	DefaultWatchdogCooldown = time.Second
)

// collectGap is the least time between two collections of the watchdog
// (WatchdogConfig.NoCollect): what a live heap just under the threshold
// costs at most, four collections a second, and how long an allocation
// loop may go on past the threshold after garbage was collected.
const collectGap = 250 * time.Millisecond

// WatchdogConfig configures a Watchdog. Its zero value, with OnExceeded
// set, watches 75% of GOMEMLIMIT every 10 ms.
type WatchdogConfig struct {
	// Interval is the time between two samples. If zero,
	// DefaultWatchdogInterval. A loop allocating 1 GB/s grows about 10 MB
	// between two samples at 10 ms.
	Interval time.Duration
	// Fraction is the threshold as a fraction of the Go memory limit
	// (GOMEMLIMIT or debug.SetMemoryLimit), when one is set. If zero,
	// DefaultWatchdogFraction.
	Fraction float64
	// ThresholdBytes is the threshold when no memory limit is set. If zero
	// and no limit is set, Start returns ErrNoThreshold.
	ThresholdBytes uint64
	// Cooldown is how long after calling OnExceeded the watchdog waits
	// before calling it again while memory stays above the threshold (it
	// calls again at once after memory went back below). If zero,
	// DefaultWatchdogCooldown.
	Cooldown time.Duration
	// NoCollect turns off the collection that confirms a sample above the
	// threshold: OnExceeded is then called for garbage too. By default, a
	// sample above the threshold makes the watchdog run a garbage
	// collection (runtime.GC) and look again, and only memory still in use
	// after it counts; the collection costs about what one of the
	// runtime's own costs, and happens only when memory passes the
	// threshold.
	NoCollect bool
	// OnExceeded is called, on the watchdog's goroutine, when a sample is
	// above the threshold. It should be quick: interrupt the runtimes
	// running JavaScript and return.
	OnExceeded func(Sample)
}

// Sample is one reading of the process's memory.
type Sample struct {
	// Bytes is the memory the Go runtime holds from the operating system
	// and has not released, the quantity GOMEMLIMIT bounds
	// (runtime/metrics /memory/classes/total:bytes minus
	// /memory/classes/heap/released:bytes).
	Bytes uint64
	// HeapObjectBytes is the part of it in heap objects, live or not yet
	// swept (/memory/classes/heap/objects:bytes).
	HeapObjectBytes uint64
	// Threshold is the threshold it was compared with.
	Threshold uint64
	// At is when it was taken.
	At time.Time
}

// ErrNoThreshold is returned by Start when neither a Go memory limit nor
// WatchdogConfig.ThresholdBytes is set.
var ErrNoThreshold = errors.New("jsguard: watchdog: no GOMEMLIMIT and no ThresholdBytes")

// A Watchdog samples the process's memory at a short interval and calls
// WatchdogConfig.OnExceeded when it is past a threshold: the guard for
// memory that accumulates over many calls, each within the per-call bound
// (a loop pushing into an array), which no single check sees.
type Watchdog struct {
	cfg       WatchdogConfig
	threshold uint64

	mu        sync.Mutex
	cancel    context.CancelFunc
	done      chan struct{}
	peak      uint64
	fired     int
	collected int
}

// NewWatchdog returns a watchdog that is not started.
func NewWatchdog(cfg WatchdogConfig) *Watchdog {
	if cfg.Interval <= 0 {
		cfg.Interval = DefaultWatchdogInterval
	}
	if cfg.Fraction <= 0 || cfg.Fraction > 1 {
		cfg.Fraction = DefaultWatchdogFraction
	}
	if cfg.Cooldown <= 0 {
		cfg.Cooldown = DefaultWatchdogCooldown
	}
	return &Watchdog{cfg: cfg}
}

// Threshold returns the threshold in bytes: Fraction of the Go memory
// limit when one is set, else ThresholdBytes (0 if neither).
func (w *Watchdog) Threshold() uint64 {
	if limit := debug.SetMemoryLimit(-1); limit > 0 && limit != math.MaxInt64 {
		return uint64(float64(limit) * w.cfg.Fraction)
	}
	return w.cfg.ThresholdBytes
}

// Start starts sampling on a goroutine of its own, until ctx is done or
// Stop is called. The threshold is read once, here. Starting a started
// watchdog is an error.
func (w *Watchdog) Start(ctx context.Context) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.done != nil {
		return errors.New("jsguard: watchdog already started")
	}
	w.threshold = w.Threshold()
	if w.threshold == 0 {
		return ErrNoThreshold
	}
	ctx, w.cancel = context.WithCancel(ctx)
	w.done = make(chan struct{})
	go w.run(ctx, w.done)
	return nil
}

// Stop stops the sampling and waits for its goroutine to end. It may be
// called more than once, and on a watchdog never started.
func (w *Watchdog) Stop() {
	w.mu.Lock()
	cancel, done := w.cancel, w.done
	w.mu.Unlock()
	if cancel == nil {
		return
	}
	cancel()
	<-done
}

// Peak returns the highest Sample.Bytes seen so far.
func (w *Watchdog) Peak() uint64 {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.peak
}

// Collected returns how many collections the watchdog ran to tell garbage
// from memory in use (see WatchdogConfig.NoCollect).
func (w *Watchdog) Collected() int {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.collected
}

// Fired returns how many times OnExceeded was called.
func (w *Watchdog) Fired() int {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.fired
}

func (w *Watchdog) run(ctx context.Context, done chan struct{}) {
	defer close(done)
	samples := []metrics.Sample{
		{Name: "/memory/classes/total:bytes"},
		{Name: "/memory/classes/heap/released:bytes"},
		{Name: "/memory/classes/heap/objects:bytes"},
		{Name: "/memory/classes/heap/free:bytes"},
	}
	read := func(now time.Time) (s Sample, used uint64) {
		metrics.Read(samples)
		s = Sample{
			Bytes:           samples[0].Value.Uint64() - samples[1].Value.Uint64(),
			HeapObjectBytes: samples[2].Value.Uint64(),
			Threshold:       w.threshold,
			At:              now,
		}
		// Free heap pages the runtime keeps for reuse are not in use:
		// after a collection they are what garbage became.
		return s, s.Bytes - min(s.Bytes, samples[3].Value.Uint64())
	}
	t := time.NewTicker(w.cfg.Interval)
	defer t.Stop()
	var last time.Time   // when OnExceeded was last called; zero after memory fell back
	var lastGC time.Time // when the watchdog last collected
	for {
		select {
		case <-ctx.Done():
			return
		case now := <-t.C:
			s, used := read(now)
			w.mu.Lock()
			w.peak = max(w.peak, s.Bytes)
			w.mu.Unlock()
			if used > w.threshold && !w.cfg.NoCollect {
				if now.Sub(lastGC) < collectGap {
					// Near the threshold, garbage can cross it again at
					// once: collect at most every collectGap, and look
					// again then.
					continue
				}
				lastGC = now
				// Past the threshold, it may be garbage: with GOGC=400,
				// or GOMEMLIMIT, whose collector lets the heap grow to the
				// limit, a healthy heap passes 75% of it between two
				// collections. Collect, then look again: what is still
				// in use is live.
				runtime.GC()
				w.mu.Lock()
				w.collected++
				w.mu.Unlock()
				s, used = read(now)
			}
			if used <= w.threshold {
				last = time.Time{}
				continue
			}
			if !last.IsZero() && now.Sub(last) < w.cfg.Cooldown {
				continue
			}
			last = now
			w.mu.Lock()
			w.fired++
			w.mu.Unlock()
			if w.cfg.OnExceeded != nil {
				w.cfg.OnExceeded(s)
			}
		}
	}
}
