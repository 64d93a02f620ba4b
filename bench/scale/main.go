// Command scale runs the scale benchmark (start it through bench/scale.sh,
// which builds and pins everything): for each K it serves a feed of K
// one-route plugins, starts the plugmux host (bench/scalehost) and the
// Node/Express host (bench/node/scale.js; with -hosts …,node-vm also with
// a vm context per plugin) against it in turn, and measures for each
//
//   - the time from process start until all K plugins serve (the host's
//     /readyz, polled every 5 ms at first and then ever less often, then
//     checked by a request to every plugin);
//   - RSS (/proc/PID/status VmRSS) and live heap (the host's /debug/mem,
//     after a forced collection) at ready, after one request to each plugin,
//     and after the load;
//   - requests per second and p99 latency of wrk on one plugin's hello route
//     (-target: the middle plugin of the feed by default; the place matters
//     to the Node host, since Express walks its app's stack for every
//     request, not to plugmux, which looks the plugin up in a map).
//
// K=1 always runs too: per-plugin figures are (value at K − value at 1) ÷
// (K − 1), and the rate ratio is rate at K ÷ rate at 1, all from medians
// over the rounds of the same run. Rounds alternate the order of the hosts
// and of the Ks, so that a noisy machine hits all alike.
//
//	scale -k "1 1000" -rounds 3 -duration 5s -scalehost BIN -node-script bench/node/scale.js
//
// With -feed-only it serves the feeds (k1, k1000, …) and waits, for trying
// a host by hand.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/plugmux/plugmux/internal/feedserver"
)

// config is the command line.
type config struct {
	ks              []int
	rounds          int
	duration        time.Duration
	conns           int
	hosts           []string
	scalehost       string
	nodeScript      string
	pin             bool
	feedOnly        bool
	target          string
	idle            time.Duration
	idleWait        time.Duration
	plugmuxArgs     []string
	minAvailable    int64
	jsonOut, logDir string
}

func main() {
	var c config
	ks := flag.String("k", "1 1000", "numbers of plugins, space- or comma-separated (K=1 is always added)")
	hosts := flag.String("hosts", "plugmux,node", "hosts to measure, comma-separated: plugmux, node, node-vm (Node with a vm context per plugin)")
	flag.IntVar(&c.rounds, "rounds", 3, "rounds; figures are medians over them")
	flag.DurationVar(&c.duration, "duration", 5*time.Second, "wrk duration of one load")
	flag.IntVar(&c.conns, "c", 32, "wrk connections")
	flag.StringVar(&c.scalehost, "scalehost", "", "the bench/scalehost binary")
	flag.StringVar(&c.nodeScript, "node-script", "bench/node/scale.js", "the Node host")
	flag.BoolVar(&c.pin, "pin", true, "pin each host to CPU 0 with taskset (if available and there are 2 CPUs or more)")
	flag.BoolVar(&c.feedOnly, "feed-only", false, "serve the feeds, print their URLs and wait")
	flag.StringVar(&c.jsonOut, "json", "", "also write every measurement to this JSON file")
	flag.DurationVar(&c.idle, "idle", 3*time.Second, "how long to measure the CPU an idle host uses, after one request to each plugin")
	flag.DurationVar(&c.idleWait, "idle-wait", 0, "if set, wait this long after the load and measure memory again (set it past scalehost's -idle-timeout to see idle runtimes dropped)")
	plugmuxArgs := flag.String("plugmux-args", "", "more arguments for bench/scalehost, space-separated (-idle-timeout 5s -drop-setup-runtime -min-runtimes 1)")
	flag.StringVar(&c.target, "target", "middle", "the plugin loaded with wrk: first, middle or last of the feed")
	flag.Int64Var(&c.minAvailable, "min-available-mb", 1024, "stop if the machine's available memory falls below this many MiB (a shared machine)")
	flag.StringVar(&c.logDir, "logs", os.TempDir(), "directory for the hosts' output (plugmux-scale-HOST-K.log)")
	flag.Parse()
	if c.duration < time.Second || c.rounds < 1 {
		log.Fatal("-duration must be 1s or more (wrk takes whole seconds), and -rounds 1 or more")
	}
	c.plugmuxArgs = strings.Fields(*plugmuxArgs)
	if c.target != "first" && c.target != "middle" && c.target != "last" {
		log.Fatalf("-target %q: want first, middle or last", c.target)
	}
	c.minAvailable <<= 20
	var err error
	if c.ks, err = parseKs(*ks); err != nil {
		log.Fatal(err)
	}
	for _, h := range strings.Split(*hosts, ",") {
		if h = strings.TrimSpace(h); h != "plugmux" && h != "node" && h != "node-vm" {
			log.Fatalf("-hosts: unknown host %q", h)
		}
		c.hosts = append(c.hosts, strings.TrimSpace(h))
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, c); err != nil {
		log.Fatal(err)
	}
}

