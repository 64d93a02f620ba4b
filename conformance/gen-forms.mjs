// Records how express.urlencoded() parses generated form bodies, into
// ../internal/form/testdata/forms.json: the oracle of package form. Forms
// come from a seeded grammar (repeated keys, bracket chains of every shape,
// indices near the array limit, __proto__ and other prototype names, empty
// keys and values, %5B/%5D, "+", percent-encodings valid and not, latin1 and
// utf-8 bytes); each is parsed by qs.parse with exactly the options
// body-parser 2's urlencoded parser passes (and its parameter count check
// first), for extended true and false, with random depth, parameterLimit and
// charset, and interpretNumericEntities. Run: node gen-forms.mjs [seed] [count]
import { writeFile } from "node:fs/promises";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const qs = require("qs");

const seed = Number(process.argv[2] ?? 1);
const count = Number(process.argv[3] ?? 3300);

let state = seed >>> 0;
function rand() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (n) => Math.floor(rand() * n);
const pick = (a) => a[int(a.length)];
const chance = (p) => rand() < p;

const parents = ["a", "a", "b", "b", "c", "", "__proto__", "hasOwnProperty", "toString", "0", "1", "x y", "x+y", "caf%C3%A9", "%E9", "a%20b", "%zz", "\u2713", "a.b", "[x]", "]", "%5Bq%5D", "constructor", "length"];
const inner = ["", "", "b", "c", "0", "0", "1", "2", "99", "100", "101", "-1", "01", " ", "__proto__", "constructor", "x y", "%5B", "a]b", "[d]", "1e1", "4294967295", "length"];
const values = ["1", "2", "x", "", "", "a+b", "%E2%9C%93", "%zz", "%E9", "%", "a=b", "%26", "%3D", "[]", "caf%C3%A9", "%C3", "+", "%2B", "\u00e9", "true",
  // numeric entities, as browsers send what Latin-1 cannot hold
  "%26%239786%3B", "%26%2365%3B%26%2366%3B", "%26%2355357%3B%26%2356832%3B", "%26%23x41%3B", "%26%2365", "%26%23165536%3B",
  "%26%23%3B", "%26%231114112%3B", "%26%23065%3B", "%26%2399999999999999999999%3B", "%26%230%3B"];

function key() {
  let k = pick(parents);
  const n = chance(0.35) ? 0 : int(chance(0.9) ? 3 : 40);
  for (let i = 0; i < n; i++) {
    const r = rand();
    if (r < 0.8) k += "[" + pick(inner) + "]";
    else if (r < 0.86) k += "%5B" + pick(inner) + "%5D";
    else if (r < 0.89) k += "%5b" + pick(inner) + "%5d";
    else if (r < 0.93) k += "[" + pick(inner);
    else if (r < 0.96) k += pick(inner) + "]";
    else k += "[[" + pick(inner) + "]]";
  }
  return k;
}

function part(pool) {
  const r = rand();
  if (r < 0.04) return "";
  const k = chance(0.6) && pool.length ? pick(pool) : key();
  pool.push(k);
  if (r < 0.1) return k;
  return k + "=" + pick(values) + (chance(0.1) ? pick(values) : "");
}

function form() {
  if (chance(0.02)) return pick(["", "&", "=", "==", "&&", "a", "a=", "=a", "[]=x", "[=]", "a[=1"]);
  const pool = [];
  const n = chance(0.05) ? 100 + int(30) : 1 + int(7);
  const parts = [];
  for (let i = 0; i < n; i++) parts.push(part(pool));
  if (n > 50) { // many values under one array key: the array limit
    const k = pick(["a[]", "a", "a[0]", "a[" + (95 + int(10)) + "]"]);
    for (let i = 0; i < parts.length; i++) if (chance(0.8)) parts[i] = k + "=" + i;
  }
  return parts.join("&");
}

