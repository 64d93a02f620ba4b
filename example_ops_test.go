package plugmux_test

import (
	"context"
	"fmt"
	"log"
	"log/slog"
	"net/http"
	"strings"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/plugmux/plugmux"
)

// An operated host: a private feed's credentials, a last-known-good cache,
// readiness, status and metrics for the operator.
func ExampleHost_Status() {
	feedURL, stop := startFeed()
	defer stop()

	h, err := plugmux.New(plugmux.Options{
		FeedURL:        feedURL,
		FeedHeader:     http.Header{"Authorization": {"Bearer feed-token"}}, // the feed's origin only
		RequirePlugins: []string{"hello"},                                   // not ready without it
		Logger:         slog.New(slog.DiscardHandler),
	})
	if err != nil {
		log.Fatal(err)
	}
	defer h.Close()
	reg := prometheus.NewRegistry()
	reg.MustRegister(h.Collector())

	mux := http.NewServeMux()
	mux.Handle("/api/", http.StripPrefix("/api", h))
	mux.Handle("GET /readyz", h.ReadyHandler())
	mux.Handle("GET /status", h.StatusHandler())

	if err := h.Sync(context.Background()); err != nil {
		log.Fatal(err)
	}
	st := h.Status()
	fmt.Println("ready:", st.Ready)
	for _, p := range st.Plugins {
		fmt.Println(p.Name, p.State, p.Serving)
	}
	families, err := reg.Gather()
	if err != nil {
		log.Fatal(err)
	}
	for _, f := range families {
		if strings.HasPrefix(f.GetName(), "plugmux_runtimes") && !strings.HasSuffix(f.GetName(), "_total") {
			fmt.Println(f.GetName(), f.GetMetric()[0].GetGauge().GetValue())
		}
	}
	// Output:
	// ready: true
	// hello serving 1.0.0
	// plugmux_runtimes 1
	// plugmux_runtimes_idle 1
}
