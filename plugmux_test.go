package plugmux

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/plugmux/plugmux/internal/feedserver"
)

func TestInitialLoadServesEveryFixture(t *testing.T) {
	e := newEnv(t)
	e.setItem(Item{Name: "hello", Version: "1.0.0", Link: e.fixture("hello/index.js"), Config: json.RawMessage(`{"greeting":"hi"}`)})
	e.waitChange(Installed, "hello")
	e.setItem(Item{Name: "relative-imports", Version: "1.0.0", Link: e.fixture("relative-imports/index.js")})
	e.waitChange(Installed, "relative-imports")
	e.setItem(Item{Name: "cyclic-imports", Version: "1.0.0", Link: e.fixture("cyclic-imports/index.js")})
	e.waitChange(Installed, "cyclic-imports")
	e.setItem(Item{Name: "default-export", Version: "1.0.0", Link: e.fixture("default-export/index.js")})
	e.waitChange(Installed, "default-export")
	e.setItem(Item{Name: "default-object", Version: "1.0.0", Link: e.fixture("default-object/index.js")})
	e.waitChange(Installed, "default-object")
	e.setItem(Item{Name: "typescript", Version: "1.0.0", Link: e.fixture("typescript/index.ts")})
	e.waitChange(Installed, "typescript")

	e.expect("/hello/hello", 200, "hello from hello@1.0.0 (hi)")
	e.expect("/hello/version", 200, `{"name":"hello","version":"1.0.0"}`)
	e.expect("/relative-imports/sum?a=2&b=3", 200, "5")
	e.expect("/relative-imports/double/21", 200, "42")
	e.expect("/relative-imports/data", 200, `{"answer":42,"list":[1,2,3]}`)
	e.expect("/cyclic-imports/even/7", 200, `{"n":7,"even":false}`)
	e.expect("/cyclic-imports/even/10", 200, `{"n":10,"even":true}`)
	e.expect("/default-export/", 200, "default function default-export")
	e.expect("/default-object/", 200, "default object default-object")
	e.expect("/typescript/greet/bob", 200, "Hi, bob!")
	e.expect("/unknown/x", 404, "404 page not found\n")
	e.expect("/hello/not-a-route", 404, "404 page not found\n")

	got := map[string]string{}
	for _, p := range e.host.Plugins() {
		got[p.Item.Name] = p.Item.Version
		if p.Runtimes < 1 {
			t.Errorf("%s has %d runtimes", p.Item.Name, p.Runtimes)
		}
	}
	if len(got) != 6 || got["typescript"] != "1.0.0" {
		t.Errorf("Plugins() = %v", got)
	}
}

func TestEachModuleIsFetchedOnce(t *testing.T) {
	var mu sync.Mutex
	fetches := map[string]int{}
	files := http.FileServer(http.Dir("testdata"))
	counting := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		fetches[r.URL.Path]++
		mu.Unlock()
		files.ServeHTTP(w, r)
	}))
	defer counting.Close()
	e := newEnv(t)
	e.setItem(Item{Name: "relative-imports", Version: "1.0.0", Link: counting.URL + "/relative-imports/index.js"})
	e.waitChange(Installed, "relative-imports")
	mu.Lock()
	defer mu.Unlock()
	// math.js is imported as "./lib/math.js" and as "/relative-imports/lib/math.js".
	want := map[string]int{"/relative-imports/index.js": 1, "/relative-imports/lib/math.js": 1, "/relative-imports/lib/double.js": 1, "/relative-imports/data.json": 1}
	if fmt.Sprint(fetches) != fmt.Sprint(want) {
		t.Errorf("fetches = %v, want %v", fetches, want)
	}
}

