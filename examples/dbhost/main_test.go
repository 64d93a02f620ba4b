package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/plugmux/plugmux/internal/feedserver"
)

// waitTimeout bounds every wait for a signal; it is not a timing
// threshold, only how long a broken test hangs.
const waitTimeout = 30 * time.Second

// dbhost is one running dbhost: a real loopback server, its built-in feed
// and a SQLite file in the test's temporary directory.
type dbhost struct {
	t    *testing.T
	api  string // http://addr/api
	feed *feedserver.Server
	logs *awaitLog
}

func startDBHost(t *testing.T) *dbhost {
	t.Helper()
	logs := &awaitLog{}
	installed := logs.await(`msg="plugin installed" plugin=todos`)
	ctx, cancel := context.WithCancel(context.Background())
	type started struct {
		addr string
		feed *feedserver.Server
	}
	ready := make(chan started, 1)
	runDone := make(chan error, 1)
	cfg := config{addr: "127.0.0.1:0", dbPath: filepath.Join(t.TempDir(), "test.sqlite"), timeout: 10 * time.Second}
	go func() {
		runDone <- run(ctx, slog.New(slog.NewTextHandler(logs, nil)), cfg, func(addr string, feed *feedserver.Server) { ready <- started{addr, feed} })
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
	wait(t, installed, "the todos plugin to install", logs)
	return &dbhost{t: t, api: "http://" + s.addr + "/api", feed: s.feed, logs: logs}
}

// do sends a request with an optional JSON body and decodes a JSON answer
// into out (if not nil).
func (d *dbhost) do(method, path, body string, out any) *http.Response {
	d.t.Helper()
	req, err := http.NewRequest(method, d.api+path, strings.NewReader(body))
	if err != nil {
		d.t.Fatal(err)
	}
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		d.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		d.t.Fatal(err)
	}
	if out != nil {
		if err := json.Unmarshal(b, out); err != nil {
			d.t.Fatalf("%s %s: %d %q: %v", method, path, resp.StatusCode, b, err)
		}
	}
	return resp
}

type todo struct {
	ID        int64  `json:"id"`
	Title     string `json:"title"`
	Done      bool   `json:"done"`
	CreatedAt string `json:"createdAt"`
}

func TestCRUDRoundTrip(t *testing.T) {
	d := startDBHost(t)

	// A title that would break a statement built by concatenation is
	// stored as it is: parameters are bound.
	const title = `Robert'); DROP TABLE todos; --`
	var created todo
	resp := d.do("POST", "/todos/", `{"title":`+quote(title)+`}`, &created)
	if resp.StatusCode != 201 || created.ID == 0 || created.Title != title || created.Done || created.CreatedAt == "" {
		t.Fatalf("create: %d %+v", resp.StatusCode, created)
	}
	if loc, want := resp.Header.Get("Location"), fmt.Sprintf("/api/todos/%d", created.ID); loc != want {
		t.Errorf("Location = %q, want %q", loc, want)
	}
	if _, err := time.Parse(time.RFC3339Nano, created.CreatedAt); err != nil {
		t.Errorf("createdAt %q: %v", created.CreatedAt, err)
	}
	path := fmt.Sprintf("/todos/%d", created.ID)

	var got todo
	if resp := d.do("GET", path, "", &got); resp.StatusCode != 200 || got != created {
		t.Errorf("get: %d %+v, want %+v", resp.StatusCode, got, created)
	}

	var updated todo
	if resp := d.do("PATCH", path, `{"done":true}`, &updated); resp.StatusCode != 200 || !updated.Done || updated.Title != title {
		t.Errorf("patch done: %d %+v", resp.StatusCode, updated)
	}
	if resp := d.do("PATCH", path, `{"title":"  renamed  "}`, &updated); resp.StatusCode != 200 || !updated.Done || updated.Title != "renamed" {
		t.Errorf("patch title: %d %+v", resp.StatusCode, updated)
	}

	var second todo
	d.do("POST", "/todos/", `{"title":"second","done":true}`, &second)
	var list []todo
	if resp := d.do("GET", "/todos/", "", &list); resp.StatusCode != 200 || len(list) != 2 || list[0] != updated || list[1] != second {
		t.Errorf("list: %d %+v, want [%+v %+v]", resp.StatusCode, list, updated, second)
	}
	// Keys come in the order of the query's columns.
	resp = d.do("GET", path, "", nil)
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("Content-Type %q", ct)
	}

	if resp := d.do("DELETE", path, "", nil); resp.StatusCode != 204 {
		t.Errorf("delete: %d, want 204", resp.StatusCode)
	}
	var e struct{ Error string }
	if resp := d.do("GET", path, "", &e); resp.StatusCode != 404 || e.Error != "no such todo" {
		t.Errorf("get after delete: %d %+v, want 404", resp.StatusCode, e)
	}
	for _, method := range []string{"DELETE", "PATCH"} {
		if resp := d.do(method, path, `{"done":false}`, &e); resp.StatusCode != 404 {
			t.Errorf("%s after delete: %d, want 404", method, resp.StatusCode)
		}
	}
	list = nil
	if d.do("GET", "/todos/", "", &list); len(list) != 1 || list[0] != second {
		t.Errorf("list after delete: %+v", list)
	}
}