// parseKs reads "1 1000,10000" into [1 1000 10000], sorted, with 1 added.
func parseKs(s string) ([]int, error) {
	ks := []int{1}
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' }) {
		k, err := strconv.Atoi(f)
		if err != nil || k < 1 || k > 99999 {
			return nil, fmt.Errorf("-k: %q is not a number of plugins from 1 to 99999", f)
		}
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return slices.Compact(ks), nil
}

func run(ctx context.Context, c config) error {
	feedURLs, closeFeed, err := startFeed(c.ks)
	if err != nil {
		return err
	}
	defer closeFeed()
	if c.feedOnly {
		for _, k := range c.ks {
			fmt.Printf("K=%d %s\n", k, feedURLs[k])
		}
		<-ctx.Done()
		return nil
	}
	if slices.Contains(c.hosts, "plugmux") && c.scalehost == "" {
		return errors.New("-scalehost is required to measure plugmux")
	}
	if c.pin {
		if _, err := exec.LookPath("taskset"); err != nil || onlineCPUs() < 2 {
			log.Printf("not pinning: taskset missing or fewer than 2 CPUs")
			c.pin = false
		}
	}
	var all []sample
	for round := 1; round <= c.rounds; round++ {
		for _, j := range schedule(c.ks, c.hosts, round) {
			s, err := measure(ctx, c, j, feedURLs[j.k])
			if ctx.Err() != nil {
				return ctx.Err()
			}
			s.Round = round
			if err != nil { // one failure does not lose the rest of a long run
				s.Err = err.Error()
				fmt.Fprintf(os.Stderr, "round %d: K=%d %s FAILED: %v\n", round, j.k, j.host, err)
			} else {
				fmt.Fprintf(os.Stderr, "round %d: %s\n", round, s)
			}
			all = append(all, s)
		}
	}
	if c.jsonOut != "" {
		b, err := json.MarshalIndent(all, "", "  ")
		if err != nil {
			return err
		}
		if err := os.WriteFile(c.jsonOut, append(b, '\n'), 0o644); err != nil {
			return err
		}
	}
	fmt.Printf("scale benchmark: %d rounds, wrk -c%d -d%s on the %s plugin's hello route; medians; per plugin = (at K − at 1) ÷ (K − 1)\n",
		c.rounds, c.conns, c.duration, c.target)
	for _, line := range summarize(all, c.ks, c.hosts) {
		fmt.Println(line)
	}
	if b, err := os.ReadFile("/proc/loadavg"); err == nil {
		fmt.Printf("load average at the end (1, 5, 15 min): %s\n", strings.Join(strings.Fields(string(b))[:3], " "))
	}
	return nil
}

// job is one measurement: a host with K plugins.
type job struct {
	k    int
	host string
}

// schedule is the order of the jobs of a round: every K with every host,
// reversed in even rounds.
func schedule(ks []int, hosts []string, round int) []job {
	var js []job
	for _, k := range ks {
		for _, h := range hosts {
			js = append(js, job{k, h})
		}
	}
	if round%2 == 0 {
		slices.Reverse(js)
	}
	return js
}

