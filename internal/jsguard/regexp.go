package jsguard

import (
	"time"

	"github.com/dlclark/regexp2/v2"
)

// RegexpMatchTimeout bounds one match of a regular expression that goja
// runs on regexp2 (patterns with backreferences or lookaround, which Go's
// regexp cannot run): past it the match gives up and finds nothing.
//
// It is the one process-wide setting of this package. goja offers no
// per-runtime or per-request setting (checked in goja
// v0.0.0-20260917113740-793a2a65c13b: it compiles with
// regexp2.Compile(source, options) and keeps the *regexp2.Regexp, whose
// MatchTimeout field would be per pattern, unexported); regexp2 copies its
// package-level DefaultMatchTimeout into every pattern it compiles. So it
// is set once, in this package's init, which runs before main and before
// any goroutine can compile a pattern (no data race: nothing else writes
// it), for the whole process, and applies to every pattern compiled
// afterwards, by any importer of regexp2 (goja compiles a literal when it
// compiles the script, a RegExp when it is constructed).
//
// A match that gives up returns to the interpreter, which then sees a
// pending Runtime.Interrupt: a request past its time limit stops at most
// RegexpMatchTimeout (plus regexp2's clock granularity) after it. A match
// that times out while its request still has time is reported as "no
// match", as regexp2 reports it to goja.
const RegexpMatchTimeout = 500 * time.Millisecond

func init() {
	// The only knob goja leaves: see RegexpMatchTimeout. Set before main
	// runs, so no goroutine can be compiling a pattern concurrently.
	regexp2.DefaultMatchTimeout = RegexpMatchTimeout
}
