package express

import (
	"errors"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dop251/goja"
	"github.com/plugmux/plugmux/internal/jsutil"
)

// This file holds the form parser of express.urlencoded(): the part of the
// qs package (6.x) that body-parser 2 uses. With extended: false, keys are
// taken as they are ("a[b]" is one key); with extended: true, brackets
// build nested objects and arrays, up to depth levels. Repeated keys become
// arrays in both modes.

type qsOptions struct {
	depth      int
	arrayLimit int
	latin1     bool
}

// qsObj is a parsed object, its keys in insertion order.
type qsObj struct {
	keys []string
	vals map[string]any // string, *qsObj or *qsArr
}

// qsArr is a parsed array; a nil item is a hole, removed at the end.
type qsArr struct{ items []any }

func newQsObj() *qsObj { return &qsObj{vals: map[string]any{}} }

func (o *qsObj) set(k string, v any) {
	if _, ok := o.vals[k]; !ok {
		o.keys = append(o.keys, k)
	}
	o.vals[k] = v
}

// errQsDepth is the RangeError qs throws with strictDepth.
//
//lint:ignore ST1005 qs's own message, which plugins may match
var errQsDepth = errors.New("The input exceeded the depth")

func qsDecode(s string, latin1 bool) string {
	s = strings.ReplaceAll(s, "+", " ")
	if !strings.Contains(s, "%") {
		return s
	}
	if latin1 {
		var b strings.Builder
		for i := 0; i < len(s); i++ {
			if s[i] == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
				b.WriteRune(rune(unhex(s[i+1])<<4 | unhex(s[i+2])))
				i += 2
				continue
			}
			b.WriteByte(s[i])
		}
		return b.String()
	}
	if u, err := url.PathUnescape(s); err == nil && utf8.ValidString(u) {
		return u
	}
	return s
}

// qsParse parses a form body.
func qsParse(str string, o qsOptions) (*qsObj, error) {
	str = replaceFold(replaceFold(str, "%5B", "["), "%5D", "]")
	temp := newQsObj()
	for _, part := range strings.Split(str, "&") {
		pos := strings.Index(part, "]=")
		if pos == -1 {
			pos = strings.IndexByte(part, '=')
		} else {
			pos++
		}
		var key string
		var val any
		if pos == -1 {
			key, val = qsDecode(part, o.latin1), ""
		} else {
			key, val = qsDecode(part[:pos], o.latin1), qsDecode(part[pos+1:], o.latin1)
		}
		if pos > 1 && part[pos-2:pos] == "[]" {
			// an empty-bracket key always combines
			if prev, ok := temp.vals[key]; ok {
				temp.set(key, qsCombine(prev, val, o.arrayLimit))
				continue
			}
		}
		if prev, ok := temp.vals[key]; ok {
			temp.set(key, qsCombine(prev, val, o.arrayLimit))
		} else {
			temp.set(key, val)
		}
	}
	var out any = newQsObj()
	for _, k := range temp.keys {
		if k == "" {
			continue
		}
		segs, err := qsSegments(k, o)
		if err != nil {
			return nil, err
		}
		if segs == nil {
			continue
		}
		out = qsMerge(out, qsObject(segs, temp.vals[k], o))
	}
	qsCompact(out)
	if obj, ok := out.(*qsObj); ok {
		return obj, nil
	}
	return newQsObj(), nil
}

