package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/plugmux/plugmux/internal/feedserver"
)

// waitTimeout bounds every wait for a signal; it is not a timing
// threshold, only how long a broken test hangs.
const waitTimeout = 60 * time.Second

// testCost is bcrypt's lowest cost (16 rounds): real bcrypt, quickly.
const testCost = 4

// hashhost is one running hashhost: a real loopback server and its
// built-in feed.
type hashhost struct {
	t      testing.TB
	api    string // http://addr/api
	feed   *feedserver.Server
	hasher *hasher
	logs   *awaitLog
}

func startHashHost(t testing.TB, cfg config) *hashhost {
	t.Helper()
	logs := &awaitLog{}
	installed := logs.await(`msg="plugin installed" plugin=accounts`)
	ctx, cancel := context.WithCancel(context.Background())
	ready := make(chan started, 1)
	runDone := make(chan error, 1)
	cfg.addr = "127.0.0.1:0"
	if cfg.cost == 0 {
		cfg.cost = testCost
	}
	if cfg.maxCost == 0 {
		cfg.maxCost = 14 // the flag's default
	}
	if cfg.concurrency == 0 {
		cfg.concurrency = 2
	}
	if cfg.timeout == 0 {
		cfg.timeout = 30 * time.Second
	}
	go func() {
		runDone <- run(ctx, slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})), cfg, func(s started) { ready <- s })
	}()
	t.Cleanup(func() {
		cancel()
		if err := <-runDone; err != nil {
			t.Errorf("run: %v", err)
		}
	})
	var s started
	select {
	case s = <-ready:
	case err := <-runDone:
		t.Fatalf("run: %v", err)
	}
	wait(t, installed, "the accounts plugin to install", logs)
	return &hashhost{t: t, api: "http://" + s.addr + "/api", feed: s.feed, hasher: s.hasher, logs: logs}
}

// publish adds a plugin to the host's feed and waits until it serves.
func (h *hashhost) publish(name, src, config string) {
	h.t.Helper()
	installed := h.logs.await(`msg="plugin installed" plugin=` + name)
	pkg := feedserver.Package{Name: name, Version: "1.0.0", Main: "index.js", Files: map[string][]byte{"index.js": []byte(src)}}
	if config != "" {
		pkg.Config = []byte(config)
	}
	if _, err := h.feed.Publish(feedName, pkg); err != nil {
		h.t.Fatal(err)
	}
	wait(h.t, installed, "plugin "+name+" to install", h.logs)
}

// post sends a JSON body and decodes a JSON answer into out (if not nil).
// It is safe to call from several goroutines; it reports errors with
// t.Errorf and returns 0 then.
func (h *hashhost) post(path string, body any, out any) int {
	b, err := json.Marshal(body)
	if err != nil {
		h.t.Error(err)
		return 0
	}
	resp, err := http.Post(h.api+path, "application/json", bytes.NewReader(b))
	if err != nil {
		h.t.Error(err)
		return 0
	}
	defer resp.Body.Close()
	got, err := io.ReadAll(resp.Body)
	if err != nil {
		h.t.Error(err)
		return 0
	}
	if out != nil && resp.StatusCode != http.StatusGatewayTimeout {
		if err := json.Unmarshal(got, out); err != nil {
			h.t.Errorf("POST %s: %d %q: %v", path, resp.StatusCode, got, err)
		}
	}
	return resp.StatusCode
}

