// Package jsguard contains what JavaScript can do through goja's own
// built-ins: it keeps a single call from allocating more than a bound, from
// recursing in Go past a depth, and from running Go-native work that
// Runtime.Interrupt cannot stop for longer than a bound; and it watches the
// process heap for what accumulates over many calls.
//
// goja checks Runtime.Interrupt only between JavaScript instructions. A
// built-in implemented in Go (new ArrayBuffer(n), "x".repeat(n),
// Array.prototype.join, JSON.stringify, a backtracking regular expression)
// runs to its end once called: a hostile argument makes it allocate until
// the process dies or run for minutes after its request ended. Install
// replaces the built-ins whose cost grows with an argument by wrappers that
// compute the cost first and throw a RangeError that JavaScript can catch
// (with Node's message: "Array buffer allocation failed", "Invalid string
// length", "Invalid array length", "Invalid typed array length: N",
// "Maximum call stack size exceeded") when it is past the bound. Under the
// bound a wrapper calls the original built-in, so results are unchanged.
//
// The wrappers are transparent: a guarded method is a proxy of the
// original (same name, length, prototype), a guarded constructor
// (ArrayBuffer, the typed arrays, Set) a proxy whose construct trap checks
// first, so instanceof, prototype identity, subclassing (class X extends
// Uint8Array), new.target and the static methods behave as before, and
// prototype.constructor points at the proxy. Arguments that a check has to
// convert (a separator, a fill string) are converted once and handed on
// converted, so a toString with side effects runs once; a check that reads
// an array-like's length reads it once more than the original does.
//
// What is guarded, and how:
//
//   - allocation in one call, against Config.MaxAllocBytes: new ArrayBuffer,
//     typed array constructors and from (directly or through a species or
//     subclass), String.prototype repeat, padStart, padEnd, concat,
//     replace, replaceAll, split, match, normalize and the case mappings,
//     String.raw, Array.prototype join, toString, concat, fill, slice,
//     flat, flatMap, Array.from, Function.prototype.apply, Reflect.apply
//     and construct, JSON.stringify (output counted as it is produced),
//     JSON.parse (values counted before parsing), Object.keys, values,
//     entries, getOwnPropertyNames, getOwnPropertyDescriptors and assign
//     over typed arrays and strings, BigInt.asUintN and asIntN;
//   - Go loops over an array's length, against Config.MaxWalkLength (and
//     MaxAllocBytes/16): every Array.prototype method that visits holes,
//     called on a sparse array or an array-like, and new Set(iterable);
//   - a global regexp match, split or replace whose worst case (a match at
//     every code unit) is past MaxAllocBytes is refused without being tried
//     (strings longer than 8 Mi code units by default);
//   - typed array scans (indexOf, includes, fill, reverse...) past 16 times
//     MaxWalkLength, and Promise.all and its kind past MaxWalkLength/256;
//   - Go sorts without a comparison function, against Config.MaxSortLength
//     (Array) and 16 times it (typed arrays);
//   - Go recursion, against Config.MaxDepth: JSON.stringify (with a
//     replacer function, a property list or none), JSON.parse, flat, and
//     guarded built-ins calling each other (nested joins);
//   - the guard's own loops and JSON.stringify's walk see a pending
//     Runtime.Interrupt every 1024 steps, so they stop with their request.
//
// Install is cheap to call for every runtime, as goja builds its built-ins
// lazily: the typed arrays, ArrayBuffer, JSON, Reflect and Set are guarded
// on first use (until then they are found through the global object's
// prototype chain, as the environment's lazy globals are). See
// BenchmarkInstall for its cost.
//
// # Wiring
//
// A runtime calls Install first, before the environment (jsenv.Install)
// and before any script, and sets Runtime.SetMaxCallStackSize. The process
// runs one Watchdog whose OnExceeded interrupts the runtimes running
// JavaScript at that moment. Importing this package sets the regular
// expression match timeout (RegexpMatchTimeout); nothing is to be called
// for it.
//
// Regular expressions that goja cannot run with Go's regexp package (those
// with backreferences or lookaround) run on regexp2, which backtracks.
// Importing this package sets regexp2's match timeout to
// RegexpMatchTimeout for every pattern compiled afterwards; a match that
// runs out of time finds nothing, and the runtime's pending Interrupt, if
// any, takes effect at the next instruction.
//
// Watchdog samples the process's memory (runtime/metrics) and calls back
// when it passes a threshold, for what accumulates over many small
// allocations (a loop that pushes into an array) rather than in one call.
//
// What this package cannot bound, because goja runs it inside one VM
// instruction: string concatenation with + and template literals (each
// step at most doubles a string that was itself allowed), spreading a huge
// sparse array (f(...Array(2**32-1))), BigInt arithmetic operators
// (1n << 2n**40n), and for-in over huge typed arrays. The Watchdog is the
// guard for those.
package jsguard
