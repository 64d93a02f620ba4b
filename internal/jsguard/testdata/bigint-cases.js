// The operators that jsguard rewrites in a program that uses BigInt (*, **,
// <<, >> and their assignments), on ordinary operands: BigInts, Numbers and
// their edge cases (NaN, -0, Infinity), other primitives, objects whose
// valueOf or toString logs its calls, and every kind of assignment target.
// Evaluates to a JSON object: case name → result ("…n" for a BigInt, "-0",
// or the error's name: messages differ between engines). The same file runs
// in Node (record-bigint-node.js writes bigint.node.json) and in a guarded
// runtime (TestBigIntAgainstNode).
(function () {
  "use strict";
  const show = (v) => typeof v === "bigint" ? v.toString() + "n" : Object.is(v, -0) ? "-0" : Array.isArray(v) ? "[" + v.map(show).join(",") + "]" : String(v);
  const cases = {};
  const ops = {
    "*": (a, b) => a * b,
    "**": (a, b) => a ** b,
    "<<": (a, b) => a << b,
    ">>": (a, b) => a >> b,
  };

  // BigInt by BigInt
  const big = [0n, 1n, -1n, 2n, -3n, 7n, 255n, 2n ** 63n - 1n, -(2n ** 64n), 12345678901234567890n, 3n ** 200n, -(7n ** 90n)];
  const exps = [0n, 1n, 2n, 3n, 10n, 64n, -1n];
  const shifts = [0n, 1n, 5n, 63n, 64n, 65n, 200n, -1n, -5n, -64n, -200n, 2n ** 70n, -(2n ** 70n)];
  for (const a of big) {
    for (const b of big) cases[`${a}n * ${b}n`] = () => a * b;
    for (const e of exps) cases[`${a}n ** ${e}n`] = () => a ** e;
    for (const s of shifts) {
      if (!(s > 1000n && a !== 0n)) cases[`${a}n << ${s}n`] = () => a << s;
      if (!(s < -1000n && a !== 0n)) cases[`${a}n >> ${s}n`] = () => a >> s;
    }
  }

  // Numbers and other primitives
  const prims = [0, -0, 1, -1, 2.5, -7, NaN, Infinity, -Infinity, 2 ** 31, 2 ** 32 + 3, 2 ** 53, -(2 ** 31), 0.1, 1e308,
    "3", "", " 12 ", "0x10", "abc", null, undefined, true, false];
  const label = (v) => typeof v === "string" ? JSON.stringify(v) : Object.is(v, -0) ? "-0" : String(v);
  for (const [name, f] of Object.entries(ops)) {
    for (const a of prims) for (const b of prims) cases[`${label(a)} ${name} ${label(b)}`] = () => f(a, b);
    // mixing BigInt and other types
    for (const v of [1, "1", true, null, undefined, Symbol("s")]) {
      cases[`1n ${name} ${String(v)}`] = () => f(1n, v);
      cases[`${String(v)} ${name} 1n`] = () => f(v, 1n);
    }
    cases[`Symbol ${name} Symbol`] = () => f(Symbol(), Symbol());
    cases[`[] ${name} [5]`] = () => f([], [5]);
    cases[`{} ${name} 2`] = () => f({}, 2);
    cases[`Date ${name} 1`] = () => typeof f(new Date(5), 1);
  }
  // literals written in place (some stay unrewritten: a literal operand
  // cannot be a BigInt)
  cases["2 * 3"] = () => 2 * 3;
  cases["-0 * 5"] = () => -0 * 5;
  cases["0 * -5"] = () => { const z = 0; return z * -5; };
  cases["2 ** -1"] = () => 2 ** -1;
  cases["(-8) ** (1/3)"] = () => (-8) ** (1 / 3);
  cases["1 ** NaN"] = () => { const one = 1; return one ** NaN; };
  cases["(-1) ** Infinity"] = () => { const m = -1; return m ** Infinity; };
  cases["1 << 31"] = () => 1 << 31;
  cases["-1 >> 40"] = () => { const m = -1; return m >> 40; };
  cases["x << 32"] = () => { const x = 5; return x << 32; };
  cases["2n ** 3n ** 2n"] = () => 2n ** 3n ** 2n;
  cases["(-2n) ** 3n"] = () => (-2n) ** 3n;
  cases["+1n"] = () => { try { return +1n; } catch (e) { return e.name; } };

  // conversions: each operand converted once, left first, after both are evaluated
  for (const [name, f] of Object.entries(ops)) {
    for (const [kind, l, r] of [["numbers", 3, 2], ["bigints", 3n, 2n], ["mixed", 3n, 2], ["symbol", Symbol(), 2]]) {
      cases[`valueOf order ${kind} ${name}`] = () => {
        const log = [];
        const a = { valueOf() { log.push("a"); return l; }, toString() { log.push("a.toString"); return "9"; } };
        const b = { valueOf() { log.push("b"); return r; } };
        let res;
        try { res = show(f(a, b)); } catch (e) { res = e.name; }
        return log.join(",") + " → " + res;
      };
    }
    cases[`toPrimitive ${name}`] = () => {
      const log = [];
      const a = { [Symbol.toPrimitive](hint) { log.push(hint); return 5n; } };
      return log.join(",") + show(f(a, 2n)) + log.join(",");
    };
    cases[`toString fallback ${name}`] = () => {
      const a = { valueOf() { return {}; }, toString() { return "6"; } };
      return f(a, 2);
    };
    cases[`no primitive ${name}`] = () => f({ valueOf() { return {}; }, toString() { return {}; } }, 2);
    cases[`symbol left, object right ${name}`] = () => {
      const log = [];
      try { f(Symbol(), { valueOf() { log.push("b"); return 1; } }); } catch (e) { log.push(e.name); }
      return log.join(",");
    };
  }
  cases["evaluation order"] = () => {
    const log = [];
    const v = (x, tag) => { log.push(tag); return x; };
    const r = v(3n, "l") * v(4n, "r") ** v(2n, "e") << v(1n, "s");
    return log.join(",") + " " + show(r);
  };

  // compound assignments
  cases["x *= y"] = () => { let x = 3n; x *= 5n; return x; };
  cases["x **= y"] = () => { let x = 3n; x **= 5n; return x; };
  cases["x <<= y"] = () => { let x = 3n; x <<= 5n; return x; };
  cases["x >>= y"] = () => { let x = -300n; x >>= 5n; return x; };
  cases["number x *= y"] = () => { let x = 3; x *= 0.5; x **= 2; x <<= 3; x >>= 1; return x; };
  cases["const *="] = () => { const x = 1n; x *= 2n; return x; };
  cases["value of the assignment"] = () => { let x = 2n; const r = (x **= 10n); return [r, x]; };
  cases["o.p *= y"] = () => { const o = { p: 6n }; o.p *= 7n; return o.p; };
  cases["o[k] <<= y"] = () => { const o = { p: 6n }; const k = "p"; o[k] <<= 7n; return o.p; };
  cases["a[i] **= y"] = () => { const a = [1n, 2n]; let i = 0; a[i++] **= 3n; a[i] **= 3n; return [a, i]; };
  cases["member order"] = () => {
    const log = [];
    const o = { get p() { log.push("get"); return 2n; }, set p(v) { log.push("set " + v); } };
    const obj = () => { log.push("obj"); return o; };
    const key = { toString() { log.push("key"); return "p"; } };
    obj()[key] **= (log.push("rhs"), 3n);
    return log.join(",");
  };
  cases["member on null"] = () => { const o = null; o.p *= 2n; };
  cases["member, rhs throws"] = () => {
    const o = { p: 2n };
    try { o.p *= (() => { throw new Error("x"); })(); } catch (e) { return e.message + " " + show(o.p); }
  };
  cases["frozen, strict"] = () => { const o = Object.freeze({ p: 2n }); o.p *= 2n; return o.p; };
  cases["primitive base, strict"] = () => { const s = "abc"; s.length *= 2; return s.length; };
  cases["number on a string property"] = () => { const o = { p: "3" }; o.p *= "4"; return o.p; };
  cases["symbol key"] = () => { const k = Symbol("k"); const o = { [k]: 3n }; o[k] **= 2n; return o[k]; };
  cases["setter return value"] = () => { const o = { set p(v) { this.q = v; }, get p() { return 5n; } }; const r = (o.p <<= 2n); return [r, o.q]; };
  cases["array length *="] = () => { const a = [1, 2, 3]; a.length *= 2; return a.length; };
  cases["super.p *="] = () => {
    class A { get p() { return this._p ?? 3n; } set p(v) { this._p = v; } }
    class B extends A { m() { super.p *= 5n; return this._p; } }
    return new B().m();
  };
  cases["super['p'] **="] = () => {
    class A { }
    A.prototype.p = 3n;
    class B extends A { m() { super["p"] **= 3n; return [this.p, A.prototype.p]; } }
    return new B().m();
  };
  cases["this.#x <<="] = () => {
    class C { #x = 3n; m() { this.#x <<= 4n; const o = this; o.#x *= 2n; return this.#x; } }
    return new C().m();
  };
  cases["with a getter that counts"] = () => {
    let n = 0;
    const o = { get p() { n++; return 2n; }, set p(v) { } };
    o.p **= 2n;
    return n;
  };
  // dynamic code
  cases["eval"] = () => (0, eval)("let a = 3n; a * a ** 2n");
  cases["eval twice"] = () => { (0, eval)("let z = 3n; z * 2n"); return (0, eval)("let z = 4n; z << 2n"); };
  cases["eval numbers"] = () => (0, eval)("2 ** 0.5 * 3");
  cases["new Function"] = () => new Function("a", "b", "return a ** b * 2n")(3n, 4n);
  cases["Function.prototype.constructor"] = () => (function () { }).constructor("a", "return a << 3n")(5n);
  cases["async function constructor"] = () => typeof (async () => { }).constructor("return 1n * 2n");
  cases["generator function constructor"] = () => (function* () { }).constructor("yield 3n ** 3n")().next().value;
  cases["Function instanceof"] = () => [(() => { }) instanceof Function, new Function("") instanceof Function, Function.prototype.constructor === Function];
  cases["Function subclass"] = () => { class F extends Function { } const f = new F("return 2n * 21n"); return [f instanceof F, f()]; };
  // BigInt() and its parsing
  cases["BigInt strings"] = () => [BigInt("123"), BigInt(" 0x1f "), BigInt("0b101"), BigInt("0o17"), BigInt("-42"), BigInt(""), BigInt(10), BigInt(true)];
  cases["BigInt bad string"] = () => BigInt("12x");
  cases["BigInt fraction"] = () => BigInt(1.5);
  cases["BigInt valueOf once"] = () => { let n = 0; const v = BigInt({ valueOf() { n++; return "77"; } }); return [v, n]; };
  cases["BigInt.asUintN"] = () => [BigInt.asUintN(64, -1n), BigInt.asIntN(8, 255n), BigInt.asUintN(8, "257")];
  cases["new BigInt"] = () => new BigInt(1);
  cases["BigInt.prototype.constructor"] = () => BigInt.prototype.constructor === BigInt && (5n).constructor === BigInt;
  cases["toString"] = () => (2n ** 100n).toString(36) + " " + (-(3n ** 50n)).toString(2).length;
  cases["DataView BigInt"] = () => { const d = new DataView(new ArrayBuffer(8)); d.setBigInt64(0, -5n); return [d.getBigInt64(0), d.getBigUint64(0)]; };
  cases["BigInt64Array"] = () => { const a = new BigInt64Array(2); a[0] = 2n ** 63n; a[1] = -1n; return [a[0], new BigUint64Array(a.buffer)[1]]; };

  // comparisons (rewritten too: a string compared with a BigInt is parsed)
  const cmps = {
    "==": (a, b) => a == b, "!=": (a, b) => a != b, "<": (a, b) => a < b,
    ">": (a, b) => a > b, "<=": (a, b) => a <= b, ">=": (a, b) => a >= b,
  };
  const cvals = [0n, -1n, 5n, 2n ** 70n, 0, -0, 5, 5.5, NaN, Infinity, "5", " 5 ", "0x5", "5n", "", "abc", "1180591620717411303424",
    null, undefined, true, false, [5], [], {}];
  for (const [name, f] of Object.entries(cmps)) {
    for (const a of cvals) for (const b of cvals) {
      const la = typeof a === "bigint" ? a + "n" : label(a), lb = typeof b === "bigint" ? b + "n" : label(b);
      cases[`${la} ${name} ${lb}`] = () => f(a, b);
    }
    cases[`objects ${name}`] = () => {
      const log = [];
      const a = { valueOf() { log.push("a"); return 3n; }, toString() { log.push("as"); return "3"; } };
      const b = { valueOf() { log.push("b"); return "4"; }, toString() { log.push("bs"); return "x"; } };
      const r = [f(a, b), f(a, 3n), f("3", a), f(b, 4n), f(a, a), f(new Date(0), "Thu, 01 Jan 1970 00:00:00 GMT"), f(new Date(5), 5n)];
      return log.join(",") + " " + show(r);
    };
    cases[`toPrimitive hint ${name}`] = () => {
      const log = [];
      const a = { [Symbol.toPrimitive](hint) { log.push(hint); return 1n; } };
      f(a, "1"); f("1", a); f(a, 1n); f(a, 1);
      return log.join(",");
    };
    cases[`symbol ${name}`] = () => f(Symbol(), 1n);
  }

  const out = {};
  for (const k of Object.keys(cases)) {
    try { out[k] = show(cases[k]()); } catch (e) { out[k] = e.name; }
  }
  return JSON.stringify(out);
})()
