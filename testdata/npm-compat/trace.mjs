// Lists what each bundle touches of its host: the globals (web and Node),
// the members of crypto, crypto.subtle (with the algorithms and key
// formats), Buffer, process, performance, console, URL, Headers, Request,
// Response, TextEncoder/TextDecoder and the other web classes, V8-only
// extras (Error.captureStackTrace), the newer ECMAScript library methods,
// and the functions of the node: modules it imports. It runs the same
// requests as record.mjs (cases.mjs) under Node and Express, and counts an
// access only when the line that made it is in a dist/ bundle (not in
// Express or in Node itself). Feature tests count as accesses too
// (`typeof crypto !== "undefined"` touches crypto). Writes needs.json.
// Run: npm ci && TZ=UTC node trace.mjs
import http from "node:http";
import { createRequire, syncBuiltinESMExports } from "node:module";
import { writeFile } from "node:fs/promises";
import { cases } from "./cases.mjs";

process.env.NODE_ENV = "production";
const require = createRequire(import.meta.url);
const { default: express } = await import("express");

let current = null; // the plugin being traced
const seen = {}; // plugin -> name -> count
const marker = "/npm-compat/dist/";

// callerInBundle: is the frame that called the instrumented accessor in a
// bundle? Frames: [0] "Error", [1] callerInBundle, [2] note, [3] the accessor, [4] its caller.
// (depd sets Error.prepareStackTrace while it reads call sites: V8's own
// text is asked for here.)
function callerInBundle() {
  const prep = Error.prepareStackTrace;
  Error.prepareStackTrace = undefined;
  const stack = new Error().stack;
  Error.prepareStackTrace = prep;
  const lines = String(stack).split("\n");
  return lines[4] !== undefined && lines[4].includes(marker);
}
let noting = false;
function note(name) {
  if (current === null || noting) return;
  noting = true;
  try {
    if (!callerInBundle()) return;
    const s = (seen[current] ??= {});
    s[name] = (s[name] ?? 0) + 1;
  } finally {
    noting = false;
  }
}
// noteDeep is note for a wrapper function: [0] "Error", [1] noteDeep, [2] the wrapper, [3] its caller.
function noteDeep(name) {
  if (current === null) return;
  const lines = new Error().stack.split("\n");
  if (lines[3] === undefined || !lines[3].includes(marker)) return;
  const s = (seen[current] ??= {});
  s[name] = (s[name] ?? 0) + 1;
}

// instrument turns obj[key] into an accessor that notes name on every read
// (and, for a getter, calls the original with the same receiver).
// Globals: Node defines many as lazy getters that replace themselves with
// a value on first read, so they are read once here (eager) first.
function instrument(obj, key, name, eager = false) {
  let d = Object.getOwnPropertyDescriptor(obj, key);
  if (!d || !d.configurable) return;
  if (eager && !("value" in d)) {
    d = { value: obj[key], enumerable: d.enumerable, configurable: true };
  }
  if ("value" in d) {
    let value = d.value;
    Object.defineProperty(obj, key, {
      configurable: true,
      enumerable: d.enumerable,
      get() {
        note(name);
        return value;
      },
      set(v) {
        value = v;
      },
    });
  } else {
    Object.defineProperty(obj, key, {
      configurable: true,
      enumerable: d.enumerable,
      get() {
        note(name);
        return d.get?.call(this);
      },
      set: d.set,
    });
  }
}
const instrumentAll = (obj, label, skip = []) => {
  for (const k of Reflect.ownKeys(obj)) {
    if (typeof k === "symbol" || k === "constructor" || k === "prototype" || k === "name" || k === "length" || skip.includes(k)) continue;
    instrument(obj, k, `${label}${k}`);
  }
};

