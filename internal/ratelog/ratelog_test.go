package ratelog

import (
	"bytes"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"
)

type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

func TestOneLinePerKeyPerInterval(t *testing.T) {
	var buf bytes.Buffer
	a := New(slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{ReplaceAttr: func(_ []string, at slog.Attr) slog.Attr {
		if at.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return at
	}})), 10*time.Second)
	c := &clock{t: time.Unix(0, 0)}
	a.now = c.now
	for range 1000 {
		a.Add("refused app1", slog.LevelWarn, "plugin at capacity; request refused", "plugin", "app1")
	}
	a.Add("refused app2", slog.LevelWarn, "plugin at capacity; request refused", "plugin", "app2")
	a.Flush() // the interval is not over: nothing more
	if n := strings.Count(buf.String(), "\n"); n != 2 {
		t.Fatalf("after 1001 events in one interval: %d lines, want 2:\n%s", n, buf.String())
	}
	c.add(10 * time.Second)
	a.Flush()
	want := `level=WARN msg="plugin at capacity; request refused" plugin=app1
level=WARN msg="plugin at capacity; request refused" plugin=app2
level=WARN msg="plugin at capacity; request refused (repeated)" plugin=app1 count=999 interval=10s
`
	if buf.String() != want {
		t.Fatalf("log:\n%s\nwant:\n%s", buf.String(), want)
	}
	// Quiet keys are forgotten; the next event is written at once again.
	if len(a.pending) != 0 {
		t.Errorf("%d keys kept after a quiet interval", len(a.pending))
	}
	buf.Reset()
	a.Add("refused app1", slog.LevelWarn, "again", "plugin", "app1")
	a.Add("refused app1", slog.LevelWarn, "again", "plugin", "app1")
	c.add(11 * time.Second)
	a.Add("refused app1", slog.LevelWarn, "again", "plugin", "app1") // ends the interval: writes its count, then itself
	want = `level=WARN msg=again plugin=app1
level=WARN msg="again (repeated)" plugin=app1 count=1 interval=10s
level=WARN msg=again plugin=app1
`
	if buf.String() != want {
		t.Fatalf("log:\n%s\nwant:\n%s", buf.String(), want)
	}
}
