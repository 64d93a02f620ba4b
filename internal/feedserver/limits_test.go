package feedserver

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"mime/multipart"
	"net/http"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// manyFiles writes an npm tarball of package.json and n empty files to w,
// counting the entries written in *written. It stops at the first write
// error (the reader went away).
func manyFiles(w io.Writer, n int, written *atomic.Int64) error {
	zw := gzip.NewWriter(w)
	tw := tar.NewWriter(zw)
	meta := `{"name":"junk","version":"1.0.0"}`
	if err := tw.WriteHeader(&tar.Header{Name: "package/package.json", Mode: 0o644, Typeflag: tar.TypeReg, Size: int64(len(meta))}); err != nil {
		return err
	}
	if _, err := io.WriteString(tw, meta); err != nil {
		return err
	}
	for i := range n {
		if err := tw.WriteHeader(&tar.Header{Name: fmt.Sprintf("package/f%d", i), Mode: 0o644, Typeflag: tar.TypeReg}); err != nil {
			return err
		}
		written.Add(1)
	}
	if err := tw.Close(); err != nil {
		return err
	}
	return zw.Close()
}

// TestMillionEmptyFilesRefusedFast posts a tarball of a million empty files
// as a stream: the service answers 413 once it reads the entry past its
// limit, and has not read (nor the client generated) the rest.
func TestMillionEmptyFilesRefusedFast(t *testing.T) {
	s, ts := newTestServer(t, Options{APIKeys: []string{testKey}})
	pr, pw := io.Pipe()
	mw := multipart.NewWriter(pw)
	var written atomic.Int64
	genDone := make(chan error, 1)
	go func() {
		fw, err := mw.CreateFormFile("file", "package.tgz")
		if err == nil {
			err = manyFiles(fw, 1_000_000, &written)
		}
		if err == nil {
			err = mw.Close()
		}
		pw.CloseWithError(err)
		genDone <- err
	}()
	req, err := http.NewRequest(http.MethodPost, ts.URL+FeedPath(testFeed), pr)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", mw.FormDataContentType())
	req.Header.Set("Authorization", "Basic "+testKey)
	start := time.Now()
	resp, err := ts.Client().Do(req)
	d := time.Since(start)
	pr.CloseWithError(errors.New("the test is done with the upload"))
	if err != nil {
		t.Fatalf("POST: %v", err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusRequestEntityTooLarge || !strings.Contains(string(body), "more than 10000 entries") {
		t.Errorf("POST: %s %s, want 413 saying the tarball has too many entries", resp.Status, body)
	}
	<-genDone
	if n := written.Load(); n >= 1_000_000 {
		t.Errorf("the client wrote all %d entries: the service read the whole upload", n)
	}
	if items := getFeed(t, ts, testFeed); len(items) != 0 {
		t.Errorf("the feed holds %+v after a refused publish", items)
	}
	_ = s
	t.Logf("refused after %v; the client had generated %d of 1000000 entries", d, written.Load())
}

// TestUnpackedBytesLimit: tar headers count in the unpacked size, and a
// file whose header announces more than the limit is refused before it is
// read.
func TestUnpackedBytesLimit(t *testing.T) {
	s := New(Options{MaxUnpackedBytes: 1 << 20})
	t.Cleanup(func() { s.Close() })
	var buf bytes.Buffer
	var n atomic.Int64
	if err := manyFiles(&buf, 3000, &n); err != nil { // 3000 headers: 1.5 MB
		t.Fatal(err)
	}
	if _, err := s.PublishTarball(testFeed, &buf); !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "unpacked") {
		t.Errorf("3000 empty files: %v, want ErrTooLarge about the unpacked size", err)
	}
	big := makeTgz(t, tarEntry{name: "package/package.json", body: `{"name":"big","version":"1.0.0"}`},
		tarEntry{name: "package/big.js", body: strings.Repeat("x", 2<<20)})
	if _, err := s.PublishTarball(testFeed, bytes.NewReader(big)); !errors.Is(err, ErrTooLarge) {
		t.Errorf("a 2 MiB file: %v, want ErrTooLarge", err)
	}
	small := makeTgz(t, tarEntry{name: "package/package.json", body: `{"name":"small","version":"1.0.0"}`},
		tarEntry{name: "package/index.js", body: "export function setup() {}"})
	if _, err := s.PublishTarball(testFeed, bytes.NewReader(small)); err != nil {
		t.Errorf("a small package: %v", err)
	}
	// A bomb after the end of the archive: the tar ends, then megabytes of
	// zeros compress to a few kilobytes.
	var bomb bytes.Buffer
	zw := gzip.NewWriter(&bomb)
	tw := tar.NewWriter(zw)
	meta := `{"name":"bomb","version":"1.0.0"}`
	tw.WriteHeader(&tar.Header{Name: "package/package.json", Mode: 0o644, Typeflag: tar.TypeReg, Size: int64(len(meta))})
	io.WriteString(tw, meta)
	tw.Close()
	zw.Write(make([]byte, 4<<20))
	zw.Close()
	if _, err := s.PublishTarball(testFeed, &bomb); !errors.Is(err, ErrTooLarge) {
		t.Errorf("4 MiB of zeros after the archive: %v, want ErrTooLarge", err)
	}
	s2 := New(Options{MaxPackageFiles: 2})
	t.Cleanup(func() { s2.Close() })
	three := makeTgz(t, tarEntry{name: "package/", typ: tar.TypeDir}, tarEntry{name: "package/package.json", body: `{"name":"three","version":"1.0.0"}`},
		tarEntry{name: "package/index.js", body: "export function setup() {}"})
	if _, err := s2.PublishTarball(testFeed, bytes.NewReader(three)); !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "more than 2 entries") {
		t.Errorf("three entries with MaxPackageFiles 2: %v, want ErrTooLarge", err)
	}
}

