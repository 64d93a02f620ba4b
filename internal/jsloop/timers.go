package jsloop

import (
	"container/heap"
	"fmt"
	"time"

	"github.com/dop251/goja"
	"github.com/plugmux/plugmux/internal/jsutil"
)

// timer is one setTimeout, setInterval or setImmediate.
type timer struct {
	id        int64
	seq       int64 // creation order, to keep equal deadlines first-in first-out
	when      time.Time
	interval  time.Duration // setInterval: the period; 0 for one-shot timers
	fn        goja.Callable
	args      []goja.Value
	ref       bool // keeps the loop alive (Node's ref/unref)
	cancelled bool
	index     int
	obj       *goja.Object // the Timeout object handed to JavaScript
	ctx       any          // the async context it was created in
}

type timerHeap []*timer

func (h timerHeap) Len() int { return len(h) }
func (h timerHeap) Less(i, j int) bool {
	if h[i].when.Equal(h[j].when) {
		return h[i].seq < h[j].seq
	}
	return h[i].when.Before(h[j].when)
}
func (h timerHeap) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].index, h[j].index = i, j
}
func (h *timerHeap) Push(x any) {
	t := x.(*timer)
	t.index = len(*h)
	*h = append(*h, t)
}
func (h *timerHeap) Pop() any {
	old := *h
	t := old[len(old)-1]
	old[len(old)-1] = nil
	*h = old[:len(old)-1]
	t.index = -1
	return t
}

// fire runs a due timer and reschedules it if it is an interval.
func (l *Loop) fire(t *timer) error {
	if t.cancelled {
		return nil
	}
	if t.interval > 0 {
		t.when = time.Now().Add(t.interval)
		l.nextID++
		t.seq = l.nextID
		heap.Push(&l.timers, t)
	} else {
		l.forget(t)
	}
	if l.swap != nil && t.ctx != nil {
		prev := l.swap(t.ctx)
		defer l.swap(prev)
	}
	_, err := t.fn(goja.Undefined(), t.args...)
	return l.report(err)
}

func (l *Loop) forget(t *timer) {
	delete(l.byID, t.id)
	if t.ref {
		l.refs--
	}
	t.cancelled = true
}

func (l *Loop) cancel(v goja.Value) {
	var t *timer
	if obj, ok := v.(*goja.Object); ok {
		if id := obj.Get("_id"); id != nil {
			t = l.byID[id.ToInteger()]
		}
	} else if v != nil && !goja.IsUndefined(v) && !goja.IsNull(v) {
		t = l.byID[v.ToInteger()]
	}
	if t == nil || t.cancelled {
		return
	}
	if t.index >= 0 {
		heap.Remove(&l.timers, t.index)
	}
	l.forget(t)
}

// schedule creates a timer from setTimeout's arguments (fn, delay, ...args).
func (l *Loop) schedule(call goja.FunctionCall, repeat, immediate bool) goja.Value {
	fn, ok := goja.AssertFunction(call.Argument(0))
	if !ok {
		panic(l.vm.NewTypeError("The \"callback\" argument must be of type function. Received %s", call.Argument(0).String()))
	}
	var delay time.Duration
	args := call.Arguments
	if immediate {
		if len(args) > 1 {
			args = args[1:]
		} else {
			args = nil
		}
	} else {
		ms := call.Argument(1).ToFloat()
		if !(ms >= 1) || ms > 2147483647 { // NaN, < 1 and too large become 1, as in Node
			ms = 1
		}
		delay = time.Duration(ms * float64(time.Millisecond))
		if len(args) > 2 {
			args = args[2:]
		} else {
			args = nil
		}
	}
	if l.max > 0 && len(l.byID) >= l.max {
		panic(l.rangeError(fmt.Sprintf("too many timers: %d are pending in this runtime (the host's limit)", len(l.byID))))
	}
	args = append([]goja.Value(nil), args...) // goja reuses the argument stack
	l.nextID++
	when := time.Now().Add(delay)
	if immediate {
		// Immediates run before any timer, however overdue, as in Node
		// after an I/O callback (a request handler is one): the zero time
		// sorts first, creation order among them.
		when = time.Time{}
	}
	t := &timer{id: l.nextID, seq: l.nextID, when: when, fn: fn, args: args, ref: true, ctx: l.current()}
	if repeat {
		t.interval = delay
	}
	l.byID[t.id] = t
	l.refs++
	heap.Push(&l.timers, t)
	if l.proto == nil {
		l.proto = l.timerProto()
	}
	t.obj = l.vm.CreateObject(l.proto)
	_ = t.obj.Set("_id", t.id)
	return t.obj
}

