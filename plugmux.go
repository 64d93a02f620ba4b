// Package plugmux lets a Go web server extend itself at runtime with
// JavaScript plugins, the way a FaaS platform would, but inside the process.
//
// A Host reads a module feed (the Piral Feed Service API), evaluates each
// listed ES module from its URL in isolated goja runtimes, calls the
// module's setup(router, ctx) so that it fills an Express-compatible router,
// and serves the plugin under its name:
//
//	h, err := plugmux.New(plugmux.Options{FeedURL: "https://feed.example.com/api/v1/pilet/demo"})
//	if err != nil {
//		log.Fatal(err)
//	}
//	defer h.Close()
//	go h.Run(ctx)                                    // initial load, then watch
//	mux.Handle("/api/", http.StripPrefix("/api", h)) // GET /api/app1/foo → plugin app1, route /foo
//
// Run follows the feed's websocket and applies every change as it happens:
// a new or updated version is fetched, compiled, evaluated and set up before
// it becomes visible, then swapped in atomically; requests already running
// finish on the version they started on; an update that fails leaves the
// previous version serving.
//
// A plugin is an ES module (JavaScript, TypeScript, JSX or JSON modules, with
// relative imports resolved against its URL):
//
//	import { compute } from "./other.js";
//	export function setup(router, ctx) { // ctx: { name, version, config, custom }
//		router.get("/compute", (req, res) => res.send(`${compute(+req.query.a, +req.query.b)}`));
//	}
//	export function teardown() {} // optional: runs when this version retires
//
// setup may also be the default export, or a setup method of it. Each
// plugin version runs in its own pool of runtimes; a runtime runs the module
// and setup once when it is created, and serves many requests at once,
// interleaved at their await points, as Node's event loop does.
package plugmux

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"net/http"
	"net/url"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gorilla/websocket"

	"github.com/plugmux/plugmux/internal/express"
	"github.com/plugmux/plugmux/internal/lkg"
	"github.com/plugmux/plugmux/internal/pool"
	"github.com/plugmux/plugmux/internal/ratelog"
)

