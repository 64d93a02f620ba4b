package plugmux

import (
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
)

// The globals themselves are tested against Node's results in
// internal/jsenv; these tests check that a plugin gets them, and what the
// host controls: console's logger and attributes, process.env.

func TestConsoleGoesToTheLogger(t *testing.T) {
	e := newEnv(t)
	e.publish("talk", "1.0.0", `
		export function setup(router) {
			router.get("/", (req, res) => {
				console.log("%s has %d items", "cart", 3, { ids: [1, 2], owner: "ann" });
				console.warn(new Map([["k", 1]]));
				res.send("ok");
			});
		}`)
	e.waitChange(Installed, "talk")
	logged := e.logs.await("cart has 3 items")
	warned := e.logs.await("Map(1)")
	e.expect("/talk/", 200, "ok")
	<-logged
	<-warned
	log := e.logs.String()
	for _, want := range []string{
		"INFO cart has 3 items { ids: [ 1, 2 ], owner: 'ann' } plugin=talk version=1.0.0 source=console",
		"WARN Map(1) { 'k' => 1 } plugin=talk version=1.0.0 source=console",
	} {
		if !strings.Contains(log, want) {
			t.Errorf("log lacks %q:\n%s", want, log)
		}
	}
}

func TestPluginGlobals(t *testing.T) {
	t.Setenv("PLUGMUX_TEST_SECRET", "do-not-leak")
	e := newEnv(t, func(o *Options) { o.Env = map[string]string{"GREETING": "hi"} })
	e.publish("globals", "1.0.0", `
		export function setup(router) {
			router.get("/", async (req, res) => {
				const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode("abc"));
				const url = new URL("/x?y=1", "https://example.com");
				res.json({
					env: process.env,
					secret: process.env.PLUGMUX_TEST_SECRET ?? null,
					cwd: process.cwd(),
					node: process.version.startsWith("v22."),
					digest: Buffer.from(digest).toString("hex").slice(0, 8),
					url: url.href + " " + url.searchParams.get("y"),
					b64: btoa("hi") + atob("aGk="),
					clone: structuredClone({ a: [1] }).a[0],
					uuid: crypto.randomUUID().length,
					abort: typeof AbortController + typeof EventTarget + typeof performance.now,
				});
			});
		}`)
	e.waitChange(Installed, "globals")
	e.expect("/globals/", 200, `{"env":{"GREETING":"hi"},"secret":null,"cwd":"/","node":true,"digest":"ba7816bf","url":"https://example.com/x?y=1 1","b64":"aGk=hi","clone":1,"uuid":36,"abort":"functionfunctionfunction"}`)
}

func TestConsoleExtras(t *testing.T) {
	e := newEnv(t)
	e.publish("extras", "1.0.0", `
		export function setup(router) {
			router.get("/", (req, res) => {
				console.count(); console.count("x"); console.count();
				console.time("t"); console.timeEnd("t");
				console.assert(1 === 2, "math is %s", "broken");
				console.trace("here");
				res.send("ok");
			});
		}`)
	e.waitChange(Installed, "extras")
	traced := e.logs.await("Trace: here")
	e.expect("/extras/", 200, "ok")
	<-traced
	log := e.logs.String()
	for _, want := range []string{"INFO default: 1 ", "INFO x: 1 ", "INFO default: 2 ", "INFO t: ", "ERROR Assertion failed: math is broken ", "DEBUG Trace: here\n    at "} {
		if !strings.Contains(log, want) {
			t.Errorf("log lacks %q:\n%s", want, log)
		}
	}
}

// The Node surface of issue 13 inside a real plugin: a stream pipeline with
// zlib, AsyncLocalStorage across awaits in a request, V8's stack API,
// web streams in a Response, and process.stderr (what debug writes to)
// going to the plugin's log.
func TestPluginNodeSurface(t *testing.T) {
	e := newEnv(t)
	e.publish("nodesurface", "1.0.0", `
		import { pipeline, Readable, Writable } from "node:stream";
		import { createGzip, createGunzip, gzipSync } from "node:zlib";
		import { AsyncLocalStorage } from "node:async_hooks";
		import { isIP } from "node:net";
		import { STATUS_CODES } from "node:http";
		import { existsSync } from "node:fs";
		const als = new AsyncLocalStorage();
		export function setup(router) {
			router.get("/", async (req, res) => {
				const out = [];
				await new Promise((resolve, reject) => pipeline(Readable.from(["a", "b", "c"]), createGzip(), createGunzip(),
					new Writable({ write(c, e, cb) { out.push(String(c)); cb(); } }), (err) => err ? reject(err) : resolve()));
				const id = await als.run({ id: req.query.id }, async () => { await null; await Promise.resolve(); return als.getStore().id; });
				const o = {}; Error.captureStackTrace(o);
				process.stderr.write("debug line " + id + "\n");
				const body = await new Response(ReadableStream.from([new TextEncoder().encode("web"), new TextEncoder().encode("streams")])).text();
				res.json({ out: out.join(""), id, stack: typeof o.stack, ip: isIP("::1"), teapot: STATUS_CODES[418], fs: existsSync("/etc/passwd"), body, gz: gzipSync("x").length > 0 });
			});
		}`)
	e.waitChange(Installed, "nodesurface")
	logged := e.logs.await("debug line 7")
	e.expect("/nodesurface/?id=7", 200, `{"out":"abc","id":"7","stack":"string","ip":6,"teapot":"I'm a Teapot","fs":false,"body":"webstreams","gz":true}`)
	<-logged
	if log := e.logs.String(); !strings.Contains(log, "ERROR debug line 7 plugin=nodesurface version=1.0.0 source=console") {
		t.Errorf("stderr line not in the log:\n%s", log)
	}
}

