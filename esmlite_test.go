package plugmux

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// A plugin of one module without imports is compiled without esbuild
// (internal/esmlite): its functions keep the author's text and positions,
// it runs as a module (strict, top-level this undefined), and an update
// that imports goes through the bundler as before.
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

	// with an import, the bundler reprints the code
	e.publishFiles("plain", "1.0.1", "index.js", map[string]string{
		"index.js": "import { top } from './lib.js'\nconst handler = " + handler + "\nexport function setup(router) { router.get('/', handler) }\n",
		"lib.js":   "export const top = 'lib'\n",
	})
	e.waitVersion(Updated, "plain", "1.0.1")
	status, body := e.get("/plain/")
	if status != 200 || !strings.Contains(body, `"top":"lib"`) || strings.Contains(body, `(req,res)=>`) {
		t.Errorf("after the update with an import: %d %s", status, body)
	}

	// strict: an assignment to an undeclared name fails the evaluation,
	// as in Node, and the previous version keeps serving
	e.publish("plain", "1.0.2", "undeclared = 1\nexport function setup(router) {}\n")
	c := e.waitVersion(Failed, "plain", "1.0.2")
	if c.Err == nil || !strings.Contains(c.Err.Error(), "undeclared is not defined") || !strings.Contains(c.Err.Error(), "index.js") {
		t.Errorf("the failed update's error: %v", c.Err)
	}
	if status, body := e.get("/plain/"); status != 200 || !strings.Contains(body, `"top":"lib"`) {
		t.Errorf("after the failed update: %d %s", status, body)
	}
}
