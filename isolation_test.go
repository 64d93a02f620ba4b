package plugmux

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/plugmux/plugmux/internal/feedserver"
)

// spinSource is a plugin whose GET /spin logs "<tag> started" and then
// spins for ms milliseconds, holding its runtime.
func spinSource(tag string, ms int) string {
	return fmt.Sprintf(`export function setup(r) {
		r.get("/spin", (req, res) => { console.log(%q); const end = Date.now() + %d; while (Date.now() < end) {} res.send("done"); });
		r.get("/quick", (req, res) => res.send("quick"));
	}`, tag+" started", ms)
}

func TestSaturatedPoolAnswers503AndSparesOtherPlugins(t *testing.T) {
	t.Parallel()
	e := newEnv(t, func(o *Options) {
		o.MaxRuntimes = 1
		o.MaxRequestsPerRuntime = 1 // as for a CPU-bound plugin: one request per runtime
		o.MaxQueue = 1
		o.QueueTimeout = 300 * time.Millisecond
	})
	e.publish("busy", "1.0.0", spinSource("busy", 3000))
	e.waitChange(Installed, "busy")
	e.publish("calm", "1.0.0", `export function setup(r) { r.get("/", (q, s) => s.send("calm")); }`)
	e.waitChange(Installed, "calm")

	started := e.logs.await("busy started")
	go func() {
		if resp, err := http.Get(e.api.URL + "/api/busy/spin"); err == nil {
			resp.Body.Close()
		}
	}()
	<-started

	queued := make(chan *http.Response, 1)
	go func() {
		resp, err := http.Get(e.api.URL + "/api/busy/quick")
		if err != nil {
			t.Error(err)
			close(queued)
			return
		}
		resp.Body.Close()
		queued <- resp
	}()
	waitFor(t, func() bool { return e.host.table.Load().plugins["busy"].pool.Stats().Waiting == 1 })

	// The queue is full: refused at once.
	resp, err := http.Get(e.api.URL + "/api/busy/quick")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 503 || resp.Header.Get("Retry-After") != "1" {
		t.Errorf("over the queue: %d Retry-After=%q, want 503 with Retry-After", resp.StatusCode, resp.Header.Get("Retry-After"))
	}
	// Another plugin is not slowed by this one's limit.
	e.expect("/calm/", 200, "calm")
	// The queued request gives up after QueueTimeout, still before the spin ends.
	if r := <-queued; r == nil || r.StatusCode != 503 {
		t.Errorf("queued request: %v, want 503 after QueueTimeout", r)
	}
	var info PluginInfo
	for _, p := range e.host.Plugins() {
		if p.Item.Name == "busy" {
			info = p
		}
	}
	if info.Refused != 1 || info.Runtimes != 1 {
		t.Errorf("busy: %+v", info)
	}
}

func TestModuleGraphLimits(t *testing.T) {
	t.Parallel()
	e := newEnv(t, func(o *Options) {
		o.MaxModuleBytes = 4096
		o.MaxGraphBytes = 6000
		o.MaxModules = 3
	})
	big := strings.Repeat("// padding\n", 500) // 5500 bytes
	e.publishFiles("huge", "1.0.0", "index.js", map[string]string{"index.js": big + `export function setup(r) {}`})
	c := e.waitChange(Failed, "huge")
	if !errors.Is(c.Err, ErrModuleTooLarge) || !strings.Contains(c.Err.Error(), "larger than 4096 bytes (Options.MaxModuleBytes)") {
		t.Errorf("huge module: %v", c.Err)
	}
	half := strings.Repeat("// pad\n", 500) // 3500 bytes
	e.publishFiles("graph", "1.0.0", "index.js", map[string]string{"index.js": half + `import "./b.js"; export function setup(r) {}`, "b.js": half})
	c = e.waitChange(Failed, "graph")
	if !errors.Is(c.Err, ErrModuleTooLarge) || !strings.Contains(c.Err.Error(), "Options.MaxGraphBytes") {
		t.Errorf("graph bytes: %v", c.Err)
	}
	e.publishFiles("many", "1.0.0", "index.js", map[string]string{
		"index.js": `import "./a.js"; import "./b.js"; import "./c.js"; export function setup(r) {}`,
		"a.js":     "", "b.js": "", "c.js": "",
	})
	c = e.waitChange(Failed, "many")
	if !errors.Is(c.Err, ErrModuleTooLarge) || !strings.Contains(c.Err.Error(), "more than 3 modules") {
		t.Errorf("module count: %v", c.Err)
	}
}