func replaceFold(s, old, repl string) string {
	if !strings.Contains(strings.ToUpper(s), old) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if i+len(old) <= len(s) && strings.EqualFold(s[i:i+len(old)], old) {
			b.WriteString(repl)
			i += len(old)
			continue
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// qsCombine is utils.combine: [].concat(a, b), an object past arrayLimit.
func qsCombine(a, b any, limit int) any {
	var items []any
	if arr, ok := a.(*qsArr); ok {
		items = append(items, arr.items...)
	} else {
		items = append(items, a)
	}
	if arr, ok := b.(*qsArr); ok {
		items = append(items, arr.items...)
	} else {
		items = append(items, b)
	}
	if len(items) > limit {
		return qsArrayToObject(items)
	}
	return &qsArr{items: items}
}

func qsArrayToObject(items []any) *qsObj {
	o := newQsObj()
	for i, v := range items {
		if v != nil {
			o.set(strconv.Itoa(i), v)
		}
	}
	return o
}

// qsSegments is splitKeyIntoSegments: the parent, then each bracket group.
func qsSegments(key string, o qsOptions) ([]string, error) {
	if o.depth <= 0 {
		return []string{key}, nil
	}
	var segs []string
	first := strings.IndexByte(key, '[')
	parent := key
	if first >= 0 {
		parent = key[:first]
	}
	if parent != "" {
		segs = append(segs, parent)
	}
	open, collected := first, 0
	for open >= 0 && collected < o.depth {
		level, i, closeAt := 1, open+1, -1
		for i < len(key) && closeAt < 0 {
			switch key[i] {
			case '[':
				level++
			case ']':
				level--
				if level == 0 {
					closeAt = i
				}
			}
			i++
		}
		if closeAt < 0 {
			return append(segs, "["+key[open:]+"]"), nil
		}
		segs = append(segs, key[open:closeAt+1])
		collected++
		next := strings.IndexByte(key[closeAt+1:], '[')
		if next < 0 {
			open = -1
		} else {
			open = closeAt + 1 + next
		}
	}
	if open >= 0 {
		return nil, errQsDepth // strictDepth, as body-parser sets it
	}
	return segs, nil
}

// qsObject is parseObject: the value nested under the key's segments.
func qsObject(chain []string, val any, o qsOptions) any {
	leaf := val
	for i := len(chain) - 1; i >= 0; i-- {
		root := chain[i]
		if root == "[]" {
			leaf = qsCombine(&qsArr{}, leaf, o.arrayLimit)
			continue
		}
		clean := root
		if len(root) >= 2 && root[0] == '[' && root[len(root)-1] == ']' {
			clean = root[1 : len(root)-1]
		}
		index, err := strconv.Atoi(clean)
		valid := err == nil && root != clean && strconv.Itoa(index) == clean && index >= 0
		switch {
		case valid && index < o.arrayLimit:
			items := make([]any, index+1)
			items[index] = leaf
			leaf = &qsArr{items: items}
		case clean != "__proto__":
			obj := newQsObj()
			obj.set(clean, leaf)
			leaf = obj
		default:
			leaf = newQsObj()
		}
	}
	return leaf
}

// qsMerge is utils.merge for the shapes qsObject produces.
func qsMerge(target, source any) any {
	if source == nil {
		return target
	}
	switch src := source.(type) {
	case string:
		switch t := target.(type) {
		case *qsArr:
			t.items = append(t.items, src)
			return t
		}
		// A value meeting an object makes both the items of an array, as
		// qs 6.17 does with body-parser's options (checked in qs_test.go).
		return &qsArr{items: []any{target, src}}
	case *qsArr:
		switch t := target.(type) {
		case *qsArr:
			for i, item := range src.items {
				if item == nil {
					continue
				}
				if i < len(t.items) && t.items[i] != nil {
					if _, isStr := t.items[i].(string); !isStr {
						if _, isStr := item.(string); !isStr {
							t.items[i] = qsMerge(t.items[i], item)
							continue
						}
					}
					t.items = append(t.items, item)
					continue
				}
				for len(t.items) <= i {
					t.items = append(t.items, nil)
				}
				t.items[i] = item
			}
			return t
		case *qsObj:
			return qsMerge(t, qsArrayToObject(src.items))
		}
		return &qsArr{items: append([]any{target}, src.items...)}
	case *qsObj:
		var acc *qsObj
		switch t := target.(type) {
		case *qsObj:
			acc = t
		case *qsArr:
			acc = qsArrayToObject(t.items)
		default:
			return &qsArr{items: []any{target, src}}
		}
		for _, k := range src.keys {
			v := src.vals[k]
			if prev, ok := acc.vals[k]; ok {
				acc.set(k, qsMerge(prev, v))
			} else {
				acc.set(k, v)
			}
		}
		return acc
	}
	return target
}

// qsCompact removes the holes of sparse arrays, everywhere.
func qsCompact(v any) {
	switch t := v.(type) {
	case *qsObj:
		for _, k := range t.keys {
			qsCompact(t.vals[k])
		}
	case *qsArr:
		kept := t.items[:0]
		for _, item := range t.items {
			if item != nil {
				qsCompact(item)
				kept = append(kept, item)
			}
		}
		t.items = kept
	}
}

// qsToJS builds the JavaScript value.
func qsToJS(vm *goja.Runtime, v any) goja.Value {
	switch t := v.(type) {
	case string:
		return vm.ToValue(t)
	case *qsArr:
		items := make([]any, len(t.items))
		for i, item := range t.items {
			items[i] = qsToJS(vm, item)
		}
		return vm.NewArray(items...)
	case *qsObj:
		obj := vm.NewObject()
		for _, k := range t.keys {
			jsutil.Must(obj.Set(k, qsToJS(vm, t.vals[k])))
		}
		return obj
	}
	return goja.Undefined()
}