func TestBadRequests(t *testing.T) {
	d := startDBHost(t)
	var existing todo
	d.do("POST", "/todos/", `{"title":"keep me"}`, &existing)
	for _, c := range []struct {
		method, path, body, err string
	}{
		{"POST", "/todos/", `{}`, "title must be a non-empty string"},
		{"POST", "/todos/", `{"title":"   "}`, "title must be a non-empty string"},
		{"POST", "/todos/", `{"title":42}`, "title must be a non-empty string"},
		{"POST", "/todos/", `{"title":"` + strings.Repeat("x", 201) + `"}`, "title must be at most 200 characters"},
		{"POST", "/todos/", `{"title":"a","done":"yes"}`, "done must be true or false"},
		{"POST", "/todos/", `["a"]`, "the body must be a JSON object"},
		{"POST", "/todos/", ``, "the body must be a JSON object"},
		{"PATCH", "/todos/1", `{}`, "nothing to change: send title or done"},
		{"PATCH", "/todos/1", `{"done":1}`, "done must be true or false"},
		{"GET", "/todos/abc", ``, "id must be a positive integer"},
		{"DELETE", "/todos/0", ``, "id must be a positive integer"},
		{"GET", "/todos/1e3", ``, "id must be a positive integer"},
	} {
		var e struct{ Error string }
		resp := d.do(c.method, c.path, c.body, &e)
		if resp.StatusCode != 400 || e.Error != c.err {
			t.Errorf("%s %s %s = %d %q, want 400 %q", c.method, c.path, c.body, resp.StatusCode, e.Error, c.err)
		}
	}
	// Malformed JSON is express.json's 400, answered as JSON too.
	var e struct{ Error string }
	if resp := d.do("POST", "/todos/", `{"title":`, &e); resp.StatusCode != 400 || e.Error == "" {
		t.Errorf("malformed JSON: %d %+v, want 400 with a message", resp.StatusCode, e)
	}
	var got todo
	if resp := d.do("GET", fmt.Sprintf("/todos/%d", existing.ID), "", &got); resp.StatusCode != 200 || got != existing {
		t.Errorf("the bad requests changed the data: %d %+v, want %+v", resp.StatusCode, got, existing)
	}
}

func TestConcurrentWrites(t *testing.T) {
	d := startDBHost(t)
	const n = 40
	var wg sync.WaitGroup
	ids := make(chan int64, n)
	for i := range n {
		wg.Go(func() {
			body := fmt.Sprintf(`{"title":"todo %d"}`, i)
			req, _ := http.NewRequest("POST", d.api+"/todos/", bytes.NewBufferString(body))
			req.Header.Set("Content-Type", "application/json")
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Error(err)
				return
			}
			defer resp.Body.Close()
			var td todo
			if err := json.NewDecoder(resp.Body).Decode(&td); err != nil || resp.StatusCode != 201 || td.Title != fmt.Sprintf("todo %d", i) {
				t.Errorf("create %d: %d %+v %v", i, resp.StatusCode, td, err)
				return
			}
			ids <- td.ID
		})
	}
	wg.Wait()
	close(ids)
	seen := map[int64]bool{}
	for id := range ids {
		if seen[id] {
			t.Errorf("id %d given twice", id)
		}
		seen[id] = true
	}
	var list []todo
	d.do("GET", "/todos/", "", &list)
	if len(list) != n || len(seen) != n {
		t.Errorf("%d created, %d listed, want %d", len(seen), len(list), n)
	}
	for _, td := range list {
		if !seen[td.ID] {
			t.Errorf("listed %+v, which no request created", td)
		}
	}
}

