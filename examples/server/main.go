// Command server is the example plugmux host: it serves the plugins of a
// module feed under /api, and beside it what an operator needs.
//
//	go run ./examples/server [-addr 127.0.0.1:3000] [-feed URL] [-cache DIR] [-poll DURATION]
//	                         [-feed-header "Name: value"]... [-fetch-origin ORIGIN]... [-env KEY=VALUE]...
//	                         [-request-timeout 30s] [-max-runtimes N] [-max-body BYTES]
//
// Without -feed it serves a built-in demo feed with the seed plugins of
// examples/plugins (app1, app2, app3) from the same process, so it works on
// a fresh machine with Go alone:
//
//	curl http://127.0.0.1:3000/api/app1/foo              # Hello from app1 v2: /foo
//	curl 'http://127.0.0.1:3000/api/app2/compute?a=5&b=3' # 16
//	curl -i http://127.0.0.1:3000/api/app3/               # 404 NOT FOUND. with CORS headers
//
// Beside /api/ it serves:
//
//	/metrics   Prometheus text (plugmux_* metrics, and Go's own)
//	/healthz   200 while the process serves
//	/readyz    503 until the first sync or cache load applied, then 200
//	/status    the host's status as JSON: the feed connection, every plugin's
//	           desired and serving version, state and last error
//
// The demo feed accepts publishes (an npm tarball, as publish-microfrontend
// sends it) with the API key that the server logs at start, or the one in
// $PLUGMUX_DEMO_API_KEY; the host picks up every publish at once.
//
// The HTTP server bounds its clients: 10s to send the headers
// (ReadHeaderTimeout), 60s for the whole request with its body
// (ReadTimeout), 120s to write the response (WriteTimeout: above the
// request timeout, so a plugin's 504 still gets out), 120s for an idle
// keep-alive connection (IdleTimeout). It logs with log/slog and stops on
// SIGINT and SIGTERM: it stops accepting, lets requests in flight finish and
// retires the plugins, and exits within 30s (shutdownBound) whatever the
// plugins do.
package main

import (
	"context"
	"crypto/rand"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path"
	"strings"
	"syscall"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/plugmux/plugmux"
	"github.com/plugmux/plugmux/examples/plugins"
	"github.com/plugmux/plugmux/internal/feedserver"
	"github.com/plugmux/plugmux/internal/memtune"
)

// The HTTP server's bounds on its clients, and on shutdown.
const (
	readHeaderTimeout = 10 * time.Second
	readTimeout       = 60 * time.Second
	writeTimeout      = 120 * time.Second
	idleTimeout       = 120 * time.Second
	// shutdownBound is how long the server takes at most to stop once
	// told to: requests in flight get up to drainBound of it, the plugins'
	// retirement the rest.
	shutdownBound = 30 * time.Second
	drainBound    = 15 * time.Second
)

// config is the command line.
type config struct {
	addr, feed, cache string
	poll              time.Duration
	feedHeaders       http.Header
	fetchOrigins      []string
	env               map[string]string
	requestTimeout    time.Duration
	maxRuntimes       int
	maxBody           int64
}

// repeated is a flag that may be given more than once.
type repeated []string

func (r *repeated) String() string     { return strings.Join(*r, ", ") }
func (r *repeated) Set(v string) error { *r = append(*r, v); return nil }

