// Bundles src/bcryptjs.js into dist/bcryptjs.js with the README's recipe
// (bundle, platform=node, format=esm, target=es2020, express and node:*
// external, the createRequire banner), so the same file runs in Node and in
// plugmux. The bundle is committed; rebuild after changing the source or
// the bcryptjs version (npm ci && node build.mjs) and review the diff.
import { build } from "esbuild";

const result = await build({
  entryPoints: [new URL("./src/bcryptjs.js", import.meta.url).pathname],
  outfile: new URL("./dist/bcryptjs.js", import.meta.url).pathname,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "es2020",
  external: ["express", "node:*"],
  legalComments: "none",
  banner: { js: 'import { createRequire as __plugmuxCreateRequire } from "node:module"; const require = __plugmuxCreateRequire(import.meta.url);' },
  logLevel: "warning",
  metafile: true,
});
const out = Object.values(result.metafile.outputs)[0];
const imports = [...new Set(out.imports.filter((i) => i.external).map((i) => i.path))];
console.log(`dist/bcryptjs.js: ${out.bytes} bytes, external imports: ${imports.join(", ") || "none"}`);