// slowPlugin shares host:db with todos: /forever runs a query that never
// ends by itself, /object passes a parameter host:db refuses.
const slowPlugin = `import { query } from "host:db";
export function setup(r) {
	r.get("/forever", async (req, res) => {
		const rows = await query("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) AS c FROM n");
		res.json(rows);
	});
	r.get("/object", (req, res) => {
		try { query("SELECT ?", { a: 1 }); res.send("accepted"); } catch (e) { res.status(400).send(e.name + ": " + e.message); }
	});
	r.get("/error", async (req, res) => {
		try { await query("SELECT * FROM nowhere"); res.send("no error"); } catch (e) { res.status(500).send(e.message); }
	});
}`

// A request that reaches its time limit while its query runs is answered
// 504, and its query is interrupted: the one database connection is free
// for the next request at once.
func TestTimedOutRequestCancelsItsQuery(t *testing.T) {
	d := startDBHost(t)
	installed := d.logs.await(`msg="plugin installed" plugin=slow`)
	if _, err := d.feed.Publish(feedName, feedserver.Package{Name: "slow", Version: "1.0.0", Main: "index.js",
		Files:  map[string][]byte{"index.js": []byte(slowPlugin)},
		Config: []byte(`{"plugmux": {"requestTimeoutMs": 300}}`)}); err != nil {
		t.Fatal(err)
	}
	wait(t, installed, "the slow plugin to install", d.logs)

	failed := d.logs.await(`msg="host:db statement failed" plugin=slow`)
	if resp := d.do("GET", "/slow/forever", "", nil); resp.StatusCode != 504 {
		t.Fatalf("GET /slow/forever = %d, want 504", resp.StatusCode)
	}
	wait(t, failed, "the query to be interrupted", d.logs)
	if line := d.logs.line(`msg="host:db statement failed" plugin=slow`); !strings.Contains(line, "context canceled") {
		t.Errorf("the query ended with %q, want the request's context cancelled", line)
	}
	var list []todo
	if resp := d.do("GET", "/todos/", "", &list); resp.StatusCode != 200 {
		t.Errorf("GET /todos/ after the cancelled query = %d, want 200", resp.StatusCode)
	}

	resp, body := d.get("/slow/object")
	if resp.StatusCode != 400 || body != "TypeError: host:db: parameter 1 is Object; pass strings, numbers, booleans or null" {
		t.Errorf("object parameter: %d %q", resp.StatusCode, body)
	}
	resp, body = d.get("/slow/error")
	if resp.StatusCode != 500 || !strings.HasPrefix(body, "host:db: ") || !strings.Contains(body, "no such table: nowhere") {
		t.Errorf("failing statement: %d %q, want the driver's error", resp.StatusCode, body)
	}
}

func (d *dbhost) get(path string) (*http.Response, string) {
	d.t.Helper()
	resp, err := http.Get(d.api + path)
	if err != nil {
		d.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

func quote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func wait(t *testing.T, ch <-chan struct{}, what string, logs *awaitLog) {
	t.Helper()
	select {
	case <-ch:
	case <-time.After(waitTimeout):
		t.Fatalf("timed out waiting for %s; log:\n%s", what, logs)
	}
}

// awaitLog collects log text and signals when a line contains a string.
type awaitLog struct {
	mu      sync.Mutex
	b       strings.Builder
	waiters map[string]chan struct{}
}

func (l *awaitLog) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.b.Write(p)
	for s, ch := range l.waiters {
		if strings.Contains(string(p), s) {
			close(ch)
			delete(l.waiters, s)
		}
	}
	return len(p), nil
}

func (l *awaitLog) await(s string) <-chan struct{} {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.waiters == nil {
		l.waiters = map[string]chan struct{}{}
	}
	ch := make(chan struct{})
	l.waiters[s] = ch
	return ch
}

// line returns the first logged line that contains s.
func (l *awaitLog) line(s string) string {
	l.mu.Lock()
	defer l.mu.Unlock()
	for line := range strings.SplitSeq(l.b.String(), "\n") {
		if strings.Contains(line, s) {
			return line
		}
	}
	return ""
}

func (l *awaitLog) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}
