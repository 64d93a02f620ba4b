package feedserver

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
)

// feedJSON is the feed's answer with the server's own address removed, so
// that the answers of two servers compare equal.
func feedJSON(t *testing.T, s *Server, feed string) string {
	t.Helper()
	ts := serve(t, s)
	resp, body := get(t, ts, ts.URL+FeedPath(feed))
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET feed: %s", resp.Status)
	}
	return strings.ReplaceAll(string(body), ts.URL, "http://HOST")
}

func TestDiskRestartKeepsEverything(t *testing.T) {
	dir := t.TempDir()
	opts := Options{DataDir: dir, APIKeys: []string{testKey}}
	s, ts := newTestServer(t, opts)

	// Published over HTTP and through Go, scoped and not, in two feeds;
	// one rolled back, one set verbatim, one removed.
	status, body := postTarball(t, ts, testFeed, "Basic "+testKey, npmTgz(t,
		`{"name":"web","version":"1.0.0","main":"lib/main.js","custom":{"team":"x"}}`,
		map[string]string{"lib/main.js": "import './dep.js'; export function setup() {}", "lib/dep.js": "export {}"}))
	if status != http.StatusOK {
		t.Fatalf("POST: %d %v", status, body)
	}
	for _, p := range []Package{
		samplePackage("app1", "1.0.0"), samplePackage("app1", "1.1.0"),
		samplePackage("@acme/orders", "2.0.0-rc.1+build.7"), samplePackage("gone", "1.0.0"),
	} {
		if _, err := s.Publish(testFeed, p); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.Publish("second", samplePackage("app1", "9.0.0")); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Activate(testFeed, "app1", "1.0.0"); err != nil {
		t.Fatal(err)
	}
	if err := s.Remove(testFeed, "gone"); err != nil {
		t.Fatal(err)
	}
	s.SetItem(testFeed, Item{Name: "external", Version: "3.0.0", Link: "https://cdn.example.com/x.js", Config: json.RawMessage(`{"k":1}`)})

	before := map[string]string{testFeed: feedJSON(t, s, testFeed), "second": feedJSON(t, s, "second")}
	versionsBefore, err := s.Versions(testFeed, "app1")
	if err != nil {
		t.Fatal(err)
	}
	s.Close()

	s2, _ := newTestServer(t, opts)
	for feed, want := range before {
		if got := feedJSON(t, s2, feed); got != want {
			t.Errorf("feed %s after restart:\n%s\nwant\n%s", feed, got, want)
		}
	}
	versionsAfter, err := s2.Versions(testFeed, "app1")
	if err != nil || !slices.EqualFunc(versionsAfter.Versions, versionsBefore.Versions, func(a, b Version) bool {
		return a.Version == b.Version && a.Link == b.Link && a.Integrity == b.Integrity && a.Published.Equal(b.Published) && a.Active == b.Active
	}) || versionsAfter.Active != "1.0.0" {
		t.Errorf("versions after restart: %+v, %v\nwant %+v", versionsAfter, err, versionsBefore)
	}

	// Every file of every version is served, byte for byte.
	ts2 := serve(t, s2)
	for _, c := range []struct{ path, want string }{
		{"/files/demo/app1/1.1.0/dist/lib/util.js", "export const f = 1;"},
		{"/files/demo/app1/1.0.0/dist/data.json", `{"a":1}`},
		{"/files/demo/@acme/orders/2.0.0-rc.1+build.7/README.md", "# readme"},
		{"/files/demo/web/1.0.0/lib/dep.js", "export {}"},
		{"/files/second/app1/9.0.0/dist/index.js", string(samplePackage("", "").Files["dist/index.js"])},
	} {
		resp, body := get(t, ts2, ts2.URL+c.path)
		if resp.StatusCode != http.StatusOK || string(body) != c.want {
			t.Errorf("GET %s after restart: %s %q, want %q", c.path, resp.Status, body, c.want)
		}
	}
	if resp, _ := get(t, ts2, ts2.URL+"/files/demo/gone/1.0.0/dist/index.js"); resp.StatusCode != http.StatusNotFound {
		t.Errorf("a removed plugin's file after restart: %s", resp.Status)
	}
	// Published versions stay taken; removed ones are free again.
	if _, err := s2.Publish(testFeed, samplePackage("app1", "1.1.0")); !errors.Is(err, ErrVersionExists) {
		t.Errorf("republishing after restart: %v, want ErrVersionExists", err)
	}
	if _, err := s2.Publish(testFeed, samplePackage("gone", "1.0.0")); err != nil {
		t.Errorf("publishing a removed version after restart: %v", err)
	}
	// Nothing is left over: one blob per version, no temporary file.
	assertDirEntries(t, filepath.Join(dir, "tmp"), 0)
	assertDirEntries(t, filepath.Join(dir, "feeds", testFeed, "blobs"), 5) // web, app1 ×2, orders, gone
}

func TestDiskCrashMidPublishLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	opts := Options{DataDir: dir, APIKeys: []string{testKey}}
	s, _ := newTestServer(t, opts)
	if _, err := s.Publish(testFeed, samplePackage("app1", "1.0.0")); err != nil {
		t.Fatal(err)
	}
	want := feedJSON(t, s, testFeed)

	// A publish of 1.1.0 dies after its blob is durably in place, before
	// the state that lists it is committed: the files are there, the
	// publish is not.
	v, err := newRelease(testFeed, samplePackage("app1", "1.1.0"))
	if err != nil {
		t.Fatal(err)
	}
	orphan, err := s.store.blobs.put(testFeed, v.files)
	if err != nil {
		t.Fatal(err)
	}
	// Others die while writing: a blob and a state file half written in the
	// staging directory, and debris in the blob directory.
	for path, data := range map[string]string{
		filepath.Join(dir, "tmp", "blob-123456.zip"):                  "PK\x03\x04 half a zip",
		filepath.Join(dir, "tmp", "write-987654"):                     `{"format":1,"plugins":{"app1":{"act`,
		filepath.Join(dir, "feeds", testFeed, "blobs", "stray.zip"):   "junk",
		filepath.Join(dir, "feeds", testFeed, "blobs", "stray.other"): "junk",
	} {
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// The process is gone: no Close. A new one starts on the directory.
	s2, ts2 := newTestServer(t, opts)
	if got := feedJSON(t, s2, testFeed); got != want {
		t.Errorf("feed after the crash:\n%s\nwant the feed before it:\n%s", got, want)
	}
	if vs, err := s2.Versions(testFeed, "app1"); err != nil || len(vs.Versions) != 1 {
		t.Errorf("versions after the crash: %+v %v, want only 1.0.0", vs, err)
	}
	if resp, _ := get(t, ts2, ts2.URL+"/files/demo/app1/1.1.0/dist/index.js"); resp.StatusCode != http.StatusNotFound {
		t.Errorf("a file of the unfinished publish: %s, want 404", resp.Status)
	}
	assertDirEntries(t, filepath.Join(dir, "tmp"), 0)
	assertDirEntries(t, filepath.Join(dir, "feeds", testFeed, "blobs"), 1)
	if _, err := os.Stat(filepath.Join(dir, "feeds", testFeed, "blobs", orphan+blobExt)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the unfinished publish's blob: %v, want it removed", err)
	}

	// The publisher never got 200: publishing the same version again works.
	status, body := postTarball(t, ts2, testFeed, "Basic "+testKey, npmTgz(t, `{"name":"app1","version":"1.1.0"}`, map[string]string{"index.js": "export {}"}))
	if status != http.StatusOK {
		t.Errorf("publishing the unfinished version again: %d %v", status, body)
	}
}

func TestDiskDamagedStateRefusesToOpen(t *testing.T) {
	setup := func(t *testing.T) (string, string) {
		dir := t.TempDir()
		s, err := Open(Options{DataDir: dir})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.Publish(testFeed, samplePackage("app1", "1.0.0")); err != nil {
			t.Fatal(err)
		}
		s.Close()
		return dir, filepath.Join(dir, "feeds", testFeed)
	}
	tests := []struct {
		name   string
		damage func(t *testing.T, feedDir string)
		want   string
	}{
		{"truncated state", func(t *testing.T, feedDir string) {
			os.WriteFile(filepath.Join(feedDir, "state.json"), []byte(`{"format":1,"plu`), 0o644)
		}, "state.json"},
		{"unknown format", func(t *testing.T, feedDir string) {
			os.WriteFile(filepath.Join(feedDir, "state.json"), []byte(`{"format":99}`), 0o644)
		}, "format 99"},
		{"missing blob", func(t *testing.T, feedDir string) {
			ents, _ := os.ReadDir(filepath.Join(feedDir, "blobs"))
			for _, e := range ents {
				os.Remove(filepath.Join(feedDir, "blobs", e.Name()))
			}
		}, "plugin app1"},
		{"blob id with a path", func(t *testing.T, feedDir string) {
			b, _ := os.ReadFile(filepath.Join(feedDir, "state.json"))
			var st map[string]any
			json.Unmarshal(b, &st)
			v := st["plugins"].(map[string]any)["app1"].(map[string]any)["versions"].([]any)[0].(map[string]any)
			v["blob"] = "../../../etc/passwd"
			b, _ = json.Marshal(st)
			os.WriteFile(filepath.Join(feedDir, "state.json"), b, 0o644)
		}, "invalid version record"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir, feedDir := setup(t)
			tt.damage(t, feedDir)
			s, err := Open(Options{DataDir: dir})
			if err == nil {
				s.Close()
				t.Fatal("Open of a damaged data directory succeeded")
			}
			if !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), "feed "+testFeed) {
				t.Errorf("Open: %v, want an error naming the feed and %q", err, tt.want)
			}
		})
	}
}

