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
//     over typed arrays and strings, BigInt.asUintN and asIntN (against
//     MaxBigIntBits);
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
// statics of Object, Array, String, Promise and, in a runtime with
// BigInt, BigInt (reachable through x.constructor). Everything reached
// only through a global name is guarded on first use: Install gives the
// runtime a new, empty global object, whose prototype takes each built-in
// global from goja's own (which plugins cannot reach) on its first read,
// and guards the typed arrays, ArrayBuffer, JSON, Reflect, Set, DataView,
// eval and, in a runtime without BigInt (where no BigInt exists to lead
// to it), BigInt as groups then.
// TestHeapPerRuntime logs the heap it adds per runtime: about 87 KB on a
// fresh runtime, 65 KB on one with the environment that did common work
// (9 to 15 KB more with BigInt; 150 and 120 KB when every guarded global
// was built at Install). Most of it is what a wrapper cannot avoid: goja
// builds a prototype method on first access, and replacing it builds it
// (39 KB for the methods wrapped at Install, on a fresh runtime, less on
// one that used them already), and a proxy per method (14 KB). The
// Function constructors are replaced at Install (reachable through any
// function), which builds GeneratorFunction and AsyncFunction: 10 KB. The
// checks are package-level methodSpecs that every runtime shares (a
// runtime keeps its wrapped methods in a slice of three words each; the
// three Function constructor proxies share one trap configuration), and
// what only a call needs (a method's Go callable, the Function
// constructors' callables, the proxies' Symbol.hasInstance, the BigInt
// helpers' error constructors) is made on the first such call. The BigInt
// helpers reach Go through one native function, and their bounds are
// literals of a program compiled once per MaxBigIntBits.
// Install allocates about 97 KB in 1,300 allocations on a fresh runtime
// without BigInt, 115 KB in 1,490 with it (BenchmarkInstallNoBigInt,
// BenchmarkInstall).
// BenchmarkInstallRetained reports these figures for benchstat.
//
// # Wiring
//
// A runtime calls Install first, before the environment (jsenv.Install)
// and before any script, and sets Runtime.SetMaxCallStackSize. Its program
// is compiled by Compile, and Config.DisableBigInt is set when the program
// does not use BigInt (Program.UsesBigInt). Install
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
// instruction with no built-in to wrap, or outside what it rewrites:
//
//   - string concatenation with + and template literals: each step at most
//     doubles strings that were themselves allowed. The Watchdog's
//     interrupt lands between two steps, so a doubling loop overshoots
//     its threshold by at most one step (TestWatchdogStopsAllocationLoop);
//   - for-in over a huge typed array (its keys are listed in Go): the
//     Watchdog interrupts after the listing;
//   - a comparison (==, <, ...) of a BigInt with a numeric string that
//     internal code of the environment makes (assert.equal), and a long
//     numeric string written to a BigInt64Array element or given to
//     BigInt64Array.from, fill or set: goja parses it in quadratic time;
//   - a BigInt that a host function hands a runtime without BigInt (a Go
//     *big.Int through Runtime.ToValue): that runtime's operators are not
//     guarded.
//
// # BigInt
//
// goja computes BigInt *, **, << and >> with math/big inside one
// instruction: 1n << 2n**40n asks Go for 128 GiB in one allocation and the
// process dies before any check, 10n ** 10n**9n computes for minutes
// without seeing Runtime.Interrupt. No built-in can be wrapped there, so
// BigInt is a capability decided per program from its source:
//
//   - Compile parses the program once and walks its syntax tree. A program
//     uses BigInt if it has a BigInt literal, or an identifier, property
//     name, string, template or regular expression literal that mentions a
//     producer ("bigint" or "biguint" in any case: BigInt, BigInt64Array,
//     BigUint64Array, DataView's getBigInt64, Buffer's readBigUInt64LE,
//     process.hrtime.bigint); a string "bigint" compared with typeof is a
//     test, not a use. A text test decides most programs without the walk.
//   - In a program that uses BigInt, each *, **, << and >> (and *=, **=,
//     <<=, >>=) becomes a call of a helper, and so does each ==, !=, <, >,
//     <= and >= (a string compared with a BigInt is parsed, in quadratic
//     time for decimal digits). The helpers convert their operands as the
//     operator does (objects once, left first), check the result's size
//     from the operands' before computing (bits(a)+bits(b) for *,
//     bits(a)·b for **, bits(a)+n for shifts; a result left open by the
//     estimate is computed, then checked), throw Node's RangeError
//     "Maximum BigInt size exceeded" past Config.MaxBigIntBits (1 Mi bits
//     by default: a multiplication at the bound takes about 7 ms, a power
//     12 ms, toString 40 ms), and leave Numbers to the operator itself, so
//     their results are unchanged. An operand that cannot be a BigInt (a
//     number or string literal, +x) leaves its operator as it is, and a
//     comparison whose left operand is a variable of an enclosing function
//     or for statement runs inline when that holds a number (a loop's
//     i < n becomes typeof i === "number" ? i < n : helper(i, n)). The tree
//     keeps the source's positions: stack traces and source maps read as
//     before, with one frame of the helper above the operator's.
//     BigInt(string), asUintN, asIntN and DataView's setBig* refuse a
//     numeric string longer than MaxBigIntBits/10 decimal digits (or the
//     bound's worth of hexadecimal, octal or binary ones).
//   - A runtime for a program that does not use BigInt is installed with
//     Config.DisableBigInt: its operators are not rewritten and run at full
//     speed, and nothing in it can make a BigInt: BigInt (called directly,
//     through BigInt.prototype.constructor or Reflect), asUintN, asIntN,
//     the BigInt64Array and BigUint64Array constructors and DataView's
//     getBigInt64, getBigUint64, setBigInt64 and setBigUint64 throw a
//     TypeError: "BigInt is not enabled for this plugin because its code
//     does not mention it".
//   - eval and the Function constructors (Function, and AsyncFunction and
//     GeneratorFunction through a function's constructor) apply the same
//     rule to their code: refused with that TypeError if it uses BigInt in
//     a runtime without it; rewritten, compiled and run as a script in a
//     runtime with it (if it has an operator to rewrite; else goja's eval
//     or constructor runs it). Every eval is indirect now (goja runs a
//     direct eval only for its own eval function): its code sees the
//     global scope, not the caller's variables. Rewritten eval code runs
//     as a script: its top-level let, const and class stay inside it, its
//     var and function declarations become global (in strict code too).
//   - The rewrite refuses, as a syntax error at its position, what would
//     let code escape the helpers: a rewritten operator inside a with
//     statement (its object could shadow the helpers' names), a name
//     starting with __plugmux_ (the helpers are non-writable,
//     non-configurable globals of that prefix), a compound assignment to
//     super[expression] or to a private field of anything but this or a
//     variable.
//
// What it costs: for a program without BigInt (23 of the 28 npm bundles
// of the root's tests), Compile adds a scan of the text (about 2 ms for
// graphql's 730 KB, whose compilation takes 50 to 100 ms); for one with
// BigInt, the walk and the rewrite add nothing measurable (zod, 690 KB).
// In a program with BigInt, a loop of Number arithmetic on variables runs
// about 2.5 times slower, one comparing array elements about 4 times,
// BigInt arithmetic 2.5 to 3 times; operators with a literal operand do
// not change (BenchmarkArith). A runtime with BigInt holds 18 KB more
// than one without.
package jsguard
