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
	indices []string // keys that are array indices; ascending once sorted
	names   []string // the other keys, in the order they were added
	sorted  bool     // indices is in order
	vals    map[string]Value

	// spill is set on an object that holds a list index past the array
	// limit ("a[500]=x"), and on what such an object merges into: values
	// merged into it later go to the index after top, as if it were a list.
	spill bool
	top   int
}

func newObject() *Object { return &Object{vals: map[string]Value{}, sorted: true} }

// Keys returns the keys in order.
func (o *Object) Keys() []string {
	if !o.sorted {
		sort.Slice(o.indices, func(i, j int) bool { return indexLess(o.indices[i], o.indices[j]) })
		o.sorted = true
	}
	return append(append(make([]string, 0, len(o.indices)+len(o.names)), o.indices...), o.names...)
}

// Get returns the value of a key, nil when there is none.
func (o *Object) Get(key string) Value { return o.vals[key] }

// Len is the number of keys.
func (o *Object) Len() int { return len(o.vals) }

func (o *Object) set(k string, v Value) {
	if _, ok := o.vals[k]; !ok {
		if isArrayIndex(k) {
			if n := len(o.indices); n > 0 && !indexLess(o.indices[n-1], k) {
				o.sorted = false
			}
			o.indices = append(o.indices, k)
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
// holds the items present (ascending by index once sorted), at maps an index
// to its entry, and length is one past the last index.
type List struct {
	entries []entry
	at      map[int]int
	length  int
	sorted  bool
}

type entry struct {
	i int
	v Value
}

func newList() *List { return &List{at: map[int]int{}, sorted: true} }

// Items returns the items in order.
func (l *List) Items() []Value {
	l.sort()
	out := make([]Value, len(l.entries))
	for i, e := range l.entries {
		out[i] = e.v
	}
	return out
}

// sort puts the entries in index order.
func (l *List) sort() {
	if l.sorted {
		return
	}
	sort.Slice(l.entries, func(i, j int) bool { return l.entries[i].i < l.entries[j].i })
	for k, e := range l.entries {
		l.at[e.i] = k
	}
	l.sorted = true
}

func (l *List) push(v Value) { l.put(l.length, v) }

func (l *List) get(i int) (Value, bool) {
	k, ok := l.at[i]
	if !ok {
		return nil, false
	}
	return l.entries[k].v, true
}

func (l *List) put(i int, v Value) {
	if k, ok := l.at[i]; ok {
		l.entries[k].v = v
		return
	}
	if n := len(l.entries); n > 0 && l.entries[n-1].i > i {
		l.sorted = false
	}
	l.at[i] = len(l.entries)
	l.entries = append(l.entries, entry{i, v})
	l.length = max(l.length, i+1)
}

func (l *List) toObject() *Object {
	l.sort()
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
					l := newList()
					l.push(t)
					v = l
				}
			default:
				l := newList()
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
					l := newList()
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
			s.sort()
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
			l := newList()
			l.push(t)
			for _, e := range s.entries {
				l.put(e.i+1, e.v)
			}
			l.length = s.length + 1
			return l
		case *List:
			s.sort()
			for _, e := range s.entries {
				prev, ok := t.get(e.i)
				switch {
				case !ok:
					t.put(e.i, e.v)
				case isContainer(prev) && isContainer(e.v):
					t.put(e.i, merge(prev, e.v, arrayLimit))
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
	l := newList()
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
		t.Keys() // sorts: after the parse, reading an object changes nothing
		for _, k := range t.vals {
			compact(k)
		}
	case *List:
		t.sort()
		clear(t.at)
		for i := range t.entries {
			t.entries[i].i = i
			t.at[i] = i
			compact(t.entries[i].v)
		}
		t.length = len(t.entries)
	}
}
