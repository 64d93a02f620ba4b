package jsenv

import "testing"

// JSON.parse, reworded by the environment, keeps a built-in method's
// attributes (writable, configurable, not enumerable), as in Node: code
// and guards that redefine it, or list JSON's keys, see what Node shows.
func TestJSONParseAttributes(t *testing.T) {
	runCases(t, []jsCase{{
		"descriptors",
		`const d = (o, k) => JSON.stringify(Object.getOwnPropertyDescriptor(o, k), ["writable", "enumerable", "configurable"]);
		return [d(JSON, "parse"), d(JSON.parse, "name"), d(JSON.parse, "length"), Object.keys(JSON).length].join(" ");`,
		// what Node 20 prints for the same
		`{"writable":true,"enumerable":false,"configurable":true} {"writable":false,"enumerable":false,"configurable":true} {"writable":false,"enumerable":false,"configurable":true} 0`,
	}})
}
