package feedserver

import (
	"crypto/subtle"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"path"
	"strings"
	"time"

	"github.com/gorilla/websocket"
)

// multipartSlack is what a POST body may hold beyond the tarball itself:
// the multipart boundaries and part headers.
const multipartSlack = 64 << 10

// routes registers the Server's routes; see the package documentation.
func (s *Server) routes() {
	s.mux.HandleFunc("GET "+FeedPath("{feed}"), s.handleFeed)
	s.mux.HandleFunc("POST "+FeedPath("{feed}"), s.handlePublish)
	s.mux.HandleFunc("GET /files/{feed}/{path...}", s.handleFile)
	s.mux.HandleFunc("GET "+FeedPath("{feed}/{rest...}"), s.handleVersions)
	s.mux.HandleFunc("PUT "+FeedPath("{feed}/{rest...}"), s.handleActivate)
	s.mux.HandleFunc("POST "+FeedPath("{feed}/{rest...}"), s.handleActivate)
	s.mux.HandleFunc("DELETE "+FeedPath("{feed}/{rest...}"), s.handleRemove)
}

// handleFeed answers GET of a feed, or upgrades it to the feed's websocket.
func (s *Server) handleFeed(w http.ResponseWriter, r *http.Request) {
	feed := r.PathValue("feed")
	if websocket.IsWebSocketUpgrade(r) {
		s.hub.serve(w, r, feed)
		return
	}
	w.Header().Set("Access-Control-Allow-Origin", "*")
	w.Header().Set("Cache-Control", "no-cache")

	s.mu.RLock()
	raw, isRaw := s.raw[feed]
	s.mu.RUnlock()
	if isRaw {
		w.Header().Set("Content-Type", "application/json")
		w.Write(raw)
		return
	}

	base := s.baseURL(r)
	items := []Item{}
	for _, e := range s.store.entries(feed) {
		if e.hosted {
			e.Link = base + e.Link
		}
		items = append(items, e.Item)
	}
	writeJSON(w, http.StatusOK, struct {
		Items []Item `json:"items"`
	}{items})
}

// handlePublish answers POST of a feed: a multipart/form-data upload with
// the npm tarball in the part named "file".
func (s *Server) handlePublish(w http.ResponseWriter, r *http.Request) {
	feed := r.PathValue("feed")
	if err := validFeed(feed); err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	if !s.authorized(w, r) {
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, s.opts.MaxPackageBytes+multipartSlack)
	mr, err := r.MultipartReader()
	if err != nil {
		writeError(w, http.StatusBadRequest, `want multipart/form-data with the package tarball in a part named "file": `+err.Error())
		return
	}
	for {
		part, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			writeError(w, http.StatusBadRequest, `no part named "file" holding the package tarball`)
			return
		}
		if err != nil {
			writeError(w, publishStatus(err), "reading the upload: "+err.Error())
			return
		}
		if part.FormName() != "file" {
			continue // NextPart skips the rest of this part
		}
		item, err := s.PublishTarball(feed, part)
		if err != nil {
			status := publishStatus(err)
			if status == http.StatusInternalServerError {
				s.log.Error("feedserver: publish failed", "feed", feed, "remote", r.RemoteAddr, "err", err)
			} else {
				s.log.Info("feedserver: publish refused", "feed", feed, "remote", r.RemoteAddr, "err", err)
			}
			writeError(w, status, err.Error())
			return
		}
		item.Link = s.baseURL(r) + item.Link
		writeJSON(w, http.StatusOK, struct {
			Success bool `json:"success"`
			Item    Item `json:"item"`
		}{true, item})
		return
	}
}

// authorized reports whether r carries an API key, and answers 401 if not.
func (s *Server) authorized(w http.ResponseWriter, r *http.Request) bool {
	if msg := s.checkAuth(r); msg != "" {
		w.Header().Set("WWW-Authenticate", `Basic realm="plugmux feed"`)
		writeError(w, http.StatusUnauthorized, msg)
		return false
	}
	return true
}

