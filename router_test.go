package plugmux

import (
	"errors"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/plugmux/plugmux/internal/express"
)

type routeCase struct {
	method, path string
	header       map[string]string
	status       int
	body         string
	wantHeader   map[string]string
}

func (e *env) check(t *testing.T, cases []routeCase) {
	t.Helper()
	noRedirect := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	for _, c := range cases {
		method := c.method
		if method == "" {
			method = "GET"
		}
		req, err := http.NewRequest(method, e.api.URL+"/api"+c.path, nil)
		if err != nil {
			t.Fatal(err)
		}
		for k, v := range c.header {
			req.Header.Set(k, v)
		}
		resp, err := noRedirect.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != c.status || string(b) != c.body {
			t.Errorf("%s %s = %d %q, want %d %q", method, c.path, resp.StatusCode, b, c.status, c.body)
		}
		for k, v := range c.wantHeader {
			if got := resp.Header.Get(k); got != v {
				t.Errorf("%s %s: header %s = %q, want %q", method, c.path, k, got, v)
			}
		}
	}
}

func TestRoutesHttprouterCannotHoldFollowExpressOrder(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.setItem(Item{Name: "rc", Version: "1.0.0", Link: e.fixture("route-conflicts/index.js")})
	e.waitChange(Installed, "rc")
	e.check(t, []routeCase{
		{path: "/rc/users/new", status: 200, body: "new form"},
		{path: "/rc/users/7", status: 200, body: "user 7"},
		{path: "/rc/USERS/8/", status: 200, body: "user 8"}, // case-insensitive, trailing slash ignored
		{path: "/rc/users/caf%C3%A9", status: 200, body: "user café"},
		{path: "/rc/users/%FF", status: 400, body: express.ErrorPage("Bad Request")},
		{path: "/rc/items/skip", status: 200, body: "fallback skip"},
		{path: "/rc/items/x", status: 200, body: "item x"},
		{path: "/rc/files/a/b%20c", status: 200, body: `["a","b c"]`},
		{path: "/rc/files/readme", status: 200, body: `["readme"]`},
		{path: "/rc/docs", status: 200, body: "docs index"},
		{path: "/rc/docs/intro", status: 200, body: "docs intro"},
		{path: "/rc/3-9", status: 200, body: "range 3..9"},
		{method: "POST", path: "/rc/users/new", status: 404, body: "404 page not found\n"},
		{method: "HEAD", path: "/rc/users/7", status: 200, body: ""},
	})
}

func TestExpressBasics(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.setItem(Item{Name: "xb", Version: "1.0.0", Link: e.fixture("express-basics/index.js")})
	e.waitChange(Installed, "xb")
	json := "application/json; charset=utf-8"
	e.check(t, []routeCase{
		{path: "/xb/admin/panel", status: 401, body: `{"error":"unauthorized","baseUrl":"/api/xb/admin","url":"/panel"}`, wantHeader: map[string]string{"X-Seen-By": "first", "Content-Type": json}},
		{path: "/xb/admin/panel", header: map[string]string{"Authorization": "Bearer ok"}, status: 200, body: "panel /api/xb /admin/panel"},
		{path: "/xb/query?a=1&a=2&b=x+y&c=%E2%9C%93&d", status: 200, body: `{"a":["1","2"],"b":"x y","c":"✓","d":""}`},
		{path: "/xb/headers", header: map[string]string{"User-Agent": "ua/1", "X-Custom": "c"}, status: 200, body: `{"ua":"ua/1","custom":"c","method":"GET"}`},
		{method: "POST", path: "/xb/echo?x=1", status: 201, body: `{"method":"POST","url":"/echo?x=1"}`, wantHeader: map[string]string{"X-Echo": "yes", "Content-Type": json}},
		{method: "PUT", path: "/xb/node", status: 202, body: "node first", wantHeader: map[string]string{"Content-Type": "text/plain"}},
		{path: "/xb/throw", status: 500, body: express.ErrorPage("Internal Server Error")},
		{path: "/xb/async-throw", status: 418, body: express.ErrorPage("I'm a Teapot")},
		{path: "/xb/next-error", status: 500, body: express.ErrorPage("Internal Server Error")},
		{path: "/xb/no-response", status: 500, body: express.ErrorPage("Internal Server Error")},
		{path: "/xb/status", status: 204, body: ""},
		{path: "/xb/redirect", status: 302, body: "Found. Redirecting to /elsewhere", wantHeader: map[string]string{"Location": "/elsewhere"}},
		{path: "/xb/bytes", status: 200, body: "hi", wantHeader: map[string]string{"Content-Type": "application/octet-stream"}},
		{path: "/xb/multi", status: 200, body: "get multi"},
		{method: "POST", path: "/xb/multi", status: 200, body: "post multi"},
		{method: "DELETE", path: "/xb/any", status: 200, body: "any DELETE"},
		{path: "/xb/chain", status: 200, body: "chain 2"},
		{path: "/xb/handled", status: 500, body: `{"caught":"handled"}`},
		{path: "/xb/nothing", status: 404, body: "404 page not found\n"},
	})
	log := e.logs.String()
	for _, want := range []string{"request: Error: boom", "express-basics/index.js:", "did not end the response"} {
		if !strings.Contains(log, want) {
			t.Errorf("log lacks %q:\n%s", want, log)
		}
	}
	if strings.Contains(log, "teapot") {
		t.Error("a 4xx error was logged as a failure")
	}
}

func TestBadRouteRegistrationFailsSetupClearly(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	cases := map[string]string{
		"reserved":    `r.get("/a(b)", (q, s) => s.send(""))`,
		"nohandler":   `r.get("/a")`,
		"notfunction": `r.get("/a", 42)`,
		"nopath":      `r.get(5, (q, s) => s.send(""))`,
		"unnamed":     `r.get("/a/:", (q, s) => s.send(""))`,
		"unbalanced":  `r.get("/a{/:b", (q, s) => s.send(""))`,
	}
	want := map[string]string{
		"reserved":    `Unexpected ( at index 2`,
		"nohandler":   "at least one handler",
		"notfunction": "must be a function",
		"nopath":      "route path must be a string",
		"unnamed":     "Missing parameter name",
		"unbalanced":  "Unexpected end at index 6, expected }",
	}
	for name, body := range cases {
		e.publish(name, "1.0.0", `export function setup(r) { `+body+`; }`)
		c := e.waitChange(Failed, name)
		var pe *PluginError
		if !errors.As(c.Err, &pe) || pe.Phase != PhaseSetup || !strings.Contains(c.Err.Error(), want[name]) {
			t.Errorf("%s: %v, want a setup error with %q", name, c.Err, want[name])
		}
	}
}

func TestNextKeptPastItsRequestDoesNothing(t *testing.T) {
	t.Parallel()
	e := newEnv(t, func(o *Options) { o.MaxRuntimes = 1 }) // both requests on one runtime
	e.publish("stale", "1.0.0", `let saved;
		export function setup(r) {
			r.get("/save", (req, res, next) => { saved = next; res.send("saved"); });
			r.get("/use", (req, res) => { saved(); res.send("still mine"); });
			r.get("/use", (req, res) => res.send("advanced by a stale next"));
		}`)
	e.waitChange(Installed, "stale")
	e.expect("/stale/save", 200, "saved")
	e.expect("/stale/use", 200, "still mine")
}
