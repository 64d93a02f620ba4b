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
// The wrappers are transparent: methods keep their name and length, the
// constructors (ArrayBuffer and the typed arrays) are proxies of the
// originals, so instanceof, prototype identity, subclassing (class X
// extends Uint8Array), new.target and the static methods behave as
// before, and prototype.constructor points at the proxy.
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
