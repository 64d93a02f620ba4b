package feedserver

import (
	"maps"
	"slices"
	"time"
)

// feedState is what one feed holds: its plugins by name. A feedState that
// readers can see is never changed: a change builds the next state (copy on
// write), persists it when the store is durable, then swaps it in. It is
// also the JSON of a feed's state file.
type feedState struct {
	Plugins map[string]*pluginState `json:"plugins"`
}

// pluginState is one plugin of a feed: its published versions, in the order
// they were published, and which one the feed lists.
type pluginState struct {
	// Active is the published version that the feed lists, unless
	// Verbatim is set.
	Active string `json:"active,omitempty"`
	// Verbatim is an item set with SetItem, listed as it is instead of
	// Active, until a publish or an activation replaces it.
	Verbatim *Item `json:"verbatim,omitempty"`
	// Versions are the published versions, oldest first.
	Versions []versionRecord `json:"versions,omitempty"`
}

// versionRecord is one published version: its feed item, whose Link is a
// path on this server, and the blob that holds its files.
type versionRecord struct {
	Item      Item      `json:"item"`
	Blob      string    `json:"blob"`
	Published time.Time `json:"published"`
}

// clone returns a copy of f that may be changed without changing f: the
// plugin map is new, the plugins themselves are shared until withPlugin
// replaces one.
func (f *feedState) clone() *feedState {
	next := &feedState{Plugins: make(map[string]*pluginState)}
	if f != nil {
		maps.Copy(next.Plugins, f.Plugins)
	}
	return next
}

// withPlugin replaces the plugin name in f (a clone) by a copy of it that
// may be changed, creating it if absent, and returns the copy.
func (f *feedState) withPlugin(name string) *pluginState {
	p := &pluginState{}
	if old := f.Plugins[name]; old != nil {
		*p = *old
		p.Versions = slices.Clone(old.Versions)
	}
	f.Plugins[name] = p
	return p
}

// version returns the record of version, or nil.
func (p *pluginState) version(version string) *versionRecord {
	for i := range p.Versions {
		if p.Versions[i].Item.Version == version {
			return &p.Versions[i]
		}
	}
	return nil
}

// active returns the entry the feed lists for p, and false if it lists
// none.
func (p *pluginState) active() (entry, bool) {
	if p.Verbatim != nil {
		return entry{Item: *p.Verbatim}, true
	}
	if v := p.version(p.Active); v != nil {
		return entry{Item: v.Item, hosted: true}, true
	}
	return entry{}, false
}

// blobs returns the ids of the blobs that p's versions use.
func (p *pluginState) blobs() []string {
	ids := make([]string, 0, len(p.Versions))
	for _, v := range p.Versions {
		ids = append(ids, v.Blob)
	}
	return ids
}

// entry is the active version of one plugin in a feed.
type entry struct {
	Item
	// hosted reports that the item was published here: its Link is a path
	// on this server, made absolute per request. Otherwise the item was set
	// verbatim and its Link is served as is.
	hosted bool
}
