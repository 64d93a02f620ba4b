package feedserver

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// apiCall sends a version API request; auth is the Authorization header,
// none if empty. It returns the status and the raw JSON body.
func apiCall(t *testing.T, ts *httptest.Server, method, path, auth, body string) (int, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, ts.URL+path, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if auth != "" {
		req.Header.Set("Authorization", auth)
	}
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := ts.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "application/json" {
		t.Errorf("%s %s: Content-Type %q, want application/json", method, path, ct)
	}
	if !json.Valid(b) {
		t.Errorf("%s %s: body is not JSON: %s", method, path, b)
	}
	return resp.StatusCode, b
}

func TestVersionAPI(t *testing.T) { forEachStore(t, testVersionAPI) }

func testVersionAPI(t *testing.T, opts Options) {
	opts.APIKeys = []string{testKey}
	s, ts := newTestServer(t, opts)
	auth := "Basic " + testKey
	c := watch(t, ts, testFeed)
	start := time.Now().Add(-time.Second)
	for _, v := range []string{"1.0.0", "1.1.0", "2.0.0"} {
		tgz := npmTgz(t, `{"name":"app1","version":"`+v+`"}`, map[string]string{"index.js": "export const v = '" + v + "';"})
		if status, body := postTarball(t, ts, testFeed, auth, tgz); status != http.StatusOK {
			t.Fatalf("publish %s: %d %v", v, status, body)
		}
	}
	if _, err := s.Publish(testFeed, samplePackage("@acme/orders", "1.0.0")); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Publish(testFeed, samplePackage("@acme/orders", "1.0.1")); err != nil {
		t.Fatal(err)
	}
	expectEvent(t, c, "add-pilet", `{"name":"app1","version":"1.0.0"}`)
	expectEvent(t, c, "update-pilet", `{"name":"app1","version":"1.1.0"}`)
	expectEvent(t, c, "update-pilet", `{"name":"app1","version":"2.0.0"}`)
	expectEvent(t, c, "add-pilet", `{"name":"@acme/orders","version":"1.0.0"}`)
	expectEvent(t, c, "update-pilet", `{"name":"@acme/orders","version":"1.0.1"}`)

	// List.
	status, body := apiCall(t, ts, "GET", FeedPath(testFeed)+"/app1/versions", auth, "")
	if status != http.StatusOK {
		t.Fatalf("GET versions: %d %s", status, body)
	}
	var vs Versions
	if err := json.Unmarshal(body, &vs); err != nil {
		t.Fatal(err)
	}
	if vs.Name != "app1" || vs.Active != "2.0.0" || len(vs.Versions) != 3 {
		t.Fatalf("versions %s, want app1 with 3 versions, 2.0.0 active", body)
	}
	for i, v := range vs.Versions {
		want := []string{"1.0.0", "1.1.0", "2.0.0"}[i]
		if v.Version != want || v.Active != (want == "2.0.0") || v.Link != ts.URL+"/files/demo/app1/"+want+"/index.js" ||
			v.Integrity != integrityOf([]byte("export const v = '"+want+"';")) || v.Published.Before(start) ||
			i > 0 && v.Published.Before(vs.Versions[i-1].Published) {
			t.Errorf("version %d: %+v", i, v)
		}
	}

	// Roll back, with PUT; the feed lists the old version and watchers
	// hear of it.
	status, body = apiCall(t, ts, "PUT", FeedPath(testFeed)+"/app1/active", auth, `{"version":"1.0.0"}`)
	if status != http.StatusOK || !strings.Contains(string(body), `"success":true`) ||
		!strings.Contains(string(body), `"link":"`+ts.URL+`/files/demo/app1/1.0.0/index.js"`) {
		t.Fatalf("PUT active: %d %s", status, body)
	}
	expectEvent(t, c, "update-pilet", `{"name":"app1","version":"1.0.0"}`)
	items := getFeed(t, ts, testFeed)
	if len(items) != 2 || items[1].Name != "app1" || items[1].Version != "1.0.0" || items[1].Integrity != integrityOf([]byte("export const v = '1.0.0';")) {
		t.Fatalf("feed after rollback: %+v", items)
	}
	// Activating the active version changes nothing and announces nothing.
	if status, body := apiCall(t, ts, "PUT", FeedPath(testFeed)+"/app1/active", auth, `{"version":"1.0.0"}`); status != http.StatusOK {
		t.Fatalf("PUT active again: %d %s", status, body)
	}
	s.Broadcast(testFeed, "marker", nil)
	expectEvent(t, c, "marker", `null`)
	// Roll forward with POST, on a scoped name.
	if status, body := apiCall(t, ts, "POST", FeedPath(testFeed)+"/@acme/orders/active", auth, `{"version":"1.0.0"}`); status != http.StatusOK {
		t.Fatalf("POST active of a scoped name: %d %s", status, body)
	}
	expectEvent(t, c, "update-pilet", `{"name":"@acme/orders","version":"1.0.0"}`)
	if status, body := apiCall(t, ts, "GET", FeedPath(testFeed)+"/@acme%2Forders/versions", auth, ""); status != http.StatusOK ||
		!strings.Contains(string(body), `"active":"1.0.0"`) {
		t.Errorf("GET versions of an escaped scoped name: %d %s", status, body)
	}

	// Refusals.
	for _, c := range []struct {
		method, path, auth, body string
		status                   int
	}{
		{"GET", "/app1/versions", "", "", 401},
		{"GET", "/app1/versions", "Basic wrong", "", 401},
		{"PUT", "/app1/active", "", `{"version":"2.0.0"}`, 401},
		{"DELETE", "/app1", "", "", 401},
		{"GET", "/nope/versions", auth, "", 404},
		{"GET", "/app1/nope", auth, "", 404},
		{"GET", "/app1/versions/x", auth, "", 404},
		{"GET", "/Bad/versions", auth, "", 404},
		{"PUT", "/app1/active", auth, `{"version":"9.9.9"}`, 404},
		{"PUT", "/nope/active", auth, `{"version":"1.0.0"}`, 404},
		{"PUT", "/app1/active", auth, `not json`, 400},
		{"PUT", "/app1/active", auth, `{}`, 400},
		{"PUT", "/app1/active", auth, `{"version":"1.0.0","extra":1}`, 400},
		{"PUT", "/app1/active", auth, `{"version":"` + strings.Repeat("1", maxActivateBody) + `"}`, 400},
		{"PUT", "/app1/versions", auth, `{"version":"1.0.0"}`, 404},
		{"DELETE", "/nope", auth, "", 404},
		{"DELETE", "/app1/versions", auth, "", 404},
	} {
		status, body := apiCall(t, ts, c.method, FeedPath(testFeed)+c.path, c.auth, c.body)
		if status != c.status || !strings.Contains(string(body), `"error"`) {
			t.Errorf("%s %s: %d %s, want %d with an error", c.method, c.path, status, body, c.status)
		}
	}
	if items := getFeed(t, ts, testFeed); items[1].Version != "1.0.0" {
		t.Errorf("refused requests changed the feed: %+v", items)
	}

	// Remove.
	status, body = apiCall(t, ts, "DELETE", FeedPath(testFeed)+"/app1", auth, "")
	if status != http.StatusOK || !strings.Contains(string(body), `"success":true`) {
		t.Fatalf("DELETE: %d %s", status, body)
	}
	expectEvent(t, c, "remove-pilet", `{"name":"app1","version":"1.0.0"}`)
	if items := getFeed(t, ts, testFeed); len(items) != 1 || items[0].Name != "@acme/orders" {
		t.Errorf("feed after DELETE: %+v", items)
	}
	if status, _ := apiCall(t, ts, "GET", FeedPath(testFeed)+"/app1/versions", auth, ""); status != http.StatusNotFound {
		t.Errorf("versions after DELETE: %d, want 404", status)
	}
	if resp, _ := get(t, ts, ts.URL+"/files/demo/app1/2.0.0/index.js"); resp.StatusCode != http.StatusNotFound {
		t.Errorf("a removed version's file: %s, want 404", resp.Status)
	}
}