// parseFlags reads the command line into a config.
func parseFlags(fl *flag.FlagSet, args []string) (config, error) {
	var c config
	var headers, origins, env repeated
	fl.StringVar(&c.addr, "addr", "127.0.0.1:3000", "address to serve on, host:port")
	fl.StringVar(&c.feed, "feed", "", "module feed URL; empty serves the built-in demo feed")
	fl.StringVar(&c.cache, "cache", "", "directory for the last-known-good copy of what serves; a host starting while the feed is down serves it")
	fl.DurationVar(&c.poll, "poll", 30*time.Second, "how often to fetch the feed while its websocket is unreachable (negative: never)")
	fl.Var(&headers, "feed-header", `header sent to the feed's origin only ("Authorization: Bearer TOKEN"); repeatable`)
	fl.Var(&origins, "fetch-origin", `origin plugins may fetch from ("https://api.example.com", or "*"); repeatable`)
	fl.Var(&env, "env", "KEY=VALUE in the plugins' process.env (NODE_ENV=production); repeatable")
	fl.DurationVar(&c.requestTimeout, "request-timeout", 30*time.Second, "time limit of one request")
	fl.IntVar(&c.maxRuntimes, "max-runtimes", 0, "runtimes per plugin version (0: 2 × GOMAXPROCS, at least 4)")
	fl.Int64Var(&c.maxBody, "max-body", 1<<20, "largest request body a plugin may read, in bytes")
	if err := fl.Parse(args); err != nil {
		return c, err
	}
	c.fetchOrigins = origins
	if len(headers) > 0 {
		c.feedHeaders = http.Header{}
		for _, h := range headers {
			name, value, ok := strings.Cut(h, ":")
			if !ok || strings.TrimSpace(name) == "" {
				return c, fmt.Errorf(`-feed-header %q: want "Name: value"`, h)
			}
			c.feedHeaders.Add(strings.TrimSpace(name), strings.TrimSpace(value))
		}
	}
	if len(env) > 0 {
		c.env = map[string]string{}
		for _, kv := range env {
			k, v, ok := strings.Cut(kv, "=")
			if !ok || k == "" {
				return c, fmt.Errorf("-env %q: want KEY=VALUE", kv)
			}
			c.env[k] = v
		}
	}
	return c, nil
}

func main() {
	cfg, err := parseFlags(flag.CommandLine, os.Args[1:])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	logger := slog.New(slog.NewTextHandler(os.Stderr, nil))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	applyMemoryDefaults(ctx, logger)
	if err := run(ctx, logger, cfg, nil); err != nil {
		logger.Error("server failed", "err", err)
		os.Exit(1)
	}
}

// applyMemoryDefaults applies the memory settings measured for many
// plugins (internal/memtune; README, "Performance"):
//
//   - the garbage collector runs less often than Go's default (GOGC=400
//     instead of 100), unless GOGC is set: a plugin request allocates a few
//     kilobytes of short-lived JavaScript objects, and at the default the
//     collector takes a fifth of the CPU on a trivial route. The memory this
//     trades is bounded by GOMEMLIMIT when one is set, and by the host's
//     memory watchdog;
//   - on Linux, the Go heap asks for transparent huge pages, unless
//     GODEBUG=disablethp=1: where the system gives them only on request
//     ("madvise"), every 4 KiB the heap grows into costs a page fault, which
//     made most of the CPU of installing many plugins.
func applyMemoryDefaults(ctx context.Context, logger *slog.Logger) {
	memtune.GC()
	if err := memtune.KeepHugePages(ctx, hugePageReserve, time.Second); err != nil && !errors.Is(err, errors.ErrUnsupported) {
		logger.Warn("huge pages for the Go heap are not available", "err", err)
	}
}

// hugePageReserve is the heap mapped (not touched) at start, so that the
// advice for huge pages covers the start of many plugins at once.
const hugePageReserve = 1 << 30

// demoFeed is the feed name of the built-in demo feed.
const demoFeed = "demo"

// handler mounts the host at /api and the operator endpoints beside it.
// Requests under /api go to the host before http.ServeMux sees them: the
// mux would clean their paths ("/api/app1//x" redirected to
// "/api/app1/x"), where Express routes them as they are.
func handler(host *plugmux.Host) http.Handler {
	reg := prometheus.NewRegistry()
	reg.MustRegister(host.Collector(), collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write([]byte("ok\n")) })
	mux.Handle("GET /readyz", host.ReadyHandler())
	mux.Handle("GET /status", host.StatusHandler())
	api := http.StripPrefix("/api", host)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/api/") {
			api.ServeHTTP(w, r)
			return
		}
		mux.ServeHTTP(w, r)
	})
}

