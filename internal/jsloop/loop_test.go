package jsloop

import (
	"errors"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dop251/goja"
)

func newLoop(t *testing.T) (*goja.Runtime, *Loop, *[]error) {
	t.Helper()
	vm := goja.New()
	var errs []error
	return vm, New(vm, func(err error) { errs = append(errs, err) }), &errs
}

func TestTimersFireInOrder(t *testing.T) {
	vm, l, _ := newLoop(t)
	v, err := vm.RunString(`
		var log = [];
		setTimeout(() => log.push("t20"), 20);
		setTimeout(() => log.push("t1a"), 1);
		setTimeout(() => log.push("t1b"), 1);
		setImmediate((x) => log.push("imm" + x), "!");
		queueMicrotask(() => log.push("micro"));
		log.push("sync");
		log`)
	if err != nil {
		t.Fatal(err)
	}
	log := v.ToObject(vm)
	if err := l.Run(func() bool { return log.Get("length").ToInteger() == 6 }); err != nil {
		t.Fatal(err)
	}
	if got := log.Export(); !equal(got, "sync micro imm! t1a t1b t20") {
		t.Fatalf("order = %v", got)
	}
}

func TestStalledWhenNothingIsPending(t *testing.T) {
	vm, l, _ := newLoop(t)
	if _, err := vm.RunString(`setTimeout(() => {}, 1)`); err != nil {
		t.Fatal(err)
	}
	if err := l.Run(func() bool { return false }); !errors.Is(err, ErrStalled) {
		t.Fatalf("Run = %v, want ErrStalled", err)
	}
	if _, err := vm.RunString(`setTimeout(() => {}, 1).unref()`); err != nil {
		t.Fatal(err)
	}
	if err := l.Run(func() bool { return false }); !errors.Is(err, ErrStalled) {
		t.Fatalf("an unref'd timer kept the loop alive: %v", err)
	}
}

func TestHoldKeepsTheLoopAliveUntilPosted(t *testing.T) {
	vm, l, _ := newLoop(t)
	p, resolve, _ := vm.NewPromise()
	done := l.Hold()
	go func() { // a Go operation completing on another goroutine
		done(func() error { return resolve("from go") })
	}()
	if err := l.Run(func() bool { return p.State() != goja.PromiseStatePending }); err != nil {
		t.Fatal(err)
	}
	if p.Result().String() != "from go" {
		t.Fatalf("result %v", p.Result())
	}
}

func TestClearAndIntervals(t *testing.T) {
	vm, l, _ := newLoop(t)
	if _, err := vm.RunString(`
		var n = 0, cleared = 0;
		var c = setTimeout(() => cleared++, 1);
		clearTimeout(c);
		clearTimeout(+setTimeout(() => cleared++, 1)); // by numeric id
		var id = setInterval(() => { if (++n === 3) clearInterval(id); }, 1);`); err != nil {
		t.Fatal(err)
	}
	if err := l.Run(func() bool { return vm.Get("n").ToInteger() == 3 }); err != nil {
		t.Fatal(err)
	}
	if err := l.Run(func() bool { return false }); !errors.Is(err, ErrStalled) {
		t.Fatalf("after clearInterval: %v", err)
	}
	if vm.Get("cleared").ToInteger() != 0 {
		t.Fatal("a cleared timer fired")
	}
}

func TestCallbackErrorsAreReportedAndInterruptsStop(t *testing.T) {
	vm, l, errs := newLoop(t)
	if _, err := vm.RunString(`setTimeout(() => { throw new Error("cb") }, 1); var spin = () => setTimeout(() => { for (;;) {} }, 1);`); err != nil {
		t.Fatal(err)
	}
	if err := l.Run(func() bool { return len(*errs) == 1 }); err != nil {
		t.Fatal(err)
	}
	if _, err := vm.RunString(`spin()`); err != nil {
		t.Fatal(err)
	}
	time.AfterFunc(20*time.Millisecond, func() { vm.Interrupt("stop") })
	var ie *goja.InterruptedError
	if err := l.Run(func() bool { return false }); !errors.As(err, &ie) {
		t.Fatalf("Run after an interrupt = %v", err)
	}
}

func TestAbort(t *testing.T) {
	vm, l, _ := newLoop(t)
	if _, err := vm.RunString(`setInterval(() => {}, 1000)`); err != nil {
		t.Fatal(err)
	}
	go l.Abort()
	if err := l.Run(func() bool { return false }); !errors.Is(err, ErrAborted) {
		t.Fatalf("Run = %v", err)
	}
	l.Reset()
	l.ClearTimers()
	if err := l.Run(func() bool { return false }); !errors.Is(err, ErrStalled) {
		t.Fatalf("after ClearTimers: %v", err)
	}
}

func equal(got any, want string) bool {
	a, ok := got.([]any)
	if !ok {
		return false
	}
	s := ""
	for i, x := range a {
		if i > 0 {
			s += " "
		}
		s += x.(string)
	}
	return s == want
}

func TestImmediatesRunBeforeOverdueTimers(t *testing.T) {
	vm, l, _ := newLoop(t)
	v, err := vm.RunString(`
		var log = [];
		setTimeout(() => log.push("timeout"), 0);
		var end = Date.now() + 5; while (Date.now() < end) {} // the timeout is overdue
		setImmediate(() => log.push("immediate"));
		log`)
	if err != nil {
		t.Fatal(err)
	}
	log := v.ToObject(vm)
	if err := l.Run(func() bool { return log.Get("length").ToInteger() == 2 }); err != nil {
		t.Fatal(err)
	}
	if got := log.Export(); !equal(got, "immediate timeout") {
		t.Fatalf("order = %v", got)
	}
}

