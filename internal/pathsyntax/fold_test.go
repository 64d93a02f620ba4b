package pathsyntax

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// TestFoldAgreesWithJavaScript checks jsFold for every code unit of the
// Basic Multilingual Plane against Node's RegExp canonical forms, recorded
// by conformance/gen-fold.mjs.
func TestFoldAgreesWithJavaScript(t *testing.T) {
	f, err := os.Open("testdata/fold.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want := map[rune]rune{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		c, k, ok := strings.Cut(sc.Text(), " ")
		cv, err1 := strconv.ParseUint(c, 16, 32)
		kv, err2 := strconv.ParseUint(k, 16, 32)
		if !ok || err1 != nil || err2 != nil {
			t.Fatalf("bad line %q", sc.Text())
		}
		want[rune(cv)] = rune(kv)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(want) < 1000 {
		t.Fatalf("only %d foldings recorded", len(want))
	}
	bad, skipped := 0, 0
	for c := rune(0); c <= 0xFFFF; c++ {
		if c >= 0xD800 && c <= 0xDFFF {
			continue
		}
		k, ok := want[c]
		if !ok {
			k = c
		}
		if !unicode.IsGraphic(c) || !unicode.IsGraphic(k) {
			// Node 20's Unicode is newer than Go's: letters it added
			// (U+A7DC, the upper case of U+019B, in Unicode 16) fold in
			// Node only.
			if ok {
				skipped++
			}
			continue
		}
		if got := jsFold(c); got != k {
			if bad++; bad <= 20 {
				t.Errorf("jsFold(U+%04X) = U+%04X, JavaScript folds it to U+%04X", c, got, k)
			}
		}
	}
	if bad > 20 {
		t.Errorf("... %d code units in all", bad)
	}
	if skipped > 16 {
		t.Errorf("%d code units unknown to Go's Unicode %s: more than a version's additions", skipped, unicode.Version)
	}
}
