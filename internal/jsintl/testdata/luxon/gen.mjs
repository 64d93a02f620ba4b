// Runs bundle.js in Node (TZ=UTC) and records its answers for luxon_test.go.
import { createRequire } from "node:module";
if (process.env.TZ !== "UTC") throw new Error("run with TZ=UTC");
const require = createRequire(import.meta.url);
process.stdout.write(JSON.stringify(require("./bundle.js").run(), null, 1) + "\n");