func TestOrigins(t *testing.T) {
	t.Parallel()
	foreign := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/javascript")
		io.WriteString(w, `export const x = 1;`)
	}))
	defer foreign.Close()
	e := newEnv(t)
	redirector := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/index.js":
			io.WriteString(w, `import { x } from "./dep.js"; export function setup(r) { r.get("/", (q, s) => s.send("x" + x)); }`)
		case "/dep.js":
			http.Redirect(w, r, foreign.URL+"/dep.js", http.StatusFound)
		case "/same.js":
			io.WriteString(w, `export const x = 2;`)
		case "/dep-same.js":
			http.Redirect(w, r, "/same.js", http.StatusFound)
		case "/index-same.js":
			io.WriteString(w, `import { x } from "./dep-same.js"; export function setup(r) { r.get("/", (q, s) => s.send("x" + x)); }`)
		}
	}))
	defer redirector.Close()

	e.publishFiles("foreign", "1.0.0", "index.js", map[string]string{"index.js": `import { x } from "` + foreign.URL + `/dep.js"; export function setup(r) {}`})
	c := e.waitChange(Failed, "foreign")
	if !errors.Is(c.Err, ErrOrigin) || !strings.Contains(c.Err.Error(), foreign.URL+"/dep.js is outside") {
		t.Errorf("foreign import: %v", c.Err)
	}
	e.setItem(Item{Name: "redirect", Version: "1.0.0", Link: redirector.URL + "/index.js"})
	c = e.waitChange(Failed, "redirect")
	if !errors.Is(c.Err, ErrOrigin) {
		t.Errorf("redirect to a foreign origin: %v", c.Err)
	}
	e.setItem(Item{Name: "samesite", Version: "1.0.0", Link: redirector.URL + "/index-same.js"})
	e.waitChange(Installed, "samesite")
	e.expect("/samesite/", 200, "x2")

	e.setItem(Item{Name: "file", Version: "1.0.0", Link: "file:///etc/hostname"})
	c = e.waitChange(Failed, "file")
	if !errors.Is(c.Err, ErrOrigin) || !strings.Contains(c.Err.Error(), `file links need "file://"`) {
		t.Errorf("file link: %v", c.Err)
	}
}

func TestExplicitOriginAllowlist(t *testing.T) {
	t.Parallel()
	e := newEnv(t, func(o *Options) { o.ModuleOrigins = []string{"file://"} })
	link := "file://" + mustAbs(t, "testdata/relative-imports/index.js")
	e.setItem(Item{Name: "local", Version: "1.0.0", Link: link})
	c := e.waitChange(Failed, "local")
	// relative-imports imports "/relative-imports/lib/math.js", which on
	// file:// is the file system root: the origin allows it, the file is missing.
	if !errors.Is(c.Err, ErrFetch) {
		t.Errorf("file graph: %v", c.Err)
	}
	e.setItem(Item{Name: "cyclic", Version: "1.0.0", Link: "file://" + mustAbs(t, "testdata/cyclic-imports/index.js")})
	e.waitChange(Installed, "cyclic")
	e.expect("/cyclic/even/4", 200, `{"n":4,"even":true}`)
	e.setItem(Item{Name: "web", Version: "1.0.0", Link: e.fixture("default-export/index.js")})
	c = e.waitChange(Failed, "web")
	if !errors.Is(c.Err, ErrOrigin) {
		t.Errorf("an origin outside ModuleOrigins: %v", c.Err)
	}
}

func TestRequireIntegrity(t *testing.T) {
	t.Parallel()
	e := newEnv(t, func(o *Options) { o.RequireIntegrity = true })
	e.setItem(Item{Name: "p", Version: "1.0.0", Link: e.fixture("default-export/index.js")})
	c := e.waitChange(Failed, "p")
	if !errors.Is(c.Err, ErrIntegrity) || !strings.Contains(c.Err.Error(), "RequireIntegrity") {
		t.Errorf("no integrity: %v", c.Err)
	}
	e.publish("q", "1.0.0", `export default (r) => r.get("/", (q, s) => s.send("q"))`) // the feed server sets integrity
	e.waitChange(Installed, "q")
}

