package feedserver

import (
	"archive/zip"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sync"
	"time"
)

// diskBlobs keeps every blob as one uncompressed zip file,
// <root>/<feed>/blobs/<id>.zip, written to <tmp> first, fsynced, and
// renamed into place. A zip's central directory gives each file's offset,
// so a file is served straight from the blob without unpacking anything.
type diskBlobs struct {
	root string // the feeds directory
	tmp  string // the staging directory, on the same file system

	mu    sync.RWMutex
	ready map[string]bool                       // feeds whose directories exist durably
	index map[string]map[string]map[string]span // by feed, blob id, file path
}

// span locates one stored file inside its blob.
type span struct{ offset, size int64 }

// blobIDRE is the form of a blob id: it is part of a file name.
var blobIDRE = regexp.MustCompile(`^[0-9a-f]{24}$`)

const blobExt = ".zip"

func (d *diskBlobs) feedDir(feed string) string { return filepath.Join(d.root, feed) }
func (d *diskBlobs) blobDir(feed string) string { return filepath.Join(d.root, feed, "blobs") }
func (d *diskBlobs) blobPath(feed, id string) string {
	return filepath.Join(d.blobDir(feed), id+blobExt)
}

// ensureFeed creates the directories of feed, durably, once.
func (d *diskBlobs) ensureFeed(feed string) error {
	d.mu.RLock()
	ok := d.ready[feed]
	d.mu.RUnlock()
	if ok {
		return nil
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.ready[feed] {
		return nil
	}
	for _, dir := range []string{d.feedDir(feed), d.blobDir(feed)} {
		if err := mkdirDurable(dir); err != nil {
			return fmt.Errorf("creating the directory of feed %s: %w", feed, err)
		}
	}
	d.ready[feed] = true
	return nil
}

// put writes files as a new blob: to a temporary file, fsynced, then
// renamed into the feed's blob directory, which is fsynced. Until a feed
// state refers to it, the blob is an orphan that the next start removes.
func (d *diskBlobs) put(feed string, files map[string][]byte) (string, error) {
	if err := d.ensureFeed(feed); err != nil {
		return "", err
	}
	idBytes := make([]byte, 12)
	rand.Read(idBytes)
	id := hex.EncodeToString(idBytes)

	f, err := os.CreateTemp(d.tmp, "blob-*"+blobExt)
	if err != nil {
		return "", fmt.Errorf("staging a blob: %w", err)
	}
	var spans map[string]span
	err = commitFile(f, d.blobPath(feed, id), func(f *os.File) error {
		if err := writeZip(f, files); err != nil {
			return err
		}
		var err error
		spans, err = readSpans(f)
		return err
	})
	if err != nil {
		return "", fmt.Errorf("storing blob %s of feed %s: %w", id, feed, err)
	}
	d.addIndex(feed, id, spans)
	return id, nil
}

// writeZip writes files as an uncompressed zip, in path order.
func writeZip(w io.Writer, files map[string][]byte) error {
	zw := zip.NewWriter(w)
	modified := time.Now()
	for _, name := range slices.Sorted(maps.Keys(files)) {
		b := files[name]
		fw, err := zw.CreateRaw(&zip.FileHeader{
			Name:               name,
			Method:             zip.Store,
			Modified:           modified,
			CRC32:              crc32.ChecksumIEEE(b),
			CompressedSize64:   uint64(len(b)),
			UncompressedSize64: uint64(len(b)),
		})
		if err != nil {
			return err
		}
		if _, err := fw.Write(b); err != nil {
			return err
		}
	}
	return zw.Close()
}

// readSpans reads the central directory of the zip in f and locates each
// file. Every file must be stored uncompressed under a valid package path.
func readSpans(f *os.File) (map[string]span, error) {
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	zr, err := zip.NewReader(f, fi.Size())
	if err != nil {
		return nil, err
	}
	spans := make(map[string]span, len(zr.File))
	for _, zf := range zr.File {
		if zf.Method != zip.Store || !validPath(zf.Name) {
			return nil, fmt.Errorf("%s: unexpected entry %q (method %d)", f.Name(), zf.Name, zf.Method)
		}
		off, err := zf.DataOffset()
		if err != nil {
			return nil, err
		}
		spans[zf.Name] = span{offset: off, size: int64(zf.UncompressedSize64)}
	}
	return spans, nil
}

// load indexes an existing blob, at start.
func (d *diskBlobs) load(feed, id string) error {
	f, err := os.Open(d.blobPath(feed, id))
	if err != nil {
		return err
	}
	defer f.Close()
	spans, err := readSpans(f)
	if err != nil {
		return fmt.Errorf("reading blob %s: %w", f.Name(), err)
	}
	d.addIndex(feed, id, spans)
	return nil
}

func (d *diskBlobs) addIndex(feed, id string, spans map[string]span) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.index[feed] == nil {
		d.index[feed] = make(map[string]map[string]span)
	}
	d.index[feed][id] = spans
}

func (d *diskBlobs) open(feed, id, path string) (blobFile, error) {
	d.mu.RLock()
	sp, ok := d.index[feed][id][path]
	d.mu.RUnlock()
	if !ok {
		return blobFile{}, fmt.Errorf("blob %s of feed %s: %s: %w", id, feed, path, fs.ErrNotExist)
	}
	f, err := os.Open(d.blobPath(feed, id))
	if err != nil {
		return blobFile{}, err
	}
	return blobFile{ReadSeeker: io.NewSectionReader(f, sp.offset, sp.size), Closer: f, size: sp.size}, nil
}

// remove deletes a blob. A reader that has it open keeps reading it (on
// POSIX systems); a crash before the removal is durable leaves an orphan
// that the next start removes.
func (d *diskBlobs) remove(feed, id string) error {
	d.mu.Lock()
	delete(d.index[feed], id)
	d.mu.Unlock()
	if err := os.Remove(d.blobPath(feed, id)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return nil
}
