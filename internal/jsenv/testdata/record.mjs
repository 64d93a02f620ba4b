// Records Node's answers to the cases of cases.mjs into golden.json, which
// TestNodeGolden (golden_test.go) replays in plugmux's environment. Each
// case is the body of an async function that receives require and returns
// a string. Run from this directory: node record.mjs
import { createRequire } from "node:module";
import { writeFile } from "node:fs/promises";
import { cases } from "./cases.mjs";

const require = createRequire(import.meta.url);
const AsyncFunction = (async () => {}).constructor;
const out = [];
for (const [name, src] of Object.entries(cases)) {
  let want;
  try {
    want = String(await new AsyncFunction("require", src)(require));
  } catch (e) {
    console.error(`${name}: ${e.stack}`);
    process.exit(1);
  }
  out.push({ name, src, want });
}
await writeFile(new URL("./golden.json", import.meta.url), JSON.stringify({ node: process.version, cases: out }, null, 1) + "\n");
console.log(`${out.length} cases recorded with Node ${process.version}`);
