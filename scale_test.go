package plugmux

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/plugmux/plugmux/internal/feedserver"
)

// The cost of many plugins, in process: K one-route plugins published to a
// real feed server, a host started on that feed, and the time until every
// plugin has answered its first request, with the live heap per plugin at
// ready (installed, no request yet), after one request each, and once the
// idle runtimes are dropped (scale to zero). TestScale runs a small K in
// every test run; the benchmarks run 100 and 1,000:
//
//	go test -run '^$' -bench 'Scale' -benchtime 1x -v

// scaleFigures are what measureScale reports.
type scaleFigures struct {
	k               int
	sync            time.Duration // Sync: fetch the feed, build and apply every plugin
	syncCPU         time.Duration // the process's CPU time (user and system) during Sync
	allServing      time.Duration // from the start of Sync to every plugin's first answer
	readyBytes      float64       // live heap per plugin, installed, before any request
	afterBytes      float64       // live heap per plugin, after one request each
	scaledZeroBytes float64       // live heap per plugin, its runtimes dropped
}

func (f scaleFigures) String() string {
	return fmt.Sprintf("K=%d: sync %v (CPU %v), all serving %v; heap per plugin: ready %.0f KB, after one request %.0f KB, scaled to zero %.0f KB",
		f.k, f.sync.Round(time.Millisecond), f.syncCPU.Round(time.Millisecond), f.allServing.Round(time.Millisecond),
		f.readyBytes/1024, f.afterBytes/1024, f.scaledZeroBytes/1024)
}

// scalePlugin is the source of the i-th one-route plugin.
func scalePlugin(i int) []byte {
	return []byte(`export function setup(r) { r.get("/hello", (req, res) => res.send("hello from p` + strconv.Itoa(i) + `")); }`)
}

// scaleFeed returns a feed server whose testFeed lists k plugins p0 …
// p(k-1), each a module of its own (scalePlugin), closed when tb ends.
func scaleFeed(tb testing.TB, k int) *feedserver.Server {
	tb.Helper()
	fsrv := feedserver.New(feedserver.Options{})
	tb.Cleanup(func() { fsrv.Close() })
	for i := range k {
		p := feedserver.Package{Name: "p" + strconv.Itoa(i), Version: "1.0.0", Main: "index.js", Files: map[string][]byte{"index.js": scalePlugin(i)}}
		if _, err := fsrv.Publish(testFeed, p); err != nil {
			tb.Fatal(err)
		}
	}
	return fsrv
}

// heapInUse is the heap in use after a full collection.
func heapInUse() uint64 {
	runtime.GC()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// cpuTime is the CPU time the process has used, which a busy machine
// changes less than the wall-clock time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// measureScale publishes k plugins, starts a host on their feed and
// measures it. Every plugin must answer its own text.
func measureScale(tb testing.TB, k int, opts ...func(*Options)) scaleFigures {
	tb.Helper()
	srv := httptest.NewServer(scaleFeed(tb, k))
	defer srv.Close()
	o := Options{FeedURL: srv.URL + feedserver.FeedPath(testFeed), Logger: slog.New(slog.DiscardHandler)}
	for _, f := range opts {
		f(&o)
	}
	base := heapInUse()
	h, err := New(o)
	if err != nil {
		tb.Fatal(err)
	}
	defer h.Close()

	fig := scaleFigures{k: k}
	start, cpu := time.Now(), cpuTime()
	if err := h.Sync(context.Background()); err != nil {
		tb.Fatal(err)
	}
	fig.sync, fig.syncCPU = time.Since(start), cpuTime()-cpu
	if n := len(h.Plugins()); n != k {
		tb.Fatalf("%d plugins installed, want %d", n, k)
	}
	readyHeap := heapInUse()

	// every plugin answers once, from GOMAXPROCS goroutines
	var next atomic.Int64
	var wg sync.WaitGroup
	errs := make(chan error, 1)
	serveStart := time.Now()
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for {
				i := int(next.Add(1) - 1)
				if i >= k {
					return
				}
				w := httptest.NewRecorder()
				h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/p"+strconv.Itoa(i)+"/hello", nil))
				if want := "hello from p" + strconv.Itoa(i); w.Code != 200 || w.Body.String() != want {
					select {
					case errs <- fmt.Errorf("p%d answered %d %q, want %q", i, w.Code, w.Body.String(), want):
					default:
					}
				}
			}
		})
	}
	wg.Wait()
	fig.allServing = fig.sync + time.Since(serveStart)
	select {
	case err := <-errs:
		tb.Fatal(err)
	default:
	}
	afterHeap := heapInUse()

	reaped := 0
	for _, v := range h.table.Load().plugins {
		reaped += v.pool.Reap(time.Now().Add(time.Hour), nil)
	}
	zeroHeap := heapInUse()
	per := func(x uint64) float64 { return (float64(x) - float64(base)) / float64(k) }
	fig.readyBytes, fig.afterBytes, fig.scaledZeroBytes = per(readyHeap), per(afterHeap), per(zeroHeap)
	tb.Logf("%v (%d runtimes dropped)", fig, reaped)
	return fig
}

