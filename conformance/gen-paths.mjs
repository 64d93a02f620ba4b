// Records how Express 5's router matches generated route and mount paths,
// into ../internal/pathsyntax/testdata/paths.json: the oracle of package
// pathsyntax. Patterns come from a seeded grammar of the route path syntax
// (literals, :params, *wildcards, {optional} groups, escapes, quoted names,
// reserved characters, unicode); request paths are made from each pattern
// (instantiated, then mutated) and at random. Each pattern is compiled by the
// router's own Layer with a random choice of end/sensitive/strict, as
// app.use / app.get / Router({caseSensitive, strict}) would, and each path is
// matched by layer.match. Run: node gen-paths.mjs [seed] [count]
import { writeFile } from "node:fs/promises";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const Layer = require("router/lib/layer.js");

const seed = Number(process.argv[2] ?? 1);
const count = Number(process.argv[3] ?? 2000);

// mulberry32: a small seeded generator, so the file is reproducible.
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

const words = ["a", "b", "users", "files", "api", "v1", "Docs", "x", "id", "new", "ABC", "caf\u00e9", "\u2713", "a.b", "x-y", "x_y", "~", "%20", "%2F", "1"];
const seps = ["-", ".", "-and-", "_", "~", "..", "@", ",", ";", "=", "'", "$"];
const names = ["id", "a", "b", "name", "rest", "$x", "_y", "\u00e9t\u00e9", "x1"];
const reserved = ["(", ")", "[", "]", "?", "+", "!", "}", "{"];

function name() {
  if (chance(0.06)) return '"' + pick(["quoted name", "a-b", "1", "a\\\"b", "x/y", ""]) + '"';
  if (chance(0.03)) return pick(["", "1a", "-"]);
  return pick(names);
}

// part returns one piece of a segment.
function part(depth) {
  const r = rand();
  if (r < 0.34) return pick(chance(0.8) ? words : seps);
  if (r < 0.56) return ":" + name();
  if (r < 0.66) return "*" + name();
  if (r < 0.84 && depth < 3) return "{" + seq(depth + 1, 1 + int(2)) + "}";
  if (r < 0.92) return "\\" + pick([":", "*", "{", "}", "(", "a", "\\", "?"]);
  if (r < 0.935) return pick(reserved);
  return pick(seps);
}

function seq(depth, n) {
  let s = "";
  for (let i = 0; i < n; i++) {
    if (chance(0.55)) s += "/";
    s += part(depth);
    if (chance(0.3)) s += part(depth);
  }
  return s;
}

function pattern() {
  const r = rand();
  if (r < 0.02) return pick(["/", "", "//", "/:id/", "*", ":x", "/a//b"]);
  let s = "";
  const n = 1 + int(4);
  for (let i = 0; i < n; i++) {
    s += "/";
    const k = 1 + int(chance(0.7) ? 1 : 3);
    for (let j = 0; j < k; j++) s += part(0);
  }
  if (chance(0.12)) s += "/";
  if (chance(0.03)) s = s.slice(1);
  if (chance(0.04)) s += "{" + seq(1, 1) + "}" + seq(1, 1);
  return s;
}

const values = ["--", "-x-", "x.", "-and-", "1", "42", "x", "abc", "A", "x-y", "a.b", "a-b-c", "%2F", "a%20b", "%E2%9C%93", "%zz", "%", "%C3", "caf%C3%A9", "-", ".", "..", "and", "x-and-y", "_", "~", "@", "'", "%41"];

// instantiate writes a path the pattern could match: parameters filled,
// groups kept or dropped, escapes resolved (roughly; mutations do the rest).
function instantiate(p) {
  let out = "";
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === "\\") { out += p[++i] ?? ""; continue; }
    if (c === ":" || c === "*") {
      let j = i + 1;
      if (p[j] === '"') { j++; while (j < p.length && p[j] !== '"') j++; j++; }
      else while (j < p.length && /[\p{ID_Continue}$]/u.test(p[j])) j++;
      i = j - 1;
      if (c === "*") {
        const n = 1 + int(3);
        const segs = [];
        for (let k = 0; k < n; k++) segs.push(pick(values));
        out += segs.join("/");
      } else out += pick(values);
      continue;
    }
    if (c === "{") {
      if (chance(0.5)) { // drop the group
        let d = 1, j = i + 1;
        for (; j < p.length && d > 0; j++) { if (p[j] === "\\") j++; else if (p[j] === "{") d++; else if (p[j] === "}") d--; }
        i = j - 1;
      }
      continue;
    }
    if (c === "}") continue;
    out += c;
  }
  return out.startsWith("/") ? out : "/" + out;
}