// Options configure a Host. Only FeedURL is required; every other field has
// a default, given in its comment, that suits production.
type Options struct {
	// FeedURL is the feed to serve, an http or https URL answering
	// {"items": [...]}. Its websocket is the same URL with ws or wss.
	FeedURL string

	// HTTPClient fetches the feed and the modules, and its transport's
	// TLS configuration and proxy serve the feed's websocket. Plugins'
	// fetch does not use it (see FetchClient). If nil, a client of the
	// host's own with http.DefaultTransport's settings, except that it keeps
	// up to BuildConcurrency idle connections to a host (Go's default is 2),
	// since that many builds download from the feed's host at once; Close
	// closes them. Timeouts come from FetchTimeout. A client of your own
	// should do the same for a start of many plugins to reuse connections.
	HTTPClient *http.Client

	// Logger receives what the host loads, swaps, retires and rejects, and
	// the plugins' console output. If nil, slog.Default().
	Logger *slog.Logger

	// OnSync, if not nil, is called after every sync with what it did. It
	// runs on the goroutine that syncs: keep it short.
	OnSync func(SyncReport)

	// NotFound answers requests that match no plugin, or that a plugin's
	// routes pass on. If nil, http.NotFound.
	NotFound http.Handler

	// MaxRuntimes is the largest number of runtimes per plugin version:
	// the number of requests whose JavaScript can run in parallel. A
	// runtime serves many requests at once, interleaved at their awaits, so
	// more runtimes add CPU parallelism, not I/O concurrency; a new one is
	// created only when the existing ones are busy running JavaScript or
	// full (MaxRequestsPerRuntime). If zero, 2 × GOMAXPROCS, and at least 4.
	MaxRuntimes int

	// MaxRequestsPerRuntime bounds the requests in flight on one runtime
	// (Node has no such bound; a runtime's memory grows with them). Set it
	// low (1 to 4) for CPU-bound plugins, so that requests spread over
	// runtimes and queue (MaxQueue) instead of waiting inside a busy one.
	// A plugin may lower it with config.plugmux.maxRequestsPerRuntime. If
	// zero, 500.
	MaxRequestsPerRuntime int

	// MinRuntimes is the number of runtimes per plugin version kept warm
	// however idle they are; they are created at install. If zero, none:
	// the runtime that ran setup at install serves until it has been idle
	// for IdleTimeout, and a version without requests then scales to zero
	// (see IdleTimeout). A plugin may set its own with
	// config.plugmux.minRuntimes (at most its MaxRuntimes).
	MinRuntimes int

	// IdleTimeout is how long a runtime beyond MinRuntimes may stay idle
	// before Run drops it (Run looks every second, or every IdleTimeout/4
	// when that is shorter); the plugin's teardown runs in it first. A
	// version whose runtimes have all been dropped keeps its compiled
	// program and its route table and no runtime: the next request
	// creates one (a cold start: the module's evaluation and setup, under
	// a millisecond for a small plugin; see the README's Costs).
	// Module-level state lives as long as its runtime, as in a serverless
	// instance. A plugin may lower it with config.plugmux.idleTimeoutMs.
	// If zero, 1 minute; negative keeps idle runtimes forever.
	IdleTimeout time.Duration

	// MaxIdleRuntimes bounds the idle runtimes the host keeps warm across
	// all plugins and versions: runtimes without a request in flight,
	// beyond each version's MinRuntimes. When a runtime becomes idle (or
	// one is created) and more than MaxIdleRuntimes are idle, the least
	// recently used idle runtimes are dropped as IdleTimeout drops them
	// (their teardown runs; counted in plugmux_runtimes_reaped_total), and
	// their plugins' next requests cold-start a runtime. A runtime with a
	// request in flight is never dropped, nor one MinRuntimes keeps.
	//
	// An idle runtime of a small plugin holds about 135 KB of live heap,
	// which the collector marks on every cycle and which GOGC multiplies
	// in memory: 1,000 plugins that have each served once hold 150 MB
	// live. The bound keeps the working set of the busiest plugins warm
	// (256 runtimes, about 35 MB live) and lets the rest pay a cold start
	// (under a millisecond; README, "Costs"). Counting costs an atomic add
	// when a runtime goes from idle to busy or back; choosing what to drop
	// visits every version, only when the bound is passed.
	//
	// If zero, 256; negative keeps every idle runtime until IdleTimeout.
	MaxIdleRuntimes int

	// DropSetupRuntime drops the runtime that ran a version's setup as
	// soon as the version is installed (its teardown runs), unless
	// MinRuntimes keeps it: an installed plugin then holds only its
	// compiled program and route table (about 15 KB instead of 230 KB for
	// a small one) until its first request, which cold-starts a runtime.
	// It suits hosts of many plugins that are mostly idle: it also makes
	// a start of thousands faster, as the collector has less live memory
	// to scan while they install.
	//
	// If false, the runtime that ran setup serves until it has been idle
	// for IdleTimeout, except while the feed lists more than 100 plugins:
	// then it is dropped as if DropSetupRuntime were set, since an idle
	// runtime per plugin costs more memory than the cold start it saves
	// (measured with 1,000 plugins: 142 KB of RSS per plugin at ready
	// instead of 350–475 KB; README, "Scale benchmark"). MinRuntimes keeps
	// runtimes warm whatever the feed's size.
	DropSetupRuntime bool

	// MaxQueue is how many requests may wait for room on a runtime of one
	// plugin version when all MaxRuntimes exist and each has
	// MaxRequestsPerRuntime requests in flight; more get 503 with
	// Retry-After at once. If zero, 4 × MaxRuntimes.
	MaxQueue int

	// QueueTimeout is how long a request waits for a runtime before it gets
	// 503 with Retry-After. If zero, 5s.
	QueueTimeout time.Duration

	// MaxCallStackSize bounds the JavaScript call stack depth, so deep
	// recursion is a RangeError and not a Go stack overflow. If zero, 10000.
	MaxCallStackSize int

	// RequestTimeout bounds one request, from its arrival, including the
	// time it queued and the async work its handlers wait for. A request
	// past it is answered 504, or cut if its headers are out, and
	// abandoned: the context of its pending fetches and host calls is
	// cancelled, its later continuations change nothing, and the other
	// requests of its runtime go on. If its own JavaScript is running at
	// that moment, the runtime is interrupted and discarded (see CPULimit
	// for what happens to its other requests). A plugin may lower it with
	// config.plugmux.requestTimeoutMs. If zero, 30s.
	RequestTimeout time.Duration

	// CPULimit bounds how long JavaScript may run without yielding to the
	// event loop (from one await to the next, a timer callback, a
	// synchronous handler). Past it the runtime is interrupted and
	// discarded: the request whose JavaScript ran gets 504; the runtime's
	// other requests get 503 with Retry-After if they had started, and are
	// served by another runtime if they had not. A plugin may lower it with
	// config.plugmux.cpuLimitMs. If zero, 5s.
	CPULimit time.Duration

	// MaxAllocBytes bounds one allocation JavaScript can make in a
	// plugin's runtime (an ArrayBuffer, a typed array, a Buffer, a string
	// built by repeat or join, JSON.stringify's output, ...): past it the
	// plugin gets a RangeError instead of the host running out of memory.
	// If zero, 64 MiB.
	MaxAllocBytes int64

	// MemoryThresholdBytes is the memory of the process (what GOMEMLIMIT
	// bounds: held from the system and not released) past which the
	// memory watchdog, sampling every 10ms, interrupts the runtimes running
	// JavaScript at that moment and discards them (their requests get 503
	// with Retry-After), and refuses the plugins they belong to for a
	// second. If zero: 75% of GOMEMLIMIT when one is set, else 75% of the
	// memory the process may use (its cgroup's limit, else the machine's
	// physical memory; 2 GiB where that is unknown).
	MemoryThresholdBytes uint64

	// MaxTimers bounds the timers (setTimeout, setInterval, setImmediate)
	// pending at once in one runtime; past it they throw a RangeError in
	// the plugin. If zero, 10000.
	MaxTimers int

	// MaxPendingFetches bounds the fetch calls pending at once in one
	// runtime (each holds a connection and a goroutine until it answers):
	// past it fetch rejects with a TypeError whose cause says so, and the
	// pending ones go on. If zero, 1000.
	MaxPendingFetches int

	// MaxListeners bounds the listeners of one event on one request or
	// response object (req.on("data", ...) in a loop): past it, adding one
	// throws a RangeError in the plugin. If zero, 1000.
	MaxListeners int

	// SetupTimeout bounds a module's evaluation plus its setup, per
	// runtime. If zero, 10s.
	SetupTimeout time.Duration

	// TeardownTimeout bounds teardown, per runtime. If zero, 5s.
	TeardownTimeout time.Duration

	// DrainTimeout bounds how long a retired version waits for its
	// requests in flight before its teardown runs. If zero, 30s.
	DrainTimeout time.Duration

	// FetchTimeout bounds each download of the feed or of a module. If
	// zero, 30s.
	FetchTimeout time.Duration

	// MaxBodyBytes limits the request body a plugin may read; a larger
	// body is answered 413. If zero, 1 MiB.
	MaxBodyBytes int64

	// Debug puts the stack of an unhandled error into the 500 response
	// body. Never enable it in production: stacks reveal code and URLs.
	Debug bool

	// RequireIntegrity rejects feed items without an integrity value.
	// Whether or not it is set, an integrity value that does not match
	// the entry module rejects the version.
	RequireIntegrity bool

	// ModuleOrigins, if not empty, lists the only origins
	// ("https://cdn.example.com") that modules, links included, may load
	// from; add "file://" to allow file links. If empty, a plugin's modules
	// load only from the feed's origin and its own link's origin, and file
	// links are refused. Redirects are followed only within the same set.
	ModuleOrigins []string

	// MaxModuleBytes limits the size of one module. If zero, 8 MiB.
	MaxModuleBytes int64
	// MaxGraphBytes limits the total size of a plugin's modules. If zero,
	// 32 MiB.
	MaxGraphBytes int64
	// MaxModules limits the number of modules of a plugin. If zero, 1000.
	MaxModules int
	// MaxFeedBytes limits the size of the feed response. If zero, 16 MiB.
	MaxFeedBytes int64

	// BuildConcurrency is how many plugin versions are built at once: the
	// downloads of that many run at once, and of these, GOMAXPROCS at a
	// time compile and evaluate (what takes a core), so that at start and
	// on a big sync each plugin serves as soon as it can. If zero, 2 ×
	// GOMAXPROCS, and at least 4.
	BuildConcurrency int

	// ReconnectMin and ReconnectMax bound the delay before reconnecting
	// the feed's websocket, or retrying a failed sync; the delay doubles
	// from ReconnectMin up to ReconnectMax, with jitter. If zero, 250ms
	// and 30s.
	ReconnectMin, ReconnectMax time.Duration

	// Env is process.env of every plugin runtime. If nil, process.env is
	// empty: plugins never see the host's own environment variables.
	Env map[string]string

	// Modules are host modules that plugins import by name (import kv
	// from "host:kv"), so that plugins reach a database, a cache or a
	// message bus through an API the host controls. Each Module builds the
	// exports once per runtime. A name must be a bare specifier that no
	// built-in module has (not "express", not a Node built-in with or
	// without "node:"); a prefix such as "host:" keeps clear of them. New
	// rejects other names.
	Modules map[string]Module

	// FetchOrigins lists the origins ("https://api.example.com") that
	// plugins may fetch from, redirects included; "*" allows every http
	// and https destination. If empty, and AllowFetch is nil, every fetch
	// is refused with an error that says how to allow it.
	FetchOrigins []string

	// AllowFetch, if not nil, decides about the fetch destinations that
	// FetchOrigins does not list (each redirect too): nil allows, an error
	// refuses, and the plugin's fetch rejects with it.
	AllowFetch func(*url.URL) error

	// MaxFetchBytes limits the body of a response to a plugin's fetch. If
	// zero, 16 MiB.
	MaxFetchBytes int64

	// KeepAlive is the interval of the pings sent on the feed's websocket;
	// a connection silent for 2.5 × KeepAlive is considered dead. If zero,
	// 30s.
	KeepAlive time.Duration

	// --- Operating the host: feed access, last-known-good cache, readiness.

	// FeedHeader is sent with every request to the feed's origin: the feed
	// GET, module downloads from the feed's origin (not from other
	// origins) and the websocket handshake. Put a private feed's
	// credentials here ("Authorization": {"Bearer …"}). Plugins' fetch never
	// sees it.
	FeedHeader http.Header

	// FeedToken, if not nil, is called before every request to the feed's
	// origin (as FeedHeader is applied), and its result is sent as
	// "Authorization: Bearer <token>", overriding FeedHeader's. An error
	// fails that request. Use it for tokens that expire.
	FeedToken func(ctx context.Context) (string, error)

	// FetchClient runs plugins' fetch. It is never HTTPClient, so a
	// transport configured for the feed (client certificates, a proxy,
	// credentials) never serves plugins. If nil, a client with the
	// transport's defaults.
	FetchClient *http.Client

	// PollInterval is how often the feed is fetched while its websocket
	// cannot be connected (a feed without one, a proxy that drops
	// upgrades, a failed handshake), until the websocket is back. If zero,
	// 30s; negative disables polling.
	PollInterval time.Duration

	// MaxFeedMessageBytes limits one message read from the feed's
	// websocket; a larger one closes the connection (and the host
	// reconnects and resyncs). If zero, 64 KiB: feed messages only say
	// that something changed.
	MaxFeedMessageBytes int64

	// CacheDir, if not empty, keeps a last-known-good copy of what serves
	// (the feed items and the bytes of their modules) in this directory,
	// written atomically after every sync that changed something and
	// verified (sha256) when read. A host that starts while the feed is
	// unreachable serves from it, and converges to the feed once it
	// answers. The directory is created if missing; use one per host.
	CacheDir string

	// BuildTimeout bounds the whole build of one plugin version: its
	// downloads, compilation, and the evaluation and setup of its first
	// runtimes. Each build runs on its own and is applied as soon as it is
	// ready, so a slow one holds up no other plugin; past BuildTimeout it is
	// stopped, reported failed (ErrTimeout) and not retried until its feed
	// item changes. If zero, FetchTimeout + SetupTimeout × (max(MinRuntimes, 1)+1).
	BuildTimeout time.Duration

	// RequirePlugins names plugins that must serve before the host reports
	// ready (Status().Ready, StatusHandler's readiness): a deployment that
	// cannot work without them keeps a replica out of its load balancer
	// until they do. If empty, ready means the first sync or cache load
	// applied, whatever became of the single plugins.
	RequirePlugins []string
}

