package express

import (
	"crypto/sha1"
	"encoding/base64"
	"net/http"
	"strconv"
	"strings"
)

// This file holds the ETag Express 5 generates for res.send bodies (its
// default "etag" setting, weak) and req.fresh, which turns a matching
// conditional GET into a 304.

// emptyETag is the etag package's tag of an empty body.
const emptyETag = `W/"0-2jmj7l5rSw0yVb/vlWAYkK/YBwk"`

// weakETag is the etag package's weak tag of a body: W/"<length in hex>-<the
// first 27 characters of the base64 SHA-1>". SHA-1 is what makes the tag
// equal to the one Express sends; on amd64 and arm64 it runs in hardware,
// a few hundred nanoseconds for a small body.
func weakETag(body string, bin []byte, scratch *[]byte) string {
	n := len(body) + len(bin)
	if n == 0 {
		return emptyETag
	}
	if bin == nil {
		*scratch = append((*scratch)[:0], body...) // no allocation once the runtime's buffer is large enough
		bin = *scratch
	}
	sum := sha1.Sum(bin)
	var b [64]byte
	out := append(b[:0], `W/"`...)
	out = strconv.AppendInt(out, int64(n), 16)
	out = append(out, '-')
	var enc [28]byte
	base64.StdEncoding.Encode(enc[:], sum[:])
	out = append(out, enc[:27]...)
	out = append(out, '"')
	return string(out)
}

// etagMemoMax bounds the bodies whose tag a runtime remembers (see etag).
const etagMemoMax = 4096

// etag is weakETag with a memo of the runtime's last string body: a route
// that answers the same text or JSON again and again (a health check, a
// constant) pays for its hash once. The memo keeps at most etagMemoMax
// bytes alive; comparing a body with it costs far less than hashing it.
func (rt *Runtime) etag(body string, bin []byte) string {
	if bin != nil || len(body) > etagMemoMax {
		return weakETag(body, bin, &rt.scratch)
	}
	if body == rt.etagBody && rt.etagTag != "" {
		return rt.etagTag
	}
	tag := weakETag(body, nil, &rt.scratch)
	rt.etagBody, rt.etagTag = body, tag
	return tag
}

// fresh is Express's req.fresh: a GET or HEAD whose conditional headers
// match the response's ETag or Last-Modified, with a 2xx or 304 status.
func (x *exchange) fresh() bool {
	if x.method != http.MethodGet && x.method != http.MethodHead && x.method != "QUERY" {
		return false
	}
	if !(x.status >= 200 && x.status < 300 || x.status == http.StatusNotModified) {
		return false
	}
	if x.headersObj == nil && len(x.r.Header["If-Modified-Since"]) == 0 && len(x.r.Header["If-None-Match"]) == 0 {
		return false // the common case, without a header lookup by name
	}
	modifiedSince, _ := x.header("If-Modified-Since")
	noneMatch, _ := x.header("If-None-Match")
	if modifiedSince == "" && noneMatch == "" {
		return false
	}
	if cc, _ := x.header("Cache-Control"); cc != "" && hasNoCache(cc) {
		return false
	}
	if noneMatch != "" {
		if noneMatch == "*" {
			return true
		}
		etag := x.headerValue("Etag")
		if etag == "" {
			return false
		}
		for _, m := range parseTokenList(noneMatch) {
			if m == etag || m == "W/"+etag || "W/"+m == etag {
				return true
			}
		}
		return false
	}
	lastModified := x.headerValue("Last-Modified")
	if lastModified == "" {
		return false
	}
	lm, err1 := http.ParseTime(lastModified)
	ms, err2 := http.ParseTime(modifiedSince)
	return err1 == nil && err2 == nil && !lm.After(ms)
}

// hasNoCache matches fresh's /(?:^|,)\s*?no-cache\s*?(?:,|$)/.
func hasNoCache(cc string) bool {
	for _, part := range strings.Split(cc, ",") {
		if strings.TrimSpace(part) == "no-cache" {
			return true
		}
	}
	return false
}

// parseTokenList splits a comma-separated header into its elements,
// without the spaces around each (tabs are kept, as Express keeps them).
func parseTokenList(s string) []string {
	list := strings.Split(s, ",")
	for i, t := range list {
		list[i] = strings.Trim(t, " ")
	}
	return list
}
