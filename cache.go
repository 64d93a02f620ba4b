package plugmux

import (
	"context"
	"errors"
	"io/fs"
	"time"
)

// The last-known-good cache (Options.CacheDir): after a sync that changed
// what serves, the host writes the feed items of the serving versions and
// the bytes of their modules (internal/lkg: atomic writes, sha256-checked
// reads). If the first sync fails, Run loads that copy (its modules come
// from the disk, not the network) and serves it, then converges as soon as
// a sync succeeds: versions the feed no longer lists go away, new ones come.

// cacheFormat is the version of the index layout.
const cacheFormat = 1

type cacheIndex struct {
	Format  int           `json:"format"`
	Feed    string        `json:"feed"`
	Saved   time.Time     `json:"saved"`
	Plugins []cachedEntry `json:"plugins"`
}

type cachedEntry struct {
	Item    Item         `json:"item"`
	Modules []moduleFile `json:"modules"`
}

// storeModules writes the modules of a freshly built version to the cache
// and keeps only their sums in memory. It runs before the version is
// visible.
func (h *Host) storeModules(v *version) {
	files := v.bundle.files
	for i := range files {
		sum, err := h.cache.PutModule(files[i].data)
		if err != nil {
			h.log.Warn("last-known-good cache: module not saved; this version will not be cached", "plugin", v.item.Name, "version", v.item.Version, "url", files[i].URL, "err", err)
			v.bundle.files = nil
			return
		}
		files[i].SHA256, files[i].data = sum, nil
	}
}

// saveCache writes the index of what serves now and prunes the modules no
// version needs. It runs under tableMu.
func (h *Host) saveCache() {
	tab := h.tableLocked()
	idx := cacheIndex{Format: cacheFormat, Feed: h.feedURL.Redacted(), Saved: time.Now().UTC(), Plugins: []cachedEntry{}}
	keep := map[string]bool{}
	for _, v := range tab.plugins {
		files := v.bundle.files
		if len(files) == 0 {
			continue // not stored (a write failed)
		}
		idx.Plugins = append(idx.Plugins, cachedEntry{Item: v.item, Modules: files})
		for _, f := range files {
			keep[f.SHA256] = true
		}
	}
	err := h.cache.SaveIndex(idx)
	if err == nil && len(h.jobs) == 0 {
		// Only while nothing builds: a build stores its modules before
		// it is applied, and they must not go meanwhile.
		err = h.cache.Prune(keep)
	}
	h.track.mu.Lock()
	if err != nil {
		h.track.cacheErr = err.Error()
	} else {
		h.track.cacheSaved, h.track.cacheErr = idx.Saved, ""
	}
	h.track.mu.Unlock()
	if err != nil {
		h.log.Error("last-known-good cache not saved", "dir", h.opts.CacheDir, "err", err)
		return
	}
	h.log.Debug("last-known-good cache saved", "dir", h.opts.CacheDir, "plugins", len(idx.Plugins))
}

// loadCache applies the last-known-good copy, if there is one and nothing
// was loaded yet. Each module is verified against its sha256 as it is read;
// a plugin whose modules are missing or changed fails like a download
// would, and the others load.
func (h *Host) loadCache(ctx context.Context) {
	h.syncMu.Lock()
	if h.loaded.Load() || h.table.Load().closed {
		h.syncMu.Unlock()
		return
	}
	var idx cacheIndex
	if err := h.cache.LoadIndex(&idx); err != nil {
		h.syncMu.Unlock()
		if !errors.Is(err, fs.ErrNotExist) {
			h.log.Error("last-known-good cache unreadable", "dir", h.opts.CacheDir, "err", err)
		}
		return
	}
	if idx.Format != cacheFormat || idx.Feed != h.feedURL.Redacted() {
		h.syncMu.Unlock()
		h.log.Warn("last-known-good cache is of another feed or format; ignored", "dir", h.opts.CacheDir, "feed", idx.Feed, "format", idx.Format)
		return
	}
	mods := map[string]moduleFile{}
	items := make([]Item, 0, len(idx.Plugins))
	for _, p := range idx.Plugins {
		items = append(items, p.Item)
		for _, m := range p.Modules {
			mods[m.URL] = m
		}
	}
	lookup := func(url string) ([]byte, string, bool) {
		m, ok := mods[url]
		if !ok {
			return nil, "", false
		}
		data, err := h.cache.Module(m.SHA256)
		if err != nil {
			h.log.Error("last-known-good cache: module refused", "url", url, "err", err)
			return nil, "", false
		}
		return data, m.ContentType, true
	}
	h.log.Warn("the feed is unreachable; serving the last-known-good copy until it answers", "dir", h.opts.CacheDir, "saved", idx.Saved, "plugins", len(items))
	jobs := h.apply(withCachedModules(ctx, lookup), items, nil, true)
	h.track.mu.Lock()
	h.track.loadedFrom = "cache"
	h.track.mu.Unlock()
	h.metrics.syncs.WithLabelValues("cache").Inc()
	h.syncMu.Unlock()
	awaitJobs(ctx, jobs)
	h.markLoaded()
}
