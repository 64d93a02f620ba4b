// Command server is the example plugmux host: it serves the plugins of a
// module feed under /api.
//
//	go run ./examples/server [-addr 127.0.0.1:3000] [-feed URL]
//
// Without -feed it serves a built-in demo feed with the seed plugins of
// examples/plugins (app1, app2, app3) from the same process, so it works on
// a fresh machine with Go alone:
//
//	curl http://127.0.0.1:3000/api/app1/foo              # Hello from app1 v2: /foo
//	curl 'http://127.0.0.1:3000/api/app2/compute?a=5&b=3' # 16
//	curl -i http://127.0.0.1:3000/api/app3/               # 404 NOT FOUND. with CORS headers
//
// The demo feed accepts publishes (an npm tarball, as publish-microfrontend
// sends it) with the API key that the server logs at start, or the one in
// $PLUGMUX_DEMO_API_KEY; the host picks up every publish at once.
//
// It logs with log/slog and stops cleanly on SIGINT and SIGTERM.
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
	"syscall"
	"time"

	"github.com/plugmux/plugmux"
	"github.com/plugmux/plugmux/examples/plugins"
	"github.com/plugmux/plugmux/internal/feedserver"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:3000", "address to serve on, host:port")
	feed := flag.String("feed", "", "module feed URL; empty serves the built-in demo feed")
	flag.Parse()

	logger := slog.New(slog.NewTextHandler(os.Stderr, nil))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, logger, *addr, *feed, nil); err != nil {
		logger.Error("server failed", "err", err)
		os.Exit(1)
	}
}

// demoFeed is the feed name of the built-in demo feed.
const demoFeed = "demo"

// run serves until ctx is done. listening, if not nil, is told the address
// the server listens on and the feed URL it serves.
func run(ctx context.Context, logger *slog.Logger, addr, feedURL string, listening func(addr, feedURL string)) error {
	if feedURL == "" {
		demo, url, err := startDemoFeed(logger)
		if err != nil {
			return fmt.Errorf("demo feed: %w", err)
		}
		defer demo.Close()
		feedURL = url
	}

	host, err := plugmux.New(plugmux.Options{FeedURL: feedURL, Logger: logger})
	if err != nil {
		return err
	}
	defer host.Close()

	mux := http.NewServeMux()
	mux.Handle("/api/", http.StripPrefix("/api", host))
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second, ErrorLog: slog.NewLogLogger(logger.Handler(), slog.LevelWarn)}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	logger.Info("serving plugins", "addr", "http://"+ln.Addr().String()+"/api/", "feed", feedURL)

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
		return err
	}
	logger.Info("shutting down")
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
