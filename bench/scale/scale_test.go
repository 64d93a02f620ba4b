package main

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"
	"time"
)

// The wrk reports in testdata were written by wrk 4 (wrk --latency)
// against small Node servers: one answering 200, one answering 500 to
// every third request, one answering after 1.5 s with --timeout 1s.
func TestParseWrk(t *testing.T) {
	for _, tc := range []struct {
		file string
		want wrkResult
	}{
		{"wrk-ok.txt", wrkResult{requests: 66832, rps: 64372.27, p99: 30620 * time.Microsecond}},
		{"wrk-non2xx.txt", wrkResult{requests: 79369, rps: 72162.36, p99: 3700 * time.Microsecond, bad: 26457}},
		{"wrk-timeouts.txt", wrkResult{requests: 8, rps: 3.99, p99: 0, bad: 8}},
	} {
		b, err := os.ReadFile("testdata/" + tc.file)
		if err != nil {
			t.Fatal(err)
		}
		got, err := parseWrk(string(b))
		if err != nil {
			t.Fatalf("%s: %v", tc.file, err)
		}
		if got != tc.want {
			t.Errorf("%s: got %+v, want %+v", tc.file, got, tc.want)
		}
	}
	if _, err := parseWrk("unable to connect to 127.0.0.1:1 Connection refused\n"); err == nil {
		t.Error("a wrk output without figures parsed without error")
	}
}

// TestWrkLive runs the real wrk against a loopback server, one that
// answers 200 and one that answers 404, when wrk is installed.
func TestWrkLive(t *testing.T) {
	if _, err := exec.LookPath("wrk"); err != nil {
		t.Skip("wrk is not installed")
	}
	ok := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "hello") }))
	t.Cleanup(ok.Close)
	missing := httptest.NewServer(http.NotFoundHandler())
	t.Cleanup(missing.Close)

	r, err := wrk(context.Background(), 4, time.Second, ok.URL)
	if err != nil {
		t.Fatal(err)
	}
	if r.rps <= 0 || r.p99 <= 0 || r.bad != 0 {
		t.Errorf("200 server: %+v, want a rate, a p99 and no failures", r)
	}
	r, err = wrk(context.Background(), 4, time.Second, missing.URL)
	if err != nil {
		t.Fatal(err)
	}
	if r.bad == 0 {
		t.Errorf("404 server: %+v, want failures counted", r)
	}
}

func TestParseRSS(t *testing.T) {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Skip("no /proc:", err)
	}
	rss, err := parseRSS(string(b))
	if err != nil {
		t.Fatal(err)
	}
	if rss < 1<<20 || rss > 1<<40 {
		t.Errorf("VmRSS of the test process: %d bytes, want between 1 MiB and 1 TiB", rss)
	}
	got, err := parseRSS("Name:\tx\nVmRSS:\t  1234 kB\nVmData:\t1 kB\n")
	if err != nil || got != 1234<<10 {
		t.Errorf("VmRSS 1234 kB: %d, %v", got, err)
	}
	for _, bad := range []string{"Name:\tx\n", "VmRSS:\t12 MB\n", "VmRSS:\tx kB\n"} {
		if _, err := parseRSS(bad); err == nil {
			t.Errorf("%q parsed without error", bad)
		}
	}
}

func TestParseCPU(t *testing.T) {
	b, err := os.ReadFile("/proc/self/stat")
	if err != nil {
		t.Skip("no /proc:", err)
	}
	before, err := parseCPU(string(b))
	if err != nil {
		t.Fatal(err)
	}
	for start := time.Now(); time.Since(start) < 100*time.Millisecond; { // burn CPU
	}
	b, _ = os.ReadFile("/proc/self/stat")
	after, err := parseCPU(string(b))
	if err != nil {
		t.Fatal(err)
	}
	if after <= before {
		t.Errorf("CPU time %s after 100 ms of spinning, %s before", after, before)
	}
	// A command name with spaces and a parenthesis; utime 250, stime 50.
	got, err := parseCPU("42 (a (b) c) S 1 42 42 0 -1 4194560 100 0 0 0 250 50 0 0 20 0 1 0 99 1000 10")
	if err != nil || got != 3*time.Second {
		t.Errorf("parseCPU: %s, %v, want 3s", got, err)
	}
	if _, err := parseCPU("42 (x) S 1 2"); err == nil {
		t.Error("a short stat parsed without error")
	}
}

