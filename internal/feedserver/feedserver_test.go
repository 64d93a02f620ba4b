package feedserver

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

const (
	testFeed = "demo"
	testKey  = "s3cret-key"
	// wait bounds every wait on the network; nothing here should take
	// more than a fraction of it.
	wait = 5 * time.Second
)

func newTestServer(t *testing.T, opts Options) (*Server, *httptest.Server) {
	t.Helper()
	s, err := Open(opts)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	t.Cleanup(func() {
		s.Close()
		ts.Close()
	})
	return s, ts
}

// forEachStore runs test once with an in-memory server's options and once
// with a data directory's.
func forEachStore(t *testing.T, test func(t *testing.T, opts Options)) {
	t.Run("memory", func(t *testing.T) { test(t, Options{}) })
	t.Run("disk", func(t *testing.T) { test(t, Options{DataDir: t.TempDir()}) })
}

// samplePackage is a plugin whose entry imports a sibling file.
func samplePackage(name, version string) Package {
	return Package{
		Name:    name,
		Version: version,
		Main:    "dist/index.js",
		Files: map[string][]byte{
			"dist/index.js":     []byte(`import { f } from "./lib/util.js"; export function setup() {}`),
			"dist/lib/util.js":  []byte(`export const f = 1;`),
			"dist/data.json":    []byte(`{"a":1}`),
			"dist/index.js.map": []byte(`{"version":3}`),
			"src/index.ts":      []byte(`export function setup(): void {}`),
			"README.md":         []byte("# readme"),
		},
		Config: json.RawMessage(`{"greeting":"hi"}`),
		Custom: json.RawMessage(`[1,2]`),
	}
}

// tarEntry is one entry of a test tarball; a zero typ is a regular file.
type tarEntry struct {
	name, body string
	typ        byte
	link       string
}

func makeTgz(t testing.TB, entries ...tarEntry) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	tw := tar.NewWriter(zw)
	for _, e := range entries {
		hdr := &tar.Header{Name: e.name, Mode: 0o644, Typeflag: e.typ, Linkname: e.link}
		if e.typ == 0 {
			hdr.Typeflag = tar.TypeReg
			hdr.Size = int64(len(e.body))
		}
		if err := tw.WriteHeader(hdr); err != nil {
			t.Fatal(err)
		}
		if _, err := io.WriteString(tw, e.body); err != nil {
			t.Fatal(err)
		}
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// npmTgz is an npm pack tarball: package.json and files under "package/".
func npmTgz(t *testing.T, packageJSON string, files map[string]string) []byte {
	t.Helper()
	entries := []tarEntry{{name: "package/", typ: tar.TypeDir}, {name: "package/package.json", body: packageJSON}}
	for name, body := range files {
		entries = append(entries, tarEntry{name: "package/" + name, body: body})
	}
	return makeTgz(t, entries...)
}

// postTarball publishes tgz over HTTP; auth is the Authorization header,
// none if empty. It returns the status and the decoded JSON body.
func postTarball(t *testing.T, ts *httptest.Server, feed, auth string, tgz []byte) (int, map[string]any) {
	t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	fw, err := mw.CreateFormFile("file", "package.tgz")
	if err != nil {
		t.Fatal(err)
	}
	fw.Write(tgz)
	mw.Close()
	return post(t, ts, feed, auth, mw.FormDataContentType(), body.Bytes())
}

func post(t *testing.T, ts *httptest.Server, feed, auth, contentType string, body []byte) (int, map[string]any) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, ts.URL+FeedPath(feed), bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", contentType)
	if auth != "" {
		req.Header.Set("Authorization", auth)
	}
	resp, err := ts.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); ct != "application/json" {
		t.Errorf("POST answered Content-Type %q, want application/json", ct)
	}
	var out map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		t.Fatalf("POST answered %d with a body that is not JSON: %v", resp.StatusCode, err)
	}
	return resp.StatusCode, out
}

func get(t *testing.T, ts *httptest.Server, rawURL string) (*http.Response, []byte) {
	t.Helper()
	resp, err := ts.Client().Get(rawURL)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, b
}

func getFeed(t *testing.T, ts *httptest.Server, feed string) []Item {
	t.Helper()
	resp, body := get(t, ts, ts.URL+FeedPath(feed))
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET feed: %s: %s", resp.Status, body)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "application/json" {
		t.Errorf("GET feed: Content-Type %q, want application/json", ct)
	}
	var f struct {
		Items []Item `json:"items"`
	}
	if err := json.Unmarshal(body, &f); err != nil {
		t.Fatalf("GET feed: %v in %s", err, body)
	}
	if f.Items == nil {
		t.Fatalf("GET feed: no items array in %s", body)
	}
	return f.Items
}

func watch(t *testing.T, ts *httptest.Server, feed string) *websocket.Conn {
	t.Helper()
	u := "ws" + strings.TrimPrefix(ts.URL, "http") + FeedPath(feed)
	c, resp, err := websocket.DefaultDialer.Dial(u, nil)
	if err != nil {
		t.Fatalf("dial %s: %v", u, err)
	}
	resp.Body.Close()
	t.Cleanup(func() { c.Close() })
	return c
}

