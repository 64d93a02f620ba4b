package jsguard

import (
	"fmt"
	"sync"
	"testing"

	"github.com/dop251/goja"
	"time"

	"github.com/dlclark/regexp2/v2"
)

// TestRegexpMatchTimeout: a catastrophic backtracking match (the pattern
// runs on regexp2 for its backreference) gives up and answers "no match"
// instead of running for ever; the runtime is interrupted after a minute
// only so that a regression fails instead of hanging.
func TestRegexpMatchTimeout(t *testing.T) {
	if regexp2.DefaultMatchTimeout != RegexpMatchTimeout {
		t.Fatalf("regexp2.DefaultMatchTimeout = %v, want %v", regexp2.DefaultMatchTimeout, RegexpMatchTimeout)
	}
	vm := newGuarded(t, Config{})
	for _, src := range []string{
		`/(a+)+\1$/.test("a".repeat(40) + "b")`,
		`new RegExp("(a+)+\\1$").test("a".repeat(40) + "b")`,
		`"a".repeat(40).concat("b").replace(/(a+)+\1$/, "x") === "a".repeat(40) + "b"`,
	} {
		got, _ := run(t, vm, src, time.Minute)
		want := "false"
		if src[0] == '"' {
			want = "true"
		}
		if got != want {
			t.Errorf("%s = %s, want %s", src, got, want)
		}
	}
	// A pattern that matches quickly still matches.
	if got, _ := run(t, vm, `/(a)\1(?=b)/.exec("xaab")[0]`, time.Minute); got != "aa" {
		t.Errorf("got %q", got)
	}
}

// TestRegexpConcurrentRuntimes compiles and runs backtracking patterns
// (on regexp2) in several runtimes at once, as a host's pool does: under
// -race this shows that the process-wide timeout is read without a race,
// and each runtime still gets its own answers.
func TestRegexpConcurrentRuntimes(t *testing.T) {
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			vm := goja.New()
			if err := Install(vm, Config{}); err != nil {
				errs <- err
				return
			}
			src := fmt.Sprintf(`const r = new RegExp("(a)\\1(?=%d)"); [r.test("aa%d"), /(b)\1/.test("bb"), /(a+)+\1$/.test("a".repeat(26) + "b")].join()`, i, i)
			v, err := vm.RunString(src)
			if err != nil {
				errs <- err
				return
			}
			if got := v.String(); got != "true,true,false" {
				errs <- fmt.Errorf("runtime %d: got %s", i, got)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}