func (o *Options) setDefaults() {
	def := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.NotFound == nil {
		o.NotFound = http.NotFoundHandler()
	}
	if o.MaxRuntimes <= 0 {
		o.MaxRuntimes = max(4, 2*runtime.GOMAXPROCS(0))
	}
	o.MinRuntimes = min(max(o.MinRuntimes, 0), o.MaxRuntimes)
	if o.MaxAllocBytes <= 0 {
		o.MaxAllocBytes = 64 << 20
	}
	if o.MaxTimers <= 0 {
		o.MaxTimers = 10000
	}
	if o.MaxPendingFetches <= 0 {
		o.MaxPendingFetches = 1000
	}
	if o.MaxListeners <= 0 {
		o.MaxListeners = express.DefaultMaxListeners
	}
	if o.MaxRequestsPerRuntime <= 0 {
		o.MaxRequestsPerRuntime = 500
	}
	if o.MaxQueue <= 0 {
		o.MaxQueue = 4 * o.MaxRuntimes
	}
	if o.IdleTimeout == 0 {
		o.IdleTimeout = time.Minute
	}
	if o.MaxIdleRuntimes == 0 {
		o.MaxIdleRuntimes = 256
	}
	def(&o.QueueTimeout, 5*time.Second)
	if o.MaxCallStackSize <= 0 {
		o.MaxCallStackSize = 10000
	}
	def(&o.RequestTimeout, 30*time.Second)
	def(&o.CPULimit, 5*time.Second)
	def(&o.SetupTimeout, 10*time.Second)
	def(&o.TeardownTimeout, 5*time.Second)
	def(&o.DrainTimeout, 30*time.Second)
	def(&o.FetchTimeout, 30*time.Second)
	def(&o.ReconnectMin, 250*time.Millisecond)
	def(&o.ReconnectMax, 30*time.Second)
	def(&o.KeepAlive, 30*time.Second)
	if o.BuildTimeout <= 0 {
		o.BuildTimeout = o.FetchTimeout + o.SetupTimeout*time.Duration(max(o.MinRuntimes, 1)+1)
	}
	if o.FetchClient == nil {
		o.FetchClient = &http.Client{}
	}
	if o.PollInterval == 0 {
		o.PollInterval = 30 * time.Second
	}
	if o.MaxFeedMessageBytes <= 0 {
		o.MaxFeedMessageBytes = 64 << 10
	}
	if o.MaxBodyBytes <= 0 {
		o.MaxBodyBytes = 1 << 20
	}
	if o.MaxModuleBytes <= 0 {
		o.MaxModuleBytes = 8 << 20
	}
	if o.MaxGraphBytes <= 0 {
		o.MaxGraphBytes = 32 << 20
	}
	if o.MaxModules <= 0 {
		o.MaxModules = 1000
	}
	if o.MaxFeedBytes <= 0 {
		o.MaxFeedBytes = 16 << 20
	}
	if o.MaxFetchBytes <= 0 {
		o.MaxFetchBytes = 16 << 20
	}
	if o.BuildConcurrency <= 0 {
		o.BuildConcurrency = max(4, 2*runtime.GOMAXPROCS(0))
	}
	if o.HTTPClient == nil {
		o.HTTPClient = &http.Client{Transport: feedTransport(o.BuildConcurrency)}
	}
}