func TestCountCPUs(t *testing.T) {
	for _, tc := range []struct {
		list string
		want int
	}{{"0", 1}, {"0-1", 2}, {"0-3,8,10-11", 7}} {
		if got, err := countCPUs(tc.list); err != nil || got != tc.want {
			t.Errorf("countCPUs(%q) = %d, %v, want %d", tc.list, got, err, tc.want)
		}
	}
	for _, bad := range []string{"", "a", "3-1", "0-"} {
		if _, err := countCPUs(bad); err == nil {
			t.Errorf("countCPUs(%q): no error", bad)
		}
	}
}

func TestParseKs(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []int
	}{{"1 1000", []int{1, 1000}}, {"1000", []int{1, 1000}}, {"10000,1000 1000", []int{1, 1000, 10000}}, {"", []int{1}}} {
		if got, err := parseKs(tc.in); err != nil || !slices.Equal(got, tc.want) {
			t.Errorf("parseKs(%q) = %v, %v, want %v", tc.in, got, err, tc.want)
		}
	}
	for _, bad := range []string{"0", "-5", "x", "100000"} {
		if _, err := parseKs(bad); err == nil {
			t.Errorf("parseKs(%q): no error", bad)
		}
	}
}

func TestSchedule(t *testing.T) {
	odd := schedule([]int{1, 1000}, []string{"plugmux", "node"}, 1)
	want := []job{{1, "plugmux"}, {1, "node"}, {1000, "plugmux"}, {1000, "node"}}
	if !slices.Equal(odd, want) {
		t.Errorf("round 1: %v, want %v", odd, want)
	}
	slices.Reverse(want)
	if even := schedule([]int{1, 1000}, []string{"plugmux", "node"}, 2); !slices.Equal(even, want) {
		t.Errorf("round 2: %v, want %v", even, want)
	}
}

func TestMedian(t *testing.T) {
	for _, tc := range []struct {
		xs   []float64
		want float64
	}{{nil, 0}, {[]float64{3}, 3}, {[]float64{5, 1, 3}, 3}, {[]float64{4, 1, 3, 2}, 2.5}} {
		if got := median(tc.xs); got != tc.want {
			t.Errorf("median(%v) = %v, want %v", tc.xs, got, tc.want)
		}
	}
}

