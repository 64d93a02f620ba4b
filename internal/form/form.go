// Package form parses application/x-www-form-urlencoded bodies into nested
// values, as Express 5's express.urlencoded() does (body-parser 2 over the
// qs package, with the options body-parser passes). It was written from the
// parser's observed behaviour, recorded in Node into testdata/forms.json.
//
// # Pairs
//
// In the whole body, "%5B" and "%5D" (any case) first become "[" and "]".
// The body is then split at every "&". A pair's key ends at its first "="
// or, when the pair contains "]=", at the "=" of the first "]=" (so a
// bracketed key may hold "="). A pair without "=" has the value "". Keys and
// values are then decoded: "+" is a space; with UTF-8, percent-escapes are
// decoded all at once and, if any of them is malformed or not UTF-8, none
// is; with Latin-1, every "%" and two hex digits is the byte of that code
// point. Pairs with an empty key are dropped. A key that occurs again turns
// its value into the list of all its values, in order.
//
// # Keys
//
// With Options.Depth 0 a key is taken as it is, except that a key wrapped in
// one pair of brackets loses them. Otherwise a key is a parent (the text
// before its first "[") and up to Depth bracket groups; a group runs from a
// "[" to the "]" that balances it, and text between groups is ignored. A
// group left open takes the rest of the key. A key with more groups than
// Depth is an error (ErrDepth), as strictDepth makes it in Express.
//
// # Building the value
//
// Each distinct key makes a value from its path, innermost first: "[]"
// makes a list of the value (of its items, when the value is already a list;
// the value itself when it is a spilling object); "[n]", n written canonically and below
// Options.ArrayLimit, makes a list holding the value at index n and holes
// before it; "[__proto__]" makes an empty object; any other group (or the
// parent) makes an object with one key. "[n]" with n at or above the limit
// also makes an object with one key, but one that remembers n as the last
// index of a list: it spills (see below).
//
// The keys are taken in JavaScript's order of an object's keys (array
// indices first, ascending). Each key's value is merged into the result:
//
//   - an empty string merges into anything without changing it;
//   - a string meets a list: it is appended; meets a spilling object: it
//     goes to the index after the last; meets a string or another object:
//     both become a list of the two;
//   - a list or object meets a string: a list of the string followed by the
//     list's items (or by the object); when that list would be longer than
//     the limit, or the object spills, it is a spilling object instead, the
//     string at "0" and every index one higher;
//   - a list meets a list: each item goes to the same index when that index
//     is a hole, is merged with the item there when both are lists or
//     objects, and is appended otherwise;
//   - a list meets an object: the list first becomes an object keyed by its
//     indices;
//   - an object meets a list or an object: key by key, merged where the key
//     exists, added where it does not; it spills if either did.
//
// Finally the holes of every list are removed. Object keys are ordered as
// JavaScript orders them: array indices ascending, then the rest in the
// order they were added.
package form