function mutate(path) {
  const r = rand();
  if (r < 0.15) return path + "/";
  if (r < 0.22) return path + "//";
  if (r < 0.32) return path + "/" + pick(values);
  if (r < 0.40) return path.toUpperCase();
  if (r < 0.46) return path.replace(/\/[^/]*$/, "");
  if (r < 0.52) return path.replace("/", "//");
  if (r < 0.58) { const i = int(path.length + 1); return path.slice(0, i) + pick(["-", ".", "/", "%2F", "x", "%"]) + path.slice(i); }
  if (r < 0.62) { const i = 1 + int(Math.max(1, path.length - 1)); return path.slice(0, i) + path.slice(i + 1); }
  if (r < 0.65) return path.replace(/[a-z]/, (c) => c.toUpperCase());
  return path;
}

function record(p, opts, paths) {
  let layer;
  try {
    layer = new Layer(p, opts, function handler() {});
  } catch (e) {
    return { p, ...optsOut(opts), e: e.message };
  }
  const out = [];
  for (const path of paths) {
    try {
      const m = layer.match(path);
      if (!m) { out.push({ u: path }); continue; }
      out.push({ u: path, m: m.path, q: Object.entries(m.params) });
    } catch (e) {
      out.push({ u: path, d: e.message });
    }
  }
  return { p, ...optsOut(opts), r: out };
}

function optsOut(o) {
  const r = {};
  if (!o.end) r.prefix = true;
  if (o.sensitive) r.sensitive = true;
  if (o.strict) r.strict = true;
  return r;
}

// Hand-picked patterns for what the grammar rarely makes: the parser's
// other errors, code points beyond the BMP before an error, many optional
// groups, and long runs that would make a backtracking matcher slow.
const fixed = [
  "/a\\", "/:\"abc", "/:\"a\\\"b\"", "/\u{1F600}/(", "/\u00e9\u00e9/?", "/\u{1F600}:", "/:\u{1F600}", "/:x\u{1F600}y",
  "{/a}".repeat(8), "{/a}".repeat(9), "{/:a}{/:b}{/:c}{/:d}{/:e}{/:f}{/:g}{/:h}", "/{a{b{c{d{e}}}}}", "/{{}}/x", "/{}",
  "/:a-:b-:c-:d-:e-:f", "/*a-*b-*c", "/*a/*b/*c/*d", "/:a.:b.:c.:d", "/*a.:b", "/:a.*b", "/:x-and-:y", "/*a-and-*b",
  '/:a:"q\\"n"', '/*a*"q\\"n"', "/\u00c9t\u00e9/:x", "/K/:x", "/\u017F/:x", "/\u212A", "/s", "/\u00df",
  "/*a/x/*b/z", "/*a/x/*b", "/*a-x-*b/:c", "/:a-:b", "/:a-:b-:c", "/:a..:b", "/*a.*b.:c", "/:a-*b", "/*a-:b-*c", "/*a-:p/*b", "/*a-:p/*b/c",
];
const cases = [];
for (const p of fixed) {
  for (const end of [true, false]) {
    const paths = [instantiate(p), "/a/a/a/a/a/a/a/a/a", "/" + "a-".repeat(40) + "/b", "/" + "a.".repeat(30) + "x", "/x-and-y-and-z", "/\u00e9t\u00e9/1", "/\u00c9T\u00c9/1", "/k/1", "/S/1", "/s/1", "/\u212a", "/k", "/S", "/SS", "/x--", "/x---", "/x-and--and-", "/1/x/y/x/z", "/1/x/yy/z", "/1/x/x/x", "/a.b.c..", "/a..b..", "/a-x-b/x-x-/c", "/-/-", "/a-b-/-", "/1-2/x-y", "/1-2/x-y/z-w", "/1-2/x-y/c"];
    cases.push(record(p, { end, sensitive: false, strict: false }, paths));
  }
}
const seen = new Set();
while (cases.length < count + fixed.length * 2) {
  const p = pattern();
  const opts = { end: !chance(0.3), sensitive: chance(0.12), strict: chance(0.12) };
  const key = JSON.stringify([p, opts]);
  if (seen.has(key)) continue;
  seen.add(key);
  const paths = new Set();
  const base = instantiate(p);
  paths.add(base);
  for (let i = 0; i < 5; i++) paths.add(mutate(chance(0.7) ? base : instantiate(p)));
  if (chance(0.2)) paths.add(pick(["/", "", "/x", "//"]));
  cases.push(record(p, opts, [...paths]));
}
const out = new URL("../internal/pathsyntax/testdata/paths.json", import.meta.url);
const head = JSON.stringify({ node: process.version, seed }).slice(0, -1);
// One case a line, so that diffs of re-recordings read well.
await writeFile(out, head + ',"cases":[\n' + cases.map((c) => JSON.stringify(c)).join(",\n") + "\n]}\n");
const errs = cases.filter((c) => c.e).length;
const matched = cases.flatMap((c) => c.r ?? []).filter((r) => r.m !== undefined).length;
const total = cases.flatMap((c) => c.r ?? []).length;
console.log(`${cases.length} patterns (${errs} refused), ${total} paths, ${matched} matched`);
