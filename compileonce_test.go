package plugmux

import (
	"encoding/json"
	"runtime"
	"strings"
	"testing"
)

// Versions with the same bundle share one compiled program: here two
// plugins published from the same URL, and an update that changes only the
// config. A different bundle gets its own, and a program leaves the cache
// once no version uses it.
func TestIdenticalBundlesCompileOnce(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	link := e.fixture("hello/index.js")
	e.setItem(Item{Name: "one", Version: "1.0.0", Link: link})
	e.waitChange(Installed, "one")
	e.setItem(Item{Name: "two", Version: "1.0.0", Link: link})
	e.waitChange(Installed, "two")
	e.setItem(Item{Name: "other", Version: "1.0.0", Link: e.fixture("default-export/index.js")})
	e.waitChange(Installed, "other")
	program := func(name string) any { return e.host.table.Load().plugins[name].bundle.program }
	if program("one") != program("two") {
		t.Error("two plugins with the same bundle have two compiled programs")
	}
	if program("one") == program("other") {
		t.Error("two different bundles share a program")
	}
	e.expect("/one/hello", 200, "hello from one@1.0.0 (null)")
	e.expect("/two/hello", 200, "hello from two@1.0.0 (null)")

	// An update with a new config and the same module reuses the program.
	func() {
		first := program("one")
		e.setItem(Item{Name: "one", Version: "1.0.1", Link: link, Config: json.RawMessage(`{"x":1}`)})
		e.waitVersion(Updated, "one", "1.0.1")
		if program("one") != first {
			t.Error("an update with the same bundle compiled it again")
		}
	}()
	waitFor(t, func() bool { // and the host's warm-up plugin's is gone
		runtime.GC()
		return e.host.loader.programs.size() == 2
	})

	// Removed, the plugins' programs leave the cache.
	for _, name := range []string{"one", "two"} {
		if err := e.feed.Remove(testFeed, name); err != nil {
			t.Fatal(err)
		}
	}
	e.waitChange(Removed, "two")
	e.host.retiring.Wait()
	waitFor(t, func() bool {
		runtime.GC()
		return e.host.loader.programs.size() == 1
	})
}

// import.meta works whichever module of a graph uses it: the entry (the
// define is given from the start) or only another one (the graph is bundled
// a second time, from the modules already downloaded).
func TestImportMetaOutsideTheEntry(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.publishFiles("deep", "1.0.0", "index.js", map[string]string{
		"index.js":   `import { here } from "./lib/lib.js"; export function setup(r) { r.get("/", (q, s) => s.send(here)); }`,
		"lib/lib.js": `export const here = new URL("./x.json", import.meta.url).pathname;`,
	})
	e.waitChange(Installed, "deep")
	e.publishFiles("plain", "1.0.0", "index.js", map[string]string{
		"index.js": `import { n } from "./n.js"; export function setup(r) { r.get("/", (q, s) => s.send(typeof __plugmuxImportMeta + n)); }`,
		"n.js":     `export const n = 1;`,
	})
	e.waitChange(Installed, "plain")
	code, body := e.get("/deep/")
	if code != 200 || !strings.HasSuffix(body, "/lib/x.json") {
		t.Errorf("GET /deep/ = %d %q, want the path of lib/x.json", code, body)
	}
	e.expect("/plain/", 200, "undefined1")
}
