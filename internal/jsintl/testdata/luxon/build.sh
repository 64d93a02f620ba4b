#!/bin/sh
# Rebuilds bundle.js and node-luxon.json from entry.js with the pinned packages.
set -e
cd "$(dirname "$0")"
npm ci --no-audit --no-fund
npx esbuild entry.js --bundle --platform=node --format=cjs --target=es2017 --outfile=bundle.js --legal-comments=none --minify
TZ=UTC node gen.mjs > node-luxon.json