func TestVersionAPIWithoutKeys(t *testing.T) {
	s, ts := newTestServer(t, Options{})
	if _, err := s.Publish(testFeed, samplePackage("app1", "1.0.0")); err != nil {
		t.Fatal(err)
	}
	if status, body := apiCall(t, ts, "GET", FeedPath(testFeed)+"/app1/versions", "Basic anything", ""); status != http.StatusUnauthorized {
		t.Errorf("GET versions on a server without keys: %d %s, want 401", status, body)
	}
}

func TestActivateGoAPI(t *testing.T) {
	s, _ := newTestServer(t, Options{})
	if _, err := s.Activate(testFeed, "app1", "1.0.0"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Activate of an unknown plugin: %v, want ErrNotFound", err)
	}
	s.SetItem(testFeed, Item{Name: "app1", Version: "0.1.0", Link: "file:///x.js"})
	if vs, err := s.Versions(testFeed, "app1"); err != nil || vs.Active != "" || len(vs.Versions) != 0 {
		t.Errorf("Versions of an item set verbatim: %+v %v", vs, err)
	}
	for _, v := range []string{"1.0.0", "2.0.0"} {
		if _, err := s.Publish(testFeed, samplePackage("app1", v)); err != nil {
			t.Fatal(err)
		}
	}
	// An item set verbatim hides the published versions until one is
	// activated.
	s.SetItem(testFeed, Item{Name: "app1", Version: "0.2.0", Link: "file:///y.js"})
	if vs, _ := s.Versions(testFeed, "app1"); vs.Active != "" || vs.Versions[0].Active || vs.Versions[1].Active {
		t.Errorf("Versions while an item is set verbatim: %+v", vs)
	}
	it, err := s.Activate(testFeed, "app1", "2.0.0")
	if err != nil || it.Version != "2.0.0" || it.Link != "/files/demo/app1/2.0.0/dist/index.js" {
		t.Errorf("Activate: %+v %v", it, err)
	}
	if _, err := s.Activate(testFeed, "app1", "3.0.0"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Activate of an unknown version: %v, want ErrNotFound", err)
	}
}