// TestRefusedJunkLeavesNoTrace: a refused tarball writes nothing to the data
// directory, so a restart costs what it cost before.
func TestRefusedJunkLeavesNoTrace(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(Options{DataDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Publish(testFeed, samplePackage("keep", "1.0.0")); err != nil {
		t.Fatal(err)
	}
	before := listFiles(t, dir)
	for range 3 {
		pr, pw := io.Pipe()
		var n atomic.Int64
		go func() { pw.CloseWithError(manyFiles(pw, 1_000_000, &n)) }()
		if _, err := s.PublishTarball(testFeed, pr); !errors.Is(err, ErrTooLarge) {
			t.Errorf("junk: %v, want ErrTooLarge", err)
		}
		pr.CloseWithError(errors.New("done"))
	}
	if after := listFiles(t, dir); after != before {
		t.Errorf("the data directory changed after refused publishes:\nbefore %s\nafter  %s", before, after)
	}
	s.Close()
	s, err = Open(Options{DataDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got := feedJSON(t, s, testFeed); !strings.Contains(got, `"keep"`) {
		t.Errorf("after a restart the feed is %s", got)
	}
}

func listFiles(t *testing.T, dir string) string {
	t.Helper()
	var names []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		names = append(names, strings.TrimPrefix(path, dir))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return strings.Join(names, " ")
}

// TestMaxWatchers: past MaxWatchers a watcher is answered 503, and a
// place freed by a watcher that left is taken again.
func TestMaxWatchers(t *testing.T) {
	_, ts := newTestServer(t, Options{MaxWatchers: 1})
	first := watch(t, ts, testFeed)
	u := "ws" + strings.TrimPrefix(ts.URL, "http") + FeedPath(testFeed)
	_, resp, err := websocket.DefaultDialer.Dial(u, nil)
	if err == nil || resp == nil || resp.StatusCode != http.StatusServiceUnavailable || resp.Header.Get("Retry-After") == "" {
		t.Fatalf("a second watcher: %v %v, want 503 with Retry-After", err, resp)
	}
	resp.Body.Close()
	first.Close()
	// The server notices the close on its read loop; retry until it has.
	deadline := time.Now().Add(wait)
	for {
		c, resp, err := websocket.DefaultDialer.Dial(u, nil)
		if err == nil {
			resp.Body.Close()
			c.Close()
			break
		}
		if resp == nil || resp.StatusCode != http.StatusServiceUnavailable || time.Now().After(deadline) {
			t.Fatalf("after the first watcher left: %v %v", err, resp)
		}
		resp.Body.Close()
		time.Sleep(10 * time.Millisecond)
	}
}
