package express

import (
	"encoding/base64"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"os"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/evanw/esbuild/pkg/api"

	"github.com/plugmux/plugmux/internal/jsenv"
	"github.com/plugmux/plugmux/internal/jsloop"
)

// withNode installs the runtime's Node environment (internal/jsenv), as the
// host does, with a global require for the built-ins, and gives the Express
// layer node:http's classes.
func withNode(vm *goja.Runtime, loop *jsloop.Loop, cfg *Config) {
	env := jsenv.Install(vm, jsenv.Config{Hold: loop.Hold, HostTracksAsync: true})
	cfg.HTTPClasses = env.HTTPClasses
	jsutilMust(vm.Set("require", func(call goja.FunctionCall) goja.Value {
		v, err := env.Module(call.Argument(0).String())
		if err != nil {
			panic(vm.NewGoError(err))
		}
		return v
	}))
}

func jsutilMust(err error) {
	if err != nil {
		panic(err)
	}
}

type streamCase struct {
	Request struct {
		Method  string            `json:"method"`
		Path    string            `json:"path"`
		Headers map[string]string `json:"headers"`
		Body    *string           `json:"body"`
		Chunked bool              `json:"chunked"`
	} `json:"request"`
	Response struct {
		Status     int               `json:"status"`
		Headers    map[string]string `json:"headers"`
		Body       *string           `json:"body"`
		BodyBase64 *string           `json:"bodyBase64"`
	} `json:"response"`
}

// TestStreamsAgainstNode replays testdata/streams/golden.json, which
// conformance/record-streams.mjs recorded from Node 20 and Express 5 running
// testdata/streams/plugin.js: req as a Readable (flowing and paused modes,
// setEncoding, for await, pipe, unpipe, the flags body-parser checks), res
// as a ServerResponse (write callbacks, 'finish' and 'close' in Node's
// order, pipe and pipeline into res, backpressure and 'drain', cork, writes
// after end), and instanceof against node:http's and node:stream's classes.
// The same plugin runs here on the Express layer with the runtime's Node
// environment; status, body, Content-Type and Content-Length must match.
func TestStreamsAgainstNode(t *testing.T) {
	src, err := os.ReadFile("testdata/streams/plugin.js")
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile("testdata/streams/golden.json")
	if err != nil {
		t.Fatalf("%v: run conformance/record-streams.mjs", err)
	}
	var golden struct {
		Node  string       `json:"node"`
		Cases []streamCase `json:"cases"`
	}
	if err := json.Unmarshal(raw, &golden); err != nil {
		t.Fatal(err)
	}
	// lowered as the host's loader lowers plugins: goja has no for await
	lowered := api.Transform("globalThis.streamsPlugin = "+string(src), api.TransformOptions{
		Target:    api.ES2020,
		Supported: map[string]bool{"for-await": false, "async-generator": false},
	})
	if len(lowered.Errors) > 0 {
		t.Fatal(lowered.Errors[0].Text)
	}
	h := newHarnessWith(t, 5*time.Second, string(lowered.Code)+"\nstreamsPlugin(router, express, require);", withNode)
	for i, c := range golden.Cases {
		method := c.Request.Method
		if method == "" {
			method = "GET"
		}
		var body io.Reader
		if c.Request.Body != nil {
			body = strings.NewReader(*c.Request.Body)
			if c.Request.Chunked {
				body = io.MultiReader(body) // no length: sent chunked
			}
		}
		req, _ := http.NewRequest(method, h.srv.URL+c.Request.Path, body)
		for k, v := range c.Request.Headers {
			req.Header.Set(k, v)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatalf("case %d %s %s: %v", i, method, c.Request.Path, err)
		}
		got, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		want := ""
		if c.Response.Body != nil {
			want = *c.Response.Body
		} else if c.Response.BodyBase64 != nil {
			b, _ := base64.StdEncoding.DecodeString(*c.Response.BodyBase64)
			want = string(b)
		}
		if resp.StatusCode != c.Response.Status || string(got) != want {
			t.Errorf("case %d %s %s: got %d %.300q\n\twant (Node %s) %d %.300q", i, method, c.Request.Path, resp.StatusCode, got, golden.Node, c.Response.Status, want)
			continue
		}
		for _, k := range []string{"content-type", "content-length"} {
			if g, w := resp.Header.Get(k), c.Response.Headers[k]; g != w {
				t.Errorf("case %d %s %s: %s = %q, want (Node) %q", i, method, c.Request.Path, k, g, w)
			}
		}
	}
	if t.Failed() {
		t.Logf("log:\n%s", h.logs.String())
	}
}

