package plugmux

import (
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

// upstream is a real loopback server for the plugins' fetches.
func upstream(t *testing.T) *httptest.Server {
	mux := http.NewServeMux()
	mux.HandleFunc("/json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("X-Upstream", "yes")
		io.WriteString(w, `{"hello":"world"}`)
	})
	mux.HandleFunc("/echo", func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		w.WriteHeader(http.StatusCreated)
		io.WriteString(w, r.Method+" "+r.Header.Get("X-Token")+" "+r.Header.Get("Content-Type")+" "+string(b))
	})
	mux.HandleFunc("/redirect", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, r.URL.Query().Get("to"), http.StatusFound)
	})
	mux.HandleFunc("/missing", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "nope", http.StatusNotFound)
	})
	mux.HandleFunc("/hang", func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done() // answers only when the client gives up
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

const fetchPlugin = `
	export function setup(router) {
		router.get("/", async (req, res) => {
			try {
				const r = await fetch(req.query.url, req.query.timeout ? { signal: AbortSignal.timeout(+req.query.timeout) } : undefined);
				res.json({ status: r.status, ok: r.ok, type: r.headers.get("content-type"), up: r.headers.get("x-upstream"), redirected: r.redirected, body: await r.text() });
			} catch (err) {
				res.status(502).json({ name: err.name, message: err.message });
			}
		});
		router.get("/post", async (req, res) => {
			const r = await fetch(new Request(req.query.url, { method: "POST", headers: { "X-Token": "t1" }, body: JSON.stringify({ a: 1 }) }));
			res.json({ status: r.status, statusText: r.statusText, body: await r.text() });
		});
		router.get("/json", async (req, res) => {
			const r = await fetch(req.query.url);
			const data = await r.json();
			let again;
			try { await r.text(); } catch (err) { again = err.name; }
			res.json({ data, again, buf: (await fetch(req.query.url).then((x) => x.arrayBuffer())).byteLength });
		});
		router.get("/abort", async (req, res) => {
			const c = new AbortController();
			const p = fetch(req.query.url, { signal: c.signal });
			c.abort(new Error("changed my mind"));
			try { await p; res.send("no"); } catch (err) { res.send(err.message); }
		});
	}`

func TestFetchRefusedByDefault(t *testing.T) {
	up := upstream(t)
	e := newEnv(t)
	e.publish("fetcher", "1.0.0", fetchPlugin)
	e.waitChange(Installed, "fetcher")
	status, body := e.get("/fetcher/?url=" + url.QueryEscape(up.URL+"/json"))
	if status != 502 || !strings.Contains(body, `"name":"TypeError"`) || !strings.Contains(body, "Options.FetchOrigins") {
		t.Fatalf("got %d %s", status, body)
	}
}

func TestFetch(t *testing.T) {
	up := upstream(t)
	other := upstream(t)
	e := newEnv(t, func(o *Options) { o.FetchOrigins = []string{up.URL} })
	e.publish("fetcher", "1.0.0", fetchPlugin)
	e.waitChange(Installed, "fetcher")
	q := func(path string) string { return url.QueryEscape(up.URL + path) }

	e.expect("/fetcher/?url="+q("/json"), 200, `{"status":200,"ok":true,"type":"application/json","up":"yes","redirected":false,"body":"{\"hello\":\"world\"}"}`)
	e.expect("/fetcher/?url="+q("/missing"), 200, `{"status":404,"ok":false,"type":"text/plain; charset=utf-8","up":null,"redirected":false,"body":"nope\n"}`)
	e.expect("/fetcher/?url="+q("/redirect?to=/json"), 200, `{"status":200,"ok":true,"type":"application/json","up":"yes","redirected":true,"body":"{\"hello\":\"world\"}"}`)
	e.expect("/fetcher/post?url="+q("/echo"), 200, `{"status":201,"statusText":"Created","body":"POST t1 text/plain;charset=UTF-8 {\"a\":1}"}`)
	e.expect("/fetcher/json?url="+q("/json"), 200, `{"data":{"hello":"world"},"again":"TypeError","buf":17}`)
	e.expect("/fetcher/abort?url="+q("/hang"), 200, "changed my mind")
	e.expect("/fetcher/?timeout=20&url="+q("/hang"), 502, `{"name":"TimeoutError","message":"The operation was aborted due to timeout"}`)

	// a redirect may not leave the allowed origins
	status, body := e.get("/fetcher/?url=" + q("/redirect?to="+url.QueryEscape(other.URL+"/json")))
	if status != 502 || !strings.Contains(body, "fetch refused") {
		t.Fatalf("redirect out: %d %s", status, body)
	}
	// nor may the first request
	status, body = e.get("/fetcher/?url=" + url.QueryEscape(other.URL+"/json"))
	if status != 502 || !strings.Contains(body, "fetch refused") {
		t.Fatalf("other origin: %d %s", status, body)
	}
}

func TestFetchAllowFunc(t *testing.T) {
	up := upstream(t)
	e := newEnv(t, func(o *Options) {
		o.AllowFetch = func(u *url.URL) error {
			if u.Path == "/json" {
				return nil
			}
			return errors.New("only /json")
		}
	})
	e.publish("fetcher", "1.0.0", fetchPlugin)
	e.waitChange(Installed, "fetcher")
	status, body := e.get("/fetcher/?url=" + url.QueryEscape(up.URL+"/json"))
	if status != 200 || !strings.Contains(body, "world") {
		t.Fatalf("got %d %s", status, body)
	}
	status, body = e.get("/fetcher/?url=" + url.QueryEscape(up.URL+"/missing"))
	if status != 502 || !strings.Contains(body, "only /json") {
		t.Fatalf("got %d %s", status, body)
	}
}

func TestFetchOriginsValidated(t *testing.T) {
	for _, o := range []string{"api.example.com", "ftp://x", "https://"} {
		if _, err := New(Options{FeedURL: "http://127.0.0.1:1/feed", FetchOrigins: []string{o}}); err == nil || !strings.Contains(err.Error(), "FetchOrigins") {
			t.Errorf("FetchOrigins %q: err = %v", o, err)
		}
	}
	h, err := New(Options{FeedURL: "http://127.0.0.1:1/feed", FetchOrigins: []string{"https://API.example.com:443/ignored/path"}})
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	if u, _ := url.Parse("https://api.example.com/x"); h.allowFetch(u) != nil {
		t.Error("normalized origin not allowed")
	}
	if u, _ := url.Parse("https://other.example.com/x"); !errors.Is(h.allowFetch(u), ErrFetchRefused) {
		t.Error("other origin allowed")
	}
}

// A fetch that outlives the request's time limit ends with the request: 504,
// and the runtime is discarded (its fetch is cancelled by the same limit).
func TestFetchBoundedByRequestTimeout(t *testing.T) {
	up := upstream(t)
	e := newEnv(t, func(o *Options) { o.FetchOrigins = []string{up.URL} })
	e.setItem(Item{Name: "slowfetch", Version: "1.0.0", Link: e.fixture("env-fetch/index.js"),
		Config: []byte(`{"plugmux": {"requestTimeoutMs": 200}}`)})
	e.waitChange(Installed, "slowfetch")
	e.expect("/slowfetch/?url="+url.QueryEscape(up.URL+"/json"), 200, `{"hello":"world"}`)
	status, _ := e.get("/slowfetch/?url=" + url.QueryEscape(up.URL+"/hang"))
	if status != http.StatusGatewayTimeout {
		t.Fatalf("status %d, want 504", status)
	}
	e.expect("/slowfetch/?url="+url.QueryEscape(up.URL+"/json"), 200, `{"hello":"world"}`)
}

// Fetches pending at once in one runtime are bounded: past
// Options.MaxPendingFetches fetch rejects (the pending ones go on), and once
// they have answered the plugin can fetch again.
func TestPendingFetchesAreBounded(t *testing.T) {
	release := make(chan struct{})
	arrived := make(chan struct{}, 16)
	up := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/wait" {
			arrived <- struct{}{}
			<-release
		}
		io.WriteString(w, "up")
	}))
	t.Cleanup(up.Close)
	e := newEnv(t, func(o *Options) {
		o.FetchOrigins = []string{up.URL}
		o.MaxPendingFetches = 3
		o.MaxRuntimes = 1
	})
	e.publish("fan", "1.0.0", `export function setup(r) {
		r.get("/", async (req, res) => {
			const all = [];
			for (let i = 0; i < 4; i++) all.push(fetch(req.query.url + "/wait").then((x) => x.text(), (err) => err.name + ": " + err.message));
			res.json(await Promise.all(all));
		});
		r.get("/one", async (req, res) => res.send(await (await fetch(req.query.url + "/now")).text()));
	}`)
	e.waitChange(Installed, "fan")
	type answer struct {
		status int
		body   string
	}
	got := make(chan answer, 1)
	go func() {
		status, body := e.get("/fan/?url=" + url.QueryEscape(up.URL))
		got <- answer{status, body}
	}()
	for range 3 {
		<-arrived // three fetches wait upstream; the fourth was refused
	}
	close(release)
	a := <-got
	if a.status != 200 || strings.Count(a.body, `"up"`) != 3 ||
		!strings.Contains(a.body, "TypeError: fetch failed: too many fetches: 3 are pending in this runtime") {
		t.Fatalf("GET /fan/ = %d %s, want three answers and one refusal", a.status, a.body)
	}
	// The counter went back down as they answered.
	e.expect("/fan/one?url="+url.QueryEscape(up.URL), 200, "up")
}
