package jsintl

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/dop251/goja"
)

// TestLuxon runs luxon 3 and date-fns-tz 3 (bundled in testdata/luxon)
// on a runtime with Intl installed and compares every answer with Node's.
func TestLuxon(t *testing.T) {
	bundle, err := os.ReadFile("testdata/luxon/bundle.js")
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile("testdata/luxon/node-luxon.json")
	if err != nil {
		t.Fatal(err)
	}
	var want map[string]any
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatal(err)
	}
	vm := newVM(t)
	fn, err := vm.RunScript("bundle.js", "(function (module, exports, require) {"+string(bundle)+"\n})")
	if err != nil {
		t.Fatal(err)
	}
	call, _ := goja.AssertFunction(fn)
	m, exports := vm.NewObject(), vm.NewObject()
	if err := m.Set("exports", exports); err != nil {
		t.Fatal(err)
	}
	if _, err := call(goja.Undefined(), m, exports, goja.Undefined()); err != nil {
		t.Fatalf("evaluate bundle: %v", err)
	}
	res, err := vm.RunString("(m) => JSON.stringify(m.exports.run())")
	if err != nil {
		t.Fatal(err)
	}
	run, _ := goja.AssertFunction(res)
	out, err := run(goja.Undefined(), m)
	if err != nil {
		if ex, ok := err.(*goja.Exception); ok {
			t.Fatalf("run: %s", ex.String())
		}
		t.Fatalf("run: %v", err)
	}
	var got map[string]any
	if err := json.Unmarshal([]byte(out.String()), &got); err != nil {
		t.Fatal(err)
	}
	if len(want) < 20 {
		t.Fatalf("only %d recorded answers", len(want))
	}
	for k, w := range want {
		wj, _ := json.Marshal(w)
		gj, _ := json.Marshal(got[k])
		if string(wj) != string(gj) {
			t.Errorf("%s:\n got  %s\n want %s", k, gj, wj)
		}
	}
}
