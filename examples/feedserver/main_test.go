package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"mime/multipart"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"
	"github.com/plugmux/plugmux"
	"github.com/plugmux/plugmux/internal/feedserver"
)

// wait bounds every wait of these tests.
const wait = 20 * time.Second

const testKey = "test-api-key"

// startCmd runs the command's run with cfg (on a loopback port if cfg.addr
// is empty), logging to logger, until the test ends or stop is called. It
// returns the base URL it listens on.
func startCmd(t *testing.T, cfg config, logger *slog.Logger) (base string, stop func()) {
	t.Helper()
	if cfg.addr == "" {
		cfg.addr = "127.0.0.1:0"
	}
	ctx, cancel := context.WithCancel(context.Background())
	addrs := make(chan string, 1)
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, logger, cfg, func(addr string) { addrs <- addr })
	}()
	var once sync.Once
	stop = func() {
		once.Do(func() {
			cancel()
			select {
			case err := <-done:
				if err != nil {
					t.Errorf("run: %v", err)
				}
			case <-time.After(wait):
				t.Error("run did not return after its context ended")
			}
		})
	}
	t.Cleanup(stop)
	select {
	case addr := <-addrs:
		return "http://" + addr, stop
	case err := <-done:
		once.Do(func() {})
		t.Fatalf("run: %v", err)
	case <-time.After(wait):
		t.Fatal("run did not start listening")
	}
	return "", nil
}

// host is a plugmux host following a feed, served over loopback HTTP
// under /api, with every sync report on a channel.
type host struct {
	t     *testing.T
	url   string
	syncs chan plugmux.SyncReport
}

