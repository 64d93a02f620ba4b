package feedserver

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"maps"
	"net/url"
	"regexp"
	"strconv"
	"strings"
)

// Item is one feed entry, encoded in JSON exactly as the Piral feed encodes
// it: name, version, link, integrity, config, custom and spec, with the empty
// optional fields omitted.
type Item struct {
	Name      string          `json:"name"`
	Version   string          `json:"version"`
	Link      string          `json:"link"`
	Integrity string          `json:"integrity,omitempty"`
	Config    json.RawMessage `json:"config,omitempty"`
	Custom    json.RawMessage `json:"custom,omitempty"`
	Spec      string          `json:"spec,omitempty"`
}

// Package is a plugin version's files as published.
type Package struct {
	// Name is the npm package name, e.g. "orders" or "@acme/orders".
	Name string
	// Version is a semantic version, e.g. "1.2.0" or "2.0.0-beta.1+sha.5114f85".
	Version string
	// Main is the entry file's path inside Files, e.g. "index.js" or
	// "dist/index.js". If empty, "index.js".
	Main string
	// Files maps slash-separated relative paths to contents.
	Files map[string][]byte
	// Config is copied into the feed item; it must be valid JSON if set.
	Config json.RawMessage
	// Custom is copied into the feed item; it must be valid JSON if set.
	Custom json.RawMessage
}

// maxNameLen is npm's limit on a package name's length.
const maxNameLen = 214

var (
	// nameRE follows npm's rules for new package names: lowercase, URL-safe,
	// an optional scope, no leading dot, hyphen or underscore, none of
	// ~'!()* after the scope. It is stricter than npm on scopes (npm lets
	// "@../x" through; a scope here is what a name may be, plus "~") and
	// on a name after a scope starting with "_".
	nameRE = regexp.MustCompile(`^(?:@[a-z0-9~-][a-z0-9._~-]*/[a-z0-9-]|[a-z0-9])[a-z0-9._-]*$`)
	// versionRE is the semver.org grammar: MAJOR.MINOR.PATCH, then an
	// optional -prerelease and +build.
	versionRE = regexp.MustCompile(`^(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)` +
		`(?:-(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*)?` +
		`(?:\+[0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*)?$`)
	// feedRE is a feed name: one URL path segment of unreserved characters.
	feedRE = regexp.MustCompile(`^[A-Za-z0-9._~-]+$`)
)

// reservedNames are refused as package names, as npm refuses them: what
// require("module").builtinModules lists in Node 20 (without the "_"
// internals and subpaths, which the name rules refuse anyway), and npm's
// own exclusions.
var reservedNames = map[string]bool{
	"assert": true, "async_hooks": true, "buffer": true, "child_process": true, "cluster": true, "console": true,
	"constants": true, "crypto": true, "dgram": true, "diagnostics_channel": true, "dns": true, "domain": true,
	"events": true, "fs": true, "http": true, "http2": true, "https": true, "inspector": true, "module": true,
	"net": true, "os": true, "path": true, "perf_hooks": true, "process": true, "punycode": true,
	"querystring": true, "readline": true, "repl": true, "stream": true, "string_decoder": true, "sys": true,
	"timers": true, "tls": true, "trace_events": true, "tty": true, "url": true, "util": true, "v8": true,
	"vm": true, "wasi": true, "worker_threads": true, "zlib": true,
	"node_modules": true, "favicon.ico": true,
}

func validName(name string) error {
	if reservedNames[name] {
		return fmt.Errorf("%w: %q is a Node.js core module or reserved name", ErrBadPackage, name)
	}
	if len(name) > maxNameLen || !nameRE.MatchString(name) {
		return fmt.Errorf("%w: invalid package name %q (lowercase letters, digits, - . _, optional @scope/, at most %d characters, not starting with . - or _)",
			ErrBadPackage, name, maxNameLen)
	}
	return nil
}

