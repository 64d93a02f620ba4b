package plugmux

import (
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
	for _, c := range []struct{ name, spec string }{{"usesfs", "node:fs"}, {"useschild", "child_process"}} {
		e.publish(c.name, "1.0.0", `import x from "`+c.spec+`"; export function setup(router) { router.get("/", (q, s) => s.send(String(x))); }`)
		ch := e.waitChange(Failed, c.name)
		if !errors.Is(ch.Err, ErrUnsupportedBuiltin) {
			t.Fatalf("%s: err = %v, want ErrUnsupportedBuiltin", c.spec, ch.Err)
		}
		msg := ch.Err.Error()
		for _, want := range []string{`"` + c.spec + `"`, "plugmux does not provide node:", "supported: assert, assert/strict, buffer, crypto, events, path"} {
			if !strings.Contains(msg, want) {
				t.Errorf("%s: error %q lacks %q", c.spec, msg, want)
			}
		}
		if !strings.Contains(msg, "compile:") {
			t.Errorf("%s: error %q is not a compile-time failure", c.spec, msg)
		}
	}
}
