package plugmux

import (
	"io"
	"net/http"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Metrics: Host.Collector returns a prometheus.Collector of the host's
// metrics, which the embedder registers on a registry of its own choice
// (plugmux never touches the global one):
//
//	reg := prometheus.NewRegistry()
//	reg.MustRegister(h.Collector())
//	mux.Handle("/metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
//
// Labels are bounded: plugin and version come from the feed (a request for
// no plugin counts under plugin=""), codes are HTTP status codes, and the
// series of a retired version are dropped with it. No label holds a path.

// metrics holds the host's counters and histograms; the gauges that mirror
// live state (runtimes, queues, the feed connection) are read at collect
// time.
type metrics struct {
	h *Host

	// epoch is the origin of a request's start (observed.start): a
	// duration needs only the monotonic clock, about half the cost of
	// time.Now, which reads the wall clock too.
	epoch time.Time

	observers sync.Pool // of *observed: one per request in flight, reused

	requests, duration, inflight *prometheus.Desc // from versionSeries, at collect time

	queueWait     *prometheus.HistogramVec // plugin, version
	refusals      *prometheus.CounterVec   // plugin, version
	timeouts      *prometheus.CounterVec   // plugin, version
	cpuInterrupts *prometheus.CounterVec   // plugin, version
	memInterrupts *prometheus.CounterVec   // plugin, version
	coldStarts    *prometheus.CounterVec   // plugin, version: for a request
	changes       *prometheus.CounterVec   // plugin, change
	syncs         *prometheus.CounterVec   // result

	runtimes, idle, queued, created, reaped, feedState, ready, lastSync *prometheus.Desc

	// children caches the request-path series of each serving version
	// (*version → *versionSeries), so that a request pays no label hashing.
	children sync.Map
	none     *versionSeries // requests for no plugin
}

// durationBuckets are the upper bounds of plugmux_request_duration_seconds.
var durationBuckets = [...]float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30}

// versionSeries are one version's request-path series: plain atomic
// counters, which a request updates without locks, label hashing or
// floating-point compare-and-swap loops, turned into metrics at collect time.
type versionSeries struct {
	plugin, version string
	inflight        atomic.Int64
	codes           [500]atomic.Uint64 // answers by code-100
	otherCodes      atomic.Uint64      // codes outside 100..599, counted as "other"
	buckets         [len(durationBuckets) + 1]atomic.Uint64
	sumNanos        atomic.Int64
}

func (s *versionSeries) observe(code int, d time.Duration) {
	if code >= 100 && code < 600 {
		s.codes[code-100].Add(1)
	} else {
		s.otherCodes.Add(1)
	}
	secs := d.Seconds()
	i := 0
	for i < len(durationBuckets) && secs > durationBuckets[i] {
		i++
	}
	s.buckets[i].Add(1)
	s.sumNanos.Add(int64(d))
}

// collect sends the series' request counts and duration histogram.
func (s *versionSeries) collect(m *metrics, ch chan<- prometheus.Metric) {
	for i := range s.codes {
		if n := s.codes[i].Load(); n > 0 {
			ch <- prometheus.MustNewConstMetric(m.requests, prometheus.CounterValue, float64(n), s.plugin, s.version, strconv.Itoa(i+100))
		}
	}
	if n := s.otherCodes.Load(); n > 0 {
		ch <- prometheus.MustNewConstMetric(m.requests, prometheus.CounterValue, float64(n), s.plugin, s.version, "other")
	}
	var count uint64
	cum := make(map[float64]uint64, len(durationBuckets))
	for i, b := range durationBuckets {
		count += s.buckets[i].Load()
		cum[b] = count
	}
	count += s.buckets[len(durationBuckets)].Load()
	if count > 0 {
		ch <- prometheus.MustNewConstHistogram(m.duration, count, float64(s.sumNanos.Load())/1e9, cum, s.plugin, s.version)
	}
}