import (
	"errors"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// Options are the parser's options, as body-parser derives them.
type Options struct {
	// Depth is how many bracket groups of a key nest (extended: 32 unless
	// configured); 0 takes keys as they are (extended: false).
	Depth int
	// ArrayLimit bounds list indices: "[n]" with n at or above it is an
	// object key. body-parser uses the number of pairs, at least 100 when
	// extended.
	ArrayLimit int
	// Latin1 decodes percent-escapes as ISO-8859-1 bytes instead of UTF-8.
	Latin1 bool
	// NumericEntities, with Latin1, reads "&#n;" in values (decimal n) as
	// the character n, as browsers send what Latin-1 cannot hold
	// (urlencoded's interpretNumericEntities). n beyond U+10FFFF is taken
	// modulo 2¹⁶, as JavaScript's String.fromCharCode takes it; a lone
	// surrogate, which a Go string cannot hold, becomes U+FFFD.
	NumericEntities bool
}

// ErrDepth is a key with more bracket groups than Options.Depth; its text is
// body-parser's message.
//
//lint:ignore ST1005 body-parser's own message, which plugins may match
var ErrDepth = errors.New("The input exceeded the depth")

// Parse parses a form body into an object.
func Parse(body string, o Options) (*Object, error) {
	pairs := readPairs(body, o.Latin1, o.Latin1 && o.NumericEntities)
	var result Value = newObject()
	for _, k := range pairs.Keys() { // in JavaScript's order of keys
		if k == "" {
			continue
		}
		path, err := splitKey(k, o.Depth)
		if err != nil {
			return nil, err
		}
		result = merge(result, build(path, pairs.vals[k], o.ArrayLimit), o.ArrayLimit)
	}
	compact(result)
	if obj, ok := result.(*Object); ok {
		return obj, nil
	}
	return newObject(), nil
}

// readPairs splits and decodes the body: an object of the distinct keys,
// the value of each a string, or a *List of strings for a repeated key.
func readPairs(body string, latin1, entities bool) *Object {
	body = replaceFold(replaceFold(body, "%5B", "["), "%5D", "]")
	pairs := newObject()
	for {
		part, rest, more := strings.Cut(body, "&")
		eq := strings.Index(part, "]=")
		if eq >= 0 {
			eq++
		} else {
			eq = strings.IndexByte(part, '=')
		}
		var k, v string
		if eq < 0 {
			k = decode(part, latin1)
		} else {
			k, v = decode(part[:eq], latin1), decode(part[eq+1:], latin1)
			if entities {
				v = numericEntities(v)
			}
		}
		switch prev := pairs.vals[k].(type) {
		case nil:
			pairs.set(k, v)
		case *List:
			prev.push(v)
		default:
			pairs.set(k, pair(prev, v))
		}
		if !more {
			return pairs
		}
		body = rest
	}
}

// decode decodes a key or value (see the package documentation).
func decode(s string, latin1 bool) string {
	s = strings.ReplaceAll(s, "+", " ")
	if strings.IndexByte(s, '%') < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		if s[i] != '%' {
			b.WriteByte(s[i])
			i++
			continue
		}
		if latin1 {
			if i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
				b.WriteRune(rune(unhex(s[i+1])<<4 | unhex(s[i+2])))
				i += 3
			} else {
				b.WriteByte('%')
				i++
			}
			continue
		}
		// UTF-8: a run of escapes must be well formed and decode to whole
		// characters, or nothing at all is decoded.
		run := b.Len()
		for i < len(s) && s[i] == '%' {
			if i+2 >= len(s) || !isHex(s[i+1]) || !isHex(s[i+2]) {
				return s
			}
			b.WriteByte(unhex(s[i+1])<<4 | unhex(s[i+2]))
			i += 3
		}
		if !utf8.ValidString(b.String()[run:]) {
			return s
		}
	}
	return b.String()
}

// numericEntities replaces every "&#" digits ";" with its character.
func numericEntities(s string) string {
	if !strings.Contains(s, "&#") {
		return s
	}
	var units []uint16
	for i := 0; i < len(s); {
		if strings.HasPrefix(s[i:], "&#") {
			j := i + 2
			for j < len(s) && '0' <= s[j] && s[j] <= '9' {
				j++
			}
			if j > i+2 && j < len(s) && s[j] == ';' {
				units = appendEntity(units, s[i+2:j])
				i = j + 1
				continue
			}
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		units = utf16.AppendRune(units, r)
		i += w
	}
	return string(utf16.Decode(units))
}

// appendEntity appends the UTF-16 code units of entity number digits.
func appendEntity(units []uint16, digits string) []uint16 {
	n, err := strconv.ParseFloat(digits, 64)
	if err == nil && n >= 0x10000 && n <= unicode.MaxRune {
		return utf16.AppendRune(units, rune(n))
	}
	if err != nil || math.IsInf(n, 0) {
		return append(units, 0)
	}
	return append(units, uint16(math.Mod(n, 1<<16)))
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

// replaceFold replaces every occurrence of the ASCII text old, in any case.
func replaceFold(s, old, repl string) string {
	i := indexFold(s, old)
	if i < 0 {
		return s
	}
	var b strings.Builder
	for i >= 0 {
		b.WriteString(s[:i])
		b.WriteString(repl)
		s = s[i+len(old):]
		i = indexFold(s, old)
	}
	b.WriteString(s)
	return b.String()
}

func indexFold(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}
