package plugmux

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dop251/goja"
	"github.com/plugmux/plugmux/internal/express"
	"github.com/plugmux/plugmux/internal/jsenv"
	"github.com/plugmux/plugmux/internal/pool"
)

// Item is one entry of a module feed, as the Piral Feed Service lists it.
// Unknown JSON fields are ignored.
type Item struct {
	// Name is the plugin's npm-style name (see ValidateName). It is the URL
	// namespace the plugin is served under: "app1" serves /app1/..., and a
	// scoped name keeps its two segments, as npm registries do in URLs:
	// "@acme/orders" serves /@acme/orders/... Unscoped names cannot start
	// with "@", so the two forms never collide.
	Name string `json:"name"`
	// Version is the plugin's version, usually semver. Any non-empty string
	// without white space is accepted.
	Version string `json:"version"`
	// Link is the absolute URL (http, https or file) of the entry module.
	// Relative imports of that module resolve against it.
	Link string `json:"link"`
	// Integrity is an optional Subresource Integrity value for the entry
	// module, such as "sha256-…".
	Integrity string `json:"integrity,omitempty"`
	// Config is handed to setup as ctx.config (null when absent).
	Config json.RawMessage `json:"config,omitempty"`
	// Custom is handed to setup as ctx.custom (null when absent).
	Custom json.RawMessage `json:"custom,omitempty"`
	// Spec is the feed's module specification tag; plugmux ignores it.
	Spec string `json:"spec,omitempty"`
}

// sameBuild reports whether a and b describe the same build of a plugin:
// the same name, version, link, integrity and configuration. A difference in
// any of them makes plugmux install the item anew.
func (it Item) sameBuild(o Item) bool {
	return it.Name == o.Name && it.Version == o.Version && it.Link == o.Link &&
		it.Integrity == o.Integrity && bytes.Equal(it.Config, o.Config) &&
		bytes.Equal(it.Custom, o.Custom)
}

// String returns "name@version".
func (it Item) String() string { return it.Name + "@" + it.Version }

// validate checks what plugmux needs of an item before it fetches anything.
func (it Item) validate() error {
	if err := ValidateName(it.Name); err != nil {
		return err
	}
	if it.Version == "" || strings.ContainsFunc(it.Version, isSpaceOrControl) {
		return fmt.Errorf("%w: version %q must be non-empty and without white space", ErrInvalidItem, it.Version)
	}
	u, err := url.Parse(it.Link)
	if err != nil {
		return fmt.Errorf("%w: link: %w", ErrInvalidItem, err)
	}
	switch u.Scheme {
	case "http", "https":
		if u.Host == "" {
			return fmt.Errorf("%w: link %q has no host", ErrInvalidItem, it.Link)
		}
	case "file":
	default:
		return fmt.Errorf("%w: link %q must be an absolute http, https or file URL", ErrInvalidItem, it.Link)
	}
	return nil
}

// ValidateName reports whether name is acceptable as a plugin name: the
// rules npm applies to new package names. A name is lower case, at most 214
// characters, made of a-z, 0-9 and "-._", does not start with "." or "_",
// and may carry one "@scope/" prefix (which may also hold "~"). An unscoped
// name does not start with "-" and is not a Node.js core module name
// ("http", "fs", ...) or one npm reserves ("node_modules",
// "favicon.ico"). The error wraps ErrInvalidItem.
func ValidateName(name string) error {
	bad := func(why string) error {
		return fmt.Errorf("%w: name %q %s", ErrInvalidItem, name, why)
	}
	if name == "" {
		return bad("is empty")
	}
	if len(name) > 214 {
		return bad("is longer than 214 characters")
	}
	rest := name
	if strings.HasPrefix(name, "@") {
		scope, pkg, ok := strings.Cut(name[1:], "/")
		if !ok {
			return bad(`is scoped but has no "/name" part`)
		}
		if err := checkNamePart(scope, "-._~"); err != "" {
			return bad("has a scope that " + err)
		}
		rest = pkg
	}
	if err := checkNamePart(rest, "-._"); err != "" {
		return bad(err)
	}
	if rest == name {
		switch {
		case name[0] == '-':
			return bad(`starts with "-"`)
		case jsenv.IsNodeBuiltin(name):
			return bad("is a Node.js core module name, which npm refuses")
		case name == "node_modules" || name == "favicon.ico":
			return bad("is reserved by npm")
		}
	}
	return nil
}

// checkNamePart checks a scope or a name without its scope; punct is
// what it may hold besides a-z and 0-9.
func checkNamePart(s, punct string) string {
	if s == "" {
		return "has an empty part"
	}
	if s[0] == '.' || s[0] == '_' {
		return `starts with "." or "_"`
	}
	for _, c := range s {
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9', strings.ContainsRune(punct, c):
		case c >= 'A' && c <= 'Z':
			return "has upper-case letters"
		default:
			return fmt.Sprintf("has the character %q (allowed: a-z 0-9 %s)", c, strings.Join(strings.Split(punct, ""), " "))
		}
	}
	return ""
}

