package express

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dop251/goja"

	"github.com/plugmux/plugmux/internal/jsloop"
)

// harness runs the Express layer on a bare goja runtime and event loop,
// behind a real loopback HTTP server: no feed, no host. setup is the body
// of a function (router, express, gate) => { ... }; gate(name) returns a
// Promise that the test settles with open(name, value).
type harness struct {
	t    *testing.T
	rt   *Runtime
	srv  *httptest.Server
	logs *syncBuffer

	timeout time.Duration // of each request

	mu      sync.Mutex
	gates   map[string]func(string)
	arrived chan string
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func newHarness(t *testing.T, timeout time.Duration, setup string) *harness {
	return newHarnessWith(t, timeout, setup, nil)
}

// newHarnessWith is newHarness with a hook that completes the runtime
// before setup runs (installs an environment, changes the Config).
func newHarnessWith(t *testing.T, timeout time.Duration, setup string, prepare func(vm *goja.Runtime, loop *jsloop.Loop, cfg *Config)) *harness {
	t.Helper()
	h := &harness{t: t, logs: &syncBuffer{}, gates: map[string]func(string){}, arrived: make(chan string, 100)}
	vm := goja.New()
	loop := jsloop.New(vm, func(err error) { t.Logf("uncaught: %v", err) })
	cfg := Config{
		Logger:         slog.New(slog.NewTextHandler(h.logs, nil)),
		MaxBodyBytes:   1 << 20,
		RequestTimeout: timeout,
		CPULimit:       time.Second,
	}
	if prepare != nil {
		prepare(vm, loop, &cfg)
	}
	h.rt = New(vm, loop, cfg)
	gate := func(call goja.FunctionCall) goja.Value {
		name := call.Argument(0).String()
		p, resolve, _ := vm.NewPromise()
		post := loop.Hold()
		h.mu.Lock()
		h.gates[name] = func(v string) { post(func() error { return resolve(v) }) }
		h.mu.Unlock()
		h.arrived <- name
		return vm.ToValue(p)
	}
	fn, err := vm.RunString("(function (router, express, gate) {\n" + setup + "\n})")
	if err != nil {
		t.Fatal(err)
	}
	call, _ := goja.AssertFunction(fn)
	mod, err := h.rt.Module()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := call(goja.Undefined(), h.rt.Router(), mod, vm.ToValue(gate)); err != nil {
		t.Fatal(err)
	}
	if _, err := h.rt.Seal(nil); err != nil {
		t.Fatal(err)
	}
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = h.rt.Run(stop)
	}()
	h.timeout = timeout
	h.srv = httptest.NewServer(http.HandlerFunc(h.serve))
	t.Cleanup(func() {
		h.srv.Close()
		close(stop)
		<-done
	})
	return h
}

// serve serves a request on the harness's runtime, as its server does.
func (h *harness) serve(w http.ResponseWriter, r *http.Request) {
	if h.rt.Serve(w, r, r.URL.EscapedPath(), "", time.Now().Add(h.timeout)) == Abort {
		panic(http.ErrAbortHandler)
	}
}

// open settles the gate a request waits on; it waits for the gate to exist.
func (h *harness) open(name, value string) {
	h.t.Helper()
	deadline := time.After(5 * time.Second)
	for {
		select {
		case got := <-h.arrived:
			if got != name {
				h.arrived <- got // someone else's: put it back
				continue
			}
		case <-deadline:
			h.t.Fatalf("no request waits on gate %q", name)
		}
		h.mu.Lock()
		f := h.gates[name]
		h.mu.Unlock()
		f(value)
		return
	}
}

func (h *harness) do(method, path, body string) (int, string, http.Header) {
	h.t.Helper()
	req, _ := http.NewRequest(method, h.srv.URL+path, strings.NewReader(body))
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		h.t.Error(err)
		return 0, "", nil
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b), resp.Header
}

func TestHarnessRoutesBodiesAndErrors(t *testing.T) {
	h := newHarness(t, 5*time.Second, `
		const api = express.Router();
		api.get("/users/:id", (req, res) => res.json({ id: req.params.id, q: req.query.q, base: req.baseUrl }));
		router.use("/api", api);
		router.post("/echo", express.json(), (req, res) => res.status(201).json(req.body));
		router.get("/boom", () => { throw Object.assign(new Error("no"), { status: 418 }); });
		router.get("/silent", (req, res) => {});`)
	for _, c := range []struct {
		method, path, body string
		status             int
		want               string
	}{
		{"GET", "/api/users/7?q=x", "", 200, `{"id":"7","q":"x","base":"/api"}`},
		{"POST", "/echo", `{"a":[1,2]}`, 201, `{"a":[1,2]}`},
		{"POST", "/echo", `{"a":`, 400, ErrorPage("Bad Request")},
		{"GET", "/boom", "", 418, ErrorPage("I'm a Teapot")},
		{"GET", "/nowhere", "", 404, "404 page not found\n"},
		{"GET", "/silent", "", 500, ErrorPage("Internal Server Error")},
	} {
		status, body, _ := h.do(c.method, c.path, c.body)
		if status != c.status || body != c.want {
			t.Errorf("%s %s = %d %q, want %d %q", c.method, c.path, status, body, c.status, c.want)
		}
	}
	if !strings.Contains(h.logs.String(), "nothing they started is pending") {
		t.Error("a stalled request was not explained in the log")
	}
}

