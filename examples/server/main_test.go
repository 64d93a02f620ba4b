package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"log/slog"
	"mime/multipart"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestDemoServesSeedPluginsAndLiveUpdates(t *testing.T) {
	t.Setenv("PLUGMUX_DEMO_API_KEY", "demo-key")
	logs := &awaitLog{}
	logger := slog.New(slog.NewTextHandler(logs, nil))
	ctx, cancel := context.WithCancel(context.Background())
	type addrs struct{ api, feed string }
	ready := make(chan addrs, 1)
	runDone := make(chan error, 1)
	installed := logs.await(`msg="plugin installed" plugin=app3`)
	go func() {
		runDone <- run(ctx, logger, "127.0.0.1:0", "", func(addr, feed string) { ready <- addrs{"http://" + addr, feed} })
	}()
	var a addrs
	select {
	case a = <-ready:
	case err := <-runDone:
		t.Fatalf("run: %v", err)
	}
	wait(t, installed, "the demo plugins to load")

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

func (l *awaitLog) await(s string) <-chan struct{} {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.waiters == nil {
		l.waiters = map[string]chan struct{}{}
	}
	ch := make(chan struct{})
	l.waiters[s] = ch
	return ch
}

func (l *awaitLog) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}