func isSpaceOrControl(r rune) bool { return r <= ' ' || r == 0x7f }

// Phase names the step of a plugin's life in which an error happened.
type Phase string

// The phases of a plugin version, in the order they happen.
const (
	PhaseFeed     Phase = "feed"     // the feed item itself is unusable
	PhaseFetch    Phase = "fetch"    // downloading a module of the graph
	PhaseCompile  Phase = "compile"  // transforming, resolving imports, compiling
	PhaseEvaluate Phase = "evaluate" // running the module's top level
	PhaseSetup    Phase = "setup"    // calling setup(router, ctx)
	PhaseRequest  Phase = "request"  // serving a request
	PhaseTeardown Phase = "teardown" // calling teardown() when the version retires
)

// PluginError is the error plugmux reports for anything a plugin does wrong.
// It names the plugin, the version, the entry URL and the phase, and wraps
// the cause, so that errors.As finds it and errors.Is finds the cause:
//
//	plugin app2@1.0.4 (https://cdn.example.com/app2/index.js): setup: TypeError: router.gett is not a function at setup (https://cdn.example.com/app2/index.js:3:10(4))
type PluginError struct {
	Name    string
	Version string
	URL     string
	Phase   Phase
	Err     error
}

// Error reads like a sentence: "plugin NAME@VERSION (URL): PHASE: CAUSE".
func (e *PluginError) Error() string {
	var b strings.Builder
	b.WriteString("plugin ")
	b.WriteString(e.Name)
	if e.Version != "" {
		b.WriteString("@" + e.Version)
	}
	if e.URL != "" {
		b.WriteString(" (" + e.URL + ")")
	}
	b.WriteString(": " + string(e.Phase) + ": ")
	if e.Err != nil {
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

// Unwrap returns the cause.
func (e *PluginError) Unwrap() error { return e.Err }

func pluginErr(it Item, phase Phase, err error) *PluginError {
	var so *goja.StackOverflowError
	if errors.As(err, &so) && !strings.Contains(err.Error(), "call stack") {
		// goja's overflow carries a stack and no message
		err = fmt.Errorf("RangeError: Maximum call stack size exceeded (Options.MaxCallStackSize)%w", err)
	}
	return &PluginError{Name: it.Name, Version: it.Version, URL: it.Link, Phase: phase, Err: err}
}

// Errors that a PluginError may wrap; test for them with errors.Is.
var (
	// ErrInvalidItem: a feed item has a bad name, version or link.
	ErrInvalidItem = errors.New("invalid feed item")
	// ErrNoSetup: the entry module exports no setup function.
	ErrNoSetup = errors.New("module exports no setup function (export function setup, export default function, or export default { setup })")
	// ErrBareImport: a module imports a bare name that is neither a host module nor bundled.
	ErrBareImport = errors.New("bare import")
	// ErrModuleTooLarge: a module or the module graph exceeds a size limit.
	ErrModuleTooLarge = errors.New("module too large")
	// ErrFetch: a module could not be downloaded.
	ErrFetch = errors.New("fetch failed")
	// ErrTimeout: a module's evaluation, setup, teardown or a request ran
	// past its time limit (or its JavaScript past the CPU limit) and was
	// stopped.
	ErrTimeout = express.ErrTimeout
	// ErrInconsistentSetup: setup registered different routes in two runtimes of the same version.
	ErrInconsistentSetup = express.ErrInconsistentSetup
)

// version is one installed build of a plugin: its compiled bundle, its route
// table and its pool of runtimes. Its life is build → serve → drain →
// teardown: it is fully built before the registry shows it, and once the
// registry no longer shows it, it finishes the requests it has, runs
// teardown and drops its runtimes.
type version struct {
	item    Item
	host    *Host
	log     *slog.Logger
	bundle  *bundle
	tableMu sync.Mutex
	table   *express.Table // compiled by the first instance; read-only afterwards
	pool    *pool.Pool[*instance]
	limits  limits

	// inflight counts the requests being served, with retiredBit set once
	// the version is retired; drained is closed when both hold.
	refuseUntil atomic.Int64 // refused until then, in nanoseconds since the metrics' epoch (the memory watchdog stopped it)

	inflight  atomic.Int64
	drained   chan struct{}
	drainOnce sync.Once

	series atomic.Pointer[versionSeries] // its request-path metrics, made with its first request (metrics.go)
}

const retiredBit = 1 << 62

// build fetches, compiles, evaluates and sets up a version: everything that
// can fail happens here, before anyone can see the version.
func (h *Host) build(ctx context.Context, it Item) (*version, error) {
	if err := it.validate(); err != nil {
		return nil, pluginErr(it, PhaseFeed, err)
	}
	lim, err := h.limitsFor(it)
	if err != nil {
		return nil, pluginErr(it, PhaseFeed, err)
	}
	b, err := h.loader.load(ctx, it)
	if err != nil {
		return nil, err
	}
	v := &version{
		item: it, host: h, bundle: b, limits: lim, drained: make(chan struct{}),
		log: h.log.With("plugin", it.Name, "version", it.Version),
	}
	v.pool = pool.New(pool.Config{
		Min: lim.minRuntimes, Max: lim.maxRuntimes, MaxPerValue: lim.maxInFlight,
		MaxWaiters: h.opts.MaxQueue, IdleTimeout: max(lim.idleTimeout, 0),
		OnWait: func(d time.Duration) { h.metrics.waited(it.Name, it.Version, d) },
	}, func(ctx context.Context) (*instance, error) {
		// a runtime created for a request: a cold start
		in, err := v.newInstance(ctx)
		if err == nil {
			h.metrics.coldStart(it.Name, it.Version)
		}
		return in, err
	}, (*instance).destroy)
	if h.idle != nil {
		v.pool.Share(h.idle, func(in *instance) {
			v.log.Debug("idle runtime dropped", "reason", "more than MaxIdleRuntimes idle")
			v.dropIdle(in)
		})
	}
	h.versions.Store(v, nil)
	// setup needs a runtime even when none is kept warm: the one that ran
	// it serves until it has been idle for IdleTimeout.
	for i := range max(lim.minRuntimes, 1) {
		var in *instance
		err := h.withCPU(ctx, func() (err error) {
			in, err = v.newInstance(ctx)
			return err
		})
		var pe *PluginError
		if err != nil && !errors.As(err, &pe) {
			err = pluginErr(it, PhaseEvaluate, err) // stopped while it waited for a core
		}
		if err != nil {
			v.pool.Close(nil)
			h.versions.Delete(v)
			return nil, err
		}
		if i == 0 {
			b.times.evaluate, b.times.setup = in.evaluated, in.setUp
		}
		v.pool.Add(in)
	}
	if h.opts.DropSetupRuntime || h.manyPlugins.Load() {
		v.pool.Trim(v.dropIdle) // MinRuntimes stay
	}
	v.log.Debug("plugin built", "times", b.times, "modules", b.modules, "bytes", b.bytes)
	return v, nil
}

// withCPU runs work, a build's compile or evaluation, once fewer than
// GOMAXPROCS builds do theirs: more at once would only make each take
// longer, and every plugin serve later. It fails if ctx ends first.
func (h *Host) withCPU(ctx context.Context, work func() error) error {
	select {
	case h.cpuSem <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	defer func() { <-h.cpuSem }()
	return work()
}

// limits are the bounds of one plugin version: the host's, tightened by the
// feed item's config where it asks for less.
type limits struct {
	requestTimeout           time.Duration
	cpuLimit                 time.Duration
	minRuntimes, maxRuntimes int
	idleTimeout              time.Duration // negative: never
	maxInFlight              int           // requests in flight per runtime
	maxBodyBytes             int64
}

// limitsFor reads the optional "plugmux" object of an item's config:
//
//	{"plugmux": {"requestTimeoutMs": 2000, "cpuLimitMs": 500, "maxRuntimes": 2, "minRuntimes": 1,
//	             "maxRequestsPerRuntime": 50, "maxBodyBytes": 65536, "idleTimeoutMs": 10000}}
//
// A plugin may only tighten the host's limits (a larger value is capped at
// the host's), so a feed publisher cannot claim more than the host grants.
func (h *Host) limitsFor(it Item) (limits, error) {
	o := &h.opts
	l := limits{
		requestTimeout: o.RequestTimeout, cpuLimit: o.CPULimit,
		minRuntimes: o.MinRuntimes, maxRuntimes: o.MaxRuntimes, idleTimeout: o.IdleTimeout,
		maxInFlight: o.MaxRequestsPerRuntime, maxBodyBytes: o.MaxBodyBytes,
	}
	if len(it.Config) == 0 {
		return l, nil
	}
	var cfg struct {
		Plugmux *struct {
			RequestTimeoutMs      *int64 `json:"requestTimeoutMs"`
			CPULimitMs            *int64 `json:"cpuLimitMs"`
			MinRuntimes           *int   `json:"minRuntimes"`
			MaxRuntimes           *int   `json:"maxRuntimes"`
			MaxRequestsPerRuntime *int   `json:"maxRequestsPerRuntime"`
			MaxBodyBytes          *int64 `json:"maxBodyBytes"`
			IdleTimeoutMs         *int64 `json:"idleTimeoutMs"`
		} `json:"plugmux"`
	}
	if err := json.Unmarshal(it.Config, &cfg); err != nil || cfg.Plugmux == nil {
		return l, nil // a config that is not an object has no plugmux limits
	}
	dec := json.NewDecoder(bytes.NewReader(it.Config))
	var strict struct {
		Plugmux json.RawMessage `json:"plugmux"`
	}
	_ = dec.Decode(&strict)
	check := json.NewDecoder(bytes.NewReader(strict.Plugmux))
	check.DisallowUnknownFields()
	if err := check.Decode(cfg.Plugmux); err != nil {
		return l, fmt.Errorf("%w: config.plugmux: %w (known: requestTimeoutMs, cpuLimitMs, minRuntimes, maxRuntimes, maxRequestsPerRuntime, maxBodyBytes, idleTimeoutMs)", ErrInvalidItem, err)
	}
	p := cfg.Plugmux
	positive := func(name string, v int64) error {
		if v <= 0 {
			return fmt.Errorf("%w: config.plugmux.%s must be positive, got %d", ErrInvalidItem, name, v)
		}
		return nil
	}
	if v := p.RequestTimeoutMs; v != nil {
		if err := positive("requestTimeoutMs", *v); err != nil {
			return l, err
		}
		l.requestTimeout = min(l.requestTimeout, time.Duration(*v)*time.Millisecond)
	}
	if v := p.CPULimitMs; v != nil {
		if err := positive("cpuLimitMs", *v); err != nil {
			return l, err
		}
		l.cpuLimit = min(l.cpuLimit, time.Duration(*v)*time.Millisecond)
	}
	if v := p.MaxRequestsPerRuntime; v != nil {
		if err := positive("maxRequestsPerRuntime", int64(*v)); err != nil {
			return l, err
		}
		l.maxInFlight = min(l.maxInFlight, *v)
	}
	if v := p.MaxRuntimes; v != nil {
		if err := positive("maxRuntimes", int64(*v)); err != nil {
			return l, err
		}
		l.maxRuntimes = min(l.maxRuntimes, *v)
	}
	if v := p.MinRuntimes; v != nil {
		if *v < 0 {
			return l, fmt.Errorf("%w: config.plugmux.minRuntimes must not be negative, got %d", ErrInvalidItem, *v)
		}
		l.minRuntimes = *v
	}
	l.minRuntimes = min(l.minRuntimes, l.maxRuntimes)
	if v := p.IdleTimeoutMs; v != nil {
		if err := positive("idleTimeoutMs", *v); err != nil {
			return l, err
		}
		d := time.Duration(*v) * time.Millisecond
		if l.idleTimeout < 0 || d < l.idleTimeout {
			l.idleTimeout = d
		}
	}
	if v := p.MaxBodyBytes; v != nil {
		if err := positive("maxBodyBytes", *v); err != nil {
			return l, err
		}
		l.maxBodyBytes = min(l.maxBodyBytes, *v)
	}
	return l, nil
}

// acquire registers a request; it fails once the version is retired.
func (v *version) acquire() bool {
	if v.inflight.Add(1)&retiredBit != 0 {
		v.release()
		return false
	}
	return true
}

func (v *version) release() {
	if v.inflight.Add(-1) == retiredBit {
		v.drainOnce.Do(func() { close(v.drained) })
	}
}

// dropIdle drops a runtime that has been idle for its IdleTimeout, or
// past Options.MaxIdleRuntimes: its teardown runs, in the background (Close waits for it), then it is
// destroyed.
func (v *version) dropIdle(in *instance) {
	v.host.retiring.Go(func() {
		if err := in.runTeardown(); err != nil {
			v.log.Error("teardown of an idle runtime failed", "err", err)
		}
		in.destroy()
	})
}

// retire drains the version and tears it down: it waits for the requests in
// flight (up to Options.DrainTimeout), then runs teardown in every idle
// runtime and drops the runtimes.
func (v *version) retire() {
	if v.inflight.Or(retiredBit) == 0 {
		v.drainOnce.Do(func() { close(v.drained) })
	}
	timer := time.NewTimer(v.host.opts.DrainTimeout)
	defer timer.Stop()
	select {
	case <-v.drained:
	case <-timer.C:
		v.log.Warn("requests still running after the drain timeout; retiring anyway", "timeout", v.host.opts.DrainTimeout.String())
	}
	v.pool.Close(func(in *instance) {
		if err := in.runTeardown(); err != nil {
			v.log.Error("teardown failed", "err", err)
		}
	})
	v.host.versions.Delete(v)
	v.log.Info("plugin retired")
}
