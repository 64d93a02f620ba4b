package plugmux

import (
	"net/http"
	"runtime"
	"runtime/debug"
	rtmetrics "runtime/metrics"
	"strings"
	"testing"
	"time"
)

// Hostile requests against a real host: each gets its answer, the host
// lives, and a neighbour plugin answers meanwhile.
func TestHostileRequestsAreContained(t *testing.T) {
	t.Parallel()
	e := newEnv(t, func(o *Options) { o.RequestTimeout = 3 * time.Second })
	e.publish("neighbour", "1.0.0", `export function setup(r) { r.get("/", (q, s) => s.send("fine")); }`)
	e.waitChange(Installed, "neighbour")
	e.publish("hostile", "1.0.0", `import { json } from "express";
		const caught = (f) => (req, res) => { try { f(); res.send("no error"); } catch (e) { res.send(e.name + ": " + e.message); } };
		export function setup(r) {
			r.get("/arraybuffer", caught(() => new ArrayBuffer(2 ** 40)));
			r.get("/typed", caught(() => new Uint8Array(2 ** 36)));
			r.get("/buffer", caught(() => Buffer.alloc(2 ** 36)));
			r.get("/pad", caught(() => "".padEnd(2 ** 40, "x")));
			r.get("/join", caught(() => new Array(2 ** 32 - 1).join("ab")));
			r.get("/uncaught", () => { new ArrayBuffer(2 ** 40); });
			r.get("/regexp", (req, res) => res.send(String(/(a+)+\1$/.test("a".repeat(40) + "b"))));
			r.post("/json", json({ limit: "2mb" }), (req, res) => res.send("parsed"));
			r.get("/timers", caught(() => { for (let i = 0; i < 20000; i++) setTimeout(() => {}, 60000); }));
		}`)
	e.waitChange(Installed, "hostile")
	for _, c := range []struct {
		path   string
		status int
		prefix string
	}{
		{"/hostile/arraybuffer", 200, "RangeError: "},
		{"/hostile/typed", 200, "RangeError: "},
		{"/hostile/buffer", 200, "RangeError: "},
		{"/hostile/pad", 200, "RangeError: "},
		{"/hostile/join", 200, "RangeError: "},
		{"/hostile/uncaught", 500, "<!DOCTYPE html>"},
		{"/hostile/timers", 200, "RangeError: too many timers"},
	} {
		status, body := e.get(c.path)
		if status != c.status || !strings.HasPrefix(body, c.prefix) {
			t.Errorf("GET %s = %d %q, want %d %q…", c.path, status, body, c.status, c.prefix)
		}
		e.expect("/neighbour/", 200, "fine")
	}

	// A backtracking regular expression: bounded by the match time limit,
	// not run forever.
	start := time.Now()
	status, _ := e.get("/hostile/regexp")
	if took := time.Since(start); took > 3*time.Second+time.Second {
		t.Errorf("the backtracking regexp held its request %v (status %d)", took, status)
	}
	e.expect("/neighbour/", 200, "fine")

	// A megabyte of nested [ to express.json(): refused before parsing.
	resp, err := http.Post(e.api.URL+"/api/hostile/json", "application/json", strings.NewReader(strings.Repeat("[", 1<<20)))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 400 {
		t.Errorf("a megabyte of [ = %d, want 400", resp.StatusCode)
	}
	e.expect("/neighbour/", 200, "fine")
}

// heapBytes is what the memory watchdog measures.
func heapBytes() uint64 {
	s := []rtmetrics.Sample{{Name: "/memory/classes/total:bytes"}, {Name: "/memory/classes/heap/released:bytes"}}
	rtmetrics.Read(s)
	return s[0].Value.Uint64() - s[1].Value.Uint64()
}

// An allocation loop is stopped by the memory watchdog: 503, the plugin
// refused for a moment, the host alive and its neighbour fine, and the
// memory released afterwards.
func TestMemoryWatchdogStopsAnAllocationLoop(t *testing.T) {
	if testing.Short() {
		t.Skip("allocates a few hundred megabytes")
	}
	runtime.GC()
	base := heapBytes()
	threshold := base + 300<<20
	e := newEnv(t, func(o *Options) {
		o.MemoryThresholdBytes = threshold
		o.RequestTimeout = time.Minute
		o.CPULimit = time.Minute
	})
	e.publish("neighbour", "1.0.0", `export function setup(r) { r.get("/", (q, s) => s.send("fine")); }`)
	e.waitChange(Installed, "neighbour")
	e.publish("hog", "1.0.0", `export function setup(r) {
		r.get("/", (req, res) => { const keep = []; for (;;) keep.push(new Uint8Array(1 << 20).fill(1)); });
	}`)
	e.waitChange(Installed, "hog")
	status, _ := e.get("/hog/")
	if status != http.StatusServiceUnavailable {
		t.Fatalf("the allocation loop answered %d, want 503", status)
	}
	e.expect("/neighbour/", 200, "fine")
	if !strings.Contains(e.logs.String(), "memory past the threshold") {
		t.Error("the watchdog's stop was not logged")
	}
	// The discarded runtime is dropped once its request is done: its
	// memory goes back (a GC, and the freed pages to the system).
	deadline := time.Now().Add(waitTimeout)
	for {
		debug.FreeOSMemory()
		after := heapBytes()
		if after <= base+100<<20 {
			break
		}
		if time.Now().After(deadline) {
			t.Errorf("memory after the stop: %d MiB above the baseline", (after-base)>>20)
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
}