// onlineCPUs is the number of CPUs of the machine, whatever this process
// is pinned to (bench/scale.sh pins it to CPU 1).
func onlineCPUs() int {
	b, err := os.ReadFile("/sys/devices/system/cpu/online")
	if err != nil {
		return 1
	}
	n, err := countCPUs(strings.TrimSpace(string(b)))
	if err != nil {
		return 1
	}
	return n
}

// countCPUs counts the CPUs of a Linux CPU list, "0-3,8,10-11".
func countCPUs(list string) (int, error) {
	n := 0
	for _, r := range strings.Split(list, ",") {
		lo, hi, isRange := strings.Cut(r, "-")
		a, err := strconv.Atoi(lo)
		if err != nil {
			return 0, fmt.Errorf("CPU list %q: %w", list, err)
		}
		b := a
		if isRange {
			if b, err = strconv.Atoi(hi); err != nil {
				return 0, fmt.Errorf("CPU list %q: %w", list, err)
			}
		}
		if b < a {
			return 0, fmt.Errorf("CPU list %q: range %s is backwards", list, r)
		}
		n += b - a + 1
	}
	return n, nil
}

// pluginName is the name of the i-th plugin of a feed; bench/scalehost
// names the plugins it requires the same way.
func pluginName(i int) string { return fmt.Sprintf("p%05d", i) }

// pluginSource is the entry module of plugin name: one hello route whose
// answer names the plugin, so that no two plugins have the same bytes.
func pluginSource(name string) string {
	return `export function setup(router) {
  router.get("/hello", (req, res) => res.send("Hello from ` + name + `!"));
}
`
}

// startFeed serves, on a loopback port of this process, one feed per K
// (named kK) with the plugins p00000 … p(K-1), and returns their URLs.
func startFeed(ks []int) (map[int]string, func(), error) {
	srv := feedserver.New(feedserver.Options{})
	start := time.Now()
	n := 0
	for _, k := range ks {
		for i := range k {
			name := pluginName(i)
			_, err := srv.Publish(fmt.Sprintf("k%d", k), feedserver.Package{Name: name, Version: "1.0.0",
				Files: map[string][]byte{"index.js": []byte(pluginSource(name))}})
			if err != nil {
				srv.Close()
				return nil, nil, fmt.Errorf("feed: %w", err)
			}
			n++
		}
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		srv.Close()
		return nil, nil, err
	}
	hs := &http.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second}
	go hs.Serve(ln)
	urls := map[int]string{}
	for _, k := range ks {
		urls[k] = "http://" + ln.Addr().String() + feedserver.FeedPath(fmt.Sprintf("k%d", k))
	}
	log.Printf("feed: %d plugins published in %s, on %s", n, time.Since(start).Round(time.Millisecond), ln.Addr())
	return urls, func() { hs.Close(); srv.Close() }, nil
}

// sample is one measurement of a host with K plugins.
type sample struct {
	K     int    `json:"k"`
	Host  string `json:"host"`
	Round int    `json:"round"`
	// Ready is the time from starting the process until all K serve, and
	// ReadyCPU the CPU time the process used until then: on a busy shared
	// machine the CPU time is the steadier figure.
	Ready    time.Duration `json:"readyNs"`
	ReadyCPU time.Duration `json:"readyCpuNs"`
	// First and FirstCPU are the time and the host's CPU time of the one
	// request to each plugin after ready, made one at a time: a host that
	// defers work to a plugin's first request (a runtime created then,
	// Options.DropSetupRuntime) pays it here.
	First    time.Duration `json:"firstNs,omitempty"`
	FirstCPU time.Duration `json:"firstCpuNs,omitempty"`
	// RSS and Heap, in bytes, at ready, after one request to each plugin
	// and after the load.
	RSS  [3]int64 `json:"rss"`
	Heap [3]int64 `json:"heap"`
	// RPS and P99 are wrk's figures on one plugin's hello route, and
	// CPUPerReq the host's CPU time over the load ÷ the requests served:
	// what a request costs, whatever else ran on the machine.
	RPS       float64       `json:"rps"`
	P99       time.Duration `json:"p99Ns"`
	CPUPerReq time.Duration `json:"cpuPerRequestNs"`
	// IdleCPU is the share of a CPU the host used while nobody asked it
	// anything (after one request to each plugin): what K installed
	// plugins cost when idle.
	IdleCPU float64 `json:"idleCpu"`
	// RSSIdle and HeapIdle are RSS and heap after -idle-wait past the
	// load; 0 without one.
	RSSIdle  int64 `json:"rssIdle,omitempty"`
	HeapIdle int64 `json:"heapIdle,omitempty"`
	// Bad is the number of non-2xx answers and socket errors under load.
	Bad int `json:"bad"`
	// Err, if not empty, says why the measurement failed; the figures
	// before the failure are kept.
	Err string `json:"error,omitempty"`
}

