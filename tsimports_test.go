package plugmux

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
)

// TypeScript imports as authors write them (testdata/ts-imports): "./util"
// finds util.ts, "./view" view.tsx, "./lib" lib/index.ts, "./math.js"
// math.ts, and a real "./plain.js" stays itself. Each candidate is asked
// for at most once per load, and only from a TypeScript module.
func TestTypeScriptImportPaths(t *testing.T) {
	var mu sync.Mutex
	heads := map[string]int{}
	files := http.FileServer(http.Dir("testdata/ts-imports"))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodHead {
			mu.Lock()
			heads[r.URL.Path]++
			mu.Unlock()
		}
		files.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)

	e := newEnv(t)
	e.setItem(Item{Name: "tsi", Version: "1.0.0", Link: srv.URL + "/index.ts"})
	e.waitChange(Installed, "tsi")
	if code, body := e.get("/tsi/"); code != 200 || body != "HI!|view.tsx|lib2|5|plain-js|8" {
		t.Fatalf("GET /tsi/ = %d %q", code, body)
	}
	mu.Lock()
	defer mu.Unlock()
	// the probes, in tsc's order, stopping at the first that exists
	want := map[string]int{
		"/util.ts": 1,
		"/view.ts": 1, "/view.tsx": 1,
		"/lib.ts": 1, "/lib.tsx": 1, "/lib/index.ts": 1,
		"/math.js": 1, "/math.ts": 1, // "./math.js" from index.ts; "../math" from lib/index.ts finds math.ts, already probed
		"/plain.js":     1,
		"/dir/twice.js": 1, "/dir/twice.ts": 1,
	}
	for p, n := range heads {
		if want[p] != n {
			t.Errorf("HEAD %s: %d times, want %d", p, n, want[p])
		}
	}
	for p, n := range want {
		if heads[p] != n {
			t.Errorf("HEAD %s: %d times, want %d", p, heads[p], n)
		}
	}
}

// An import that matches no candidate says which were tried.
func TestTypeScriptImportNotFound(t *testing.T) {
	e := newEnv(t)
	e.publishFiles("tsmissing", "1.0.0", "index.ts", map[string]string{
		"index.ts": `import { x } from "./nothere"; export function setup(router: any): void { router.get("/", (q: any, s: any) => s.send(x)); }`,
	})
	c := e.waitChange(Failed, "tsmissing")
	if !errors.Is(c.Err, ErrFetch) || !strings.Contains(c.Err.Error(), "none of nothere.ts, nothere.tsx, nothere/index.ts, nothere/index.tsx, nothere exists") {
		t.Fatalf("err = %v", c.Err)
	}
}
