package feedserver

import (
	"cmp"
	"slices"
	"sync"
)

// storage holds the feeds: each feed's active entry per plugin name, and the
// files of every version published to it. It is the seam for a durable,
// disk-backed twin of memStore. Implementations are safe for concurrent use;
// they validate nothing (the Server does) and broadcast nothing.
type storage interface {
	// entries returns the active entries of feed, sorted by name.
	entries(feed string) []entry
	// file returns one file of a published version.
	file(feed, name, version, path string) ([]byte, bool)
	// publish stores v and makes it the active entry for its name. It
	// reports whether an entry for that name was replaced, and fails with
	// ErrVersionExists if that version was published already.
	publish(feed string, v *release) (replaced bool, err error)
	// setItem makes it the active entry for it.Name, verbatim, and reports
	// whether an entry for that name was replaced.
	setItem(feed string, it Item) (replaced bool)
	// remove forgets the name: its active entry and all its published
	// versions. It returns the entry that was active, or ErrNotFound.
	remove(feed, name string) (entry, error)
}

// entry is the active version of one plugin in a feed.
type entry struct {
	Item
	// hosted reports that the item was published here: its Link is a path
	// on this server, made absolute per request. Otherwise the item was set
	// verbatim and its Link is served as is.
	hosted bool
}

// memStore is the in-memory storage.
type memStore struct {
	mu    sync.RWMutex
	feeds map[string]*memFeed
}

type memFeed struct {
	active    map[string]entry               // by plugin name
	published map[string]map[string]*release // by plugin name, then version
}

func newMemStore() *memStore {
	return &memStore{feeds: make(map[string]*memFeed)}
}

// feed returns the named feed, creating it. The caller holds s.mu for writing.
func (s *memStore) feed(name string) *memFeed {
	f := s.feeds[name]
	if f == nil {
		f = &memFeed{active: make(map[string]entry), published: make(map[string]map[string]*release)}
		s.feeds[name] = f
	}
	return f
}

func (s *memStore) entries(feed string) []entry {
	s.mu.RLock()
	defer s.mu.RUnlock()
	f := s.feeds[feed]
	if f == nil {
		return nil
	}
	out := make([]entry, 0, len(f.active))
	for _, e := range f.active {
		out = append(out, e)
	}
	slices.SortFunc(out, func(a, b entry) int { return cmp.Compare(a.Name, b.Name) })
	return out
}

func (s *memStore) file(feed, name, version, path string) ([]byte, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	f := s.feeds[feed]
	if f == nil {
		return nil, false
	}
	v := f.published[name][version]
	if v == nil {
		return nil, false
	}
	b, ok := v.files[path]
	return b, ok
}

func (s *memStore) publish(feed string, v *release) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	f := s.feed(feed)
	name := v.item.Name
	if f.published[name][v.item.Version] != nil {
		return false, ErrVersionExists
	}
	if f.published[name] == nil {
		f.published[name] = make(map[string]*release)
	}
	f.published[name][v.item.Version] = v
	_, replaced := f.active[name]
	f.active[name] = entry{Item: v.item, hosted: true}
	return replaced, nil
}

func (s *memStore) setItem(feed string, it Item) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	f := s.feed(feed)
	_, replaced := f.active[it.Name]
	f.active[it.Name] = entry{Item: it}
	return replaced
}

func (s *memStore) remove(feed, name string) (entry, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	f := s.feeds[feed]
	if f == nil {
		return entry{}, ErrNotFound
	}
	e, ok := f.active[name]
	if !ok {
		return entry{}, ErrNotFound
	}
	delete(f.active, name)
	delete(f.published, name)
	return e, nil
}