type wsEvent struct {
	Type string          `json:"type"`
	Data json.RawMessage `json:"data"`
}

func nextEvent(t *testing.T, c *websocket.Conn) wsEvent {
	t.Helper()
	c.SetReadDeadline(time.Now().Add(wait))
	var ev wsEvent
	if err := c.ReadJSON(&ev); err != nil {
		t.Fatalf("reading an event: %v", err)
	}
	return ev
}

func expectEvent(t *testing.T, c *websocket.Conn, typ, data string) {
	t.Helper()
	ev := nextEvent(t, c)
	if ev.Type != typ || string(ev.Data) != data {
		t.Fatalf("event %s %s, want %s %s", ev.Type, ev.Data, typ, data)
	}
}

func integrityOf(b []byte) string {
	sum := sha256.Sum256(b)
	return "sha256-" + base64.StdEncoding.EncodeToString(sum[:])
}

func TestPublishServesFeedAndFiles(t *testing.T) { forEachStore(t, testPublishServesFeedAndFiles) }

func testPublishServesFeedAndFiles(t *testing.T, opts Options) {
	s, ts := newTestServer(t, opts)
	scoped := samplePackage("@acme/orders", "1.0.0")
	plain := samplePackage("app1", "2.0.0-beta.1+build.5")
	plain.Main = "./dist/index.js"
	for _, p := range []Package{scoped, plain} {
		it, err := s.Publish(testFeed, p)
		if err != nil {
			t.Fatalf("Publish %s: %v", p.Name, err)
		}
		if want := "/files/" + testFeed + "/" + p.Name + "/" + p.Version + "/dist/index.js"; it.Link != want {
			t.Errorf("Publish %s: link %q, want %q", p.Name, it.Link, want)
		}
	}

	items := getFeed(t, ts, testFeed)
	if len(items) != 2 || items[0].Name != "@acme/orders" || items[1].Name != "app1" {
		t.Fatalf("items %+v, want @acme/orders and app1 sorted by name", items)
	}
	for i, p := range []Package{scoped, plain} {
		it := items[i]
		wantLink := ts.URL + "/files/demo/" + p.Name + "/" + p.Version + "/dist/index.js"
		if it.Version != p.Version || it.Link != wantLink {
			t.Errorf("item %d: %s %s, want %s %s", i, it.Version, it.Link, p.Version, wantLink)
		}
		if want := integrityOf(p.Files["dist/index.js"]); it.Integrity != want {
			t.Errorf("item %d: integrity %s, want %s", i, it.Integrity, want)
		}
		if string(it.Config) != `{"greeting":"hi"}` || string(it.Custom) != `[1,2]` || it.Spec != "" {
			t.Errorf("item %d: config %s custom %s spec %q", i, it.Config, it.Custom, it.Spec)
		}

		// The entry, and its relative imports resolved against the link.
		link, err := url.Parse(it.Link)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range []struct{ ref, file, contentType string }{
			{"", "dist/index.js", "text/javascript; charset=utf-8"},
			{"./lib/util.js", "dist/lib/util.js", "text/javascript; charset=utf-8"},
			{"data.json", "dist/data.json", "application/json"},
			{"./index.js.map", "dist/index.js.map", "application/json"},
			{"../src/index.ts", "src/index.ts", "text/plain; charset=utf-8"},
			{"../README.md", "README.md", ""},
		} {
			u := link.ResolveReference(&url.URL{Path: f.ref}).String()
			resp, body := get(t, ts, u)
			if resp.StatusCode != http.StatusOK || string(body) != string(p.Files[f.file]) {
				t.Errorf("GET %s: %s %q, want the bytes of %s", u, resp.Status, body, f.file)
				continue
			}
			if ct := resp.Header.Get("Content-Type"); f.contentType != "" && ct != f.contentType {
				t.Errorf("GET %s: Content-Type %q, want %q", u, ct, f.contentType)
			}
			if cc := resp.Header.Get("Cache-Control"); cc != "public, max-age=31536000, immutable" {
				t.Errorf("GET %s: Cache-Control %q", u, cc)
			}
		}
	}

	// Publishing changed nothing in other feeds.
	if items := getFeed(t, ts, "other"); len(items) != 0 {
		t.Errorf("unknown feed: %+v, want no items", items)
	}
}

func TestPublishReplacesActiveVersion(t *testing.T) {
	forEachStore(t, testPublishReplacesActiveVersion)
}

