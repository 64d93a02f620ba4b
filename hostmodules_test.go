package plugmux

import (
	"errors"
	"strings"
	"sync"
	"testing"
)

// kvModule is a small key-value store shared by every plugin and runtime:
// the Go map is shared (and locked), the exports are built per runtime.
func kvModule() Module {
	var mu sync.Mutex
	data := map[string]string{}
	return func(mc ModuleContext) (any, error) {
		return map[string]any{
			"get": func(key string) any {
				mu.Lock()
				defer mu.Unlock()
				if v, ok := data[key]; ok {
					return v
				}
				return nil
			},
			"set": func(key, value string) {
				mu.Lock()
				defer mu.Unlock()
				data[key] = value
			},
			"owner": mc.Plugin + "@" + mc.Version,
		}, nil
	}
}

func TestHostModuleSharedByTwoPlugins(t *testing.T) {
	e := newEnv(t, func(o *Options) { o.Modules = map[string]Module{"host:kv": kvModule()} })
	for _, name := range []string{"writer", "reader"} {
		e.publish(name, "1.0.0", `
			import kv, { get, set } from "host:kv";
			export function setup(router) {
				router.post("/:k/:v", (req, res) => { set(req.params.k, req.params.v); res.send(kv.owner); });
				router.get("/:k", (req, res) => res.json(get(req.params.k)));
			}`)
		e.waitChange(Installed, name)
	}
	post := func(path string) string {
		resp, err := e.api.Client().Post(e.api.URL+"/api"+path, "text/plain", nil)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var b strings.Builder
		buf := make([]byte, 256)
		for {
			n, err := resp.Body.Read(buf)
			b.Write(buf[:n])
			if err != nil {
				break
			}
		}
		return b.String()
	}
	e.expect("/reader/color", 200, "null")
	if got := post("/writer/color/blue"); got != "writer@1.0.0" {
		t.Fatalf("writer answered %q", got)
	}
	e.expect("/reader/color", 200, `"blue"`)
	if got := post("/reader/size/xl"); got != "reader@1.0.0" {
		t.Fatalf("reader answered %q", got)
	}
	e.expect("/writer/size", 200, `"xl"`)
}

func TestHostModuleNames(t *testing.T) {
	mod := func(ModuleContext) (any, error) { return nil, nil }
	for _, c := range []struct{ name, want string }{
		{"express", "taken by a built-in"},
		{"crypto", "taken by a built-in"},
		{"node:kv", "reserved"},
		{"fs", "taken by a built-in"},
		{"./kv.js", "bare name"},
		{"https://x/kv.js", "bare name"},
		{"", "empty"},
	} {
		_, err := New(Options{FeedURL: "http://127.0.0.1:1/feed", Modules: map[string]Module{c.name: mod}})
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Modules[%q]: err = %v, want it to mention %q", c.name, err, c.want)
		}
	}
	h, err := New(Options{FeedURL: "http://127.0.0.1:1/feed", Modules: map[string]Module{"host:kv": mod, "@acme/db": mod}})
	if err != nil {
		t.Fatal(err)
	}
	h.Close()
}

// A Module may build JavaScript values itself with the runtime it is
// given, such as a constructor; a Module that fails makes the import throw.
func TestHostModuleConstructorAndFailure(t *testing.T) {
	e := newEnv(t, func(o *Options) {
		o.Modules = map[string]Module{
			"host:counter": func(mc ModuleContext) (any, error) {
				vm := mc.Runtime
				ctor, err := vm.RunString(`(class Counter { constructor(start) { this.n = start; } next() { return ++this.n; } })`)
				if err != nil {
					return nil, err
				}
				exports := vm.NewObject()
				if err := exports.Set("Counter", ctor); err != nil {
					return nil, err
				}
				return exports, nil
			},
			"host:broken": func(ModuleContext) (any, error) { return nil, errors.New("the database is down") },
		}
	})
	e.publish("counting", "1.0.0", `
		import { Counter } from "host:counter";
		const c = new Counter(41);
		export function setup(router) { router.get("/", (req, res) => res.json(c.next())); }`)
	e.waitChange(Installed, "counting")
	e.expect("/counting/", 200, "42")

	e.publish("broken", "1.0.0", `
		import db from "host:broken";
		export function setup(router) { router.get("/", (req, res) => res.json(db)); }`)
	ch := e.waitChange(Failed, "broken")
	if ch.Err == nil || !strings.Contains(ch.Err.Error(), `host module "host:broken": the database is down`) {
		t.Fatalf("err = %v", ch.Err)
	}
}