// feedTransport is the default HTTPClient's transport: Go's default
// transport, keeping as many idle connections to a host as builds run at
// once, since they all download from the feed's host. With Go's default of
// two, most downloads of a start of many plugins dialled a new connection
// and left it behind in TIME_WAIT.
func feedTransport(builds int) http.RoundTripper {
	t, ok := http.DefaultTransport.(*http.Transport)
	if !ok {
		return http.DefaultTransport // replaced by the program: its choice
	}
	t = t.Clone()
	t.MaxIdleConnsPerHost = max(builds, t.MaxIdleConnsPerHost, http.DefaultMaxIdleConnsPerHost)
	return t
}

// Host serves the plugins of one feed. It is an http.Handler: the first
// path segment (two for a scoped name) selects the plugin, the rest is the
// path its router sees. Create it with New, start it with Run, stop it with
// Close.
type Host struct {
	opts     Options
	log      *slog.Logger
	feedURL  *url.URL
	loader   *loader
	notFound http.Handler

	table        atomic.Pointer[table]
	modules      map[string]builtinModule // host modules by import name; read-only after New
	fetchOrigins []string                 // Options.FetchOrigins, normalized by originOf

	syncMu sync.Mutex // one sync at a time
	// tableMu orders the changes of the table: a sync's removals, each
	// build's swap, Close. It guards failed, jobs and the cache's writes.
	tableMu sync.Mutex
	failed  map[string]Item      // builds that failed for reasons a retry will not fix, by name
	jobs    map[string]*buildJob // builds in progress, by name
	// built holds versions whose builds are done and which are not yet in
	// the table: builds that finish together are swapped in with one copy
	// of the table (see tableLocked). builtIn is closed when they are in;
	// swapping says a swap is on its way; lastCopy is how long the last
	// copy of the table took.
	built    map[string]*version
	builtIn  chan struct{}
	swapping bool
	lastCopy time.Duration

	buildCtx    context.Context // ends at Close: stops every build
	buildCancel context.CancelFunc
	buildSem    chan struct{}  // Options.BuildConcurrency
	ownClient   bool           // Options.HTTPClient is the default, made for this host: Close closes its idle connections
	cpuSem      chan struct{}  // GOMAXPROCS: builds compiling or evaluating
	manyPlugins atomic.Bool    // the last feed applied lists more than manyPluginsAbove plugins
	building    sync.WaitGroup // build jobs (not the abandoned builds they watch)
	retryCh     chan struct{}  // a build failed for a reason that may pass
	reportMu    sync.Mutex     // one OnSync call at a time

	ready     chan struct{}
	readyOnce sync.Once

	// Operating the host (status.go, metrics.go, cache.go).
	loaded    atomic.Bool  // the first sync or cache load applied
	feedState atomicString // FeedConnecting, FeedWebsocket, FeedPolling, FeedClosed
	feedSince atomic.Int64 // when feedState last changed, Unix ns
	track     tracker
	metrics   *metrics
	logs      *ratelog.Aggregator // repeated events, one line per key per interval
	cache     *lkg.Store          // Options.CacheDir; nil without
	wsDialer  *websocket.Dialer   // the feed's websocket, with HTTPClient's TLS and proxy

	running   atomic.Bool
	lifeMu    sync.Mutex // orders Run's start against Close
	closed    bool
	closing   chan struct{}
	closeOnce sync.Once
	wg        sync.WaitGroup             // Run
	bg        sync.WaitGroup             // the CPU watchdog
	versions  sync.Map                   // every version built and not yet retired, as keys
	runtimes  runtimeSet                 // every runtime set up and not shut down, for watchCPU
	idle      *pool.IdleLimit[*instance] // Options.MaxIdleRuntimes; nil when unlimited
	retiring  tasks                      // versions draining and tearing down, idle runtimes tearing down
}

