// Bundles every src/<plugin>.js into dist/<plugin>.js, as a plugin author
// would (the README's recipe): esbuild, bundle, platform=node, format=esm,
// target=es2020, with the host's modules (express, node:*) left external,
// and a banner that gives CommonJS code in the bundle a require for Node's
// built-ins (createRequire), so that the same file runs in Node and in
// plugmux. The bundles are
// committed, so `go test` needs no npm; rebuild after changing a source or
// a package version (npm ci && node build.mjs), then re-record
// (node record.mjs) and review both diffs.
import { build } from "esbuild";
import { readdir } from "node:fs/promises";

const only = process.argv.slice(2);
const src = new URL("./src/", import.meta.url);
const names = (await readdir(src))
  .filter((f) => /\.(js|ts)$/.test(f))
  .map((f) => f.replace(/\.(js|ts)$/, ""))
  .filter((n) => only.length === 0 || only.includes(n))
  .sort();

for (const name of names) {
  const file = (await readdir(src)).find((f) => f === `${name}.js` || f === `${name}.ts`);
  const result = await build({
    entryPoints: [new URL(file, src).pathname],
    outfile: new URL(`./dist/${name}.js`, import.meta.url).pathname,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "es2020",
    external: ["express", "node:*"],
    loader: { ".pem": "text" },
    legalComments: "none",
    banner: { js: 'import { createRequire as __plugmuxCreateRequire } from "node:module"; const require = __plugmuxCreateRequire(import.meta.url);' },
    logLevel: "warning",
    metafile: true,
  });
  const out = Object.values(result.metafile.outputs)[0];
  const imports = out.imports.filter((i) => i.external).map((i) => i.path);
  console.log(`dist/${name}.js: ${out.bytes} bytes, external imports: ${[...new Set(imports)].join(", ") || "none"}`);
}
