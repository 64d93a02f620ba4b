package pathsyntax

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/language"
)

// Match matches a raw (percent-encoded) path. It returns how many bytes of
// the path the match spans (all of it for a route, the matched prefix for a
// mount path, with the one trailing slash it may have taken) and the
// captures, appended to dst in the order they appear in the pattern.
func (p *Pattern) Match(path string, dst []Capture) (n int, caps []Capture, ok bool) {
	switch {
	case p.matchAll:
		return 0, dst, true
	case p.segmented:
		return p.matchSegments(path, dst)
	}
	var failed []uint64 // shared by the readings, cleared between them
	var small [4]uint64 // the table of short paths
	for i := range p.readings {
		r := &p.readings[i]
		var spanBuf [8][2]int
		s := search{p: p, path: path, pieces: r.pieces, spans: spanBuf[:0]}
		if r.captures > len(spanBuf) {
			s.spans = make([][2]int, 0, r.captures)
		}
		s.spans = s.spans[:r.captures]
		if r.captures >= 2 {
			// Only with two captures can the search come back to a state.
			if failed == nil {
				if words := (p.maxCaptures*(len(path)+1) + 63) / 64; words <= len(small) {
					failed = small[:words]
				} else {
					failed = make([]uint64, words)
				}
			} else {
				clear(failed)
			}
			s.failed = failed
		}
		if !s.from(0, 0, 0) {
			continue
		}
		k := 0
		for _, pc := range r.pieces {
			if pc.capture {
				sp := s.spans[k]
				dst = append(dst, Capture{Name: pc.text, Raw: path[sp[0]:sp[1]], Wildcard: pc.wild})
				k++
			}
		}
		return s.end, dst, true
	}
	return 0, dst, false
}

// search is one reading matched against one path.
type search struct {
	p      *Pattern
	path   string
	pieces []piece
	spans  [][2]int // each capture's extent once matched
	failed []uint64 // (capture, position) states known to fail; nil when no state can repeat
	end    int
}

// from reports whether pieces[i:] match the path from pos; capture k is the
// next capture's index.
func (s *search) from(i, pos, k int) bool {
	if i == len(s.pieces) {
		return s.finish(pos)
	}
	pc := &s.pieces[i]
	if !pc.capture {
		n, ok := s.literalAt(pos, pc.text)
		return ok && s.from(i+1, pos+n, k)
	}
	// Every way back to an earlier choice passes through a capture: a
	// capture that failed from a position fails from it again.
	state := k*(len(s.path)+1) + pos
	if s.failed != nil && s.failed[state/64]&(1<<(state%64)) != 0 {
		return false
	}
	if s.capture(pc, i, pos, k) {
		return true
	}
	if s.failed != nil {
		s.failed[state/64] |= 1 << (state % 64)
	}
	return false
}

// capture tries every extent a capture may take at pos, longest first, then
// its alternative.
func (s *search) capture(pc *piece, i, pos, k int) bool {
	try := func(end int) bool {
		if s.from(i+1, end, k+1) {
			s.spans[k] = [2]int{pos, end}
			return true
		}
		return false
	}
	for end := s.reach(pos, pc.noSlash, pc.stopAt); end > pos; end = runeBefore(s.path, end) {
		if try(end) {
			return true
		}
	}
	if pc.orExactly != "" {
		if n, ok := s.literalAt(pos, pc.orExactly); ok && try(pos+n) {
			return true
		}
	}
	if pc.orSegment {
		for end := s.reach(pos, true, ""); end > pos; end = runeBefore(s.path, end) {
			if try(end) {
				return true
			}
		}
	}
	return false
}

// reach is how far a value starting at pos may extend.
func (s *search) reach(pos int, noSlash bool, stopAt string) int {
	if stopAt == "" {
		if !noSlash {
			return len(s.path)
		}
		if i := strings.IndexByte(s.path[pos:], '/'); i >= 0 {
			return pos + i
		}
		return len(s.path)
	}
	for i := pos; i < len(s.path); {
		if noSlash && s.path[i] == '/' {
			return i
		}
		if stopAt != "" {
			if _, ok := s.literalAt(i, stopAt); ok {
				return i
			}
		}
		_, w := utf8.DecodeRuneInString(s.path[i:])
		i += w
	}
	return len(s.path)
}

// finish checks what may follow a match: one more slash at the very end
// unless strict, then the end of the path (a route) or of a segment (a
// mount path).
func (s *search) finish(pos int) bool {
	rest := s.path[pos:]
	switch {
	case !s.p.opts.Strict && rest == "/":
		s.end = len(s.path)
	case rest == "" || s.p.opts.Prefix && rest[0] == '/':
		s.end = pos
	default:
		return false
	}
	return true
}

// literalAt reports whether text occurs in the path at pos, and how many
// bytes of the path it spans.
func (s *search) literalAt(pos int, text string) (int, bool) {
	return prefixOf(s.path[pos:], text, s.p.opts.CaseSensitive)
}

