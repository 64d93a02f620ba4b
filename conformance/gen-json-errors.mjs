// Records what Node's JSON.parse says about thousands of broken JSON texts,
// made by mutating valid ones at every position (cut, replace, insert), into
// ../internal/express/testdata/json-errors.json: the oracle of checkJSON,
// which gives body-parser's JSON errors V8's wording. Run: node gen-json-errors.mjs
import { writeFile } from "node:fs/promises";

const seeds = [
  '{"a":1,"b":[true,false,null],"c":{"d":"e\\n\\u00e9"}}',
  '[1,-2.5e+3,0,"s",{"k":[]},[[]]]',
  ' {\n  "name": "x",\n  "list": [1, 2, 3]\n}\n',
  '"just a string"',
  '-0.125E-2',
  '{"😀":"€","a b":"\\"q\\""}',
  '[{"a":{"b":{"c":[1,{"d":2}]}}}]',
  'true',
  '{"x":12345678901234567890123}',
];
const tokens = ['', ' ', '"', '{', '}', '[', ']', ':', ',', '-', '0', '5', '.', 'e', 't', 'n', 'x', '\\', '\u0001', '\n', '#', '€', '😀', '\u00a0'];
const texts = new Set(['NaN', 'Infinity', 'undefined', '[object Object]', '', '   ', '01', '-01', '1.', '1e', '1e+', '.5', '+1', '"\\u12"', '"\\uZZZZ"', '"\\', '"\\u', 'tru', 'nulx', 'x'.repeat(20) + '#', '#'.repeat(21)]);
for (const s of seeds) {
  texts.add(s);
  for (let i = 0; i <= s.length; i++) {
    texts.add(s.slice(0, i));
    for (const t of tokens) {
      texts.add(s.slice(0, i) + t + s.slice(i + 1)); // replace
      texts.add(s.slice(0, i) + t + s.slice(i)); // insert
    }
  }
}
const cases = [];
for (const text of texts) {
  try {
    JSON.parse(text);
    cases.push({ text, ok: true });
  } catch (e) {
    cases.push({ text, message: e.message });
  }
}
const out = new URL("../internal/express/testdata/json-errors.json", import.meta.url);
await writeFile(out, JSON.stringify({ node: process.version, cases }, null, 0) + "\n");
console.log(`${cases.length} cases, ${cases.filter((c) => !c.ok).length} errors`);
