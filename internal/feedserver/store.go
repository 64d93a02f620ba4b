package feedserver

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"sync"
	"time"
)

// store holds the feeds: the state of every feed (which versions each
// plugin has, which one is active) and, through its blobStore, the files of
// every published version. It validates nothing (the Server does) and
// broadcasts nothing.
//
// Reads are safe at any time. Changes must be serialized by the caller (the
// Server holds its mu): a durable store's change builds the feed's next
// state, persists it, and only then makes it visible, so a reader never
// sees a change that a crash could undo (see update).
type store struct {
	blobs blobStore
	// persist durably records a feed's next state before it becomes
	// visible; nil in memory.
	persist func(feed string, f *feedState) error
	// now stamps publishes; time.Now outside tests.
	now func() time.Time

	mu    sync.RWMutex
	feeds map[string]*feedState
}

// blobStore keeps the files of published versions, one blob per version.
// Blobs are immutable; ids are unique within the store.
type blobStore interface {
	// put stores files as a new blob of feed and returns its id. The blob
	// is durable when put returns, if the store is.
	put(feed string, files map[string][]byte) (id string, err error)
	// open opens the file at path in a blob; it fails with an error
	// wrapping fs.ErrNotExist if there is no such blob or file.
	open(feed, id, path string) (blobFile, error)
	// remove deletes a blob that no feed state refers to any more.
	remove(feed, id string) error
}

// blobFile is one file of a blob, open for reading.
type blobFile struct {
	io.ReadSeeker
	io.Closer
	size int64
}

func newStore(blobs blobStore, persist func(string, *feedState) error) *store {
	return &store{blobs: blobs, persist: persist, now: time.Now, feeds: make(map[string]*feedState)}
}

// current returns the visible state of feed, or nil. Only a durable
// store's state is immutable: readers of a state in memory hold mu (see
// update).
func (s *store) current(feed string) *feedState {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.feeds[feed]
}

// update applies change to the state of feed. A durable store changes a
// copy of the state, persists it, and only then makes it visible; in
// memory the state is changed in place, under mu, since copying it for
// every change made publishing K plugins cost O(K²) (20 s for 10,000). The
// plugins in a state are never changed, only replaced (withPlugin), so a
// reader may keep one after mu is released. change must not fail.
func (s *store) update(feed string, change func(next *feedState)) error {
	if s.persist == nil {
		s.mu.Lock()
		defer s.mu.Unlock()
		f := s.feeds[feed]
		if f == nil {
			f = &feedState{Plugins: make(map[string]*pluginState)}
			s.feeds[feed] = f
		}
		change(f)
		return nil
	}
	next := s.current(feed).clone()
	change(next)
	if err := s.persist(feed, next); err != nil {
		return fmt.Errorf("feed %s: saving its state: %w", feed, err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.feeds[feed] = next
	return nil
}

// entries returns the active entries of feed, sorted by name.
func (s *store) entries(feed string) []entry {
	s.mu.RLock()
	f := s.feeds[feed]
	if f == nil {
		s.mu.RUnlock()
		return nil
	}
	out := make([]entry, 0, len(f.Plugins))
	for _, p := range f.Plugins {
		if e, ok := p.active(); ok {
			out = append(out, e)
		}
	}
	s.mu.RUnlock()
	slices.SortFunc(out, func(a, b entry) int { return cmp.Compare(a.Name, b.Name) })
	return out
}

// plugin returns a plugin of feed, or nil.
func (s *store) plugin(feed, name string) *pluginState {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if f := s.feeds[feed]; f != nil {
		return f.Plugins[name]
	}
	return nil
}

// has reports whether version of name was published to feed.
func (s *store) has(feed, name, version string) bool {
	p := s.plugin(feed, name)
	return p != nil && p.version(version) != nil
}

// open opens one file of a published version.
func (s *store) open(feed, name, version, path string) (blobFile, bool) {
	p := s.plugin(feed, name)
	if p == nil {
		return blobFile{}, false
	}
	v := p.version(version)
	if v == nil {
		return blobFile{}, false
	}
	f, err := s.blobs.open(feed, v.Blob, path)
	if err != nil {
		return blobFile{}, false
	}
	return f, true
}

// publishResult is what a publish changed.
type publishResult struct {
	replaced bool   // the plugin had an active entry before
	oldBlob  string // the blob of the version that was overwritten, if any
}

// publish records the version described by it (its files in blob) and makes
// it the active entry of its name. If the version exists it fails with
// ErrVersionExists, unless overwrite is set: then the version's record is
// replaced and its old blob returned for removal.
func (s *store) publish(feed string, it Item, blob string, overwrite bool) (publishResult, error) {
	_, replaced := s.activeOf(feed, it.Name)
	res := publishResult{replaced: replaced}
	if cur := s.plugin(feed, it.Name); cur != nil {
		if old := cur.version(it.Version); old != nil {
			if !overwrite {
				return publishResult{}, ErrVersionExists
			}
			res.oldBlob = old.Blob
		}
	}
	rec := versionRecord{Item: it, Blob: blob, Published: s.now().UTC()}
	return res, s.update(feed, func(next *feedState) {
		p := next.withPlugin(it.Name)
		if old := p.version(it.Version); old != nil {
			*old = rec
		} else {
			p.Versions = append(p.Versions, rec)
		}
		p.Active, p.Verbatim = it.Version, nil
	})
}

// activeOf returns the visible active entry of a plugin.
func (s *store) activeOf(feed, name string) (entry, bool) {
	p := s.plugin(feed, name)
	if p == nil {
		return entry{}, false
	}
	return p.active()
}

// activate makes a published version the active entry of its plugin and
// returns it. changed is false if it was active already.
func (s *store) activate(feed, name, version string) (it Item, changed bool, err error) {
	cur := s.plugin(feed, name)
	if cur == nil {
		return Item{}, false, fmt.Errorf("feed %s has no plugin %s: %w", feed, name, ErrNotFound)
	}
	v := cur.version(version)
	if v == nil {
		return Item{}, false, fmt.Errorf("plugin %s has no published version %s in feed %s: %w", name, version, feed, ErrNotFound)
	}
	if cur.Active == version && cur.Verbatim == nil {
		return v.Item, false, nil
	}
	return v.Item, true, s.update(feed, func(next *feedState) {
		p := next.withPlugin(name)
		p.Active, p.Verbatim = version, nil
	})
}

// setItem makes it, verbatim, the active entry of it.Name, and reports
// whether an entry for that name was replaced.
func (s *store) setItem(feed string, it Item) (replaced bool, err error) {
	_, replaced = s.activeOf(feed, it.Name)
	return replaced, s.update(feed, func(next *feedState) {
		next.withPlugin(it.Name).Verbatim = &it
	})
}

// remove forgets the plugin name: its active entry and all its versions. It
// returns the entry that was active, and the blobs to remove, or
// ErrNotFound.
func (s *store) remove(feed, name string) (entry, []string, error) {
	cur := s.plugin(feed, name)
	e, ok := s.activeOf(feed, name)
	if cur == nil || !ok {
		return entry{}, nil, ErrNotFound
	}
	if err := s.update(feed, func(next *feedState) { delete(next.Plugins, name) }); err != nil {
		return entry{}, nil, err
	}
	return e, cur.blobs(), nil
}