func TestTeardownFailuresAreContained(t *testing.T) {
	t.Parallel()
	e := newEnv(t, func(o *Options) { o.TeardownTimeout = 200 * time.Millisecond })
	e.publish("t", "1.0.0", `export function setup(r) { r.get("/", (q, s) => s.send("1")); }
		export function teardown() { throw new Error("teardown exploded"); }`)
	e.waitChange(Installed, "t")
	e.publish("u", "1.0.0", `export function setup(r) { r.get("/", (q, s) => s.send("1")); }
		export function teardown() { for (;;) {} }`)
	e.waitChange(Installed, "u")
	thrown := e.logs.await("teardown exploded")
	hung := e.logs.await("teardown did not finish within 200ms (Options.TeardownTimeout)")
	e.publish("t", "2.0.0", `export function setup(r) { r.get("/", (q, s) => s.send("2")); }`)
	e.publish("u", "2.0.0", `export function setup(r) { r.get("/", (q, s) => s.send("2")); }`)
	for _, ch := range []<-chan struct{}{thrown, hung} {
		select {
		case <-ch:
		case <-time.After(waitTimeout):
			t.Fatalf("teardown failure not logged:\n%s", e.logs.String())
		}
	}
	e.expect("/t/", 200, "2")
	e.expect("/u/", 200, "2")
}

func TestDrainTimeoutRetiresAnyway(t *testing.T) {
	t.Parallel()
	e := newEnv(t, func(o *Options) { o.DrainTimeout = 100 * time.Millisecond })
	e.publish("d", "1.0.0", spinSource("drain", 2000))
	e.waitChange(Installed, "d")
	started := e.logs.await("drain started")
	done := make(chan string, 1)
	go func() { _, b := e.get("/d/spin"); done <- b }()
	<-started
	warned := e.logs.await("requests still running after the drain timeout")
	e.publish("d", "2.0.0", `export function setup(r) { r.get("/quick", (q, s) => s.send("new")); }`)
	e.waitChange(Updated, "d")
	select {
	case <-warned:
	case <-time.After(waitTimeout):
		t.Fatal("no drain-timeout warning")
	}
	if b := <-done; b != "done" {
		t.Errorf("the request that outlived the drain = %q; it must still complete", b)
	}
	e.expect("/d/quick", 200, "new")
}

func TestPerPluginLimitsFromConfig(t *testing.T) {
	t.Parallel()
	e := newEnv(t, func(o *Options) { o.RequestTimeout = 10 * time.Second; o.MaxRuntimes = 8 })
	link := e.fixture("hangs/index.js")
	e.setItem(Item{Name: "tight", Version: "1.0.0", Link: link, Config: json.RawMessage(`{"plugmux":{"requestTimeoutMs":150,"maxRuntimes":2,"minRuntimes":2},"other":true}`)})
	e.waitChange(Installed, "tight")
	e.expect("/tight/spin", 504, "Gateway Timeout\n")
	v := e.host.table.Load().plugins["tight"]
	if v.limits.maxRuntimes != 2 || v.limits.minRuntimes != 2 || v.limits.requestTimeout != 150*time.Millisecond {
		t.Errorf("limits = %+v", v.limits)
	}
	// A plugin cannot raise a host limit.
	e.setItem(Item{Name: "greedy", Version: "1.0.0", Link: link, Config: json.RawMessage(`{"plugmux":{"requestTimeoutMs":999999999,"maxRuntimes":1000}}`)})
	e.waitChange(Installed, "greedy")
	if l := e.host.table.Load().plugins["greedy"].limits; l.requestTimeout != 10*time.Second || l.maxRuntimes != 8 {
		t.Errorf("greedy limits = %+v", l)
	}
	for name, cfg := range map[string]string{
		"typo":     `{"plugmux":{"requestTimeout":5}}`,
		"negative": `{"plugmux":{"maxRuntimes":-1}}`,
	} {
		e.setItem(Item{Name: name, Version: "1.0.0", Link: link, Config: json.RawMessage(cfg)})
		c := e.waitChange(Failed, name)
		if !errors.Is(c.Err, ErrInvalidItem) || !strings.Contains(c.Err.Error(), "config.plugmux") {
			t.Errorf("%s: %v", name, c.Err)
		}
	}
}

func TestGoPanicBelowJavaScriptIsContained(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	// A host module whose Go function panics, as a buggy embedder's might.
	e.host.modules["test:panics"] = func(in *instance) (goja.Value, error) {
		obj := in.vm.NewObject()
		_ = obj.Set("boom", func(goja.FunctionCall) goja.Value { panic("nil map write in host code") })
		return obj, nil
	}
	e.publish("p", "1.0.0", `import { boom } from "test:panics";
		export function setup(r) {
			r.get("/boom", () => boom());
			r.get("/ok", (q, s) => s.send("ok"));
		}`)
	e.waitChange(Installed, "p")
	e.expect("/p/boom", 500, "Internal Server Error\n")
	e.expect("/p/ok", 200, "ok")
	if log := e.logs.String(); !strings.Contains(log, "plugin p@1.0.0") || !strings.Contains(log, "nil map write in host code") {
		t.Errorf("the panic was not logged with the plugin named:\n%s", log)
	}
}