// The prelude's stand-in parent of req and res loads node:http only for
// the names its classes define (and symbols): its list must hold every
// name on the loaded chains, or a plugin would find such a name undefined
// until something else loaded the classes.
func TestLazyChainNames(t *testing.T) {
	vm := goja.New()
	loop := jsloop.New(vm, func(error) {})
	var cfg Config
	withNode(vm, loop, &cfg)
	in, out, err := cfg.HTTPClasses()
	if err != nil {
		t.Fatal(err)
	}
	objectProto := vm.Get("Object").ToObject(vm).Get("prototype").ToObject(vm)
	names := map[string]bool{}
	for _, c := range []*goja.Object{in, out} {
		for p := c.Get("prototype").ToObject(vm); p != nil && p != objectProto; p = p.Prototype() {
			for _, k := range p.GetOwnPropertyNames() {
				names[k] = true
			}
		}
	}
	var want []string
	for k := range names {
		want = append(want, k)
	}
	slices.Sort(want)
	listed := chainNames
	var missing []string
	for _, k := range want {
		if !listed[k] {
			missing = append(missing, k)
		}
	}
	if len(missing) > 0 {
		t.Errorf("chainNames (stream.go) lacks %v; the whole list is:\n%s", missing, strings.Join(want, " "))
	}
}

// A handler that adds listeners in a loop gets a RangeError at the bound
// (Config.MaxListeners) and its error handler answers; the runtime goes on
// serving, and a neighbour request is unaffected.
func TestListenerBound(t *testing.T) {
	h := newHarnessWith(t, 5*time.Second, `
		router.get("/hostile/:what", (req, res) => {
			const target = req.params.what === "req" ? req : res;
			let n = 0;
			try {
				for (;;) { target.on("data", () => {}); n++; }
			} catch (e) {
				res.json({ n, name: e.name, message: e.message, count: target.listenerCount("data") });
			}
		});
		router.get("/once", (req, res) => {
			for (let i = 0; i < 5; i++) res.once("finish", () => {});
			let err = "none";
			try { res.once("finish", () => {}); } catch (e) { err = e.name; }
			res.send(err + " " + res.listenerCount("finish"));
		});
		router.get("/uncaught", (req, res) => { for (;;) req.on("end", () => {}); });
		router.get("/ok", (req, res) => res.send("ok"));
		let kept;
		router.get("/keep", (req, res) => { kept = [req, res]; res.send("kept"); });
		router.get("/late", (req, res) => {
			// listeners on a request that is over: accepted, as in Node, and never called
			kept[0].on("data", () => {}); kept[1].once("finish", () => {});
			res.send(kept[0].listenerCount("data") + " " + kept[1].listenerCount("finish"));
		});`, func(vm *goja.Runtime, loop *jsloop.Loop, cfg *Config) {
		withNode(vm, loop, cfg)
		cfg.MaxListeners = 5
	})
	for _, what := range []string{"req", "res"} {
		status, body, _ := h.do("GET", "/hostile/"+what, "")
		var got struct {
			N       int    `json:"n"`
			Name    string `json:"name"`
			Message string `json:"message"`
			Count   int    `json:"count"`
		}
		if err := json.Unmarshal([]byte(body), &got); err != nil || status != 200 {
			t.Fatalf("%s: %d %q", what, status, body)
		}
		if got.N != 5 || got.Count != 5 || got.Name != "RangeError" || !strings.Contains(got.Message, what+" has 5 listeners for the event 'data'") || !strings.Contains(got.Message, "Options.MaxListeners") {
			t.Errorf("%s: %+v", what, got)
		}
	}
	if status, body, _ := h.do("GET", "/once", ""); status != 200 || body != "RangeError 5" {
		t.Errorf("once past the bound: %d %q", status, body)
	}
	// not caught: the request fails with a 500, the runtime is fine
	if status, _, _ := h.do("GET", "/uncaught", ""); status != http.StatusInternalServerError {
		t.Errorf("uncaught RangeError: status %d, want 500", status)
	}
	if status, body, _ := h.do("GET", "/ok", ""); status != 200 || body != "ok" || h.rt.Broken() {
		t.Errorf("after the hostile requests: %d %q, broken %v", status, body, h.rt.Broken())
	}
	h.do("GET", "/keep", "")
	if status, body, _ := h.do("GET", "/late", ""); status != 200 || body != "1 1" {
		t.Errorf("listeners on a finished request: %d %q\n%s", status, body, h.logs.String())
	}
	if !strings.Contains(h.logs.String(), "RangeError: req has 5 listeners") {
		t.Errorf("the uncaught RangeError was not logged:\n%s", h.logs.String())
	}
}

