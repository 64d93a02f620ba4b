package emulator

import (
	"encoding/binary"
	"hash/fnv"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// fingerprint summarizes what a build of the plugin in dir depends on, so
// that a poll can tell whether anything changed: the path, size and
// modification time of every file in dir (but not inside node_modules or
// folders whose name starts with "."), the modification time of
// dir/node_modules itself (npm install changes it), and the size and
// modification time of every file the last successful build read (which
// covers the dependencies in node_modules it bundles).
func fingerprint(dir string, inputs []string) uint64 {
	h := fnv.New64a()
	add := func(path string, fi fs.FileInfo) {
		h.Write([]byte(path))
		var b [17]byte
		binary.LittleEndian.PutUint64(b[0:], uint64(fi.Size()))
		binary.LittleEndian.PutUint64(b[8:], uint64(fi.ModTime().UnixNano()))
		if fi.IsDir() {
			b[16] = 1
		}
		h.Write(b[:])
	}
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil // gone while walking: the next poll sees the change
		}
		if d.IsDir() && path != dir {
			if d.Name() == "node_modules" {
				if fi, err := d.Info(); err == nil {
					add(path, fi)
				}
				return filepath.SkipDir
			}
			if strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		}
		if fi, err := d.Info(); err == nil && !d.IsDir() {
			add(path, fi)
		}
		return nil
	})
	for _, in := range inputs {
		if fi, err := os.Stat(in); err == nil {
			add(in, fi)
		} else {
			h.Write([]byte("missing:" + in))
		}
	}
	return h.Sum64()
}