func TestAddUpdateRemoveWhileServing(t *testing.T) {
	e := newEnv(t)
	e.publish("svc", "1.0.0", `export function setup(r, ctx) { r.get("/v", (req, res) => res.send("v" + ctx.version)); }
		export function teardown() { console.log("teardown svc " + "1.0.0"); }`)
	if c := e.waitChange(Installed, "svc"); c.Version != "1.0.0" {
		t.Fatalf("installed %+v", c)
	}
	e.expect("/svc/v", 200, "v1.0.0")

	tornDown := e.logs.await("teardown svc 1.0.0")
	e.publish("svc", "1.1.0", `export function setup(r, ctx) { r.get("/v", (req, res) => res.send("v" + ctx.version)); }`)
	if c := e.waitChange(Updated, "svc"); c.Version != "1.1.0" || c.Previous != "1.0.0" {
		t.Fatalf("updated %+v", c)
	}
	e.expect("/svc/v", 200, "v1.1.0")
	select {
	case <-tornDown:
	case <-time.After(waitTimeout):
		t.Fatal("teardown of the retired version never ran")
	}

	e.publish("other", "0.1.0", `export default (r) => r.get("/", (q, s) => s.send("other"))`)
	e.waitChange(Installed, "other")
	e.expect("/other/", 200, "other")

	if err := e.feed.Remove(testFeed, "svc"); err != nil {
		t.Fatal(err)
	}
	if c := e.waitChange(Removed, "svc"); c.Version != "1.1.0" {
		t.Fatalf("removed %+v", c)
	}
	e.expect("/svc/v", 404, "404 page not found\n")
	e.expect("/other/", 200, "other")
}

func TestSameVersionNewLinkIsReinstalled(t *testing.T) {
	e := newEnv(t)
	e.setItem(Item{Name: "p", Version: "1.0.0", Link: e.fixture("default-export/index.js")})
	e.waitChange(Installed, "p")
	e.expect("/p/", 200, "default function p")
	e.setItem(Item{Name: "p", Version: "1.0.0", Link: e.fixture("default-object/index.js")})
	e.waitChange(Updated, "p")
	e.expect("/p/", 200, "default object p")
}

func TestFailedUpdateKeepsServingPreviousVersion(t *testing.T) {
	cases := []struct {
		name    string
		fixture string
		phase   Phase
		is      error
		msg     string
	}{
		{"dead link", "missing/index.js", PhaseFetch, ErrFetch, "404 Not Found"},
		{"syntax error", "syntax-error/index.js", PhaseCompile, nil, `syntax-error/index.js:4:1: Expected ")" but found end of file`},
		{"setup throws", "throws-in-setup/index.js", PhaseSetup, nil, "TypeError: Object has no member 'gett' at setup ("},
		{"no setup", "no-setup/index.js", PhaseEvaluate, ErrNoSetup, "exports no setup function"},
		{"bare import", "bare-import/index.js", PhaseCompile, ErrBareImport, `bare import "left-pad"`},
		{"top-level await", "top-level-await/index.js", PhaseCompile, nil, "Top-level await"},
	}
	e := newEnv(t)
	e.setItem(Item{Name: "p", Version: "1.0.0", Link: e.fixture("default-export/index.js")})
	e.waitChange(Installed, "p")
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			version := fmt.Sprintf("2.0.%d", i)
			link := e.fixture(c.fixture)
			e.setItem(Item{Name: "p", Version: version, Link: link})
			ch := e.waitVersion(Failed, "p", version)
			var pe *PluginError
			if !errors.As(ch.Err, &pe) {
				t.Fatalf("error %v is not a *PluginError", ch.Err)
			}
			if pe.Name != "p" || pe.Version != version || pe.URL != link || pe.Phase != c.phase {
				t.Errorf("PluginError = %+v", pe)
			}
			if c.is != nil && !errors.Is(ch.Err, c.is) {
				t.Errorf("error %v is not %v", ch.Err, c.is)
			}
			msg := ch.Err.Error()
			if !strings.Contains(msg, c.msg) || !strings.Contains(msg, "plugin p@"+version+" ("+link+"): "+string(c.phase)+": ") {
				t.Errorf("error %q lacks %q or the plugin, version, URL and phase", msg, c.msg)
			}
			if ch.Previous != "1.0.0" {
				t.Errorf("Previous = %q", ch.Previous)
			}
			e.expect("/p/", 200, "default function p")
			if !strings.Contains(e.logs.String(), "update failed; the previous version keeps serving") {
				t.Error("the failure was not logged")
			}
		})
	}
}

