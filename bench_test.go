package plugmux

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/julienschmidt/httprouter"
	"github.com/plugmux/plugmux/internal/feedserver"
)

// Benchmarks of the request path, side by side with the same routes
// written natively with httprouter (the performance budget: a trivial
// route ≥ 0.8× native, a small JSON route ≥ 0.6×, end to end). These run
// the handlers in-process, without the network, so they show plugmux's own
// cost; compare runs with benchstat.
//
//	go test -run '^$' -bench . -benchmem -count 10 | tee new.txt

const benchPlugin = `export function setup(r) {
	r.get("/hello", (req, res) => res.send("Hello, world!"));
	r.get("/json/:id", (req, res) => res.json({ id: req.params.id, ok: true, tags: ["a", "b"] }));
}`

// discardWriter is a ResponseWriter that keeps nothing, so the benchmark
// measures the handler, not a recorder.
type discardWriter struct{ h http.Header }

func (w *discardWriter) Header() http.Header         { return w.h }
func (w *discardWriter) Write(b []byte) (int, error) { return len(b), nil }
func (w *discardWriter) WriteString(s string) (int, error) {
	return len(s), nil
}
func (w *discardWriter) WriteHeader(int) {}

func benchHost(b *testing.B) *Host {
	b.Helper()
	feed := feedserver.New(feedserver.Options{})
	b.Cleanup(feed.Close)
	srv := httptest.NewServer(feed)
	b.Cleanup(srv.Close)
	if _, err := feed.Publish(testFeed, feedserver.Package{Name: "bench", Version: "1.0.0", Main: "index.js", Files: map[string][]byte{"index.js": []byte(benchPlugin)}}); err != nil {
		b.Fatal(err)
	}
	h, err := New(Options{FeedURL: srv.URL + feedserver.FeedPath(testFeed), Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { h.Close() })
	if err := h.Sync(context.Background()); err != nil {
		b.Fatal(err)
	}
	return h
}

func nativeRouter() http.Handler {
	r := httprouter.New()
	r.GET("/bench/hello", func(w http.ResponseWriter, _ *http.Request, _ httprouter.Params) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, "Hello, world!")
	})
	r.GET("/bench/json/:id", func(w http.ResponseWriter, _ *http.Request, ps httprouter.Params) {
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		json.NewEncoder(w).Encode(map[string]any{"id": ps.ByName("id"), "ok": true, "tags": []string{"a", "b"}})
	})
	return r
}

func BenchmarkServe(b *testing.B) {
	for _, route := range []string{"/bench/hello", "/bench/json/42"} {
		for _, impl := range []string{"native", "plugmux"} {
			b.Run(impl+route, func(b *testing.B) {
				var h http.Handler = nativeRouter()
				if impl == "plugmux" {
					h = benchHost(b)
				}
				req := httptest.NewRequest("GET", route, nil)
				b.ReportAllocs()
				b.RunParallel(func(pb *testing.PB) {
					w := &discardWriter{h: http.Header{}}
					for pb.Next() {
						clear(w.h)
						h.ServeHTTP(w, req)
					}
				})
			})
		}
	}
}

// BenchmarkColdStart measures one new runtime for a small plugin:
// creating the goja runtime, evaluating the compiled bundle and running
// setup; what a request pays when no warm runtime is idle.
func BenchmarkColdStart(b *testing.B) {
	h := benchHost(b)
	v := h.table.Load().plugins["bench"]
	b.ReportAllocs()
	for b.Loop() {
		if _, err := v.newInstance(context.Background()); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkInstall measures a whole install of a small plugin: fetch over
// loopback, esbuild bundle, compile, first runtime and setup.
func BenchmarkInstall(b *testing.B) {
	h := benchHost(b)
	it := h.table.Load().plugins["bench"].item
	b.ReportAllocs()
	for b.Loop() {
		v, err := h.build(context.Background(), it)
		if err != nil {
			b.Fatal(err)
		}
		v.pool.Close(nil)
	}
}