func TestSplitPlugin(t *testing.T) {
	for rest, want := range map[string][2]string{
		"app1":                  {"app1", ""},
		"app1/versions":         {"app1", "/versions"},
		"app1/":                 {"app1", "/"},
		"@acme/orders":          {"@acme/orders", ""},
		"@acme/orders/active":   {"@acme/orders", "/active"},
		"@acme":                 {"@acme", ""},
		"@acme/orders/active/x": {"@acme/orders", "/active/x"},
		"":                      {"", ""},
	} {
		if name, action := splitPlugin(rest); name != want[0] || action != want[1] {
			t.Errorf("splitPlugin(%q) = %q, %q, want %q, %q", rest, name, action, want[0], want[1])
		}
	}
}

func TestPublicURL(t *testing.T) {
	s, ts := newTestServer(t, Options{PublicURL: "https://feeds.example.com/", APIKeys: []string{testKey}})
	if _, err := s.Publish(testFeed, samplePackage("app1", "1.0.0")); err != nil {
		t.Fatal(err)
	}
	want := "https://feeds.example.com/files/demo/app1/1.0.0/dist/index.js"
	if items := getFeed(t, ts, testFeed); items[0].Link != want {
		t.Errorf("feed link %s, want %s", items[0].Link, want)
	}
	if _, body := apiCall(t, ts, "GET", FeedPath(testFeed)+"/app1/versions", "Basic "+testKey, ""); !strings.Contains(string(body), `"link":"`+want+`"`) {
		t.Errorf("versions %s, want link %s", body, want)
	}
}