// node:http is built only when a request uses req or res as a stream or an
// emitter: a trivial route, a JSON body parser and plain properties of the
// plugin's own on req do not build it (it is most of a runtime's memory).
func TestHTTPClassesLoadLazily(t *testing.T) {
	var calls atomic.Int32
	h := newHarnessWith(t, 5*time.Second, `
		router.get("/plain", (req, res) => { req.user = "u"; res.locals.x = 1; res.set("X-A", "1").send("hi " + req.user + " " + req.params.none + " " + ("body" in req)); });
		router.post("/json", express.json(), (req, res) => res.json(req.body));
		router.get("/stream", (req, res) => res.send(String(typeof req.pipe)));`, func(vm *goja.Runtime, loop *jsloop.Loop, cfg *Config) {
		withNode(vm, loop, cfg)
		classes := cfg.HTTPClasses
		cfg.HTTPClasses = func() (*goja.Object, *goja.Object, error) {
			calls.Add(1)
			return classes()
		}
	})
	if _, body, _ := h.do("GET", "/plain", ""); body != "hi u undefined false" {
		t.Errorf("plain: %q", body)
	}
	if n := calls.Load(); n != 0 {
		t.Fatalf("node:http was built %d times for a trivial route", n)
	}
	if _, body, _ := h.do("POST", "/json", `{"a":1}`); body != `{"a":1}` {
		t.Errorf("json: %q", body)
	}
	h.do("GET", "/plain", "") // the loop has run everything of the request before
	if n := calls.Load(); n != 0 {
		t.Fatalf("node:http was built %d times for a JSON body", n)
	}
	if _, body, _ := h.do("GET", "/stream", ""); body != "function" {
		t.Errorf("stream: %q", body)
	}
	h.do("GET", "/plain", "")
	if n := calls.Load(); n != 1 {
		t.Errorf("node:http built %d times, want once", n)
	}
}

// res.write honours backpressure: past the high-water mark it returns
// false, and 'drain' comes once the request's goroutine has sent the
// bytes to the client; a Readable piped into res pauses and resumes on
// them, and the client gets every byte.
func TestResponseBackpressure(t *testing.T) {
	h := newHarnessWith(t, 10*time.Second, `
		const { Readable } = require("stream");
		router.get("/pipe", (req, res) => {
			let falses = 0, drains = 0, i = 0;
			const write = res.write;
			res.write = function () { const ok = write.apply(this, arguments); if (!ok) falses++; return ok; };
			res.on("drain", () => drains++);
			res.on("finish", () => console.log("stats", falses, drains));
			res.setHeader("Content-Type", "text/plain");
			new Readable({ read() { this.push(i++ < 256 ? "y".repeat(16384) : null); } }).pipe(res);
		});
		router.get("/stats", (req, res) => res.send("ok"));`, func(vm *goja.Runtime, loop *jsloop.Loop, cfg *Config) {
		withNode(vm, loop, cfg)
		var falses, drains int64
		jsutilMust(vm.Set("console", map[string]any{"log": func(_ string, f, d int64) { falses, drains = f, d }}))
		t.Cleanup(func() {
			if falses == 0 || drains == 0 {
				t.Errorf("res.write returned false %d times and 'drain' came %d times; want both", falses, drains)
			}
		})
	})
	status, body, _ := h.do("GET", "/pipe", "")
	if status != 200 || len(body) != 256*16384 || strings.Trim(body, "y") != "" {
		t.Fatalf("got %d, %d bytes", status, len(body))
	}
	h.do("GET", "/stats", "") // after the events of /pipe
}

