// Command dbhost is a plugmux host that gives its plugins a database: the
// host module "host:db", backed by an embedded SQLite database (the pure-Go
// modernc.org/sqlite driver, so go run needs no C toolchain).
//
//	go run ./examples/dbhost [-addr 127.0.0.1:3000] [-db dbhost.sqlite] [-timeout 10s]
//
// It serves a built-in feed with one plugin, todos (todos/index.js), a
// small CRUD API mounted at /api/todos:
//
//	curl -i -d '{"title":"write a plugin"}' -H 'Content-Type: application/json' http://127.0.0.1:3000/api/todos/
//	curl http://127.0.0.1:3000/api/todos/
//	curl -X PATCH -d '{"done":true}' -H 'Content-Type: application/json' http://127.0.0.1:3000/api/todos/1
//	curl -X DELETE http://127.0.0.1:3000/api/todos/1
//
// db.go is the host module; everything else is the wiring any host has.
// It logs with log/slog and stops cleanly on SIGINT and SIGTERM.
package main

import (
	"context"
	"database/sql"
	"embed"
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

	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver

	"github.com/plugmux/plugmux"
	"github.com/plugmux/plugmux/internal/feedserver"
)

// todosPlugin is the demo plugin's source, published in the built-in feed.
//
//go:embed todos/index.js
var todosPlugin embed.FS

// schema is the host's database: the host owns it and creates it at start.
const schema = `CREATE TABLE IF NOT EXISTS todos (
	id         INTEGER PRIMARY KEY,
	title      TEXT    NOT NULL,
	done       INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
	created_at TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
)`

// config is what the command line sets.
type config struct {
	addr    string        // where to serve, host:port
	dbPath  string        // the SQLite database file
	timeout time.Duration // plugmux.Options.RequestTimeout
}

func main() {
	var cfg config
	flag.StringVar(&cfg.addr, "addr", "127.0.0.1:3000", "address to serve on, host:port")
	flag.StringVar(&cfg.dbPath, "db", "dbhost.sqlite", "SQLite database file (created if missing)")
	flag.DurationVar(&cfg.timeout, "timeout", 10*time.Second, "time limit of one request, its queries included")
	flag.Parse()

	logger := slog.New(slog.NewTextHandler(os.Stderr, nil))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, logger, cfg, nil); err != nil {
		logger.Error("dbhost failed", "err", err)
		os.Exit(1)
	}
}

// openDB opens the database and creates the schema.
//
// SQLite runs one writer at a time; a single connection makes the
// statements of all plugins take turns instead of failing with
// SQLITE_BUSY, and WAL keeps readers of other processes off the writer's
// path. A statement whose request ends is interrupted, so it frees the
// connection at once.
func openDB(ctx context.Context, path string) (*sql.DB, error) {
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=journal_mode(WAL)&_pragma=busy_timeout(5000)&_pragma=foreign_keys(1)")
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	db.SetMaxOpenConns(1)
	if _, err := db.ExecContext(ctx, schema); err != nil {
		db.Close()
		return nil, fmt.Errorf("create schema in %s: %w", path, err)
	}
	return db, nil
}

// run serves until ctx is done. listening, if not nil, is told the
// address the server listens on and the built-in feed (tests publish more
// plugins to it).
func run(ctx context.Context, logger *slog.Logger, cfg config, listening func(addr string, feed *feedserver.Server)) error {
	db, err := openDB(ctx, cfg.dbPath)
	if err != nil {
		return err
	}
	defer db.Close()

	feed, feedURL, stopFeed, err := startFeed(logger)
	if err != nil {
		return fmt.Errorf("built-in feed: %w", err)
	}
	defer stopFeed()

	host, err := plugmux.New(plugmux.Options{
		FeedURL:        feedURL,
		Logger:         logger,
		RequestTimeout: cfg.timeout,
		Modules:        map[string]plugmux.Module{"host:db": dbModule(db, logger)},
	})
	if err != nil {
		return err
	}
	defer host.Close()

	mux := http.NewServeMux()
	mux.Handle("/api/", http.StripPrefix("/api", host))
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second, ErrorLog: slog.NewLogLogger(logger.Handler(), slog.LevelWarn)}
	ln, err := net.Listen("tcp", cfg.addr)
	if err != nil {
		return err
	}
	logger.Info("serving plugins", "addr", "http://"+ln.Addr().String()+"/api/", "db", cfg.dbPath)

	runDone := make(chan error, 1)
	go func() { runDone <- host.Run(ctx) }()
	serveDone := make(chan error, 1)
	go func() { serveDone <- srv.Serve(ln) }()
	if listening != nil {
		listening(ln.Addr().String(), feed)
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
const feedName = "dbhost"

// startFeed publishes the todos plugin in a feed served on a loopback port
// of its own, and returns the feed, its URL and how to stop it.
func startFeed(logger *slog.Logger) (*feedserver.Server, string, func(), error) {
	src, err := todosPlugin.ReadFile("todos/index.js")
	if err != nil {
		return nil, "", nil, err
	}
	feed := feedserver.New(feedserver.Options{Logger: logger.With("component", "feed")})
	if _, err := feed.Publish(feedName, feedserver.Package{Name: "todos", Version: "1.0.0", Main: "index.js", Files: map[string][]byte{"index.js": src}}); err != nil {
		feed.Close()
		return nil, "", nil, fmt.Errorf("publish todos: %w", err)
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