func testPublishReplacesActiveVersion(t *testing.T, opts Options) {
	s, ts := newTestServer(t, opts)
	v1, v2 := samplePackage("app1", "1.0.0"), samplePackage("app1", "1.1.0")
	v2.Files["dist/index.js"] = []byte("export function setup() { /* v2 */ }")
	for _, p := range []Package{v1, v2} {
		if _, err := s.Publish(testFeed, p); err != nil {
			t.Fatal(err)
		}
	}
	items := getFeed(t, ts, testFeed)
	if len(items) != 1 || items[0].Version != "1.1.0" || items[0].Integrity != integrityOf(v2.Files["dist/index.js"]) {
		t.Fatalf("items %+v, want only app1 1.1.0", items)
	}
	// The old version's files stay where they were.
	resp, body := get(t, ts, ts.URL+"/files/demo/app1/1.0.0/dist/index.js")
	if resp.StatusCode != http.StatusOK || string(body) != string(v1.Files["dist/index.js"]) {
		t.Errorf("old version's entry: %s %q", resp.Status, body)
	}
}

func TestPublishRejects(t *testing.T) { forEachStore(t, testPublishRejects) }

func testPublishRejects(t *testing.T, opts Options) {
	s, _ := newTestServer(t, opts)
	if _, err := s.Publish(testFeed, samplePackage("app1", "1.0.0")); err != nil {
		t.Fatal(err)
	}
	edit := func(f func(p *Package)) Package {
		p := samplePackage("app2", "1.0.0")
		f(&p)
		return p
	}
	tests := []struct {
		name string
		feed string
		pkg  Package
		want error
	}{
		{"uppercase name", testFeed, samplePackage("App", "1.0.0"), ErrBadPackage},
		{"name starting with a dot", testFeed, samplePackage(".app", "1.0.0"), ErrBadPackage},
		{"name starting with an underscore", testFeed, samplePackage("_app", "1.0.0"), ErrBadPackage},
		{"name with a space", testFeed, samplePackage("my app", "1.0.0"), ErrBadPackage},
		{"name with a slash but no scope", testFeed, samplePackage("a/b", "1.0.0"), ErrBadPackage},
		{"empty name", testFeed, samplePackage("", "1.0.0"), ErrBadPackage},
		{"name too long", testFeed, samplePackage(strings.Repeat("a", 215), "1.0.0"), ErrBadPackage},
		{"two-part version", testFeed, samplePackage("app2", "1.0"), ErrBadPackage},
		{"version with a leading zero", testFeed, samplePackage("app2", "01.0.0"), ErrBadPackage},
		{"version with a v", testFeed, samplePackage("app2", "v1.0.0"), ErrBadPackage},
		{"version with a slash", testFeed, samplePackage("app2", "1.0.0-a/b"), ErrBadPackage},
		{"missing entry", testFeed, edit(func(p *Package) { p.Main = "nope.js" }), ErrBadPackage},
		{"escaping entry", testFeed, edit(func(p *Package) { p.Main = "../index.js" }), ErrBadPackage},
		{"escaping file", testFeed, edit(func(p *Package) { p.Files["../evil.js"] = nil }), ErrBadPackage},
		{"absolute file", testFeed, edit(func(p *Package) { p.Files["/evil.js"] = nil }), ErrBadPackage},
		{"backslash file", testFeed, edit(func(p *Package) { p.Files[`dist\evil.js`] = nil }), ErrBadPackage},
		{"invalid config", testFeed, edit(func(p *Package) { p.Config = json.RawMessage("{") }), ErrBadPackage},
		{"existing version", testFeed, samplePackage("app1", "1.0.0"), ErrVersionExists},
		{"invalid feed", "a/b", samplePackage("app2", "1.0.0"), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := s.Publish(tt.feed, tt.pkg)
			if err == nil || tt.want != nil && !errors.Is(err, tt.want) {
				t.Fatalf("Publish: %v, want %v", err, tt.want)
			}
		})
	}
}

func TestPublishCopiesThePackage(t *testing.T) {
	s, ts := newTestServer(t, Options{})
	p := samplePackage("app1", "1.0.0")
	if _, err := s.Publish(testFeed, p); err != nil {
		t.Fatal(err)
	}
	p.Files["dist/index.js"][0] = 'X'
	_, body := get(t, ts, ts.URL+"/files/demo/app1/1.0.0/dist/index.js")
	if body[0] == 'X' {
		t.Error("changing the caller's Package changed the published file")
	}
}

func TestHTTPPublish(t *testing.T) { forEachStore(t, testHTTPPublish) }