func prefixOf(path, text string, caseSensitive bool) (int, bool) {
	if caseSensitive {
		return len(text), strings.HasPrefix(path, text)
	}
	i := 0
	for j := 0; j < len(text); {
		if i >= len(path) {
			return 0, false
		}
		a, b := path[i], text[j]
		if a < utf8.RuneSelf && b < utf8.RuneSelf {
			if a != b && upperASCII(a) != upperASCII(b) {
				return 0, false
			}
			i++
			j++
			continue
		}
		ra, wa := utf8.DecodeRuneInString(path[i:])
		rb, wb := utf8.DecodeRuneInString(text[j:])
		if ra != rb && (ra == utf8.RuneError && wa == 1 || jsFold(ra) != jsFold(rb)) {
			return 0, false
		}
		i += wa
		j += wb
	}
	return i, true
}

func upperASCII(c byte) byte {
	if 'a' <= c && c <= 'z' {
		return c - 'a' + 'A'
	}
	return c
}

// jsFold is the case folding of a JavaScript RegExp with the i flag and
// without u (ECMAScript's Canonicalize): upper case when that is one code
// unit, except that nothing outside ASCII folds into ASCII, and code
// points beyond the 16-bit range (two code units) never fold. Go's
// unicode.ToUpper is the simple mapping; where the full mapping that
// toUpperCase uses is longer (ᾀ's is "ἈΙ"), the code unit stays itself.
func jsFold(c rune) rune {
	if c < utf8.RuneSelf {
		return rune(upperASCII(byte(c)))
	}
	if c > 0xFFFF {
		return c
	}
	u := unicode.ToUpper(c)
	if u == c || u < utf8.RuneSelf || u > 0xFFFF || upperIsLonger()[c] {
		return c
	}
	return u
}

// upperIsLonger is the set of code units of the Basic Multilingual Plane
// with a simple upper-case mapping whose full mapping (Unicode's
// SpecialCasing) is more than one code unit. Built on first use, from
// golang.org/x/text's case tables; read-only afterwards.
var upperIsLonger = sync.OnceValue(func() map[rune]bool {
	upper := cases.Upper(language.Und)
	m := map[rune]bool{}
	for c := rune(utf8.RuneSelf); c <= 0xFFFF; c++ {
		if unicode.ToUpper(c) == c || utf16.IsSurrogate(c) {
			continue
		}
		if s := upper.String(string(c)); utf8.RuneCountInString(s) != 1 || utf16.RuneLen([]rune(s)[0]) != 1 {
			m[c] = true
		}
	}
	return m
})

func runeBefore(s string, end int) int {
	_, w := utf8.DecodeLastRuneInString(s[:end])
	return end - w
}

// matchSegments is Match for segment patterns: one pass, no allocation.
func (p *Pattern) matchSegments(path string, dst []Capture) (int, []Capture, bool) {
	keep := len(dst)
	pos := 0
	for _, sg := range p.segments {
		if pos >= len(path) || path[pos] != '/' {
			return 0, dst[:keep], false
		}
		start := pos + 1
		end := strings.IndexByte(path[start:], '/')
		if end < 0 {
			end = len(path)
		} else {
			end += start
		}
		seg := path[start:end]
		if sg.Param {
			if seg == "" {
				return 0, dst[:keep], false
			}
			dst = append(dst, Capture{Name: sg.Text, Raw: seg})
		} else if !p.segmentIs(seg, sg.Text) {
			return 0, dst[:keep], false
		}
		pos = end
	}
	rest := path[pos:]
	switch {
	case !p.opts.Strict && rest == "/":
		return len(path), dst, true
	case rest == "" || p.opts.Prefix && rest[0] == '/':
		return pos, dst, true
	}
	return 0, dst[:keep], false
}

// segmentIs compares a segment of the path with a literal segment.
func (p *Pattern) segmentIs(seg, text string) bool {
	if p.opts.CaseSensitive {
		return seg == text
	}
	if len(seg) == len(text) {
		i := 0
		for ; i < len(seg); i++ {
			a, b := seg[i], text[i]
			if a >= utf8.RuneSelf || b >= utf8.RuneSelf {
				break
			}
			if a != b && upperASCII(a) != upperASCII(b) {
				return false
			}
		}
		if i == len(seg) {
			return true
		}
	}
	n, ok := prefixOf(seg, text, false)
	return ok && n == len(seg)
}

// DecodeComponent decodes percent-escapes as JavaScript's
// decodeURIComponent does; ok is false where it would throw: a "%" without
// two hex digits after it, or escaped bytes that are not UTF-8.
func DecodeComponent(s string) (string, bool) {
	if strings.IndexByte(s, '%') < 0 {
		return s, true
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		if s[i] != '%' {
			b.WriteByte(s[i])
			i++
			continue
		}
		// a run of escapes must decode to whole UTF-8 characters
		run := b.Len()
		for i < len(s) && s[i] == '%' {
			if i+2 >= len(s) || !isHex(s[i+1]) || !isHex(s[i+2]) {
				return "", false
			}
			b.WriteByte(unhex(s[i+1])<<4 | unhex(s[i+2]))
			i += 3
		}
		if !utf8.ValidString(b.String()[run:]) {
			return "", false
		}
	}
	return b.String(), true
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case c >= 'a':
		return c - 'a' + 10
	case c >= 'A':
		return c - 'A' + 10
	}
	return c - '0'
}
