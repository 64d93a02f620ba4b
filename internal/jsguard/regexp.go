package jsguard

import (
	"time"

	"github.com/dlclark/regexp2/v2"
)

// RegexpMatchTimeout bounds one match of a regular expression that goja
// runs on regexp2 (patterns with backreferences or lookaround, which Go's
// regexp cannot run): past it the match gives up and finds nothing. goja
// offers no per-runtime or per-request setting: regexp2 copies its
// package-level default into every pattern it compiles, so this is set
// once, when this package is initialised, for the whole process, and
// applies to every pattern compiled afterwards (goja compiles a literal
// when it compiles the script, a RegExp when it is constructed).
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
