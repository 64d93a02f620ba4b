// Records what npm's own checks answer for generated package names and
// versions: validate-npm-package-name 8.0.0 (validForNewPackages) and
// semver 7.8.6 (parsed strictly, written without the "v", "=" or spaces
// that it tolerates), the packages the npm CLI uses. Run with both installed somewhere on NODE_PATH:
//
//	npm install --prefix /tmp/npmcheck validate-npm-package-name@8.0.0 semver@7.8.6
//	NODE_PATH=/tmp/npmcheck/node_modules node testdata/record-npm.js > testdata/npm-names.json
"use strict";
const validate = require("validate-npm-package-name");
const semver = require("semver");

const names = new Set();
const chars = ["a", "z", "0", "9", "-", ".", "_", "~", "A", " ", "/", "@", "%", "!", "*", "'", "(", ")", "é", ":", "+", "\u0000"];
for (const c of chars) {
  names.add(c);
  for (const d of chars) {
    names.add(c + d);
    names.add("a" + c + d);
    names.add("@s/" + c + d);
    names.add("@" + c + d + "/x");
  }
}
for (const n of ["app1", "@acme/orders", "@acme/", "@/x", "@acme", "@acme/a/b", "a/b", "node_modules", "favicon.ico", "http", "fs", "@acme/http",
  "node:fs", "a".repeat(214), "a".repeat(215), "@" + "s".repeat(100) + "/" + "p".repeat(112), "@" + "s".repeat(100) + "/" + "p".repeat(113),
  " app", "app ", "ápp", "APP", "aPP", ".app", "_app", "-app", "~app", "app.", "app_", "app-", "app~", "@.s/x", "@_s/x", "@s/.x", "@s/_x", "@-s/-x"]) {
  names.add(n);
}
const versions = new Set();
for (const v of ["1.0.0", "0.0.0", "01.0.0", "1.01.0", "1.0.01", "1.0", "1", "v1.0.0", "=1.0.0", " 1.0.0", "1.0.0 ", "1.0.0-0", "1.0.0-00", "1.0.0-alpha",
  "1.0.0-alpha.1", "1.0.0-alpha.01", "1.0.0-a-b.c-d", "1.0.0+build", "1.0.0+build.01", "1.0.0-beta+exp.sha.5114f85", "1.0.0-", "1.0.0+", "1.0.0-.", "1.0.0-a..b",
  "1.0.0-é", "1.0.0-_", "1.2.3.4", "9007199254740991.0.0", "9007199254740992.0.0", "99999999999999999999.0.0", "1.0.0-" + "a".repeat(250), "1.0.0-" + "a".repeat(251),
  "1.0.0--", "1.0.0-0a", "1.0.0-a0", "1.0.0+0", "1.0.0+-", "latest", "", "1.x", "^1.0.0"]) {
  versions.add(v);
}
const out = { validate: "validate-npm-package-name 8.0.0", semver: "semver 7.8.6", names: {}, versions: {} };
for (const n of names) out.names[n] = validate(n).validForNewPackages;
for (const v of versions) out.versions[v] = semver.parse(v) !== null && /^[0-9]/.test(v) && v.trim() === v;
process.stdout.write(JSON.stringify(out, null, 1) + "\n");