func validVersion(version string) error {
	if len(version) > 256 || !versionRE.MatchString(version) || !safeVersionNumbers(version) {
		return fmt.Errorf("%w: invalid version %q (want MAJOR.MINOR.PATCH with optional -prerelease and +build)", ErrBadPackage, version)
	}
	return nil
}

// safeVersionNumbers reports whether MAJOR, MINOR and PATCH of a version
// that matches versionRE are at most 2**53-1, as npm's semver requires.
func safeVersionNumbers(version string) bool {
	core, _, _ := strings.Cut(version, "-")
	core, _, _ = strings.Cut(core, "+")
	for part := range strings.SplitSeq(core, ".") {
		n, err := strconv.ParseUint(part, 10, 64)
		if err != nil || n > 1<<53-1 {
			return false
		}
	}
	return true
}

func validFeed(feed string) error {
	if !feedRE.MatchString(feed) || feed == "." || feed == ".." {
		return fmt.Errorf("invalid feed name %q (letters, digits, - . _ ~)", feed)
	}
	return nil
}

// validPath reports whether p is a clean, slash-separated relative path that
// stays inside its package: no empty, "." or ".." segments, no leading
// slash, no backslash, no NUL.
func validPath(p string) bool {
	if p == "" || strings.ContainsAny(p, "\\\x00") {
		return false
	}
	for seg := range strings.SplitSeq(p, "/") {
		if seg == "" || seg == "." || seg == ".." {
			return false
		}
	}
	return true
}

// cleanEntry turns a package.json entry such as "./dist/index.js" into a
// path inside the package.
func cleanEntry(p string) string {
	for strings.HasPrefix(p, "./") {
		p = p[2:]
	}
	return p
}

// release is a validated, published plugin version: its feed item (with a
// server-relative link) and its files.
type release struct {
	item  Item
	files map[string][]byte
}

// newRelease validates p and builds the stored version of it in feed. It
// copies everything it keeps, so the caller may reuse p.
func newRelease(feed string, p Package) (*release, error) {
	if err := validFeed(feed); err != nil {
		return nil, err
	}
	if err := validName(p.Name); err != nil {
		return nil, err
	}
	if err := validVersion(p.Version); err != nil {
		return nil, err
	}
	main := cleanEntry(p.Main)
	if main == "" {
		main = "index.js"
	}
	if !validPath(main) {
		return nil, fmt.Errorf("%w: invalid entry path %q", ErrBadPackage, p.Main)
	}
	for name := range p.Files {
		if !validPath(name) {
			return nil, fmt.Errorf("%w: invalid file path %q", ErrBadPackage, name)
		}
	}
	entry, ok := p.Files[main]
	if !ok {
		return nil, fmt.Errorf("%w: entry file %q is not in the package", ErrBadPackage, main)
	}
	for field, raw := range map[string]json.RawMessage{"config": p.Config, "custom": p.Custom} {
		if len(raw) > 0 && !json.Valid(raw) {
			return nil, fmt.Errorf("%w: %s is not valid JSON", ErrBadPackage, field)
		}
	}
	files := maps.Clone(p.Files)
	for name, b := range files {
		files[name] = clone(b)
	}
	sum := sha256.Sum256(entry)
	return &release{
		item: Item{
			Name:      p.Name,
			Version:   p.Version,
			Link:      filePath(feed, p.Name, p.Version, main),
			Integrity: "sha256-" + base64.StdEncoding.EncodeToString(sum[:]),
			Config:    clone(p.Config),
			Custom:    clone(p.Custom),
		},
		files: files,
	}, nil
}

// filePath is the server-relative, escaped URL path of one file of a
// published version.
func filePath(feed, name, version, file string) string {
	u := url.URL{Path: "/files/" + feed + "/" + name + "/" + version + "/" + file}
	return u.EscapedPath()
}

func clone[S ~[]byte](b S) S {
	if b == nil {
		return nil
	}
	return append(S{}, b...)
}
