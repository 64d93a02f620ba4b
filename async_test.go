package plugmux

import (
	"errors"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/plugmux/plugmux/internal/express"
)

func TestAsyncHandlersAndSetup(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.setItem(Item{Name: "as", Version: "1.0.0", Link: e.fixture("async/index.js")})
	e.waitChange(Installed, "as")
	e.check(t, []routeCase{
		{path: "/as/ready", status: 200, body: "true"},
		{path: "/as/await", status: 200, body: `{"waited":true}`},
		{path: "/as/later", status: 200, body: "sent from a timer"},
		{path: "/as/order", status: 200, body: `["sync","microtask","promise","immediate","timeout"]`},
		{path: "/as/interval", status: 200, body: "ticked 3"},
		{path: "/as/cleared", status: 200, body: "cleared function true false"},
		{path: "/as/reject", status: 409, body: express.ErrorPage("Conflict")},
	})
}

func TestHangingHandlersAreStopped(t *testing.T) {
	t.Parallel()
	// Long enough that 10,000 frames of recursion finish under -race on a
	// loaded machine: /h/deep must be the stack overflow's 500, not a 504.
	e := newEnv(t, func(o *Options) { o.RequestTimeout = 2 * time.Second })
	e.setItem(Item{Name: "h", Version: "1.0.0", Link: e.fixture("hangs/index.js")})
	e.waitChange(Installed, "h")
	e.check(t, []routeCase{
		{path: "/h/spin", status: 504, body: "Gateway Timeout\n"},
		{path: "/h/ok", status: 200, body: "ok"}, // a fresh runtime serves
		{path: "/h/never", status: 500, body: express.ErrorPage("Internal Server Error")},
		{path: "/h/waits-forever", status: 504, body: "Gateway Timeout\n"},
		{path: "/h/deep", status: 500, body: express.ErrorPage("Internal Server Error")},
		{path: "/h/ok", status: 200, body: "ok"},
	})
	// Headers already sent: the connection is cut, the client sees an error.
	resp, err := http.Get(e.api.URL + "/api/h/stream-then-spin")
	if err == nil {
		_, err = io.ReadAll(resp.Body)
		resp.Body.Close()
	}
	if err == nil {
		t.Error("a stream stopped by the time limit ended as if complete")
	}
	log := e.logs.String()
	for _, want := range []string{"did not finish within 2s (Options.RequestTimeout)", "nothing they started is pending", "RangeError: Maximum call stack size exceeded"} {
		if !strings.Contains(log, want) {
			t.Errorf("log lacks %q", want)
		}
	}
}

func TestSetupThatNeverFinishesIsRejected(t *testing.T) {
	t.Parallel()
	e := newEnv(t, func(o *Options) { o.SetupTimeout = 200 * time.Millisecond })
	e.publish("ok", "1.0.0", `export function setup(r) { r.get("/", (q, s) => s.send("v1")); }`)
	e.waitChange(Installed, "ok")
	for name, src := range map[string]string{
		"spin":      `export function setup(r) { for (;;) {} }`,
		"toplevel":  `for (;;) {} export function setup(r) {}`,
		"interval":  `export async function setup(r) { setInterval(() => {}, 10); await new Promise(() => {}); }`,
		"nevermind": `export async function setup(r) { await new Promise(() => {}); }`,
	} {
		e.publish("ok", "2.0.0-"+name, src)
		c := e.waitVersion(Failed, "ok", "2.0.0-"+name)
		var pe *PluginError
		if !errors.As(c.Err, &pe) || (pe.Phase != PhaseSetup && pe.Phase != PhaseEvaluate) {
			t.Errorf("%s: %v", name, c.Err)
		}
		if name != "nevermind" && !errors.Is(c.Err, ErrTimeout) {
			t.Errorf("%s: %v is not ErrTimeout", name, c.Err)
		}
		want := "did not finish within 200ms"
		if name == "nevermind" {
			want = "never settles"
		}
		if !strings.Contains(c.Err.Error(), want) {
			t.Errorf("%s: error %q lacks %q", name, c.Err, want)
		}
		e.expect("/ok/", 200, "v1")
	}
}

func TestForAwaitAndAsyncGenerators(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.publish("gen", "1.0.0", `async function* count(n) { for (let i = 1; i <= n; i++) { await null; yield i; } }
		export function setup(r) {
			r.get("/", async (req, res) => {
				let sum = 0;
				for await (const i of count(4)) sum += i;
				res.send(String(sum));
			});
		}`)
	e.waitChange(Installed, "gen")
	e.expect("/gen/", 200, "10")
}
