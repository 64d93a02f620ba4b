package plugmux

import (
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

// BenchmarkInstallBig installs large real bundles (testdata/npm-compat/dist,
// built by its build.mjs from the npm packages) the way a feed item does:
// fetched over loopback HTTP, bundled by esbuild, compiled, evaluated and
// set up in one runtime.
//
//	go test -run '^$' -bench InstallBig -benchtime 20x
func BenchmarkInstallBig(b *testing.B) {
	files := httptest.NewServer(http.FileServer(http.Dir("testdata/npm-compat/dist")))
	defer files.Close()
	h, err := New(Options{FeedURL: files.URL + "/feed", Logger: slog.New(slog.DiscardHandler), ModuleOrigins: []string{files.URL}})
	if err != nil {
		b.Fatal(err)
	}
	defer h.Close()
	for _, name := range []string{"graphql", "express-validator", "zod"} {
		b.Run(name, func(b *testing.B) {
			it := Item{Name: name, Version: "1.0.0", Link: files.URL + "/" + name + ".js"}
			var sum buildTimes
			cpu := cpuTime()
			for b.Loop() {
				c := &h.loader.programs // compile every time
				c.mu.Lock()
				clear(c.programs)
				c.mu.Unlock()
				v, err := h.build(context.Background(), it)
				if err != nil {
					b.Fatal(err)
				}
				t := v.bundle.times
				sum.bundle += t.bundle
				sum.fetch += t.fetch
				sum.inputMaps += t.inputMaps
				sum.sourceMap += t.sourceMap
				sum.compile += t.compile
				sum.evaluate += t.evaluate
				sum.setup += t.setup
				v.pool.Close(nil)
				h.versions.Delete(v)
			}
			n := float64(b.N) * float64(time.Millisecond)
			b.ReportMetric(float64(cpuTime()-cpu)/n, "cpu-ms/op")
			for unit, d := range map[string]time.Duration{"esbuild-ms": sum.bundle, "fetch-ms": sum.fetch, "inputmaps-ms": sum.inputMaps,
				"sourcemap-ms": sum.sourceMap, "compile-ms": sum.compile, "evaluate-ms": sum.evaluate, "setup-ms": sum.setup} {
				b.ReportMetric(float64(d)/n, unit)
			}
		})
	}
}