func testHTTPPublish(t *testing.T, opts Options) {
	opts.APIKeys = []string{"other-key", testKey}
	s, ts := newTestServer(t, opts)
	tests := []struct {
		name, packageJSON string
		files             map[string]string
		entry             string
	}{
		{"module wins", `{"name":"mod","version":"1.0.0","module":"./esm/index.js","main":"cjs/index.js"}`,
			map[string]string{"esm/index.js": "export {}", "cjs/index.js": "module.exports = {}"}, "esm/index.js"},
		{"main", `{"name":"@acme/main","version":"1.0.0","main":"dist/index.js","custom":{"x":1}}`,
			map[string]string{"dist/index.js": "export {}"}, "dist/index.js"},
		{"index.js by default", `{"name":"plain","version":"0.1.0"}`,
			map[string]string{"index.js": "export {}", "lib/a.js": "export const a = 1"}, "index.js"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, body := postTarball(t, ts, testFeed, "Basic "+testKey, npmTgz(t, tt.packageJSON, tt.files))
			if status != http.StatusOK || body["success"] != true {
				t.Fatalf("POST: %d %v", status, body)
			}
			var meta struct{ Name, Version string }
			json.Unmarshal([]byte(tt.packageJSON), &meta)
			var it Item
			for _, i := range getFeed(t, ts, testFeed) {
				if i.Name == meta.Name {
					it = i
				}
			}
			wantLink := ts.URL + "/files/demo/" + meta.Name + "/" + meta.Version + "/" + tt.entry
			if it.Version != meta.Version || it.Link != wantLink || it.Integrity != integrityOf([]byte(tt.files[tt.entry])) {
				t.Fatalf("item %+v, want version %s, link %s and the entry's integrity", it, meta.Version, wantLink)
			}
			if item, _ := body["item"].(map[string]any); item["link"] != wantLink {
				t.Errorf("POST answered item %v, want link %s", body["item"], wantLink)
			}
			for name, content := range tt.files {
				resp, b := get(t, ts, ts.URL+"/files/demo/"+meta.Name+"/"+meta.Version+"/"+name)
				if resp.StatusCode != http.StatusOK || string(b) != content {
					t.Errorf("GET %s: %s %q, want %q", name, resp.Status, b, content)
				}
			}
		})
	}
	if items := getFeed(t, ts, testFeed); string(items[0].Custom) != `{"x":1}` {
		t.Errorf("custom of %s: %s, want package.json's custom", items[0].Name, items[0].Custom)
	}

	// The Go API accepts the same tarballs.
	tgz := npmTgz(t, `{"name":"gopub","version":"1.0.0"}`, map[string]string{"index.js": "export {}"})
	if _, err := s.PublishTarball(testFeed, bytes.NewReader(tgz)); err != nil {
		t.Fatalf("PublishTarball: %v", err)
	}
}

func TestHTTPPublishAuthForms(t *testing.T) {
	_, ts := newTestServer(t, Options{APIKeys: []string{testKey}})
	userKey := base64.StdEncoding.EncodeToString([]byte("ci:" + testKey))
	for i, auth := range []string{"Basic " + testKey, "basic  " + testKey, "Basic " + userKey} {
		pkgJSON := `{"name":"app` + string(rune('a'+i)) + `","version":"1.0.0"}`
		status, body := postTarball(t, ts, testFeed, auth, npmTgz(t, pkgJSON, map[string]string{"index.js": "export {}"}))
		if status != http.StatusOK {
			t.Errorf("Authorization %q: %d %v", auth, status, body)
		}
	}
}

