package plugmux

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/plugmux/plugmux/internal/feedserver"
)

// testFeed is the feed name the tests publish to.
const testFeed = "test"

// waitTimeout bounds every wait for a signal in the tests; it is a failure
// deadline, never a synchronization delay.
const waitTimeout = 10 * time.Second

// env is a running host in front of a real feed server, both on loopback,
// plus a file server for testdata/.
type env struct {
	t       *testing.T
	feed    *feedserver.Server
	feedSrv *httptest.Server
	files   *httptest.Server
	host    *Host
	api     *httptest.Server // the host mounted at /api
	syncs   chan SyncReport
	logs    *logSink
	runDone chan error
}

// newEnv starts a feed server, a host following it (Run), and an HTTP server
// for the host. opts may adjust the host's options.
func newEnv(t *testing.T, opts ...func(*Options)) *env {
	t.Helper()
	e := &env{t: t, syncs: make(chan SyncReport, 100), logs: newLogSink()}
	e.feed = feedserver.New(feedserver.Options{APIKeys: []string{"test-key"}})
	e.feedSrv = httptest.NewServer(e.feed)
	e.files = httptest.NewServer(http.FileServer(http.Dir("testdata")))
	o := Options{
		FeedURL:      e.feedSrv.URL + feedserver.FeedPath(testFeed),
		Logger:       slog.New(e.logs),
		OnSync:       func(r SyncReport) { e.syncs <- r },
		ReconnectMin: 10 * time.Millisecond,
		ReconnectMax: 100 * time.Millisecond,
	}
	for _, f := range opts {
		f(&o)
	}
	h, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	e.host = h
	mux := http.NewServeMux()
	mux.Handle("/api/", http.StripPrefix("/api", h))
	e.api = httptest.NewServer(mux)
	ctx, cancel := context.WithCancel(context.Background())
	e.runDone = make(chan error, 1)
	go func() { e.runDone <- h.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-e.runDone; !errors.Is(err, context.Canceled) && !errors.Is(err, ErrClosed) {
			t.Errorf("Run returned %v", err)
		}
		h.Close()
		e.api.Close()
		e.feed.Close()
		e.feedSrv.Close()
		e.files.Close()
	})
	e.waitReady()
	return e
}

func (e *env) waitReady() {
	e.t.Helper()
	select {
	case <-e.host.Ready():
	case <-time.After(waitTimeout):
		e.t.Fatal("host never became ready")
	}
}

// fixture returns the URL of a file in testdata/.
func (e *env) fixture(path string) string { return e.files.URL + "/" + path }

// setItem puts an item into the feed (which broadcasts an event).
func (e *env) setItem(it Item) {
	e.feed.SetItem(testFeed, feedserver.Item{Name: it.Name, Version: it.Version, Link: it.Link, Integrity: it.Integrity, Config: it.Config, Custom: it.Custom})
}

// publish publishes a one-file plugin through the feed server.
func (e *env) publish(name, version, source string) {
	e.t.Helper()
	e.publishFiles(name, version, "index.js", map[string]string{"index.js": source})
}

func (e *env) publishFiles(name, version, main string, files map[string]string) {
	e.t.Helper()
	fs := map[string][]byte{}
	for k, v := range files {
		fs[k] = []byte(v)
	}
	if _, err := e.feed.Publish(testFeed, feedserver.Package{Name: name, Version: version, Main: main, Files: fs}); err != nil {
		e.t.Fatal(err)
	}
}

// waitChange waits for a sync that reports a change of the kind for name,
// and returns it. Syncs without it are skipped.
func (e *env) waitChange(kind ChangeKind, name string) Change {
	e.t.Helper()
	return e.waitVersion(kind, name, "")
}

// waitVersion is waitChange for one version ("" for any).
func (e *env) waitVersion(kind ChangeKind, name, version string) Change {
	e.t.Helper()
	deadline := time.After(waitTimeout)
	for {
		select {
		case r := <-e.syncs:
			for _, c := range r.Changes {
				if c.Kind == kind && c.Name == name && (version == "" || c.Version == version) {
					return c
				}
			}
		case <-deadline:
			e.t.Fatalf("no %s change for %q within %v; log:\n%s", kind, name, waitTimeout, e.logs.String())
			return Change{}
		}
	}
}

// waitSyncErr waits for a sync that failed as a whole.
func (e *env) waitSyncErr() error {
	e.t.Helper()
	deadline := time.After(waitTimeout)
	for {
		select {
		case r := <-e.syncs:
			if r.Err != nil {
				return r.Err
			}
		case <-deadline:
			e.t.Fatal("no failed sync")
			return nil
		}
	}
}