// checkAuth returns why r may not publish or use the version API, or "" if
// it may.
func (s *Server) checkAuth(r *http.Request) string {
	if len(s.opts.APIKeys) == 0 {
		return "publishing over HTTP is disabled: the feed server has no API keys"
	}
	h := r.Header.Get("Authorization")
	if h == "" {
		return "missing API key: send Authorization: Basic <api key>"
	}
	scheme, token, _ := strings.Cut(h, " ")
	if !strings.EqualFold(scheme, "Basic") {
		return "unsupported authorization scheme: send Authorization: Basic <api key>"
	}
	token = strings.TrimSpace(token)
	_, password, isBasic := r.BasicAuth()
	for _, key := range s.opts.APIKeys {
		if equal(token, key) || isBasic && equal(password, key) {
			return ""
		}
	}
	return "invalid API key"
}

func equal(a, b string) bool {
	return subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1
}

// publishStatus maps a publishing error to its HTTP status.
func publishStatus(err error) int {
	var tooBig *http.MaxBytesError
	var storage *storageError
	switch {
	case errors.As(err, &tooBig), errors.Is(err, ErrTooLarge):
		return http.StatusRequestEntityTooLarge
	case errors.Is(err, ErrVersionExists):
		return http.StatusConflict
	case errors.As(err, &storage):
		return http.StatusInternalServerError
	default: // ErrBadPackage, or a malformed upload
		return http.StatusBadRequest
	}
}

// handleFile serves one file of a published version:
// /files/{feed}/{name}/{version}/{path...}, where a scoped name spans two
// segments.
func (s *Server) handleFile(w http.ResponseWriter, r *http.Request) {
	rest := r.PathValue("path")
	if !validPath(rest) {
		http.NotFound(w, r)
		return
	}
	nameSegs := 1
	if strings.HasPrefix(rest, "@") {
		nameSegs = 2 // @scope/name
	}
	segs := strings.SplitN(rest, "/", nameSegs+2)
	if len(segs) != nameSegs+2 {
		http.NotFound(w, r)
		return
	}
	name, ver, file := strings.Join(segs[:nameSegs], "/"), segs[nameSegs], segs[nameSegs+1]
	f, ok := s.store.open(r.PathValue("feed"), name, ver, file)
	if !ok {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	h := w.Header()
	h.Set("Content-Type", contentType(file))
	h.Set("Cache-Control", "public, max-age=31536000, immutable")
	h.Set("Access-Control-Allow-Origin", "*")
	h.Set("X-Content-Type-Options", "nosniff")
	// ServeContent adds Content-Length and answers Range requests.
	http.ServeContent(w, r, "", time.Time{}, f)
}

// contentType returns the media type of a package file, by extension.
// TypeScript and JSX sources are served as text/plain: they need a
// transform before they run, and a loader picks that transform by the
// file's extension, not by its media type.
func contentType(name string) string {
	switch ext := strings.ToLower(path.Ext(name)); ext {
	case ".js", ".mjs", ".cjs":
		return "text/javascript; charset=utf-8"
	case ".json", ".map":
		return "application/json"
	case ".ts", ".mts", ".cts", ".tsx", ".jsx":
		return "text/plain; charset=utf-8"
	default:
		if t := mime.TypeByExtension(ext); t != "" {
			return t
		}
		return "application/octet-stream"
	}
}

// baseURL is what the absolute links answered to r start with:
// Options.PublicURL if set, else the scheme and host the request was sent
// to, e.g. "http://127.0.0.1:3000".
func (s *Server) baseURL(r *http.Request) string {
	if s.opts.PublicURL != "" {
		return s.opts.PublicURL
	}
	if r.TLS != nil {
		return "https://" + r.Host
	}
	return "http://" + r.Host
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		writeError(w, http.StatusInternalServerError, "encoding the answer: "+err.Error())
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	w.Write(append(b, '\n'))
}

func writeError(w http.ResponseWriter, status int, msg string) {
	b, _ := json.Marshal(struct {
		Error string `json:"error"`
	}{msg})
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	w.Write(append(b, '\n'))
}
