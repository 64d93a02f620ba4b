// Command feedserver is a self-hosted module feed for plugmux hosts,
// compatible with the Piral Feed Service and its publish tools, and a local
// emulator for plugins under development.
//
// The feed service keeps its feeds in a data directory, durably:
//
//	go run ./examples/feedserver -data ./feed-data -addr 127.0.0.1:9000 -api-key KEY
//
// Feeds live at http://127.0.0.1:9000/api/v1/pilet/<feed>; publish to one
// with the npm CLI (npx publish-microfrontend --url <feed URL> --api-key
// KEY), list and activate versions or remove a plugin with the version API
// (see README.md beside this file).
//
// The local emulator builds every subfolder of a directory with esbuild,
// serves the builds as the feed "local" (see -feed) and rebuilds on save:
//
//	go run ./examples/feedserver -dir ./my-plugins
//
// Point a host at either with go run ./examples/server -feed <feed URL>.
// The API key may also be given in $PLUGMUX_FEED_API_KEY. The command logs
// with log/slog and stops cleanly on SIGINT and SIGTERM.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/plugmux/plugmux/internal/feedserver"
	"github.com/plugmux/plugmux/internal/feedserver/emulator"
)

// config is the command line.
type config struct {
	addr    string
	dataDir string // the feed service
	dir     string // the local emulator
	feed    string // the emulator's feed name
	apiKeys []string
	maxPkg  int64 // bytes
	// limits of the feed service, 0 for its defaults
	maxUnpacked int64 // bytes
	maxFiles    int
	maxWatchers int
	// readTimeout bounds reading one request, body included (an upload
	// that trickles); 0 for defaultReadTimeout
	readTimeout time.Duration
	public      string
	poll        time.Duration
}

// defaultReadTimeout is the default of -read-timeout: a 16 MiB upload at
// 1 Mbit/s takes about two minutes.
const defaultReadTimeout = 3 * time.Minute

func main() {
	var cfg config
	flag.StringVar(&cfg.addr, "addr", "127.0.0.1:9000", "address to serve on, host:port")
	flag.StringVar(&cfg.dataDir, "data", "", "feed service: the directory that keeps the feeds (created if missing)")
	flag.StringVar(&cfg.dir, "dir", "", "local emulator: the directory whose subfolders are plugins under development")
	flag.StringVar(&cfg.feed, "feed", emulator.DefaultFeed, "local emulator: the name of the feed it serves")
	flag.Func("api-key", "feed service: an API key accepted for publishing and the version API (repeatable; also $PLUGMUX_FEED_API_KEY)", func(k string) error {
		if k == "" {
			return errors.New("empty API key")
		}
		cfg.apiKeys = append(cfg.apiKeys, k)
		return nil
	})
	flag.Int64Var(&cfg.maxPkg, "max-package-bytes", 16<<20, "feed service: the largest package tarball accepted, in bytes")
	flag.Int64Var(&cfg.maxUnpacked, "max-unpacked-bytes", 0, "feed service: the most a tarball may unpack to, in bytes, counting 512 per entry; 0 for 8 times -max-package-bytes")
	flag.IntVar(&cfg.maxFiles, "max-package-files", 10000, "feed service: the most entries (files and directories) a tarball may hold")
	flag.IntVar(&cfg.maxWatchers, "max-watchers", 1000, "feed service: the most websocket watchers connected at once")
	flag.DurationVar(&cfg.readTimeout, "read-timeout", defaultReadTimeout, "the longest a client may take to send one request, body included")
	flag.StringVar(&cfg.public, "public-url", "", "feed service: the URL the service is reached at, e.g. https://feeds.example.com, for the links in feeds (behind a reverse proxy); default: the scheme and host of each request")
	flag.DurationVar(&cfg.poll, "poll", 100*time.Millisecond, "local emulator: how often to look for changed files")
	flag.Parse()
	if k := os.Getenv("PLUGMUX_FEED_API_KEY"); k != "" {
		cfg.apiKeys = append(cfg.apiKeys, k)
	}

	logger := slog.New(slog.NewTextHandler(os.Stderr, nil))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, logger, cfg, nil); err != nil {
		logger.Error("feedserver failed", "err", err)
		os.Exit(1)
	}
}