// get requests /api+path and returns the status and body.
func (e *env) get(path string) (int, string) {
	e.t.Helper()
	resp, err := http.Get(e.api.URL + "/api" + path)
	if err != nil {
		e.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		e.t.Fatal(err)
	}
	return resp.StatusCode, string(b)
}

// expect asserts the status and body of GET /api+path.
func (e *env) expect(path string, status int, body string) {
	e.t.Helper()
	if s, b := e.get(path); s != status || b != body {
		e.t.Fatalf("GET %s = %d %q, want %d %q", path, s, b, status, body)
	}
}

// logSink is a slog.Handler that keeps the log text and lets a test wait
// for a message.
type logSink struct {
	mu      sync.Mutex
	b       strings.Builder
	waiters []logWaiter
}

type logWaiter struct {
	substr string
	ch     chan struct{}
}

func newLogSink() *logSink { return &logSink{} }

func (l *logSink) Enabled(context.Context, slog.Level) bool { return true }
func (l *logSink) WithAttrs(as []slog.Attr) slog.Handler    { return &attrSink{l, as} }
func (l *logSink) WithGroup(string) slog.Handler            { return l }
func (l *logSink) Handle(_ context.Context, r slog.Record) error {
	return l.handle(r, nil)
}

// attrSink is a logSink with attributes added by Logger.With.
type attrSink struct {
	l     *logSink
	attrs []slog.Attr
}

func (a *attrSink) Enabled(context.Context, slog.Level) bool { return true }
func (a *attrSink) WithAttrs(as []slog.Attr) slog.Handler {
	return &attrSink{a.l, append(a.attrs[:len(a.attrs):len(a.attrs)], as...)}
}
func (a *attrSink) WithGroup(string) slog.Handler                 { return a }
func (a *attrSink) Handle(_ context.Context, r slog.Record) error { return a.l.handle(r, a.attrs) }

func (l *logSink) handle(r slog.Record, attrs []slog.Attr) error {
	var line strings.Builder
	line.WriteString(r.Level.String() + " " + r.Message)
	for _, a := range attrs {
		line.WriteString(" " + a.String())
	}
	r.Attrs(func(a slog.Attr) bool {
		line.WriteString(" " + a.String())
		return true
	})
	l.mu.Lock()
	defer l.mu.Unlock()
	l.b.WriteString(line.String() + "\n")
	kept := l.waiters[:0]
	for _, w := range l.waiters {
		if strings.Contains(line.String(), w.substr) {
			close(w.ch)
		} else {
			kept = append(kept, w)
		}
	}
	l.waiters = kept
	return nil
}

func (l *logSink) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// await returns a channel closed when a log line containing substr is
// written from now on.
func (l *logSink) await(substr string) <-chan struct{} {
	l.mu.Lock()
	defer l.mu.Unlock()
	ch := make(chan struct{})
	l.waiters = append(l.waiters, logWaiter{substr, ch})
	return ch
}

// waitFor polls a condition that no signal announces (a pool's queue
// length, a reaper's effect); it bounds the wait and fails past it.
func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(waitTimeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("condition never held")
		}
		time.Sleep(2 * time.Millisecond)
	}
}

func mustAbs(t *testing.T, path string) string {
	t.Helper()
	abs, err := filepath.Abs(path)
	if err != nil {
		t.Fatal(err)
	}
	return abs
}

// loadResult is what a load run saw.
type loadResult struct {
	total, failures int64
	first           string // the first failure
}

// load sends GET /api+path from n goroutines until the returned stop is
// called; ok judges each response. stop waits for the goroutines.
func (e *env) load(path string, n int, ok func(status int, body string) bool) (stop func() loadResult) {
	done := make(chan struct{})
	var total, failures atomic.Int64
	var first atomic.Value
	fail := func(what string) {
		failures.Add(1)
		first.CompareAndSwap(nil, what)
	}
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: n}}
	var wg sync.WaitGroup
	for range n {
		wg.Go(func() {
			for {
				select {
				case <-done:
					return
				default:
				}
				total.Add(1)
				resp, err := client.Get(e.api.URL + "/api" + path)
				if err != nil {
					fail(err.Error())
					continue
				}
				b, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				if !ok(resp.StatusCode, string(b)) {
					fail(fmt.Sprintf("%d %q", resp.StatusCode, b))
				}
			}
		})
	}
	return func() loadResult {
		close(done)
		wg.Wait()
		r := loadResult{total: total.Load(), failures: failures.Load()}
		if f, ok := first.Load().(string); ok {
			r.first = f
		}
		return r
	}
}