// parse is body-parser 2's urlencoded parse (lib/types/urlencoded.js), with
// its options.
function parse(body, o) {
  if (!body.length) return {};
  let n = 0, index = -1;
  do {
    n++;
    if (n > o.parameterLimit) return { status: 413, message: "too many parameters" };
    index = body.indexOf("&", index + 1);
  } while (index !== -1);
  const arrayLimit = o.extended ? Math.max(100, n) : n;
  try {
    return qs.parse(body, {
      allowPrototypes: true, arrayLimit, depth: o.depth, charsetSentinel: undefined,
      interpretNumericEntities: o.interpretNumericEntities, charset: o.charset, parameterLimit: o.parameterLimit, strictDepth: true,
    });
  } catch (err) {
    if (err instanceof RangeError) return { status: 400, message: "The input exceeded the depth" };
    throw err;
  }
}

// Hand-picked forms around the array limit, where qs keeps an object of
// indices that later values extend like a list, and around key order.
const fixed = [
  "a[102]=1&a[105]=2&a=x", "a[105]=1&a[102]=2&a=x", "a[102]=1&a[b]=2&a=x", "a=x&a[102]=1", "a=x&a=y&a[102]=1",
  "a[102]=1&a[]=2", "a[]=2&a[102]=1", "a[102]=1&a[0]=2&a=x", "a[102][b]=1&a[102][c]=2", "a[102]=1&a[102]=2&a=x",
  "a[b]=1&a=x", "a[102]=1&a=", "a[0]=1&a[102]=2&a=x", "a[][102]=1&a[][102]=2", "a[][102]=1&a[]=2", "a[]=2&a[][102]=1",
  "a[101][102]=1&a=x", "a[b][102]=1&a[b]=x&a=y", "a[102]=x&a[102][0]=y", "a[0][102]=x&a[0]=y", "a=x&a[102][b]=1",
  "a[b]=1&a[102]=2&a=x", "a[102]=1&a[]=2&a[]=3&a=x", "c=1&a=x&a[b]=1&a[102]=2", "a=x&a[b][102]=1", "a[1]=x&a[5]=q&a[102]=1&a=z",
  "a[99]=x&a=y", "a[99]=x&a=y&a=z", "a[99]=x&a[99][b]=y", "a=y&a[99]=x", "a=y&a[98]=x", "a=y&a[99]=x&a=z", "a[99]=x&a=y&a[5]=q",
  "a[][0]=x", "a[][0]=x&a[][1]=y", "a[][]=x&a[][]=y", "b=1&a=2&1=3&0=4", "a[b]=1&a[1]=2&a[0]=3", "a[0]=x&a[b]=y&a=z",
];
const cases = [];
for (const f of fixed) {
  const o = { extended: true, depth: 32, parameterLimit: 1000, charset: "utf-8" };
  const res = parse(f, o);
  cases.push({ f, x: 1, d: 32, l: 1000, latin1: 0, r: JSON.stringify(res) });
}
const seen = new Set();
while (cases.length < count + fixed.length) {
  const f = form();
  const extended = chance(0.7);
  const o = {
    extended,
    depth: extended ? (chance(0.6) ? 32 : int(6)) : 0,
    parameterLimit: chance(0.85) ? 1000 : 1 + int(6),
    charset: chance(0.8) ? "utf-8" : "iso-8859-1",
    interpretNumericEntities: chance(0.3),
  };
  const k = JSON.stringify([f, o]);
  if (seen.has(k)) continue;
  seen.add(k);
  const res = parse(f, o);
  const c = { f, x: extended ? 1 : 0, d: o.depth, l: o.parameterLimit, latin1: o.charset === "iso-8859-1" ? 1 : 0 };
  if (o.interpretNumericEntities) c.ne = 1;
  if (res.status) c.err = res.status + " " + res.message;
  else c.r = JSON.stringify(res);
  cases.push(c);
}
const out = new URL("../internal/form/testdata/forms.json", import.meta.url);
const head = JSON.stringify({ node: process.version, qs: require("qs/package.json").version, seed }).slice(0, -1);
// One case a line, so that diffs of re-recordings read well.
await writeFile(out, head + ',"cases":[\n' + cases.map((c) => JSON.stringify(c)).join(",\n") + "\n]}\n");
console.log(`${cases.length} forms, ${cases.filter((c) => c.err).length} refused`);
