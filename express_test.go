package plugmux

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/plugmux/plugmux/internal/express"
)

func installStream(t *testing.T, opts ...func(*Options)) *env {
	t.Helper()
	e := newEnv(t, opts...)
	e.setItem(Item{Name: "st", Version: "1.0.0", Link: e.fixture("express-stream/index.js")})
	e.waitChange(Installed, "st")
	return e
}

// An SSE handler's writes reach a real client one by one while the
// response is still open, and the client going away emits 'close'.
func TestServerSentEventsStream(t *testing.T) {
	t.Parallel()
	e := installStream(t)
	closed := e.logs.await("sse client went away")
	ctx, cancel := context.WithTimeout(context.Background(), waitTimeout)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, "GET", e.api.URL+"/api/st/sse", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); ct != "text/event-stream; charset=utf-8" {
		t.Errorf("Content-Type = %q", ct)
	}
	if resp.ContentLength != -1 {
		t.Errorf("ContentLength = %d, want a streamed (chunked) body", resp.ContentLength)
	}
	r := bufio.NewReader(resp.Body)
	// The handler never ends the response on its own: reading an event can
	// only succeed if the write was flushed to the client.
	for _, want := range []string{"data: first", "", "data: second", ""} {
		line, err := r.ReadString('\n')
		if err != nil {
			t.Fatalf("reading %q: %v", want, err)
		}
		if got := strings.TrimRight(line, "\n"); got != want {
			t.Fatalf("read %q, want %q", got, want)
		}
	}
	cancel() // the client goes away
	select {
	case <-closed:
	case <-time.After(waitTimeout):
		t.Fatalf("the plugin never saw the client go away; log:\n%s", e.logs.String())
	}
	e.expect("/st/api/hello", 200, "hello from /api/st/api") // the runtime serves on
}

func TestResponseEventsAndRouters(t *testing.T) {
	t.Parallel()
	e := installStream(t)
	finished := e.logs.await("finish event, status 201, sent true")
	e.expect("/st/finish", 201, "finishing")
	select {
	case <-finished:
	case <-time.After(waitTimeout):
		t.Fatalf("no finish event; log:\n%s", e.logs.String())
	}
	e.expect("/st/api/hello", 200, "hello from /api/st/api")
	e.expect("/st/call-router/x", 404, "404 page not found\n")
	e.check(t, []routeCase{
		// a router called as a function, with the handler's next: it
		// matches nothing, so next() continues in the parent
		{path: "/st/call-router", status: 200, body: "back in the parent at /api/st"},
		{path: "/st/late-route", status: 500, body: express.ErrorPage("Internal Server Error")},
		{path: "/st/express-app", status: 500, body: express.ErrorPage("Internal Server Error")},
	})
	log := e.logs.String()
	for _, want := range []string{"routes can only be registered while setup runs", "express() creates an application"} {
		if !strings.Contains(log, want) {
			t.Errorf("log lacks %q", want)
		}
	}
}

// Options.Debug puts the stack into the error page; without it the page
// shows the status message only (the conformance suite checks that page
// byte for byte against Express in production mode).
func TestDebugErrorPage(t *testing.T) {
	t.Parallel()
	e := installStream(t, func(o *Options) { o.Debug = true })
	status, body := e.get("/st/throw")
	if status != 500 || !strings.Contains(body, "<pre>Error: boom in debug<br>") || !strings.Contains(body, "express-stream/index.js:") {
		t.Errorf("GET /st/throw with Debug = %d %q, want the stack in the page", status, body)
	}
	e2 := installStream(t)
	if status, body := e2.get("/st/throw"); status != 500 || strings.Contains(body, "boom") || strings.Contains(body, "index.js") {
		t.Errorf("GET /st/throw = %d %q, want no stack", status, body)
	}
}

