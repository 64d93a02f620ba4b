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
//   - iterators (keys, entries, values and [Symbol.iterator] of Array and
//     typed array prototypes) over more elements than that: a spread
//     ([...a], f(...a)), destructuring, Array.from or new Set drains one
//     in a Go loop, and [...Array(2**32-1)] collects four billion values
//     in one instruction (a for-of loop over such an array is refused
//     too, as its walks are). Array.from(array) and new Set(array) copy
//     the elements directly, as goja does only while the iterator is its
//     own;
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
//     Runtime.Interrupt every 1024 steps, so they stop with their request;
//   - repeat, padStart and padEnd results of 1 Mi code units or more are
//     built by the guard: allocated once, filled by doubling copies of at
//     most 8 Mi code units with an interrupt point between two, so a
//     request past its time limit stops within one copy (goja appends
//     one repetition at a time, seconds for 256 MiB).
//
// # What it costs
//
// goja builds its built-ins lazily, each property of a prototype or of the
// global object on first access, and it builds a property's original
// whenever the property is replaced. So a wrapper costs its original
// function plus a proxy (one proxy trap configuration serves them all),
// and Install wraps at once only what a plugin can reach without naming a
// global: the String, Array and Function prototype methods and the
// statics of Object, Array, String, Promise and BigInt (reachable through
// x.constructor). Everything reached through a global name is guarded on
// first use: Install gives the runtime a new, empty global object, whose
// prototype takes each built-in global from goja's own (which plugins
// cannot reach) on its first read, and guards the typed arrays,
// ArrayBuffer, JSON, Reflect and Set as a group then. TestHeapPerRuntime
// logs the heap it adds per runtime: about 86 KB on a fresh runtime, 60 KB
// on one with the environment that did common work (150 and 120 KB when
// every guarded global was built at Install).
//
// # Wiring
//
// A runtime calls Install first, before the environment (jsenv.Install)
// and before any script, and sets Runtime.SetMaxCallStackSize. Install
// replaces the runtime's global object: Runtime.GlobalObject, Get and Set
// reach the new one from then on (a value taken from GlobalObject before
// Install is goja's old one; globals set on it before Install are
// carried over: the environment's at once, with their attributes, any
// other on first read, as ordinary properties). The process runs one
// Watchdog whose OnExceeded interrupts the runtimes running JavaScript at
// that moment. Importing this package sets the regular expression match
// timeout (RegexpMatchTimeout), its one process-wide setting; nothing is
// to be called for it.
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
// instruction with no built-in to wrap:
//
//   - string concatenation with + and template literals: each step at most
//     doubles strings that were themselves allowed. The Watchdog's
//     interrupt lands between two steps, so a doubling loop overshoots
//     its threshold by at most one step (TestWatchdogStopsAllocationLoop);
//   - for-in over a huge typed array (its keys are listed in Go): the
//     Watchdog interrupts after the listing;
//   - BigInt operators: 1n << 10n**9n allocates 125 MB at once, within
//     the Watchdog's reach afterwards; but 1n << 2n**40n asks Go for
//     128 GiB in one allocation and ends the process with "fatal error:
//     out of memory" before any check can run, and 10n ** 10n**9n computes
//     for minutes without seeing Runtime.Interrupt. Only a check in goja's
//     shift and exponent instructions can bound these.
package jsguard
