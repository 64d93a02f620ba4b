package feedserver

import (
	"encoding/json"
	"errors"
	"net/http"
	"strings"
)

// maxActivateBody bounds the JSON body of an activation.
const maxActivateBody = 4 << 10

// The version API lives below a feed's URL and takes the same API keys as
// publishing:
//
//	GET    /api/v1/pilet/{feed}/{name}/versions   list the published versions
//	PUT    /api/v1/pilet/{feed}/{name}/active     {"version":"1.0.0"}: activate (also POST)
//	DELETE /api/v1/pilet/{feed}/{name}            remove the plugin and all its versions
//
// A scoped name spans two segments: /api/v1/pilet/demo/@acme/orders/versions.

// handleVersions answers GET {feed}/{name}/versions.
func (s *Server) handleVersions(w http.ResponseWriter, r *http.Request) {
	feed, name, ok := s.apiTarget(w, r, "/versions")
	if !ok {
		return
	}
	vs, err := s.Versions(feed, name)
	if err != nil {
		writeAPIError(w, err)
		return
	}
	base := s.baseURL(r)
	for i := range vs.Versions {
		vs.Versions[i].Link = base + vs.Versions[i].Link
	}
	writeJSON(w, http.StatusOK, vs)
}

// handleActivate answers PUT or POST {feed}/{name}/active with
// {"version":"..."}.
func (s *Server) handleActivate(w http.ResponseWriter, r *http.Request) {
	feed, name, ok := s.apiTarget(w, r, "/active")
	if !ok {
		return
	}
	var body struct {
		Version string `json:"version"`
	}
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxActivateBody))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&body); err != nil || body.Version == "" {
		writeError(w, http.StatusBadRequest, `want a JSON body {"version":"<a published version>"}`)
		return
	}
	it, err := s.Activate(feed, name, body.Version)
	if err != nil {
		writeAPIError(w, err)
		return
	}
	it.Link = s.baseURL(r) + it.Link
	writeJSON(w, http.StatusOK, struct {
		Success bool `json:"success"`
		Item    Item `json:"item"`
	}{true, it})
}

// handleRemove answers DELETE {feed}/{name}.
func (s *Server) handleRemove(w http.ResponseWriter, r *http.Request) {
	feed, name, ok := s.apiTarget(w, r, "")
	if !ok {
		return
	}
	vs, err := s.Versions(feed, name)
	if err == nil {
		err = s.Remove(feed, name)
	}
	if err != nil {
		writeAPIError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, struct {
		Success bool     `json:"success"`
		Removed Versions `json:"removed"`
	}{true, Versions{Name: vs.Name, Active: vs.Active, Versions: stripLinks(vs.Versions)}})
}

// stripLinks drops the server-relative links of removed versions: they
// lead nowhere any more.
func stripLinks(vs []Version) []Version {
	for i := range vs {
		vs[i].Link = ""
	}
	return vs
}

// apiTarget checks the API key and parses the path of a version API
// request, {name} then the action ("/versions", "/active", or "" for the
// plugin itself). It answers the request itself when it returns false.
func (s *Server) apiTarget(w http.ResponseWriter, r *http.Request, action string) (feed, name string, ok bool) {
	feed = r.PathValue("feed")
	name, got := splitPlugin(r.PathValue("rest"))
	if got != action || validFeed(feed) != nil || validName(name) != nil {
		writeError(w, http.StatusNotFound, "no such endpoint: see the version API in the feed server's documentation")
		return "", "", false
	}
	if !s.authorized(w, r) {
		return "", "", false
	}
	return feed, name, true
}

// splitPlugin splits "app1/versions" into "app1" and "/versions",
// "@acme/orders/active" into "@acme/orders" and "/active", and "app1" into
// "app1" and "".
func splitPlugin(rest string) (name, action string) {
	i := strings.IndexByte(rest, '/')
	if strings.HasPrefix(rest, "@") && i >= 0 {
		if j := strings.IndexByte(rest[i+1:], '/'); j >= 0 {
			i += 1 + j
		} else {
			i = -1
		}
	}
	if i < 0 {
		return rest, ""
	}
	return rest[:i], rest[i:]
}

// writeAPIError answers a version API request that failed.
func writeAPIError(w http.ResponseWriter, err error) {
	status := http.StatusInternalServerError
	if errors.Is(err, ErrNotFound) {
		status = http.StatusNotFound
	}
	writeError(w, status, err.Error())
}
