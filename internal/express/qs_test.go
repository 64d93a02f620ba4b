package express

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/dop251/goja"
)

// TestQsParse checks the urlencoded form parser against qs 6.17 as
// body-parser 2 calls it (allowPrototypes, strictDepth, arrayLimit
// max(100, parameters) when extended, depth 32 extended and 0 not), run in
// Node from conformance/node_modules over the same inputs.
func TestQsParse(t *testing.T) {
	cases := []struct {
		extended bool
		in, want string // want: JSON, or "ERR " and the message
	}{
		{true, "a[b]=1&a=2", "{\"a\":[{\"b\":\"1\"},\"2\"]}"},
		{true, "a=2&a[b]=1", "{\"a\":[\"2\",{\"b\":\"1\"}]}"},
		{true, "a[]=1&a[b]=2", "{\"a\":{\"0\":\"1\",\"b\":\"2\"}}"},
		{true, "a[1]=x&a[0]=y", "{\"a\":[\"y\",\"x\"]}"},
		{true, "a[]=1&a[0]=2", "{\"a\":[\"1\",\"2\"]}"},
		{true, "a[101]=z", "{\"a\":{\"101\":\"z\"}}"},
		{true, "a=1&a=2&a=3", "{\"a\":[\"1\",\"2\",\"3\"]}"},
		{true, "a[b][c]=1&a[b][d]=2", "{\"a\":{\"b\":{\"c\":\"1\",\"d\":\"2\"}}}"},
		{true, "a[0][b]=1&a[0][c]=2&a[1][b]=3", "{\"a\":[{\"b\":\"1\",\"c\":\"2\"},{\"b\":\"3\"}]}"},
		{true, "a%5Bb%5D=1", "{\"a\":{\"b\":\"1\"}}"},
		{true, "a[b]=1&a[b]=2", "{\"a\":{\"b\":[\"1\",\"2\"]}}"},
		{true, "x=%E2%9C%93&y=a+b&z=%zz", "{\"x\":\"\u2713\",\"y\":\"a b\",\"z\":\"%zz\"}"},
		{true, "a&b=&=c", "{\"a\":\"\",\"b\":\"\"}"},
		{true, "a[][b]=1&a[][c]=2", "{\"a\":[{\"b\":\"1\",\"c\":\"2\"}]}"},
		{true, "a[__proto__][x]=1", "{\"a\":{}}"},
		{true, "a.b=1", "{\"a.b\":\"1\"}"},
		{true, "a[b=1", "{\"a\":{\"[b\":\"1\"}}"},
		{true, "a]b=1", "{\"a]b\":\"1\"}"},
		{true, "a[b]c=1", "{\"a\":{\"b\":\"1\"}}"},
		{true, "[x]=1", "{\"x\":\"1\"}"},
		{true, "a[0]=1&a[2]=3", "{\"a\":[\"1\",\"3\"]}"},
		{true, "a[b]=1&a[b][c]=2", "{\"a\":{\"b\":[\"1\",{\"c\":\"2\"}]}}"},
		{true, "a[b][c]=2&a[b]=1", "{\"a\":{\"b\":[{\"c\":\"2\"},\"1\"]}}"},
		{true, "a=1&a[]=2", "{\"a\":[\"1\",\"2\"]}"},
		{false, "a[b]=1&a=2", "{\"a[b]\":\"1\",\"a\":\"2\"}"},
		{false, "a=2&a[b]=1", "{\"a\":\"2\",\"a[b]\":\"1\"}"},
		{false, "a[]=1&a[b]=2", "{\"a[]\":\"1\",\"a[b]\":\"2\"}"},
		{false, "a[1]=x&a[0]=y", "{\"a[1]\":\"x\",\"a[0]\":\"y\"}"},
		{false, "a[]=1&a[0]=2", "{\"a[]\":\"1\",\"a[0]\":\"2\"}"},
		{false, "a[101]=z", "{\"a[101]\":\"z\"}"},
		{false, "a=1&a=2&a=3", "{\"a\":[\"1\",\"2\",\"3\"]}"},
		{false, "a[b][c]=1&a[b][d]=2", "{\"a[b][c]\":\"1\",\"a[b][d]\":\"2\"}"},
		{false, "a[0][b]=1&a[0][c]=2&a[1][b]=3", "{\"a[0][b]\":\"1\",\"a[0][c]\":\"2\",\"a[1][b]\":\"3\"}"},
		{false, "a%5Bb%5D=1", "{\"a[b]\":\"1\"}"},
		{false, "a[b]=1&a[b]=2", "{\"a[b]\":[\"1\",\"2\"]}"},
		{false, "x=%E2%9C%93&y=a+b&z=%zz", "{\"x\":\"\u2713\",\"y\":\"a b\",\"z\":\"%zz\"}"},
		{false, "a&b=&=c", "{\"a\":\"\",\"b\":\"\"}"},
		{false, "a[][b]=1&a[][c]=2", "{\"a[][b]\":\"1\",\"a[][c]\":\"2\"}"},
		{false, "a[__proto__][x]=1", "{\"a[__proto__][x]\":\"1\"}"},
		{false, "a.b=1", "{\"a.b\":\"1\"}"},
		{false, "a[b=1", "{\"a[b\":\"1\"}"},
		{false, "a]b=1", "{\"a]b\":\"1\"}"},
		{false, "a[b]c=1", "{\"a[b]c\":\"1\"}"},
		{false, "[x]=1", "{\"x\":\"1\"}"},
		{false, "a[0]=1&a[2]=3", "{\"a[0]\":\"1\",\"a[2]\":\"3\"}"},
		{false, "a[b]=1&a[b][c]=2", "{\"a[b]\":\"1\",\"a[b][c]\":\"2\"}"},
		{false, "a[b][c]=2&a[b]=1", "{\"a[b][c]\":\"2\",\"a[b]\":\"1\"}"},
		{false, "a=1&a[]=2", "{\"a\":\"1\",\"a[]\":\"2\"}"},
	}
	vm := goja.New()
	stringify, _ := goja.AssertFunction(vm.Get("JSON").ToObject(vm).Get("stringify"))
	for _, c := range cases {
		count := strings.Count(c.in, "&") + 1
		o := qsOptions{depth: 0, arrayLimit: count}
		if c.extended {
			o = qsOptions{depth: 32, arrayLimit: max(100, count)}
		}
		obj, err := qsParse(c.in, o)
		got := ""
		if err != nil {
			got = "ERR " + err.Error()
		} else {
			s, _ := stringify(goja.Undefined(), qsToJS(vm, obj))
			got = s.String()
		}
		if got != c.want {
			t.Errorf("extended=%v %q:\n got %s\nwant %s", c.extended, c.in, got, c.want)
		}
	}
}

