package jsguard

import (
	"context"
	"errors"
	"math"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"testing"
	"time"

	"github.com/dop251/goja"
)

func heldBytes() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/total:bytes"}, {Name: "/memory/classes/heap/released:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64() - s[1].Value.Uint64()
}

// TestWatchdogStopsAllocationLoop runs a real allocation loop in a guarded
// runtime (every call within the per-call bound) and interrupts it from
// the watchdog's callback, as the host does; it reports how far past the
// threshold memory got.
func TestWatchdogStopsAllocationLoop(t *testing.T) {
	for _, loop := range []string{
		`const a = []; for (;;) a.push("x".repeat(1024) + a.length)`,
		`const a = []; for (;;) a.push(new Uint8Array(1 << 20))`,
		// Concatenation is one VM instruction that no guard sees: each
		// step doubles a string that was allowed. The interrupt lands
		// between two steps, so the overshoot is at most one step.
		`let s = "x".repeat(1 << 20); for (;;) s = s + s`,
		"let s = `x`.repeat(1 << 20); for (;;) s = `${s}${s}`",
	} {
		t.Run(loop, func(t *testing.T) { watchLoop(t, loop) })
	}
}

func watchLoop(t *testing.T, loop string) {
	debug.FreeOSMemory() // what the previous loop held goes back, and the baseline with it
	threshold := heldBytes() + 64<<20
	vm := newGuarded(t, Config{})
	fired := make(chan Sample, 1)
	w := NewWatchdog(WatchdogConfig{
		ThresholdBytes: threshold,
		OnExceeded: func(s Sample) {
			vm.Interrupt("memory watchdog")
			select {
			case fired <- s:
			default:
			}
		},
	})
	if debug.SetMemoryLimit(-1) != math.MaxInt64 {
		t.Skip("GOMEMLIMIT is set: this test sets its own threshold")
	}
	if err := w.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(w.Stop)
	start := time.Now()
	_, err := vm.RunString(loop)
	d := time.Since(start)
	var ie *goja.InterruptedError
	if !errors.As(err, &ie) {
		t.Fatalf("the loop ended with %v, want the watchdog's interrupt", err)
	}
	s := <-fired
	if s.Bytes <= threshold {
		t.Errorf("fired at %d bytes, threshold %d", s.Bytes, threshold)
	}
	w.Stop()
	t.Logf("about %.0f MiB/s; threshold %d MiB; fired at %d MiB (%.1f MiB over); peak seen %d MiB (%.1f MiB over)",
		float64(s.Bytes-threshold+64<<20)/(1<<20)/d.Seconds(), threshold>>20, s.Bytes>>20, float64(s.Bytes-threshold)/(1<<20), w.Peak()>>20, float64(w.Peak()-threshold)/(1<<20))
}

// TestWatchdogThresholdFromMemoryLimit: with a Go memory limit, the
// threshold is the fraction of it.
func TestWatchdogThresholdFromMemoryLimit(t *testing.T) {
	old := debug.SetMemoryLimit(8 << 30)
	t.Cleanup(func() { debug.SetMemoryLimit(old) })
	w := NewWatchdog(WatchdogConfig{ThresholdBytes: 1})
	if got, want := w.Threshold(), uint64(6<<30); got != want {
		t.Errorf("threshold %d, want %d", got, want)
	}
	w = NewWatchdog(WatchdogConfig{Fraction: 0.5})
	if got, want := w.Threshold(), uint64(4<<30); got != want {
		t.Errorf("threshold %d, want %d", got, want)
	}
}

func TestWatchdogNoThreshold(t *testing.T) {
	if debug.SetMemoryLimit(-1) != math.MaxInt64 {
		t.Skip("GOMEMLIMIT is set")
	}
	if err := NewWatchdog(WatchdogConfig{}).Start(context.Background()); !errors.Is(err, ErrNoThreshold) {
		t.Errorf("got %v, want ErrNoThreshold", err)
	}
}

