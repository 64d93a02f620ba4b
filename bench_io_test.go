package plugmux

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"runtime"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/julienschmidt/httprouter"
	"github.com/plugmux/plugmux/internal/feedserver"
)

// Benchmarks of routes that wait on I/O, many clients at once, through the
// real Host behind a loopback HTTP server, side by side with the same
// routes written natively (which only sleep). A client's request takes at
// least 50 ms, so N clients can make at most N/0.05 requests per second:
// the req/s metric shows how close a host comes to that, and where it
// stops scaling (issue 9: the await route at 100 clients ≥ 1,500 req/s on
// one core, and no 503 at 100 or 1,000 clients).
//
//	go test -run '^$' -bench BenchmarkIOWait -benchtime 5s

const benchIOPlugin = `import { sleep } from "bench:sleep";
export function setup(r) {
	r.get("/await", async (req, res) => {
		await new Promise((r) => setTimeout(r, 50));
		res.send("done");
	});
	r.get("/async", async (req, res) => {
		await sleep(50);
		res.send("done");
	});
}`

// benchWait is the I/O the routes stand for.
const benchWait = 50 * time.Millisecond

// benchSleep waits for d, or until ctx ends.
func benchSleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// benchSleepModule is "bench:sleep": sleep(ms) sleeps in Go through Async,
// as a database call would block.
func benchSleepModule(mc ModuleContext) (any, error) {
	return map[string]any{"sleep": func(ms int64) goja.Value {
		return mc.Async(func(ctx context.Context) (any, error) {
			return nil, benchSleep(ctx, time.Duration(ms)*time.Millisecond)
		})
	}}, nil
}

// benchIOServer serves the I/O routes of impl ("native" or "plugmux") on a
// loopback port.
func benchIOServer(b *testing.B, impl string) *httptest.Server {
	b.Helper()
	if impl == "native" {
		r := httprouter.New()
		done := func(w http.ResponseWriter, req *http.Request, _ httprouter.Params) {
			if benchSleep(req.Context(), benchWait) == nil {
				io.WriteString(w, "done")
			}
		}
		r.GET("/bench/await", done)
		r.GET("/bench/async", done)
		srv := httptest.NewServer(r)
		b.Cleanup(srv.Close)
		return srv
	}
	feed := feedserver.New(feedserver.Options{})
	b.Cleanup(feed.Close)
	fsrv := httptest.NewServer(feed)
	b.Cleanup(fsrv.Close)
	if _, err := feed.Publish(testFeed, feedserver.Package{Name: "bench", Version: "1.0.0", Main: "index.js", Files: map[string][]byte{"index.js": []byte(benchIOPlugin)}}); err != nil {
		b.Fatal(err)
	}
	h, err := New(Options{
		FeedURL: fsrv.URL + feedserver.FeedPath(testFeed),
		Logger:  slog.New(slog.DiscardHandler),
		Modules: map[string]Module{"bench:sleep": benchSleepModule},
	})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { h.Close() })
	if err := h.Sync(context.Background()); err != nil {
		b.Fatal(err)
	}
	srv := httptest.NewServer(h)
	b.Cleanup(srv.Close)
	return srv
}

func BenchmarkIOWait(b *testing.B) {
	for _, route := range []string{"/bench/await", "/bench/async"} {
		for _, clients := range []int{100, 1000} {
			for _, impl := range []string{"native", "plugmux"} {
				b.Run(fmt.Sprintf("%s/clients=%d/%s", route[len("/bench/"):], clients, impl), func(b *testing.B) {
					benchIOWait(b, benchIOServer(b, impl).URL+route, clients)
				})
			}
		}
	}
}

// benchIOWait sends GET url from about clients goroutines, each with a
// keep-alive connection of its own, and reports requests per second and
// the answers that were not 200.
func benchIOWait(b *testing.B, url string, clients int) {
	tr := &http.Transport{MaxIdleConnsPerHost: clients, MaxConnsPerHost: clients}
	b.Cleanup(tr.CloseIdleConnections)
	client := &http.Client{Transport: tr}
	var bad, failed atomic.Int64
	b.SetParallelism(max(1, clients/runtime.GOMAXPROCS(0)))
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			resp, err := client.Get(url)
			if err != nil {
				failed.Add(1)
				continue
			}
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if resp.StatusCode != http.StatusOK {
				bad.Add(1)
			}
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "req/s")
	if n := bad.Load() + failed.Load(); n > 0 {
		b.Errorf("%d of %d requests were not answered 200 (%d failed)", n, b.N, failed.Load())
	}
}
