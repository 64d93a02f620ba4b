package plugmux_test

import (
	"context"
	"fmt"
	"io"
	"log"
	"log/slog"
	"net/http"
	"net/http/httptest"

	"github.com/plugmux/plugmux"
	"github.com/plugmux/plugmux/internal/feedserver"
)

// startFeed serves a feed with one plugin, as a real feed service would.
func startFeed() (feedURL string, stop func()) {
	feed := feedserver.New(feedserver.Options{})
	_, err := feed.Publish("demo", feedserver.Package{Name: "hello", Version: "1.0.0", Main: "index.js", Files: map[string][]byte{
		"index.js": []byte(`
			import { greet } from "./greet.js";
			export function setup(router, ctx) {
				router.get("/greet/:who", (req, res) => res.send(greet(req.params.who, ctx.version)));
			}`),
		"greet.js": []byte(`export const greet = (who, v) => "Hello, " + who + "! (v" + v + ")";`),
	}})
	if err != nil {
		log.Fatal(err)
	}
	srv := httptest.NewServer(feed)
	return srv.URL + feedserver.FeedPath("demo"), func() { feed.Close(); srv.Close() }
}

// A host mounted under /api: Run loads the feed and follows it; each plugin
// serves under its name.
func Example() {
	feedURL, stop := startFeed()
	defer stop()

	h, err := plugmux.New(plugmux.Options{
		FeedURL: feedURL,
		Logger:  slog.New(slog.DiscardHandler),
	})
	if err != nil {
		log.Fatal(err)
	}
	defer h.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go h.Run(ctx)
	<-h.Ready()

	mux := http.NewServeMux()
	mux.Handle("/api/", http.StripPrefix("/api", h))
	srv := httptest.NewServer(mux)
	defer srv.Close()

	resp, err := http.Get(srv.URL + "/api/hello/greet/gopher")
	if err != nil {
		log.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Println(resp.StatusCode, string(body))
	// Output: 200 Hello, gopher! (v1.0.0)
}

// Sync applies the feed once, for hosts that do not want to follow the
// websocket; OnSync reports what each sync did.
func ExampleHost_Sync() {
	feedURL, stop := startFeed()
	defer stop()

	h, err := plugmux.New(plugmux.Options{
		FeedURL: feedURL,
		Logger:  slog.New(slog.DiscardHandler),
		OnSync: func(r plugmux.SyncReport) {
			for _, c := range r.Changes {
				fmt.Println(c.Kind, c.Name, c.Version)
			}
		},
	})
	if err != nil {
		log.Fatal(err)
	}
	defer h.Close()
	if err := h.Sync(context.Background()); err != nil {
		log.Fatal(err)
	}
	for _, p := range h.Plugins() {
		fmt.Println(p.Item.Name, p.Item.Version, p.Runtimes)
	}
	// Output:
	// installed hello 1.0.0
	// hello 1.0.0 1
}
