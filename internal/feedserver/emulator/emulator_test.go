package emulator

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"
	"github.com/plugmux/plugmux/internal/feedserver"
)

// wait bounds every wait; nothing here should take more than a fraction.
const wait = 10 * time.Second

// testPoll is the poll interval of the tests' emulators.
const testPoll = 5 * time.Millisecond

// logRecorder is a slog.Handler that hands every record to a channel, so
// that tests can await what the emulator logs.
type logRecorder struct{ records chan slog.Record }

func newLogRecorder() *logRecorder { return &logRecorder{records: make(chan slog.Record, 1024)} }

func (h *logRecorder) Enabled(context.Context, slog.Level) bool { return true }
func (h *logRecorder) WithAttrs([]slog.Attr) slog.Handler       { return h }
func (h *logRecorder) WithGroup(string) slog.Handler            { return h }
func (h *logRecorder) Handle(_ context.Context, r slog.Record) error {
	select {
	case h.records <- r.Clone():
	default: // a test that logs this much has failed already
	}
	return nil
}

// await returns the next record whose message contains msg, skipping
// others, and its attributes.
func (h *logRecorder) await(t *testing.T, msg string) map[string]string {
	t.Helper()
	timeout := time.After(wait)
	for {
		select {
		case r := <-h.records:
			if !strings.Contains(r.Message, msg) {
				continue
			}
			attrs := map[string]string{}
			r.Attrs(func(a slog.Attr) bool {
				attrs[a.Key] = a.Value.String()
				return true
			})
			return attrs
		case <-timeout:
			t.Fatalf("no log record %q within %s", msg, wait)
			return nil
		}
	}
}