func startHost(t *testing.T, feedURL string) *host {
	t.Helper()
	syncs := make(chan plugmux.SyncReport, 64)
	h, err := plugmux.New(plugmux.Options{
		FeedURL:      feedURL,
		Logger:       slog.New(slog.DiscardHandler),
		ReconnectMin: 10 * time.Millisecond,
		ReconnectMax: 100 * time.Millisecond,
		OnSync: func(r plugmux.SyncReport) {
			select {
			case syncs <- r:
			default:
			}
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	runDone := make(chan struct{})
	go func() {
		defer close(runDone)
		h.Run(ctx)
	}()
	mux := http.NewServeMux()
	mux.Handle("/api/", http.StripPrefix("/api", h))
	srv := httptest.NewServer(mux)
	t.Cleanup(func() {
		srv.Close()
		cancel()
		<-runDone
		h.Close()
	})
	select {
	case <-h.Ready():
	case <-time.After(wait):
		t.Fatal("the host did not sync")
	}
	return &host{t: t, url: srv.URL, syncs: syncs}
}

// await reads sync reports until one has the change kind of name at
// version, and fails on a change of name that failed.
func (h *host) await(kind plugmux.ChangeKind, name, version string) {
	h.t.Helper()
	timeout := time.After(wait)
	for {
		select {
		case r := <-h.syncs:
			for _, c := range r.Changes {
				if c.Name == name && c.Kind == plugmux.Failed {
					h.t.Fatalf("the host failed to install %s@%s: %v", name, c.Version, c.Err)
				}
				if c.Name == name && c.Kind == kind && c.Version == version {
					return
				}
			}
		case <-timeout:
			h.t.Fatalf("the host did not report %s %s@%s", kind, name, version)
		}
	}
}

// get answers a request to the host: status and body.
func (h *host) get(path string) (int, string) {
	h.t.Helper()
	return httpGet(h.t, h.url+path)
}

func httpGet(t *testing.T, u string) (int, string) {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(b)
}

// apiCall sends an authenticated request with a JSON body to the service.
func apiCall(t *testing.T, method, u, body string) (int, string) {
	t.Helper()
	req, err := http.NewRequest(method, u, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Authorization", "Basic "+testKey)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// app1Tarball is examples/plugins/app1 packed as npm pack would, at
// version: its route answers "Hello from app1 v<major>: /foo".
func app1Tarball(t *testing.T, version string) []byte {
	t.Helper()
	index, err := os.ReadFile(filepath.Join("..", "plugins", "app1", "index.js"))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	tw := tar.NewWriter(zw)
	for name, body := range map[string][]byte{
		"package/package.json": []byte(`{"name":"app1","version":"` + version + `","main":"index.js"}`),
		"package/index.js":     index,
	} {
		tw.WriteHeader(&tar.Header{Name: name, Mode: 0o644, Size: int64(len(body)), Typeflag: tar.TypeReg})
		tw.Write(body)
	}
	tw.Close()
	zw.Close()
	return buf.Bytes()
}

// publish posts a tarball to a feed as publish-microfrontend does.
func publish(t *testing.T, feedURL string, tgz []byte) {
	t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	fw, _ := mw.CreateFormFile("file", "app1.tgz")
	fw.Write(tgz)
	mw.Close()
	req, _ := http.NewRequest(http.MethodPost, feedURL, &body)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	req.Header.Set("Authorization", "Basic "+testKey)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("publish: %s %s", resp.Status, b)
	}
}

func TestFlags(t *testing.T) {
	for _, cfg := range []config{
		{},
		{dataDir: t.TempDir(), dir: t.TempDir()},
		{dir: filepath.Join(t.TempDir(), "missing")},
	} {
		cfg.addr = "127.0.0.1:0"
		if err := run(context.Background(), slog.New(slog.DiscardHandler), cfg, nil); err == nil {
			t.Errorf("run(%+v) succeeded", cfg)
		}
	}
}

// TestServiceEndToEnd is the loop a user runs: publish, serve, publish v2,
// roll back, restart the service, and the host serves throughout.
func TestServiceEndToEnd(t *testing.T) {
	data := t.TempDir()
	cfg := config{addr: "127.0.0.1:0", dataDir: data, apiKeys: []string{testKey}}
	base, stop := startCmd(t, cfg, slog.New(slog.DiscardHandler))
	feedURL := base + feedserver.FeedPath("prod")

	publish(t, feedURL, app1Tarball(t, "1.0.0"))
	h := startHost(t, feedURL)
	if status, body := h.get("/api/app1/foo"); status != 200 || body != "Hello from app1 v1: /foo" {
		t.Fatalf("v1: %d %q", status, body)
	}

	publish(t, feedURL, app1Tarball(t, "2.0.0"))
	h.await(plugmux.Updated, "app1", "2.0.0")
	if status, body := h.get("/api/app1/foo"); status != 200 || body != "Hello from app1 v2: /foo" {
		t.Fatalf("v2: %d %q", status, body)
	}

	status, body := apiCall(t, http.MethodPut, feedURL+"/app1/active", `{"version":"1.0.0"}`)
	if status != http.StatusOK {
		t.Fatalf("rollback: %d %s", status, body)
	}
	h.await(plugmux.Updated, "app1", "1.0.0")
	if status, body := h.get("/api/app1/foo"); status != 200 || body != "Hello from app1 v1: /foo" {
		t.Fatalf("after rollback: %d %q", status, body)
	}

	// A restart on the same address keeps everything: the host reconnects
	// and resyncs to the same feed, and the versions are all there.
	stop()
	cfg.addr = strings.TrimPrefix(base, "http://")
	base2, _ := startCmd(t, cfg, slog.New(slog.DiscardHandler))
	if base2 != base {
		t.Fatalf("restarted on %s, want %s", base2, base)
	}
	status, body = apiCall(t, http.MethodGet, feedURL+"/app1/versions", "")
	var vs feedserver.Versions
	if status != http.StatusOK || json.Unmarshal([]byte(body), &vs) != nil || vs.Active != "1.0.0" || len(vs.Versions) != 2 {
		t.Fatalf("versions after restart: %d %s", status, body)
	}
	if status, body := h.get("/api/app1/foo"); status != 200 || body != "Hello from app1 v1: /foo" {
		t.Fatalf("after restart: %d %q", status, body)
	}
	// And the restarted service takes changes that the host follows.
	if status, body := apiCall(t, http.MethodPut, feedURL+"/app1/active", `{"version":"2.0.0"}`); status != http.StatusOK {
		t.Fatalf("roll forward after restart: %d %s", status, body)
	}
	h.await(plugmux.Updated, "app1", "2.0.0")
	if status, body := apiCall(t, http.MethodDelete, feedURL+"/app1", ""); status != http.StatusOK {
		t.Fatalf("remove: %d %s", status, body)
	}
	h.await(plugmux.Removed, "app1", "2.0.0")
	if status, _ := h.get("/api/app1/foo"); status != http.StatusNotFound {
		t.Fatalf("after remove: %d, want 404", status)
	}
}

// TestEmulatorWithHost: a host pointed at the emulator serves a plugin
// folder, then each save of it, and keeps the last good build when a save
// does not build.
func TestEmulatorWithHost(t *testing.T) {
	dir := t.TempDir()
	app1 := filepath.Join(dir, "app1")
	if err := os.MkdirAll(filepath.Join(app1, "src"), 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(name, body string) {
		t.Helper()
		tmp := filepath.Join(t.TempDir(), "f")
		if err := os.WriteFile(tmp, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Rename(tmp, filepath.Join(app1, name)); err != nil {
			t.Fatal(err)
		}
	}
	write("package.json", `{"name":"app1","version":"1.0.0"}`)
	write("src/greeting.ts", `export const greeting: string = "Hello";`)
	write("src/index.ts", `import { greeting } from "./greeting";
export function setup(router: any, ctx: { name: string; version: string }): void {
  router.get("/foo", (req: any, res: any) => res.send(greeting + " from " + ctx.name + " " + ctx.version));
}
`)
	logs := make(logLines, 256)
	base, _ := startCmd(t, config{dir: dir, feed: "local", poll: 10 * time.Millisecond}, slog.New(logs))
	h := startHost(t, base+feedserver.FeedPath("local"))
	if status, body := h.get("/api/app1/foo"); status != 200 || body != "Hello from app1 1.0.0" {
		t.Fatalf("first build: %d %q", status, body)
	}

	write("src/greeting.ts", `export const greeting: string = "Howdy";`)
	h.await(plugmux.Updated, "app1", "1.0.0")
	if status, body := h.get("/api/app1/foo"); status != 200 || body != "Howdy from app1 1.0.0" {
		t.Fatalf("after a save: %d %q", status, body)
	}

	// A save that does not build: the host keeps serving the last good
	// build. The next good save is served.
	write("src/greeting.ts", `export const greeting: string = ;`)
	logs.await(t, "build failed; still serving the last good build")
	if status, body := h.get("/api/app1/foo"); status != 200 || body != "Howdy from app1 1.0.0" {
		t.Fatalf("after a broken save: %d %q", status, body)
	}
	write("src/greeting.ts", `export const greeting: string = "Hi again";`)
	h.await(plugmux.Updated, "app1", "1.0.0")
	if status, body := h.get("/api/app1/foo"); status != 200 || body != "Hi again from app1 1.0.0" {
		t.Fatalf("after a fixed save: %d %q", status, body)
	}
}

// logLines is a slog.Handler that hands every message to a channel, so
// that tests can await what the command logs.
type logLines chan string

func (l logLines) Enabled(context.Context, slog.Level) bool { return true }
func (l logLines) WithAttrs([]slog.Attr) slog.Handler       { return l }
func (l logLines) WithGroup(string) slog.Handler            { return l }
func (l logLines) Handle(_ context.Context, r slog.Record) error {
	select {
	case l <- r.Message:
	default:
	}
	return nil
}

// await reads messages until one contains msg.
func (l logLines) await(t *testing.T, msg string) {
	t.Helper()
	timeout := time.After(wait)
	for {
		select {
		case m := <-l:
			if strings.Contains(m, msg) {
				return
			}
		case <-timeout:
			t.Fatalf("no log line %q", msg)
		}
	}
}

// TestServiceLimits: the limit flags reach the feed service.
func TestServiceLimits(t *testing.T) {
	cfg := config{addr: "127.0.0.1:0", dataDir: t.TempDir(), apiKeys: []string{testKey}, maxFiles: 1, maxWatchers: 1}
	base, _ := startCmd(t, cfg, slog.New(slog.DiscardHandler))
	feedURL := base + feedserver.FeedPath("prod")

	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	fw, _ := mw.CreateFormFile("file", "app1.tgz")
	fw.Write(app1Tarball(t, "1.0.0"))
	mw.Close()
	req, _ := http.NewRequest(http.MethodPost, feedURL, &body)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	req.Header.Set("Authorization", "Basic "+testKey)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusRequestEntityTooLarge || !strings.Contains(string(b), "more than 1 entries") {
		t.Errorf("publish with -max-package-files 1: %s %s, want 413", resp.Status, b)
	}

	ws := "ws" + strings.TrimPrefix(feedURL, "http")
	c, resp, err := websocket.DefaultDialer.Dial(ws, nil)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	defer c.Close()
	_, resp, err = websocket.DefaultDialer.Dial(ws, nil)
	if err == nil || resp == nil || resp.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("a second watcher with -max-watchers 1: %v %v, want 503", err, resp)
	}
	if resp != nil {
		resp.Body.Close()
	}
}

// TestUnfinishedUploadIsCutOff: a publish whose body never comes is
// answered or cut off at the read timeout, not held for ever.
func TestUnfinishedUploadIsCutOff(t *testing.T) {
	cfg := config{addr: "127.0.0.1:0", dataDir: t.TempDir(), apiKeys: []string{testKey}, readTimeout: 200 * time.Millisecond}
	base, _ := startCmd(t, cfg, slog.New(slog.DiscardHandler))
	conn, err := net.Dial("tcp", strings.TrimPrefix(base, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "POST %s HTTP/1.1\r\nHost: x\r\nAuthorization: Basic %s\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: 100000\r\n\r\n--b\r\n",
		feedserver.FeedPath("prod"), testKey)
	conn.SetReadDeadline(time.Now().Add(wait))
	b, err := io.ReadAll(conn) // until the server closes the connection
	if ne, ok := err.(net.Error); ok && ne.Timeout() {
		t.Fatalf("the connection was held for %v: %q", wait, b)
	}
	if len(b) > 0 && !strings.HasPrefix(string(b), "HTTP/1.1 4") {
		t.Errorf("answered %q, want a 4xx or nothing", b)
	}
}
