package plugmux

import (
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"unicode/utf8"
)

// This file holds the route path syntax of Express 5 (path-to-regexp v8):
//
//	/users/:id          named parameter: one non-empty segment part
//	/files/*path        wildcard: one or more characters, slashes included;
//	                    the parameter is an array of the segments it spans
//	/docs{/:section}    optional group
//	/a\:b               a backslash escapes a special character
//
// Matching is case-insensitive and ignores one trailing slash, as Express's
// defaults do. The characters ( ) [ ] ? + ! are reserved and rejected.
//
// A pattern made only of literal segments and whole-segment parameters is
// "simple": it matches segment by segment without a regular expression, and
// the router can index it in httprouter. Every other pattern compiles to a
// regular expression.

type tokenKind uint8

const (
	tokText tokenKind = iota
	tokParam
	tokWild
	tokGroup
)

type token struct {
	kind  tokenKind
	text  string  // tokText: literal text; tokParam, tokWild: the name
	group []token // tokGroup
}

// pathPattern is a compiled route or mount path.
type pathPattern struct {
	src   string
	names []string // parameter names, in order
	wild  []bool   // names[i] is a wildcard (its value is an array)
	end   bool     // the whole path must match (routes); else a prefix at a segment boundary (use)

	// simple patterns: one entry per segment; a param segment has isParam set.
	segs   []segment
	simple bool

	re *regexp.Regexp // non-simple patterns
}

type segment struct {
	text    string
	isParam bool
}

// param is one matched route parameter; values holds the decoded segments of
// a wildcard.
type param struct {
	name   string
	value  string
	values []string
	wild   bool
}

func parsePattern(src string, end bool) (*pathPattern, error) {
	if src == "" {
		src = "/"
	}
	if src[0] != '/' {
		return nil, fmt.Errorf("path %q must start with \"/\"", src)
	}
	toks, rest, err := parseTokens(src, 0, false)
	if err != nil {
		return nil, fmt.Errorf("path %q: %w", src, err)
	}
	if rest != len(src) {
		return nil, fmt.Errorf("path %q: unexpected \"}\" at %d", src, rest)
	}
	p := &pathPattern{src: src, end: end}
	collectNames(toks, p)
	if segs, ok := simpleSegments(toks); ok {
		p.simple, p.segs = true, segs
		return p, nil
	}
	var b strings.Builder
	b.WriteString("(?i)^")
	writeRegexp(&b, toks)
	if end {
		b.WriteString("/?$")
	}
	p.re, err = regexp.Compile(b.String())
	if err != nil {
		return nil, fmt.Errorf("path %q: %w", src, err)
	}
	return p, nil
}

func parseTokens(s string, i int, inGroup bool) ([]token, int, error) {
	var toks []token
	var text strings.Builder
	flush := func() {
		if text.Len() > 0 {
			toks = append(toks, token{kind: tokText, text: text.String()})
			text.Reset()
		}
	}
	for i < len(s) {
		c := s[i]
		switch c {
		case '\\':
			if i+1 >= len(s) {
				return nil, i, fmt.Errorf("dangling escape at %d", i)
			}
			text.WriteByte(s[i+1])
			i += 2
		case ':', '*':
			name, n := scanName(s[i+1:])
			if name == "" {
				return nil, i, fmt.Errorf("missing parameter name after %q at %d", c, i)
			}
			flush()
			kind := tokParam
			if c == '*' {
				kind = tokWild
			}
			toks = append(toks, token{kind: kind, text: name})
			i += 1 + n
		case '{':
			flush()
			g, j, err := parseTokens(s, i+1, true)
			if err != nil {
				return nil, j, err
			}
			if j >= len(s) || s[j] != '}' {
				return nil, j, fmt.Errorf("unterminated \"{\" at %d", i)
			}
			toks = append(toks, token{kind: tokGroup, group: g})
			i = j + 1
		case '}':
			if !inGroup {
				return nil, i, fmt.Errorf("unexpected \"}\" at %d", i)
			}
			flush()
			return toks, i, nil
		case '(', ')', '[', ']', '?', '+', '!':
			return nil, i, fmt.Errorf("reserved character %q at %d (escape it with \\\\)", c, i)
		default:
			text.WriteByte(c)
			i++
		}
	}
	flush()
	return toks, i, nil
}

// scanName reads a parameter name: a JavaScript identifier, or a quoted string.
func scanName(s string) (string, int) {
	if len(s) > 0 && s[0] == '"' {
		if j := strings.IndexByte(s[1:], '"'); j >= 0 {
			return s[1 : 1+j], j + 2
		}
		return "", 0
	}
	n := 0
	for n < len(s) {
		c := s[n]
		if c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || n > 0 && c >= '0' && c <= '9' || c >= 0x80 {
			n++
			continue
		}
		break
	}
	return s[:n], n
}

func collectNames(toks []token, p *pathPattern) {
	for _, t := range toks {
		switch t.kind {
		case tokParam, tokWild:
			p.names = append(p.names, t.text)
			p.wild = append(p.wild, t.kind == tokWild)
		case tokGroup:
			collectNames(t.group, p)
		}
	}
}

