package express

import (
	"encoding/base64"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/evanw/esbuild/pkg/api"

	"github.com/plugmux/plugmux/internal/jsenv"
	"github.com/plugmux/plugmux/internal/jsloop"
)

// withNode installs the runtime's Node environment (internal/jsenv), as the
// host does, with a global require for the built-ins, and gives the Express
// layer node:http's classes.
func withNode(vm *goja.Runtime, loop *jsloop.Loop, cfg *Config) {
	env := jsenv.Install(vm, jsenv.Config{Hold: loop.Hold, HostTracksAsync: true})
	cfg.HTTPClasses = env.HTTPClasses
	jsutilMust(vm.Set("require", func(call goja.FunctionCall) goja.Value {
		v, err := env.Module(call.Argument(0).String())
		if err != nil {
			panic(vm.NewGoError(err))
		}
		return v
	}))
}

func jsutilMust(err error) {
	if err != nil {
		panic(err)
	}
}

type streamCase struct {
	Request struct {
		Method  string            `json:"method"`
		Path    string            `json:"path"`
		Headers map[string]string `json:"headers"`
		Body    *string           `json:"body"`
		Chunked bool              `json:"chunked"`
	} `json:"request"`
	Response struct {
		Status     int               `json:"status"`
		Headers    map[string]string `json:"headers"`
		Body       *string           `json:"body"`
		BodyBase64 *string           `json:"bodyBase64"`
	} `json:"response"`
}

// TestStreamsAgainstNode replays testdata/streams/golden.json, which
// conformance/record-streams.mjs recorded from Node 20 and Express 5 running
// testdata/streams/plugin.js: req as a Readable (flowing and paused modes,
// setEncoding, for await, pipe, unpipe, the flags body-parser checks), res
// as a ServerResponse (write callbacks, 'finish' and 'close' in Node's
// order, pipe and pipeline into res, backpressure and 'drain', cork, writes
// after end), and instanceof against node:http's and node:stream's classes.
// The same plugin runs here on the Express layer with the runtime's Node
// environment; status, body, Content-Type and Content-Length must match.
func TestStreamsAgainstNode(t *testing.T) {
	src, err := os.ReadFile("testdata/streams/plugin.js")
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile("testdata/streams/golden.json")
	if err != nil {
		t.Fatalf("%v: run conformance/record-streams.mjs", err)
	}
	var golden struct {
		Node  string       `json:"node"`
		Cases []streamCase `json:"cases"`
	}
	if err := json.Unmarshal(raw, &golden); err != nil {
		t.Fatal(err)
	}
	// lowered as the host's loader lowers plugins: goja has no for await
	lowered := api.Transform("globalThis.streamsPlugin = "+string(src), api.TransformOptions{
		Target:    api.ES2020,
		Supported: map[string]bool{"for-await": false, "async-generator": false},
	})
	if len(lowered.Errors) > 0 {
		t.Fatal(lowered.Errors[0].Text)
	}
	h := newHarnessWith(t, 5*time.Second, string(lowered.Code)+"\nstreamsPlugin(router, express, require);", withNode)
	for i, c := range golden.Cases {
		method := c.Request.Method
		if method == "" {
			method = "GET"
		}
		var body io.Reader
		if c.Request.Body != nil {
			body = strings.NewReader(*c.Request.Body)
			if c.Request.Chunked {
				body = io.MultiReader(body) // no length: sent chunked
			}
		}
		req, _ := http.NewRequest(method, h.srv.URL+c.Request.Path, body)
		for k, v := range c.Request.Headers {
			req.Header.Set(k, v)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatalf("case %d %s %s: %v", i, method, c.Request.Path, err)
		}
		got, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		want := ""
		if c.Response.Body != nil {
			want = *c.Response.Body
		} else if c.Response.BodyBase64 != nil {
			b, _ := base64.StdEncoding.DecodeString(*c.Response.BodyBase64)
			want = string(b)
		}
		if resp.StatusCode != c.Response.Status || string(got) != want {
			t.Errorf("case %d %s %s: got %d %.300q\n\twant (Node %s) %d %.300q", i, method, c.Request.Path, resp.StatusCode, got, golden.Node, c.Response.Status, want)
			continue
		}
		for _, k := range []string{"content-type", "content-length"} {
			if g, w := resp.Header.Get(k), c.Response.Headers[k]; g != w {
				t.Errorf("case %d %s %s: %s = %q, want (Node) %q", i, method, c.Request.Path, k, g, w)
			}
		}
	}
	if t.Failed() {
		t.Logf("log:\n%s", h.logs.String())
	}
}

// The prelude's stand-in parent of req and res loads node:http only for
// the names its classes define (and symbols): its list must hold every
// name on the loaded chains, or a plugin would find such a name undefined
// until something else loaded the classes.
func TestLazyChainNames(t *testing.T) {
	vm := goja.New()
	loop := jsloop.New(vm, func(error) {})
	var cfg Config
	withNode(vm, loop, &cfg)
	in, out, err := cfg.HTTPClasses()
	if err != nil {
		t.Fatal(err)
	}
	objectProto := vm.Get("Object").ToObject(vm).Get("prototype").ToObject(vm)
	names := map[string]bool{}
	for _, c := range []*goja.Object{in, out} {
		for p := c.Get("prototype").ToObject(vm); p != nil && p != objectProto; p = p.Prototype() {
			for _, k := range p.GetOwnPropertyNames() {
				names[k] = true
			}
		}
	}
	var want []string
	for k := range names {
		want = append(want, k)
	}
	slices.Sort(want)
	m := regexp.MustCompile(`var CHAIN_NAMES = "([^"]*)";`).FindStringSubmatch(preludeSource)
	if m == nil {
		t.Fatal("express_prelude.js has no CHAIN_NAMES")
	}
	listed := map[string]bool{}
	for _, k := range strings.Fields(m[1]) {
		listed[k] = true
	}
	var missing []string
	for _, k := range want {
		if !listed[k] {
			missing = append(missing, k)
		}
	}
	if len(missing) > 0 {
		t.Errorf("CHAIN_NAMES lacks %v; the whole list is:\n%s", missing, strings.Join(want, " "))
	}
}