func (h *hashhost) get(path string) (int, string) {
	h.t.Helper()
	resp, err := http.Get(h.api + path)
	if err != nil {
		h.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

type user struct {
	Username string `json:"username"`
	Password string `json:"password"`
}

type answer struct {
	Username string `json:"username"`
	Error    string `json:"error"`
}

func TestRegisterLogin(t *testing.T) {
	h := startHashHost(t, config{})
	ada := user{"Ada", "correct horse battery staple"}

	var a answer
	if code := h.post("/accounts/register", ada, &a); code != 201 || a.Username != "ada" {
		t.Fatalf("register: %d %+v, want 201 ada", code, a)
	}
	if code := h.post("/accounts/register", user{"ada", "another password"}, &a); code != 409 || a.Error != "username taken" {
		t.Errorf("register again: %d %+v, want 409", code, a)
	}
	if code := h.post("/accounts/login", ada, &a); code != 200 || a.Username != "ada" {
		t.Errorf("login: %d %+v, want 200 ada", code, a)
	}
	if code := h.post("/accounts/login", user{"ADA", ada.Password}, &a); code != 200 {
		t.Errorf("login with the name in capitals: %d %+v, want 200", code, a)
	}
	for _, u := range []user{
		{"ada", "correct horse battery stapler"},
		{"ada", "Correct horse battery staple"},
		{"ada", "correct horse battery stapl"},
		{"bob", ada.Password}, // no such user
	} {
		if code := h.post("/accounts/login", u, &a); code != 401 || a.Error != "wrong username or password" {
			t.Errorf("login %+v: %d %+v, want 401", u, code, a)
		}
	}
	if code, body := h.get("/accounts/"); code != 200 || body != `{"users":1}` {
		t.Errorf("GET /accounts/ = %d %s", code, body)
	}
	// Every hash and verify ran in Go: register, the no-user hash, and
	// three logins plus four wrong ones.
	if hashed, verified := h.hasher.hashed.Load(), h.hasher.verified.Load(); hashed != 2 || verified != 6 {
		t.Errorf("host:password hashed %d and verified %d times, want 2 and 6", hashed, verified)
	}
}

func TestBadInput(t *testing.T) {
	h := startHashHost(t, config{})
	h.post("/accounts/register", user{"ada", "correct horse battery staple"}, nil)
	long := strings.Repeat("x", 73)
	for _, c := range []struct {
		path string
		body any
		err  string
	}{
		// bcrypt reads 72 bytes: longer passwords are refused, not cut
		{"/accounts/register", user{"bob", long}, "the password is at least 73 bytes in UTF-8; bcrypt uses at most 72, and longer passwords are refused rather than cut short"},
		{"/accounts/register", user{"bob", strings.Repeat("ü", 37)}, "the password is 74 bytes in UTF-8; bcrypt uses at most 72, and longer passwords are refused rather than cut short"},
		{"/accounts/login", user{"ada", "correct horse battery staple" + strings.Repeat("!", 45)}, "the password is at least 73 bytes in UTF-8; bcrypt uses at most 72, and longer passwords are refused rather than cut short"},
		{"/accounts/register", user{"bob", "short"}, "password must be a string of at least 8 characters"},
		{"/accounts/register", map[string]any{"username": "bob", "password": 12345678}, "password must be a string of at least 8 characters"},
		{"/accounts/register", user{"", "long enough"}, "username must be 1 to 64 letters, digits, '_', '.' or '-'"},
		{"/accounts/login", user{"a b", "long enough"}, "username must be 1 to 64 letters, digits, '_', '.' or '-'"},
		{"/accounts/login", []string{"ada"}, "the body must be a JSON object"},
	} {
		var a answer
		if code := h.post(c.path, c.body, &a); code != 400 || a.Error != c.err {
			t.Errorf("POST %s %v = %d %q, want 400 %q", c.path, c.body, code, a.Error, c.err)
		}
	}
	// 72 bytes exactly is a password like any other
	edge := user{"carol", strings.Repeat("ü", 36)}
	var a answer
	if code := h.post("/accounts/register", edge, &a); code != 201 {
		t.Errorf("register with a 72-byte password: %d %+v", code, a)
	}
	if code := h.post("/accounts/login", edge, &a); code != 200 {
		t.Errorf("login with a 72-byte password: %d %+v", code, a)
	}
	if code, body := h.get("/accounts/"); code != 200 || body != `{"users":2}` {
		t.Errorf("the bad requests changed the users: GET /accounts/ = %d %s", code, body)
	}
}

// Twenty logins at once, right and wrong, share one runtime (the plugin
// keeps to one) and two hash slots: each gets its own answer.
func TestConcurrentLogins(t *testing.T) {
	h := startHashHost(t, config{})
	users := make([]user, 5)
	for i := range users {
		users[i] = user{fmt.Sprintf("user%d", i), fmt.Sprintf("password of user %d", i)}
		if code := h.post("/accounts/register", users[i], nil); code != 201 {
			t.Fatalf("register %s: %d", users[i].Username, code)
		}
	}
	const n = 20
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			u := users[i%len(users)]
			want := 200
			switch i % 4 {
			case 1: // another user's password
				u.Password = users[(i+1)%len(users)].Password
				want = 401
			case 3: // nobody
				u.Username = fmt.Sprintf("nobody%d", i)
				want = 401
			}
			var a answer
			code := h.post("/accounts/login", u, &a)
			if code != want || (want == 200 && a.Username != u.Username) {
				t.Errorf("login %d as %+v: %d %+v, want %d", i, u, code, a, want)
			}
		})
	}
	wg.Wait()
	if verified := h.hasher.verified.Load(); verified != n {
		t.Errorf("host:password verified %d passwords, want %d", verified, n)
	}
}