func TestSummarize(t *testing.T) {
	const kb = 1024
	var all []sample
	for round, f := range []float64{1, 1.1, 0.9} { // the median round is f=1
		all = append(all,
			sample{K: 1, Host: "plugmux", Round: round + 1, Ready: time.Duration(f * float64(50*time.Millisecond)), ReadyCPU: 40 * time.Millisecond,
				First: time.Duration(f * float64(10*time.Millisecond)), FirstCPU: 5 * time.Millisecond,
				RSS: [3]int64{20 << 20, 21 << 20, 30 << 20}, Heap: [3]int64{2 << 20, 2 << 20, 3 << 20}, RPS: f * 20000, P99: 2 * time.Millisecond,
				CPUPerReq: time.Duration(f * float64(40*time.Microsecond)), IdleCPU: 0.001, RSSIdle: 19 << 20, HeapIdle: 1 << 20},
			sample{K: 101, Host: "plugmux", Round: round + 1, Ready: time.Duration(f * float64(830*time.Millisecond)), ReadyCPU: 700 * time.Millisecond,
				First: time.Duration(f * float64(420*time.Millisecond)), FirstCPU: 310 * time.Millisecond,
				RSS: [3]int64{20<<20 + 100*140*kb, 21<<20 + 100*230*kb, 40 << 20}, Heap: [3]int64{2<<20 + 100*90*kb, 2<<20 + 100*120*kb, 0},
				RPS: f * 18600, P99: 3 * time.Millisecond, CPUPerReq: time.Duration(f * float64(44*time.Microsecond)), IdleCPU: f * 0.05,
				RSSIdle: 19<<20 + 100*20*kb, HeapIdle: 1<<20 + 100*15*kb})
	}
	// A failed round is left out of the medians, and said; a host that
	// always failed is said too.
	all = append(all, sample{K: 101, Host: "plugmux", Round: 4, Ready: time.Hour, RPS: 1, Err: "boom"},
		sample{K: 1, Host: "node", Round: 1, Err: "boom"}, sample{K: 101, Host: "node", Round: 1, Err: "boom"})
	got := summarize(all, []int{1, 101}, []string{"plugmux", "node"})
	want := []string{
		"K=1 plugmux: all serving 0.05 s (CPU 0.04 s), first request to each 0.01 s (CPU 0.01 s), idle CPU 0.1 %, RSS 20.0 MB ready, 21.0 MB after traffic, heap 2048 KB ready, 2048 KB after traffic, 20000 req/s, p99 2.0 ms, CPU/request 40 µs, after idle RSS 19.0 MB, heap 1024 KB | node: FAILED (see the round lines and the host's log)",
		"K=101 plugmux: all serving 0.83 s (CPU 0.70 s), first request to each 0.42 s (CPU 0.31 s), idle CPU 5.0 %, RSS/plugin 140 KB ready, 230 KB after traffic, heap/plugin 90 KB ready, 120 KB after traffic, rate K/1 0.93 [rounds 0.93–0.93] (18600 req/s, p99 3.0 ms vs 2.0 ms), CPU/request K/1 1.10 (44 µs vs 40 µs), RSS after load 40.0 MB, after idle RSS/plugin 20 KB, heap/plugin 15 KB, 1 of 4 rounds FAILED | node: FAILED (see the round lines and the host's log)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("summarize:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestFeed reads the benchmark's feed over HTTP: K items per feed, each
// linking a distinct module with its own hello route.
func TestFeed(t *testing.T) {
	urls, closeFeed, err := startFeed([]int{1, 3})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(closeFeed)
	for k, want := range map[int][]string{1: {"p00000"}, 3: {"p00000", "p00001", "p00002"}} {
		resp, err := http.Get(urls[k])
		if err != nil {
			t.Fatal(err)
		}
		var feed struct {
			Items []struct{ Name, Link, Integrity string }
		}
		err = json.NewDecoder(resp.Body).Decode(&feed)
		resp.Body.Close()
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, it := range feed.Items {
			names = append(names, it.Name)
			resp, err := http.Get(it.Link)
			if err != nil {
				t.Fatal(err)
			}
			src, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if string(src) != pluginSource(it.Name) || !strings.Contains(string(src), "Hello from "+it.Name+"!") {
				t.Errorf("K=%d %s: module %q", k, it.Name, src)
			}
			if !strings.HasPrefix(it.Integrity, "sha") {
				t.Errorf("K=%d %s: integrity %q", k, it.Name, it.Integrity)
			}
		}
		slices.Sort(names)
		if !slices.Equal(names, want) {
			t.Errorf("feed K=%d lists %v, want %v", k, names, want)
		}
	}
}

func TestPollInterval(t *testing.T) {
	for _, tc := range []struct{ elapsed, want time.Duration }{
		{0, 5 * time.Millisecond},
		{500 * time.Millisecond, 5 * time.Millisecond},
		{4 * time.Second, 20 * time.Millisecond},
		{time.Minute, 100 * time.Millisecond},
	} {
		if got := pollInterval(tc.elapsed); got != tc.want {
			t.Errorf("pollInterval(%s) = %s, want %s", tc.elapsed, got, tc.want)
		}
	}
}

// TestMeasure measures the real hosts with K=3: bench/scalehost, built
// here, and the Node host when node and bench/node's packages (npm ci)
// are installed. It needs wrk.
func TestMeasure(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the hosts")
	}
	if _, err := exec.LookPath("wrk"); err != nil {
		t.Skip("wrk is not installed")
	}
	bin := t.TempDir() + "/scalehost"
	if out, err := exec.Command("go", "build", "-o", bin, "../scalehost").CombinedOutput(); err != nil {
		t.Fatalf("go build ../scalehost: %v\n%s", err, out)
	}
	const k = 3
	urls, closeFeed, err := startFeed([]int{k})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(closeFeed)
	c := config{duration: time.Second, idle: 100 * time.Millisecond, conns: 4, scalehost: bin, nodeScript: "../node/scale.js", target: "last", logDir: t.TempDir()}
	hosts := []string{"plugmux"}
	if _, err := exec.LookPath("node"); err == nil {
		if _, err := os.Stat("../node/node_modules/express"); err == nil {
			hosts = append(hosts, "node", "node-vm")
		}
	}
	for _, h := range hosts {
		s, err := measure(context.Background(), c, job{k, h}, urls[k])
		if err != nil {
			t.Fatalf("%s: %v", h, err)
		}
		if s.Ready <= 0 || s.First <= 0 || s.RPS <= 0 || s.P99 <= 0 || s.Bad != 0 || s.CPUPerReq <= 0 || s.IdleCPU < 0 || s.IdleCPU > 2 {
			t.Errorf("%s: %s", h, s)
		}
		for i := range 3 {
			if s.RSS[i] < 1<<20 || s.Heap[i] < 100<<10 || s.Heap[i] > s.RSS[i] {
				t.Errorf("%s: RSS %v and heap %v: want RSS ≥ 1 MiB above a heap ≥ 100 KiB", h, s.RSS, s.Heap)
			}
		}
		t.Logf("%s", s)
	}
}
