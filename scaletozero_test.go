package plugmux

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/plugmux/plugmux/internal/feedserver"
)

// counterSource counts its requests in module-level state, which lives as
// long as the runtime: a fresh runtime starts again at 1.
const counterSource = `let n = 0;
export function setup(r, ctx) {
	r.get("/n", (req, res) => res.send(String(++n)));
	r.get("/v", (req, res) => res.send(ctx.version));
}
export function teardown() { console.log("teardown ran"); }`

func TestScaleToZeroAndColdStart(t *testing.T) {
	t.Parallel()
	// The idle timeout is long and the test reaps by hand, as if it had
	// passed: a loaded machine cannot then reap between two requests that
	// the test expects one runtime to serve. The reaper's own clock is
	// exercised by TestPluginIdleTimeoutAndMinRuntimes.
	const idle = time.Hour
	e := newEnv(t, func(o *Options) { o.IdleTimeout = idle })
	reap := func() {
		t.Helper()
		for _, v := range e.host.table.Load().plugins {
			v.pool.Reap(time.Now().Add(2*idle), v.dropIdle)
		}
	}
	e.publish("z", "1.0.0", counterSource)
	e.waitChange(Installed, "z")
	info := func() PluginInfo { return e.host.Plugins()[0] }
	e.expect("/z/n", 200, "1")
	e.expect("/z/n", 200, "2") // the runtime that ran setup serves
	if i := info(); i.Cold != 1 {
		t.Fatalf("after install and two requests: %+v, want one runtime created", i)
	}

	// The runtime goes back to the pool just after the response is out.
	waitFor(t, func() bool { reap(); return info().Runtimes == 0 })
	v := e.host.table.Load().plugins["z"]
	if v.table == nil || v.bundle.program == nil {
		t.Fatal("a version scaled to zero lost its route table or its program")
	}
	if i := info(); i.Reaped != 1 || i.Cold != 1 {
		t.Errorf("scaled to zero: %+v, want the one runtime reaped", i)
	}
	// The next request cold-starts a runtime: module state starts afresh.
	e.expect("/z/n", 200, "1")
	if i := info(); i.Cold < 2 {
		t.Errorf("after the cold start: %+v, want a second runtime created", i)
	}

	// teardown ran in each runtime dropped; a version without runtimes
	// retires without running anything, and an update cold-starts nothing
	// for its predecessor.
	waitFor(t, func() bool { reap(); return info().Runtimes == 0 })
	e.host.retiring.Wait()
	reaped := info().Reaped
	if n := strings.Count(e.logs.String(), "teardown ran"); int64(n) != reaped {
		t.Errorf("teardown ran %d times for %d runtimes dropped", n, reaped)
	}
	e.publish("z", "2.0.0", counterSource)
	e.waitVersion(Updated, "z", "2.0.0")
	e.expect("/z/v", 200, "2.0.0")
	e.host.retiring.Wait()
	if n := strings.Count(e.logs.String(), "teardown ran"); int64(n) != reaped {
		t.Errorf("teardown ran %d times for %d runtimes dropped, and none at the retirement of a version without runtimes", n, reaped)
	}
}

func TestDropSetupRuntime(t *testing.T) {
	t.Parallel()
	e := newEnv(t, func(o *Options) { o.DropSetupRuntime = true })
	e.publish("d", "1.0.0", counterSource)
	e.waitChange(Installed, "d")
	if i := e.host.Plugins()[0]; i.Runtimes != 0 || i.Cold != 1 || i.Reaped != 1 {
		t.Fatalf("installed with DropSetupRuntime: %+v, want the setup runtime dropped", i)
	}
	e.host.retiring.Wait()
	if n := strings.Count(e.logs.String(), "teardown ran"); n != 1 {
		t.Errorf("teardown ran %d times, want once, in the setup runtime", n)
	}
	e.expect("/d/n", 200, "1")
	e.expect("/d/n", 200, "2")
	if i := e.host.Plugins()[0]; i.Runtimes != 1 || i.Cold != 2 {
		t.Errorf("after two requests: %+v, want one runtime created for them", i)
	}

	// MinRuntimes keeps what it asks for.
	p := feedserver.Package{Name: "m", Version: "1.0.0", Main: "index.js", Files: map[string][]byte{"index.js": []byte(counterSource)},
		Config: json.RawMessage(`{"plugmux":{"minRuntimes":1}}`)}
	if _, err := e.feed.Publish(testFeed, p); err != nil {
		t.Fatal(err)
	}
	e.waitChange(Installed, "m")
	for _, i := range e.host.Plugins() {
		if i.Item.Name == "m" && i.Runtimes != 1 {
			t.Errorf("minRuntimes 1 with DropSetupRuntime: %+v", i)
		}
	}
}

func TestPluginIdleTimeoutAndMinRuntimes(t *testing.T) {
	t.Parallel()
	// The host keeps idle runtimes forever; one plugin asks to scale to
	// zero, another keeps two warm.
	e := newEnv(t, func(o *Options) { o.IdleTimeout = -1; o.MaxRuntimes = 4 })
	pub := func(name, config string) {
		t.Helper()
		p := feedserver.Package{Name: name, Version: "1.0.0", Main: "index.js", Files: map[string][]byte{"index.js": []byte(counterSource)}, Config: json.RawMessage(config)}
		if _, err := e.feed.Publish(testFeed, p); err != nil {
			t.Fatal(err)
		}
		e.waitChange(Installed, name)
	}
	pub("cold", `{"plugmux":{"idleTimeoutMs":30}}`)
	pub("warm", `{"plugmux":{"minRuntimes":2,"idleTimeoutMs":30}}`)
	pub("kept", `{}`)
	byName := func(name string) PluginInfo {
		for _, p := range e.host.Plugins() {
			if p.Item.Name == name {
				return p
			}
		}
		t.Fatalf("no plugin %s", name)
		return PluginInfo{}
	}
	waitFor(t, func() bool { return byName("cold").Runtimes == 0 })
	if w := byName("warm"); w.Runtimes != 2 || w.Cold != 2 {
		t.Errorf("minRuntimes 2: %+v, want two runtimes created at install and kept", w)
	}
	if k := byName("kept"); k.Runtimes != 1 || k.Reaped != 0 {
		t.Errorf("with IdleTimeout negative: %+v, want the setup runtime kept", k)
	}
	e.expect("/cold/n", 200, "1")

	for _, bad := range []string{`{"plugmux":{"idleTimeoutMs":0}}`, `{"plugmux":{"minRuntimes":-1}}`} {
		if _, err := e.host.limitsFor(Item{Name: "x", Config: json.RawMessage(bad)}); err == nil {
			t.Errorf("config %s accepted", bad)
		}
	}
}