func newMetrics(h *Host) *metrics {
	pv := []string{"plugin", "version"}
	counter := func(name, help string, labels ...string) *prometheus.CounterVec {
		return prometheus.NewCounterVec(prometheus.CounterOpts{Name: name, Help: help}, labels)
	}
	m := &metrics{
		h:        h,
		epoch:    time.Now(),
		requests: prometheus.NewDesc("plugmux_requests_total", "Requests answered, by plugin, version and HTTP status code.", []string{"plugin", "version", "code"}, nil),
		duration: prometheus.NewDesc("plugmux_request_duration_seconds", "Time to answer a request, by plugin and version.", pv, nil),
		inflight: prometheus.NewDesc("plugmux_requests_in_flight", "Requests being served, by plugin.", []string{"plugin"}, nil),
		queueWait: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "plugmux_queue_wait_seconds", Help: "Time a request waited for a runtime, by plugin and version.",
			Buckets: []float64{.0005, .001, .005, .01, .05, .1, .5, 1, 5},
		}, pv),
		refusals:      counter("plugmux_refused_total", "Requests refused with 503 because the plugin was at capacity (queue full or queue timeout).", pv...),
		timeouts:      counter("plugmux_request_timeouts_total", "Requests stopped at their time limit (504, or cut once headers were out).", pv...),
		cpuInterrupts: counter("plugmux_cpu_interrupts_total", "Requests whose JavaScript was interrupted at its CPU-time limit.", pv...),
		memInterrupts: counter("plugmux_memory_interrupts_total", "Runtimes interrupted because the process's memory passed the watchdog's threshold.", pv...),
		coldStarts:    counter("plugmux_cold_starts_total", "Runtimes created for a request because none was idle.", pv...),
		changes:       counter("plugmux_plugin_changes_total", "Plugin changes applied by syncs: installed, updated, removed, failed.", "plugin", "change"),
		syncs:         counter("plugmux_syncs_total", "Feed syncs, by result: ok, or error (the feed could not be fetched or parsed), and cache loads.", "result"),
		runtimes:      prometheus.NewDesc("plugmux_runtimes", "Runtimes alive, by plugin and serving version.", pv, nil),
		idle:          prometheus.NewDesc("plugmux_runtimes_idle", "Runtimes idle, by plugin and serving version.", pv, nil),
		queued:        prometheus.NewDesc("plugmux_queued_requests", "Requests waiting for a runtime now, by plugin and serving version.", pv, nil),
		created:       prometheus.NewDesc("plugmux_runtimes_created_total", "Runtimes created (cold starts, at install or for a request), by plugin and serving version.", pv, nil),
		reaped:        prometheus.NewDesc("plugmux_runtimes_reaped_total", "Runtimes dropped for being idle (Options.IdleTimeout, past Options.MaxIdleRuntimes; at install with Options.DropSetupRuntime), by plugin and serving version.", pv, nil),
		feedState:     prometheus.NewDesc("plugmux_feed_state", "The feed connection: 1 for the current state (connecting, websocket, polling, closed), 0 for the others.", []string{"state"}, nil),
		ready:         prometheus.NewDesc("plugmux_ready", "1 once the host is ready (Status.Ready), else 0.", nil, nil),
		lastSync:      prometheus.NewDesc("plugmux_last_sync_timestamp_seconds", "Unix time of the last sync that applied the feed (0: none yet).", nil, nil),
	}
	m.none = &versionSeries{}
	return m
}

// Collector returns the host's metrics as a prometheus.Collector. Register
// it on your registry once; see the README's "Operating plugmux" for the
// metric names.
func (h *Host) Collector() prometheus.Collector { return h.metrics }

func (m *metrics) vecs() []prometheus.Collector {
	return []prometheus.Collector{m.queueWait, m.refusals, m.timeouts, m.cpuInterrupts, m.memInterrupts, m.coldStarts, m.changes, m.syncs}
}

// Describe implements prometheus.Collector.
func (m *metrics) Describe(ch chan<- *prometheus.Desc) {
	for _, c := range m.vecs() {
		c.Describe(ch)
	}
	for _, d := range []*prometheus.Desc{m.requests, m.duration, m.inflight, m.runtimes, m.idle, m.queued, m.created, m.reaped, m.feedState, m.ready, m.lastSync} {
		ch <- d
	}
}

// Collect implements prometheus.Collector.
func (m *metrics) Collect(ch chan<- prometheus.Metric) {
	for _, c := range m.vecs() {
		c.Collect(ch)
	}
	inflight := map[string]int64{"": m.none.inflight.Load()}
	m.none.collect(m, ch)
	m.children.Range(func(_, c any) bool {
		s := c.(*versionSeries)
		inflight[s.plugin] += s.inflight.Load()
		s.collect(m, ch)
		return true
	})
	for plugin, n := range inflight {
		ch <- prometheus.MustNewConstMetric(m.inflight, prometheus.GaugeValue, float64(n), plugin)
	}
	tab := m.h.table.Load()
	for name, v := range tab.plugins {
		s := v.pool.Stats()
		ver := v.item.Version
		ch <- prometheus.MustNewConstMetric(m.runtimes, prometheus.GaugeValue, float64(s.Live), name, ver)
		ch <- prometheus.MustNewConstMetric(m.idle, prometheus.GaugeValue, float64(s.Idle), name, ver)
		ch <- prometheus.MustNewConstMetric(m.queued, prometheus.GaugeValue, float64(s.Waiting), name, ver)
		ch <- prometheus.MustNewConstMetric(m.created, prometheus.CounterValue, float64(s.Cold), name, ver)
		ch <- prometheus.MustNewConstMetric(m.reaped, prometheus.CounterValue, float64(s.Reaped), name, ver)
	}
	cur := m.h.feedState.Load()
	for _, s := range []string{FeedConnecting, FeedWebsocket, FeedPolling, FeedClosed} {
		val := 0.0
		if s == cur {
			val = 1
		}
		ch <- prometheus.MustNewConstMetric(m.feedState, prometheus.GaugeValue, val, s)
	}
	ready := 0.0
	if ok, _ := m.h.readiness(tab); ok {
		ready = 1
	}
	ch <- prometheus.MustNewConstMetric(m.ready, prometheus.GaugeValue, ready)
	m.h.track.mu.Lock()
	last := m.h.track.lastSync
	m.h.track.mu.Unlock()
	ts := 0.0
	if !last.IsZero() {
		ts = float64(last.UnixNano()) / 1e9
	}
	ch <- prometheus.MustNewConstMetric(m.lastSync, prometheus.GaugeValue, ts)
}