// run serves until ctx is done. listening, if not nil, is told the address
// the server listens on and the feed URL it serves.
func run(ctx context.Context, logger *slog.Logger, cfg config, listening func(addr, feedURL string)) error {
	feedURL := cfg.feed
	if feedURL == "" {
		demo, url, err := startDemoFeed(logger)
		if err != nil {
			return fmt.Errorf("demo feed: %w", err)
		}
		defer demo.Close()
		feedURL = url
	}

	host, err := plugmux.New(plugmux.Options{
		FeedURL: feedURL, Logger: logger,
		CacheDir: cfg.cache, PollInterval: cfg.poll, FeedHeader: cfg.feedHeaders,
		FetchOrigins: cfg.fetchOrigins, Env: cfg.env,
		RequestTimeout: cfg.requestTimeout, MaxRuntimes: cfg.maxRuntimes, MaxBodyBytes: cfg.maxBody,
		DrainTimeout: drainBound,
		NotFound:     plugmux.ExpressNotFound(), // as the Node/Express host it replaces answers
	})
	if err != nil {
		return err
	}
	serving := false
	defer func() {
		if !serving {
			host.Close()
		}
	}()

	srv := &http.Server{
		Handler:           handler(host),
		ReadHeaderTimeout: readHeaderTimeout, ReadTimeout: readTimeout,
		WriteTimeout: writeTimeout, IdleTimeout: idleTimeout,
		ErrorLog: slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
	}
	ln, err := net.Listen("tcp", cfg.addr)
	if err != nil {
		return err
	}
	logger.Info("serving plugins", "addr", "http://"+ln.Addr().String()+"/api/", "feed", feedURL, "cache", cfg.cache)
	serving = true // from here on, shutdown closes the host within its bound

	runDone := make(chan error, 1)
	go func() { runDone <- host.Run(ctx) }()
	serveDone := make(chan error, 1)
	go func() { serveDone <- srv.Serve(ln) }()
	if listening != nil {
		listening(ln.Addr().String(), feedURL)
	}

	select {
	case <-ctx.Done():
	case err := <-serveDone:
		serving = false // Close stops Run
		return err
	}
	logger.Info("shutting down", "bound", shutdownBound.String())
	deadline := time.Now().Add(shutdownBound)
	drainCtx, cancel := context.WithTimeout(context.Background(), drainBound)
	defer cancel()
	err = srv.Shutdown(drainCtx)
	if errors.Is(err, context.DeadlineExceeded) {
		logger.Warn("requests still running at the drain bound; closing their connections", "bound", drainBound.String())
		err = srv.Close()
	}
	<-runDone
	closed := make(chan error, 1)
	go func() { closed <- host.Close() }()
	select {
	case cerr := <-closed:
		if err == nil {
			err = cerr
		}
	case <-time.After(time.Until(deadline)):
		logger.Error("plugins still retiring at the shutdown bound; exiting anyway", "bound", shutdownBound.String())
	}
	if errors.Is(err, http.ErrServerClosed) {
		err = nil
	}
	return err
}

// startDemoFeed serves the seed plugins as feed "demo" on a loopback port of
// its own and returns the feed's URL.
func startDemoFeed(logger *slog.Logger) (*demoServer, string, error) {
	key := os.Getenv("PLUGMUX_DEMO_API_KEY")
	if key == "" {
		key = rand.Text()
	}
	fsrv := feedserver.New(feedserver.Options{APIKeys: []string{key}, Logger: logger.With("component", "demo-feed")})
	for _, d := range plugins.Demos() {
		files, err := readDir(plugins.FS, d.Dir)
		if err != nil {
			return nil, "", err
		}
		if _, err := fsrv.Publish(demoFeed, feedserver.Package{Name: d.Name, Version: d.Version, Main: d.Main, Files: files}); err != nil {
			return nil, "", fmt.Errorf("publish %s: %w", d.Name, err)
		}
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, "", err
	}
	httpSrv := &http.Server{Handler: fsrv, ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = httpSrv.Serve(ln) }()
	url := "http://" + ln.Addr().String() + feedserver.FeedPath(demoFeed)
	logger.Info("built-in demo feed", "url", url, "publish", "npx publish-microfrontend --url "+url+" --api-key "+key)
	return &demoServer{http: httpSrv, feed: fsrv}, url, nil
}

type demoServer struct {
	http *http.Server
	feed *feedserver.Server
}

func (d *demoServer) Close() {
	d.feed.Close()
	_ = d.http.Close()
}

// readDir reads every file below dir, keyed by its path relative to dir.
func readDir(fsys fs.FS, dir string) (map[string][]byte, error) {
	files := map[string][]byte{}
	err := fs.WalkDir(fsys, dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		rel := p[len(dir)+1:]
		files[path.Clean(rel)] = data
		return nil
	})
	return files, err
}
