package feedserver

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"errors"
	"net/url"
	"strings"
	"testing"
)

// FuzzReadPackage: unpacking a tarball never panics, fails only with
// ErrBadPackage or ErrTooLarge, stays within its limits, and a package it
// accepts has package.json and only safe paths inside the package. Seeds
// run as ordinary tests; a longer run:
//
//	go test -run '^$' -fuzz '^FuzzReadPackage$' -fuzztime 5m ./internal/feedserver/
//
// The fuzzer mutates the uncompressed tar (gzip's checksum would stop
// almost every mutation at the first step): each input is compressed
// before it is read, and raw inputs are tried as the compressed stream too.
func FuzzReadPackage(f *testing.F) {
	tarOf := func(entries ...tarEntry) []byte {
		var buf bytes.Buffer
		tw := tar.NewWriter(&buf)
		for _, e := range entries {
			hdr := &tar.Header{Name: e.name, Mode: 0o644, Typeflag: e.typ, Linkname: e.link}
			if e.typ == 0 {
				hdr.Typeflag = tar.TypeReg
				hdr.Size = int64(len(e.body))
			}
			if err := tw.WriteHeader(hdr); err != nil {
				f.Fatal(err)
			}
			tw.Write([]byte(e.body))
		}
		tw.Close()
		return buf.Bytes()
	}
	pkg := `{"name":"app1","version":"1.0.0","module":"dist/index.js","custom":{"a":1}}`
	f.Add(tarOf(tarEntry{name: "package/", typ: tar.TypeDir}, tarEntry{name: "package/package.json", body: pkg},
		tarEntry{name: "package/dist/index.js", body: "export function setup() {}"}))
	f.Add(tarOf(tarEntry{name: "package/package.json", body: `{"name":"x","version":"1"}`}, tarEntry{name: "package/../evil", body: "x"}))
	f.Add(tarOf(tarEntry{name: "package/package.json", body: `{}`}, tarEntry{name: "package/l", typ: tar.TypeSymlink, link: "/etc/passwd"}))
	f.Add(tarOf(tarEntry{name: "package/package.json", body: `{"name":1}`}, tarEntry{name: "package/package.json", body: `{}`}))
	f.Add(tarOf(tarEntry{name: "/abs", body: "x"}, tarEntry{name: "top", body: "x"}, tarEntry{name: `package\x\y`, body: "x"}))
	f.Add(tarOf(tarEntry{name: "package/package.json", body: `{"name":"a","version":"1","main":"../x","custom":null}`}))
	f.Add([]byte{})
	f.Add([]byte("not a tarball"))
	f.Add(makeTgz(f, tarEntry{name: "package/package.json", body: pkg}))
	lim := packageLimits{maxBytes: 1 << 16, maxUnpackedBytes: 1 << 18, maxFiles: 64}
	f.Fuzz(func(t *testing.T, data []byte) {
		var gz bytes.Buffer
		zw := gzip.NewWriter(&gz)
		zw.Write(data)
		zw.Close()
		for _, in := range [][]byte{gz.Bytes(), data} {
			p, err := readPackage(bytes.NewReader(in), lim)
			if err != nil {
				if !errors.Is(err, ErrBadPackage) && !errors.Is(err, ErrTooLarge) {
					t.Fatalf("error %v is neither ErrBadPackage nor ErrTooLarge", err)
				}
				continue
			}
			if int64(len(in)) > lim.maxBytes {
				t.Fatalf("accepted %d bytes, limit %d", len(in), lim.maxBytes)
			}
			if _, ok := p.Files["package.json"]; !ok {
				t.Fatal("accepted a package without package.json")
			}
			if len(p.Files) > lim.maxFiles {
				t.Fatalf("accepted %d files, limit %d", len(p.Files), lim.maxFiles)
			}
			var total int64
			for name, b := range p.Files {
				total += int64(len(b))
				if name == "" || strings.HasPrefix(name, "/") || strings.Contains(name, "\\") || !validPath(name) {
					t.Fatalf("accepted the path %q", name)
				}
				for _, seg := range strings.Split(name, "/") {
					if seg == ".." || seg == "." || seg == "" {
						t.Fatalf("accepted the path %q", name)
					}
				}
			}
			if total > lim.maxUnpackedBytes {
				t.Fatalf("accepted %d unpacked bytes, limit %d", total, lim.maxUnpackedBytes)
			}
		}
	})
}

// FuzzNameAndVersion: a name validName accepts is safe as the path
// segments of the file URLs (unchanged by escaping, no dot segments), and a
// version validVersion accepts is one semver segment without "/".
func FuzzNameAndVersion(f *testing.F) {
	for _, s := range []string{"app1", "@acme/orders", "@../x", "@s/_x", "a~b", "http", "-a", "1.0.0", "1.0.0-rc.1+b.2", "01.0.0", "9007199254740992.0.0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if validName(s) == nil {
			segs := strings.Split(s, "/")
			if len(segs) > 2 || len(segs) == 2 && !strings.HasPrefix(s, "@") {
				t.Fatalf("name %q has more segments than a scope and a name", s)
			}
			for _, seg := range segs {
				if seg == "" || seg == "." || seg == ".." || url.PathEscape(seg) != seg || reservedNames[s] {
					t.Fatalf("name %q is not a safe path segment", s)
				}
			}
		}
		if validVersion(s) == nil {
			if s == "" || s == "." || s == ".." || url.PathEscape(s) != s {
				t.Fatalf("version %q is not a safe path segment", s)
			}
		}
	})
}
