package plugmux

import (
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/go-sourcemap/sourcemap"
)

// stripSourcesWhole is the plain definition of sourceMapOfURLs: decode the
// whole map, strip esbuild's namespace from each source, encode it again.
func stripSourcesWhole(m []byte) (map[string]any, bool) {
	var sm map[string]any
	if json.Unmarshal(m, &sm) != nil {
		return nil, false
	}
	srcs, ok := sm["sources"].([]any)
	if !ok {
		return sm, true
	}
	for i, s := range srcs {
		str, ok := s.(string)
		if !ok {
			return nil, false
		}
		srcs[i] = strings.TrimPrefix(str, urlNamespace+":")
	}
	return sm, true
}

// TestSourceMapOfURLsAgreesWithDecodingTheWholeMap compares the splice of
// the sources array with the whole-map definition on generated maps: keys
// in any order, escapes, nested values, white space, and maps that are not
// JSON, which must stay unreadable.
func TestSourceMapOfURLsAgreesWithDecodingTheWholeMap(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 14))
	strs := []string{"url:https://h/a.js", "url:http://h/b/c.ts?x=1", "https://h/plain.js", "url:", "u\u00e9\\\"q", "url:url:x", "", "</script>"}
	values := []string{`3`, `"AAAA;CAAC"`, `[]`, `["a","b"]`, `{"x":[1,{"y":null}]}`, `null`, `true`, `"\u2028"`}
	randomSources := func() string {
		parts := make([]string, rng.IntN(4))
		for i := range parts {
			b, _ := json.Marshal(strs[rng.IntN(len(strs))])
			parts[i] = string(b)
		}
		return "[" + strings.Join(parts, ","+strings.Repeat(" ", rng.IntN(2))) + "]"
	}
	changed, kept := 0, 0
	for n := range 5000 {
		keys := []string{`"version"`, `"mappings"`, `"names"`, `"sourceRoot"`}
		rng.Shuffle(len(keys), func(i, j int) { keys[i], keys[j] = keys[j], keys[i] })
		keys = keys[:rng.IntN(len(keys)+1)]
		members := make([]string, 0, len(keys)+1)
		for _, k := range keys {
			members = append(members, k+":"+values[rng.IntN(len(values))])
		}
		if rng.IntN(8) > 0 {
			at := rng.IntN(len(members) + 1)
			members = append(members[:at], append([]string{`"sources"` + strings.Repeat(" ", rng.IntN(2)) + ":" + randomSources()}, members[at:]...)...)
		}
		doc := "{" + strings.Join(members, ",") + "}"
		switch rng.IntN(10) {
		case 0:
			doc = doc[:rng.IntN(len(doc))] // cut short
		case 1:
			doc = `{"sources":[1,"url:x"],"version":3}` // not strings
		case 2:
			doc = " \n" + doc + "\n"
		}
		got := sourceMapOfURLs([]byte(doc))
		want, ok := stripSourcesWhole([]byte(doc))
		if !ok {
			// only esbuild's maps come here; one that is not JSON must stay
			// unreadable, so that goja has no map either way
			if json.Valid(got) && string(got) != doc {
				t.Fatalf("case %d %q: a map it cannot read came back readable: %q", n, doc, got)
			}
			kept++
			continue
		}
		var have map[string]any
		if err := json.Unmarshal(got, &have); err != nil {
			t.Fatalf("case %d %q: %q is not JSON: %v", n, doc, got, err)
		}
		// mappings that follow the sources have their columns moved
		// (TestOneBasedColumnsAsGojaReadsThem); others are kept
		if hm, wm := have["mappings"], want["mappings"]; !reflect.DeepEqual(hm, wm) {
			if ws, ok := wm.(string); !ok || hm != string(oneBasedColumns([]byte(ws))) {
				t.Fatalf("case %d %q: mappings %v, want %v or its columns moved", n, doc, hm, wm)
			}
			delete(have, "mappings")
			delete(want, "mappings")
		}
		if !reflect.DeepEqual(have, want) {
			t.Fatalf("case %d %q: got %q, want %v", n, doc, got, want)
		}
		if string(got) != doc {
			changed++
		}
	}
	if changed < 1000 || kept < 500 {
		t.Errorf("too few cases of each kind: %d maps changed, %d unreadable kept", changed, kept)
	}
	if sourceMapOfURLs(nil) != nil {
		t.Error("no map must stay no map")
	}
}

// TestOneBasedColumnsAsGojaReadsThem checks the rewritten mappings with
// the source map reader goja uses: goja asks it for a column counted from
// one (the original map's column plus one) and reports the original column
// it answers as is, so the rewritten map must answer, there, the original
// map's answer with its column plus one. The maps are generated: segments
// of one to five fields, lines without segments, columns going back and
// forth between sources.
func TestOneBasedColumnsAsGojaReadsThem(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 9))
	for n := range 300 {
		var m []byte
		var src, srcLine, srcCol int
		sourced := false
		lines := 1 + rng.IntN(8)
		for l := range lines {
			if l > 0 {
				m = append(m, ';')
			}
			for s := range rng.IntN(6) {
				if s > 0 {
					m = append(m, ',')
				}
				m = appendVLQ(m, 1+rng.IntN(9)) // generated column, forward
				if sourced && rng.IntN(6) == 0 {
					// a segment without a source (not first: before any
					// segment with one, the reader answers its initial
					// state, column 0, for them, which nothing moves)
					continue
				}
				// deltas that keep the source index, the original line and
				// column of a valid map (in range, not negative)
				step := func(cur *int, lo, hi int) int {
					next := lo + rng.IntN(hi-lo+1)
					d := next - *cur
					*cur = next
					return d
				}
				m = appendVLQ(m, step(&src, 0, 4))
				m = appendVLQ(m, step(&srcLine, 0, 6))
				m = appendVLQ(m, step(&srcCol, 0, 30))
				sourced = true
				if rng.IntN(3) == 0 {
					m = appendVLQ(m, 0) // a name
				}
			}
		}
		doc := func(mappings []byte) []byte {
			return []byte(`{"version":3,"sources":["a.js","b.js","c.js","d.js","e.js"],"names":["x"],"mappings":"` + string(mappings) + `"}`)
		}
		if !sourced {
			continue // no mappings: nothing to read
		}
		rewritten := oneBasedColumns(m)
		if rewritten == nil {
			t.Fatalf("map %d %q: not decoded", n, m)
		}
		before, err1 := sourcemap.Parse("", doc(m))
		after, err2 := sourcemap.Parse("", doc(rewritten))
		if err1 != nil || err2 != nil {
			t.Fatalf("map %d %q / %q: %v %v", n, m, rewritten, err1, err2)
		}
		for line := 1; line <= lines; line++ {
			for col := 0; col < 60; col++ {
				s1, _, l1, c1, ok1 := before.Source(line, col)
				s2, _, l2, c2, ok2 := after.Source(line, col+1)
				if ok1 != ok2 || s1 != s2 || l1 != l2 || ok1 && c2 != c1+1 {
					t.Fatalf("map %d %q, rewritten %q, at %d:%d: %v %s:%d:%d before, %v %s:%d:%d after",
						n, m, rewritten, line, col, ok1, s1, l1, c1, ok2, s2, l2, c2)
				}
			}
		}
	}
	if oneBasedColumns([]byte("!AAA,AAAA")) != nil || oneBasedColumns([]byte("g")) != nil {
		t.Error("mappings that do not decode must be left alone")
	}
}
