package plugmux

import (
	"encoding/json"
	"errors"
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"
)

// Fuzz targets for what plugmux parses from a feed: the feed document, its
// items, names and versions. Their seed corpora run as ordinary tests; run
// one longer with, for example,
//
//	go test -run '^$' -fuzz '^FuzzParseFeed$' -fuzztime 5m .

var feedSeeds = []string{
	`{"items":[]}`,
	`{"items":[{"name":"app1","version":"1.0.0","link":"https://feed.example.com/app1/index.js"}]}`,
	`{"items":[{"name":"@acme/orders","version":"2.0.0-beta.1","link":"http://127.0.0.1:9000/files/demo/@acme/orders/2.0.0/dist/index.js","integrity":"sha256-AAAA","config":{"a":1},"custom":[1,2],"spec":"v2"}]}`,
	`{"items":[{"name":"App","version":"1","link":"https://x/y"},{"name":"ok","version":"1 2","link":"https://x/y"},{"name":"ok2","version":"1","link":"ftp://x/y"}]}`,
	`{"items":[{"name":1,"version":{}},null,"x",[],{"name":"file-link","version":"1","link":"file:///tmp/a.js"}]}`,
	`{"items":null}`, `{}`, `[]`, `null`, `{"items":{}}`, `{"items":[{"name":"a","version":"1","link":"https://"}]}`,
	`{"items":[{"name":"a","version":"1","link":"https://h/%zz"}],"extra":true}`,
	"{\"items\":[{\"name\":\"a\\u0000\",\"version\":\"1\\t\",\"link\":\"https://h/\"}]}",
	`{"items":[{"name":"` + strings.Repeat("a", 215) + `","version":"1","link":"https://h/"}]}`,
}

// FuzzParseFeed: parseFeed never panics; a document it accepts has every
// array element either in items (valid, as validate says) or in bad (an
// ErrInvalidItem naming it); and the items it accepts parse again, unchanged,
// from a feed written back.
func FuzzParseFeed(f *testing.F) {
	for _, s := range feedSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		items, bad, err := parseFeed(body)
		if err != nil {
			if !errors.Is(err, ErrBadFeed) {
				t.Fatalf("error %v does not wrap ErrBadFeed", err)
			}
			if items != nil || bad != nil {
				t.Fatalf("error %v with items %v and bad %v", err, items, bad)
			}
			return
		}
		var doc struct {
			Items []json.RawMessage `json:"items"`
		}
		if err := json.Unmarshal(body, &doc); err != nil {
			t.Fatalf("parseFeed accepted what encoding/json refuses: %v", err)
		}
		if len(items)+len(bad) != len(doc.Items) {
			t.Fatalf("%d items and %d bad of %d elements", len(items), len(bad), len(doc.Items))
		}
		for _, e := range bad {
			if !errors.Is(e, ErrInvalidItem) {
				t.Fatalf("bad item error %v does not wrap ErrInvalidItem", e)
			}
			var pe *PluginError
			if !errors.As(e, &pe) {
				t.Fatalf("bad item error %v is not a *PluginError", e)
			}
		}
		for _, it := range items {
			if err := it.validate(); err != nil {
				t.Fatalf("accepted item %v does not validate: %v", it, err)
			}
		}
		again, err := json.Marshal(struct {
			Items []Item `json:"items"`
		}{append([]Item{}, items...)})
		if err != nil {
			t.Fatal(err)
		}
		items2, bad2, err := parseFeed(again)
		if err != nil || len(bad2) != 0 || len(items2) != len(items) {
			t.Fatalf("written back, the feed parses to %v, %v, %v", items2, bad2, err)
		}
		for i := range items {
			if !items[i].sameBuild(items2[i]) || items[i].Spec != items2[i].Spec {
				t.Fatalf("item %v became %v written back", items[i], items2[i])
			}
		}
	})
}

// FuzzValidateName: an accepted name is what a URL namespace needs: lower
// case ASCII from a-z 0-9 - . _ ~, at most one "/" after an "@scope", no
// part empty or starting with "." or "_", and unchanged by path escaping.
func FuzzValidateName(f *testing.F) {
	for _, s := range []string{"app1", "@acme/orders", "", "@", "@/", "@a/", "@a/b/c", ".x", "_x", "x.", "A", "a b", "a%2f", "..", "~", "a/b",
		"@acme/.x", "ü", "\x00", strings.Repeat("a", 214), strings.Repeat("a", 215), "@" + strings.Repeat("a", 100) + "/" + strings.Repeat("b", 113)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		err := ValidateName(name)
		if err != nil {
			if !errors.Is(err, ErrInvalidItem) {
				t.Fatalf("error %v does not wrap ErrInvalidItem", err)
			}
			return
		}
		if name == "" || len(name) > 214 || !utf8.ValidString(name) {
			t.Fatalf("accepted %q", name)
		}
		parts := []string{name}
		if strings.HasPrefix(name, "@") {
			parts = strings.Split(name[1:], "/")
			if len(parts) != 2 {
				t.Fatalf("accepted scoped %q without exactly one /", name)
			}
		} else if strings.Contains(name, "/") {
			t.Fatalf("accepted unscoped %q with a /", name)
		}
		for _, p := range parts {
			if p == "" || p[0] == '.' || p[0] == '_' {
				t.Fatalf("accepted %q: part %q", name, p)
			}
			if strings.Trim(p, "abcdefghijklmnopqrstuvwxyz0123456789-._~") != "" {
				t.Fatalf("accepted %q: part %q has other characters", name, p)
			}
			if url.PathEscape(p) != p {
				t.Fatalf("accepted %q: part %q changes when escaped in a path", name, p)
			}
		}
	})
}

// FuzzItemValidate: validate never panics, and accepts exactly the items
// with a valid name, a version without white space or control characters,
// and an absolute http(s) link with a host or a file link.
func FuzzItemValidate(f *testing.F) {
	f.Add("app1", "1.0.0", "https://h/index.js")
	f.Add("@a/b", "1", "file:///x.js")
	f.Add("app1", "", "https://h/")
	f.Add("app1", "1\u00a0", "https://h/")
	f.Add("app1", "1", "https:///x")
	f.Add("app1", "1", "HTTPS://h/x")
	f.Add("app1", "1", "//h/x")
	f.Add("app1", "1", "https://h/%zz")
	f.Add("app1", "1", "javascript:alert(1)")
	f.Fuzz(func(t *testing.T, name, version, link string) {
		it := Item{Name: name, Version: version, Link: link}
		err := it.validate()
		if err != nil {
			if !errors.Is(err, ErrInvalidItem) {
				t.Fatalf("error %v does not wrap ErrInvalidItem", err)
			}
			return
		}
		if ValidateName(name) != nil {
			t.Fatalf("accepted name %q", name)
		}
		if version == "" || strings.ContainsFunc(version, isSpaceOrControl) {
			t.Fatalf("accepted version %q", version)
		}
		u, perr := url.Parse(link)
		if perr != nil || !(u.Scheme == "file" || (u.Scheme == "http" || u.Scheme == "https") && u.Host != "") {
			t.Fatalf("accepted link %q", link)
		}
	})
}
