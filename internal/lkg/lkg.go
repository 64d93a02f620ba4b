// Package lkg keeps a host's last-known-good state on disk: an index (the
// feed items that serve, and the modules each was built from) and the
// modules' bytes, stored by their sha256.
//
// Every file is written atomically: a temporary file in the same directory,
// fsynced, renamed into place, the directory fsynced. Modules are written
// before the index that names them, so a crash leaves the previous index
// with all its modules, or the new one with all of its own. Reading a module
// verifies its sha256: a file that was changed or cut is an error, never
// code that runs.
//
// Layout of the directory:
//
//	index.json          the index, as the caller encodes it (JSON)
//	modules/<sha256>    a module's bytes, named by their hex sha256
package lkg

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
)

// ErrCorrupt: a stored module does not match its sha256.
var ErrCorrupt = errors.New("last-known-good cache: stored bytes do not match their sha256")

// Store is a last-known-good directory. Its methods may be called from
// several goroutines; the caller orders SaveIndex and Prune.
type Store struct {
	dir string
}

// Open returns the store in dir, creating the directory if needed.
func Open(dir string) (*Store, error) {
	if err := os.MkdirAll(filepath.Join(dir, "modules"), 0o755); err != nil {
		return nil, fmt.Errorf("last-known-good cache: %w", err)
	}
	s := &Store{dir: dir}
	s.removeTemps()
	return s, nil
}

// Sum returns the hex sha256 of data, the name a module is stored under.
func Sum(data []byte) string {
	h := sha256.Sum256(data)
	return hex.EncodeToString(h[:])
}

// PutModule stores data (if it is not stored yet) and returns its sum.
func (s *Store) PutModule(data []byte) (string, error) {
	sum := Sum(data)
	p := s.modulePath(sum)
	if b, err := os.ReadFile(p); err == nil && Sum(b) == sum {
		return sum, nil
	}
	if err := writeAtomic(p, data); err != nil {
		return "", fmt.Errorf("last-known-good cache: %w", err)
	}
	return sum, nil
}

// Module returns the bytes stored under sum, verified.
func (s *Store) Module(sum string) ([]byte, error) {
	if !validSum(sum) {
		return nil, fmt.Errorf("%w: %q is not a sha256", ErrCorrupt, sum)
	}
	b, err := os.ReadFile(s.modulePath(sum))
	if err != nil {
		return nil, fmt.Errorf("last-known-good cache: %w", err)
	}
	if Sum(b) != sum {
		return nil, fmt.Errorf("%w: modules/%s", ErrCorrupt, sum)
	}
	return b, nil
}

// SaveIndex writes v as the index, as JSON, atomically.
func (s *Store) SaveIndex(v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("last-known-good cache: %w", err)
	}
	if err := writeAtomic(filepath.Join(s.dir, "index.json"), b); err != nil {
		return fmt.Errorf("last-known-good cache: %w", err)
	}
	return nil
}

// LoadIndex decodes the index into v. It returns an error wrapping
// fs.ErrNotExist when there is none.
func (s *Store) LoadIndex(v any) error {
	b, err := os.ReadFile(filepath.Join(s.dir, "index.json"))
	if err != nil {
		return fmt.Errorf("last-known-good cache: %w", err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("last-known-good cache: index.json: %w", err)
	}
	return nil
}

// Prune removes the stored modules whose sums keep does not hold, so that
// the directory holds what the index names and no more.
func (s *Store) Prune(keep map[string]bool) error {
	entries, err := os.ReadDir(filepath.Join(s.dir, "modules"))
	if err != nil {
		return fmt.Errorf("last-known-good cache: %w", err)
	}
	var errs []error
	for _, e := range entries {
		if !keep[e.Name()] {
			if err := os.Remove(filepath.Join(s.dir, "modules", e.Name())); err != nil && !errors.Is(err, fs.ErrNotExist) {
				errs = append(errs, err)
			}
		}
	}
	return errors.Join(errs...)
}

func (s *Store) modulePath(sum string) string { return filepath.Join(s.dir, "modules", sum) }

// removeTemps removes temporary files a crash left behind.
func (s *Store) removeTemps() {
	for _, d := range []string{s.dir, filepath.Join(s.dir, "modules")} {
		entries, _ := os.ReadDir(d)
		for _, e := range entries {
			if strings.HasPrefix(e.Name(), ".tmp-") {
				_ = os.Remove(filepath.Join(d, e.Name()))
			}
		}
	}
}

func validSum(s string) bool {
	if len(s) != 2*sha256.Size {
		return false
	}
	_, err := hex.DecodeString(s)
	return err == nil
}

// writeAtomic makes path hold data all at once: a temporary file beside it,
// fsynced, renamed over path, and the directory fsynced.
func writeAtomic(path string, data []byte) (err error) {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, ".tmp-*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if _, err := f.Write(data); err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Rename(f.Name(), path); err != nil {
		return err
	}
	if runtime.GOOS == "windows" {
		return nil
	}
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}
