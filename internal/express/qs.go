package express

import (
	"github.com/dop251/goja"
	"github.com/plugmux/plugmux/internal/form"
	"github.com/plugmux/plugmux/internal/jsutil"
)

// The form parser of express.urlencoded() is package form; these adapt it
// to the body parser and to JavaScript values.

// qsOptions are the options body-parser derives for its form parser.
type qsOptions struct {
	depth      int  // 0 for extended: false (keys as they are)
	arrayLimit int  // list indices at or above it are object keys
	latin1     bool // the body's charset is iso-8859-1

	numericEntities bool // interpretNumericEntities: "&#n;" in values (with latin1)
}

// errQsDepth is the error of a key nested deeper than the depth option.
var errQsDepth = form.ErrDepth

// qsParse parses a form body.
func qsParse(str string, o qsOptions) (*form.Object, error) {
	return form.Parse(str, form.Options{Depth: o.depth, ArrayLimit: o.arrayLimit, Latin1: o.latin1, NumericEntities: o.numericEntities})
}

// qsToJS builds the JavaScript value of a parsed form value.
func qsToJS(vm *goja.Runtime, v form.Value) goja.Value {
	switch t := v.(type) {
	case string:
		return vm.ToValue(t)
	case *form.List:
		items := t.Items()
		vals := make([]any, len(items))
		for i, item := range items {
			vals[i] = qsToJS(vm, item)
		}
		return vm.NewArray(vals...)
	case *form.Object:
		obj := vm.NewObject()
		for _, k := range t.Keys() {
			// defined, not assigned: a key is never a prototype
			jsutil.Must(obj.DefineDataProperty(k, qsToJS(vm, t.Get(k)), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE))
		}
		return obj
	}
	return goja.Undefined()
}
