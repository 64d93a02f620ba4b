package jsguard

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dop251/goja"
)

// requestLimit stands for a request's time limit in TestOverrun: the
// runtime is interrupted this long after the hostile call starts.
const requestLimit = 100 * time.Millisecond

// TestOverrun runs Go-native hostile work with the default bounds, in a
// runtime interrupted after requestLimit as a request's deadline does, and
// reports how long each ran past that limit (go test -v -run Overrun). It
// asserts how each one ends (a RangeError, or the interrupt); the figures
// are for the note, not thresholds.
func TestOverrun(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("allocates up to the default bound (256 MiB) per case, and measures time: not with -short or -race")
	}
	// want lists the acceptable answers: work that the bounds allow ends
	// with its result or with the interrupt, whichever comes first.
	cases := []struct {
		name, setup, run, want string
	}{
		{"backtracking regexp in a loop", "", `(() => { for (;;) /(a+)+\1$/.test("a".repeat(40) + "b") })()`, "interrupted"},
		{"backtracking regexp once", "", `/(a+)+\1$/.test("a".repeat(40) + "b")`, "false|interrupted"},
		{"JSON.stringify of 1e5 nested arrays", "var a = []; for (let i = 0; i < 1e5; i++) a = [a]", "JSON.stringify(a)", "RangeError: Maximum call stack size exceeded|interrupted"},
		{"JSON.stringify of 2**20 copies of a 1 KiB string", `var a = new Array(2**20).fill("a".repeat(1024))`, "JSON.stringify(a)", "interrupted"},
		{"JSON.stringify at the depth bound", "var a = []; for (let i = 0; i < 4999; i++) a = [a]", "JSON.stringify(a).length", "10000|interrupted"},
		{"JSON.parse of 1e6 nested arrays", `var s = "[".repeat(1e6) + "]".repeat(1e6)`, "JSON.parse(s)", "RangeError: Maximum call stack size exceeded|interrupted"},
		{"join of Array(2**32-1)", "", `new Array(2**32 - 1).join("ab")`, "RangeError: Invalid string length"},
		{"join of the longest array allowed (2**22 holes)", "var a = new Array(2**22)", `a.join("").length`, "0|interrupted"},
		{"indexOf over the longest array-like allowed", "var a = {length: 2**22}", `Array.prototype.indexOf.call(a, 1)`, "-1|interrupted"},
		{"indexOf over {length: 2**53-1}", "var a = {length: 2**53 - 1}", `Array.prototype.indexOf.call(a, 1)`, "RangeError: Invalid array length"},
		{"sort of the longest array allowed without a comparator (2**17)", "var a = Array.from({length: 2**17}, (_, i) => (i * 7919) % 1000003)", "a.sort().length", "131072|interrupted"},
		{"sort of 2**18 without a comparator", "var a = new Array(2**18).fill(1)", "a.sort()", "RangeError: Array too long to sort without a comparison function: 262144"},
		{"sort of 2**22 with a comparator", "var a = Array.from({length: 2**22}, (_, i) => (i * 7919) % 1000003)", "a.sort((x, y) => x - y)", "interrupted"},
		{"repeat to the allocation bound", "", `"ab".repeat(2**27).length`, "interrupted|268435456"},
		{"repeat of UTF-16 to the allocation bound", "", `"\u00e9b".repeat(2**27).length`, "interrupted|268435456"},
		{"padEnd to the allocation bound", "", `"".padEnd(2**28, "ab").length`, "interrupted|268435456"},
		{"padStart of UTF-16 to the allocation bound", "", `"".padStart(2**28, "\u00e9").length`, "interrupted|268435456"},
		{"repeat to the allocation bound, 4 times", "", `[1, 2, 3, 4].map(() => "ab".repeat(2**27).length).join()`, "interrupted"},
		{"fill of Array(2**32-1)", "", "new Array(2**32 - 1).fill(0)", "RangeError: Invalid array length"},
		{"Promise.all of the longest array allowed (2**14)", "var a = new Array(2**14)", "Promise.all(a) instanceof Promise", "true|interrupted"},
		{"Promise.all of 2**15", "var a = new Array(2**15)", "Promise.all(a)", "RangeError: Invalid array length"},
		{"indexOf in the longest typed array allowed (2**26)", "var a = new Uint8Array(2**26)", "a.indexOf(1)", "-1|interrupted"},
		{"indexOf in a 2**28 typed array", "var a = new Uint8Array(2**28)", "a.indexOf(1)", "RangeError: Invalid array length"},
		{"JSON.stringify with a property list of 1e5 nested objects", "var o = {}; for (let i = 0; i < 1e5; i++) o = {a: o}", `JSON.stringify(o, ["a"])`, "RangeError: Maximum call stack size exceeded|interrupted"},
	}
	var report strings.Builder
	for _, c := range cases {
		vm := newGuarded(t, Config{})
		if c.setup != "" {
			if _, err := vm.RunString(c.setup); err != nil {
				t.Fatalf("%s: setup: %v", c.name, err)
			}
		}
		timer := time.AfterFunc(requestLimit, func() { vm.Interrupt("request time limit") })
		start := time.Now()
		v, err := vm.RunString(`(() => { try { return String(` + c.run + `) } catch (e) { if (e instanceof Error) return e.name + ": " + e.message; throw e } })()`)
		d := time.Since(start)
		timer.Stop()
		got := ""
		var ie *goja.InterruptedError
		switch {
		case errors.As(err, &ie):
			got = "interrupted"
		case err != nil:
			got = err.Error()
		default:
			got = v.String()
		}
		if !slices.Contains(strings.Split(c.want, "|"), got) {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
		over := d - requestLimit
		if over < 0 {
			over = 0
		}
		report.WriteString("\n" + c.name + ": ended after " + d.Round(time.Millisecond).String() + ", " + over.Round(time.Millisecond).String() + " past the limit")
	}
	t.Logf("request limit %v:%s", requestLimit, report.String())
}
