package plugmux

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

// status returns the status of one plugin.
func pluginStatus(h *Host, name string) PluginStatus {
	for _, p := range h.Status().Plugins {
		if p.Name == name {
			return p
		}
	}
	return PluginStatus{}
}

func TestALinkThatNeverAnswersHoldsUpNoOtherPlugin(t *testing.T) {
	hang := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done() // accepts, never answers
	}))
	t.Cleanup(hang.Close) // after the host's cleanup, which ends the request
	e := newEnv(t, func(o *Options) { o.BuildTimeout = time.Minute })
	e.setItem(Item{Name: "stuck", Version: "1.0.0", Link: hang.URL + "/index.js"})
	waitFor(t, func() bool { return pluginStatus(e.host, "stuck").State == StateUpdating })

	// While stuck builds, other plugins install, update and go.
	e.publish("free", "1.0.0", `export function setup(r) { r.get("/", (q, s) => s.send("free 1")); }`)
	e.waitVersion(Installed, "free", "1.0.0")
	e.publish("free", "1.1.0", `export function setup(r) { r.get("/", (q, s) => s.send("free 1.1")); }`)
	e.waitVersion(Updated, "free", "1.1.0")
	e.expect("/free/", 200, "free 1.1")
	if err := e.feed.Remove(testFeed, "free"); err != nil {
		t.Fatal(err)
	}
	e.waitVersion(Removed, "free", "1.1.0")
	if p := pluginStatus(e.host, "stuck"); p.State != StateUpdating || p.Serving != "" {
		t.Errorf("stuck meanwhile: %+v", p)
	}
	// Close stops the download at once (the cleanup would hang otherwise).
}

func TestABuildPastBuildTimeoutIsAbandoned(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	e := newEnv(t, func(o *Options) {
		o.BuildTimeout = 300 * time.Millisecond
		o.Modules = map[string]Module{
			// A host module whose Go code ignores every interrupt: the
			// worst a build can do.
			"host:block": func(ModuleContext) (any, error) {
				<-release
				return map[string]any{}, nil
			},
		}
	})
	e.publish("frozen", "1.0.0", `import "host:block"; export function setup(r) { r.get("/", (q, s) => s.send("never")); }`)
	e.publish("fine", "1.0.0", `export function setup(r) { r.get("/", (q, s) => s.send("fine")); }`)
	c := e.waitVersion(Failed, "frozen", "1.0.0")
	var pe *PluginError
	if !errors.As(c.Err, &pe) || !errors.Is(c.Err, ErrTimeout) {
		t.Fatalf("frozen failed with %v, want a PluginError wrapping ErrTimeout", c.Err)
	}
	e.expect("/fine/", 200, "fine")
	p := pluginStatus(e.host, "frozen")
	if p.State != StateFailed || p.Serving != "" {
		t.Errorf("frozen: %+v (an abandoned build is not retried until its item changes)", p)
	}
	// Close returns although the abandoned build still blocks.
	closed := make(chan struct{})
	go func() { e.host.Close(); close(closed) }()
	select {
	case <-closed:
	case <-time.After(waitTimeout):
		t.Fatal("Close waited for an abandoned build")
	}
}

func TestALinkThatNeverAnswersFailsAtBuildTimeoutAndIsRetried(t *testing.T) {
	hang := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done()
	}))
	t.Cleanup(hang.Close)
	e := newEnv(t, func(o *Options) { o.BuildTimeout = 200 * time.Millisecond })
	e.setItem(Item{Name: "stuck", Version: "1.0.0", Link: hang.URL + "/index.js"})
	c := e.waitVersion(Failed, "stuck", "1.0.0")
	if !errors.Is(c.Err, ErrTimeout) {
		t.Fatalf("err = %v, want ErrTimeout", c.Err)
	}
	// A download may work next time: the host retries, with backoff.
	e.waitVersion(Failed, "stuck", "1.0.0")
	if p := pluginStatus(e.host, "stuck"); p.State != StateRetrying && p.State != StateUpdating {
		t.Errorf("stuck: %+v", p)
	}
}