// TestQsRecorded replays the forms package form records (qs 6 with
// body-parser's options, in Node) through the adapter and goja: the objects
// plugins see must stringify as Node's do, key order included.
func TestQsRecorded(t *testing.T) {
	raw, err := os.ReadFile("../form/testdata/forms.json")
	if err != nil {
		t.Fatal(err)
	}
	var rec struct {
		Cases []struct {
			Form     string `json:"f"`
			Extended int    `json:"x"`
			Depth    int    `json:"d"`
			Limit    int    `json:"l"`
			Latin1   int    `json:"latin1"`
			Entities int    `json:"ne"`
			Err      string `json:"err"`
			Result   string `json:"r"`
		} `json:"cases"`
	}
	if err := json.Unmarshal(raw, &rec); err != nil {
		t.Fatal(err)
	}
	vm := goja.New()
	stringify, _ := goja.AssertFunction(vm.Get("JSON").ToObject(vm).Get("stringify"))
	n := 0
	for _, c := range rec.Cases {
		count := strings.Count(c.Form, "&") + 1
		if c.Err != "" && !strings.HasPrefix(c.Err, "400") || c.Form == "" {
			continue // the parameter count and the empty body are body.go's
		}
		arrayLimit := count
		if c.Extended == 1 {
			arrayLimit = max(100, count)
		}
		obj, err := qsParse(c.Form, qsOptions{depth: c.Depth, arrayLimit: arrayLimit, latin1: c.Latin1 == 1, numericEntities: c.Entities == 1})
		got := ""
		if err != nil {
			got = "400 " + err.Error()
		} else {
			s, _ := stringify(goja.Undefined(), qsToJS(vm, obj))
			got = s.String()
		}
		want := c.Result
		if c.Err != "" {
			want = c.Err
		}
		if got != want {
			t.Errorf("%q (extended=%d depth=%d latin1=%d):\n got %s\nwant %s", c.Form, c.Extended, c.Depth, c.Latin1, got, want)
		}
		n++
	}
	if n < 3000 {
		t.Errorf("only %d recorded forms replayed", n)
	}
}
