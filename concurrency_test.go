package plugmux

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/plugmux/plugmux/internal/express"
)

// gate is a host module for tests: wait(id) returns a Promise (through
// ModuleContext.Async) that settles when the test opens the gate of id, or
// rejects when the request's context ends. Tests synchronise on its
// channels, never on sleeps.
type gate struct {
	mu      sync.Mutex
	open    map[string]chan string // id → the value to resolve with
	arrived chan string            // an id whose wait began
	ended   chan string            // an id whose context ended before the gate opened
	values  chan any               // what Context() carried, per call of ctxValue()
}

type ctxKey struct{}

func newGate() *gate {
	return &gate{open: map[string]chan string{}, arrived: make(chan string, 1000), ended: make(chan string, 1000), values: make(chan any, 100)}
}

func (g *gate) ch(id string) chan string {
	g.mu.Lock()
	defer g.mu.Unlock()
	c := g.open[id]
	if c == nil {
		c = make(chan string, 1)
		g.open[id] = c
	}
	return c
}

func (g *gate) release(id, value string) { g.ch(id) <- value }

func (g *gate) module() Module {
	return func(mc ModuleContext) (any, error) {
		return map[string]any{
			"wait": func(id string) goja.Value {
				return mc.Async(func(ctx context.Context) (any, error) {
					c := g.ch(id)
					g.arrived <- id
					select {
					case v := <-c:
						return v, nil
					case <-ctx.Done():
						g.ended <- id
						return nil, ctx.Err()
					}
				})
			},
			"fail": func(msg string) goja.Value {
				return mc.Async(func(context.Context) (any, error) { return nil, errors.New(msg) })
			},
			"panics": func() goja.Value {
				return mc.Async(func(context.Context) (any, error) { panic("host binding bug") })
			},
			"ctxValue": func() any {
				v := mc.Context().Value(ctxKey{})
				g.values <- v
				return v
			},
			"asyncCtxValue": func() goja.Value {
				return mc.Async(func(ctx context.Context) (any, error) { return ctx.Value(ctxKey{}), nil })
			},
			"ticks": func(n int, cb goja.Callable) {
				_, send, done := mc.Stream()
				go func() {
					defer done()
					for i := range n {
						send(func(vm *goja.Runtime) error {
							_, err := cb(goja.Undefined(), vm.ToValue(i))
							return err
						})
					}
				}()
			},
		}, nil
	}
}

// awaitN receives n values from c, or fails the test.
func awaitN(t *testing.T, c chan string, n int) []string {
	t.Helper()
	var got []string
	for len(got) < n {
		select {
		case id := <-c:
			got = append(got, id)
		case <-time.After(waitTimeout):
			t.Fatalf("got %d of %d signals: %v", len(got), n, got)
		}
	}
	return got
}

func getBody(t *testing.T, url string) (int, string, http.Header) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Error(err)
		return 0, "", nil
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b), resp.Header
}

const gatePlugin = `import { wait, fail, panics, ctxValue, asyncCtxValue, ticks } from "test:gate";
let served = 0; // module state, shared by the runtime's requests
export function setup(r) {
	r.get("/wait/:id", async (req, res) => {
		const before = req.params.id + "?" + req.query.q;
		res.set("X-Id", req.params.id);
		const v = await wait(req.params.id);
		served++;
		res.send(before + "|" + req.params.id + "?" + req.query.q + "|" + res.get("X-Id") + "|" + v);
	});
	r.get("/quick", (req, res) => res.send("quick"));
	r.get("/spin", (req, res) => { for (;;) {} });
	r.get("/fail", async (req, res) => res.send(await fail("the database is down")));
	r.get("/panics", async (req, res) => res.send(await panics()));
	r.get("/ctx", async (req, res) => {
		const sync = ctxValue();
		await wait("ctx");
		const after = ctxValue();
		res.json({ sync, after, async: await asyncCtxValue() });
	});
	r.get("/ticks", (req, res) => {
		const got = [];
		ticks(5, (i) => { got.push(i); if (got.length === 5) res.json(got); });
	});
	r.get("/served", (req, res) => res.json(served));
}`

