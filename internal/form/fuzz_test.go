package form

import "testing"

// FuzzParse parses any body with any options: it fails only with ErrDepth,
// and what it returns is complete (every list without holes, every key of an
// object with a value).
func FuzzParse(f *testing.F) {
	for _, s := range []string{"a=1&a=2", "a[b]=1&a=2", "a[0]=x&a[2]=y", "a[b][c][d]=1", "%5Ba%5D=1", "a=%E9",
		"=&&=x", "a[]=1&a[]=2", "a[__proto__]=1", "a[102]=1&a=x", "a=y&a[99]=x", "a[[b]]=1", "a[b=1", "a]=b"} {
		f.Add(s, uint8(5), uint8(100), false)
	}
	f.Fuzz(func(t *testing.T, body string, depth, arrayLimit uint8, latin1 bool) {
		obj, err := Parse(body, Options{Depth: int(depth % 40), ArrayLimit: int(arrayLimit), Latin1: latin1, NumericEntities: latin1})
		if err != nil {
			if err != ErrDepth {
				t.Fatalf("Parse(%q): %v", body, err)
			}
			return
		}
		var check func(v Value)
		check = func(v Value) {
			switch x := v.(type) {
			case string:
			case *List:
				for i, e := range x.entries {
					if e.i != i || e.v == nil {
						t.Fatalf("Parse(%q): a list with a hole at %d", body, i)
					}
					check(e.v)
				}
			case *Object:
				keys := x.Keys()
				if len(keys) != x.Len() {
					t.Fatalf("Parse(%q): %d keys for %d values", body, len(keys), x.Len())
				}
				for _, k := range keys {
					check(x.Get(k))
				}
			default:
				t.Fatalf("Parse(%q): a %T in the result", body, v)
			}
		}
		check(obj)
	})
}
