package express

import (
	"strings"
	"testing"
)

// The runtime's memo of its last body's tag answers as weakETag does, for a
// body seen again, a new one, bytes, and a body too large to remember.
func TestETagMemo(t *testing.T) {
	rt := &Runtime{}
	big := strings.Repeat("x", etagMemoMax+1)
	for i, c := range []struct {
		body string
		bin  []byte
	}{
		{"Hello, world!", nil}, {"Hello, world!", nil}, {"", nil}, {"Hello, world!", nil},
		{"", []byte("Hello, world!")}, {"Hello, world?", nil}, {big, nil}, {big, nil}, {"Hello, world?", nil},
	} {
		var scratch []byte
		if got, want := rt.etag(c.body, c.bin), weakETag(c.body, c.bin, &scratch); got != want {
			t.Errorf("case %d: tag %s, want %s", i, got, want)
		}
	}
	if rt.etagBody != "Hello, world?" {
		t.Errorf("the memo holds %q, want the last small string body", rt.etagBody)
	}
}
