package pathsyntax

import "testing"

// BenchmarkMatch matches the kinds of route paths plugins register: the
// segment fast path (hits and misses) and the general search.
func BenchmarkMatch(b *testing.B) {
	for _, c := range []struct{ pattern, path string }{
		{"/hello", "/hello"},
		{"/users/:id/posts/:post", "/users/42/posts/7"},
		{"/users/:id/posts/:post", "/users/42/comments/7"},
		{"/files/*path", "/files/a/b/c.txt"},
		{"/:file.:ext", "/archive.tar.gz"},
		{"/docs{/:section}{/:page}", "/docs/api/match"},
	} {
		p, err := Compile(c.pattern, Options{})
		if err != nil {
			b.Fatal(err)
		}
		b.Run(c.pattern+" "+c.path, func(b *testing.B) {
			caps := make([]Capture, 0, 4)
			b.ReportAllocs()
			for b.Loop() {
				_, caps, _ = p.Match(c.path, caps[:0])
			}
		})
	}
}