func gateEnv(t *testing.T, g *gate, opts ...func(*Options)) *env {
	t.Helper()
	e := newEnv(t, append([]func(*Options){func(o *Options) {
		o.Modules = map[string]Module{"test:gate": g.module()}
	}}, opts...)...)
	e.publish("g", "1.0.0", gatePlugin)
	e.waitChange(Installed, "g")
	return e
}

// Many requests wait on one runtime at once; each keeps its own req and
// res across its await, and they finish in whatever order their I/O does.
func TestOneRuntimeInterleavesManyRequests(t *testing.T) {
	t.Parallel()
	g := newGate()
	e := gateEnv(t, g, func(o *Options) { o.MaxRuntimes = 1 })
	const n = 40
	type result struct {
		id, body, hdr string
		status        int
	}
	results := make(chan result, n)
	for i := range n {
		go func() {
			id := fmt.Sprint(i)
			status, body, h := getBody(t, e.api.URL+"/api/g/wait/"+id+"?q=q"+id)
			results <- result{id, body, h.Get("X-Id"), status}
		}()
	}
	awaitN(t, g.arrived, n) // all n wait at the same time on the one runtime
	for i := n - 1; i >= 0; i-- {
		g.release(fmt.Sprint(i), "v"+fmt.Sprint(i))
	}
	for range n {
		r := <-results
		want := fmt.Sprintf("%s?q%s|%s?q%s|%s|v%s", r.id, r.id, r.id, r.id, r.id, r.id)
		if r.status != 200 || r.body != want || r.hdr != r.id {
			t.Errorf("request %s: %d %q X-Id=%q, want 200 %q", r.id, r.status, r.body, r.hdr, want)
		}
	}
	info := e.host.Plugins()[0]
	if info.Runtimes != 1 || info.Cold != 1 {
		t.Errorf("%d requests waiting on I/O used %d runtimes (%d cold starts), want 1", n, info.Runtimes, info.Cold)
	}
	e.expect("/g/served", 200, fmt.Sprint(n)) // module state is shared, as in Node
}

// A request past its time limit is answered 504 and abandoned: its host
// call's context is cancelled, and the requests beside it on the same
// runtime go on.
func TestTimeLimitStopsOneRequestOnly(t *testing.T) {
	t.Parallel()
	g := newGate()
	const limit = time.Second
	e := gateEnv(t, g, func(o *Options) { o.MaxRuntimes = 1; o.RequestTimeout = limit })
	late := make(chan int, 1)
	go func() {
		status, _, _ := getBody(t, e.api.URL+"/api/g/wait/never")
		late <- status
	}()
	awaitN(t, g.arrived, 1)
	// Not a synchronisation: the second request starts half a limit later,
	// so that it still has time left when the first one's runs out.
	time.Sleep(limit / 2)
	other := make(chan string, 1)
	go func() {
		_, body, _ := getBody(t, e.api.URL+"/api/g/wait/other?q=1")
		other <- body
	}()
	awaitN(t, g.arrived, 1)
	if s := <-late; s != 504 {
		t.Fatalf("the request past its limit got %d, want 504", s)
	}
	if id := awaitN(t, g.ended, 1)[0]; id != "never" {
		t.Fatalf("context ended for %q, want the timed-out request's", id)
	}
	g.release("other", "fine")
	if body := <-other; body != "other?1|other?1|other|fine" {
		t.Fatalf("the neighbouring request got %q", body)
	}
	if info := e.host.Plugins()[0]; info.Cold != 1 {
		t.Errorf("a time limit on a waiting request discarded the runtime: %+v", info)
	}
	g.release("never", "too late") // the abandoned continuation changes nothing
	e.expect("/g/quick", 200, "quick")
	if !strings.Contains(e.logs.String(), "did not finish within 1s (Options.RequestTimeout)") {
		t.Error("the timeout was not logged")
	}
}