func (l *Loop) rangeError(msg string) goja.Value {
	obj, err := l.vm.New(l.vm.Get("RangeError"), l.vm.ToValue(msg))
	if err != nil {
		return jsutil.NewError(l.vm, msg)
	}
	return obj
}

// timerProto builds the prototype of the objects setTimeout returns, on the
// runtime's first timer. They behave like Node's Timeout: they convert to
// their numeric id, and ref/unref/hasRef/refresh work.
func (l *Loop) timerProto() *goja.Object {
	vm := l.vm
	proto := vm.NewObject()
	timerOf := func(this goja.Value) *timer {
		if obj, ok := this.(*goja.Object); ok {
			if id := obj.Get("_id"); id != nil {
				return l.byID[id.ToInteger()]
			}
		}
		return nil
	}
	_ = proto.Set("ref", func(call goja.FunctionCall) goja.Value {
		if t := timerOf(call.This); t != nil && !t.ref {
			t.ref = true
			l.refs++
		}
		return call.This
	})
	_ = proto.Set("unref", func(call goja.FunctionCall) goja.Value {
		if t := timerOf(call.This); t != nil && t.ref {
			t.ref = false
			l.refs--
		}
		return call.This
	})
	_ = proto.Set("hasRef", func(call goja.FunctionCall) goja.Value {
		t := timerOf(call.This)
		return vm.ToValue(t != nil && t.ref)
	})
	_ = proto.Set("refresh", func(call goja.FunctionCall) goja.Value {
		if t := timerOf(call.This); t != nil && t.index >= 0 {
			d := t.interval
			if d == 0 {
				d = time.Millisecond
			}
			t.when = time.Now().Add(d)
			heap.Fix(&l.timers, t.index)
		}
		return call.This
	})
	_ = proto.Set("close", func(call goja.FunctionCall) goja.Value {
		l.cancel(call.This)
		return call.This
	})
	_ = proto.SetSymbol(goja.SymToPrimitive, func(call goja.FunctionCall) goja.Value {
		if obj, ok := call.This.(*goja.Object); ok {
			return obj.Get("_id")
		}
		return goja.Undefined()
	})
	return proto
}

// install puts the loop's globals within reach: a Go object between the
// global object and its prototype defines each of them on the global object
// on its first read (six Go functions and queueMicrotask cost a runtime a
// few KB, and most never set a timer). A plugin that assigns one of the
// names first shadows it, as a global would.
func (l *Loop) install() {
	vm := l.vm
	g := vm.GlobalObject()
	lazy := vm.NewDynamicObject(loopGlobals{l})
	_ = lazy.SetPrototype(g.Prototype())
	_ = g.SetPrototype(lazy)
}

// loopGlobalNames are the globals the loop defines.
var loopGlobalNames = map[string]bool{
	"setTimeout": true, "setInterval": true, "setImmediate": true,
	"clearTimeout": true, "clearInterval": true, "clearImmediate": true,
	"queueMicrotask": true,
}

// loopGlobals is the object of install: it answers for the loop's globals
// not defined yet.
type loopGlobals struct{ l *Loop }

func (lg loopGlobals) Get(key string) goja.Value {
	if !loopGlobalNames[key] || lg.l.globals[key] {
		return nil
	}
	if lg.l.globals == nil {
		lg.l.globals = map[string]bool{}
	}
	lg.l.globals[key] = true
	v := lg.l.global(key)
	_ = lg.l.vm.GlobalObject().DefineDataProperty(key, v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	return v
}

func (lg loopGlobals) Has(key string) bool {
	return loopGlobalNames[key] && !lg.l.globals[key]
}

func (loopGlobals) Set(string, goja.Value) bool { return false }
func (loopGlobals) Delete(string) bool          { return false }
func (loopGlobals) Keys() []string              { return nil }

// global makes the loop's global key.
func (l *Loop) global(key string) goja.Value {
	vm := l.vm
	switch key {
	case "setTimeout":
		return vm.ToValue(func(call goja.FunctionCall) goja.Value { return l.schedule(call, false, false) })
	case "setInterval":
		return vm.ToValue(func(call goja.FunctionCall) goja.Value { return l.schedule(call, true, false) })
	case "setImmediate":
		return vm.ToValue(func(call goja.FunctionCall) goja.Value { return l.schedule(call, false, true) })
	case "queueMicrotask":
		// it runs its callback as a Promise job
		qm, err := vm.RunProgram(programs().queueMicrotask)
		if err != nil {
			panic(err)
		}
		return qm
	}
	return vm.ToValue(func(call goja.FunctionCall) goja.Value { // the clear functions
		l.cancel(call.Argument(0))
		return goja.Undefined()
	})
}