func (s sample) String() string {
	return fmt.Sprintf("K=%d %s: all serving %.3f s (CPU %.2f s), first request to each %.3f s (CPU %.2f s), idle CPU %.1f %%, RSS %s/%s/%s, heap %s/%s/%s (ready/after one request each/after load), %.0f req/s, p99 %s, CPU/request %s, %d bad",
		s.K, s.Host, s.Ready.Seconds(), s.ReadyCPU.Seconds(), s.First.Seconds(), s.FirstCPU.Seconds(), 100*s.IdleCPU, mb(s.RSS[0]), mb(s.RSS[1]), mb(s.RSS[2]), mb(s.Heap[0]), mb(s.Heap[1]), mb(s.Heap[2]),
		s.RPS, s.P99, us(s.CPUPerReq), s.Bad)
}

func mb(b int64) string { return fmt.Sprintf("%.1f MB", float64(b)/(1<<20)) }

// measure starts the host of j, measures it and stops it.
func measure(ctx context.Context, c config, j job, feedURL string) (s sample, err error) {
	s = sample{K: j.k, Host: j.host}
	port, err := freePort()
	if err != nil {
		return s, err
	}
	addr := fmt.Sprintf("127.0.0.1:%d", port)
	var args []string
	switch j.host {
	case "plugmux":
		args = append([]string{c.scalehost, "-addr", addr, "-feed", feedURL, "-expect", strconv.Itoa(j.k)}, c.plugmuxArgs...)
	case "node":
		args = []string{"node", "--expose-gc", c.nodeScript, strconv.Itoa(port), feedURL}
	case "node-vm":
		args = []string{"node", "--expose-gc", "--experimental-vm-modules", c.nodeScript, strconv.Itoa(port), feedURL, "--vm"}
	}
	if c.pin {
		args = append([]string{"taskset", "-c", "0"}, args...)
	}
	logPath := filepath.Join(c.logDir, fmt.Sprintf("plugmux-scale-%s-%d.log", j.host, j.k))
	logFile, err := os.Create(logPath)
	if err != nil {
		return s, err
	}
	defer logFile.Close()
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Stdout, cmd.Stderr = logFile, logFile
	exited := make(chan struct{})

	start := time.Now()
	if err := cmd.Start(); err != nil {
		return s, err
	}
	go func() { cmd.Wait(); close(exited) }()
	defer func() {
		cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-exited:
		case <-time.After(30 * time.Second):
			cmd.Process.Kill()
			<-exited
		}
		if err != nil {
			err = fmt.Errorf("%w (the host's output: %s)", err, logPath)
		}
	}()
	pid := cmd.Process.Pid
	base := "http://" + addr
	client := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: 4}}
	defer client.CloseIdleConnections()
	// A forced collection of gigabytes of heap on a busy core takes long.
	memClient := &http.Client{Timeout: 10 * time.Minute}
	defer memClient.CloseIdleConnections()

	// Until all serve: a generous bound, since 10,000 may take minutes.
	readyCtx, cancel := context.WithTimeout(ctx, 60*time.Second+time.Duration(j.k)*50*time.Millisecond)
	defer cancel()
	if err := awaitReady(readyCtx, client, base+"/readyz", start, exited, c.minAvailable); err != nil {
		return s, err
	}
	s.Ready = time.Since(start)
	if s.ReadyCPU, err = readCPU(pid); err != nil {
		return s, err
	}
	log.Printf("K=%d %s: all serving after %.3f s", j.k, j.host, s.Ready.Seconds())

	// sampleMem reads RSS before the heap: /debug/mem collects garbage.
	sampleMem := func(i int) error {
		if s.RSS[i], err = readRSS(pid); err != nil {
			return err
		}
		s.Heap[i], err = readHeap(memClient, base+"/debug/mem")
		return err
	}
	if err := sampleMem(0); err != nil {
		return s, err
	}
	firstStart := time.Now()
	firstCPU, err := readCPU(pid)
	if err != nil {
		return s, err
	}
	for i := range j.k {
		if err := checkHello(client, base, pluginName(i)); err != nil {
			return s, err
		}
		if i%500 == 499 {
			if err := checkMemory(c.minAvailable); err != nil {
				return s, err
			}
		}
	}
	s.First = time.Since(firstStart)
	if s.FirstCPU, err = readCPU(pid); err != nil {
		return s, err
	}
	s.FirstCPU -= firstCPU
	if err := sampleMem(1); err != nil {
		return s, err
	}
	if s.IdleCPU, err = idleCPU(ctx, pid, c.idle); err != nil {
		return s, err
	}
	url := base + "/api/" + pluginName(targetIndex(c.target, j.k)) + "/hello"
	if _, err := wrk(ctx, c.conns, time.Second, url); err != nil { // warm-up
		return s, err
	}
	cpu0, err := readCPU(pid)
	if err != nil {
		return s, err
	}
	w, err := wrk(ctx, c.conns, c.duration, url)
	if err != nil {
		return s, err
	}
	cpu1, err := readCPU(pid)
	if err != nil {
		return s, err
	}
	s.RPS, s.P99, s.Bad = w.rps, w.p99, w.bad
	if w.requests > 0 {
		s.CPUPerReq = (cpu1 - cpu0) / time.Duration(w.requests)
	}
	if err := sampleMem(2); err != nil {
		return s, err
	}
	if c.idleWait > 0 {
		t := time.NewTimer(c.idleWait) // the measurement is what idle time does
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			return s, ctx.Err()
		}
		if s.RSSIdle, err = readRSS(pid); err != nil {
			return s, err
		}
		if s.HeapIdle, err = readHeap(memClient, base+"/debug/mem"); err != nil {
			return s, err
		}
	}
	return s, ctx.Err()
}