// ErrClosed is returned by Run and Sync once Close has been called.
var ErrClosed = errors.New("plugmux: host closed")

// New returns a Host for the feed at opts.FeedURL. It does not fetch
// anything: Run (or Sync) does.
func New(opts Options) (*Host, error) {
	ownClient := opts.HTTPClient == nil
	opts.setDefaults()
	u, err := url.Parse(opts.FeedURL)
	if err != nil {
		return nil, fmt.Errorf("plugmux: feed URL: %w", err)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("plugmux: feed URL %q must be an absolute http or https URL", opts.FeedURL)
	}
	h := &Host{
		opts: opts, log: opts.Logger, feedURL: u, ownClient: ownClient,
		failed:  map[string]Item{},
		jobs:    map[string]*buildJob{},
		built:   map[string]*version{},
		builtIn: make(chan struct{}),
		retryCh: make(chan struct{}, 1),
		ready:   make(chan struct{}),
		closing: make(chan struct{}),
	}
	h.modules = builtinModules()
	if err := h.addModules(opts.Modules); err != nil {
		return nil, err
	}
	h.opts.Env = maps.Clone(opts.Env) // plugins read it while the caller may change its map
	for _, o := range opts.FetchOrigins {
		if o != "*" {
			if fu, err := url.Parse(o); err != nil || (fu.Scheme != "http" && fu.Scheme != "https") || fu.Host == "" {
				return nil, fmt.Errorf("plugmux: Options.FetchOrigins: %q is not an http or https origin (such as \"https://api.example.com\") or \"*\"", o)
			}
			o = originOf(o)
		}
		h.fetchOrigins = append(h.fetchOrigins, o)
	}
	auth := &feedAuth{origin: originOf(opts.FeedURL), header: opts.FeedHeader.Clone(), token: opts.FeedToken}
	h.loader = &loader{client: opts.HTTPClient, auth: auth, opts: &h.opts, isHost: h.isHostModule, hosts: h.hostModuleNames}
	h.table.Store(&table{})
	h.track.plugins = map[string]*pluginTrack{}
	h.setFeedState(FeedClosed)
	h.metrics = newMetrics(h)
	if h.opts.MaxIdleRuntimes > 0 {
		h.idle = pool.NewIdleLimit[*instance](h.opts.MaxIdleRuntimes)
	}
	h.buildCtx, h.buildCancel = context.WithCancel(context.Background())
	h.buildSem = make(chan struct{}, h.opts.BuildConcurrency)
	h.cpuSem = make(chan struct{}, runtime.GOMAXPROCS(0))
	h.loader.cpu = h.withCPU
	h.notFound = h.mountHint(opts.NotFound)
	h.wsDialer = websocketDialer(&h.opts)
	h.logs = ratelog.New(h.log, logInterval)
	if opts.CacheDir != "" {
		if h.cache, err = lkg.Open(opts.CacheDir); err != nil {
			return nil, fmt.Errorf("plugmux: Options.CacheDir: %w", err)
		}
	}
	h.bg.Go(func() { h.watchCPU(h.closing) })
	if err := h.watchMemory(); err != nil {
		return nil, err
	}
	return h, nil
}

