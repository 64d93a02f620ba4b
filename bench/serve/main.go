// Command serve runs the load-test servers for the performance budget: the
// same two routes written natively with httprouter and as a plugmux plugin,
// on two loopback ports in one process, so that bench/run.sh can load them
// side by side with wrk.
//
//	go run ./bench/serve -native 127.0.0.1:3001 -plugmux 127.0.0.1:3002
//
// Routes, on both: GET /api/bench/hello ("Hello, world!") and
// GET /api/bench/json/:id (a small JSON object).
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
	"syscall"

	"github.com/julienschmidt/httprouter"
	"github.com/plugmux/plugmux"
	"github.com/plugmux/plugmux/internal/feedserver"
)

const plugin = `export function setup(r) {
	r.get("/hello", (req, res) => res.send("Hello, world!"));
	r.get("/json/:id", (req, res) => res.json({ id: req.params.id, ok: true, tags: ["a", "b"] }));
}`

func main() {
	nativeAddr := flag.String("native", "127.0.0.1:3001", "address of the native httprouter server")
	plugmuxAddr := flag.String("plugmux", "127.0.0.1:3002", "address of the plugmux server")
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	native := httprouter.New()
	native.GET("/api/bench/hello", func(w http.ResponseWriter, _ *http.Request, _ httprouter.Params) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, "Hello, world!")
	})
	native.GET("/api/bench/json/:id", func(w http.ResponseWriter, _ *http.Request, ps httprouter.Params) {
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		json.NewEncoder(w).Encode(map[string]any{"id": ps.ByName("id"), "ok": true, "tags": []string{"a", "b"}})
	})

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
	host, err := plugmux.New(plugmux.Options{FeedURL: "http://" + feedLn.Addr().String() + feedserver.FeedPath("bench"), Logger: slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))})
	if err != nil {
		log.Fatal(err)
	}
	defer host.Close()
	if err := host.Sync(ctx); err != nil {
		log.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.Handle("/api/", http.StripPrefix("/api", host))

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