// JavaScript that never yields is stopped by the CPU limit: it gets 504,
// the started request beside it 503, and one that had not started yet is
// served by a new runtime.
func TestCPULimitBreaksTheRuntime(t *testing.T) {
	t.Parallel()
	g := newGate()
	e := gateEnv(t, g, func(o *Options) { o.MaxRuntimes = 1; o.CPULimit = 300 * time.Millisecond })
	started := make(chan int, 1)
	go func() {
		status, _, _ := getBody(t, e.api.URL+"/api/g/wait/started")
		started <- status
	}()
	awaitN(t, g.arrived, 1)
	spin := make(chan int, 1)
	go func() {
		status, _, _ := getBody(t, e.api.URL+"/api/g/spin")
		spin <- status
	}()
	// Wait until the runtime is busy running the spin, then send a request
	// that can only queue on it.
	v := e.host.table.Load().plugins["g"]
	waitFor(t, func() bool {
		busy := false
		v.pool.Each(func(in *instance) { busy = busy || !in.loop.Busy().IsZero() })
		return busy
	})
	quick := make(chan string, 1)
	go func() {
		_, body, _ := getBody(t, e.api.URL+"/api/g/quick")
		quick <- body
	}()
	if s := <-spin; s != 504 {
		t.Errorf("the spinning request got %d, want 504", s)
	}
	if s := <-started; s != 503 {
		t.Errorf("the started request beside it got %d, want 503", s)
	}
	if body := <-quick; body != "quick" {
		t.Errorf("the request that had not started got %q, want it served elsewhere", body)
	}
	if id := awaitN(t, g.ended, 1)[0]; id != "started" {
		t.Errorf("context ended for %q", id)
	}
	e.expect("/g/quick", 200, "quick")
	if !strings.Contains(e.logs.String(), "without yielding (CPU limit)") {
		t.Error("the CPU limit was not logged")
	}
}

func TestAsyncBindingsSettleOnTheLoop(t *testing.T) {
	t.Parallel()
	g := newGate()
	e := gateEnv(t, g)
	e.expect("/g/fail", 500, express.ErrorPage("Internal Server Error"))
	if !strings.Contains(e.logs.String(), "the database is down") {
		t.Error("the rejection was not logged with fn's error")
	}
	e.expect("/g/panics", 500, express.ErrorPage("Internal Server Error"))
	log := e.logs.String()
	if !strings.Contains(log, "host binding bug") || !strings.Contains(log, "concurrency_test.go") {
		t.Errorf("the panic was not logged with its Go stack:\n%s", log)
	}
	e.expect("/g/quick", 200, "quick") // the runtime is fine
	e.expect("/g/ticks", 200, "[0,1,2,3,4]")
}

// A client that goes away cancels the context of its pending host call.
func TestClientGoneCancelsHostCalls(t *testing.T) {
	t.Parallel()
	g := newGate()
	e := gateEnv(t, g)
	ctx, cancel := context.WithCancel(context.Background())
	req, _ := http.NewRequestWithContext(ctx, "GET", e.api.URL+"/api/g/wait/gone", nil)
	errc := make(chan error, 1)
	go func() {
		resp, err := http.DefaultClient.Do(req)
		if err == nil {
			resp.Body.Close()
		}
		errc <- err
	}()
	awaitN(t, g.arrived, 1)
	cancel()
	<-errc
	if id := awaitN(t, g.ended, 1)[0]; id != "gone" {
		t.Fatalf("context ended for %q", id)
	}
	e.expect("/g/quick", 200, "quick")
}

