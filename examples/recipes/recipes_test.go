package recipes

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/plugmux/plugmux"
	"github.com/plugmux/plugmux/internal/feedserver"
)

const plugin = `export function setup(r) {
	r.get("/foo", (req, res) => res.send("plugin " + req.baseUrl + " " + req.path + " " + req.originalUrl));
	r.post("/echo", (req, res) => res.status(201).send(req.method));
}`

// host starts a feed with plugin app1 and a host that has loaded it.
func host(t *testing.T) *plugmux.Host {
	t.Helper()
	fsrv := feedserver.New(feedserver.Options{})
	if _, err := fsrv.Publish("recipes", feedserver.Package{Name: "app1", Version: "1.0.0", Main: "index.js",
		Files: map[string][]byte{"index.js": []byte(plugin)}}); err != nil {
		t.Fatal(err)
	}
	feed := httptest.NewServer(fsrv)
	h, err := plugmux.New(plugmux.Options{FeedURL: feed.URL + feedserver.FeedPath("recipes")})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- h.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; !errors.Is(err, context.Canceled) {
			t.Errorf("Run: %v", err)
		}
		h.Close()
		fsrv.Close()
		feed.Close()
	})
	select {
	case <-h.Ready():
	case <-time.After(10 * time.Second):
		t.Fatal("host never ready")
	}
	if len(h.Plugins()) != 1 {
		t.Fatalf("plugins: %+v", h.Plugins())
	}
	return h
}

func call(t *testing.T, method, url string) (int, string) {
	t.Helper()
	req, _ := http.NewRequest(method, url, nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestRecipes(t *testing.T) {
	h := host(t)
	for _, c := range []struct {
		name    string
		handler http.Handler
		prefix  string // where the plugins are mounted
	}{
		{"ServeMux", ServeMux(h), "/api"},
		{"chi", Chi(h), "/api"},
		{"gin", Gin(h), "/api/plugins"},
		{"gin NoRoute", GinNoRoute(h), "/api"},
		{"echo", Echo(h), "/api"},
	} {
		t.Run(c.name, func(t *testing.T) {
			srv := httptest.NewServer(c.handler)
			defer srv.Close()
			if code, body := call(t, "GET", srv.URL+c.prefix+"/app1/foo?x=1"); code != 200 || body != "plugin "+c.prefix+"/app1 /foo "+c.prefix+"/app1/foo?x=1" {
				t.Errorf("GET plugin route = %d %q", code, body)
			}
			if code, body := call(t, "POST", srv.URL+c.prefix+"/app1/echo"); code != 201 || body != "POST" {
				t.Errorf("POST plugin route = %d %q", code, body)
			}
			if code, body := call(t, "GET", srv.URL+"/api/health"); code != 200 || body != "native" {
				t.Errorf("native route = %d %q", code, body)
			}
			if code, _ := call(t, "GET", srv.URL+c.prefix+"/nope/foo"); code != 404 {
				t.Errorf("unknown plugin = %d", code)
			}
		})
	}
}

// TestGinCatchAllBesideStaticRoutesPanics records why Gin uses its own
// prefix: gin refuses /api/*path beside /api/health.
func TestGinCatchAllBesideStaticRoutesPanics(t *testing.T) {
	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	r.GET("/api/health", func(c *gin.Context) {})
	defer func() {
		if recover() == nil {
			t.Skip("this gin version accepts a catch-all beside static routes: r.Any(\"/api/*path\", ...) works too")
		}
	}()
	r.Any("/api/*path", gin.WrapH(http.NotFoundHandler()))
}

// TestChiMountWithoutStripPrefix shows the mistake the chi recipe avoids:
// chi's Mount does not rewrite the path for a plain http.Handler.
func TestChiMountWithoutStripPrefix(t *testing.T) {
	h := host(t)
	srv := httptest.NewServer(chiWithoutStrip(h))
	defer srv.Close()
	if code, _ := call(t, "GET", srv.URL+"/api/app1/foo"); code != 404 {
		t.Errorf("chi Mount without StripPrefix = %d; if chi now strips the prefix itself, update the recipe", code)
	}
}