// Requests interleave on the one runtime, each with its own req and res,
// and finish in the order their awaited work does.
func TestHarnessInterleavesRequests(t *testing.T) {
	h := newHarness(t, 5*time.Second, `
		router.get("/w/:id", async (req, res) => {
			res.set("X-Id", req.params.id);
			const v = await gate(req.params.id);
			res.send(req.params.id + ":" + res.get("X-Id") + ":" + v);
		});`)
	type got struct{ id, body string }
	results := make(chan got, 3)
	for _, id := range []string{"a", "b", "c"} {
		go func() {
			_, body, _ := h.do("GET", "/w/"+id, "")
			results <- got{id, body}
		}()
	}
	for _, id := range []string{"c", "a", "b"} {
		h.open(id, "v"+id)
		r := <-results
		if r.id != id || r.body != id+":"+id+":v"+id {
			t.Fatalf("opened %s, got %+v", id, r)
		}
	}
}

// A request past its deadline gets 504; its neighbour, started later, is
// unaffected and the runtime stays usable.
func TestHarnessDeadlineStopsOnlyItsRequest(t *testing.T) {
	const limit = time.Second
	h := newHarness(t, limit, `
		router.get("/w/:id", async (req, res) => res.send(await gate(req.params.id)));`)
	first := make(chan int, 1)
	go func() {
		status, _, _ := h.do("GET", "/w/slow", "")
		first <- status
	}()
	if got := <-h.arrived; got != "slow" {
		t.Fatalf("gate %q", got)
	}
	// Not a synchronisation: the second request starts half a limit later,
	// so that it has time left when the first one's runs out.
	time.Sleep(limit / 2)
	second := make(chan string, 1)
	go func() {
		_, body, _ := h.do("GET", "/w/fast", "")
		second <- body
	}()
	if got := <-h.arrived; got != "fast" {
		t.Fatalf("gate %q", got)
	}
	if s := <-first; s != http.StatusGatewayTimeout {
		t.Fatalf("the slow request got %d, want 504", s)
	}
	h.mu.Lock()
	openFast, openSlow := h.gates["fast"], h.gates["slow"]
	h.mu.Unlock()
	openSlow("too late") // its continuation finds a finished response
	openFast("in time")
	if body := <-second; body != "in time" {
		t.Fatalf("the neighbour got %q", body)
	}
	if h.rt.Broken() {
		t.Fatal("a deadline on awaiting JavaScript broke the runtime")
	}
}

// Interrupt while a request's JavaScript runs breaks the runtime: the
// culprit gets 504, and a request posted behind it is handed back (Retry).
func TestHarnessInterruptBreaksTheRuntime(t *testing.T) {
	h := newHarness(t, 5*time.Second, `
		router.get("/spin", (req, res) => { for (;;) {} });
		router.get("/ok", (req, res) => res.send("ok"));`)
	spin := make(chan int, 1)
	go func() {
		status, _, _ := h.do("GET", "/spin", "")
		spin <- status
	}()
	deadline := time.Now().Add(5 * time.Second)
	for !h.rt.Busy() {
		if time.Now().After(deadline) {
			t.Fatal("the spin never started")
		}
		time.Sleep(time.Millisecond)
	}
	var retry Outcome
	done := make(chan struct{})
	go func() {
		defer close(done)
		w := httptest.NewRecorder()
		r := httptest.NewRequest("GET", "/ok", nil).WithContext(context.Background())
		retry = h.rt.Serve(w, r, "/ok", "", time.Now().Add(5*time.Second))
	}()
	for h.rt.waiting.Load() == 0 {
		time.Sleep(time.Millisecond)
	}
	h.rt.Interrupt(ErrCPULimit)
	if s := <-spin; s != http.StatusGatewayTimeout {
		t.Errorf("the spinning request got %d, want 504\n%s", s, h.logs.String())
	}
	<-done
	if retry != Retry || !h.rt.Broken() {
		t.Errorf("the waiting request's outcome = %v (broken %v), want Retry", retry, h.rt.Broken())
	}
}