// Context() and Async's ctx carry the values of the *http.Request, across
// the request's awaits.
func TestHostCallsSeeTheRequestContext(t *testing.T) {
	t.Parallel()
	g := newGate()
	e := gateEnv(t, g)
	withUser := func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), ctxKey{}, r.Header.Get("X-User"))))
		})
	}
	srv := httptest.NewServer(http.StripPrefix("/api", withUser(e.host)))
	t.Cleanup(srv.Close)
	bodies := make(chan string, 2)
	for _, user := range []string{"ada", "bob"} {
		go func() {
			req, _ := http.NewRequest("GET", srv.URL+"/api/g/ctx", nil)
			req.Header.Set("X-User", user)
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Error(err)
				bodies <- ""
				return
			}
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			bodies <- user + " " + string(b)
		}()
	}
	awaitN(t, g.arrived, 2) // both wait at once, interleaved on the runtime
	g.release("ctx", "1")
	g.release("ctx", "2")
	want := map[string]bool{
		`ada {"sync":"ada","after":"ada","async":"ada"}`: true,
		`bob {"sync":"bob","after":"bob","async":"bob"}`: true,
	}
	for range 2 {
		if b := <-bodies; !want[b] {
			t.Errorf("got %s", b)
		}
	}
}

// Bindings under load, for -race: many requests, each awaiting Go work.
func TestAsyncBindingsUnderLoad(t *testing.T) {
	t.Parallel()
	g := newGate()
	e := gateEnv(t, g, func(o *Options) { o.MaxRuntimes = 2 })
	const n = 200
	var wg sync.WaitGroup
	go func() {
		for range n {
			id := <-g.arrived
			g.release(id, "ok")
		}
	}()
	for i := range n {
		wg.Go(func() {
			id := fmt.Sprint("l", i)
			status, body, _ := getBody(t, e.api.URL+"/api/g/wait/"+id+"?q=x")
			if want := id + "?x|" + id + "?x|" + id + "|ok"; status != 200 || body != want {
				t.Errorf("%s: %d %q", id, status, body)
			}
		})
	}
	wg.Wait()
}

// A plugin's console lines name the request that wrote them, across awaits.
func TestConsoleLinesNameTheirRequest(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.publish("c", "1.0.0", `export function setup(r) {
		r.get("/log", async (req, res) => {
			await new Promise((ok) => setTimeout(ok, 1));
			console.log("after await");
			res.send("ok");
		});
	}`)
	e.waitChange(Installed, "c")
	logged := e.logs.await("after await")
	req, _ := http.NewRequest("GET", e.api.URL+"/api/c/log", nil)
	req.Header.Set("X-Request-Id", "req-42")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	<-logged
	for _, want := range []string{"after await", "request=req-42", "method=GET", "path=/c/log"} {
		if !strings.Contains(e.logs.String(), want) {
			t.Errorf("the console line lacks %s:\n%s", want, e.logs.String())
		}
	}
}

// A client that never finishes its body gets 408 at the request's time
// limit and its connection closed; the runtime serves others meanwhile.
func TestUnfinishedBodyGets408(t *testing.T) {
	t.Parallel()
	e := newEnv(t, func(o *Options) { o.RequestTimeout = 500 * time.Millisecond; o.MaxRuntimes = 1 })
	e.publish("b", "1.0.0", `import { json } from "express";
		export function setup(r) {
			r.post("/json", json(), (req, res) => res.json(req.body));
			r.get("/ok", (req, res) => res.send("ok"));
		}`)
	e.waitChange(Installed, "b")
	conn, err := net.Dial("tcp", strings.TrimPrefix(e.api.URL, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "POST /api/b/json HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{\"a\":\r\n")
	e.expect("/b/ok", 200, "ok") // the same runtime answers while the body hangs
	_ = conn.SetReadDeadline(time.Now().Add(waitTimeout))
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusRequestTimeout || !resp.Close {
		t.Fatalf("unfinished body: %d (close %v), want 408 and the connection closed", resp.StatusCode, resp.Close)
	}
}
