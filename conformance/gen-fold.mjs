// Records how a JavaScript RegExp with the i flag and without u folds case,
// into ../internal/pathsyntax/testdata/fold.txt: the oracle of pathsyntax's
// case-insensitive matching (Express builds its route regular expressions
// with flag "i" unless caseSensitive). ECMAScript's Canonicalize maps a
// code unit to its upper case when that is one code unit and does not
// take a non-ASCII unit into ASCII, else to itself; two units match when
// their canonical forms are equal. For every code unit of the Basic
// Multilingual Plane that is not a surrogate, the line "c k" gives its
// canonical form k (hex) when k is not c, and the generator checks the
// engine agrees: /c/i matches k, and matches c's case mappings exactly when
// they have the same canonical form. Run: node gen-fold.mjs
import { writeFile } from "node:fs/promises";

const hex = (c) => c.toString(16).padStart(4, "0");
const canon = (c) => {
  const u = String.fromCharCode(c).toUpperCase();
  if (u.length !== 1) return c;
  const k = u.charCodeAt(0);
  return c >= 128 && k < 128 ? c : k;
};
const quote = (s) => s.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&");
const lines = [];
for (let c = 0; c < 0x10000; c++) {
  if (c >= 0xd800 && c <= 0xdfff) continue;
  const s = String.fromCharCode(c);
  const re = new RegExp(`^${quote(s)}$`, "i");
  const k = canon(c);
  if (!re.test(String.fromCharCode(k))) throw new Error(`/${hex(c)}/i does not match its canonical form ${hex(k)}`);
  for (const m of [s.toUpperCase(), s.toLowerCase()]) {
    if (m.length !== 1) continue;
    if (re.test(m) !== (canon(m.charCodeAt(0)) === k)) throw new Error(`/${hex(c)}/i and ${hex(m.charCodeAt(0))} disagree with Canonicalize`);
  }
  if (k !== c) lines.push(`${hex(c)} ${hex(k)}`);
}
await writeFile(new URL("../internal/pathsyntax/testdata/fold.txt", import.meta.url), lines.join("\n") + "\n");
console.log(`${lines.length} code units fold`);
