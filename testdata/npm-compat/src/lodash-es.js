// lodash-es: collection, object, string and function helpers (no timers:
// debounce and throttle are left out), including template, which compiles
// with the Function constructor.
import { chunk, groupBy, sortBy, orderBy, uniqBy, partition, keyBy, countBy, zip, range, sum, meanBy, merge, cloneDeep, isEqual, get, set, pick, omit, camelCase, kebabCase, snakeCase, startCase, deburr, words, escape, template, memoize, flow, curry, intersection, difference, flattenDeep, mapValues, invert, padStart, truncate } from "lodash-es";

const people = [
  { name: "ada", age: 36, team: "core" },
  { name: "bob", age: 25, team: "web" },
  { name: "cy", age: 41, team: "core" },
  { name: "dee", age: 25, team: "ops" },
];

export function setup(router) {
  router.get("/collections", (req, res) => {
    res.json({
      chunk: chunk(range(7), 3),
      groupBy: mapValues(groupBy(people, "team"), (ps) => ps.map((p) => p.name)),
      sortBy: sortBy(people, ["age", "name"]).map((p) => p.name),
      orderBy: orderBy(people, ["age", "name"], ["desc", "asc"]).map((p) => p.name),
      uniqBy: uniqBy(people, "age").map((p) => p.name),
      partition: partition(people, (p) => p.age > 30).map((g) => g.map((p) => p.name)),
      keyBy: Object.keys(keyBy(people, "name")),
      countBy: countBy(people, "age"),
      zip: zip(["a", "b"], [1, 2], [true]),
      sum: sum(people.map((p) => p.age)),
      meanBy: meanBy(people, "age"),
      intersection: intersection([1, 2, 3, 4], [2, 4, 6], [4, 2]),
      difference: difference([1, 2, 3, 4], [2, 4]),
      flattenDeep: flattenDeep([1, [2, [3, [4, [5]]]]]),
    });
  });
  router.get("/objects", (req, res) => {
    const a = { x: { y: [1, 2], z: new Date(0) }, m: new Map([["k", 1]]), s: new Set([1]), r: /a+/gi };
    const c = cloneDeep(a);
    const o = {};
    set(o, "a[0].b.c", 42);
    res.json({
      merge: merge({ a: { b: 1, list: [1, 2] } }, { a: { c: 2, list: [3] } }),
      cloneDistinct: c !== a && c.x !== a.x && c.x.z !== a.x.z && c.m !== a.m,
      cloneEqual: isEqual(c, a),
      cloneTypes: [c.x.z instanceof Date, c.m instanceof Map, c.s instanceof Set, c.r instanceof RegExp, c.r.flags],
      isEqual: [isEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), isEqual({ a: 1 }, { a: "1" })],
      get: [get(o, "a[0].b.c"), get(o, ["a", "0", "b", "missing"], "default")],
      set: o,
      pick: pick(people[0], ["name", "team"]),
      omit: omit(people[0], ["age"]),
      invert: invert({ a: "x", b: "y" }),
    });
  });
  router.get("/strings", (req, res) => {
    const s = req.query.s ?? "Crème Brûlée_à la-mode XMLHttpRequest";
    res.json({
      camelCase: camelCase(s),
      kebabCase: kebabCase(s),
      snakeCase: snakeCase(s),
      startCase: startCase(s),
      deburr: deburr(s),
      words: words(s),
      escape: escape(`<a href="x">Tom & 'Jerry'</a>`),
      padStart: padStart("7", 3, "0"),
      truncate: truncate("the quick brown fox jumps", { length: 15, separator: " " }),
    });
  });
  router.get("/template", (req, res) => {
    const t = template("Hello <%= user %>! <% for (const x of items) { %>[<%- x %>]<% } %> ${tail}");
    res.type("text").send(t({ user: req.query.user ?? "world", items: ["<b>", "&"], tail: "end" }));
  });
  router.get("/functions", (req, res) => {
    let calls = 0;
    const sq = memoize((n) => (calls++, n * n));
    sq(4);
    sq(4);
    sq(5);
    const add3 = curry((a, b, c) => a + b + c);
    res.json({ memoCalls: calls, curry: [add3(1)(2)(3), add3(1, 2)(3)], flow: flow([(x) => x + 1, (x) => x * 10])(4) });
  });
}