// handler is what the command serves: a feed service or an emulator.
type handler interface {
	http.Handler
	Close()
}

// run serves until ctx is done. listening, if not nil, is told the address
// the server listens on.
func run(ctx context.Context, logger *slog.Logger, cfg config, listening func(addr string)) error {
	h, describe, err := newHandler(logger, cfg)
	if err != nil {
		return err
	}
	defer h.Close()

	ln, err := net.Listen("tcp", cfg.addr)
	if err != nil {
		return err
	}
	base := "http://" + ln.Addr().String()
	describe(base)
	if cfg.readTimeout <= 0 {
		cfg.readTimeout = defaultReadTimeout
	}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		// A client that never finishes its upload is cut off. Websocket
		// watchers set their own deadlines once hijacked.
		ReadTimeout:    cfg.readTimeout,
		MaxHeaderBytes: 64 << 10,
		IdleTimeout:    2 * time.Minute,
		ErrorLog:       slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
	}
	serveDone := make(chan error, 1)
	go func() { serveDone <- srv.Serve(ln) }()
	if listening != nil {
		listening(ln.Addr().String())
	}

	select {
	case <-ctx.Done():
	case err := <-serveDone:
		return err
	}
	logger.Info("shutting down")
	// Websockets are hijacked connections that Shutdown does not wait
	// for: close them first, with a going-away frame.
	h.Close()
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	err = srv.Shutdown(shutdownCtx)
	if e := <-serveDone; !errors.Is(e, http.ErrServerClosed) && err == nil {
		err = e
	}
	return err
}

// newHandler builds the feed service or the emulator that cfg asks for,
// and a function that logs how to use it once its address is known.
func newHandler(logger *slog.Logger, cfg config) (handler, func(base string), error) {
	switch {
	case cfg.dataDir != "" && cfg.dir != "":
		return nil, nil, errors.New("-data (feed service) and -dir (local emulator) exclude each other")
	case cfg.dataDir != "":
		srv, err := feedserver.Open(feedserver.Options{
			DataDir:          cfg.dataDir,
			APIKeys:          cfg.apiKeys,
			MaxPackageBytes:  cfg.maxPkg,
			MaxUnpackedBytes: cfg.maxUnpacked,
			MaxPackageFiles:  cfg.maxFiles,
			MaxWatchers:      cfg.maxWatchers,
			PublicURL:        cfg.public,
			Logger:           logger,
		})
		if err != nil {
			return nil, nil, err
		}
		return srv, func(base string) {
			feed := base + feedserver.FeedPath("<feed>")
			logger.Info("feed service listening", "feeds", feed, "data", cfg.dataDir)
			if len(cfg.apiKeys) == 0 {
				logger.Warn("no API key: publishing and the version API answer 401; pass -api-key or set PLUGMUX_FEED_API_KEY")
			} else {
				logger.Info("publish with", "cmd", "npx publish-microfrontend --url "+feed+" --api-key <key>")
			}
		}, nil
	case cfg.dir != "":
		em, err := emulator.New(emulator.Options{Dir: cfg.dir, Feed: cfg.feed, PollInterval: cfg.poll, Logger: logger})
		if err != nil {
			return nil, nil, err
		}
		return em, func(base string) {
			feed := base + em.FeedPath()
			logger.Info("local emulator listening", "feed", feed, "dir", cfg.dir)
			logger.Info("serve the plugins with", "cmd", "go run ./examples/server -feed "+feed)
		}, nil
	default:
		return nil, nil, fmt.Errorf("give -data DIR for the feed service, or -dir DIR for the local emulator (see -help)")
	}
}