// A request that reaches its time limit while bcrypt runs at a high cost is
// answered 504; the hash cannot be stopped, but the runtime is free
// meanwhile: the host goes on serving, and the hash's end is logged.
func TestTimedOutHash(t *testing.T) {
	h := startHashHost(t, config{cost: slowCost, timeout: 100 * time.Millisecond})
	outlived := h.logs.await(`msg="host:password: a hash outlived its request; its result is dropped" plugin=accounts op=hash cost=` + fmt.Sprint(slowCost))
	if code := h.post("/accounts/register", user{"ada", "correct horse battery staple"}, nil); code != 504 {
		t.Fatalf("register at cost %d with a 100 ms limit: %d, want 504", slowCost, code)
	}
	if code, body := h.get("/accounts/"); code != 200 || body != `{"users":0}` {
		t.Errorf("GET /accounts/ after the timeout = %d %s, want 200", code, body)
	}
	wait(t, outlived, "the hash to end", h.logs)
	if n := h.hasher.outlived.Load(); n != 1 {
		t.Errorf("%d hashes outlived their request, want 1", n)
	}
}

// A request whose time runs out while it waits for a hash slot leaves the
// line without hashing, and the slot serves the next request.
func TestTimedOutWhileQueued(t *testing.T) {
	h := startHashHost(t, config{concurrency: 1, timeout: 300 * time.Millisecond})
	abandoned := h.logs.await(`msg="host:password: request ended while waiting for a hash slot" plugin=accounts op=hash`)
	h.hasher.slots <- struct{}{} // the one slot, taken
	if code := h.post("/accounts/register", user{"ada", "correct horse battery staple"}, nil); code != 504 {
		t.Fatalf("register with every slot taken: %d, want 504", code)
	}
	wait(t, abandoned, "the call to leave the line", h.logs)
	<-h.hasher.slots
	if n, hashed := h.hasher.abandoned.Load(), h.hasher.hashed.Load(); n != 1 || hashed != 0 {
		t.Errorf("abandoned %d calls and hashed %d passwords, want 1 and 0", n, hashed)
	}
	var a answer
	if code := h.post("/accounts/register", user{"ada", "correct horse battery staple"}, &a); code != 201 {
		t.Errorf("register once the slot is free: %d %+v, want 201", code, a)
	}
}

