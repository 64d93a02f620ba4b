package express

import (
	"errors"
	"testing"

	"github.com/dop251/goja"
)

// A runtime whose setup registers a different shape, here in a nested
// router, is rejected instead of being bound to the first runtime's tables.
func TestNestedRouterShapeMustMatch(t *testing.T) {
	build := func(subPath string) *recorder {
		vm := goja.New()
		set := newRecorderSet(vm)
		root := &recorder{set: set}
		sub := &recorder{set: set}
		fn := vm.ToValue(func(goja.FunctionCall) goja.Value { return nil })
		sub.layers = []*recordedLayer{{route: true, paths: []goja.Value{vm.ToValue(subPath)}, entries: []recordedEntry{{method: "GET", fn: fn}}}}
		root.layers = []*recordedLayer{{paths: []goja.Value{vm.ToValue("/api")}, entries: []recordedEntry{{fn: fn, sub: sub}}}}
		return root
	}
	tbl, err := compileTable(build("/users/:id"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bindHandlers(build("/users/:id"), tbl); err != nil {
		t.Errorf("same shape: %v", err)
	}
	if _, err := bindHandlers(build("/users/:name"), tbl); !errors.Is(err, ErrInconsistentSetup) {
		t.Errorf("different nested route: %v, want ErrInconsistentSetup", err)
	}
}
