package express

import (
	"strings"
	"testing"
)

// Expectations from the encodeurl and content-disposition packages that
// Express 5.3.0 uses, run in Node (conformance/node_modules).
func TestLocationEncoding(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"/a b", "/a%20b"},
		{"/caf\u00e9?x=1&y=\"2\"", "/caf%C3%A9?x=1&y=%222%22"},
		{"/100%", "/100%25"},
		{"/%41%zz%%41", "/%41%25zz%25%41"},
		{"/<script>`{}|^\\", "/%3Cscript%3E%60%7B%7D|^\\"},
		{"/😀", "/%F0%9F%98%80"},
		{"/lone\xed\xa0\x80x", "/lone%EF%BF%BDx"},
		{"http://h/p#frag 1", "http://h/p#frag%201"},
	} {
		// JavaScript strings reach Go through goja, which turns a lone
		// surrogate into U+FFFD; do the same for the table's input.
		in := strings.ToValidUTF8(c.in, "\uFFFD")
		if got := encodeLocation(in); got != c.want {
			t.Errorf("encodeLocation(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
