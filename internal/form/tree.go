package form

import (
	"sort"
	"strconv"
)

// Value is a parsed value: a string, a *List or an *Object.
type Value = any

// Object is a parsed object. Its keys are ordered as JavaScript orders an
// object's keys: array indices ascending, then the others as added.
type Object struct {
	indices []string // keys that are array indices, ascending
	names   []string // the other keys, in the order they were added
	vals    map[string]Value

	// spill is set on an object that holds a list index past the array
	// limit ("a[500]=x"), and on what such an object merges into: values
	// merged into it later go to the index after top, as if it were a list.
	spill bool
	top   int
}

func newObject() *Object { return &Object{vals: map[string]Value{}} }

// Keys returns the keys in order.
func (o *Object) Keys() []string {
	return append(append(make([]string, 0, len(o.indices)+len(o.names)), o.indices...), o.names...)
}

// Get returns the value of a key, nil when there is none.
func (o *Object) Get(key string) Value { return o.vals[key] }

// Len is the number of keys.
func (o *Object) Len() int { return len(o.vals) }

func (o *Object) set(k string, v Value) {
	if _, ok := o.vals[k]; !ok {
		if isArrayIndex(k) {
			i := sort.Search(len(o.indices), func(i int) bool { return indexLess(k, o.indices[i]) })
			o.indices = append(o.indices, "")
			copy(o.indices[i+1:], o.indices[i:])
			o.indices[i] = k
		} else {
			o.names = append(o.names, k)
		}
	}
	o.vals[k] = v
}

// isArrayIndex reports whether JavaScript orders k as an array index: a
// canonical decimal below 2³²-1.
func isArrayIndex(k string) bool {
	if k == "" || len(k) > 10 || len(k) > 1 && k[0] == '0' {
		return false
	}
	n, err := strconv.ParseUint(k, 10, 64)
	return err == nil && n < 1<<32-1
}

// indexLess orders canonical decimals numerically.
func indexLess(a, b string) bool {
	if len(a) != len(b) {
		return len(a) < len(b)
	}
	return a < b
}

// List is a parsed list. Until the parse ends it may have holes: entries
// holds the items present, by ascending index, and length is one past the
// last index.
type List struct {
	entries []entry
	length  int
}

type entry struct {
	i int
	v Value
}

// Items returns the items in order.
func (l *List) Items() []Value {
	out := make([]Value, len(l.entries))
	for i, e := range l.entries {
		out[i] = e.v
	}
	return out
}

func (l *List) push(v Value) {
	l.entries = append(l.entries, entry{l.length, v})
	l.length++
}

// find returns the position in entries of index i, and whether it is there.
func (l *List) find(i int) (int, bool) {
	k := sort.Search(len(l.entries), func(k int) bool { return l.entries[k].i >= i })
	return k, k < len(l.entries) && l.entries[k].i == i
}

func (l *List) put(i int, v Value) {
	k, ok := l.find(i)
	if ok {
		l.entries[k].v = v
		return
	}
	l.entries = append(l.entries, entry{})
	copy(l.entries[k+1:], l.entries[k:])
	l.entries[k] = entry{i, v}
	l.length = max(l.length, i+1)
}

func (l *List) toObject() *Object {
	o := newObject()
	for _, e := range l.entries {
		o.set(strconv.Itoa(e.i), e.v)
	}
	return o
}

// build makes the value of one key from its path, innermost first.
func build(path []string, leaf Value, arrayLimit int) Value {
	v := leaf
	for i := len(path) - 1; i >= 0; i-- {
		step := path[i]
		if step == "[]" {
			switch t := v.(type) {
			case *List:
				// the values of a repeated key are already a list
			case *Object:
				if !t.spill {
					v = &List{entries: []entry{{0, t}}, length: 1}
				}
			default:
				l := &List{}
				l.push(v)
				v = l
			}
			continue
		}
		name := step
		if len(step) >= 2 && step[0] == '[' && step[len(step)-1] == ']' {
			name = step[1 : len(step)-1]
			if n, ok := listIndex(name); ok {
				if n < arrayLimit {
					l := &List{}
					l.put(n, v)
					v = l
					continue
				}
				o := newObject()
				o.set(name, v)
				o.spill, o.top = true, n
				v = o
				continue
			}
		}
		o := newObject()
		if name != "__proto__" {
			o.set(name, v)
		}
		v = o
	}
	return v
}

