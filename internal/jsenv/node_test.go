package jsenv

import (
	"strings"
	"testing"
)

// TestNodeModules runs each snippet under the environment's require and
// compares with Node 22's result for the same body. Difference from Node:
// the working directory is "/", so path.resolve("a") is "/a".
func TestNodeModules(t *testing.T) {
	runCases(t, []jsCase{
		{"utilFormat", `const util = require("node:util"); return util.format("%s=%d %j", "a", 1, {b: [1]}) + "|" + util.inspect({a: {b: {c: {d: 1}}}}, {depth: 0}) + "|" + util.inspect("s")`, "a=1 {\"b\":[1]}|{ a: [Object] }|'s'"},
		{"utilPromisify", `const util = require("util"); const f = (a, cb) => setTimeout(() => a < 0 ? cb(new Error("neg")) : cb(null, a * 2), 1); const p = util.promisify(f); let err; try { await p(-1); } catch (e) { err = e.message; } return (await p(21)) + "|" + err`, "42|neg"},
		{"utilTypes", `const {types} = require("node:util"); return [types.isDate(new Date()), types.isRegExp(/x/), types.isPromise(Promise.resolve()), types.isUint8Array(new Uint8Array()), types.isTypedArray([]), types.isAsyncFunction(async () => {}), types.isMap(new Map())].join("|")`, "true|true|true|true|false|true|true"},
		{"utilMisc", `const util = require("util"); function A() {} function B() {} util.inherits(B, A); return [new B() instanceof A, util.isDeepStrictEqual({a: [1]}, {a: [1]}), util.isDeepStrictEqual({a: 1}, {a: "1"}), typeof util.TextEncoder, require("util/types") === util.types].join("|")`, "true|true|false|function|true"},
		{"events", `const EventEmitter = require("events"); const {EventEmitter: EE2, once} = require("node:events"); const e = new EventEmitter(); const seen = []; e.on("x", (a, b) => seen.push("on" + a + b)); e.once("x", (a) => seen.push("once" + a)); e.prependListener("x", () => seen.push("first")); e.emit("x", 1, 2); e.emit("x", 3, 4); setTimeout(() => e.emit("y", 9), 1); const [v] = await once(e, "y"); let err; try { e.emit("error", new Error("boom")); } catch (x) { err = x.message; } return [seen.join(","), e.listenerCount("x"), v, err, EE2 === EventEmitter, e.eventNames().join(",")].join("|")`, "first,on12,once1,first,on34|2|9|boom|true|x"},
		{"eventsSubclass", `const {EventEmitter} = require("events"); class C extends EventEmitter { constructor() { super(); this.n = 0; } }; const c = new C(); c.on("a", function () { this.n++; }); c.emit("a"); c.off("a", () => {}); c.removeAllListeners("a"); c.emit("a"); return c.n + "|" + c.emit("nothing")`, "1|false"},
		{"path", `const path = require("node:path"); return [path.join("/a/b", "../c", "./d"), path.resolve("x", "/y", "z"), path.resolve("a"), path.dirname("/a/b/c.txt"), path.basename("/a/b/c.txt", ".txt"), path.extname("x.tar.gz"), path.normalize("a//b/../c/"), path.relative("/a/b/c", "/a/d"), path.isAbsolute("/x"), JSON.stringify(path.parse("/home/u/f.txt")), path.format({dir: "/x", base: "y.js"}), path.sep, path.posix === path, path.join("", "")].join("|")`, "/a/c/d|/y/z|/a|/a/b|c|.gz|a/c/|../../d|true|{\"root\":\"/\",\"dir\":\"/home/u\",\"base\":\"f.txt\",\"ext\":\".txt\",\"name\":\"f\"}|/x/y.js|/|true|."},
		{"querystring", `const qs = require("querystring"); return [qs.stringify({a: [1, 2], b: "x y", c: "é&"}), JSON.stringify(qs.parse("a=1&a=2&b=x+y&c=%C3%A9&d")), qs.escape("a b*"), qs.unescape("%41+")].join("|")`, "a=1&a=2&b=x%20y&c=%C3%A9%26|{\"a\":[\"1\",\"2\"],\"b\":\"x y\",\"c\":\"é\",\"d\":\"\"}|a%20b*|A+"},
		{"stringDecoder", `const {StringDecoder} = require("string_decoder"); const d = new StringDecoder("utf8"); const b = Buffer.from("€!"); return d.write(b.subarray(0, 2)) + "|" + d.write(b.subarray(2)) + "|" + d.end() + "|" + new StringDecoder("hex").write(Buffer.from("hi"))`, "|€!||6869"},
		{"assertBasics", `const assert = require("assert"); const r = []; assert(true); assert.ok(1); assert.equal(1, "1"); assert.deepEqual({a: 1}, {a: "1"}); assert.strictEqual(NaN, NaN); try { assert.strictEqual(1, 2); } catch (e) { r.push(e.name, e.code, e.actual, e.expected, e.operator); } try { assert.deepStrictEqual({a: 1}, {a: "1"}); } catch (e) { r.push(e.code); } try { assert(false, "custom"); } catch (e) { r.push(e.message); } return r.join("|")`, "AssertionError|ERR_ASSERTION|1|2|strictEqual|ERR_ASSERTION|custom"},
		{"assertStrict", `const assert = require("node:assert/strict"); const {strict} = require("assert"); const r = []; try { assert.equal(1, "1"); } catch (e) { r.push(e.operator); } try { assert.deepEqual([1], ["1"]); } catch (e) { r.push("deep"); } return r.join("|") + "|" + (strict.strict === strict) + "|" + (typeof require("assert").strict)`, "strictEqual|deep|true|function"},
		{"assertThrows", `const assert = require("assert"); const r = []; assert.throws(() => { throw new TypeError("bad thing"); }, TypeError); assert.throws(() => { throw new TypeError("bad thing"); }, /bad/); assert.throws(() => { throw new TypeError("bad thing"); }, {name: "TypeError", message: "bad thing"}); try { assert.throws(() => {}); } catch (e) { r.push(e.message); } await assert.rejects(Promise.reject(new Error("no")), {message: "no"}); try { await assert.rejects(Promise.resolve(1)); } catch (e) { r.push(e.message); } await assert.doesNotReject(Promise.resolve()); assert.doesNotThrow(() => {}); assert.match("abc", /b/); return r.join("|")`, "Missing expected exception.|Missing expected rejection."},
		{"cryptoHash", `const crypto = require("node:crypto"); return [crypto.createHash("sha256").update("a").update("bc").digest("hex"), crypto.createHash("md5").update("abc").digest("base64"), crypto.createHash("sha1").update(Buffer.from("abc")).digest().length, crypto.createHash("sha512").update("").digest("hex").slice(0, 16), crypto.createHmac("sha256", "key").update("data").digest("hex"), crypto.createHmac("sha1", Buffer.from("k")).update("d").digest("base64")].join("|")`, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad|kAFQmDzST7DWlj99KOF/cg==|20|cf83e1357eefb8bd|5031fe3d989c6d1537a013fa6e739da23463fdaec3b70137d828e36ace221bd0|K5DkHnwMyOL3XAKRDDiZzEaLoxY="},
		{"cryptoRandom", `const crypto = require("crypto"); const b = crypto.randomBytes(16); return [b.length, Buffer.isBuffer(b), /^[0-9a-f-]{36}$/.test(crypto.randomUUID()), crypto.timingSafeEqual(Buffer.from("ab"), Buffer.from("ab")), crypto.timingSafeEqual(Buffer.from("ab"), Buffer.from("ac")), typeof crypto.webcrypto.subtle.digest, crypto.subtle === globalThis.crypto.subtle].join("|")`, "16|true|true|true|false|function|true"},
		{"cryptoErrors", `const crypto = require("crypto"); const r = []; try { crypto.timingSafeEqual(Buffer.from("a"), Buffer.from("ab")); } catch (e) { r.push(e.code); } try { crypto.createHash("nope"); } catch (e) { r.push(e.message); } const h = crypto.createHash("sha256"); h.digest(); try { h.update("x"); } catch (e) { r.push(e.code); } return r.join("|")`, "ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH|Digest method not supported|ERR_CRYPTO_HASH_FINALIZED"},
		{"bufferModule", `const {Buffer: B} = require("node:buffer"); return (B === Buffer) + "|" + require("buffer").Buffer.from("x").toString("hex")`, "true|78"},
		{"urlModule", `const url = require("node:url"); return [url.URL === URL, url.fileURLToPath("file:///a/b%20c"), url.pathToFileURL("/x y").href, new url.URLSearchParams({a: "1"}).toString()].join("|")`, "true|/a/b c|file:///x%20y|a=1"},
	})
}

func TestUnsupportedModule(t *testing.T) {
	_, _, e, _ := newVM(t, Config{})
	_, err := e.Module("node:child_process")
	if err == nil || err.Error() != "node:child_process is not available to plugins: a plugin cannot start processes" {
		t.Fatalf("err = %v", err)
	}
	_, err = e.Module("node:sqlite")
	if err == nil || !strings.Contains(err.Error(), "node:sqlite is not supported") || !strings.Contains(err.Error(), "crypto") {
		t.Fatalf("err = %v", err)
	}
	if !IsNodeBuiltin("fs") || !IsNodeBuiltin("node:test") || IsNodeBuiltin("lodash") || IsBuiltin("child_process") || !IsBuiltin("node:path") || !IsBuiltin("fs") {
		t.Fatal("IsNodeBuiltin/IsBuiltin")
	}
}

func TestEnvAndLog(t *testing.T) {
	vm, loop, _, lines := newVM(t, Config{Env: map[string]string{"API_URL": "https://x"}})
	got := run(t, vm, loop, `process.emitWarning("careful"); return JSON.stringify(process.env) + "|" + require("process").env.API_URL`)
	if got != `{"API_URL":"https://x"}|https://x` {
		t.Errorf("got %q", got)
	}
	if len(*lines) != 1 || !strings.Contains((*lines)[0].msg, "careful") {
		t.Errorf("log %v", *lines)
	}
	if got := run(t, vm, loop, `try { process.exit(1); } catch (e) { return e.message; }`); got != "process.exit is not available to plugins" {
		t.Errorf("got %q", got)
	}
}

func TestAssignedGlobalStays(t *testing.T) {
	vm, loop, _, _ := newVM(t, Config{})
	got := run(t, vm, loop, `"use strict"; const had = ["fetch" in globalThis, typeof Headers]; globalThis.fetch = () => "mine"; Buffer = 1; return fetch() + "|" + typeof TextEncoder + "|" + fetch() + "|" + had + "|" + typeof Headers + "|" + Buffer + "|" + Object.keys(globalThis).includes("URL")`)
	if got != "mine|function|mine|true,function|function|1|false" {
		t.Errorf("got %q", got)
	}
}

// An exception in an event listener does not stop the other listeners; it
// is reported, as Node reports an uncaught exception.
func TestListenerErrorReported(t *testing.T) {
	var got []error
	vm, loop, _, _ := newVM(t, Config{OnError: func(err error) { got = append(got, err) }})
	out := run(t, vm, loop, `const t = new EventTarget(); let n = 0; t.addEventListener("x", () => { throw new Error("listener failed"); }); t.addEventListener("x", () => n++); t.dispatchEvent(new Event("x")); return String(n)`)
	if out != "1" || len(got) != 1 || !strings.Contains(got[0].Error(), "listener failed") {
		t.Fatalf("out %q, reported %v", out, got)
	}
}