// refused counts a request refused with 503 at capacity.
func (m *metrics) refused(plugin, version string) {
	m.refusals.WithLabelValues(plugin, version).Inc()
}

// timedOut counts a request stopped at its time limit (504, or cut).
func (m *metrics) timedOut(plugin, version string) {
	m.timeouts.WithLabelValues(plugin, version).Inc()
}

// cpuInterrupted counts a request interrupted at its CPU-time limit.
func (m *metrics) cpuInterrupted(plugin, version string) {
	m.cpuInterrupts.WithLabelValues(plugin, version).Inc()
}

// memoryInterrupted counts a runtime interrupted by the memory watchdog.
func (m *metrics) memoryInterrupted(plugin, version string) {
	m.memInterrupts.WithLabelValues(plugin, version).Inc()
}

// coldStart counts a runtime created for a request because none was idle.
func (m *metrics) coldStart(plugin, version string) {
	m.coldStarts.WithLabelValues(plugin, version).Inc()
}

// waited records how long a request waited for a runtime.
func (m *metrics) waited(plugin, version string, d time.Duration) {
	m.queueWait.WithLabelValues(plugin, version).Observe(d.Seconds())
}

// changed counts the changes of one sync.
func (m *metrics) changed(changes []Change) {
	for _, c := range changes {
		m.changes.WithLabelValues(c.Name, string(c.Kind)).Inc()
	}
}

// forget drops the series of a retired version, so that the label sets
// stay as many as the versions serving.
func (m *metrics) forget(v *version) {
	m.children.Delete(v)
	l := prometheus.Labels{"plugin": v.item.Name, "version": v.item.Version}
	for _, vec := range []interface {
		DeletePartialMatch(prometheus.Labels) int
	}{m.queueWait, m.refusals, m.timeouts, m.cpuInterrupts, m.memInterrupts, m.coldStarts} {
		vec.DeletePartialMatch(l)
	}
}

// observed is the response writer of one request, as the metrics see it.
type observed struct {
	http.ResponseWriter
	s             *versionSeries
	start         time.Duration // since the metrics' epoch
	code          int
	headerWritten bool
}

// begin starts observing a request for version v (nil: no plugin); end
// finishes it. The version is the one the table shows as the request
// starts. Its series is looked up once and kept on the version: a request
// that begins after the version was forgotten counts on the series it had,
// instead of putting a retired version's series back.
func (m *metrics) begin(w http.ResponseWriter, v *version) *observed {
	s := m.none
	if v != nil {
		if s = v.series.Load(); s == nil {
			c, _ := m.children.LoadOrStore(v, &versionSeries{plugin: v.item.Name, version: v.item.Version})
			s = c.(*versionSeries)
			v.series.Store(s)
		}
	}
	s.inflight.Add(1)
	o, _ := m.observers.Get().(*observed)
	if o == nil {
		o = new(observed)
	}
	*o = observed{ResponseWriter: w, s: s, start: time.Since(m.epoch), code: http.StatusOK}
	return o
}

func (o *observed) WriteHeader(code int) {
	if !o.headerWritten && code >= 200 {
		o.code, o.headerWritten = code, true
	}
	o.ResponseWriter.WriteHeader(code)
}

func (o *observed) Write(b []byte) (int, error) {
	o.headerWritten = true
	return o.ResponseWriter.Write(b)
}

func (o *observed) WriteString(s string) (int, error) {
	o.headerWritten = true
	return io.WriteString(o.ResponseWriter, s)
}

// Flush flushes the underlying writer when it can.
func (o *observed) Flush() { _ = http.NewResponseController(o.ResponseWriter).Flush() }

// Unwrap lets http.ResponseController reach the underlying writer.
func (o *observed) Unwrap() http.ResponseWriter { return o.ResponseWriter }

// end records the request's code and duration. The request is over (its
// handler returned: nothing writes to o any more), so o is reused.
func (m *metrics) end(o *observed) {
	o.s.inflight.Add(-1)
	o.s.observe(o.code, time.Since(m.epoch)-o.start)
	*o = observed{}
	m.observers.Put(o)
}