// Ready is closed once the first sync has applied the feed, or a load of
// the last-known-good copy in Options.CacheDir, whatever became of the
// individual plugins (see Status, which also honours
// Options.RequirePlugins).
func (h *Host) Ready() <-chan struct{} { return h.ready }

// Run loads the feed, then follows its websocket and applies every change,
// reconnecting with backoff and resyncing after every reconnect, until ctx is
// done or Close is called. It returns ctx.Err(), or ErrClosed.
func (h *Host) Run(ctx context.Context) error {
	if !h.running.CompareAndSwap(false, true) {
		return errors.New("plugmux: Run may only be called once")
	}
	h.lifeMu.Lock()
	if h.closed {
		h.lifeMu.Unlock()
		return ErrClosed
	}
	h.wg.Add(1)
	h.lifeMu.Unlock()
	defer h.wg.Done()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	wg.Go(func() { // Close cancels Run
		select {
		case <-h.closing:
			cancel()
		case <-ctx.Done():
		}
	})

	triggers := make(chan struct{}, 1)
	triggers <- struct{}{}
	h.setFeedState(FeedConnecting)
	wg.Go(func() { h.syncLoop(ctx, triggers) })
	wg.Go(func() { h.watch(ctx, triggers) })
	wg.Go(func() { h.poll(ctx, triggers) })
	wg.Go(func() { h.reap(ctx) })
	wg.Go(func() { h.logs.Run(ctx) })
	wg.Wait()
	select {
	case <-h.closing:
		return ErrClosed
	default:
		return ctx.Err()
	}
}

