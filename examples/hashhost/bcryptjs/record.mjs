// Records what bcryptjs, run by Node from the committed bundle
// dist/bcryptjs.js, makes of generated passwords, into
// ../testdata/bcryptjs.json. TestBcryptjsHashesVerify (../main_test.go)
// replays them through host:password in plugmux: every hash bcryptjs made
// must verify, every other password must not, and the passwords longer than
// bcrypt's 72 bytes, which bcryptjs truncates silently, must be refused.
//
//   node record.mjs     (after npm ci && node build.mjs when the bundle changes)
import { hashSync, compareSync, truncates } from "./dist/bcryptjs.js";
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";

// A seeded generator (mulberry32), so that a re-recording changes only the
// salts of the hashes.
let seed = 0x5eed;
function rand() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (a) => a[Math.floor(rand() * a.length)];

// Characters of each UTF-8 length, and the awkward ones: NUL, a lone
// surrogate (not UTF-8 at all), combining marks.
const alphabets = {
  ascii: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~",
  twoByte: "éüßñøçåæÆЖжΩπ",
  threeByte: "€中文日本語한국어✓☃",
  fourByte: ["😀", "🔑", "𝄞", "🐘"],
  nul: "\u0000",
  combining: "e\u0301a\u0308",
};
const utf8Len = (s) => Buffer.byteLength(s, "utf8");
const units = (s) => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i));

function password(kind, targetBytes) {
  let s = "";
  for (;;) {
    let c;
    switch (kind) {
      case "ascii": c = pick(alphabets.ascii); break;
      case "mixed": c = pick([pick(alphabets.ascii), pick(alphabets.twoByte), pick(alphabets.threeByte), pick(alphabets.fourByte)]); break;
      case "nul": c = rand() < 0.2 ? alphabets.nul : pick(alphabets.ascii); break;
      case "combining": c = pick([...alphabets.combining]); break;
      default: throw new Error(kind);
    }
    if (utf8Len(s + c) > targetBytes) return s;
    s += c;
  }
}

// A different password: one character changed, or one added, or the
// password with its last character removed.
function other(p) {
  if (p === "") return "x";
  const chars = [...p];
  const i = Math.floor(rand() * chars.length);
  switch (Math.floor(rand() * 3)) {
    case 0: chars[i] = chars[i] === "a" ? "b" : "a"; break;
    case 1: chars.splice(i, 0, "z"); break;
    default: chars.pop();
  }
  return chars.join("");
}

const cases = [];
function add(kind, p) {
  const cost = cases.length % 7 === 0 ? 5 : 4;
  const hash = hashSync(p, cost);
  const wrong = other(p);
  cases.push({
    kind,
    password: p,
    // the UTF-16 code units, since a JSON decoder may replace a lone
    // surrogate (Go's does)
    units: units(p),
    bytes: utf8Len(p),
    truncates: truncates(p),
    cost,
    hash,
    wrong,
    wrongUnits: units(wrong),
    wrongBytes: utf8Len(wrong),
    wrongVerifies: compareSync(wrong, hash),
  });
}

add("empty", "");
for (const n of [1, 2, 8, 31, 32, 55, 56, 64, 71, 72]) add("ascii", password("ascii", n));
for (let i = 0; i < 40; i++) add("mixed", password("mixed", 1 + Math.floor(rand() * 72)));
for (let i = 0; i < 10; i++) add("nul", password("nul", 4 + Math.floor(rand() * 60)));
for (let i = 0; i < 5; i++) add("combining", password("combining", 4 + Math.floor(rand() * 60)));
// At the limit: 72 bytes exactly, and a multi-byte character that would
// cross it.
add("limit", "a".repeat(70) + "é");
add("limit", "a".repeat(71) + "é");
add("limit", "a".repeat(69) + "€");
add("limit", "a".repeat(70) + "€");
add("limit", "a".repeat(68) + "😀");
add("limit", "a".repeat(69) + "😀");
// Longer than 72 bytes: bcryptjs truncates, so these share a hash with
// their first 72 bytes.
for (const n of [73, 80, 100, 200]) add("long", password("ascii", n));
add("long", "a".repeat(72) + "b");
add("long", "ü".repeat(40));
// Lone surrogates: not text, and not UTF-8; Node's Buffer and bcryptjs's
// own encoder each make something of them.
add("surrogate", "pass\ud800word");
add("surrogate", "\udc00");

const bundle = readFileSync(new URL("./dist/bcryptjs.js", import.meta.url));
const out = {
  node: process.version,
  bcryptjs: JSON.parse(readFileSync(new URL("./node_modules/bcryptjs/package.json", import.meta.url))).version,
  bundleSha256: createHash("sha256").update(bundle).digest("hex"),
  cases,
};
// one case per line, so that a re-recording's diff reads case by case
const text = JSON.stringify({ ...out, cases: [] }, null, 1).replace(/"cases": \[\]/, () => `"cases": [\n${cases.map((c) => "  " + JSON.stringify(c)).join(",\n")}\n ]`);
writeFileSync(new URL("../testdata/bcryptjs.json", import.meta.url), text + "\n");
console.log(`${cases.length} cases, ${cases.filter((c) => c.truncates).length} truncated by bcryptjs, ${cases.filter((c) => c.wrongVerifies).length} wrong passwords that bcryptjs accepts`);
