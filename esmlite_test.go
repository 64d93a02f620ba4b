package plugmux

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"
)

// A plugin of one module without imports is compiled without esbuild
// (internal/esmlite): its functions keep the author's text and positions,
// it runs as a module (strict, top-level this undefined), and an update
// that imports goes through the bundler as before, strict unless a module
// of the bundle is CommonJS.
func TestModulesWithoutImportsKeepTheirSource(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	const handler = `(req,res)=>res.json({at: new Error("x").stack.split("\n")[1], text: String(handler), top})`
	src := "const handler = " + handler + "\nconst top = this === undefined\nexport function setup(router) { router.get('/', handler) }\n"
	e.publish("plain", "1.0.0", src)
	e.waitChange(Installed, "plain")
	var got struct {
		At, Text string
		Top      bool
	}
	get := func() {
		t.Helper()
		status, body := e.get("/plain/")
		if status != 200 {
			t.Fatalf("GET /plain/: %d %s", status, body)
		}
		if err := json.Unmarshal([]byte(body), &got); err != nil {
			t.Fatal(err)
		}
	}
	get()
	col := strings.Index(src, "new Error") + 1
	if want := fmt.Sprintf("index.js:1:%d", col); !strings.Contains(got.At, want) || got.Text != handler || !got.Top {
		t.Errorf("got %+v, want the frame at %s, the handler's own text and top-level this undefined", got, want)
	}

	// with an import, the bundler reprints the code; a bundle of ES
	// modules is strict, one with a CommonJS module is not (as Node runs
	// each)
	for _, v := range []struct{ version, lib, file, strict string }{
		{"1.0.1", "export const top = 'lib'\n", "lib.js", "true"},
		{"1.0.2", "module.exports = { top: 'lib' }\n", "lib.cjs", "false"},
	} {
		e.publishFiles("plain", v.version, "index.js", map[string]string{
			"index.js": "import { top } from './" + v.file + "'\nconst strict = (function () { return this === undefined })()\nconst handler = " + handler +
				"\nexport function setup(router) { router.get('/', handler); router.get('/strict', (req, res) => res.send(String(strict))) }\n",
			v.file: v.lib,
		})
		e.waitVersion(Updated, "plain", v.version)
		status, body := e.get("/plain/")
		if status != 200 || !strings.Contains(body, `"top":"lib"`) || strings.Contains(body, `(req,res)=>`) {
			t.Errorf("%s, with an import: %d %s", v.version, status, body)
		}
		// the source map gives the frame's line and column as Node does
		var frame struct{ At string }
		if err := json.Unmarshal([]byte(body), &frame); err != nil {
			t.Fatal(err)
		}
		if want := fmt.Sprintf("index.js:3:%d", col); !strings.Contains(frame.At, want) {
			t.Errorf("%s: frame %q, want %s", v.version, frame.At, want)
		}
		e.expect("/plain/strict", 200, v.strict)
	}

	// strict: an assignment to an undeclared name fails the evaluation,
	// as in Node, and the previous version keeps serving
	e.publish("plain", "1.0.3", "undeclared = 1\nexport function setup(router) {}\n")
	c := e.waitVersion(Failed, "plain", "1.0.3")
	if c.Err == nil || !strings.Contains(c.Err.Error(), "undeclared is not defined") || !strings.Contains(c.Err.Error(), "index.js") {
		t.Errorf("the failed update's error: %v", c.Err)
	}
	if status, body := e.get("/plain/"); status != 200 || !strings.Contains(body, `"top":"lib"`) {
		t.Errorf("after the failed update: %d %s", status, body)
	}
}

// A module whose only imports are host modules is compiled by esmlite too:
// the imports become calls of the host's require with esbuild's interop
// (a default import of a CommonJS module is the module), and the code
// keeps its text.
func TestModulesImportingHostModulesKeepTheirSource(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	const handler = `(req,res)=>res.json({got: req.body, text: String(handler), hash: createHash("sha256").update("x").digest("hex").slice(0, 8)})`
	e.publish("hosted", "1.0.0", "import express from 'express'\nimport { createHash } from \"node:crypto\"\n"+
		"const handler = "+handler+"\nexport function setup(router) { router.post('/', express.json(), handler) }\n")
	e.waitChange(Installed, "hosted")
	resp, err := http.Post(e.api.URL+"/api/hosted/", "application/json", strings.NewReader(`{"a":1}`))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var got struct {
		Got        map[string]int
		Text, Hash string
	}
	if err := json.NewDecoder(resp.Body).Decode(&got); err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != 200 || got.Got["a"] != 1 || got.Text != handler || got.Hash != "2d711642" {
		t.Errorf("%d %+v, want the parsed body, the handler's own text and sha256('x')", resp.StatusCode, got)
	}
}
