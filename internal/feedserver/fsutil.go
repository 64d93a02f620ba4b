package feedserver

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
)

// writeFileAtomic makes path hold data, durably and all at once: it writes
// a temporary file in tmpDir (on the same file system), fsyncs it, renames
// it over path and fsyncs path's directory. A crash leaves either the old
// file or the new one at path, and at worst a stray temporary file in
// tmpDir.
func writeFileAtomic(tmpDir, path string, data []byte) error {
	f, err := os.CreateTemp(tmpDir, "write-*")
	if err != nil {
		return err
	}
	return commitFile(f, path, func(f *os.File) error {
		_, err := f.Write(data)
		return err
	})
}

// commitFile fills the new temporary file f with fill, fsyncs and closes
// it, renames it to path and fsyncs path's directory. On failure it
// removes f.
func commitFile(f *os.File, path string, fill func(*os.File) error) (err error) {
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if err := fill(f); err != nil {
		return fmt.Errorf("writing %s: %w", f.Name(), err)
	}
	if err := f.Sync(); err != nil {
		return fmt.Errorf("fsync %s: %w", f.Name(), err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("closing %s: %w", f.Name(), err)
	}
	if err := os.Rename(f.Name(), path); err != nil {
		return err
	}
	return syncDir(filepath.Dir(path))
}

// syncDir fsyncs a directory, so that the entries created, renamed or
// removed in it survive a crash. On Windows, where a directory cannot be
// flushed and NTFS journals its metadata, it does nothing.
func syncDir(dir string) error {
	if runtime.GOOS == "windows" {
		return nil
	}
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	err = d.Sync()
	if cerr := d.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("fsync directory %s: %w", dir, err)
	}
	return nil
}

// mkdirDurable creates dir if it does not exist, and fsyncs its parent
// when it did not, so that the new directory survives a crash.
func mkdirDurable(dir string) error {
	err := os.Mkdir(dir, 0o755)
	if errors.Is(err, os.ErrExist) {
		if fi, serr := os.Stat(dir); serr == nil && fi.IsDir() {
			return nil
		}
		return fmt.Errorf("%s exists and is not a directory", dir)
	}
	if err != nil {
		return err
	}
	return syncDir(filepath.Dir(dir))
}
