package plugmux

import (
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/plugmux/plugmux/internal/feedserver"
)

// TestMaxIdleRuntimes: with MaxIdleRuntimes 2, the host keeps the two most
// recently used idle runtimes of all its plugins; the others run teardown
// and are dropped, and their next request cold-starts a runtime with fresh
// module state. MinRuntimes and a runtime with a request in flight stay.
func TestMaxIdleRuntimes(t *testing.T) {
	t.Parallel()
	g := newGate()
	e := newEnv(t, func(o *Options) {
		o.IdleTimeout = time.Hour // only the bound drops runtimes here
		o.MaxIdleRuntimes = 2
		o.Modules = map[string]Module{"test:gate": g.module()}
	})
	byName := func(name string) PluginInfo {
		t.Helper()
		for _, p := range e.host.Plugins() {
			if p.Item.Name == name {
				return p
			}
		}
		t.Fatalf("no plugin %s", name)
		return PluginInfo{}
	}
	idle := func() int {
		n := 0
		for _, p := range e.host.Plugins() {
			n += p.Idle
		}
		return n
	}
	names := []string{"a", "b", "c", "d"}
	for _, n := range names {
		e.publish(n, "1.0.0", counterSource)
		e.waitChange(Installed, n)
	}
	// Installed, each setup runtime idle: the two installed last are kept.
	if n := idle(); n != 2 {
		t.Errorf("%d idle runtimes after installing 4, want 2", n)
	}
	for _, n := range names {
		e.expect("/"+n+"/n", 200, "1")
	}
	e.expect("/d/n", 200, "2")
	// The response leaves before the runtime goes back to its pool.
	waitFor(t, func() bool { return idle() == 2 && byName("c").Runtimes == 1 && byName("d").Runtimes == 1 })
	for _, n := range []string{"a", "b"} {
		if i := byName(n); i.Runtimes != 0 || i.Reaped == 0 {
			t.Errorf("%s: %+v, want its runtime dropped, the least recently used", n, i)
		}
	}
	// a and b come back, and push c and d out: d starts afresh.
	e.expect("/a/n", 200, "1")
	e.expect("/b/n", 200, "1")
	waitFor(t, func() bool { return byName("d").Runtimes == 0 && byName("c").Runtimes == 0 })
	e.expect("/d/n", 200, "1")

	// MinRuntimes keeps its runtime, and is not counted.
	p := feedserver.Package{Name: "m", Version: "1.0.0", Main: "index.js", Files: map[string][]byte{"index.js": []byte(counterSource)},
		Config: json.RawMessage(`{"plugmux":{"minRuntimes":1}}`)}
	if _, err := e.feed.Publish(testFeed, p); err != nil {
		t.Fatal(err)
	}
	e.waitChange(Installed, "m")
	e.expect("/m/n", 200, "1")

	// A runtime awaiting a host binding is never dropped, however many
	// runtimes become idle meanwhile.
	e.publish("w", "1.0.0", `import { wait } from "test:gate";
export function setup(r) { r.get("/w", async (req, res) => res.send(await wait("w"))); }`)
	e.waitChange(Installed, "w")
	done := make(chan string, 1)
	go func() {
		resp, err := http.Get(e.api.URL + "/api/w/w")
		if err != nil {
			done <- err.Error()
			return
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		done <- string(b)
	}()
	<-g.arrived
	for _, n := range names {
		e.expect("/"+n+"/n", 200, "1")
	}
	if i := byName("w"); i.Runtimes != 1 {
		t.Errorf("w: %+v, want its runtime kept while its request is in flight", i)
	}
	g.release("w", "opened")
	if got := <-done; got != "opened" {
		t.Errorf("the request in flight got %q", got)
	}
	waitFor(t, func() bool { return idle() <= 2+1 }) // + m's MinRuntime
	if i := byName("m"); i.Runtimes != 1 || i.Reaped != 0 {
		t.Errorf("m: %+v, want its MinRuntimes runtime kept", i)
	}
	if n := idle(); n > 3 {
		t.Errorf("%d idle runtimes, want at most 2 beyond m's MinRuntimes", n)
	}

	// teardown ran in every runtime dropped.
	e.host.retiring.Wait()
	var reaped int64
	for _, i := range e.host.Plugins() {
		reaped += i.Reaped
	}
	if n := strings.Count(e.logs.String(), "teardown ran"); int64(n) != reaped || reaped == 0 {
		t.Errorf("teardown ran %d times for %d runtimes dropped", n, reaped)
	}
}