func TestBadItemsAreRejectedAndTheRestLoads(t *testing.T) {
	e := newEnv(t)
	good := e.fixture("default-export/index.js")
	e.feed.SetRaw(testFeed, []byte(`{"items":[
		{"name":"Upper","version":"1.0.0","link":"`+good+`"},
		{"name":"_x","version":"1.0.0","link":"`+good+`"},
		{"name":"a/b","version":"1.0.0","link":"`+good+`"},
		{"name":"ok","version":"","link":"`+good+`"},
		{"name":"nolink","version":"1.0.0","link":"index.js"},
		{"name":"ftp","version":"1.0.0","link":"ftp://example.com/x.js"},
		{"name":42,"version":"1.0.0","link":"`+good+`"},
		{"name":"good","version":"1.0.0","link":"`+good+`","extra":"ignored"},
		{"name":"@acme/orders","version":"1.0.0","link":"`+good+`"},
		{"name":"good","version":"9.9.9","link":"`+good+`"}
	]}`))
	var report SyncReport
	deadline := time.After(waitTimeout)
	for report.Changes == nil {
		select {
		case report = <-e.syncs:
		case <-deadline:
			t.Fatal("no sync")
		}
	}
	failed := map[string]error{}
	for _, c := range report.Changes {
		if c.Kind == Failed {
			failed[c.Name] = c.Err
		}
	}
	for _, name := range []string{"Upper", "_x", "a/b", "ok", "nolink", "ftp", "42", "good"} {
		err := failed[name]
		if err == nil {
			t.Errorf("item %q was not rejected", name)
			continue
		}
		var pe *PluginError
		if !errors.As(err, &pe) || pe.Phase != PhaseFeed || !errors.Is(err, ErrInvalidItem) {
			t.Errorf("item %q: error %v is not a feed-phase ErrInvalidItem", name, err)
		}
	}
	if !strings.Contains(failed["Upper"].Error(), "upper-case") || !strings.Contains(failed["good"].Error(), "more than once") {
		t.Errorf("unclear errors: %v / %v", failed["Upper"], failed["good"])
	}
	// Each version is built on its own and reported when it is applied.
	waitFor(t, func() bool { return len(e.host.Plugins()) == 2 })
	e.expect("/good/", 200, "default function good")
	e.expect("/@acme/orders/", 200, "default function @acme/orders")
	e.expect("/%40acme/orders/", 200, "default function @acme/orders")
}

func TestMalformedFeedChangesNothing(t *testing.T) {
	e := newEnv(t)
	e.setItem(Item{Name: "p", Version: "1.0.0", Link: e.fixture("default-export/index.js")})
	e.waitChange(Installed, "p")
	for _, body := range []string{`not json`, `{"items":{}}`, `{"pilets":[]}`, `[]`} {
		e.feed.SetRaw(testFeed, []byte(body))
		err := e.waitSyncErr()
		if !errors.Is(err, ErrBadFeed) {
			t.Errorf("feed %q: error %v is not ErrBadFeed", body, err)
		}
		e.expect("/p/", 200, "default function p")
	}
	e.feed.SetRaw(testFeed, nil) // the feed recovers: the retry picks it up
	e.expect("/p/", 200, "default function p")
}

func TestConcurrentRequestsDuringSwapsNeverFail(t *testing.T) {
	e := newEnv(t)
	src := func(v string) string {
		return `export function setup(r) { r.get("/v", (req, res) => res.send("` + v + `")); r.get("/other", (req, res) => res.send("x")); }`
	}
	e.publish("swap", "1.0.0", src("1.0.0"))
	e.waitChange(Installed, "swap")

	stop := e.load("/swap/v", 8, func(status int, body string) bool { return status == 200 && strings.HasPrefix(body, "1.") })
	last := ""
	for i := 1; i <= 10; i++ {
		last = fmt.Sprintf("1.%d.0", i)
		e.publish("swap", last, src(last))
		e.waitVersion(Updated, "swap", last)
	}
	r := stop()
	if r.failures > 0 {
		t.Fatalf("%d of %d requests failed during swaps; first: %s", r.failures, r.total, r.first)
	}
	if r.total < 20 {
		t.Fatalf("only %d requests ran during the swaps", r.total)
	}
	e.expect("/swap/v", 200, last)
}

