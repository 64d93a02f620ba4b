package memtune

import "testing"

func TestAnonRW(t *testing.T) {
	for _, c := range []struct {
		line   string
		lo, hi uintptr
		ok     bool
	}{
		{"2e620f400000-2e6228800000 rw-p 00000000 00:00 0 ", 0x2e620f400000, 0x2e6228800000, true},
		{"7ffdc66ce000-7ffdc66ef000 rw-p 00000000 00:00 0                          [stack]", 0, 0, false},
		{"0059d000-005d3000 r--p 00000000 00:00 0 ", 0, 0, false},
		{"00400000-0059d000 rw-p 00000000 08:01 1234 /usr/bin/x", 0, 0, false},
		{"zz-yy rw-p 00000000 00:00 0", 0, 0, false},
	} {
		lo, hi, ok := anonRW([]byte(c.line))
		if lo != c.lo || hi != c.hi || ok != c.ok {
			t.Errorf("anonRW(%q) = %x, %x, %v; want %x, %x, %v", c.line, lo, hi, ok, c.lo, c.hi, c.ok)
		}
	}
}
