package plugmux

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"net/url"
	"os"
	"regexp"
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

// http.request and http.get go out through fetch, so the host's fetch
// policy decides: an allowed origin answers with an IncomingMessage
// stream, redirects are not followed (as in Node), and a refused origin is
// an 'error' event.
func TestHTTPClientOverFetch(t *testing.T) {
	up := upstream(t)
	other := upstream(t)
	e := newEnv(t, func(o *Options) { o.FetchOrigins = []string{up.URL} })
	e.publish("httpclient", "1.0.0", `
		import http from "node:http";
		export function setup(router) {
			router.get("/", (req, res) => {
				http.get(req.query.url, (r) => {
					let body = "";
					r.setEncoding("utf8");
					r.on("data", (c) => { body += c; });
					r.on("end", () => res.json({ status: r.statusCode, type: r.headers["content-type"], up: r.headers["x-upstream"] ?? null, location: r.headers.location ?? null, body }));
				}).on("error", (err) => res.status(502).json({ code: err.code, message: err.message }));
			});
			router.get("/post", (req, res) => {
				const u = new URL(req.query.url);
				const q = http.request({ hostname: u.hostname, port: u.port, path: "/echo", method: "POST", headers: { "X-Token": "t2", "Content-Type": "application/json" } }, (r) => {
					const chunks = [];
					r.on("data", (c) => chunks.push(c));
					r.on("end", () => res.json({ status: r.statusCode, message: r.statusMessage, body: Buffer.concat(chunks).toString() }));
				});
				q.on("error", (err) => res.status(502).send(err.message));
				q.write('{"a":');
				q.end("2}");
			});
		}`)
	e.waitChange(Installed, "httpclient")
	q := func(u string) string { return url.QueryEscape(u) }
	e.expect("/httpclient/?url="+q(up.URL+"/json"), 200, `{"status":200,"type":"application/json","up":"yes","location":null,"body":"{\"hello\":\"world\"}"}`)
	e.expect("/httpclient/?url="+q(up.URL+"/redirect?to=/json"), 200, `{"status":302,"type":"text/html; charset=utf-8","up":null,"location":"/json","body":"<a href=\"/json\">Found</a>.\n\n"}`)
	e.expect("/httpclient/post?url="+q(up.URL), 200, `{"status":201,"message":"Created","body":"POST t2 application/json {\"a\":2}"}`)
	status, body := e.get("/httpclient/?url=" + q(other.URL+"/json"))
	if status != 502 || !strings.Contains(body, `"code":"ERR_NOT_AVAILABLE"`) || !strings.Contains(body, "fetch refused") {
		t.Fatalf("refused origin: %d %s", status, body)
	}
}

// axios's Node adapter (http/https through follow-redirects) in plugmux,
// against the answers recorded under Node by
// testdata/npm-compat/record-axios.mjs: a GET, a POST with JSON, a
// redirect followed (each hop through the fetch policy), a 404.
func TestAxiosBundle(t *testing.T) {
	raw, err := os.ReadFile("testdata/npm-compat/expected-axios.json")
	if err != nil {
		t.Fatal(err)
	}
	var want struct {
		Node   string `json:"node"`
		SHA256 string `json:"sha256"`
		Cases  []struct {
			Path   string `json:"path"`
			Status int    `json:"status"`
			Body   string `json:"body"`
		} `json:"cases"`
	}
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile("testdata/npm-compat/dist/axios.js")
	if err != nil {
		t.Fatal(err)
	}
	if sum := sha256.Sum256(b); hex.EncodeToString(sum[:]) != want.SHA256 {
		t.Fatal("expected-axios.json was recorded from another dist/axios.js: re-run record-axios.mjs")
	}
	up := upstream(t)
	e := newEnv(t, func(o *Options) { o.FetchOrigins = []string{up.URL} })
	e.setItem(Item{Name: "axios", Version: "1.0.0", Link: e.fixture("npm-compat/dist/axios.js")})
	e.waitChange(Installed, "axios")
	for _, c := range want.Cases {
		path := strings.Replace(c.Path, "UP", url.QueryEscape(up.URL), 1)
		if status, body := e.get("/axios" + path); status != c.Status || body != c.Body {
			t.Errorf("GET %s = %d %s\n\twant (Node %s) %d %s", c.Path, status, body, want.Node, c.Status, c.Body)
		}
	}
}

// pino, winston and debug, bundled (testdata/npm-compat/src/loggers.js),
// write what they write under Node (pino to fd 1 through sonic-boom,
// winston's Console transport, debug to process.stderr), and it arrives in
// the plugin's log: stdout at Info, stderr at Error.
func TestLoggersBundle(t *testing.T) {
	e := newEnv(t)
	e.setItem(Item{Name: "loggers", Version: "1.0.0", Link: e.fixture("npm-compat/dist/loggers.js")})
	e.waitChange(Installed, "loggers")
	done := e.logs.await("app:test hello debug 5")
	e.expect("/loggers/", 200, "ok")
	<-done
	log := e.pluginLog("loggers")
	for _, want := range []string{
		`INFO {"level":30,"a":1,"msg":"hello pino"} plugin=loggers version=1.0.0 source=console`,
		`INFO info: hello winston plugin=loggers version=1.0.0 source=console`,
	} {
		if !strings.Contains(log, want) {
			t.Errorf("log lacks %q:\n%s", want, log)
		}
	}
	if !regexp.MustCompile(`ERROR \d{4}-\d\d-\d\dT[\d:.]+Z app:test hello debug 5 plugin=loggers`).MatchString(log) {
		t.Errorf("debug's line is missing:\n%s", log)
	}
}