func TestHTTPPublishErrors(t *testing.T) {
	const limit = 4 << 10
	s, ts := newTestServer(t, Options{APIKeys: []string{testKey}, MaxPackageBytes: limit})
	_, noKeys := newTestServer(t, Options{})
	if _, err := s.Publish(testFeed, samplePackage("taken", "1.0.0")); err != nil {
		t.Fatal(err)
	}

	auth := "Basic " + testKey
	index := map[string]string{"index.js": "export {}"}
	good := func(name string) []byte {
		return npmTgz(t, `{"name":"`+name+`","version":"1.0.0"}`, index)
	}
	noise := make([]byte, 2*limit)
	rand.Read(noise)
	var plainTar bytes.Buffer
	tw := tar.NewWriter(&plainTar)
	tw.WriteHeader(&tar.Header{Name: "package/package.json", Mode: 0o644, Size: 2})
	tw.Write([]byte("{}"))
	tw.Close()
	var gzNotTar bytes.Buffer
	zw := gzip.NewWriter(&gzNotTar)
	zw.Write([]byte("this is not a tar archive, just some text that is long enough to be read as a header block ... " + strings.Repeat("x", 600)))
	zw.Close()
	pkgJSON := tarEntry{name: "package/package.json", body: `{"name":"evil","version":"1.0.0"}`}
	indexJS := tarEntry{name: "package/index.js", body: "export {}"}

	tests := []struct {
		name   string
		ts     *httptest.Server
		auth   string
		tgz    []byte
		status int
	}{
		{"not gzip", ts, auth, []byte("plain text"), 400},
		{"tar without gzip", ts, auth, plainTar.Bytes(), 400},
		{"gzip but not tar", ts, auth, gzNotTar.Bytes(), 400},
		{"no package.json", ts, auth, makeTgz(t, indexJS), 400},
		{"package.json not JSON", ts, auth, npmTgz(t, `{name:`, index), 400},
		{"missing entry", ts, auth, npmTgz(t, `{"name":"x","version":"1.0.0","main":"dist/x.js"}`, index), 400},
		{"bad name", ts, auth, npmTgz(t, `{"name":"Bad Name","version":"1.0.0"}`, index), 400},
		{"bad version", ts, auth, npmTgz(t, `{"name":"x","version":"latest"}`, index), 400},
		{"no version", ts, auth, npmTgz(t, `{"name":"x"}`, index), 400},
		{"symlink", ts, auth, makeTgz(t, pkgJSON, indexJS, tarEntry{name: "package/link.js", typ: tar.TypeSymlink, link: "/etc/passwd"}), 400},
		{"hardlink", ts, auth, makeTgz(t, pkgJSON, indexJS, tarEntry{name: "package/link.js", typ: tar.TypeLink, link: "package/index.js"}), 400},
		{"dot-dot path", ts, auth, makeTgz(t, pkgJSON, indexJS, tarEntry{name: "package/../../evil.js", body: "x"}), 400},
		{"absolute path", ts, auth, makeTgz(t, pkgJSON, indexJS, tarEntry{name: "/etc/evil.js", body: "x"}), 400},
		{"backslash path", ts, auth, makeTgz(t, pkgJSON, indexJS, tarEntry{name: `package\..\evil.js`, body: "x"}), 400},
		{"no key", ts, "", good("a"), 401},
		{"wrong key", ts, "Basic wrong", good("a"), 401},
		{"wrong scheme", ts, "Bearer " + testKey, good("a"), 401},
		{"no keys configured", noKeys, auth, good("a"), 401},
		{"existing version", ts, auth, npmTgz(t, `{"name":"taken","version":"1.0.0"}`, index), 409},
		{"tarball too large", ts, auth, npmTgz(t, `{"name":"big","version":"1.0.0"}`, map[string]string{"index.js": string(noise)}), 413},
		{"unpacks too large", ts, auth, npmTgz(t, `{"name":"bomb","version":"1.0.0"}`, map[string]string{"index.js": strings.Repeat("0", unpackFactor*limit+1)}), 413},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, body := postTarball(t, tt.ts, testFeed, tt.auth, tt.tgz)
			if status != tt.status {
				t.Fatalf("POST: %d %v, want %d", status, body, tt.status)
			}
			if msg, _ := body["error"].(string); msg == "" {
				t.Errorf("POST: body %v has no error message", body)
			}
		})
	}

	t.Run("no file part", func(t *testing.T) {
		var b bytes.Buffer
		mw := multipart.NewWriter(&b)
		mw.WriteField("name", "x")
		mw.Close()
		if status, body := post(t, ts, testFeed, auth, mw.FormDataContentType(), b.Bytes()); status != 400 {
			t.Errorf("POST: %d %v, want 400", status, body)
		}
	})
	t.Run("not multipart", func(t *testing.T) {
		if status, body := post(t, ts, testFeed, auth, "application/gzip", good("raw")); status != 400 {
			t.Errorf("POST: %d %v, want 400", status, body)
		}
	})
	t.Run("body too large", func(t *testing.T) {
		var b bytes.Buffer
		mw := multipart.NewWriter(&b)
		mw.WriteField("padding", strings.Repeat("p", 2*multipartSlack))
		fw, _ := mw.CreateFormFile("file", "package.tgz")
		fw.Write(good("late"))
		mw.Close()
		if status, body := post(t, ts, testFeed, auth, mw.FormDataContentType(), b.Bytes()); status != 413 {
			t.Errorf("POST: %d %v, want 413", status, body)
		}
	})

	if items := getFeed(t, ts, testFeed); len(items) != 1 || items[0].Name != "taken" {
		t.Errorf("after refused publishes the feed holds %+v, want only taken", items)
	}
	if _, err := s.PublishTarball(testFeed, bytes.NewReader([]byte("nope"))); !errors.Is(err, ErrBadPackage) {
		t.Errorf("PublishTarball of garbage: %v, want ErrBadPackage", err)
	}
	if _, err := s.PublishTarball(testFeed, bytes.NewReader(noise)); !errors.Is(err, ErrTooLarge) {
		t.Errorf("PublishTarball of a large tarball: %v, want ErrTooLarge", err)
	}
}

func TestFileServingRejects(t *testing.T) { forEachStore(t, testFileServingRejects) }

