// Command serve runs the load-test servers for the performance budget: the
// same two routes written natively with httprouter and as a plugmux plugin,
// on two loopback ports in one process, so that bench/run.sh can load them
// side by side with wrk.
//
//	go run ./bench/serve -native 127.0.0.1:3001 -plugmux 127.0.0.1:3002
//
// Routes, on both:
//
//   - GET /api/bench/hello: "Hello, world!"
//   - GET /api/bench/json/:id: a small JSON object
//   - GET /api/bench/await: waits 50 ms on a timer (in the plugin,
//     await new Promise(r => setTimeout(r, 50))), then "done"
//   - GET /api/bench/async: waits 50 ms in Go (in the plugin, through a host
//     module whose function sleeps in ModuleContext.Async), then "done"
//
// With -cpuprofile FILE it writes a CPU profile of the whole process (both
// servers) from start to SIGINT/SIGTERM, for go tool pprof.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"io"
	"log"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime/pprof"
	"syscall"
	"time"

	"github.com/dop251/goja"
	"github.com/julienschmidt/httprouter"
	"github.com/plugmux/plugmux"
	"github.com/plugmux/plugmux/internal/feedserver"
	"github.com/plugmux/plugmux/internal/memtune"
)

const plugin = `import { sleep } from "bench:sleep";
export function setup(r) {
	r.get("/hello", (req, res) => res.send("Hello, world!"));
	r.get("/json/:id", (req, res) => res.json({ id: req.params.id, ok: true, tags: ["a", "b"] }));
	r.get("/await", async (req, res) => {
		await new Promise((r) => setTimeout(r, 50));
		res.send("done");
	});
	r.get("/async", async (req, res) => {
		await sleep(50);
		res.send("done");
	});
}`

// wait is the I/O the await and async routes stand for: 50 ms, or less
// if the request ends first.
const wait = 50 * time.Millisecond

// sleepModule is the host module "bench:sleep": sleep(ms) resolves after
// ms milliseconds, slept in Go off the runtime's loop, as a database call
// would block.
func sleepModule(mc plugmux.ModuleContext) (any, error) {
	return map[string]any{"sleep": func(ms int64) goja.Value {
		return mc.Async(func(ctx context.Context) (any, error) {
			return nil, sleep(ctx, time.Duration(ms)*time.Millisecond)
		})
	}}, nil
}

// sleep waits for d or until ctx ends.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	nativeAddr := flag.String("native", "127.0.0.1:3001", "address of the native httprouter server")
	plugmuxAddr := flag.String("plugmux", "127.0.0.1:3002", "address of the plugmux server")
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile to this file until the process is stopped")
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	// the example host's memory defaults (both servers share them)
	memtune.GC()
	if err := memtune.KeepHugePages(ctx, 256<<20, time.Second); err != nil {
		log.Printf("huge pages: %v", err)
	}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			log.Fatal(err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			log.Fatal(err)
		}
		defer func() {
			pprof.StopCPUProfile()
			f.Close()
		}()
	}

	native := httprouter.New()
	native.GET("/api/bench/hello", func(w http.ResponseWriter, _ *http.Request, _ httprouter.Params) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, "Hello, world!")
	})
	native.GET("/api/bench/json/:id", func(w http.ResponseWriter, _ *http.Request, ps httprouter.Params) {
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		json.NewEncoder(w).Encode(map[string]any{"id": ps.ByName("id"), "ok": true, "tags": []string{"a", "b"}})
	})
	done := func(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
		if sleep(r.Context(), wait) != nil {
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, "done")
	}
	native.GET("/api/bench/await", done)
	native.GET("/api/bench/async", done)

	feed := feedserver.New(feedserver.Options{})
	defer feed.Close()
	if _, err := feed.Publish("bench", feedserver.Package{Name: "bench", Version: "1.0.0", Main: "index.js", Files: map[string][]byte{"index.js": []byte(plugin)}}); err != nil {
		log.Fatal(err)
	}
	feedLn, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		log.Fatal(err)
	}
	go http.Serve(feedLn, feed)
	host, err := plugmux.New(plugmux.Options{FeedURL: "http://" + feedLn.Addr().String() + feedserver.FeedPath("bench"), Logger: slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn})),
		Modules: map[string]plugmux.Module{"bench:sleep": sleepModule}})
	if err != nil {
		log.Fatal(err)
	}
	defer host.Close()
	if err := host.Sync(ctx); err != nil {
		log.Fatal(err)
	}
	// The plugin host is mounted in the same router as the native routes
	// (httprouter, a catch-all under /api), so that the ratio compares a
	// route served natively with the same route served through plugmux,
	// not two routers. ServeMux's pattern matching costs about 2 % of a
	// trivial request's CPU on top.
	mux := httprouter.New()
	mux.Handler(http.MethodGet, "/api/*rest", http.StripPrefix("/api", host))

	for addr, h := range map[string]http.Handler{*nativeAddr: native, *plugmuxAddr: mux} {
		ln, err := net.Listen("tcp", addr)
		if err != nil {
			log.Fatal(err)
		}
		go http.Serve(ln, h)
	}
	log.Printf("native on %s, plugmux on %s", *nativeAddr, *plugmuxAddr)
	<-ctx.Done()
}
