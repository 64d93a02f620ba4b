package plugmux_test

import (
	"context"
	"fmt"
	"io"
	"log"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"sync"

	"github.com/plugmux/plugmux"
	"github.com/plugmux/plugmux/internal/feedserver"
)

// Host modules give plugins an API the host controls. Here "host:kv" is a
// key-value store shared by every plugin: the map is one Go value, the
// exports are built once per runtime (a Module may also return a goja
// value, such as a constructor, made with ModuleContext.Runtime).
func ExampleOptions_modules() {
	var mu sync.Mutex
	store := map[string]string{}
	kv := func(mc plugmux.ModuleContext) (any, error) {
		return map[string]any{
			"get": func(key string) string { mu.Lock(); defer mu.Unlock(); return store[key] },
			"set": func(key, value string) { mu.Lock(); defer mu.Unlock(); store[key] = value },
		}, nil
	}

	feed := feedserver.New(feedserver.Options{})
	for _, name := range []string{"writer", "reader"} {
		_, err := feed.Publish("demo", feedserver.Package{Name: name, Version: "1.0.0", Main: "index.js", Files: map[string][]byte{
			"index.js": []byte(`
				import { get, set } from "host:kv";
				export function setup(router, ctx) {
					router.get("/set/:v", (req, res) => { set("last", ctx.name + ":" + req.params.v); res.send("ok"); });
					router.get("/get", (req, res) => res.send(get("last")));
				}`),
		}})
		if err != nil {
			log.Fatal(err)
		}
	}
	feedSrv := httptest.NewServer(feed)
	defer func() { feed.Close(); feedSrv.Close() }()

	h, err := plugmux.New(plugmux.Options{
		FeedURL: feedSrv.URL + feedserver.FeedPath("demo"),
		Logger:  slog.New(slog.DiscardHandler),
		Modules: map[string]plugmux.Module{"host:kv": kv},
	})
	if err != nil {
		log.Fatal(err)
	}
	defer h.Close()
	if err := h.Sync(context.Background()); err != nil {
		log.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()

	get := func(path string) string {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			log.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return string(b)
	}
	get("/writer/set/42")
	fmt.Println(get("/reader/get"))
	// Output: writer:42
}