// A flood of hash calls waits in line for the slots instead of taking
// every core: while all slots are taken the runtime goes on serving, and
// no more hashes than slots ever run at once.
func TestFloodWaitsInLine(t *testing.T) {
	h := startHashHost(t, config{concurrency: 2})
	const n = 12
	queued := h.logs.awaitN(`msg="host:password: waiting for a hash slot" plugin=accounts op=hash slots=2`, n)
	h.hasher.slots <- struct{}{} // every slot, taken
	h.hasher.slots <- struct{}{}
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			var a answer
			if code := h.post("/accounts/register", user{fmt.Sprintf("user%d", i), "a password of theirs"}, &a); code != 201 {
				t.Errorf("register user%d: %d %+v, want 201", i, code, a)
			}
		})
	}
	wait(t, queued, "every call to wait for a slot", h.logs)
	if code, body := h.get("/accounts/"); code != 200 || body != `{"users":0}` {
		t.Errorf("GET /accounts/ while %d hashes wait: %d %s, want 200", n, code, body)
	}
	<-h.hasher.slots
	<-h.hasher.slots
	wg.Wait()
	if hashed, peak := h.hasher.hashed.Load(), h.hasher.peak.Load(); hashed != n || peak < 1 || peak > 2 {
		t.Errorf("hashed %d passwords, at most %d at once; want %d, at most 2", hashed, peak, n)
	}
	if code, body := h.get("/accounts/"); code != 200 || body != fmt.Sprintf(`{"users":%d}`, n) {
		t.Errorf("GET /accounts/ after the flood: %d %s", code, body)
	}
}

func wait(t testing.TB, ch <-chan struct{}, what string, logs *awaitLog) {
	t.Helper()
	select {
	case <-ch:
	case <-time.After(waitTimeout):
		t.Fatalf("timed out waiting for %s; log:\n%s", what, logs)
	}
}

// awaitLog collects log text and signals when lines containing a string
// have been written a number of times.
type awaitLog struct {
	mu      sync.Mutex
	b       strings.Builder
	waiters map[string]*waiter
}

type waiter struct {
	left int // lines still to see
	ch   chan struct{}
}

func (l *awaitLog) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.b.Write(p)
	for line := range strings.SplitSeq(strings.TrimSuffix(string(p), "\n"), "\n") {
		for s, w := range l.waiters {
			if strings.Contains(line, s) {
				if w.left--; w.left == 0 {
					close(w.ch)
					delete(l.waiters, s)
				}
			}
		}
	}
	return len(p), nil
}

// await signals the next line that contains s.
func (l *awaitLog) await(s string) <-chan struct{} { return l.awaitN(s, 1) }

// awaitN signals the nth line from now that contains s.
func (l *awaitLog) awaitN(s string, n int) <-chan struct{} {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.waiters == nil {
		l.waiters = map[string]*waiter{}
	}
	w := &waiter{left: n, ch: make(chan struct{})}
	l.waiters[s] = w
	return w.ch
}

func (l *awaitLog) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// The host's settings are checked before anything starts.
func TestSettings(t *testing.T) {
	for _, c := range []struct {
		cost, maxCost, concurrency int
		err                        string
	}{
		{3, 14, 1, "bcrypt cost 3: want 4 to 31"},
		{32, 14, 1, "bcrypt cost 32: want 4 to 31"},
		{10, 32, 1, "bcrypt max cost 32: want at most 31"},
		{10, 14, 0, "hash concurrency 0: want at least 1"},
	} {
		if _, err := newHasher(c.cost, c.maxCost, c.concurrency, slog.Default()); err == nil || err.Error() != c.err {
			t.Errorf("newHasher(%d, %d, %d) = %v, want %q", c.cost, c.maxCost, c.concurrency, err, c.err)
		}
		err := run(context.Background(), slog.Default(), config{addr: "127.0.0.1:0", cost: c.cost, maxCost: c.maxCost, concurrency: c.concurrency}, nil)
		if err == nil || err.Error() != c.err {
			t.Errorf("run with cost %d, max cost %d, concurrency %d = %v, want %q", c.cost, c.maxCost, c.concurrency, err, c.err)
		}
	}
	// a max cost below the cost is raised to it: hashes the host made verify
	h, err := newHasher(12, 10, 3, slog.Default())
	if err != nil || h.maxCost != 12 || cap(h.slots) != 3 {
		t.Errorf("newHasher(12, 10, 3) = %+v, %v; want max cost 12 and 3 slots", h, err)
	}
}