func TestDiskConcurrentPublishesLoseNothing(t *testing.T) {
	dir := t.TempDir()
	opts := Options{DataDir: dir, APIKeys: []string{testKey}}
	_, ts := newTestServer(t, opts)
	c := watch(t, ts, testFeed)

	// 50 publishes at once: 10 plugins × 5 versions, over HTTP.
	const plugins, versions = 10, 5
	tgzs := make(map[string][]byte)
	for p := range plugins {
		for v := range versions {
			name, version := fmt.Sprintf("p%02d", p), fmt.Sprintf("1.%d.0", v)
			tgzs[name+"@"+version] = npmTgz(t, `{"name":"`+name+`","version":"`+version+`"}`,
				map[string]string{"index.js": "export const v = '" + name + "@" + version + "';"})
		}
	}
	errs := make(chan error, len(tgzs))
	var wg sync.WaitGroup
	for id, tgz := range tgzs {
		wg.Go(func() {
			if _, err := publishHTTP(ts, testFeed, tgz); err != nil {
				errs <- fmt.Errorf("publish %s: %w", id, err)
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}

	// Every publish was announced: one add-pilet per plugin, then updates.
	adds, updates := 0, 0
	for range plugins * versions {
		switch ev := nextEvent(t, c); ev.Type {
		case "add-pilet":
			adds++
		case "update-pilet":
			updates++
		default:
			t.Errorf("unexpected event %s %s", ev.Type, ev.Data)
		}
	}
	if adds != plugins || updates != plugins*(versions-1) {
		t.Errorf("%d add-pilet and %d update-pilet events, want %d and %d", adds, updates, plugins, plugins*(versions-1))
	}

	// All 50 are kept, and survive a restart.
	s2, ts2 := newTestServer(t, opts)
	if items := getFeed(t, ts2, testFeed); len(items) != plugins {
		t.Errorf("feed after restart lists %d plugins, want %d", len(items), plugins)
	}
	for p := range plugins {
		name := fmt.Sprintf("p%02d", p)
		vs, err := s2.Versions(testFeed, name)
		if err != nil || len(vs.Versions) != versions {
			t.Errorf("%s after restart: %+v %v, want %d versions", name, vs, err, versions)
			continue
		}
		for _, v := range vs.Versions {
			resp, body := get(t, ts2, ts2.URL+v.Link)
			if want := "export const v = '" + name + "@" + v.Version + "';"; resp.StatusCode != http.StatusOK || string(body) != want {
				t.Errorf("GET %s: %s %q, want %q", v.Link, resp.Status, body, want)
			}
		}
	}
}

func TestConcurrentPublishesOfOneVersion(t *testing.T) {
	forEachStore(t, func(t *testing.T, opts Options) {
		opts.APIKeys = []string{testKey}
		s, ts := newTestServer(t, opts)
		const n = 8
		var tgzs [][]byte
		for i := range n {
			tgzs = append(tgzs, npmTgz(t, `{"name":"race","version":"1.0.0"}`, map[string]string{"index.js": fmt.Sprintf("export const i = %d;", i)}))
		}
		statuses := make(chan int, n)
		var wg sync.WaitGroup
		for _, tgz := range tgzs {
			wg.Go(func() {
				status, err := publishHTTP(ts, testFeed, tgz)
				if status == 0 {
					t.Error(err)
				}
				statuses <- status
			})
		}
		wg.Wait()
		close(statuses)
		var got []int
		for st := range statuses {
			got = append(got, st)
		}
		slices.Sort(got)
		if want := append([]int{200}, slices.Repeat([]int{409}, n-1)...); !slices.Equal(got, want) {
			t.Errorf("statuses %v, want one 200 and %d 409", got, n-1)
		}
		if vs, err := s.Versions(testFeed, "race"); err != nil || len(vs.Versions) != 1 {
			t.Errorf("versions %+v %v, want one", vs, err)
		}
		if opts.DataDir != "" {
			// The losers' blobs are gone.
			assertDirEntries(t, filepath.Join(opts.DataDir, "feeds", testFeed, "blobs"), 1)
		}
	})
}

// serve serves s on a new loopback server, closed when the test ends (s is
// not closed).
func serve(t *testing.T, s *Server) *httptest.Server {
	t.Helper()
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	return ts
}

// publishHTTP posts a tarball as postTarball does, but reports failures as
// an error, so that it may run on any goroutine.
func publishHTTP(ts *httptest.Server, feed string, tgz []byte) (int, error) {
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	fw, err := mw.CreateFormFile("file", "package.tgz")
	if err != nil {
		return 0, err
	}
	fw.Write(tgz)
	mw.Close()
	req, err := http.NewRequest(http.MethodPost, ts.URL+FeedPath(feed), &body)
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", mw.FormDataContentType())
	req.Header.Set("Authorization", "Basic "+testKey)
	resp, err := ts.Client().Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		return resp.StatusCode, fmt.Errorf("%s: %s", resp.Status, b)
	}
	return resp.StatusCode, err
}

func assertDirEntries(t *testing.T, dir string, want int) {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(ents) != want {
		var names []string
		for _, e := range ents {
			names = append(names, e.Name())
		}
		t.Errorf("%s holds %v, want %d entries", dir, names, want)
	}
}

func TestDiskWriteFailureIs500AndChangesNothing(t *testing.T) {
	dir := t.TempDir()
	s, ts := newTestServer(t, Options{DataDir: dir, APIKeys: []string{testKey}})
	if _, err := s.Publish(testFeed, samplePackage("app1", "1.0.0")); err != nil {
		t.Fatal(err)
	}
	want := feedJSON(t, s, testFeed)
	// The staging directory becomes a file: every write fails, whoever
	// runs the test.
	tmp := filepath.Join(dir, "tmp")
	if err := os.RemoveAll(tmp); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(tmp, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	tgz := npmTgz(t, `{"name":"app1","version":"2.0.0"}`, map[string]string{"index.js": "export {}"})
	if status, body := postTarball(t, ts, testFeed, "Basic "+testKey, tgz); status != http.StatusInternalServerError {
		t.Errorf("publish with a broken data directory: %d %v, want 500", status, body)
	}
	if _, err := s.Activate(testFeed, "app1", "1.0.0"); err != nil {
		t.Errorf("activating the active version needs no write: %v", err)
	}
	s.SetItem(testFeed, Item{Name: "x", Version: "1.0.0", Link: "file:///x.js"}) // logged, not applied
	if status, _ := apiCall(t, ts, "DELETE", FeedPath(testFeed)+"/app1", "Basic "+testKey, ""); status != http.StatusInternalServerError {
		t.Errorf("DELETE with a broken data directory: %d, want 500", status)
	}
	if got := feedJSON(t, s, testFeed); got != want {
		t.Errorf("feed after failed writes:\n%s\nwant\n%s", got, want)
	}

	// Repaired, the server goes on.
	if err := os.Remove(tmp); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(tmp, 0o755); err != nil {
		t.Fatal(err)
	}
	if status, body := postTarball(t, ts, testFeed, "Basic "+testKey, tgz); status != http.StatusOK {
		t.Errorf("publish after the repair: %d %v", status, body)
	}
}
