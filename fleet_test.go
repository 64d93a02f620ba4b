package plugmux

import (
	"fmt"
	"net/http/httptest"
	"slices"
	"testing"
	"time"

	"github.com/plugmux/plugmux/internal/feedserver"
)

// TestFleetConverges starts three hosts following one feed, as replicas
// behind a load balancer would, publishes new versions and measures the
// time from the publish to all three serving it. The figures are logged
// (go test -run TestFleetConverges -v); the test asserts convergence, not a
// duration.
func TestFleetConverges(t *testing.T) {
	fsrv := feedserver.New(feedserver.Options{})
	defer fsrv.Close()
	srv := httptest.NewServer(fsrv)
	defer srv.Close()
	feedURL := srv.URL + feedserver.FeedPath(testFeed)
	publish := func(version string) {
		t.Helper()
		src := `export function setup(r, ctx) { r.get("/v", (q, s) => s.send(ctx.version)); }`
		if _, err := fsrv.Publish(testFeed, feedserver.Package{Name: "svc", Version: version, Main: "index.js", Files: map[string][]byte{"index.js": []byte(src)}}); err != nil {
			t.Fatal(err)
		}
	}
	publish("1.0.0")
	var fleet []*hostRun
	for range 3 {
		r := runHost(t, feedURL)
		r.wait(t, Installed, "svc", "1.0.0")
		fleet = append(fleet, r)
	}
	for _, r := range fleet { // every replica follows the websocket
		waitFor(t, func() bool { return r.host.Status().Feed.State == FeedWebsocket })
	}

	const rounds = 20
	var worst []time.Duration
	for i := range rounds {
		version := fmt.Sprintf("1.%d.0", i+1)
		start := time.Now()
		publish(version)
		var last time.Duration
		for _, r := range fleet {
			r.wait(t, Updated, "svc", version)
			last = max(last, time.Since(start))
		}
		worst = append(worst, last)
		for j, r := range fleet {
			if code, body := r.get(t, "/svc/v"); code != 200 || body != version {
				t.Fatalf("round %d: host %d answers %d %q, want %s", i, j, code, body, version)
			}
		}
	}
	slices.Sort(worst)
	r := func(d time.Duration) time.Duration { return d.Round(time.Microsecond) }
	t.Logf("publish → all 3 hosts serving the new version, %d rounds: min %v, median %v, p90 %v, max %v",
		rounds, r(worst[0]), r(worst[rounds/2]), r(worst[rounds*9/10]), r(worst[rounds-1]))
}