// TestWatchdogStops: Stop and the context end the goroutine, which is
// gone afterwards; a second Start is refused.
func TestWatchdogStops(t *testing.T) {
	before := runtime.NumGoroutine()
	ctx, cancel := context.WithCancel(context.Background())
	calls := make(chan Sample, 100)
	w := NewWatchdog(WatchdogConfig{ThresholdBytes: 1, Interval: time.Millisecond, Cooldown: time.Hour, OnExceeded: func(s Sample) { calls <- s }})
	if err := w.Start(ctx); err != nil {
		t.Fatal(err)
	}
	if err := w.Start(ctx); err == nil {
		t.Error("a second Start succeeded")
	}
	<-calls // memory is always above 1 byte
	cancel()
	w.Stop()
	w.Stop()
	if n := w.Fired(); n != 1 {
		t.Errorf("fired %d times within an hour's cooldown, want 1", n)
	}
	// Stop returns once the watchdog's goroutine has closed its done
	// channel; the goroutine itself ends a moment later, and nothing
	// signals that: look again for up to a second.
	deadline := time.Now().Add(time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	if after := runtime.NumGoroutine(); after > before {
		t.Errorf("%d goroutines a second after Stop, %d before", after, before)
	}
}

// TestWatchdogTellsGarbageFromMemoryInUse: garbage past the threshold (the
// collector turned off, as a heap between two collections at GOGC=400 or
// under GOMEMLIMIT would hold it) makes the watchdog collect and not fire;
// memory still in use past it fires.
func TestWatchdogTellsGarbageFromMemoryInUse(t *testing.T) {
	if debug.SetMemoryLimit(-1) != math.MaxInt64 {
		t.Skip("GOMEMLIMIT is set: this test sets its own threshold")
	}
	debug.FreeOSMemory()
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	threshold := heldBytes() + 64<<20

	// 256 MiB of garbage, with no collection to free it, made before the
	// watchdog starts: its first sample is past the threshold, and its
	// collection must find it garbage. (Made while the watchdog runs, with
	// the collector off, the garbage allocated during the watchdog's own
	// collection survives it, as everything allocated while a collection
	// marks does: on a loaded machine that alone passed 64 MiB.)
	var sink []byte
	for range 256 {
		sink = make([]byte, 1<<20)
		sink[0] = 1
	}
	fired := make(chan Sample, 1)
	start := func() *Watchdog {
		w := NewWatchdog(WatchdogConfig{ThresholdBytes: threshold, OnExceeded: func(s Sample) {
			select {
			case fired <- s:
			default:
			}
		}})
		if err := w.Start(context.Background()); err != nil {
			t.Fatal(err)
		}
		return w
	}
	w := start()
	deadline := time.Now().Add(10 * time.Second)
	for w.Collected() == 0 {
		if time.Now().After(deadline) {
			t.Fatalf("no collection within 10 s of garbage past the threshold (fired %d)", w.Fired())
		}
		time.Sleep(time.Millisecond) // polls the watchdog's counter; no signal to wait for
	}
	w.Stop() // waits for the sample that collected to be judged
	if n := w.Fired(); n != 0 {
		t.Errorf("garbage past the threshold fired the watchdog %d times", n)
	}
	w = start()
	defer w.Stop()

	kept := make([][]byte, 0, 256)
	for range 256 { // 256 MiB in use
		b := make([]byte, 1<<20)
		b[0] = 1
		kept = append(kept, b)
	}
	select {
	case s := <-fired:
		t.Logf("fired at %d MiB for a threshold of %d MiB", s.Bytes>>20, threshold>>20)
	case <-time.After(10 * time.Second):
		t.Fatalf("memory in use past the threshold did not fire the watchdog (collected %d)", w.Collected())
	}
	runtime.KeepAlive(kept)
	runtime.KeepAlive(sink)
}
