package feedserver

import (
	"bytes"
	"fmt"
	"io/fs"
	"strconv"
	"sync"
)

// memBlobs keeps blobs in memory: the store of a Server without a DataDir.
type memBlobs struct {
	mu    sync.RWMutex
	next  uint64
	blobs map[string]map[string][]byte // by id, then path
}

func newMemBlobs() *memBlobs {
	return &memBlobs{blobs: make(map[string]map[string][]byte)}
}

// put keeps files as they are: the caller hands over a private copy.
func (m *memBlobs) put(_ string, files map[string][]byte) (string, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.next++
	id := strconv.FormatUint(m.next, 10)
	m.blobs[id] = files
	return id, nil
}

func (m *memBlobs) open(_, id, path string) (blobFile, error) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	b, ok := m.blobs[id][path]
	if !ok {
		return blobFile{}, fmt.Errorf("blob %s: %s: %w", id, path, fs.ErrNotExist)
	}
	return blobFile{ReadSeeker: bytes.NewReader(b), Closer: nopCloser{}, size: int64(len(b))}, nil
}

func (m *memBlobs) remove(_, id string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.blobs, id)
	return nil
}

// nopCloser is the Closer of a file that holds no resource.
type nopCloser struct{}

func (nopCloser) Close() error { return nil }
