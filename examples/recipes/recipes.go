package recipes

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	"github.com/labstack/echo/v4"

	"github.com/plugmux/plugmux"
)

// ServeMux mounts the plugins at /api/ of a net/http ServeMux, beside a
// native route. The ServeMux hands over the whole path; StripPrefix removes
// the mount point, so that /api/app1/foo reaches plugin app1 as /foo.
func ServeMux(h *plugmux.Host) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/health", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("native")) })
	mux.Handle("/api/", http.StripPrefix("/api", h))
	return mux
}

// Chi mounts the plugins with chi's Mount. chi strips the mount point only
// for its own sub-routers (in its routing context); any other http.Handler
// sees the request's whole path, so StripPrefix is needed here as with
// ServeMux. Without it every plugin path answers 404 (the host logs a hint).
func Chi(h *plugmux.Host) http.Handler {
	r := chi.NewRouter()
	r.Get("/api/health", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("native")) })
	r.Mount("/api", http.StripPrefix("/api", h))
	return r
}

// Gin mounts the plugins on a group of their own. Gin's router refuses a
// catch-all (/api/*path) beside static routes under the same prefix
// (/api/health): it panics at registration. Give the plugins a prefix that
// no native route shares, here /api/plugins, or use NoRoute as GinNoRoute
// does.
func Gin(h *plugmux.Host) http.Handler {
	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	r.GET("/api/health", func(c *gin.Context) { c.String(http.StatusOK, "native") })
	r.Any("/api/plugins/*path", gin.WrapH(http.StripPrefix("/api/plugins", h)))
	return r
}

// GinNoRoute keeps the plugins at /api/ beside native /api/ routes: the
// native routes are registered as usual, and every request that none of
// them matches goes to the host if it is under /api/.
func GinNoRoute(h *plugmux.Host) http.Handler {
	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	r.GET("/api/health", func(c *gin.Context) { c.String(http.StatusOK, "native") })
	plugins := http.StripPrefix("/api", h)
	r.NoRoute(func(c *gin.Context) {
		if len(c.Request.URL.Path) > len("/api/") && c.Request.URL.Path[:len("/api/")] == "/api/" {
			plugins.ServeHTTP(c.Writer, c.Request)
			return
		}
		c.String(http.StatusNotFound, "404 page not found")
	})
	return r
}

// Echo mounts the plugins with a wildcard route; echo lets it stand beside
// static routes under the same prefix.
func Echo(h *plugmux.Host) http.Handler {
	e := echo.New()
	e.GET("/api/health", func(c echo.Context) error { return c.String(http.StatusOK, "native") })
	e.Any("/api/*", echo.WrapHandler(http.StripPrefix("/api", h)))
	return e
}
