package jscrypto_test

import (
	"encoding/json"
	"os"
	"sort"
	"testing"
)

// TestNodeBehaviour replays testdata/node-behaviour.json: snippets run in
// Node 20 (the generator is testdata/gen-behaviour.js) with the answer
// Node gave; each runs here on jsenv with these bindings wired in.
func TestNodeBehaviour(t *testing.T) {
	raw, err := os.ReadFile("testdata/node-behaviour.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases map[string]struct{ Src, Want string }
	if err := json.Unmarshal(raw, &cases); err != nil {
		t.Fatal(err)
	}
	names := make([]string, 0, len(cases))
	for n := range cases {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		c := cases[name]
		t.Run(name, func(t *testing.T) {
			r := newEnvRT(t)
			got := r.await(t, "const crypto = require('crypto'), subtle = __subtle;\n"+c.Src).String()
			if got != c.Want {
				t.Errorf("got  %s\nwant %s", got, c.Want)
			} else if got == "" {
				t.Error("empty answer")
			}
		})
	}
}
