// Command scalehost is the plugmux host of the scale benchmark
// (bench/scale.sh): a host built with the public API and the example host's
// defaults, pointed at a feed of many one-route plugins, with what the
// benchmark needs to measure it.
//
//	scalehost -addr 127.0.0.1:3010 -feed URL [-expect K]
//	          [-min-runtimes N] [-idle-timeout D] [-max-idle-runtimes N] [-build-concurrency N] [-drop-setup-runtime] [-huge-pages=false]
//	          [-cpuprofile FILE]
//
// It serves:
//
//	/api/NAME/...   the plugins, as the example host mounts them
//	/readyz         503 until every plugin of -expect serves, then 200
//	/status         the host's status as JSON
//	/debug/mem      JSON: the live Go heap right after a forced collection,
//	                and the Go runtime's total memory (runtime/metrics)
//	/debug/pprof/   the Go profiles (net/http/pprof), to see where the time
//	                and the memory of many plugins go
//
// With -expect K the plugins p00000 … p(K-1), as bench/scale names them,
// are Options.RequirePlugins: /readyz answers 200 at the moment the last of
// them serves, which is what the benchmark times. It stops on SIGINT and
// SIGTERM. -min-runtimes, -idle-timeout, -max-idle-runtimes, -build-concurrency and -drop-setup-runtime set the
// Options of the same names (zero: the library's default), to measure how
// they change what many plugins cost. Like the example host, it runs the
// collector at GOGC=400 unless GOGC is set, and asks for transparent huge
// pages for the Go heap (internal/memtune) unless -huge-pages=false.
// -cpuprofile writes a CPU profile of the start: from the process's start
// until the host is ready (every plugin of -expect serves).
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/http/pprof"
	"os"
	"os/signal"
	"runtime"
	"runtime/metrics"
	rpprof "runtime/pprof"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/plugmux/plugmux"
	"github.com/plugmux/plugmux/internal/memtune"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:3010", "address to serve on, host:port")
	feed := flag.String("feed", "", "module feed URL (required)")
	expect := flag.Int("expect", 0, "number of plugins (p00000 …) that must serve before /readyz answers 200")
	var o plugmux.Options
	flag.IntVar(&o.MinRuntimes, "min-runtimes", 0, "Options.MinRuntimes (0: the default)")
	flag.DurationVar(&o.IdleTimeout, "idle-timeout", 0, "Options.IdleTimeout (0: the default)")
	flag.IntVar(&o.MaxIdleRuntimes, "max-idle-runtimes", 0, "Options.MaxIdleRuntimes (0: the default; negative: unlimited)")
	flag.IntVar(&o.BuildConcurrency, "build-concurrency", 0, "Options.BuildConcurrency (0: the default)")
	flag.BoolVar(&o.DropSetupRuntime, "drop-setup-runtime", false, "Options.DropSetupRuntime")
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile of the start, until every plugin of -expect serves, to this file")
	hugePages := flag.Bool("huge-pages", true, "ask for transparent huge pages for the Go heap, as the example host does (internal/memtune)")
	flag.Parse()
	if *feed == "" {
		fmt.Fprintln(os.Stderr, "scalehost: -feed is required")
		os.Exit(2)
	}
	memtune.GC() // as the example host does by default
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if *hugePages {
		if err := memtune.KeepHugePages(ctx, hugePageReserve, time.Second); err != nil {
			fmt.Fprintln(os.Stderr, "scalehost: huge pages:", err)
		}
	}
	if err := run(ctx, o, *addr, *feed, *expect, *cpuProfile); err != nil {
		fmt.Fprintln(os.Stderr, "scalehost:", err)
		os.Exit(1)
	}
}

// hugePageReserve is the heap mapped (not touched) at start, so that the
// advice for huge pages covers the start of many plugins at once.
const hugePageReserve = 1 << 30

// pluginName is the name of the i-th plugin of the benchmark's feed; it
// must agree with bench/scale's.
func pluginName(i int) string { return fmt.Sprintf("p%05d", i) }

// run serves until ctx is done, with opts completed by the benchmark's
// own settings.
func run(ctx context.Context, opts plugmux.Options, addr, feed string, expect int, cpuProfile string) error {
	var profileDone func()
	if cpuProfile != "" {
		f, err := os.Create(cpuProfile)
		if err != nil {
			return err
		}
		if err := rpprof.StartCPUProfile(f); err != nil {
			f.Close()
			return err
		}
		var once sync.Once
		profileDone = func() {
			once.Do(func() {
				rpprof.StopCPUProfile()
				if err := f.Close(); err != nil {
					fmt.Fprintln(os.Stderr, "scalehost: cpu profile:", err)
				}
			})
		}
		defer profileDone()
	}

	required := make([]string, expect)
	for i := range required {
		required[i] = pluginName(i)
	}
	opts.FeedURL = feed
	// Installs are logged at Info: thousands of lines that the Node host
	// does not write either.
	opts.Logger = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	opts.NotFound = plugmux.ExpressNotFound()
	opts.RequirePlugins = required
	host, err := plugmux.New(opts)
	if err != nil {
		return err
	}
	defer host.Close()
	if profileDone != nil {
		go func() {
			// as /readyz answers, which costs far less than Status
			ready := host.ReadyHandler()
			t := time.NewTicker(10 * time.Millisecond)
			defer t.Stop()
			for {
				w := httptest.NewRecorder()
				ready.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/readyz", nil))
				if w.Code == http.StatusOK {
					break
				}
				select {
				case <-ctx.Done():
					return
				case <-t.C:
				}
			}
			profileDone()
		}()
	}

	mux := http.NewServeMux()
	mux.Handle("GET /readyz", host.ReadyHandler())
	mux.Handle("GET /status", host.StatusHandler())
	mux.HandleFunc("GET /debug/mem", serveMem)
	mux.HandleFunc("GET /debug/pprof/", pprof.Index)
	mux.HandleFunc("GET /debug/pprof/profile", pprof.Profile)
	api := http.StripPrefix("/api", host)
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/api/") {
			api.ServeHTTP(w, r)
			return
		}
		mux.ServeHTTP(w, r)
	})

	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	serveDone := make(chan error, 1)
	go func() { serveDone <- srv.Serve(ln) }()
	runDone := make(chan error, 1)
	go func() { runDone <- host.Run(ctx) }()

	select {
	case <-ctx.Done():
	case err := <-serveDone:
		return err
	}
	shutCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	err = srv.Shutdown(shutCtx)
	if rerr := <-runDone; err == nil && !errors.Is(rerr, context.Canceled) {
		err = rerr
	}
	return err
}

// serveMem forces a collection, so that the live heap is the heap that
// what is installed holds and not what the last collection happened to
// see, and answers {"heapLive": bytes, "goTotal": bytes}.
func serveMem(w http.ResponseWriter, _ *http.Request) {
	runtime.GC()
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}, {Name: "/memory/classes/total:bytes"}}
	metrics.Read(s)
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]uint64{"heapLive": s[0].Value.Uint64(), "goTotal": s[1].Value.Uint64()})
}
