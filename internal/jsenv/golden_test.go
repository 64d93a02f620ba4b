package jsenv

import (
	"encoding/json"
	"os"
	"testing"
	"time"

	"github.com/evanw/esbuild/pkg/api"
)

// TestMain pins the process's local zone to UTC: Node's answers in
// testdata were recorded with TZ=UTC, and goja's Date and Intl read
// time.Local.
func TestMain(m *testing.M) {
	time.Local = time.UTC
	os.Exit(m.Run())
}

// TestNodeGolden replays testdata/golden.json: snippets whose answers were
// recorded in Node by testdata/record.mjs (from testdata/cases.mjs). To add
// a case, add it to cases.mjs and run `node record.mjs` in testdata.
func TestNodeGolden(t *testing.T) {
	data, err := os.ReadFile("testdata/golden.json")
	if err != nil {
		t.Fatal(err)
	}
	var golden struct {
		Node  string `json:"node"`
		Cases []struct {
			Name string `json:"name"`
			Src  string `json:"src"`
			Want string `json:"want"`
		} `json:"cases"`
	}
	if err := json.Unmarshal(data, &golden); err != nil {
		t.Fatal(err)
	}
	if len(golden.Cases) == 0 {
		t.Fatal("no cases")
	}
	for _, c := range golden.Cases {
		t.Run(c.Name, func(t *testing.T) {
			vm, loop, _, _ := newVM(t, Config{})
			// as the loader compiles plugins: for-await and async
			// generators lowered
			res := api.Transform("return (async () => {\n"+c.Src+"\n})()", api.TransformOptions{Target: api.ES2020, Supported: map[string]bool{"for-await": false, "async-generator": false}})
			if len(res.Errors) > 0 {
				t.Fatalf("esbuild: %v", res.Errors[0].Text)
			}
			if got := run(t, vm, loop, string(res.Code)); got != c.Want {
				t.Errorf("%s\n got: %q\nwant: %q (Node %s)", c.Src, got, c.Want, golden.Node)
			}
		})
	}
}