func TestTimersAreBounded(t *testing.T) {
	vm, l, _ := newLoop(t)
	l.SetMaxTimers(100)
	v, err := vm.RunString(`
		let n = 0, err;
		try { for (;;) { setTimeout(() => {}, 1000); n++; } } catch (e) { err = e; }
		[n, err instanceof RangeError, String(err.message)]`)
	if err != nil {
		t.Fatal(err)
	}
	got := v.Export().([]any)
	if got[0] != int64(100) || got[1] != true || !strings.Contains(got[2].(string), "too many timers") {
		t.Fatalf("got %v, want 100 timers then a RangeError", got)
	}
	l.ClearTimers()
	if _, err := vm.RunString(`setTimeout(() => {}, 1)`); err != nil {
		t.Fatalf("after the timers were cleared: %v", err)
	}
}

// quietTask reads a property whose getter queues a Promise job: Go code
// that runs JavaScript outside a call (Object.Get) leaves its jobs for the
// loop to flush. It reports quiet as it was told.
type quietTask struct {
	obj   *goja.Object
	quiet bool
}

func (q quietTask) Run() error  { q.obj.Get("x"); return nil }
func (q quietTask) Quiet() bool { return q.quiet }

// After a task the loop flushes the Promise jobs it queued, unless the task
// says it was quiet (it ran no JavaScript and settled nothing): a task that
// breaks that promise leaves its jobs for the next flush.
func TestQuietTaskSkipsTheFlush(t *testing.T) {
	for _, quiet := range []bool{false, true} {
		vm, l, _ := newLoop(t)
		v, err := vm.RunString(`var seen = [];
			({ seen, get x() { Promise.resolve().then(() => seen.push(1)); } })`)
		if err != nil {
			t.Fatal(err)
		}
		obj := v.ToObject(vm)
		l.PostTask(quietTask{obj, quiet})
		if _, err := l.TryRun(nil); err != nil {
			t.Fatal(err)
		}
		n := obj.Get("seen").ToObject(vm).Get("length").ToInteger()
		if want := map[bool]int64{false: 1, true: 0}[quiet]; n != want {
			t.Errorf("quiet %v: %d jobs ran after the task, want %d", quiet, n, want)
		}
	}
}

// The loop's globals are defined on the global object on their first read:
// until then it does not own them, though "in" and typeof find them; a
// plugin that assigns one first shadows it.
func TestGlobalsDefinedOnFirstRead(t *testing.T) {
	vm, _, _ := newLoop(t)
	v, err := vm.RunString(`
		const own = (k) => Object.prototype.hasOwnProperty.call(globalThis, k);
		const before = own("setTimeout") || own("queueMicrotask");
		const found = "setTimeout" in globalThis && typeof queueMicrotask === "function" && typeof clearImmediate === "function";
		setInterval = 7;
		[before, found, own("queueMicrotask"), own("setTimeout"), setInterval].join()`)
	if err != nil {
		t.Fatal(err)
	}
	if want := "false,true,true,false,7"; v.String() != want {
		t.Errorf("got %s, want %s", v, want)
	}
}

// TestPostAndTryRunRunsHereWithoutWakingServe: on a free loop the task
// runs on the caller's goroutine, and neither it nor what it posts while it
// runs leaves a wake for Serve's goroutine.
func TestPostAndTryRunRunsHereWithoutWakingServe(t *testing.T) {
	_, l, _ := newLoop(t)
	var ran []string
	task := funcTask(func() error {
		ran = append(ran, "task")
		l.Post(func() error { ran = append(ran, "posted by the task"); return nil })
		return nil
	})
	done, err := l.PostAndTryRun(task, nil)
	if err != nil || !done {
		t.Fatalf("PostAndTryRun = %v, %v", done, err)
	}
	if strings.Join(ran, ", ") != "task, posted by the task" {
		t.Fatalf("ran %q", ran)
	}
	if len(l.wake) != 0 {
		t.Fatal("a task run here woke Serve's goroutine")
	}
	l.Post(func() error { return nil })
	if len(l.wake) != 1 {
		t.Fatal("a post to an idle loop did not wake Serve's goroutine")
	}
}

// TestNoPostIsLost: goroutines post and run the loop in turn while Serve's
// goroutine serves it; every task runs, whoever runs it.
func TestNoPostIsLost(t *testing.T) {
	_, l, _ := newLoop(t)
	stop := make(chan struct{})
	served := make(chan error, 1)
	go func() { served <- l.Serve(stop, nil) }()
	const goroutines, each = 8, 2000
	var count atomic.Int64
	all := make(chan struct{})
	for g := 0; g < goroutines; g++ {
		go func() {
			for i := 0; i < each; i++ {
				task := funcTask(func() error {
					if count.Add(1) == goroutines*each {
						close(all)
					}
					return nil
				})
				var err error
				switch i % 3 {
				case 0:
					_, err = l.PostAndTryRun(task, nil)
				case 1:
					l.PostTask(task)
				default:
					l.PostTask(task)
					_, err = l.TryRun(nil)
				}
				if err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	select {
	case <-all:
	case <-time.After(time.Minute):
		t.Fatalf("%d of %d tasks ran", count.Load(), goroutines*each)
	}
	close(stop)
	if err := <-served; err != nil {
		t.Fatal(err)
	}
}