// Close stops Run, retires every plugin (draining its requests and running
// its teardown) and waits for all of it. Requests arriving afterwards get
// 503. Close is safe to call more than once.
func (h *Host) Close() error {
	h.closeOnce.Do(func() {
		h.lifeMu.Lock()
		h.closed = true
		close(h.closing)
		h.lifeMu.Unlock()
		h.buildCancel() // builds stop; a build that ignores it is abandoned
		h.syncMu.Lock() // no sync is running, and none will start
		h.tableMu.Lock()
		h.tableLocked() // built versions go in, so that they retire too
		old := h.table.Swap(&table{closed: true})
		h.tableMu.Unlock()
		h.syncMu.Unlock()
		for _, v := range old.plugins {
			h.retire(v)
		}
		h.wg.Wait()
		h.building.Wait()
		h.retiring.Wait()
		h.bg.Wait()
		if h.ownClient {
			h.opts.HTTPClient.CloseIdleConnections()
		}
	})
	return nil
}

// retire drains and tears down a version that the table no longer shows, in
// the background; Close waits for it.
func (h *Host) retire(v *version) {
	h.track.draining(v, 1)
	h.retiring.Go(func() {
		v.retire()
		h.metrics.forget(v)
		h.track.draining(v, -1)
		h.track.mu.Lock()
		h.track.drop(v.item.Name, h.table.Load().plugins[v.item.Name] != nil)
		h.track.mu.Unlock()
	})
}

