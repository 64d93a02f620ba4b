package feedserver

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
)

// The data directory (Options.DataDir):
//
//	<DataDir>/tmp/                      staging: blobs and states being written; emptied at start
//	<DataDir>/feeds/<feed>/state.json   the feed: its plugins, their versions, the active one
//	<DataDir>/feeds/<feed>/blobs/<id>.zip
//	                                    the files of one published version, uncompressed
//
// A publish writes the version's blob (temp file, fsync, rename, fsync of
// the directory), then the feed's next state.json the same way. The rename
// of state.json is the commit point: before it the publish did not happen,
// after it the publish is durable, and only then is it visible and
// acknowledged. At start, files left in tmp/ and blobs that no state refers
// to (a crash between the two renames, or before a removed plugin's blobs
// were deleted) are removed.
const (
	stateFileName = "state.json"
	// stateFormat is the version of the state file's layout.
	stateFormat = 1
)

// stateFile is the JSON of a feed's state file.
type stateFile struct {
	Format int `json:"format"`
	*feedState
}

// openDisk opens, or creates, the data directory dir: it removes what a
// crash left unfinished, loads every feed's state and indexes its blobs.
// A state file that cannot be read, or that refers to a missing or
// unreadable blob, is an error: the directory was damaged, and serving a
// feed that silently lost versions would be worse than not starting.
func openDisk(dir string, log *slog.Logger) (*store, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	d := &diskBlobs{
		root:  filepath.Join(dir, "feeds"),
		tmp:   filepath.Join(dir, "tmp"),
		ready: make(map[string]bool),
		index: make(map[string]map[string]map[string]span),
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	// The directory itself may be new: make its entry in its parent
	// durable, or a crash could lose the whole tree.
	if err := syncDir(filepath.Dir(dir)); err != nil {
		return nil, err
	}
	for _, sub := range []string{d.root, d.tmp} {
		if err := mkdirDurable(sub); err != nil {
			return nil, err
		}
	}
	if err := clearDir(d.tmp, log); err != nil {
		return nil, err
	}

	s := newStore(d, func(feed string, f *feedState) error {
		if err := d.ensureFeed(feed); err != nil {
			return err
		}
		b, err := json.MarshalIndent(stateFile{Format: stateFormat, feedState: f}, "", "\t")
		if err != nil {
			return err
		}
		return writeFileAtomic(d.tmp, filepath.Join(d.feedDir(feed), stateFileName), append(b, '\n'))
	})

	ents, err := os.ReadDir(d.root)
	if err != nil {
		return nil, err
	}
	for _, e := range ents {
		feed := e.Name()
		if !e.IsDir() || validFeed(feed) != nil {
			log.Warn("feedserver: ignoring an entry of the data directory that is not a feed", "path", filepath.Join(d.root, feed))
			continue
		}
		f, err := loadFeed(d, feed, log)
		if err != nil {
			return nil, fmt.Errorf("data directory %s: feed %s: %w", dir, feed, err)
		}
		s.feeds[feed] = f
		d.ready[feed] = true
	}
	return s, nil
}

// loadFeed reads a feed's state, checks it, indexes the blobs it refers to
// and removes those it does not.
func loadFeed(d *diskBlobs, feed string, log *slog.Logger) (*feedState, error) {
	if err := mkdirDurable(d.blobDir(feed)); err != nil {
		return nil, err
	}
	f := &feedState{Plugins: make(map[string]*pluginState)}
	b, err := os.ReadFile(filepath.Join(d.feedDir(feed), stateFileName))
	switch {
	case errors.Is(err, fs.ErrNotExist):
		// The feed's directories were created, but nothing was committed.
	case err != nil:
		return nil, err
	default:
		st := stateFile{feedState: f}
		if err := json.Unmarshal(b, &st); err != nil {
			return nil, fmt.Errorf("%s: %w", stateFileName, err)
		}
		if st.Format != stateFormat {
			return nil, fmt.Errorf("%s: format %d, want %d", stateFileName, st.Format, stateFormat)
		}
		if f.Plugins == nil {
			f.Plugins = make(map[string]*pluginState)
		}
	}

	used := make(map[string]bool)
	for name, p := range f.Plugins {
		if err := checkPlugin(name, p); err != nil {
			return nil, fmt.Errorf("%s: %w", stateFileName, err)
		}
		for _, id := range p.blobs() {
			if err := d.load(feed, id); err != nil {
				return nil, fmt.Errorf("plugin %s: %w", name, err)
			}
			used[id] = true
		}
	}

	ents, err := os.ReadDir(d.blobDir(feed))
	if err != nil {
		return nil, err
	}
	for _, e := range ents {
		if used[strings.TrimSuffix(e.Name(), blobExt)] && strings.HasSuffix(e.Name(), blobExt) {
			continue
		}
		path := filepath.Join(d.blobDir(feed), e.Name())
		log.Info("feedserver: removing files that no committed publish refers to", "path", path)
		if err := os.RemoveAll(path); err != nil {
			return nil, err
		}
	}
	return f, syncDir(d.blobDir(feed))
}

// checkPlugin checks one plugin of a loaded state file.
func checkPlugin(name string, p *pluginState) error {
	if p == nil || validName(name) != nil {
		return fmt.Errorf("invalid plugin %q", name)
	}
	for _, v := range p.Versions {
		if v.Item.Name != name || validVersion(v.Item.Version) != nil || !blobIDRE.MatchString(v.Blob) {
			return fmt.Errorf("plugin %s: invalid version record %s (blob %q)", name, v.Item.Version, v.Blob)
		}
	}
	if p.Verbatim == nil && p.version(p.Active) == nil {
		return fmt.Errorf("plugin %s: active version %q is not among its versions", name, p.Active)
	}
	return nil
}

// clearDir removes everything inside dir: what a crash left half written.
func clearDir(dir string, log *slog.Logger) error {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	for _, e := range ents {
		path := filepath.Join(dir, e.Name())
		log.Info("feedserver: removing an unfinished write", "path", path)
		if err := os.RemoveAll(path); err != nil {
			return err
		}
	}
	if len(ents) > 0 {
		return syncDir(dir)
	}
	return nil
}
