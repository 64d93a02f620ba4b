package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"flag"
	"io"
	"log/slog"
	"mime/multipart"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/plugmux/plugmux"
	"github.com/plugmux/plugmux/internal/feedserver"
)

func TestDemoServesSeedPluginsAndLiveUpdates(t *testing.T) {
	t.Setenv("PLUGMUX_DEMO_API_KEY", "demo-key")
	logs := &awaitLog{}
	logger := slog.New(slog.NewTextHandler(logs, nil))
	ctx, cancel := context.WithCancel(context.Background())
	type addrs struct{ api, feed string }
	ready := make(chan addrs, 1)
	runDone := make(chan error, 1)
	// Each plugin is installed on its own, in no particular order.
	var installed []<-chan struct{}
	for _, name := range []string{"app1", "app2", "app3"} {
		installed = append(installed, logs.await(`msg="plugin installed" plugin=`+name))
	}
	go func() {
		runDone <- run(ctx, logger, config{addr: "127.0.0.1:0", requestTimeout: 30 * time.Second, maxBody: 1 << 20}, func(addr, feed string) { ready <- addrs{"http://" + addr, feed} })
	}()
	var a addrs
	select {
	case a = <-ready:
	case err := <-runDone:
		t.Fatalf("run: %v", err)
	}
	for _, ch := range installed {
		wait(t, ch, "the demo plugins to load")
	}

	get := func(path string) (*http.Response, string) {
		t.Helper()
		resp, err := http.Get(a.api + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp, string(b)
	}
	for _, c := range []struct {
		path, body string
		status     int
	}{
		{"/api/app1/foo", "Hello from app1 v2: /foo", 200},
		{"/api/app2/compute?a=5&b=3", "16", 200},
		{"/api/app2/compute?a=x&b=3", "Only numbers allowed.", 400},
		{"/api/app3/", "NOT FOUND.", 404},
	} {
		resp, body := get(c.path)
		if resp.StatusCode != c.status || body != c.body {
			t.Errorf("GET %s = %d %q, want %d %q", c.path, resp.StatusCode, body, c.status, c.body)
		}
	}
	if resp, _ := get("/api/app3/"); resp.Header.Get("Access-Control-Allow-Origin") != "*" {
		t.Errorf("app3 has no CORS header: %v", resp.Header)
	}

	// Publish app1 3.0.0 to the demo feed the way publish-microfrontend
	// does, while the server runs.
	updated := logs.await(`msg="plugin updated" plugin=app1 version=3.0.0`)
	tgz := npmTarball(t, map[string]string{
		"package.json": `{"name":"app1","version":"3.0.0","main":"index.js"}`,
		"index.js":     `export function setup(r) { r.get("/foo", (req, res) => res.send("Hello from app1 v3: " + req.path)); }`,
	})
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	fw, _ := mw.CreateFormFile("file", "app1-3.0.0.tgz")
	fw.Write(tgz)
	mw.Close()
	req, _ := http.NewRequest("POST", a.feed, &body)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	req.Header.Set("Authorization", "Basic demo-key")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("publish: %s", resp.Status)
	}
	wait(t, updated, "the published update to be served")
	if _, body := get("/api/app1/foo"); body != "Hello from app1 v3: /foo" {
		t.Errorf("after the update: %q", body)
	}

	cancel()
	select {
	case err := <-runDone:
		if err != nil {
			t.Errorf("run returned %v after cancel", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("run did not return after cancel")
	}
	if !strings.Contains(logs.String(), `msg="plugin retired" plugin=app1 version=3.0.0`) {
		t.Error("shutdown did not retire the plugins")
	}
}

func wait(t *testing.T, ch <-chan struct{}, what string) {
	t.Helper()
	select {
	case <-ch:
	case <-time.After(10 * time.Second):
		t.Fatalf("timed out waiting for %s", what)
	}
}

// npmTarball packs files under package/, as npm pack does.
func npmTarball(t *testing.T, files map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	gz := gzip.NewWriter(&buf)
	tw := tar.NewWriter(gz)
	for name, content := range files {
		if err := tw.WriteHeader(&tar.Header{Name: "package/" + name, Mode: 0o644, Size: int64(len(content)), Typeflag: tar.TypeReg}); err != nil {
			t.Fatal(err)
		}
		tw.Write([]byte(content))
	}
	tw.Close()
	gz.Close()
	return buf.Bytes()
}

// awaitLog collects log text and signals when a line contains a string.
type awaitLog struct {
	mu      sync.Mutex
	b       strings.Builder
	waiters map[string]chan struct{}
}

func (l *awaitLog) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.b.Write(p)
	for s, ch := range l.waiters {
		if strings.Contains(string(p), s) {
			close(ch)
			delete(l.waiters, s)
		}
	}
	return len(p), nil
}

// await returns a channel closed once the log holds s: at once if it does
// already (a line logged before the call counts: the host may log it before
// the test gets there, and repeated lines are aggregated per interval).
func (l *awaitLog) await(s string) <-chan struct{} {
	l.mu.Lock()
	defer l.mu.Unlock()
	ch := make(chan struct{})
	if strings.Contains(l.b.String(), s) {
		close(ch)
		return ch
	}
	if l.waiters == nil {
		l.waiters = map[string]chan struct{}{}
	}
	l.waiters[s] = ch
	return ch
}

func (l *awaitLog) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func TestFlags(t *testing.T) {
	fl := flag.NewFlagSet("server", flag.ContinueOnError)
	c, err := parseFlags(fl, []string{
		"-addr", "127.0.0.1:0", "-feed", "http://feed/api/v1/pilet/x", "-cache", "/tmp/c", "-poll", "5s",
		"-feed-header", "Authorization: Bearer abc", "-feed-header", "X-Tenant:  blue ",
		"-fetch-origin", "https://a.example", "-fetch-origin", "*",
		"-env", "NODE_ENV=production", "-env", "EMPTY=", "-env", "EQ=a=b",
		"-request-timeout", "2s", "-max-runtimes", "3", "-max-body", "1024",
	})
	if err != nil {
		t.Fatal(err)
	}
	if c.addr != "127.0.0.1:0" || c.feed != "http://feed/api/v1/pilet/x" || c.cache != "/tmp/c" || c.poll != 5*time.Second ||
		c.feedHeaders.Get("Authorization") != "Bearer abc" || c.feedHeaders.Get("X-Tenant") != "blue" ||
		strings.Join(c.fetchOrigins, " ") != "https://a.example *" ||
		c.env["NODE_ENV"] != "production" || c.env["EQ"] != "a=b" || len(c.env) != 3 ||
		c.requestTimeout != 2*time.Second || c.maxRuntimes != 3 || c.maxBody != 1024 {
		t.Errorf("config = %+v", c)
	}
	for _, bad := range [][]string{{"-feed-header", "no colon"}, {"-env", "NOEQUALS"}, {"-env", "=x"}} {
		if _, err := parseFlags(flag.NewFlagSet("server", flag.ContinueOnError), bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

// startServer runs the example host as main does, on a loopback port.
func startServer(t *testing.T, cfg config) (api, feed string, logs *awaitLog, stop func() error) {
	t.Helper()
	logs = &awaitLog{}
	ctx, cancel := context.WithCancel(context.Background())
	type addrs struct{ api, feed string }
	ready := make(chan addrs, 1)
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, slog.New(slog.NewTextHandler(logs, nil)), cfg, func(a, f string) { ready <- addrs{"http://" + a, f} })
	}()
	var a addrs
	select {
	case a = <-ready:
	case err := <-done:
		t.Fatalf("run: %v", err)
	}
	stopped := false
	stop = func() error {
		if stopped {
			return nil
		}
		stopped = true
		cancel()
		select {
		case err := <-done:
			return err
		case <-time.After(shutdownBound + 5*time.Second):
			t.Fatal("run did not return within its shutdown bound")
			return nil
		}
	}
	t.Cleanup(func() { _ = stop() })
	return a.api, a.feed, logs, stop
}

func fetch(t *testing.T, url string) (int, http.Header, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header, string(b)
}

func TestOperatorEndpointsAndFlags(t *testing.T) {
	t.Setenv("PLUGMUX_DEMO_API_KEY", "demo-key")
	up := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "upstream; auth="+r.Header.Get("Authorization"))
	}))
	defer up.Close()
	cfg, err := parseFlags(flag.NewFlagSet("server", flag.ContinueOnError), []string{
		"-addr", "127.0.0.1:0", "-cache", t.TempDir(), "-env", "NODE_ENV=production",
		"-fetch-origin", up.URL, "-max-body", "16", "-request-timeout", "5s",
	})
	if err != nil {
		t.Fatal(err)
	}
	api, feed, logs, stop := startServer(t, cfg)
	waitReady(t, api) // the demo plugins are installed
	installed := logs.await(`msg="plugin installed" plugin=ops`)
	publish(t, feed, npmTarball(t, map[string]string{
		"package.json": `{"name":"ops","version":"1.0.0","main":"index.js"}`,
		"index.js": `import express from "express";
			export function setup(r) {
				r.get("/env", (req, res) => res.send(process.env.NODE_ENV + " " + Object.keys(process.env).length));
				r.get("/up", async (req, res) => res.send(await (await fetch(req.query.url)).text()));
				r.post("/body", express.text(), (req, res) => res.send(req.body));
			}`,
	}))
	wait(t, installed, "the ops plugin")

	if code, _, body := fetch(t, api+"/healthz"); code != 200 || body != "ok\n" {
		t.Errorf("/healthz = %d %q", code, body)
	}
	// Unmatched requests under /api answer as the Node/Express host does,
	// and "//" reaches the plugin instead of being redirected.
	if code, hdr, body := fetch(t, api+"/api/app1/nope"); code != 404 || !strings.Contains(body, "<pre>Cannot GET /api/app1/nope</pre>") || hdr.Get("Content-Security-Policy") != "default-src 'none'" {
		t.Errorf("/api/app1/nope = %d %q", code, body)
	}
	if code, _, body := fetch(t, api+"/api/nobody/x"); code != 404 || !strings.Contains(body, "Cannot GET /api/nobody/x") {
		t.Errorf("/api/nobody/x = %d %q", code, body)
	}
	if code, _, body := fetch(t, api+"/api/ops//env"); code != 404 || !strings.Contains(body, "Cannot GET /api/ops//env") {
		t.Errorf("/api/ops//env = %d %q, want Express's 404 for the path as sent (no redirect)", code, body)
	}
	if code, _, body := fetch(t, api+"/readyz"); code != 200 || body != "ready\n" {
		t.Errorf("/readyz = %d %q", code, body)
	}
	if code, _, body := fetch(t, api+"/api/ops/env"); code != 200 || body != "production 1" {
		t.Errorf("-env: %d %q", code, body)
	}
	if code, _, body := fetch(t, api+"/api/ops/up?url="+up.URL+"/x"); code != 200 || body != "upstream; auth=" {
		t.Errorf("-fetch-origin: %d %q", code, body)
	}
	resp, err := http.Post(api+"/api/ops/body", "text/plain", strings.NewReader(strings.Repeat("x", 17)))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 413 {
		t.Errorf("-max-body 16 and a 17-byte body: %d, want 413", resp.StatusCode)
	}

	code, hdr, body := fetch(t, api+"/status")
	var st plugmux.Status
	if code != 200 || hdr.Get("Content-Type") != "application/json" || json.Unmarshal([]byte(body), &st) != nil {
		t.Fatalf("/status = %d %q", code, body)
	}
	states := map[string]string{}
	for _, p := range st.Plugins {
		states[p.Name] = string(p.State) + " " + p.Serving
	}
	if !st.Ready || states["ops"] != "serving 1.0.0" || states["app1"] != "serving 2.0.0" || st.Feed.State != plugmux.FeedWebsocket || st.Feed.CacheSavedAt.IsZero() {
		t.Errorf("/status: %s", body)
	}

	code, _, body = fetch(t, api+"/metrics")
	for _, want := range []string{
		`plugmux_requests_total{code="200",plugin="ops",version="1.0.0"} 2`,
		`plugmux_requests_total{code="413",plugin="ops",version="1.0.0"} 1`,
		`plugmux_runtimes{plugin="app1",version="2.0.0"}`,
		`plugmux_ready 1`,
		`go_goroutines`,
	} {
		if code != 200 || !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	if err := stop(); err != nil {
		t.Errorf("stop: %v", err)
	}
}

