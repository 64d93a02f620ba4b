// Package jsutil holds the small helpers that every package driving a goja
// runtime needs: property writes that cannot fail, Promise checks, and
// turning a thrown JavaScript value into a Go error.
package jsutil

import (
	"errors"
	"reflect"
	"strings"

	"github.com/dop251/goja"
)

// Must panics on err: for property writes on objects the caller created,
// which cannot fail.
func Must(err error) {
	if err != nil {
		panic(err)
	}
}

var typePromise = reflect.TypeFor[*goja.Promise]()

// Promise returns the Promise v is, if it is one. It checks the type first:
// a full Export of an arbitrary object would convert it to a Go map.
func Promise(v goja.Value) (*goja.Promise, bool) {
	obj, ok := v.(*goja.Object)
	if !ok || obj.ExportType() != typePromise {
		return nil, false
	}
	return obj.Export().(*goja.Promise), true
}

// Error turns a thrown JavaScript value into a Go error, keeping the stack
// of Error objects.
func Error(v goja.Value) error {
	if obj, ok := v.(*goja.Object); ok {
		if stack := obj.Get("stack"); stack != nil && !goja.IsUndefined(stack) && stack.String() != "" {
			return errors.New(strings.TrimSpace(stack.String()))
		}
		if ge, ok := obj.Export().(error); ok {
			return ge
		}
	}
	if v == nil {
		return errors.New("undefined")
	}
	return errors.New(v.String())
}

// NewError creates a JavaScript Error with message msg, as `new
// Error(msg)` would: name "Error", a stack, instanceof Error. (goja's
// NewGoError makes one named "GoError", which plugins can see.)
func NewError(vm *goja.Runtime, msg string) *goja.Object {
	obj, err := vm.New(vm.Get("Error"), vm.ToValue(msg))
	if err != nil {
		return vm.NewGoError(errors.New(msg))
	}
	return obj
}