// simpleSegments splits a pattern of literal text and whole-segment
// parameters into segments; ok is false for anything else.
func simpleSegments(toks []token) ([]segment, bool) {
	var segs []segment
	atStart := false // the previous token ended with "/"
	for i, t := range toks {
		switch t.kind {
		case tokText:
			parts := strings.Split(t.text, "/")
			// parts[0] continues the previous segment: only allowed at the very start ("" before the leading "/").
			if i == 0 {
				if parts[0] != "" {
					return nil, false
				}
			} else if parts[0] != "" {
				return nil, false
			}
			for _, s := range parts[1 : len(parts)-1] {
				if s == "" {
					return nil, false
				}
				segs = append(segs, segment{text: s})
			}
			last := parts[len(parts)-1]
			if last != "" {
				if i+1 < len(toks) {
					return nil, false // text followed by a parameter in the same segment
				}
				segs = append(segs, segment{text: last})
			}
			atStart = last == ""
		case tokParam:
			if !atStart {
				return nil, false
			}
			segs = append(segs, segment{isParam: true})
			atStart = false
		default:
			return nil, false
		}
	}
	return segs, true
}

func writeRegexp(b *strings.Builder, toks []token) {
	for _, t := range toks {
		switch t.kind {
		case tokText:
			b.WriteString(regexp.QuoteMeta(t.text))
		case tokParam:
			b.WriteString("([^/]+?)")
		case tokWild:
			b.WriteString("(.+)")
		case tokGroup:
			b.WriteString("(?:")
			writeRegexp(b, t.group)
			b.WriteString(")?")
		}
	}
}

// match matches the raw (percent-encoded) path against p. It returns the
// length of the path prefix consumed (for mount paths), the parameters, and
// whether it matched. params is appended to and returned, so callers can
// reuse a slice.
func (p *pathPattern) match(path string, params []param) (int, []param, bool, error) {
	if p.simple {
		return p.matchSegments(path, params)
	}
	loc := p.re.FindStringSubmatchIndex(path)
	if loc == nil {
		return 0, params, false, nil
	}
	n := loc[1]
	if !p.end && n < len(path) && path[n] != '/' && (n == 0 || path[n-1] != '/') {
		return 0, params, false, nil
	}
	for i, name := range p.names {
		s, e := loc[2+2*i], loc[3+2*i]
		if s < 0 {
			continue // an optional group that did not match
		}
		pr, err := decodeParam(name, path[s:e], p.wild[i])
		if err != nil {
			return 0, params, false, err
		}
		params = append(params, pr)
	}
	return n, params, true, nil
}

func (p *pathPattern) matchSegments(path string, params []param) (int, []param, bool, error) {
	rest := path
	if p.end && len(rest) > 1 && rest[len(rest)-1] == '/' {
		rest = rest[:len(rest)-1]
	}
	consumed := 0
	for _, sg := range p.segs {
		if len(rest) == 0 || rest[0] != '/' {
			return 0, params, false, nil
		}
		seg := rest[1:]
		if i := strings.IndexByte(seg, '/'); i >= 0 {
			seg = seg[:i]
		}
		if sg.isParam {
			if seg == "" {
				return 0, params, false, nil
			}
		} else if !strings.EqualFold(seg, sg.text) {
			return 0, params, false, nil
		}
		consumed += 1 + len(seg)
		rest = rest[1+len(seg):]
	}
	if p.end {
		if rest != "" && rest != "/" {
			return 0, params, false, nil
		}
	} else if rest != "" && rest[0] != '/' {
		return 0, params, false, nil
	}
	if len(p.names) > 0 {
		// second pass to decode parameters only on a match
		r, k := path, 0
		for _, sg := range p.segs {
			seg := r[1:]
			if i := strings.IndexByte(seg, '/'); i >= 0 {
				seg = seg[:i]
			}
			r = r[1+len(seg):]
			if sg.isParam {
				pr, err := decodeParam(p.names[k], seg, false)
				if err != nil {
					return 0, params, false, err
				}
				params = append(params, pr)
				k++
			}
		}
	}
	return consumed, params, true, nil
}

func decodeParam(name, raw string, wild bool) (param, error) {
	if !wild {
		v, err := unescapeParam(raw)
		if err != nil {
			return param{}, fmt.Errorf("failed to decode param %q: %w", raw, err)
		}
		return param{name: name, value: v}, nil
	}
	parts := strings.Split(raw, "/")
	vals := make([]string, len(parts))
	for i, s := range parts {
		v, err := unescapeParam(s)
		if err != nil {
			return param{}, fmt.Errorf("failed to decode param %q: %w", raw, err)
		}
		vals[i] = v
	}
	return param{name: name, values: vals, wild: true}, nil
}

func unescapeParam(s string) (string, error) {
	if strings.IndexByte(s, '%') < 0 {
		return s, nil
	}
	u, err := url.PathUnescape(s)
	if err == nil && !utf8.ValidString(u) {
		err = errors.New("not UTF-8") // decodeURIComponent refuses it too
	}
	return u, err
}

// indexKey returns the httprouter path under which a simple route pattern is
// indexed: literal segments lower-cased, every parameter named ":p" (so that
// httprouter sees no conflict between differently named parameters).
func (p *pathPattern) indexKey() (string, bool) {
	if !p.simple || !p.end {
		return "", false
	}
	if len(p.segs) == 0 {
		return "/", true
	}
	var b strings.Builder
	for _, sg := range p.segs {
		b.WriteByte('/')
		if sg.isParam {
			b.WriteString(":p")
			continue
		}
		if strings.ContainsAny(sg.text, ":*") {
			return "", false
		}
		b.WriteString(strings.ToLower(sg.text))
	}
	return b.String(), true
}