// mountHint wraps the not-found handler: when a path's first segment is no
// plugin but its second is, the host is most likely mounted without its
// prefix stripped (chi's Mount, a router's wildcard route), and every plugin
// answers 404. It says so in the log, once per logInterval.
func (h *Host) mountHint(notFound http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		first, rest := splitNamespace(r.URL.EscapedPath())
		if second, _ := splitNamespace(rest); first != "" && second != "" && h.table.Load().plugins[second] != nil {
			h.logs.Add("mount-hint", slog.LevelWarn, "no plugin for this path, but the next segment names one: is the host mounted without its prefix stripped? Mount it as http.StripPrefix(prefix, host)",
				"path", r.URL.Path, "segment", first, "plugin", second)
		}
		notFound.ServeHTTP(w, r)
	})
}

// logInterval is the interval over which repeated log events (refusals,
// failing syncs, an unreachable websocket) are written once, with a count.
const logInterval = 10 * time.Second

// refused logs and counts a request refused at capacity: one log line per
// plugin per logInterval, with the count.
func (h *Host) refused(v *version, err error) {
	h.metrics.refused(v.item.Name, v.item.Version)
	h.logs.Add("refused "+v.item.Name, slog.LevelWarn, "plugin at capacity; requests refused",
		"plugin", v.item.Name, "version", v.item.Version, "err", err,
		"maxRuntimes", v.limits.maxRuntimes, "maxRequestsPerRuntime", v.limits.maxInFlight, "maxQueue", h.opts.MaxQueue, "queueTimeout", h.opts.QueueTimeout.String())
}

// ExpressNotFound returns a handler that answers as an Express server does
// when no route matches: 404 with Express's HTML page ("Cannot GET
// /api/app1/nope"). Give it as Options.NotFound so that requests no plugin
// answers (and requests for plugins that do not exist) look exactly as
// they would from a Node/Express host.
func ExpressNotFound() http.Handler { return http.HandlerFunc(express.NotFound) }