// writeFiles writes files below root, each at once (a temporary file
// renamed into place), so that no poll sees one half written; the
// emulator's handling of half-written saves is tested on its own.
func writeFiles(t *testing.T, root string, files map[string]string) {
	t.Helper()
	staging := t.TempDir()
	for name, body := range files {
		path := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		tmp := filepath.Join(staging, "file")
		if err := os.WriteFile(tmp, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Rename(tmp, path); err != nil {
			t.Fatal(err)
		}
	}
}

type env struct {
	t    *testing.T
	dir  string
	em   *Emulator
	ts   *httptest.Server
	ws   *websocket.Conn
	logs *logRecorder
}

// start runs an emulator on dir, serves it, and watches its feed.
func start(t *testing.T, dir string) *env {
	t.Helper()
	logs := newLogRecorder()
	em, err := New(Options{Dir: dir, PollInterval: testPoll, Logger: slog.New(logs)})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(em)
	t.Cleanup(func() {
		em.Close()
		ts.Close()
	})
	u := "ws" + strings.TrimPrefix(ts.URL, "http") + em.FeedPath()
	ws, resp, err := websocket.DefaultDialer.Dial(u, nil)
	if err != nil {
		t.Fatalf("dial %s: %v", u, err)
	}
	resp.Body.Close()
	t.Cleanup(func() { ws.Close() })
	return &env{t: t, dir: dir, em: em, ts: ts, ws: ws, logs: logs}
}

func (e *env) expectEvent(typ, data string) {
	e.t.Helper()
	e.ws.SetReadDeadline(time.Now().Add(wait))
	var ev struct {
		Type string          `json:"type"`
		Data json.RawMessage `json:"data"`
	}
	if err := e.ws.ReadJSON(&ev); err != nil {
		e.t.Fatalf("reading an event (want %s %s): %v", typ, data, err)
	}
	if ev.Type != typ || string(ev.Data) != data {
		e.t.Fatalf("event %s %s, want %s %s", ev.Type, ev.Data, typ, data)
	}
}

func (e *env) items() map[string]feedserver.Item {
	e.t.Helper()
	_, body := e.get(e.ts.URL + e.em.FeedPath())
	var f struct{ Items []feedserver.Item }
	if err := json.Unmarshal(body, &f); err != nil {
		e.t.Fatal(err)
	}
	out := map[string]feedserver.Item{}
	for _, it := range f.Items {
		out[it.Name] = it
	}
	return out
}

func (e *env) get(u string) (int, []byte) {
	e.t.Helper()
	resp, err := e.ts.Client().Get(u)
	if err != nil {
		e.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		e.t.Fatal(err)
	}
	return resp.StatusCode, b
}

// module fetches an item's entry module and checks its integrity.
func (e *env) module(it feedserver.Item) string {
	e.t.Helper()
	status, body := e.get(it.Link)
	if status != http.StatusOK {
		e.t.Fatalf("GET %s: %d", it.Link, status)
	}
	sum := sha256.Sum256(body)
	if want := "sha256-" + base64.StdEncoding.EncodeToString(sum[:]); it.Integrity != want {
		e.t.Errorf("%s: integrity %s, want %s", it.Link, it.Integrity, want)
	}
	return string(body)
}

func TestEmulatorBuildsServesAndRebuilds(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"hello/package.json": `{"name":"hello","version":"1.0.0","custom":{"team":"a"}}`,
		"hello/src/index.ts": `import { msg } from "./msg";
import greet from "greet";
import { URL } from "node:url";
import express from "express";

export function setup(router: any): void {
  router.get("/", (req: any, res: any) => res.send(msg + greet() + typeof URL + typeof express));
}
`,
		"hello/src/msg.ts":                          `export const msg: string = "first";`,
		"hello/node_modules/greet/package.json":     `{"name":"greet","main":"index.js"}`,
		"hello/node_modules/greet/index.js":         `module.exports = function () { return "greet-v1"; };`,
		"hello/node_modules/unused/index.js":        `syntax error, but nobody imports it`,
		"plain/index.js":                            `export function setup() {}`,
		"node_modules/not-a-plugin/index.js":        `export function setup() {}`,
		".hidden/index.js":                          `export function setup() {}`,
		"_draft/index.js":                           `export function setup() {}`,
		"README.md":                                 `not a folder`,
		"hello/.git/HEAD":                           `ref: refs/heads/main`,
		"hello/src/__snapshots__/ignored-by-no-one": ``,
	})
	e := start(t, dir)

	// The first build is in the feed as soon as New returns.
	items := e.items()
	if len(items) != 2 {
		t.Fatalf("feed %+v, want hello and plain", items)
	}
	hello, plain := items["hello"], items["plain"]
	linkRE := regexp.MustCompile("^" + regexp.QuoteMeta(e.ts.URL) + `/files/local/hello/1\.0\.0/[0-9a-f]{12}/index\.js$`)
	if hello.Version != "1.0.0" || !linkRE.MatchString(hello.Link) || string(hello.Custom) != `{"team":"a"}` {
		t.Errorf("hello: %+v", hello)
	}
	if plain.Version != "0.0.0" {
		t.Errorf("plain (no package.json): %+v, want version 0.0.0", plain)
	}
	code := e.module(hello)
	for _, want := range []string{`"first"`, `"greet-v1"`, `from "node:url"`, `from "express"`, "export {", "//# sourceMappingURL=data:application/json;base64,"} {
		if !strings.Contains(code, want) {
			t.Errorf("the bundle lacks %s:\n%s", want, code)
		}
	}

	// A save is rebuilt and announced; the link changes, the version does
	// not; the previous build stays downloadable.
	writeFiles(t, dir, map[string]string{"hello/src/msg.ts": `export const msg: string = "second!";`})
	e.expectEvent("update-pilet", `{"name":"hello","version":"1.0.0"}`)
	v2 := e.items()["hello"]
	if v2.Version != "1.0.0" || v2.Link == hello.Link || !linkRE.MatchString(v2.Link) {
		t.Errorf("after a save: %+v, want a new link for 1.0.0 (was %s)", v2, hello.Link)
	}
	if code := e.module(v2); !strings.Contains(code, `"second!"`) {
		t.Errorf("the rebuilt bundle lacks the edit:\n%s", code)
	}
	if status, _ := e.get(hello.Link); status != http.StatusOK {
		t.Errorf("the previous build: %d, want 200", status)
	}

	// A dependency in node_modules that the bundle uses is watched too.
	writeFiles(t, dir, map[string]string{"hello/node_modules/greet/index.js": `module.exports = function () { return "greet-v2!!"; };`})
	e.expectEvent("update-pilet", `{"name":"hello","version":"1.0.0"}`)
	v3 := e.items()["hello"]
	if code := e.module(v3); !strings.Contains(code, `"greet-v2!!"`) {
		t.Errorf("the bundle lacks the dependency's edit:\n%s", code)
	}

	// A broken save is logged, and the last good build goes on serving.
	writeFiles(t, dir, map[string]string{"hello/src/msg.ts": `export const msg: string = ;`})
	attrs := e.logs.await(t, "build failed; still serving the last good build")
	if attrs["plugin"] != "hello" || !strings.Contains(attrs["err"], "src/msg.ts:1:") || !strings.Contains(attrs["serving"], "1.0.0/") {
		t.Errorf("build failure logged as %v", attrs)
	}
	if now := e.items()["hello"]; now.Link != v3.Link {
		t.Errorf("after a failed build the feed lists %s, want the last good %s", now.Link, v3.Link)
	}
	e.module(v3)
	writeFiles(t, dir, map[string]string{"hello/src/msg.ts": `export const msg: string = "fixed";`})
	e.logs.await(t, "build fixed")
	e.expectEvent("update-pilet", `{"name":"hello","version":"1.0.0"}`)

	// A new version in package.json.
	writeFiles(t, dir, map[string]string{"hello/package.json": `{"name":"hello","version":"1.1.0"}`})
	e.expectEvent("update-pilet", `{"name":"hello","version":"1.1.0"}`)
	if it := e.items()["hello"]; it.Version != "1.1.0" || it.Custom != nil {
		t.Errorf("after a version bump: %+v", it)
	}

	// A save that changes nothing in the bundle announces nothing: the
	// next event is the new folder's, which is scanned after hello.
	future := time.Now().Add(time.Hour)
	if err := os.Chtimes(filepath.Join(dir, "hello/src/msg.ts"), future, future); err != nil {
		t.Fatal(err)
	}
	writeFiles(t, dir, map[string]string{"zeta/index.js": `export function setup() {}`})
	e.expectEvent("add-pilet", `{"name":"zeta","version":"0.0.0"}`)

	// A removed folder leaves the feed; a renamed package moves.
	if err := os.RemoveAll(filepath.Join(dir, "plain")); err != nil {
		t.Fatal(err)
	}
	e.expectEvent("remove-pilet", `{"name":"plain","version":"0.0.0"}`)
	writeFiles(t, dir, map[string]string{"hello/package.json": `{"name":"hello-renamed","version":"1.1.0"}`})
	e.expectEvent("remove-pilet", `{"name":"hello","version":"1.1.0"}`)
	e.expectEvent("add-pilet", `{"name":"hello-renamed","version":"1.1.0"}`)
	if items := e.items(); len(items) != 2 || items["hello-renamed"].Name == "" || items["zeta"].Name == "" {
		t.Errorf("final feed %+v, want hello-renamed and zeta", items)
	}
}