// 1. globals that are not ECMAScript intrinsics (or are recent or
// optional ones): everything Node puts on globalThis but these.
const intrinsics = new Set(
  "Object Function Array Number parseFloat parseInt Infinity NaN undefined Boolean String Symbol Date Promise RegExp Error EvalError RangeError ReferenceError SyntaxError TypeError URIError globalThis JSON Math ArrayBuffer Uint8Array Int8Array Uint16Array Int16Array Uint32Array Int32Array Float32Array Float64Array Uint8ClampedArray BigUint64Array BigInt64Array DataView Map Set WeakMap WeakSet Proxy Reflect decodeURI decodeURIComponent encodeURI encodeURIComponent isFinite isNaN eval".split(
    " ",
  ),
);
for (const k of Object.getOwnPropertyNames(globalThis)) {
  if (!intrinsics.has(k)) instrument(globalThis, k, k, true);
}
// Globals Node does not have, which packages test for to detect their
// environment: defined as undefined, so that a feature test is seen
// (`"navigator" in globalThis` becomes true while tracing).
for (const k of ["navigator", "window", "self", "document", "Deno", "Bun", "EdgeRuntime", "fastly", "WebSocket", "caches", "importScripts", "Intl"]) {
  if (!(k in globalThis)) globalThis[k] = undefined;
  instrument(globalThis, k, k, true);
}
// 2. members of the web and Node objects plugins reach
const classes = ["URL", "URLSearchParams", "Headers", "Request", "Response", "TextEncoder", "TextDecoder", "AbortController", "AbortSignal", "EventTarget", "Event", "Blob", "FormData", "ReadableStream", "DOMException", "Buffer", "CryptoKey"];
for (const c of classes) {
  const C = globalThis[c];
  instrumentAll(C, `${c}.`);
  instrumentAll(C.prototype, `${c}#`);
}
const subtleAlg = (a) => (typeof a === "string" ? a : a && a.name ? a.name + (a.hash ? `/${typeof a.hash === "string" ? a.hash : a.hash.name}` : "") : "?");
instrumentAll(Object.getPrototypeOf(globalThis.crypto), "crypto.");
for (const k of Object.getOwnPropertyNames(Object.getPrototypeOf(globalThis.crypto.subtle))) {
  if (k === "constructor") continue;
  const proto = Object.getPrototypeOf(globalThis.crypto.subtle);
  const orig = proto[k];
  if (typeof orig !== "function") continue;
  proto[k] = function (...args) {
    // importKey(format, key, alg, …), sign(alg, key, data), digest(alg, data), …
    const detail = k === "importKey" || k === "exportKey" ? `${args[0]} ${subtleAlg(args[2])}` : subtleAlg(args[0]);
    noteDeep(`crypto.subtle.${k}(${detail})`);
    return orig.apply(this, args);
  };
}
instrumentAll(process, "process.");
instrumentAll(Object.getPrototypeOf(performance), "performance.");
instrumentAll(console, "console.");
// (stackTraceLimit and prepareStackTrace are read by note itself: not traced)
for (const k of ["captureStackTrace"]) {
  if (!(k in Error)) Error[k] = undefined;
  instrument(Error, k, `Error.${k}`);
}
// 3. ECMAScript library methods newer than ES2019, or proposals: present in
// Node, possibly not in goja.
const newer = {
  Object: ["hasOwn", "groupBy", "fromEntries"],
  Map: ["groupBy"],
  Promise: ["any", "allSettled", "withResolvers", "try"],
  Array: ["fromAsync"],
  "Array.prototype": ["at", "findLast", "findLastIndex", "toSorted", "toReversed", "toSpliced", "with", "flat", "flatMap"],
  "String.prototype": ["at", "replaceAll", "matchAll", "isWellFormed", "toWellFormed", "trimStart", "trimEnd"],
  Uint8Array: ["fromBase64", "fromHex"],
  "Uint8Array.prototype": ["toBase64", "toHex", "setFromBase64"],
  "TypedArrayPrototype": ["at", "findLast", "toSorted"],
  "ArrayBuffer.prototype": ["transfer", "resize"],
  Symbol: ["asyncDispose", "dispose"],
};
for (const [path, keys] of Object.entries(newer)) {
  const obj = path === "TypedArrayPrototype" ? Object.getPrototypeOf(Uint8Array.prototype) : path.split(".").reduce((o, p) => o[p], globalThis);
  for (const k of keys) {
    if (!(k in obj)) obj[k] = undefined; // so that a feature test is seen
    instrument(obj, k, `${path}.${k}`);
  }
}
// 4. node: modules: their functions, and what createHash/createHmac return
const nodeCrypto = require("node:crypto");
const wrapNode = (mod, label) => {
  for (const k of Object.keys(mod)) {
    const d = Object.getOwnPropertyDescriptor(mod, k);
    if (!d || !("value" in d) || typeof d.value !== "function" || /^[A-Z]/.test(k)) continue;
    const v = d.value;
    Object.defineProperty(mod, k, {
      ...d,
      value: function (...args) {
        noteDeep(`${label}.${k}(${typeof args[0] === "string" ? args[0] : ""})`);
        return v.apply(this, args);
      },
    });
  }
};
for (const p of [Object.getPrototypeOf(nodeCrypto.createHash("sha1")), Object.getPrototypeOf(nodeCrypto.createHmac("sha1", "k"))]) {
  for (const k of ["update", "digest"]) {
    const orig = p[k];
    p[k] = function (...args) {
      noteDeep(`node:crypto ${p.constructor.name}#${k}(${typeof args[0] === "string" ? args[0] : ""})`);
      return orig.apply(this, args);
    };
  }
}
wrapNode(nodeCrypto, "node:crypto");
syncBuiltinESMExports();

for (const [name, requests] of Object.entries(cases)) {
  current = name;
  seen[name] = {};
  const mod = await import(new URL(`./dist/${name}.js`, import.meta.url));
  const app = express();
  const router = express.Router();
  await mod.setup(router, { name, version: "1.0.0", config: null, custom: null });
  app.use(`/api/${name}`, router);
  const server = await new Promise((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  for (const c of requests) await send(server.address().port, name, c);
  server.close();
}
current = null;
const out = {};
for (const [name, s] of Object.entries(seen)) out[name] = Object.keys(s).sort();
await writeFile(new URL("./needs.json", import.meta.url), JSON.stringify({ node: process.version, needs: out }, null, 2) + "\n");
for (const [name, list] of Object.entries(out)) console.log(`${name}: ${list.join(", ")}`);

function send(port, name, c) {
  return new Promise((resolve, reject) => {
    const headers = { "User-Agent": "plugmux-npm-compat", ...(c.headers || {}) };
    const body = c.body !== undefined ? Buffer.from(c.body, "utf8") : null;
    if (body) headers["Content-Length"] = String(body.length);
    const req = http.request({ host: "127.0.0.1", port, method: c.method || "GET", path: `/api/${name}${c.path}`, headers, agent: false }, (res) => {
      res.resume();
      res.on("end", resolve);
    });
    req.on("error", reject);
    if (body) req.write(body);
    req.end();
  });
}
