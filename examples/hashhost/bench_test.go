package main

import (
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"
)

// BenchmarkHash hashes one password per request, at the same bcrypt cost,
// with host:password (bcrypt in Go, off the runtime's goroutine) and with
// bcryptjs bundled into a plugin (bcrypt in JavaScript, interpreted by
// goja): ms/hash is one request at a time, hashes/s is requests from as
// many clients as the host has cores (-cpu sets them).
//
//	go test -run '^$' -bench Hash -benchtime 20x ./examples/hashhost
//
// The cost is 8 here (256 rounds; the default of bcrypt and bcryptjs is
// 10, four times the work): bcryptjs takes seconds per hash in a plugin
// even at 8. BENCH_COST sets another.
func BenchmarkHash(b *testing.B) {
	cost := 8
	if s := os.Getenv("BENCH_COST"); s != "" {
		if _, err := fmt.Sscan(s, &cost); err != nil {
			b.Fatalf("BENCH_COST=%q: %v", s, err)
		}
	}
	// bcryptjs at cost 10 takes longer than the tests' 30 s limit when two
	// requests share a core
	h := startHashHost(b, config{cost: cost, concurrency: runtime.GOMAXPROCS(0), timeout: 10 * time.Minute})
	h.publish("check", checkPlugin, "")
	bundle, err := os.ReadFile(bundlePath)
	if err != nil {
		b.Fatal(err)
	}
	h.publish("bcryptjs", string(bundle), fmt.Sprintf(`{"cost": %d}`, cost))
	// hash asks a plugin for one hash, and checks that it is one.
	hash := func(plugin string) error {
		resp, err := http.Get(h.api + "/" + plugin + "/hash?password=" + url.QueryEscape("correct horse battery staple"))
		if err != nil {
			return err
		}
		body, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil || resp.StatusCode != 200 || len(body) != 60 || !strings.HasPrefix(string(body), "$2") || string(body[3:7]) != fmt.Sprintf("$%02d$", cost) {
			return fmt.Errorf("GET /%s/hash: %d %q %v, want a hash of cost %d", plugin, resp.StatusCode, body, err, cost)
		}
		return nil
	}
	for _, plugin := range []string{"check", "bcryptjs"} {
		name := map[string]string{"check": "host:password", "bcryptjs": "bcryptjs"}[plugin]
		b.Run(fmt.Sprintf("%s/cost=%d/serial", name, cost), func(b *testing.B) {
			for b.Loop() {
				if err := hash(plugin); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/hash")
		})
		b.Run(fmt.Sprintf("%s/cost=%d/parallel", name, cost), func(b *testing.B) {
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					if err := hash(plugin); err != nil {
						b.Error(err)
						return
					}
				}
			})
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "hashes/s")
		})
	}
}
