package plugmux

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/prometheus/client_golang/prometheus/testutil"
)

func scrape(t *testing.T, reg *prometheus.Registry) string {
	t.Helper()
	rec := httptest.NewRecorder()
	promhttp.HandlerFor(reg, promhttp.HandlerOpts{}).ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	if rec.Code != 200 {
		t.Fatalf("scrape: %d %s", rec.Code, rec.Body.String())
	}
	return rec.Body.String()
}

func TestMetricsScraped(t *testing.T) {
	e := newEnv(t, func(o *Options) {
		o.MaxRuntimes = 1
		o.MaxRequestsPerRuntime = 1 // one request per runtime, so that the queue fills
		o.MaxQueue = 1
	})
	reg := prometheus.NewRegistry()
	reg.MustRegister(e.host.Collector())
	if problems, err := testutil.CollectAndLint(e.host.Collector()); err != nil || len(problems) > 0 {
		t.Errorf("lint: %v %+v", err, problems)
	}
	e.publish("busy", "1.0.0", spinSource("busy", 1500))
	e.waitChange(Installed, "busy")
	e.publish("app", "1.0.0", `export function setup(r) {
		r.get("/", (q, s) => s.send("ok"));
		r.get("/boom", () => { throw new Error("boom"); });
	}`)
	e.waitChange(Installed, "app")
	e.expect("/app/", 200, "ok")
	e.expect("/app/", 200, "ok")
	if s, _ := e.get("/app/boom"); s != 500 {
		t.Fatalf("boom: %d", s)
	}
	e.expect("/nobody/x", 404, "404 page not found\n")

	// Saturate busy: one request runs, one waits, the rest are refused.
	started := e.logs.await("busy started")
	spinDone := make(chan struct{})
	go func() { defer close(spinDone); e.get("/busy/spin") }()
	<-started
	queuedDone := make(chan struct{})
	go func() { defer close(queuedDone); e.get("/busy/quick") }()
	waitFor(t, func() bool { return e.host.table.Load().plugins["busy"].pool.Stats().Waiting == 1 })
	for range 20 {
		resp, err := http.Get(e.api.URL + "/api/busy/quick")
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 503 {
			t.Fatalf("over capacity: %d", resp.StatusCode)
		}
	}
	text := scrape(t, reg)
	<-spinDone
	<-queuedDone
	for _, want := range []string{
		`plugmux_requests_total{code="200",plugin="app",version="1.0.0"} 2`,
		`plugmux_requests_total{code="500",plugin="app",version="1.0.0"} 1`,
		`plugmux_requests_total{code="404",plugin="",version=""} 1`,
		`plugmux_requests_total{code="503",plugin="busy",version="1.0.0"} 20`,
		`plugmux_refused_total{plugin="busy",version="1.0.0"} 20`,
		`plugmux_request_duration_seconds_count{plugin="app",version="1.0.0"} 3`,
		`plugmux_requests_in_flight{plugin="busy"} 2`,
		`plugmux_queued_requests{plugin="busy",version="1.0.0"} 1`,
		`plugmux_runtimes{plugin="app",version="1.0.0"} 1`,
		`plugmux_runtimes_created_total{plugin="busy",version="1.0.0"} 1`,
		`plugmux_plugin_changes_total{change="installed",plugin="app"} 1`,
		`plugmux_feed_state{state="websocket"} 1`,
		`plugmux_feed_state{state="polling"} 0`,
		`plugmux_ready 1`,
	} {
		if !strings.Contains(text, want+"\n") {
			t.Errorf("scrape lacks %s", want)
		}
	}
	if !strings.Contains(text, `plugmux_syncs_total{result="ok"}`) {
		t.Errorf("no sync count")
	}
	// No label holds a path.
	if strings.Contains(text, "nobody") || strings.Contains(text, "/quick") {
		t.Errorf("a path leaked into the labels:\n%s", text)
	}
	// Refusals are logged once per plugin per interval, not per request.
	if n := strings.Count(e.logs.String(), "plugin at capacity"); n != 1 {
		t.Errorf("%d refusal lines for 20 refusals, want 1:\n%s", n, e.logs.String())
	}

	// A retired version's series go with it.
	retired := e.logs.await("plugin retired")
	e.publish("app", "2.0.0", `export function setup(r) { r.get("/", (q, s) => s.send("ok2")); }`)
	e.waitChange(Updated, "app")
	e.expect("/app/", 200, "ok2")
	select {
	case <-retired:
	case <-time.After(waitTimeout):
		t.Fatal("1.0.0 never retired")
	}
	waitFor(t, func() bool { return !strings.Contains(scrape(t, reg), `plugin="app",version="1.0.0"`) })
	if text := scrape(t, reg); !strings.Contains(text, `plugmux_requests_total{code="200",plugin="app",version="2.0.0"} 1`) {
		t.Errorf("2.0.0 not counted:\n%s", text)
	}
}