func testFileServingRejects(t *testing.T, opts Options) {
	s, ts := newTestServer(t, opts)
	noRedirects := &http.Client{
		Transport:     ts.Client().Transport,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	for _, p := range []Package{samplePackage("app1", "1.0.0"), samplePackage("@acme/orders", "1.0.0")} {
		if _, err := s.Publish(testFeed, p); err != nil {
			t.Fatal(err)
		}
	}
	for _, path := range []string{
		"/files/demo/app1/1.0.0/nope.js",
		"/files/demo/app1/9.9.9/dist/index.js",
		"/files/other/app1/1.0.0/dist/index.js",
		"/files/demo/app1/1.0.0",
		"/files/demo/app1/1.0.0/",
		"/files/demo/app1/1.0.0/dist/",
		"/files/demo/@acme/1.0.0/dist/index.js",
		"/files/demo/app1/1.0.0/dist/%2e%2e/README.md",
		"/files/demo/app1/1.0.0/dist%2f..%2fREADME.md",
		"/files/demo/app1/1.0.0/dist/lib/..%5c..%5cREADME.md",
		"/files/demo/app1/1.0.0/dist%5cindex.js",
		"/files/demo/app1/1.0.0/%2fetc%2fpasswd",
		"/files/demo/@acme/orders/1.0.0/%2e%2e/%2e%2e/app1/1.0.0/README.md",
	} {
		// Not following redirects: the mux may redirect an unclean path to
		// its clean form, which is another URL, checked on its own.
		resp, err := noRedirects.Get(ts.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode == http.StatusOK {
			t.Errorf("GET %s: %s %q, want no file", path, resp.Status, body)
		}
	}
	resp, _ := get(t, ts, ts.URL+"/files/demo/@acme/orders/1.0.0/dist/lib/util.js")
	if resp.StatusCode != http.StatusOK {
		t.Errorf("scoped file: %s", resp.Status)
	}
}

func TestSetItemAndRemove(t *testing.T) { forEachStore(t, testSetItemAndRemove) }

func testSetItemAndRemove(t *testing.T, opts Options) {
	s, ts := newTestServer(t, opts)
	c := watch(t, ts, testFeed)

	dead := Item{Name: "dead", Version: "1.0.0", Link: "file:///nowhere/index.js", Spec: "v2", Config: json.RawMessage(`{"k":"v"}`)}
	s.SetItem(testFeed, dead)
	expectEvent(t, c, "add-pilet", `{"name":"dead","version":"1.0.0"}`)
	dead.Version, dead.Link = "1.0.1", "http://127.0.0.1:1/index.js"
	s.SetItem(testFeed, dead)
	expectEvent(t, c, "update-pilet", `{"name":"dead","version":"1.0.1"}`)
	if items := getFeed(t, ts, testFeed); len(items) != 1 || items[0].Link != dead.Link || items[0].Spec != "v2" || string(items[0].Config) != `{"k":"v"}` {
		t.Fatalf("items %+v, want the item verbatim", items)
	}

	if _, err := s.Publish(testFeed, samplePackage("app1", "1.0.0")); err != nil {
		t.Fatal(err)
	}
	expectEvent(t, c, "add-pilet", `{"name":"app1","version":"1.0.0"}`)
	if err := s.Remove(testFeed, "app1"); err != nil {
		t.Fatal(err)
	}
	expectEvent(t, c, "remove-pilet", `{"name":"app1","version":"1.0.0"}`)
	if err := s.Remove(testFeed, "dead"); err != nil {
		t.Fatal(err)
	}
	expectEvent(t, c, "remove-pilet", `{"name":"dead","version":"1.0.1"}`)
	if items := getFeed(t, ts, testFeed); len(items) != 0 {
		t.Errorf("items %+v after removing all, want none", items)
	}
	if resp, _ := get(t, ts, ts.URL+"/files/demo/app1/1.0.0/dist/index.js"); resp.StatusCode != http.StatusNotFound {
		t.Errorf("removed plugin's file: %s, want 404", resp.Status)
	}
	if err := s.Remove(testFeed, "app1"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Remove of a removed plugin: %v, want ErrNotFound", err)
	}
	if err := s.Remove("nofeed", "app1"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Remove in an unknown feed: %v, want ErrNotFound", err)
	}

	// A removed plugin is forgotten: the same version may come back.
	if _, err := s.Publish(testFeed, samplePackage("app1", "1.0.0")); err != nil {
		t.Fatalf("republishing a removed version: %v", err)
	}
	expectEvent(t, c, "add-pilet", `{"name":"app1","version":"1.0.0"}`)
}

func TestSetRaw(t *testing.T) {
	s, ts := newTestServer(t, Options{})
	c := watch(t, ts, testFeed)
	if _, err := s.Publish(testFeed, samplePackage("app1", "1.0.0")); err != nil {
		t.Fatal(err)
	}
	expectEvent(t, c, "add-pilet", `{"name":"app1","version":"1.0.0"}`)

	for _, raw := range []string{`{"items":[{"name":`, `not json at all`, `{"items":null}`} {
		s.SetRaw(testFeed, []byte(raw))
		expectEvent(t, c, "update-pilet", `{}`)
		resp, body := get(t, ts, ts.URL+FeedPath(testFeed))
		if resp.StatusCode != http.StatusOK || string(body) != raw || resp.Header.Get("Content-Type") != "application/json" {
			t.Errorf("GET raw feed: %s %s %q, want 200 application/json %q", resp.Status, resp.Header.Get("Content-Type"), body, raw)
		}
	}
	if items := getFeed(t, ts, "other"); len(items) != 0 {
		t.Errorf("SetRaw of one feed changed another: %+v", items)
	}
	s.SetRaw(testFeed, nil)
	expectEvent(t, c, "update-pilet", `{}`)
	if items := getFeed(t, ts, testFeed); len(items) != 1 || items[0].Name != "app1" {
		t.Errorf("after SetRaw(nil): %+v, want app1", items)
	}
}

func TestWebsocketEvents(t *testing.T) {
	s, ts := newTestServer(t, Options{})
	a1, a2 := watch(t, ts, testFeed), watch(t, ts, testFeed)
	other := watch(t, ts, "other")

	// An event of another feed reaches only that feed's watchers: other's
	// first event is its own, although demo's come first.
	if _, err := s.Publish(testFeed, samplePackage("app1", "1.0.0")); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Publish(testFeed, samplePackage("app1", "1.0.1")); err != nil {
		t.Fatal(err)
	}
	s.Broadcast(testFeed, "keep-alive", nil)
	s.Broadcast(testFeed, "something-new", map[string]int{"n": 1})
	s.Broadcast("other", "mine", "x")
	for _, c := range []*websocket.Conn{a1, a2} {
		expectEvent(t, c, "add-pilet", `{"name":"app1","version":"1.0.0"}`)
		expectEvent(t, c, "update-pilet", `{"name":"app1","version":"1.0.1"}`)
		expectEvent(t, c, "keep-alive", `null`)
		expectEvent(t, c, "something-new", `{"n":1}`)
	}
	expectEvent(t, other, "mine", `"x"`)

	// A watcher that goes away is forgotten; the others go on.
	a2.Close()
	if err := s.Remove(testFeed, "app1"); err != nil {
		t.Fatal(err)
	}
	expectEvent(t, a1, "remove-pilet", `{"name":"app1","version":"1.0.1"}`)

	// A websocket that sends is harmless: its messages are discarded.
	if err := a1.WriteMessage(websocket.TextMessage, []byte(`{"type":"hello"}`)); err != nil {
		t.Fatal(err)
	}
	s.Broadcast(testFeed, "after-hello", nil)
	expectEvent(t, a1, "after-hello", `null`)
}

func TestWebsocketPings(t *testing.T) {
	_, ts := newTestServer(t, Options{PingInterval: 20 * time.Millisecond})
	c := watch(t, ts, testFeed)
	pinged := make(chan struct{}, 1)
	c.SetPingHandler(func(data string) error {
		select {
		case pinged <- struct{}{}:
		default:
		}
		return c.WriteControl(websocket.PongMessage, []byte(data), time.Now().Add(wait))
	})
	readErr := make(chan error, 1)
	go func() {
		c.SetReadDeadline(time.Now().Add(wait))
		_, _, err := c.ReadMessage() // runs the ping handler
		readErr <- err
	}()
	select {
	case <-pinged:
	case <-time.After(wait):
		t.Fatal("no ping within the wait")
	}
	c.Close()
	<-readErr
}

func TestSlowWatcherDoesNotBlockPublishing(t *testing.T) {
	s, ts := newTestServer(t, Options{})
	slow := watch(t, ts, testFeed) // never reads until the end
	healthy := watch(t, ts, testFeed)

	// Events far larger than the socket buffers: the slow watcher's queue
	// fills and it is cut off, while Broadcast never waits for it. The
	// healthy watcher reads each event before the next is sent.
	const n = 64
	big := strings.Repeat("x", 1<<20)
	for i := range n {
		within(t, "Broadcast", func() { s.Broadcast(testFeed, "big", big) })
		healthy.SetReadDeadline(time.Now().Add(wait))
		_, msg, err := healthy.ReadMessage()
		if err != nil {
			t.Fatalf("healthy watcher, event %d: %v", i, err)
		}
		if !bytes.HasPrefix(msg, []byte(`{"type":"big"`)) {
			t.Fatalf("healthy watcher, event %d: %.40s, want big", i, msg)
		}
	}

	within(t, "Publish", func() {
		if _, err := s.Publish(testFeed, samplePackage("app1", "1.0.0")); err != nil {
			t.Error(err)
		}
	})
	expectEvent(t, healthy, "add-pilet", `{"name":"app1","version":"1.0.0"}`)

	// The slow watcher finds its connection cut before it got everything.
	received := 0
	slow.SetReadDeadline(time.Now().Add(wait))
	for {
		_, _, err := slow.ReadMessage()
		if err != nil {
			var ne interface{ Timeout() bool }
			if errors.As(err, &ne) && ne.Timeout() {
				t.Fatalf("slow watcher: timeout after %d events, want a closed connection", received)
			}
			break
		}
		received++
	}
	if received >= n+1 {
		t.Fatalf("slow watcher received all %d events, want it cut off", received)
	}
	t.Logf("slow watcher received %d of %d events before it was cut off", received, n+1)
}

func TestBurstDoesNotDisconnectWatchers(t *testing.T) {
	s, ts := newTestServer(t, Options{})
	c := watch(t, ts, testFeed)
	// A burst of events, as from many publishes at once, queued faster
	// than anything is read: a watcher that then reads gets them all.
	const n = 1000
	for i := range n {
		s.Broadcast(testFeed, "burst", i)
	}
	for i := range n {
		expectEvent(t, c, "burst", fmt.Sprint(i))
	}
}

// within fails the test if f does not return within the wait.
func within(t *testing.T, what string, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	select {
	case <-done:
	case <-time.After(wait):
		t.Fatalf("%s blocked", what)
	}
}

func TestCloseEndsAllGoroutines(t *testing.T) {
	before := runtime.NumGoroutine()

	s := New(Options{PingInterval: time.Hour})
	ts := httptest.NewServer(s)
	var conns []*websocket.Conn
	for _, feed := range []string{testFeed, testFeed, "other"} {
		conns = append(conns, watch(t, ts, feed))
	}
	if _, err := s.Publish(testFeed, samplePackage("app1", "1.0.0")); err != nil {
		t.Fatal(err)
	}
	expectEvent(t, conns[0], "add-pilet", `{"name":"app1","version":"1.0.0"}`)

	s.Close()
	// Close has waited for the hub's goroutines: each has run its last
	// deferred call (wg.Done) and is about to return. The runtime gives no
	// signal when a goroutine is gone, so poll, bounded, for their frames to
	// vanish.
	deadline := time.Now().Add(wait)
	for {
		buf := make([]byte, 1<<20)
		stacks := string(buf[:runtime.Stack(buf, true)])
		if !strings.Contains(stacks, "feedserver.(*hub).writeLoop") && !strings.Contains(stacks, "feedserver.(*hub).readLoop") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("goroutines of the hub survive Close:\n%s", stacks)
		}
		time.Sleep(time.Millisecond)
	}
	// Watchers are told the server is going away.
	for _, c := range conns {
		c.SetReadDeadline(time.Now().Add(wait))
		var err error
		for err == nil { // past the events still queued
			_, _, err = c.ReadMessage()
		}
		if !websocket.IsCloseError(err, websocket.CloseGoingAway) {
			t.Errorf("watcher after Close: %v, want close 1001", err)
		}
		c.Close()
	}
	// New watchers are refused; plain HTTP goes on.
	u := "ws" + strings.TrimPrefix(ts.URL, "http") + FeedPath(testFeed)
	if c, resp, err := websocket.DefaultDialer.Dial(u, nil); err == nil {
		c.Close()
		t.Error("a watcher connected after Close")
	} else if resp == nil || resp.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("dial after Close: %v, want 503", err)
	}
	if items := getFeed(t, ts, testFeed); len(items) != 1 {
		t.Errorf("feed after Close: %+v", items)
	}
	ts.Close()
	s.Close() // a second Close is harmless

	// Everything started for this test ends: poll, bounded, for the
	// runtime to retire the goroutines of closed connections.
	deadline = time.Now().Add(wait)
	for runtime.NumGoroutine() > before {
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<20)
			t.Fatalf("%d goroutines before, %d after Close:\n%s", before, runtime.NumGoroutine(), buf[:runtime.Stack(buf, true)])
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func TestContentType(t *testing.T) {
	for name, want := range map[string]string{
		"a.js": "text/javascript; charset=utf-8", "a.MJS": "text/javascript; charset=utf-8", "a.cjs": "text/javascript; charset=utf-8",
		"a.ts": "text/plain; charset=utf-8", "a.tsx": "text/plain; charset=utf-8", "a.jsx": "text/plain; charset=utf-8",
		"a.json": "application/json", "a.js.map": "application/json", "a.css": "text/css; charset=utf-8",
		"LICENSE": "application/octet-stream",
	} {
		if got := contentType(name); got != want {
			t.Errorf("contentType(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestFeedReadWhilePublishing reads the feed while plugins are published:
// every read lists a prefix of what was published, in name order, and
// the last lists them all (the race detector checks the in-memory store,
// which changes its state in place).
func TestFeedReadWhilePublishing(t *testing.T) {
	forEachStore(t, func(t *testing.T, opts Options) {
		s, ts := newTestServer(t, opts)
		const n = 40
		done := make(chan error, 1)
		go func() {
			for i := range n {
				p := Package{Name: fmt.Sprintf("p%03d", i), Version: "1.0.0", Main: "index.js", Files: map[string][]byte{"index.js": []byte("export function setup() {}")}}
				if _, err := s.Publish(testFeed, p); err != nil {
					done <- err
					return
				}
			}
			done <- nil
		}()
		check := func(items []Item) {
			t.Helper()
			for i, it := range items {
				if want := fmt.Sprintf("p%03d", i); it.Name != want {
					t.Fatalf("item %d of %d is %s, want %s", i, len(items), it.Name, want)
				}
			}
		}
		last := 0
		for published := false; !published; {
			select {
			case err := <-done:
				if err != nil {
					t.Fatal(err)
				}
				published = true
			default:
			}
			items := getFeed(t, ts, testFeed)
			check(items)
			if len(items) < last {
				t.Fatalf("the feed listed %d items, then %d", last, len(items))
			}
			last = len(items)
		}
		if items := getFeed(t, ts, testFeed); len(items) != n {
			t.Errorf("the feed lists %d items, want %d", len(items), n)
		}
	})
}
