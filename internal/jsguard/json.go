package jsguard

import (
	"strconv"

	"github.com/dop251/goja"
)

// installJSON bounds JSON.stringify (its output and the nesting it
// recurses into) and JSON.parse (the nesting of its input).
//
// JSON.stringify walks in Go: a deep value recurses (and goja looks for
// cycles along the whole path at every level, so a depth of n costs n²),
// and a value referenced many times prints many times. The wrapper passes
// a replacer function of its own (composed with the caller's), which the
// original calls for every property: it follows the depth of each holder,
// estimates the output, and throws past the bounds. The output is the
// same; a replacer function is what makes the walk observable, and each
// call is a point where the bound is checked.
func (g *guard) installJSON() {
	j, ok := g.original("JSON").(*goja.Object)
	if !ok {
		return
	}
	if orig, ok := goja.AssertFunction(j.Get("stringify")); ok {
		g.methodWithImpl(j, "stringify", nil, g.stringify(orig))
	}
	g.method(j, "parse", func(call *goja.FunctionCall) {
		v, n := str(arg(call, 0))
		setArg(call, 0, v)
		// A value costs at most a few input characters; each level of
		// nesting at least two.
		if n <= 2*int64(g.cfg.MaxDepth) && n*128 <= g.cfg.MaxAllocBytes {
			return
		}
		g.scanJSON(v.String())
	})
}

// stringifyState is one guarded JSON.stringify in progress: a replacer or
// toJSON may call JSON.stringify again, so they stack (g.stringifies).
type stringifyState struct {
	user   goja.Callable // the caller's replacer function, if any
	gap    float64
	depths map[*goja.Object]int // the depth of the holders seen so far
	out    float64              // the output estimated so far
}

// stringify is the guarded JSON.stringify: it passes the original its own
// replacer (one function per runtime, made on first use, which works on
// the innermost stringify in progress).
func (g *guard) stringify(orig goja.Callable) func(call goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		st := stringifyState{}
		if r, ok := arg(&call, 1).(*goja.Object); ok {
			if r.ClassName() == "Array" {
				if lengthOf(r) > float64(g.maxSlots()) {
					g.tooMany()
				}
				// A property list: it orders the output, which a replacer
				// function cannot, so the original walks with it; walk the
				// listed properties first to bound the nesting.
				g.walkListed(arg(&call, 0), r)
				return nil
			}
			st.user, _ = goja.AssertFunction(r)
		}
		switch s := arg(&call, 2).(type) {
		case goja.String:
			st.gap = float64(min(s.Length(), 10))
		default:
			if n := number(s); n > 0 {
				st.gap = min(n, 10)
			}
		}
		if g.replacer == nil {
			g.replacer = g.vm.ToValue(g.replace)
		}
		setArg(&call, 1, g.replacer)
		g.stringifies = append(g.stringifies, &st)
		defer func() { g.stringifies = g.stringifies[:len(g.stringifies)-1] }()
		v, err := orig(call.This, call.Arguments...)
		if err != nil {
			panic(err)
		}
		return v
	}
}

// replace is the replacer of every guarded JSON.stringify: it calls the
// caller's, follows the depth of each holder, estimates the output, and
// throws past the bounds.
func (g *guard) replace(c goja.FunctionCall) goja.Value {
	g.poll()
	st := g.stringifies[len(g.stringifies)-1]
	holder, _ := c.This.(*goja.Object)
	key, val := arg(&c, 0), arg(&c, 1)
	if st.user != nil {
		v, err := st.user(c.This, key, val)
		if err != nil {
			panic(err)
		}
		val = v
	}
	d := 0
	if holder != nil && st.depths != nil {
		d = st.depths[holder]
	}
	kl := 0
	if k, ok := key.(goja.String); ok {
		kl = k.Length()
	} else {
		_, n := str(key)
		kl = int(n)
	}
	st.out += float64(kl) + 4 + float64(d)*st.gap
	switch v := val.(type) {
	case goja.String:
		st.out += float64(v.Length()) + 2
	case *goja.Object:
		if _, fn := goja.AssertFunction(v); !fn {
			if d+1 > g.cfg.MaxDepth {
				g.tooDeep()
			}
			if st.depths == nil {
				st.depths = make(map[*goja.Object]int)
			}
			st.depths[v] = d + 1
			st.out += 2
		}
	default:
		st.out += 24
	}
	if st.out > float64(g.cfg.MaxAllocBytes) {
		g.tooLong()
	}
	return val
}

// scanJSON refuses a JSON text nested deeper than MaxDepth, or with more
// values than MaxAllocBytes allows (an array element costs 16 bytes, an
// object or array 128), before goja's recursive parser builds anything.
// Malformed text is left to the parser to report.
func (g *guard) scanJSON(s string) {
	depth, cost := 0, int64(0)
	inString := false
	for i := 0; i < len(s); i++ {
		if i%4096 == 0 {
			g.poll()
		}
		c := s[i]
		if inString {
			switch c {
			case '\\':
				i++
			case '"':
				inString = false
			}
			continue
		}
		switch c {
		case '"':
			inString = true
		case '[', '{':
			depth++
			cost += 128
			if depth > g.cfg.MaxDepth {
				g.tooDeep()
			}
		case ']', '}':
			depth--
		case ',':
			cost += slotBytes
		}
		if cost > g.cfg.MaxAllocBytes {
			g.tooMany()
		}
	}
}

// walkListed walks value as JSON.stringify does with the property list
// keys (every element of an array, the listed properties of an object),
// without recursion, and refuses nesting deeper than MaxDepth or more
// values than maxSlots. It reads properties a second time (getters run
// twice) and does not see what toJSON methods return.
func (g *guard) walkListed(value goja.Value, keys *goja.Object) {
	var names []string
	for i := 0; i < int(lengthOf(keys)); i++ {
		if k := keys.Get(strconv.Itoa(i)); k != nil && !goja.IsUndefined(k) {
			names = append(names, k.String())
		}
	}
	// A depth-first walk along paths, as stringify goes: a value
	// reached twice by different paths is walked twice (its output is
	// printed twice), and a cycle is left for the original to report.
	type frame struct {
		o     *goja.Object
		depth int
		exit  bool
	}
	onPath := map[*goja.Object]bool{}
	var stack []frame
	push := func(v goja.Value, depth int) {
		if o, ok := v.(*goja.Object); ok {
			if _, fn := goja.AssertFunction(o); !fn {
				stack = append(stack, frame{o: o, depth: depth})
			}
		}
	}
	push(value, 1)
	count := int64(0)
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if f.exit {
			delete(onPath, f.o)
			continue
		}
		if onPath[f.o] {
			return // a cycle: the original throws its TypeError
		}
		if f.depth > g.cfg.MaxDepth {
			g.tooDeep()
		}
		g.poll()
		onPath[f.o] = true
		stack = append(stack, frame{o: f.o, exit: true})
		if f.o.ClassName() == "Array" {
			n := lengthOf(f.o)
			if count += int64(n); n > float64(g.maxSlots()) || count > g.maxSlots() {
				g.tooMany()
			}
			for i := 0; i < int(n); i++ {
				push(f.o.Get(strconv.Itoa(i)), f.depth+1)
			}
			continue
		}
		if count += int64(len(names)); count > g.maxSlots() {
			g.tooMany()
		}
		for _, k := range names {
			push(f.o.Get(k), f.depth+1)
		}
	}
}
