package plugmux

import (
	"context"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"

	"github.com/plugmux/plugmux/internal/feedserver"
)

// TestStartReusesFeedConnections installs many plugins with the default
// HTTPClient and counts the connections the feed's server accepts: the
// builds that download at once each keep theirs for the next download,
// rather than dialling one per module (Go's default transport keeps two
// idle connections per host).
func TestStartReusesFeedConnections(t *testing.T) {
	const k, builds = 120, 6
	var conns atomic.Int64
	srv := httptest.NewUnstartedServer(scaleFeed(t, k))
	srv.Config.ConnState = func(_ net.Conn, s http.ConnState) {
		if s == http.StateNew {
			conns.Add(1)
		}
	}
	srv.Start()
	t.Cleanup(srv.Close)
	h, err := New(Options{FeedURL: srv.URL + feedserver.FeedPath(testFeed), BuildConcurrency: builds, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	if err := h.Sync(context.Background()); err != nil {
		t.Fatal(err)
	}
	if n := len(h.Plugins()); n != k {
		t.Fatalf("%d plugins installed, want %d", n, k)
	}
	// the feed's download, then at most one connection per build
	if n := conns.Load(); n > builds+1 {
		t.Errorf("the feed's server accepted %d connections for %d downloads by %d builds at once, want at most %d", n, k+1, builds, builds+1)
	}
	h.Close()
	t.Logf("%d connections for %d downloads", conns.Load(), k+1)
}