func TestEmulatorFirstBuildFails(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"late/package.json":       `{"name":"late","version":"0.1.0"}`,
		"late/index.ts":           `import pad from "leftpad"; export function setup(r: any) { pad(); }`,
		"late/node_modules/.keep": ``,
	})
	logs := newLogRecorder()
	em, err := New(Options{Dir: dir, PollInterval: testPoll, Logger: slog.New(logs)})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(em)
	t.Cleanup(func() { em.Close(); ts.Close() })
	e := &env{t: t, dir: dir, em: em, ts: ts, logs: logs}
	attrs := logs.await(t, "the plugin is not in the feed until it builds")
	if attrs["folder"] != "late" || !strings.Contains(attrs["err"], `index.ts:1:17: Could not resolve "leftpad"`) || !strings.Contains(attrs["err"], "npm install") {
		t.Errorf("first build failure logged as %v", attrs)
	}
	if items := e.items(); len(items) != 0 {
		t.Errorf("feed %+v, want none", items)
	}

	// npm install adds the package: node_modules changes, the plugin builds.
	u := "ws" + strings.TrimPrefix(ts.URL, "http") + em.FeedPath()
	ws, resp, err := websocket.DefaultDialer.Dial(u, nil)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	t.Cleanup(func() { ws.Close() })
	e.ws = ws
	writeFiles(t, dir, map[string]string{"late/node_modules/leftpad/index.js": `export default function pad() {}`})
	e.expectEvent("add-pilet", `{"name":"late","version":"0.1.0"}`)
}

func TestEmulatorSameNameInTwoFolders(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a/package.json": `{"name":"same","version":"1.0.0"}`,
		"a/index.js":     `export function setup() {} // a`,
		"b/package.json": `{"name":"same","version":"2.0.0"}`,
		"b/index.js":     `export function setup() {} // b`,
	})
	logs := newLogRecorder()
	em, err := New(Options{Dir: dir, PollInterval: testPoll, Logger: slog.New(logs)})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(em)
	t.Cleanup(func() { em.Close(); ts.Close() })
	e := &env{t: t, dir: dir, em: em, ts: ts, logs: logs}
	if attrs := logs.await(t, "two folders have the same package name"); !strings.HasSuffix(attrs["ignoring"], "b") {
		t.Errorf("conflict logged as %v", attrs)
	}
	if it := e.items()["same"]; it.Version != "1.0.0" {
		t.Errorf("feed lists %+v, want folder a's 1.0.0", it)
	}
	// Once a is gone, b is served.
	if err := os.RemoveAll(filepath.Join(dir, "a")); err != nil {
		t.Fatal(err)
	}
	logs.await(t, "build fixed")
	if it := e.items()["same"]; it.Version != "2.0.0" {
		t.Errorf("feed lists %+v, want folder b's 2.0.0", it)
	}
}