// freePort is a loopback port that was free a moment ago.
func freePort() (int, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}

// targetIndex is the index of the plugin that wrk loads among k.
func targetIndex(target string, k int) int {
	switch target {
	case "first":
		return 0
	case "last":
		return k - 1
	}
	return k / 2
}

// checkMemory fails if the machine's available memory is below min bytes,
// so that a large K stops before it pushes a shared machine into the OOM
// killer.
func checkMemory(min int64) error {
	b, err := os.ReadFile("/proc/meminfo")
	if err != nil {
		return nil // not Linux: no guard
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "MemAvailable:"); ok {
			f := strings.Fields(v)
			if n, err := strconv.ParseInt(f[0], 10, 64); err == nil && n<<10 < min {
				return fmt.Errorf("stopped: the machine has %d MiB of memory available, below -min-available-mb %d", n>>10, min>>20)
			}
		}
	}
	return nil
}

// pollInterval is how long awaitReady waits between two polls, elapsed
// after the start: 5 ms at first, then 0.5 % of the time elapsed, at most
// 100 ms, so that the time measured is off by at most half of that, and a
// host that takes a minute to start (whose /readyz lists every plugin not
// yet serving) is not slowed down by being asked 200 times a second.
func pollInterval(elapsed time.Duration) time.Duration {
	return min(max(5*time.Millisecond, elapsed/200), 100*time.Millisecond)
}