func TestNotReadyUntilTheFeedAnswersAndPrivateFeedHeaders(t *testing.T) {
	// A private feed that wants a header, not up yet.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	fsrv := feedserver.New(feedserver.Options{})
	defer fsrv.Close()
	if _, err := fsrv.Publish("priv", feedserver.Package{Name: "secret", Version: "1.0.0", Main: "index.js",
		Files: map[string][]byte{"index.js": []byte(`export function setup(r) { r.get("/", (q, s) => s.send("secret")); }`)}}); err != nil {
		t.Fatal(err)
	}
	feedURL := "http://" + ln.Addr().String() + feedserver.FeedPath("priv")
	addr := ln.Addr().String()
	ln.Close() // nothing listens: the feed is down

	cfg, err := parseFlags(flag.NewFlagSet("server", flag.ContinueOnError), []string{
		"-addr", "127.0.0.1:0", "-feed", feedURL, "-feed-header", "X-Feed-Key: k1", "-poll", "50ms",
	})
	if err != nil {
		t.Fatal(err)
	}
	api, _, logs, stop := startServer(t, cfg)
	failing := logs.await("feed sync failed")
	wait(t, failing, "a failed sync")
	if code, hdr, _ := fetch(t, api+"/readyz"); code != 503 || hdr.Get("Retry-After") == "" {
		t.Errorf("/readyz with the feed down = %d", code)
	}
	if code, hdr, _ := fetch(t, api+"/api/secret/"); code != 503 || hdr.Get("Retry-After") == "" {
		t.Errorf("a plugin path before the first sync = %d, want 503 with Retry-After", code)
	}

	// The feed comes up, checking the header.
	ln, err = net.Listen("tcp", addr)
	if err != nil {
		t.Skipf("could not listen on %s again: %v", addr, err)
	}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Feed-Key") != "k1" {
			http.Error(w, "no key", http.StatusUnauthorized)
			return
		}
		fsrv.ServeHTTP(w, r)
	})}
	go srv.Serve(ln)
	defer srv.Close()
	installed := logs.await(`msg="plugin installed" plugin=secret`)
	wait(t, installed, "the private plugin")
	if code, _, body := fetch(t, api+"/api/secret/"); code != 200 || body != "secret" {
		t.Errorf("private plugin: %d %q", code, body)
	}
	// The install is logged as the plugin is swapped in; the sync it
	// belongs to completes a moment later, and readiness with it: poll.
	deadline := time.Now().Add(10 * time.Second)
	for {
		code, _, _ := fetch(t, api+"/readyz")
		if code == 200 {
			break
		}
		if time.Now().After(deadline) {
			t.Errorf("/readyz after the first sync = %d", code)
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	if err := stop(); err != nil {
		t.Errorf("stop: %v", err)
	}
}

func publish(t *testing.T, feed string, tgz []byte) {
	t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	fw, _ := mw.CreateFormFile("file", "pkg.tgz")
	fw.Write(tgz)
	mw.Close()
	req, _ := http.NewRequest("POST", feed, &body)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	req.Header.Set("Authorization", "Basic demo-key")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		b, _ := io.ReadAll(resp.Body)
		t.Fatalf("publish: %d %s", resp.StatusCode, b)
	}
}

// waitReady polls /readyz, which announces readiness by no other signal.
func waitReady(t *testing.T, api string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		resp, err := http.Get(api + "/readyz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return
			}
		}
		if time.Now().After(deadline) {
			t.Fatal("never ready")
		}
		time.Sleep(5 * time.Millisecond)
	}
}
