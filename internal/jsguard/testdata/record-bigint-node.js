// Records what Node answers for bigint-cases.js.
// Run: node testdata/record-bigint-node.js > testdata/bigint.node.json
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const src = fs.readFileSync(path.join(__dirname, "bigint-cases.js"), "utf8");
const results = JSON.parse((0, eval)(src));
process.stdout.write(JSON.stringify({ node: process.version, results }, null, 1) + "\n");