// TestScale installs a few dozen plugins and checks that every one serves
// and that dropping the idle runtimes frees memory; the figures are logged.
func TestScale(t *testing.T) {
	fig := measureScale(t, 40)
	if fig.scaledZeroBytes >= fig.afterBytes {
		t.Errorf("scaled to zero, a plugin holds %.0f bytes, not less than with its runtime (%.0f)", fig.scaledZeroBytes, fig.afterBytes)
	}
}

func benchmarkScale(b *testing.B, k int, opts ...func(*Options)) {
	var last scaleFigures
	for b.Loop() {
		last = measureScale(b, k, opts...)
	}
	b.ReportMetric(float64(last.allServing.Milliseconds()), "ms-all-serving")
	b.ReportMetric(float64(last.syncCPU.Milliseconds()), "cpu-ms-sync")
	b.ReportMetric(last.readyBytes/1024, "KB/plugin-ready")
	b.ReportMetric(last.afterBytes/1024, "KB/plugin-after")
	b.ReportMetric(last.scaledZeroBytes/1024, "KB/plugin-zero")
}

func BenchmarkScale100(b *testing.B)  { benchmarkScale(b, 100) }
func BenchmarkScale1000(b *testing.B) { benchmarkScale(b, 1000) }

// BenchmarkScale1000DropSetup installs with Options.DropSetupRuntime: no
// runtime until a plugin's first request. A feed of 1,000 plugins does so
// by default (more than manyPluginsAbove), so it measures the same as
// BenchmarkScale1000; BenchmarkScale100 keeps the setup runtimes.
func BenchmarkScale1000DropSetup(b *testing.B) {
	benchmarkScale(b, 1000, func(o *Options) { o.DropSetupRuntime = true })
}

// BenchmarkScaledToZeroRequest measures a request to a version scaled to zero: a
// runtime is created, the module evaluated and setup run, then the request
// served. BenchmarkWarmRequest is the same request on a warm runtime.
func BenchmarkScaledToZeroRequest(b *testing.B) {
	h := benchHost(b)
	v := h.table.Load().plugins["bench"]
	w := &discardWriter{h: http.Header{}}
	req := httptest.NewRequest(http.MethodGet, "/bench/hello", nil)
	for b.Loop() {
		b.StopTimer()
		if v.pool.Reap(time.Now().Add(time.Hour), nil) != 1 {
			b.Fatal("no runtime to drop")
		}
		b.StartTimer()
		h.ServeHTTP(w, req)
	}
	if s := v.pool.Stats(); s.Cold < int64(b.N) {
		b.Fatalf("%d cold starts for %d requests", s.Cold, b.N)
	}
}

func BenchmarkWarmRequest(b *testing.B) {
	h := benchHost(b)
	w := &discardWriter{h: http.Header{}}
	req := httptest.NewRequest(http.MethodGet, "/bench/hello", nil)
	for b.Loop() {
		h.ServeHTTP(w, req)
	}
}

// TestManyPluginsDropSetupRuntime checks that a version keeps the runtime
// that ran its setup in a small feed, and drops it in a feed of more than
// manyPluginsAbove plugins, where every plugin still serves.
func TestManyPluginsDropSetupRuntime(t *testing.T) {
	for _, k := range []int{3, manyPluginsAbove + 1} {
		srv := httptest.NewServer(scaleFeed(t, k))
		t.Cleanup(srv.Close)
		h, err := New(Options{FeedURL: srv.URL + feedserver.FeedPath(testFeed), Logger: slog.New(slog.DiscardHandler)})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { h.Close() })
		if err := h.Sync(context.Background()); err != nil {
			t.Fatal(err)
		}
		live := 0
		for _, v := range h.table.Load().plugins {
			live += v.pool.Stats().Live
		}
		if want := map[bool]int{true: 0, false: k}[k > manyPluginsAbove]; live != want {
			t.Errorf("%d plugins: %d runtimes after install, want %d", k, live, want)
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/p1/hello", nil))
		if w.Code != 200 || w.Body.String() != "hello from p1" {
			t.Errorf("%d plugins: p1 answered %d %q", k, w.Code, w.Body.String())
		}
	}
}

func TestDefaultMemoryThreshold(t *testing.T) {
	for _, c := range []struct{ system, want uint64 }{
		{0, 2 << 30},         // unknown
		{16 << 30, 12 << 30}, // 75 %
		{1 << 30, 768 << 20},
	} {
		if got := defaultMemoryThreshold(c.system); got != c.want {
			t.Errorf("defaultMemoryThreshold(%d) = %d, want %d", c.system, got, c.want)
		}
	}
}
