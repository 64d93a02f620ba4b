package plugins

import (
	"encoding/json"
	"io/fs"
	"path"
	"regexp"
	"testing"
)

func TestDemosEntriesEmbedded(t *testing.T) {
	demos := Demos()
	if len(demos) != 3 {
		t.Fatalf("Demos() has %d entries, want 3", len(demos))
	}
	seen := map[string]bool{}
	for _, d := range demos {
		if seen[d.Name] {
			t.Errorf("duplicate demo name %q", d.Name)
		}
		seen[d.Name] = true
		p := path.Join(d.Dir, d.Main)
		if !fs.ValidPath(p) {
			t.Errorf("%s: invalid path %q", d.Name, p)
			continue
		}
		b, err := fs.ReadFile(FS, p)
		if err != nil {
			t.Errorf("%s: %v", d.Name, err)
			continue
		}
		if len(b) == 0 {
			t.Errorf("%s: %s is empty", d.Name, p)
		}
	}
}

func TestDemosFreshSlice(t *testing.T) {
	a := Demos()
	a[0].Name = "changed"
	if b := Demos(); b[0].Name != "app1" {
		t.Fatalf("Demos() shares state between calls: got %q", b[0].Name)
	}
}

func TestApp2OtherEmbedded(t *testing.T) {
	b, err := fs.ReadFile(FS, "app2/other.js")
	if err != nil || len(b) == 0 {
		t.Fatalf("app2/other.js: len=%d err=%v", len(b), err)
	}
}

func TestApp3PackageMatchesDemo(t *testing.T) {
	b, err := fs.ReadFile(FS, "app3/package.json")
	if err != nil {
		t.Fatal(err)
	}
	var pkg struct {
		Name    string `json:"name"`
		Version string `json:"version"`
		Module  string `json:"module"`
	}
	if err := json.Unmarshal(b, &pkg); err != nil {
		t.Fatal(err)
	}
	for _, d := range Demos() {
		if d.Name != "app3" {
			continue
		}
		if pkg.Name != d.Name || pkg.Version != d.Version || pkg.Module != d.Main {
			t.Errorf("package.json %+v does not match demo %+v", pkg, d)
		}
	}
}

func TestApp3BundleSelfContained(t *testing.T) {
	b, err := fs.ReadFile(FS, "app3/dist/index.js")
	if err != nil {
		t.Fatal(err)
	}
	// A CommonJS require of a module by name, e.g. require("cors"), is
	// something the host would not be able to resolve.
	requireCall := regexp.MustCompile(`\brequire\(\s*["'\x60]`)
	if m := requireCall.Find(b); m != nil {
		t.Errorf("app3 bundle contains an unresolved require: %q", m)
	}
	if !regexp.MustCompile(`\bcorsMiddleware\b`).Match(b) {
		t.Errorf("app3 bundle does not inline the cors package")
	}
}
