package plugmux

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// The conformance suite: each testdata/express-*/ plugin was run under real
// Express 5 by conformance/record.mjs, which wrote the status, headers and
// body of every request in its requests.json to conformance/golden/. This
// test replays the same requests against plugmux and compares. The expected
// values come from Express, never from plugmux (see conformance/README.md).

type goldenFile struct {
	Express string       `json:"express"`
	Plugin  string       `json:"plugin"`
	Cases   []goldenCase `json:"cases"`
}

type goldenCase struct {
	Request struct {
		Method     string            `json:"method"`
		Path       string            `json:"path"`
		Headers    map[string]string `json:"headers"`
		Body       *string           `json:"body"`
		BodyBase64 *string           `json:"bodyBase64"`
		Chunked    bool              `json:"chunked"`
		Mask       []string          `json:"mask"`    // header parts that vary between runs: "expires"
		Differs    string            `json:"differs"` // a deliberate difference from Express: not compared
	} `json:"request"`
	Response struct {
		Status     int                        `json:"status"`
		Headers    map[string]json.RawMessage `json:"headers"`
		Body       *string                    `json:"body"`
		BodyBase64 *string                    `json:"bodyBase64"`
	} `json:"response"`
}

// assertedAbsent are the headers plugmux must not send when Express did not.
var assertedAbsent = []string{
	"content-type", "content-length", "etag", "location", "set-cookie", "vary", "allow",
	"content-disposition", "link", "x-content-type-options", "content-security-policy", "last-modified",
}

// expiresRe matches a cookie's Expires; a masked one must still be a date.
var expiresRe = regexp.MustCompile(`Expires=[^;]*`)

var httpDateRe = regexp.MustCompile(`^Expires=(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d:\d\d GMT$`)

func TestExpressConformance(t *testing.T) {
	t.Parallel()
	files, err := filepath.Glob("conformance/golden/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden files (%v): run conformance/record.mjs", err)
	}
	e := newEnv(t, func(o *Options) { o.MaxBodyBytes = 1 << 20 })
	var goldens []goldenFile
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var g goldenFile
		if err := json.Unmarshal(b, &g); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		goldens = append(goldens, g)
		e.setItem(Item{Name: g.Plugin, Version: "1.0.0", Link: e.fixture(g.Plugin + "/index.js")})
		e.waitChange(Installed, g.Plugin)
	}
	client := &http.Client{
		Transport:     &http.Transport{DisableCompression: true},
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	for _, g := range goldens {
		t.Run(g.Plugin, func(t *testing.T) {
			for i, c := range g.Cases {
				c.replay(t, i, client, e.api.URL+"/api/"+g.Plugin)
			}
		})
	}
}

func (c *goldenCase) replay(t *testing.T, i int, client *http.Client, base string) {
	t.Helper()
	for _, d := range c.differences(client, base) {
		t.Errorf("case %d %s", i, d)
	}
}

// differences sends the case's request to base and lists how the answer
// differs from Express's (nothing: it answers the same).
func (c *goldenCase) differences(client *http.Client, base string) []string {
	var diffs []string
	errorf := func(format string, args ...any) { diffs = append(diffs, fmt.Sprintf(format, args...)) }
	rq := &c.Request
	method := rq.Method
	if method == "" {
		method = http.MethodGet
	}
	name := method + " " + rq.Path
	var body []byte
	switch {
	case rq.Body != nil:
		body = []byte(*rq.Body)
	case rq.BodyBase64 != nil:
		body, _ = base64.StdEncoding.DecodeString(*rq.BodyBase64)
	}
	var rd io.Reader
	if body != nil && len(body) == 0 && !rq.Chunked {
		rd = http.NoBody // "Content-Length: 0", as Node sends an empty body
	} else if body != nil {
		rd = bytes.NewReader(body)
		if rq.Chunked {
			rd = io.MultiReader(bytes.NewReader(body[:len(body)/2]), bytes.NewReader(body[len(body)/2:]))
		}
	}
	req, err := http.NewRequest(method, base, rd)
	if err != nil {
		return []string{err.Error()}
	}
	// the path as it is, even with escapes url.Parse would refuse
	p, q, _ := strings.Cut(req.URL.Path+rq.Path, "?")
	req.URL.Path, req.URL.Opaque, req.URL.RawQuery = "", p, q
	req.URL.ForceQuery = strings.HasSuffix(rq.Path, "?")
	req.Header.Set("User-Agent", "plugmux-conformance")
	for k, v := range rq.Headers {
		if strings.EqualFold(k, "Host") {
			req.Host = v
			continue
		}
		req.Header.Set(k, v)
	}
	resp, err := client.Do(req)
	if err != nil {
		return []string{fmt.Sprintf("%s: %v", name, err)}
	}
	got, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	want := c.Response
	var wantBody []byte
	switch {
	case want.Body != nil:
		wantBody = []byte(*want.Body)
	case want.BodyBase64 != nil:
		wantBody, _ = base64.StdEncoding.DecodeString(*want.BodyBase64)
	}
	if rq.Differs != "" {
		if want.Status == http.StatusNotFound && bytes.Contains(wantBody, []byte("<pre>Cannot ")) {
			// Express's final 404: plugmux passes the request to the host.
			if resp.StatusCode != http.StatusNotFound || string(got) != "404 page not found\n" {
				errorf("%s = %d %q, want the host's NotFound", name, resp.StatusCode, got)
			}
		}
		return diffs
	}
	if resp.StatusCode != want.Status || !bytes.Equal(got, wantBody) {
		errorf("%s = %d %q\n\twant (Express) %d %q", name, resp.StatusCode, got, want.Status, wantBody)
	}
	mask := func(s string) string {
		if !slices.Contains(rq.Mask, "expires") {
			return s
		}
		return expiresRe.ReplaceAllStringFunc(s, func(exp string) string {
			if exp != "Expires=<masked>" && !httpDateRe.MatchString(exp) {
				errorf("%s: %q is not an HTTP date", name, exp)
			}
			return "Expires=<masked>"
		})
	}
	for k, raw := range want.Headers {
		var wantVals []string
		var one string
		if json.Unmarshal(raw, &one) == nil {
			wantVals = []string{one}
		} else if err := json.Unmarshal(raw, &wantVals); err != nil {
			errorf("golden header %s: %v", k, err)
			continue
		}
		gotVals := resp.Header.Values(k)
		if k != "set-cookie" && len(gotVals) > 1 {
			gotVals = []string{strings.Join(gotVals, ", ")}
		}
		for j := range gotVals {
			gotVals[j] = mask(gotVals[j])
		}
		for j := range wantVals {
			wantVals[j] = mask(wantVals[j])
		}
		if !slices.Equal(gotVals, wantVals) {
			errorf("%s: header %s = %q, want (Express) %q", name, k, gotVals, wantVals)
		}
	}
	for _, k := range assertedAbsent {
		if _, recorded := want.Headers[k]; !recorded && resp.Header.Get(k) != "" {
			errorf("%s: header %s = %q, Express sends none", name, k, resp.Header.Get(k))
		}
	}
	return diffs
}