func TestHalfWrittenSaveIsNotBuilt(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"p/index.js": `export function setup() {} // 1`})
	logs := newLogRecorder()
	// The watcher never ticks: the test scans by hand.
	em, err := New(Options{Dir: dir, PollInterval: time.Hour, Logger: slog.New(logs)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(em.Close)
	logs.await(t, "emulator: built")

	// A scan sees the file half written, the next one complete: neither
	// builds, as the file changed in between; the third builds it.
	path := filepath.Join(dir, "p/index.js")
	if err := os.WriteFile(path, []byte(`export function setup() {`), 0o644); err != nil {
		t.Fatal(err)
	}
	em.scan(true)
	if err := os.WriteFile(path, []byte(`export function setup() {} // 2, complete`), 0o644); err != nil {
		t.Fatal(err)
	}
	em.scan(true)
	select {
	case r := <-logs.records:
		t.Fatalf("a scan built an unsettled change: %s", r.Message)
	default:
	}
	em.scan(true)
	if attrs := logs.await(t, "emulator: built"); attrs["plugin"] != "p" {
		t.Errorf("built %v", attrs)
	}
	select {
	case r := <-logs.records:
		t.Errorf("unexpected log record %q", r.Message)
	default:
	}
	// Without settling (the first scan in New), a change builds at once.
	if err := os.WriteFile(path, []byte(`export function setup() {} // 3`), 0o644); err != nil {
		t.Fatal(err)
	}
	em.scan(false)
	logs.await(t, "emulator: built")
}

func TestEntryPoint(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"source field", map[string]string{"package.json": `{"source":"lib/main.tsx"}`, "lib/main.tsx": "", "src/index.ts": ""}, "lib/main.tsx"},
		{"src/index.ts", map[string]string{"src/index.ts": "", "index.js": "", "dist/index.js": ""}, "src/index.ts"},
		{"index.js", map[string]string{"index.js": "", "dist/index.js": ""}, "index.js"},
		{"module before main", map[string]string{"package.json": `{"module":"dist/esm.js","main":"dist/cjs.js"}`, "dist/esm.js": "", "dist/cjs.js": ""}, "dist/esm.js"},
		{"main", map[string]string{"package.json": `{"main":"dist/cjs.js"}`, "dist/cjs.js": ""}, "dist/cjs.js"},
		{"missing source", map[string]string{"package.json": `{"source":"nope.ts"}`, "index.js": ""}, ""},
		{"nothing", map[string]string{"README.md": ""}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFiles(t, dir, tt.files)
			m, err := readManifest(dir)
			if err != nil {
				t.Fatal(err)
			}
			got, err := entryPoint(dir, m)
			if got != tt.want || (err != nil) != (tt.want == "") {
				t.Errorf("entryPoint = %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}

func TestNewRejects(t *testing.T) {
	file := filepath.Join(t.TempDir(), "f")
	writeFiles(t, filepath.Dir(file), map[string]string{"f": ""})
	for _, dir := range []string{"", filepath.Join(t.TempDir(), "missing"), file} {
		if em, err := New(Options{Dir: dir}); err == nil {
			em.Close()
			t.Errorf("New(%q) succeeded", dir)
		}
	}
}

func TestCloseEndsTheWatcher(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"p/index.js": `export function setup() {}`})
	em, err := New(Options{Dir: dir, PollInterval: testPoll})
	if err != nil {
		t.Fatal(err)
	}
	em.Close()
	em.Close() // harmless
	// Close waited for the watcher, which is about to return; poll,
	// bounded, for its frame to vanish.
	deadline := time.Now().Add(wait)
	for {
		buf := make([]byte, 1<<20)
		if !strings.Contains(string(buf[:runtime.Stack(buf, true)]), "emulator.(*Emulator).watch") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the watcher survives Close")
		}
		time.Sleep(time.Millisecond)
	}
}

// The bundle of a plugin whose npm dependency is CommonJS and requires a
// Node built-in runs in Node as it is (the createRequire banner): the
// author can test the very file the emulator serves.
func TestBundleRunsInNode(t *testing.T) {
	nodeBin, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed")
	}
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"package.json":                     `{"name": "cjsdep", "version": "1.0.0", "source": "index.js"}`,
		"node_modules/legacy/package.json": `{"name": "legacy", "main": "index.js"}`,
		"node_modules/legacy/index.js":     `const path = require("path"); exports.joined = path.posix.join("a", "b");`,
		"index.js":                         `import { joined } from "legacy"; export function setup(router) { router.get("/", (req, res) => res.send(joined)); } export const value = joined;`,
	})
	b, err := bundle(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(b.code, []byte(requireBanner)) {
		t.Fatalf("the bundle does not open with the banner:\n%.200s", b.code)
	}
	file := filepath.Join(dir, "bundle.mjs")
	if err := os.WriteFile(file, b.code, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(nodeBin, "--input-type=module", "-e", `import(process.argv[1]).then((m) => console.log(m.value))`, file).CombinedOutput()
	if err != nil || strings.TrimSpace(string(out)) != "a/b" {
		t.Fatalf("node: %v\n%s", err, out)
	}
}
