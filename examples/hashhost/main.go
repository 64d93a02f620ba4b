// Command hashhost is a plugmux host that hashes passwords for its plugins:
// the host module "host:password" (password.go), bcrypt from
// golang.org/x/crypto run by Go on the host's goroutines, where the same
// bcrypt in JavaScript (bcryptjs, bundled into a plugin) runs hundreds of
// times slower in the plugin's interpreter.
//
//	go run ./examples/hashhost [-addr 127.0.0.1:3000] [-cost 10] [-max-cost 14] [-hashes N] [-timeout 10s]
//
// It serves a built-in feed with one plugin, accounts (accounts/index.js),
// mounted at /api/accounts:
//
//	curl -i -d '{"username":"ada","password":"correct horse"}' -H 'Content-Type: application/json' http://127.0.0.1:3000/api/accounts/register
//	curl -i -d '{"username":"ada","password":"correct horse"}' -H 'Content-Type: application/json' http://127.0.0.1:3000/api/accounts/login
//
// Why bcrypt and not argon2id (also in x/crypto): bcrypt hashes are what
// Node applications already store (the bcrypt and bcryptjs packages), so a
// plugin moved from Node verifies its users' hashes unchanged, and its cost
// is CPU time alone; argon2id's strength is memory (64 MiB per hash at the
// recommended settings), which a host must then budget per concurrent hash.
//
// It logs with log/slog and stops cleanly on SIGINT and SIGTERM.
package main

import (
	"context"
	"embed"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime"
	"syscall"
	"time"

	"golang.org/x/crypto/bcrypt"

	"github.com/plugmux/plugmux"
	"github.com/plugmux/plugmux/internal/feedserver"
)

// accountsPlugin is the demo plugin's source, published in the built-in
// feed.
//
//go:embed accounts/index.js
var accountsPlugin embed.FS

// config is what the command line sets.
type config struct {
	addr        string        // where to serve, host:port
	cost        int           // bcrypt cost of new hashes
	maxCost     int           // highest cost of a hash verify accepts
	concurrency int           // hashes running at once
	timeout     time.Duration // plugmux.Options.RequestTimeout
}

func main() {
	var cfg config
	flag.StringVar(&cfg.addr, "addr", "127.0.0.1:3000", "address to serve on, host:port")
	flag.IntVar(&cfg.cost, "cost", bcrypt.DefaultCost, "bcrypt cost of new hashes (each step doubles the time: 10 is about 50 ms of one core)")
	flag.IntVar(&cfg.maxCost, "max-cost", 14, "highest cost of a stored hash that verify accepts (raised to -cost if lower)")
	flag.IntVar(&cfg.concurrency, "hashes", runtime.GOMAXPROCS(0), "hashes running at once; more calls wait in line")
	flag.DurationVar(&cfg.timeout, "timeout", 10*time.Second, "time limit of one request, its wait for a hash slot included")
	flag.Parse()

	logger := slog.New(slog.NewTextHandler(os.Stderr, nil))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, logger, cfg, nil); err != nil {
		logger.Error("hashhost failed", "err", err)
		os.Exit(1)
	}
}

// started is what run tells a caller (the tests) once it serves.
type started struct {
	addr   string             // the address the server listens on
	feed   *feedserver.Server // the built-in feed, to publish more plugins to
	hasher *hasher            // host:password's state, to read its counters
}

// run serves until ctx is done. listening, if not nil, is told what it
// serves.
func run(ctx context.Context, logger *slog.Logger, cfg config, listening func(started)) error {
	h, err := newHasher(cfg.cost, cfg.maxCost, cfg.concurrency, logger)
	if err != nil {
		return err
	}
	feed, feedURL, stopFeed, err := startFeed(logger)
	if err != nil {
		return fmt.Errorf("built-in feed: %w", err)
	}
	defer stopFeed()

	host, err := plugmux.New(plugmux.Options{
		FeedURL:        feedURL,
		Logger:         logger,
		RequestTimeout: cfg.timeout,
		Modules:        map[string]plugmux.Module{"host:password": h.module()},
	})
	if err != nil {
		return err
	}
	// After Close no JavaScript runs, so no call starts; wait for the
	// hashes still running (bcrypt cannot be stopped), so that run leaves
	// no goroutine behind.
	defer h.wait()
	defer host.Close()

	mux := http.NewServeMux()
	mux.Handle("/api/", http.StripPrefix("/api", host))
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second, ErrorLog: slog.NewLogLogger(logger.Handler(), slog.LevelWarn)}
	ln, err := net.Listen("tcp", cfg.addr)
	if err != nil {
		return err
	}
	logger.Info("serving plugins", "addr", "http://"+ln.Addr().String()+"/api/", "cost", h.cost, "maxCost", h.maxCost, "hashes", cap(h.slots))

	runDone := make(chan error, 1)
	go func() { runDone <- host.Run(ctx) }()
	serveDone := make(chan error, 1)
	go func() { serveDone <- srv.Serve(ln) }()
	if listening != nil {
		listening(started{addr: ln.Addr().String(), feed: feed, hasher: h})
	}

	select {
	case <-ctx.Done():
	case err := <-serveDone:
		return err
	}
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	err = srv.Shutdown(shutdownCtx)
	<-runDone
	if cerr := host.Close(); err == nil {
		err = cerr
	}
	if errors.Is(err, http.ErrServerClosed) {
		err = nil
	}
	return err
}

// feedName is the built-in feed's name.
const feedName = "hashhost"

// accountsConfig keeps the accounts plugin in one runtime: its users live
// in a module-level Map, which is per runtime. One runtime is enough, since
// a runtime serves many requests at once while their hashes run on the
// host's goroutines.
const accountsConfig = `{"plugmux": {"maxRuntimes": 1}}`

// startFeed publishes the accounts plugin in a feed served on a loopback
// port of its own, and returns the feed, its URL and how to stop it.
func startFeed(logger *slog.Logger) (*feedserver.Server, string, func(), error) {
	src, err := accountsPlugin.ReadFile("accounts/index.js")
	if err != nil {
		return nil, "", nil, err
	}
	feed := feedserver.New(feedserver.Options{Logger: logger.With("component", "feed")})
	if _, err := feed.Publish(feedName, feedserver.Package{Name: "accounts", Version: "1.0.0", Main: "index.js",
		Files: map[string][]byte{"index.js": src}, Config: []byte(accountsConfig)}); err != nil {
		feed.Close()
		return nil, "", nil, fmt.Errorf("publish accounts: %w", err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		feed.Close()
		return nil, "", nil, err
	}
	srv := &http.Server{Handler: feed, ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = srv.Serve(ln) }()
	stop := func() {
		feed.Close()
		_ = srv.Close()
	}
	return feed, "http://" + ln.Addr().String() + feedserver.FeedPath(feedName), stop, nil
}