// A body past Options.MaxBodyBytes read as a stream: an 'error' listener
// gets the 413 error; without one, the request is answered 413 as by a
// body parser.
func TestStreamBodyLimit(t *testing.T) {
	h := newHarnessWith(t, 5*time.Second, `
		router.post("/listening", (req, res) => {
			req.on("data", () => {});
			req.on("error", (e) => res.status(299).json({ status: e.status, type: e.type, readable: req.readable, destroyed: req.destroyed }));
		});
		router.post("/deaf", (req, res) => { req.on("data", () => {}); req.on("end", () => res.send("read")); });`, func(vm *goja.Runtime, loop *jsloop.Loop, cfg *Config) {
		withNode(vm, loop, cfg)
		cfg.MaxBodyBytes = 1000
	})
	big := strings.Repeat("z", 5000)
	if status, body, _ := h.do("POST", "/listening", big); status != 299 || body != `{"status":413,"type":"entity.too.large","readable":false,"destroyed":true}` {
		t.Errorf("listening: %d %q", status, body)
	}
	if status, _, _ := h.do("POST", "/deaf", big); status != http.StatusRequestEntityTooLarge {
		t.Errorf("deaf: %d, want 413", status)
	}
	if status, body, _ := h.do("POST", "/deaf", "small"); status != 200 || body != "read" {
		t.Errorf("small body: %d %q", status, body)
	}
}

// A client that goes away in the middle of its body: req emits 'aborted'
// and 'close', a reader waiting for the rest gets an error, and the runtime
// serves the next request.
func TestStreamClientGoesAway(t *testing.T) {
	events := make(chan string, 16)
	h := newHarnessWith(t, 5*time.Second, `
		router.post("/upload", (req, res) => {
			let n = 0;
			req.on("data", (c) => { n += c.length; if (n === 10) signal("data"); });
			req.on("aborted", () => signal("aborted"));
			req.on("error", (e) => signal("error " + e.type));
			req.on("close", () => signal("close"));
		});
		router.get("/ok", (req, res) => res.send("ok"));`, func(vm *goja.Runtime, loop *jsloop.Loop, cfg *Config) {
		withNode(vm, loop, cfg)
		jsutilMust(vm.Set("signal", func(s string) { events <- s }))
	})
	conn, err := net.Dial("tcp", h.srv.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	_, _ = io.WriteString(conn, "POST /upload HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 100\r\n\r\n0123456789")
	next := func() string {
		select {
		case e := <-events:
			return e
		case <-time.After(5 * time.Second):
			t.Fatal("no event within 5 s")
		}
		return ""
	}
	if e := next(); e != "data" {
		t.Fatalf("first event %q, want data", e)
	}
	conn.Close()
	got := map[string]bool{}
	for !got["close"] || !got["error request.aborted"] { // the two come from different goroutines
		got[next()] = true
	}
	if !got["aborted"] || !got["error request.aborted"] {
		t.Errorf("events after the client left: %v, want aborted, error request.aborted and close", got)
	}
	if status, body, _ := h.do("GET", "/ok", ""); status != 200 || body != "ok" || h.rt.Broken() {
		t.Errorf("after: %d %q broken %v", status, body, h.rt.Broken())
	}
}

// Without Node's built-ins (a bare runtime), req and res are event
// emitters: 'finish' still reaches res's listeners, in order, and the
// bound on listeners holds.
func TestEventsWithoutNode(t *testing.T) {
	events := make(chan string, 4)
	h := newHarnessWith(t, 5*time.Second, `
		router.get("/", (req, res) => {
			res.on("finish", () => signal("finish " + res.writableFinished));
			res.once("close", () => signal("close"));
			let err = "";
			try { for (;;) req.on("x", () => {}); } catch (e) { err = e.name; }
			res.send(err + " " + typeof req.pipe + " " + (req instanceof Object) + " " + req.socket.readable + " " + typeof req.socket.on);
		});`, func(vm *goja.Runtime, loop *jsloop.Loop, cfg *Config) {
		cfg.MaxListeners = 3
		jsutilMust(vm.Set("signal", func(s string) { events <- s }))
	})
	if status, body, _ := h.do("GET", "/", ""); status != 200 || body != "RangeError undefined true true function" {
		t.Errorf("got %d %q", status, body)
	}
	for _, want := range []string{"finish true", "close"} {
		select {
		case got := <-events:
			if got != want {
				t.Errorf("event %q, want %q", got, want)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("no %q", want)
		}
	}
}
