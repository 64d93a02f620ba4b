package recipes

import (
	"net/http"

	"github.com/go-chi/chi/v5"

	"github.com/plugmux/plugmux"
)

func chiWithoutStrip(h *plugmux.Host) http.Handler {
	r := chi.NewRouter()
	r.Mount("/api", h)
	return r
}