// listIndex reads a canonical non-negative decimal.
func listIndex(s string) (int, bool) {
	if s == "" || len(s) > 15 || len(s) > 1 && s[0] == '0' {
		return 0, false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}

// merge merges source into target and returns the result (see the package
// documentation for the rules).
func merge(target, source Value, arrayLimit int) Value {
	switch s := source.(type) {
	case string:
		if s == "" {
			return target
		}
		switch t := target.(type) {
		case *List:
			t.push(s)
			return t
		case *Object:
			if t.spill {
				t.top++
				t.set(strconv.Itoa(t.top), s)
				return t
			}
		}
		return pair(target, s)
	case *List:
		switch t := target.(type) {
		case string:
			if s.length+1 > arrayLimit {
				// too long a list: an object of its indices, the string first
				o := newObject()
				o.set("0", t)
				for _, e := range s.entries {
					o.set(strconv.Itoa(e.i+1), e.v)
				}
				o.spill, o.top = true, s.length
				return o
			}
			l := &List{entries: make([]entry, 0, len(s.entries)+1), length: s.length + 1}
			l.entries = append(l.entries, entry{0, t})
			for _, e := range s.entries {
				l.entries = append(l.entries, entry{e.i + 1, e.v})
			}
			return l
		case *List:
			for _, e := range s.entries {
				k, ok := t.find(e.i)
				switch {
				case !ok:
					t.put(e.i, e.v)
				case isContainer(t.entries[k].v) && isContainer(e.v):
					t.entries[k].v = merge(t.entries[k].v, e.v, arrayLimit)
				default:
					t.push(e.v)
				}
			}
			return t
		case *Object:
			return mergeKeys(t, s.toObject(), arrayLimit)
		}
	case *Object:
		switch t := target.(type) {
		case string:
			if s.spill {
				// the string goes first, as in a list: every index moves up
				o := newObject()
				o.set("0", t)
				for _, k := range s.Keys() {
					if n, ok := listIndex(k); ok {
						o.set(strconv.Itoa(n+1), s.vals[k])
					} else {
						o.set(k, s.vals[k])
					}
				}
				o.spill, o.top = true, s.top+1
				return o
			}
			return pair(t, s)
		case *List:
			return mergeKeys(t.toObject(), s, arrayLimit)
		case *Object:
			return mergeKeys(t, s, arrayLimit)
		}
	}
	return target
}

func pair(a, b Value) *List {
	l := &List{}
	l.push(a)
	l.push(b)
	return l
}

func mergeKeys(t, s *Object, arrayLimit int) *Object {
	if s.spill {
		if t.spill {
			t.top = max(t.top, s.top)
		} else {
			t.spill, t.top = true, s.top
		}
	}
	for _, k := range s.Keys() {
		v := s.vals[k]
		if prev, ok := t.vals[k]; ok {
			t.set(k, merge(prev, v, arrayLimit))
		} else {
			t.set(k, v)
		}
	}
	return t
}

func isContainer(v Value) bool {
	switch v.(type) {
	case *List, *Object:
		return true
	}
	return false
}

// compact removes the holes of every list, renumbering the items.
func compact(v Value) {
	switch t := v.(type) {
	case *Object:
		for _, k := range t.vals {
			compact(k)
		}
	case *List:
		for i := range t.entries {
			t.entries[i].i = i
			compact(t.entries[i].v)
		}
		t.length = len(t.entries)
	}
}