func TestIdleRuntimesAreReapedAndColdStartsCounted(t *testing.T) {
	t.Parallel()
	e := newEnv(t, func(o *Options) { o.IdleTimeout = 50 * time.Millisecond; o.MaxRuntimes = 4; o.MinRuntimes = 1 })
	e.publish("r", "1.0.0", spinSource("reap", 200))
	e.waitChange(Installed, "r")
	var wg sync.WaitGroup
	for range 3 {
		wg.Go(func() { e.get("/r/spin") })
	}
	wg.Wait()
	info := func() PluginInfo { return e.host.Plugins()[0] }
	if i := info(); i.Cold < 3 || i.Cold > 4 {
		t.Fatalf("three concurrent requests made %d cold starts: %+v", i.Cold, i)
	}
	waitFor(t, func() bool { return info().Runtimes == 1 })
	if i := info(); i.Reaped < 2 {
		t.Errorf("after the idle timeout: %+v", i)
	}
	e.expect("/r/quick", 200, "quick")
	if i := info(); i.Warm < 1 {
		t.Errorf("no warm hit counted: %+v", i)
	}
}

func TestFloodOfUpdatesWhileServing(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	src := func(v string) string {
		return `export function setup(r) { r.get("/", (q, s) => setTimeout(() => s.send("` + v + `"), 1)); }
			export function teardown() { console.log("retired ` + v + `"); }`
	}
	e.publish("f", "1.0.0", src("1.0.0"))
	e.waitChange(Installed, "f")
	stop := e.load("/f/", 6, func(status int, _ string) bool { return status == 200 })
	const updates = 40
	for i := 1; i <= updates; i++ {
		v := fmt.Sprintf("1.%d.0", i)
		e.publish("f", v, src(v))
		e.waitVersion(Updated, "f", v)
	}
	if r := stop(); r.failures > 0 {
		t.Fatalf("%d of %d requests failed during %d updates; first: %s", r.failures, r.total, updates, r.first)
	}
	// Every replaced version was torn down (in each of its runtimes).
	e.host.retiring.Wait()
	log := e.logs.String()
	for i := range updates {
		if !strings.Contains(log, fmt.Sprintf("retired 1.%d.0 ", i)) {
			t.Errorf("version 1.%d.0 was not torn down", i)
		}
	}
	if strings.Contains(log, fmt.Sprintf("retired 1.%d.0 ", updates)) {
		t.Error("the serving version was torn down")
	}
	if n := len(e.host.Plugins()); n != 1 {
		t.Fatalf("%d plugins installed", n)
	}
}

// TestInstallRetireDoesNotLeak installs and retires a plugin 500 times and
// checks that the live heap returns to its baseline, within 16 MiB.
func TestInstallRetireDoesNotLeak(t *testing.T) {
	if testing.Short() {
		t.Skip("500 install/retire cycles; skipped in -short mode")
	}
	feed := feedserver.New(feedserver.Options{})
	defer feed.Close()
	srv := httptest.NewServer(feed)
	defer srv.Close()
	h, err := New(Options{FeedURL: srv.URL + feedserver.FeedPath(testFeed), Logger: slog.New(slog.DiscardHandler), DrainTimeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	cycle := func(i int) {
		if _, err := feed.Publish(testFeed, feedserver.Package{Name: "leak", Version: fmt.Sprintf("1.0.%d", i), Main: "index.js", Files: map[string][]byte{
			"index.js": []byte(fmt.Sprintf(`const big = new Array(2000).fill("x%d"); export function setup(r) { r.get("/", (q, s) => s.send(big[0])); }`, i)),
		}}); err != nil {
			t.Fatal(err)
		}
		if err := h.Sync(context.Background()); err != nil {
			t.Fatal(err)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", "/leak/", nil))
		if want := fmt.Sprintf("x%d", i); rec.Body.String() != want {
			t.Fatalf("cycle %d: %q", i, rec.Body.String())
		}
	}
	for i := range 20 {
		cycle(i)
	}
	base := liveHeap(h)
	for i := 20; i < 520; i++ {
		cycle(i)
	}
	after := liveHeap(h)
	t.Logf("live heap: %d KiB after 20 cycles, %d KiB after 520", base>>10, after>>10)
	if after > base+16<<20 {
		t.Fatalf("live heap grew from %d to %d KiB over 500 install/retire cycles", base>>10, after>>10)
	}
}

// liveHeap waits for the host's retirements, collects garbage and returns
// the live heap size.
func liveHeap(h *Host) uint64 {
	h.retiring.Wait()
	runtime.GC()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}
