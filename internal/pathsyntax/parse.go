package pathsyntax

import (
	"fmt"
	"strings"
	"unicode"
)

// kind is what a node of a parsed pattern is.
type kind uint8

const (
	kindText     kind = iota // literal text, escapes resolved
	kindParam                // :name
	kindWildcard             // *name
	kindOptional             // {…}
)

// node is one piece of a parsed pattern: text, a named capture, or an
// optional group of nodes.
type node struct {
	kind  kind
	text  string // the text, or the capture's name
	group []node // kindOptional
}

// SyntaxError is a route path that Express refuses when it is registered.
// Its message reads as Express's own, which plugins may show or match.
type SyntaxError struct {
	Pattern string // the path as matched: trailing slashes already dropped unless strict
	Problem string // for example `Unexpected ( at index 3`
}

func (e *SyntaxError) Error() string {
	return e.Problem + ": " + e.Pattern + "; visit https://git.new/pathToRegexpError for info"
}

// reader walks a pattern by code point: indices in messages count code
// points, as Express reports them.
type reader struct {
	src string
	rs  []rune
	at  int
}

func (r *reader) fail(format string, args ...any) error {
	return &SyntaxError{Pattern: r.src, Problem: fmt.Sprintf(format, args...)}
}

// parse reads the route path grammar:
//
//	pattern  = { piece }
//	piece    = text | "\" any | ":" name | "*" name | "{" pattern "}"
//	name     = identifier | '"' { char | "\" any } '"'
//
// The characters ( ) [ ] ? + ! are reserved, and so is a "}" that closes
// nothing: each is an error where it stands. So are a "\" at the end, a
// quote left open (reported where it opened), an empty name (reported just
// after it) and a group left open (reported at the end).
func parse(src string) ([]node, error) {
	r := &reader{src: src, rs: []rune(src)}
	return r.pieces(false)
}

func (r *reader) pieces(inGroup bool) ([]node, error) {
	var out []node
	var text strings.Builder
	flush := func() {
		if text.Len() > 0 {
			out = append(out, node{kind: kindText, text: text.String()})
			text.Reset()
		}
	}
	for r.at < len(r.rs) {
		c := r.rs[r.at]
		switch c {
		case '\\':
			if r.at+1 == len(r.rs) {
				return nil, r.fail("Unexpected end after \\ at index %d", r.at+1)
			}
			text.WriteRune(r.rs[r.at+1])
			r.at += 2
		case ':', '*':
			r.at++
			name, err := r.name()
			if err != nil {
				return nil, err
			}
			flush()
			k := kindParam
			if c == '*' {
				k = kindWildcard
			}
			out = append(out, node{kind: k, text: name})
		case '{':
			r.at++
			flush()
			g, err := r.pieces(true)
			if err != nil {
				return nil, err
			}
			out = append(out, node{kind: kindOptional, group: g})
		case '}':
			if !inGroup {
				return nil, r.fail("Unexpected } at index %d", r.at)
			}
			r.at++
			flush()
			return out, nil
		case '(', ')', '[', ']', '?', '+', '!':
			return nil, r.fail("Unexpected %c at index %d", c, r.at)
		default:
			text.WriteRune(c)
			r.at++
		}
	}
	if inGroup {
		return nil, r.fail("Unexpected end at index %d, expected }", r.at)
	}
	flush()
	return out, nil
}

// name reads a capture's name after its ":" or "*".
func (r *reader) name() (string, error) {
	var b strings.Builder
	if r.at < len(r.rs) && r.rs[r.at] == '"' {
		open := r.at
		r.at++
		for {
			if r.at >= len(r.rs) {
				return "", r.fail("Unterminated quote at index %d", open)
			}
			c := r.rs[r.at]
			r.at++
			if c == '"' {
				break
			}
			if c == '\\' {
				if r.at >= len(r.rs) {
					return "", r.fail("Unterminated quote at index %d", open)
				}
				c = r.rs[r.at]
				r.at++
			}
			b.WriteRune(c)
		}
	} else if r.at < len(r.rs) && identStart(r.rs[r.at]) {
		for r.at < len(r.rs) && identPart(r.rs[r.at]) {
			b.WriteRune(r.rs[r.at])
			r.at++
		}
	}
	if b.Len() == 0 {
		return "", r.fail("Missing parameter name at index %d", r.at)
	}
	return b.String(), nil
}

// identStart and identPart are JavaScript's identifier characters.
func identStart(c rune) bool {
	return c == '$' || c == '_' || unicode.IsLetter(c) || unicode.In(c, unicode.Nl, unicode.Other_ID_Start)
}

func identPart(c rune) bool {
	return identStart(c) || c == '\u200c' || c == '\u200d' ||
		unicode.In(c, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc, unicode.Other_ID_Continue)
}