// Options.MaxBodyBytes bounds every body, below a parser's own limit: 413,
// as Express's limit gives.
func TestMaxBodyBytes(t *testing.T) {
	t.Parallel()
	e := installStream(t, func(o *Options) { o.MaxBodyBytes = 1000 })
	post := func(path, body string, chunked bool) (int, string) {
		var rd io.Reader = strings.NewReader(body)
		if chunked {
			rd = io.MultiReader(strings.NewReader(body[:10]), strings.NewReader(body[10:]))
		}
		resp, err := http.Post(e.api.URL+"/api/st"+path, "application/json", rd)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	small := `{"a":"` + strings.Repeat("x", 100) + `"}`
	big := `{"a":"` + strings.Repeat("x", 2000) + `"}`
	for _, c := range []struct {
		path, body string
		chunked    bool
		status     int
	}{
		{"/big-json", small, false, 200},
		{"/big-json", big, false, 413},
		{"/big-json", big, true, 413},
		{"/stream-count", small, false, 200},
		{"/stream-count", big, false, 413},
		{"/stream-count", big, true, 413},
	} {
		status, body := post(c.path, c.body, c.chunked)
		if status != c.status {
			t.Errorf("POST %s (%d bytes, chunked %v) = %d %q, want %d", c.path, len(c.body), c.chunked, status, body, c.status)
		}
		if c.status == 413 && body != express.ErrorPage("Payload Too Large") {
			t.Errorf("POST %s: body %q", c.path, body)
		}
	}
}

func TestAttachmentHeader(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.publish("att", "1.0.0", `export function setup(r) { r.get("/", (req, res) => res.attachment(req.query.name).send("x")); }`)
	e.waitChange(Installed, "att")
	for name, want := range map[string]string{
		"report.pdf":       "attachment; filename=report.pdf",
		"my file.txt":      "attachment; filename=\"my file.txt\"",
		"na\u00efve.txt":   "attachment; filename=\"na?ve.txt\"; filename*=UTF-8''na%C3%AFve.txt",
		"50%25.txt":        "attachment; filename=50%25.txt; filename*=UTF-8''50%2525.txt",
		"quote\"s.txt":     "attachment; filename=\"quote\\\"s.txt\"",
		"\u65e5\u672c.pdf": "attachment; filename=\"??.pdf\"; filename*=UTF-8''%E6%97%A5%E6%9C%AC.pdf",
		"it's (1)*.txt":    "attachment; filename=\"it's (1)*.txt\"",
	} {
		resp, err := http.Get(e.api.URL + "/api/att/?name=" + url.QueryEscape(name))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if got := resp.Header.Get("Content-Disposition"); got != want {
			t.Errorf("attachment(%q): %q, want %q", name, got, want)
		}
	}
}

// ExpressNotFound answers as Express 5's final handler: these pages were
// recorded from an Express 5 application in Node (a router mounted at
// /api/x, no route matching).
func TestExpressNotFoundAnswersAsExpress(t *testing.T) {
	t.Parallel()
	e := newEnv(t, func(o *Options) { o.NotFound = ExpressNotFound() })
	srv := httptest.NewServer(http.StripPrefix("/api", e.host))
	t.Cleanup(srv.Close)
	for _, c := range []struct{ method, path, pre string }{
		{"GET", "/api/x/nope", "Cannot GET /api/x/nope"},
		{"POST", "/api/x/a%20b?q=1", "Cannot POST /api/x/a%20b"},
		// (Express answers "Cannot GET /api/x/%25zz" to /api/x/%zz; Go's
		// HTTP server refuses such a request line with 400 before any
		// handler runs.)
		{"DELETE", "/api/x/caf%C3%A9", "Cannot DELETE /api/x/caf%C3%A9"},
		{"HEAD", "/api/x/h", ""},
	} {
		req, _ := http.NewRequest(c.method, srv.URL+"/", nil)
		req.URL.Opaque = c.path // sent as is, malformed escapes included
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		want := ""
		if c.pre != "" {
			want = express.ErrorPage(c.pre)
		}
		if resp.StatusCode != 404 || string(b) != want || resp.Header.Get("Content-Security-Policy") != "default-src 'none'" || resp.Header.Get("Content-Type") != "text/html; charset=utf-8" {
			t.Errorf("%s %s = %d %q %v", c.method, c.path, resp.StatusCode, b, resp.Header)
		}
	}
}

// An absolute-form request target keeps its origin in req.url, as the
// router of Express 5 in Node answers it (recorded: a router mounted at
// /api/x, GET http://example.com/api/x/p/7?q=1).
func TestAbsoluteFormRequestTarget(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.publish("x", "1.0.0", `export function setup(r) { r.get("/p/:id", (req, res) => res.json({ url: req.url, orig: req.originalUrl, path: req.path, base: req.baseUrl, params: req.params, q: req.query })); }`)
	e.waitChange(Installed, "x")
	conn, err := net.Dial("tcp", strings.TrimPrefix(e.api.URL, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "GET http://example.com/api/x/p/7?q=1 HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n")
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	want := `{"url":"http://example.com/p/7?q=1","orig":"http://example.com/api/x/p/7?q=1","path":"/p/7","base":"/api/x","params":{"id":"7"},"q":{"q":"1"}}`
	if string(b) != want {
		t.Fatalf("got  %s\nwant %s", b, want)
	}
}