// awaitReady polls url (pollInterval) until it answers 200, the process
// exits, the machine runs short of memory or ctx ends.
func awaitReady(ctx context.Context, client *http.Client, url string, start time.Time, exited <-chan struct{}, minAvailable int64) error {
	last := "no answer"
	var memChecked time.Time
	for {
		if time.Since(memChecked) > 200*time.Millisecond {
			if err := checkMemory(minAvailable); err != nil {
				return err
			}
			memChecked = time.Now()
		}
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
		if err != nil {
			return err
		}
		if resp, err := client.Do(req); err == nil {
			b, _ := io.ReadAll(io.LimitReader(resp.Body, 200))
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
			last = fmt.Sprintf("%d %s", resp.StatusCode, strings.TrimSpace(string(b)))
		}
		t := time.NewTimer(pollInterval(time.Since(start)))
		select {
		case <-t.C:
		case <-exited:
			t.Stop()
			return errors.New("the host exited before it was ready")
		case <-ctx.Done():
			t.Stop()
			return fmt.Errorf("not ready (%s): %w", last, ctx.Err())
		}
	}
}

// checkHello requests plugin name's hello route and checks its answer.
func checkHello(client *http.Client, base, name string) error {
	resp, err := client.Get(base + "/api/" + name + "/hello")
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if want := "Hello from " + name + "!"; resp.StatusCode != http.StatusOK || string(b) != want {
		return fmt.Errorf("GET /api/%s/hello: %d %q, want 200 %q", name, resp.StatusCode, b, want)
	}
	return nil
}

// readRSS is VmRSS of process pid, in bytes.
func readRSS(pid int) (int64, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, err
	}
	return parseRSS(string(b))
}

// parseRSS reads VmRSS from the text of /proc/PID/status.
func parseRSS(status string) (int64, error) {
	for _, line := range strings.Split(status, "\n") {
		if v, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			f := strings.Fields(v)
			if len(f) != 2 || f[1] != "kB" {
				return 0, fmt.Errorf("VmRSS: unexpected %q", v)
			}
			n, err := strconv.ParseInt(f[0], 10, 64)
			if err != nil {
				return 0, fmt.Errorf("VmRSS: %w", err)
			}
			return n << 10, nil
		}
	}
	return 0, errors.New("no VmRSS in /proc/PID/status")
}

// idleCPU is the share of one CPU that process pid uses over d. Waiting
// is the measurement here, not a synchronisation.
func idleCPU(ctx context.Context, pid int, d time.Duration) (float64, error) {
	if d <= 0 {
		return 0, nil
	}
	before, err := readCPU(pid)
	if err != nil {
		return 0, err
	}
	start := time.Now()
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
	case <-ctx.Done():
		return 0, ctx.Err()
	}
	after, err := readCPU(pid)
	if err != nil {
		return 0, err
	}
	return float64(after-before) / float64(time.Since(start)), nil
}

// readCPU is the CPU time (user and system) that process pid has used.
func readCPU(pid int) (time.Duration, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, err
	}
	return parseCPU(string(b))
}

// userHZ is the unit of the times in /proc/PID/stat: USER_HZ, 100 on
// every Linux architecture that Go supports.
const userHZ = 100

// parseCPU reads utime + stime from the text of /proc/PID/stat.
func parseCPU(stat string) (time.Duration, error) {
	// The command name, field 2, is in parentheses and may hold spaces.
	i := strings.LastIndexByte(stat, ')')
	if i < 0 {
		return 0, errors.New("/proc/PID/stat: no command name")
	}
	f := strings.Fields(stat[i+1:]) // from field 3 (state) on
	if len(f) < 13 {
		return 0, errors.New("/proc/PID/stat: too few fields")
	}
	var ticks int64
	for _, v := range f[11:13] { // fields 14 and 15: utime, stime
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil {
			return 0, fmt.Errorf("/proc/PID/stat: %w", err)
		}
		ticks += n
	}
	return time.Duration(ticks) * time.Second / userHZ, nil
}

// readHeap is the heapLive of a host's /debug/mem.
func readHeap(client *http.Client, url string) (int64, error) {
	resp, err := client.Get(url)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	var m struct {
		HeapLive int64 `json:"heapLive"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&m); err != nil {
		return 0, fmt.Errorf("%s: %w", url, err)
	}
	return m.HeapLive, nil
}
