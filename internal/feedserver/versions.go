package feedserver

import (
	"errors"
	"fmt"
	"time"
)

// Activate makes version, published earlier, the active version of the
// plugin name in feed again (a rollback, or a roll forward), and notifies
// the feed's watchers with update-pilet. Activating the version that is
// active already changes nothing and notifies nobody. It returns the item
// the feed now lists, and ErrNotFound if the feed has no such plugin or
// the plugin no such version.
func (s *Server) Activate(feed, name, version string) (Item, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	it, changed, err := s.store.activate(feed, name, version)
	if err != nil {
		if !errors.Is(err, ErrNotFound) {
			err = &storageError{err}
		}
		return Item{}, err
	}
	if changed {
		s.log.Info("feedserver: activated", "feed", feed, "name", name, "version", version)
		s.broadcast(feed, "update-pilet", event{Name: name, Version: version})
	}
	return it, nil
}

// Versions describes the published versions of one plugin.
type Versions struct {
	// Name is the plugin's name.
	Name string `json:"name"`
	// Active is the version the feed lists. It is empty if the feed lists
	// an item set with SetItem instead of a published version.
	Active string `json:"active"`
	// Versions are the published versions, oldest first.
	Versions []Version `json:"versions"`
}

// Version is one published version of a plugin.
type Version struct {
	// Version is the version number.
	Version string `json:"version"`
	// Link is the entry file's URL: a path on this server from the Go API,
	// an absolute URL from the HTTP API.
	Link string `json:"link,omitempty"`
	// Integrity is the entry file's "sha256-…" digest.
	Integrity string `json:"integrity"`
	// Published is when the version was published.
	Published time.Time `json:"published"`
	// Active reports that the feed lists this version.
	Active bool `json:"active"`
}

// Versions lists the published versions of the plugin name in feed, oldest
// first. It returns ErrNotFound if the feed has no such plugin.
func (s *Server) Versions(feed, name string) (Versions, error) {
	p := s.store.plugin(feed, name)
	if p == nil {
		return Versions{}, fmt.Errorf("feed %s has no plugin %s: %w", feed, name, ErrNotFound)
	}
	out := Versions{Name: name, Versions: make([]Version, 0, len(p.Versions))}
	if p.Verbatim == nil {
		out.Active = p.Active
	}
	for _, v := range p.Versions {
		out.Versions = append(out.Versions, Version{
			Version:   v.Item.Version,
			Link:      v.Item.Link,
			Integrity: v.Item.Integrity,
			Published: v.Published,
			Active:    v.Item.Version == out.Active,
		})
	}
	return out, nil
}