func TestInFlightRequestFinishesOnItsVersion(t *testing.T) {
	e := newEnv(t, func(o *Options) { o.CPULimit = time.Minute }) // the handler spins on purpose
	// The handler spins for up to 5 s, long enough to hold the request in
	// flight across the swap; the test waits on signals, not on the clock.
	e.publish("slow", "1.0.0", `export function setup(r) {
			r.get("/", (req, res) => { console.log("slow request started"); const end = Date.now() + 5000; while (Date.now() < end) {} res.send("old"); });
			r.get("/quick", (req, res) => res.send("old quick"));
		}
		export function teardown() { console.log("slow teardown"); }`)
	e.waitChange(Installed, "slow")

	started := e.logs.await("slow request started")
	type result struct {
		status int
		body   string
		at     time.Time
	}
	done := make(chan result, 1)
	go func() {
		resp, err := http.Get(e.api.URL + "/api/slow/")
		if err != nil {
			done <- result{status: -1, body: err.Error()}
			return
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		done <- result{resp.StatusCode, string(b), time.Now()}
	}()
	<-started
	tornDown := e.logs.await("slow teardown")
	e.publish("slow", "2.0.0", `export function setup(r) { r.get("/quick", (req, res) => res.send("new quick")); }`)
	e.waitChange(Updated, "slow")
	swapped := time.Now()
	e.expect("/slow/quick", 200, "new quick") // the new version serves while the old request runs

	select {
	case <-tornDown:
		t.Fatal("teardown ran while a request was still in flight")
	default:
	}
	r := <-done
	if r.status != 200 || r.body != "old" {
		t.Fatalf("in-flight request = %d %q, want 200 \"old\"", r.status, r.body)
	}
	if !r.at.After(swapped) {
		t.Fatal("the slow request finished before the swap; the test proved nothing")
	}
	select {
	case <-tornDown:
	case <-time.After(waitTimeout):
		t.Fatal("teardown never ran after the drain")
	}
}

func TestRequestsToOnePluginDoNotBlockAnother(t *testing.T) {
	e := newEnv(t, func(o *Options) { o.MaxRuntimes = 1 })
	e.publish("busy", "1.0.0", `export function setup(r) { r.get("/", (req, res) => { console.log("busy started"); const end = Date.now() + 3000; while (Date.now() < end) {} res.send("busy"); }); }`)
	e.waitChange(Installed, "busy")
	e.publish("free", "1.0.0", `export function setup(r) { r.get("/", (req, res) => res.send("free")); }`)
	e.waitChange(Installed, "free")
	started := e.logs.await("busy started")
	busyDone := make(chan struct{})
	go func() {
		defer close(busyDone)
		e.get("/busy/")
	}()
	<-started
	e.expect("/free/", 200, "free")
	select {
	case <-busyDone:
		t.Fatal("the busy request ended before the free one was served; the test proved nothing")
	default:
	}
	<-busyDone
}

func TestIntegrity(t *testing.T) {
	e := newEnv(t)
	src, err := os.ReadFile(filepath.Join("testdata", "default-export", "index.js"))
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(src)
	good := "sha256-" + base64.StdEncoding.EncodeToString(sum[:])
	e.setItem(Item{Name: "p", Version: "1.0.0", Link: e.fixture("default-export/index.js"), Integrity: good})
	e.waitChange(Installed, "p")
	e.setItem(Item{Name: "p", Version: "1.0.1", Link: e.fixture("default-export/index.js"), Integrity: "sha256-" + base64.StdEncoding.EncodeToString(make([]byte, 32))})
	c := e.waitChange(Failed, "p")
	if !errors.Is(c.Err, ErrIntegrity) {
		t.Fatalf("error %v is not ErrIntegrity", c.Err)
	}
	e.expect("/p/", 200, "default function p")
}

func TestReconnectResyncs(t *testing.T) {
	e := newEnv(t)
	e.publish("a", "1.0.0", `export default (r) => r.get("/", (q, s) => s.send("a1"))`)
	e.waitChange(Installed, "a")

	// Cut every websocket connection; while the host is disconnected, a
	// publish happens whose event it cannot see. The resync after the
	// reconnect must pick it up.
	reconnected := e.logs.await("watching feed")
	lost := e.logs.await("feed websocket lost")
	e.feed.DropConnections()
	<-lost
	e.publish("a", "2.0.0", `export default (r) => r.get("/", (q, s) => s.send("a2"))`)
	select {
	case <-reconnected:
	case <-time.After(waitTimeout):
		t.Fatal("no reconnect")
	}
	e.waitChange(Updated, "a")
	e.expect("/a/", 200, "a2")
}

func TestCloseStopsEverythingItStarted(t *testing.T) {
	feed := feedserver.New(feedserver.Options{})
	defer feed.Close()
	feedSrv := httptest.NewServer(feed)
	defer feedSrv.Close()
	if _, err := feed.Publish(testFeed, feedserver.Package{Name: "p", Version: "1.0.0", Main: "index.js", Files: map[string][]byte{
		"index.js": []byte(`export default (r) => r.get("/", (q, s) => s.send("p")); export function teardown() { console.log("p torn down"); }`),
	}}); err != nil {
		t.Fatal(err)
	}
	logs := newLogSink()
	h, err := New(Options{FeedURL: feedSrv.URL + feedserver.FeedPath(testFeed), Logger: slog.New(logs)})
	if err != nil {
		t.Fatal(err)
	}
	watching := logs.await("watching feed")
	runDone := make(chan error, 1)
	go func() { runDone <- h.Run(context.Background()) }()
	<-h.Ready()
	select {
	case <-watching: // the websocket goroutines are running too
	case <-time.After(waitTimeout):
		t.Fatal("never connected to the websocket")
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/p/", nil))
	if rec.Body.String() != "p" {
		t.Fatalf("GET /p/ = %q", rec.Body.String())
	}

	h.Close()
	if err := <-runDone; !errors.Is(err, ErrClosed) {
		t.Errorf("Run returned %v, want ErrClosed", err)
	}
	if !strings.Contains(logs.String(), "p torn down") {
		t.Error("Close did not run teardown")
	}
	if leaked := lingeringHostGoroutines(); leaked != "" {
		t.Fatalf("goroutines of the host outlive Close:\n%s", leaked)
	}
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/p/", nil))
	if rec.Code != http.StatusServiceUnavailable {
		t.Errorf("after Close: %d, want 503", rec.Code)
	}
	if err := h.Run(context.Background()); err == nil {
		t.Error("Run after Close succeeded")
	}
	if err := h.Sync(context.Background()); !errors.Is(err, ErrClosed) {
		t.Errorf("Sync after Close = %v", err)
	}
}

// lingeringHostGoroutines returns hostGoroutines once they stay: a
// goroutine that a WaitGroup-like count has let go (tasks, a build's) may
// still be returning when Close does, and nothing signals its exit, so the
// stacks are looked at again until none is left or waitTimeout passes. A
// goroutine that leaked stays for all of it.
func lingeringHostGoroutines() string {
	deadline := time.Now().Add(waitTimeout)
	for {
		leaked := hostGoroutines()
		if leaked == "" || time.Now().After(deadline) {
			return leaked
		}
		runtime.Gosched()
		time.Sleep(time.Millisecond)
	}
}

// hostGoroutines returns the stacks of goroutines running the host's code
// (not the tests', the feed server's or net/http's).
func hostGoroutines() string {
	buf := make([]byte, 1<<20)
	buf = buf[:runtime.Stack(buf, true)]
	var out []string
	for _, g := range strings.Split(string(buf), "\n\n") {
		if strings.Contains(g, "github.com/plugmux/plugmux.(*") && !strings.Contains(g, "testing.tRunner") && !strings.Contains(g, "internal/feedserver") {
			out = append(out, g)
		}
	}
	return strings.Join(out, "\n\n")
}

// Every module has its own import.meta.url: the URL it was loaded from.
func TestImportMetaURL(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.setItem(Item{Name: "meta", Version: "1.0.0", Link: e.fixture("import-meta/index.js")})
	e.waitChange(Installed, "meta")
	idx, lib := e.fixture("import-meta/index.js"), e.fixture("import-meta/lib/lib.js")
	e.expect("/meta/", 200, `{"index":"`+idx+`","lib":"`+lib+`","resolved":"`+e.fixture("import-meta/data.json")+`"}`)
}