// A fetch the host's policy refuses is logged once per origin (per
// runtime), with the option that would allow it: the plugin may well turn
// the rejection into something vaguer (axios: "Network Error").
func TestRefusedFetchLoggedOncePerOrigin(t *testing.T) {
	e := newEnv(t)
	e.publish("refused", "1.0.0", `
		export function setup(router) {
			router.get("/", async (req, res) => {
				const out = [];
				for (const u of ["http://a.invalid/x", "http://a.invalid/y", "https://b.invalid/"]) {
					try { await fetch(u); out.push("ok"); } catch (err) { out.push(err.name); }
				}
				res.send(out.join());
			});
		}`)
	e.waitChange(Installed, "refused")
	e.expect("/refused/", 200, "TypeError,TypeError,TypeError")
	log := e.pluginLog("refused")
	if n := strings.Count(log, "fetch refused (logged once per origin)"); n != 2 {
		t.Errorf("%d refusal lines, want 2 (one per origin):\n%s", n, log)
	}
	for _, want := range []string{"WARN fetch refused (logged once per origin): fetch refused: http://a.invalid/x: ", "Options.FetchOrigins", "b.invalid"} {
		if !strings.Contains(log, want) {
			t.Errorf("log lacks %q:\n%s", want, log)
		}
	}
}

// AsyncLocalStorage keeps each request's store across crypto's callback
// and Promise forms (their work runs on other goroutines), with many
// requests interleaved on one runtime.
func TestAsyncLocalStorageAcrossCrypto(t *testing.T) {
	e := newEnv(t, func(o *Options) { o.MaxRuntimes = 1 })
	e.publish("alscrypto", "1.0.0", `
		import { AsyncLocalStorage } from "node:async_hooks";
		import { pbkdf2, scrypt, randomBytes, generateKeyPair, webcrypto } from "node:crypto";
		const als = new AsyncLocalStorage();
		const seen = () => als.getStore().id;
		export function setup(router) {
			router.get("/", (req, res) => als.run({ id: req.query.id }, async () => {
				const got = [];
				await new Promise((ok, fail) => pbkdf2("pw", "salt", 1000, 32, "sha256", (err) => err ? fail(err) : ok(got.push(seen()))));
				await new Promise((ok, fail) => scrypt("pw", "salt", 32, { N: 1024 }, (err) => err ? fail(err) : ok(got.push(seen()))));
				await new Promise((ok, fail) => randomBytes(8, (err) => err ? fail(err) : ok(got.push(seen()))));
				await new Promise((ok, fail) => generateKeyPair("ed25519", {}, (err) => err ? fail(err) : ok(got.push(seen()))));
				await webcrypto.subtle.digest("SHA-256", new Uint8Array(8));
				got.push(seen());
				res.send(got.join(","));
			}));
		}`)
	e.waitChange(Installed, "alscrypto")
	var wg sync.WaitGroup
	errs := make(chan string, 20)
	for i := range 20 {
		wg.Go(func() {
			status, body := getNoFatal(e.api.URL + fmt.Sprintf("/api/alscrypto/?id=%d", i))
			if want := strings.Repeat(fmt.Sprint(i)+",", 5); status != 200 || body != want[:len(want)-1] {
				errs <- fmt.Sprintf("request %d: %d %q", i, status, body)
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// getNoFatal is a GET for goroutines other than the test's.
func getNoFatal(url string) (int, string) {
	resp, err := http.Get(url)
	if err != nil {
		return 0, err.Error()
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// TestConsoleShape checks console as a plugin sees it against Node 20's
// (node -e 'Object.getOwnPropertyDescriptor(globalThis, "console")'):
// a writable, configurable, non-enumerable global whose methods come in
// Node's order (Node's Console, profile, profileEnd, timeStamp, context
// and createTask are not provided). It is built on the first read, so a
// plugin that never logs does not pay for it; until then the global object
// does not own it (as with the environment's other lazy globals, Buffer or
// URL), though "console" in globalThis holds.
func TestConsoleShape(t *testing.T) {
	e := newEnv(t)
	e.publish("shape", "1.0.0", `
		const before = [Object.prototype.hasOwnProperty.call(globalThis, "console"), "console" in globalThis].join();
		export function setup(router) {
			router.get("/", (req, res) => {
				const methods = Object.keys(console).join();
				const d = Object.getOwnPropertyDescriptor(globalThis, "console");
				res.json({ before, writable: d.writable, enumerable: d.enumerable, configurable: d.configurable,
					listed: Object.keys(globalThis).includes("console"), methods });
			});
		}`)
	e.waitChange(Installed, "shape")
	e.expect("/shape/", 200, `{"before":"false,true","writable":true,"enumerable":false,"configurable":true,"listed":false,`+
		`"methods":"log,warn,dir,time,timeEnd,timeLog,trace,assert,clear,count,countReset,group,groupEnd,table,debug,info,dirxml,error,groupCollapsed"}`)
}
