package plugmux

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// FuzzImportResolution loads, through the real loader, a module whose one
// import is the fuzzed specifier, served by a loopback "feed" origin; a
// second loopback server stands for everything outside the plugin's
// origins. Whatever the specifier (relative paths, dot segments, encoded
// slashes, backslashes, protocol-relative and userinfo tricks, other
// schemes, redirects, TypeScript probing), the load never panics, returns
// within its limits, fails only with a *PluginError naming the item, and
// never makes a request to the foreign origin. "{A}" and "{B}" in the
// input stand for the two servers' host:port. Run longer with
//
//	go test -run '^$' -fuzz '^FuzzImportResolution$' -fuzztime 5m .
func FuzzImportResolution(f *testing.F) {
	for _, s := range []string{
		"./a.js", "../../../../x.js", "/x.js", "//{B}/x.js", "http://{B}/x.js", "https://{A}/x.js",
		"http://{A}/redir/x.js", "http://{A}@{B}/x.js", "http://{B}\\@{A}/x.js", "/\\{B}/x.js", "\\\\{B}/x.js",
		"%2e%2e/x.js", "./%2F%2F{B}/x.js", "./..%2f..%2fx.js", "file:///etc/passwd", "./x.js?y#z", "", ".", "..", "./",
		"fs", "node:fs", "express", "host:nothing", "data:text/javascript,export default 1", "http://[::1]:1/x",
		"HTTP://{B}/x.js", "http://{A}:80/x", "./util", "./util.js", "./dir/", "http://{B}:0/x", "\x00", "./a\nb.js",
		"https://{A}/redir/../x.ts",
	} {
		f.Add(s, false)
		f.Add(s, true)
	}
	var foreign atomic.Int64
	b := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		foreign.Add(1)
		io.WriteString(w, "export default 'foreign'")
	}))
	f.Cleanup(b.Close)
	var entries sync.Map // path → source
	a := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/redir/") {
			http.Redirect(w, r, b.URL+r.URL.Path, http.StatusFound)
			return
		}
		if src, ok := entries.Load(r.URL.Path); ok {
			io.WriteString(w, src.(string))
			return
		}
		if r.Method == http.MethodHead && !strings.HasSuffix(r.URL.Path, ".ts") {
			http.NotFound(w, r)
			return
		}
		io.WriteString(w, "export default 1")
	}))
	f.Cleanup(a.Close)
	host := func(u string) string { return strings.TrimPrefix(u, "http://") }
	h, err := New(Options{FeedURL: a.URL + "/api/v1/pilet", FetchTimeout: 2 * time.Second})
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { h.Close() })
	var n atomic.Int64
	f.Fuzz(func(t *testing.T, spec string, ts bool) {
		spec = strings.NewReplacer("{A}", host(a.URL), "{B}", host(b.URL)).Replace(spec)
		lit, _ := json.Marshal(spec)
		ext := ".js"
		if ts {
			ext = ".ts"
		}
		path := fmt.Sprintf("/case/%d/dir/index%s", n.Add(1), ext)
		entries.Store(path, "import x from "+string(lit)+"; export function setup(r) { r.get('/', (q, s) => s.send(String(x))); }")
		defer entries.Delete(path)
		it := Item{Name: "fz", Version: "1.0.0", Link: a.URL + path}
		before := foreign.Load()
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		bundle, err := h.loader.load(ctx, it)
		if got := foreign.Load() - before; got != 0 {
			t.Fatalf("import %q from %s: %d request(s) reached an origin outside the plugin's", spec, it.Link, got)
		}
		if err != nil {
			var pe *PluginError
			if !errors.As(err, &pe) || pe.Name != "fz" || pe.Version != "1.0.0" || pe.URL != it.Link {
				t.Fatalf("import %q: error %v is not a PluginError naming the item", spec, err)
			}
			return
		}
		if bundle == nil || bundle.program == nil {
			t.Fatalf("import %q: no error and no program", spec)
		}
	})
}
