package plugmux

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

// The modules themselves are tested against Node's results in
// internal/jsenv; these tests check the imports through the loader.

func TestNodeBuiltinImports(t *testing.T) {
	e := newEnv(t)
	e.publish("nodemods", "1.0.0", `
		import { createHash, createHmac, randomBytes } from "node:crypto";
		import crypto from "crypto";
		import EventEmitter, { once } from "node:events";
		import path from "path";
		import { format, promisify } from "node:util";
		import { Buffer } from "buffer";
		import qs from "node:querystring";
		import { StringDecoder } from "string_decoder";
		import assert from "node:assert";
		import { deepStrictEqual } from "assert/strict";
		import { fileURLToPath } from "node:url";
		export function setup(router) {
			router.get("/", async (req, res) => {
				const em = new EventEmitter();
				setTimeout(() => em.emit("go", 7), 0);
				const [v] = await once(em, "go");
				assert.ok(v === 7);
				deepStrictEqual({ a: [1] }, { a: [1] });
				const wait = promisify((ms, cb) => setTimeout(() => cb(null, ms), ms));
				res.json({
					sha: createHash("sha256").update("abc").digest("hex").slice(0, 8),
					hmac: createHmac("sha256", "key").update("data").digest("base64").slice(0, 8),
					rnd: randomBytes(4).length + crypto.randomUUID().length,
					v,
					path: path.join("/a", "../b", "c.txt"),
					fmt: format("%s=%d", "n", 5),
					buf: Buffer.from("hi").toString("hex"),
					qs: qs.stringify({ a: [1, 2] }),
					dec: new StringDecoder("utf8").write(Buffer.from("é")),
					file: fileURLToPath("file:///x/y"),
					waited: await wait(1),
				});
			});
		}`)
	e.waitChange(Installed, "nodemods")
	e.expect("/nodemods/", 200, `{"sha":"ba7816bf","hmac":"UDH+PZic","rnd":40,"v":7,"path":"/b/c.txt","fmt":"n=5","buf":"6869","qs":"a=1&a=2","dec":"é","file":"/x/y","waited":1}`)
}

func TestUnsupportedBuiltinFailsInstall(t *testing.T) {
	e := newEnv(t)
	for _, c := range []struct{ name, spec, why string }{
		{"usessqlite", "node:sqlite", "node:sqlite is not supported by plugmux (supported: assert, assert/strict, async_hooks, buffer, crypto, diagnostics_channel, events, fs"},
		{"useschild", "child_process", "node:child_process is not available to plugins: a plugin cannot start processes"},
	} {
		e.publish(c.name, "1.0.0", `import x from "`+c.spec+`"; export function setup(router) { router.get("/", (q, s) => s.send(String(x))); }`)
		ch := e.waitChange(Failed, c.name)
		if !errors.Is(ch.Err, ErrUnsupportedBuiltin) {
			t.Fatalf("%s: err = %v, want ErrUnsupportedBuiltin", c.spec, ch.Err)
		}
		msg := ch.Err.Error()
		for _, want := range []string{`"` + c.spec + `" in http`, c.why, "compile:"} {
			if !strings.Contains(msg, want) {
				t.Errorf("%s: error %q lacks %q", c.spec, msg, want)
			}
		}
	}
}

// In a bundle, the error names the npm modules that use the built-in and
// the chain of packages that brought each in (esbuild's comments).
func TestUnsupportedBuiltinNamesThePackage(t *testing.T) {
	e := newEnv(t)
	e.publish("bundled", "1.0.0", `import { spawn } from "child_process";
import * as os from "node:os";

// node_modules/runner/node_modules/@acme/exec/lib/run.js
function run(cmd) { return spawn(cmd); }

// node_modules/runner/index.js
var api = { run };

// src/index.js
export function setup(router) { router.get("/", (q, s) => s.send(String(api.run) + os.EOL)); }
`)
	ch := e.waitChange(Failed, "bundled")
	want := `(used by node_modules/runner/node_modules/@acme/exec/lib/run.js (runner > @acme/exec))`
	if !errors.Is(ch.Err, ErrUnsupportedBuiltin) || !strings.Contains(ch.Err.Error(), want) {
		t.Fatalf("err = %v\nwant it to contain %s", ch.Err, want)
	}
}

// A built-in required at run time (a CommonJS require in a bundle) fails
// with Node's kind of error: why, and where; no "bare import", no Go.
func TestUnsupportedBuiltinAtRunTime(t *testing.T) {
	e := newEnv(t)
	e.publish("lazyreq", "1.0.0", `export function setup(router) {
	router.get("/", (q, s) => {
		const name = ["child", "process"].join("_"); // a name esbuild cannot see
		try { require(name); } catch (err) { return s.json({ code: err.code, message: err.message, name: err.constructor.name, stack: String(err.stack) }); }
		s.send("loaded");
	});
	router.get("/npm", (q, s) => {
		try { require(["left", "pad"].join("-")); } catch (err) { return s.json({ code: err.code, message: err.message }); }
	});
}`)
	e.waitChange(Installed, "lazyreq")
	code, body := e.get("/lazyreq/")
	if code != 200 {
		t.Fatalf("status %d: %s", code, body)
	}
	var got struct{ Code, Message, Name, Stack string }
	if err := json.Unmarshal([]byte(body), &got); err != nil {
		t.Fatal(err)
	}
	if got.Code != "ERR_UNKNOWN_BUILTIN_MODULE" || got.Name != "Error" ||
		!strings.HasPrefix(got.Message, "node:child_process is not available to plugins: a plugin cannot start processes (required at http") ||
		strings.Contains(got.Stack, "github.com") || strings.Contains(got.Message, "bare import") {
		t.Errorf("got %+v", got)
	}
	_, body = e.get("/lazyreq/npm")
	if !strings.Contains(body, `"code":"MODULE_NOT_FOUND"`) || !strings.Contains(body, "bundle it into the plugin") {
		t.Errorf("npm require: %s", body)
	}
}
