package express

import (
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dlclark/regexp2/v2"
)

// This file holds the route path syntax of Express 5, a port of
// path-to-regexp 8.4 as Express's router uses it:
//
//	/users/:id          named parameter: one non-empty segment part
//	/files/*path        wildcard: one or more characters, slashes included;
//	                    the parameter is an array of the segments it spans
//	/docs{/:section}    optional group
//	/a\:b               a backslash escapes a special character
//	/:"quoted name"     a parameter name that is not an identifier
//
// By default matching is case-insensitive and ignores one trailing slash;
// a router created with caseSensitive or strict changes that. The
// characters ( ) [ ] ? + ! are reserved and rejected, with path-to-regexp's
// own messages.
//
// A pattern made only of literal segments and whole-segment parameters is
// "simple": it matches segment by segment without a regular expression, and
// the router can index it in httprouter. Every other pattern compiles to the
// regular expression path-to-regexp builds: Go's regexp when it can express
// it (leftmost-first submatches, as a backtracking engine picks them), else
// regexp2 in ECMAScript mode for the few patterns that need a lookahead.

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

// pathOptions are the matching options of a router.
type pathOptions struct {
	caseSensitive bool
	strict        bool
}

// pathPattern is a compiled route or mount path.
type pathPattern struct {
	src    string
	slash  bool // a mount path of "/": matches everything, consumes nothing
	regexp bool // registered as a RegExp
	end    bool // the whole path must match (routes); else a prefix at a segment boundary (use)
	opts   pathOptions

	// simple patterns: one entry per segment; a param segment has isParam set.
	segs   []segment
	names  []string // simple: the parameter names in order; else the name of each capture group
	wild   []bool   // names[i] is a wildcard (its value is an array)
	simple bool

	re  *regexp.Regexp  // non-simple patterns Go can express; group 1 is the consumed path
	re2 *regexp2.Regexp // patterns that need a lookahead; group 0 is the consumed path
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

// pathError builds an error worded like path-to-regexp's PathError.
func pathError(src, msg string) error {
	return fmt.Errorf("%s: %s; visit https://git.new/pathToRegexpError for info", msg, src)
}

// parsePattern compiles a route (end) or mount path as Express's Layer does.
func parsePattern(src string, end bool, opts pathOptions) (*pathPattern, error) {
	p := &pathPattern{src: src, end: end, opts: opts}
	if src == "/" && !end {
		p.slash = true
		return p, nil
	}
	work := src
	if !opts.strict && work != "/" {
		work = strings.TrimRight(work, "/") // Layer's loosen()
	}
	toks, err := parseTokens(src, []rune(work))
	if err != nil {
		return nil, err
	}
	var combos [][]token
	if err := flattenTokens(toks, 0, nil, func(seq []token) error {
		if len(combos) >= 256 {
			return pathError(src, "Too many path combinations")
		}
		combos = append(combos, append([]token(nil), seq...))
		return nil
	}); err != nil {
		return nil, err
	}
	if len(combos) == 1 && !opts.caseSensitive && !opts.strict {
		if segs, names, ok := simpleSegments(combos[0]); ok {
			p.simple, p.segs, p.names, p.wild = true, segs, names, make([]bool, len(names))
			return p, nil
		}
	}
	var src2 strings.Builder
	for i, c := range combos {
		if i > 0 {
			src2.WriteByte('|')
		}
		s, err := regexpSource(c, p, src)
		if err != nil {
			return nil, err
		}
		src2.WriteString(s)
	}
	body := "(?:" + src2.String() + ")"
	if !opts.strict {
		body += `(?:\/$)?`
	}
	lookahead := strings.Contains(body, "(?!")
	if !lookahead {
		// Go has no lookahead: consume the boundary instead of looking at
		// it, and report the prefix through group 1.
		expr := "^(" + body + ")"
		if end {
			expr += "$"
		} else {
			expr += `(?:\/|$)`
		}
		if !opts.caseSensitive {
			expr = "(?i)" + expr
		}
		if p.re, err = regexp.Compile(expr); err != nil {
			return nil, fmt.Errorf("path %q: %w", src, err)
		}
		return p, nil
	}
	expr := "^" + body
	if end {
		expr += "$"
	} else {
		expr += `(?=\/|$)`
	}
	ro := regexp2.ECMAScript
	if !opts.caseSensitive {
		ro |= regexp2.IgnoreCase
	}
	if p.re2, err = regexp2.Compile(expr, ro); err != nil {
		return nil, fmt.Errorf("path %q: %w", src, err)
	}
	p.re2.MatchTimeout = time.Second
	return p, nil
}

// regexpPattern compiles a RegExp route or mount path, as Express's Layer
// takes it: the expression as it is, its groups as parameters named by
// their group names or numbered from 0.
func regexpPattern(source, flags string) (*pathPattern, error) {
	ro := regexp2.ECMAScript
	if strings.Contains(flags, "i") {
		ro |= regexp2.IgnoreCase
	}
	re, err := regexp2.Compile(source, ro)
	if err != nil {
		return nil, fmt.Errorf("path /%s/%s: %w", source, flags, err)
	}
	re.MatchTimeout = time.Second
	p := &pathPattern{src: "/" + source + "/" + flags, re2: re, end: true, regexp: true}
	n := 0
	for _, m := range matchingGroupRe.FindAllStringSubmatch(source, -1) {
		if m[1] != "" {
			p.names = append(p.names, m[1])
		} else {
			p.names = append(p.names, fmt.Sprint(n))
			n++
		}
		p.wild = append(p.wild, false)
	}
	return p, nil
}

// matchingGroupRe is Layer's MATCHING_GROUP_REGEXP, /\((?:\?<(.*?)>)?(?!\?)/g:
// an opening parenthesis that starts a capturing group.
var matchingGroupRe = regexp.MustCompile(`\((?:\?<(.*?)>)?([^?]|$)`)

// parseTokens is path-to-regexp's parse: text, :params, *wildcards and
// {groups}, with backslash escapes.
func parseTokens(src string, chars []rune) ([]token, error) {
	i := 0
	var consume func(end rune) ([]token, error)
	consume = func(end rune) ([]token, error) {
		var out []token
		var text strings.Builder
		flush := func() {
			if text.Len() > 0 {
				out = append(out, token{kind: tokText, text: text.String()})
				text.Reset()
			}
		}
		for i < len(chars) {
			c := chars[i]
			i++
			if c == end {
				flush()
				return out, nil
			}
			switch c {
			case '\\':
				if i == len(chars) {
					return nil, pathError(src, fmt.Sprintf("Unexpected end after \\ at index %d", i))
				}
				text.WriteRune(chars[i])
				i++
				continue
			case ':', '*':
				kind := tokParam
				if c == '*' {
					kind = tokWild
				}
				var name strings.Builder
				if i < len(chars) && isIDStart(chars[i]) {
					for {
						name.WriteRune(chars[i])
						i++
						if i >= len(chars) || !isIDContinue(chars[i]) {
							break
						}
					}
				} else if i < len(chars) && chars[i] == '"' {
					quoteStart := i
					for i < len(chars) {
						i++
						if i < len(chars) && chars[i] == '"' {
							i++
							quoteStart = 0
							break
						}
						if i < len(chars) && chars[i] == '\\' {
							i++
						}
						if i < len(chars) {
							name.WriteRune(chars[i])
						}
					}
					if quoteStart != 0 {
						return nil, pathError(src, fmt.Sprintf("Unterminated quote at index %d", quoteStart))
					}
				}
				if name.Len() == 0 {
					return nil, pathError(src, fmt.Sprintf("Missing parameter name at index %d", i))
				}
				flush()
				out = append(out, token{kind: kind, text: name.String()})
				continue
			case '{':
				flush()
				g, err := consume('}')
				if err != nil {
					return nil, err
				}
				out = append(out, token{kind: tokGroup, group: g})
				continue
			case '}', '(', ')', '[', ']', '+', '?', '!':
				return nil, pathError(src, fmt.Sprintf("Unexpected %c at index %d", c, i-1))
			}
			text.WriteRune(c)
		}
		if end != 0 {
			return nil, pathError(src, fmt.Sprintf("Unexpected end at index %d, expected %c", i, end))
		}
		flush()
		return out, nil
	}
	return consume(0)
}

func isIDStart(r rune) bool {
	return r == '$' || r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r)
}

func isIDContinue(r rune) bool {
	return isIDStart(r) || r == '\u200c' || r == '\u200d' || unicode.IsDigit(r) ||
		unicode.In(r, unicode.Mn, unicode.Mc, unicode.Pc)
}

// flattenTokens expands optional groups into every combination, the
// combination with a group before the one without it, as path-to-regexp's
// flatten does; at most 256.
func flattenTokens(toks []token, index int, result []token, emit func([]token) error) error {
	for index < len(toks) {
		t := toks[index]
		index++
		if t.kind == tokGroup {
			n, rest := len(result), index
			if err := flattenTokens(t.group, 0, result, func(seq []token) error {
				return flattenTokens(toks, rest, seq, emit)
			}); err != nil {
				return err
			}
			result = result[:n]
			continue
		}
		result = append(result, t)
	}
	return emit(result)
}

// simpleSegments splits a combination of literal text and whole-segment
// parameters into segments; ok is false for anything else.
func simpleSegments(toks []token) ([]segment, []string, bool) {
	var segs []segment
	var names []string
	atStart := false // the previous token ended with "/"
	for i, t := range toks {
		switch t.kind {
		case tokText:
			parts := strings.Split(t.text, "/")
			if parts[0] != "" {
				return nil, nil, false // text continues the previous segment
			}
			for _, s := range parts[1 : len(parts)-1] {
				if s == "" {
					return nil, nil, false
				}
				segs = append(segs, segment{text: s})
			}
			last := parts[len(parts)-1]
			if last != "" {
				if i+1 < len(toks) {
					return nil, nil, false // text followed by a parameter in the same segment
				}
				segs = append(segs, segment{text: last})
			}
			atStart = last == ""
		case tokParam:
			if !atStart {
				return nil, nil, false
			}
			segs = append(segs, segment{isParam: true})
			names = append(names, t.text)
			atStart = false
		default:
			return nil, nil, false
		}
	}
	return segs, names, true
}

// jsEscape is path-to-regexp's escape(), valid in both regexp dialects.
func jsEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(`.+*?^${}()[]|/\`, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// negate is path-to-regexp's negate(): one character that starts neither a
// nor b.
func negate(a, b string) string {
	if len(b) > len(a) {
		a, b = b, a
	}
	if a == b {
		b = ""
	}
	if utf8.RuneCountInString(b) > 1 {
		return `(?:(?!` + jsEscape(a) + `|` + jsEscape(b) + `)[\s\S])`
	}
	if utf8.RuneCountInString(a) > 1 {
		return `(?:(?!` + jsEscape(a) + `)[^` + jsEscape(b) + `])`
	}
	return `[^` + jsEscape(a+b) + `]`
}

// regexpSource is path-to-regexp's toRegExpSource for one combination; it
// records each capture group's name and kind in p.
func regexpSource(toks []token, p *pathPattern, src string) (string, error) {
	const delim = "/"
	var result strings.Builder
	backtrack, wildcardBacktrack := "", ""
	prevCapture, segCapture := 0, 0
	hasInSegment := func(i int, kind tokenKind) bool {
		for ; i < len(toks); i++ {
			if toks[i].kind == kind {
				return true
			}
			if toks[i].kind == tokText && strings.Contains(toks[i].text, delim) {
				break
			}
		}
		return false
	}
	peekText := func(i int) string {
		var s strings.Builder
		for ; i < len(toks) && toks[i].kind == tokText; i++ {
			s.WriteString(toks[i].text)
		}
		return s.String()
	}
	for i, t := range toks {
		switch t.kind {
		case tokText:
			result.WriteString(jsEscape(t.text))
			backtrack += t.text
			if prevCapture == 2 {
				wildcardBacktrack += t.text
			}
			if strings.Contains(t.text, delim) {
				segCapture = 0
			}
			continue
		case tokParam, tokWild:
		default:
			return "", fmt.Errorf("unknown token in %q", src)
		}
		kind := "param"
		if t.kind == tokWild {
			kind = "wildcard"
		}
		if prevCapture != 0 && backtrack == "" {
			return "", pathError(src, fmt.Sprintf("Missing text before %q %s", t.text, kind))
		}
		if t.kind == tokParam {
			switch {
			case segCapture&2 != 0:
				result.WriteString("(" + negate(delim, backtrack) + "+)")
			case hasInSegment(i+1, tokWild):
				result.WriteString("(" + negate(delim, peekText(i+1)) + "+)")
			case segCapture&1 != 0:
				result.WriteString("(" + negate(delim, backtrack) + "+|" + jsEscape(backtrack) + ")")
			default:
				result.WriteString("(" + negate(delim, "") + "+)")
			}
			prevCapture = 1
			segCapture |= 1
		} else {
			switch {
			case segCapture&2 != 0:
				result.WriteString("(" + negate(backtrack, "") + "+)")
			case wildcardBacktrack != "":
				result.WriteString("(" + negate(wildcardBacktrack, "") + "+|" + negate(delim, "") + "+)")
			default:
				result.WriteString(`([\s\S]+)`)
			}
			wildcardBacktrack = ""
			prevCapture = 2
			segCapture |= 2
		}
		p.names = append(p.names, t.text)
		p.wild = append(p.wild, t.kind == tokWild)
		backtrack = ""
	}
	return result.String(), nil
}

// match matches the raw (percent-encoded) path against p. It returns the
// length of the path prefix consumed (for mount paths), the parameters, and
// whether it matched. params is appended to and returned, so callers can
// reuse a slice. An error is a parameter that does not decode (a 400).
func (p *pathPattern) match(path string, params []param) (int, []param, bool, error) {
	switch {
	case p.slash:
		return 0, params, true, nil
	case p.simple:
		return p.matchSegments(path, params)
	case p.re != nil:
		loc := p.re.FindStringSubmatchIndex(path)
		if loc == nil {
			return 0, params, false, nil
		}
		n := loc[3]
		for i, name := range p.names {
			s, e := loc[4+2*i], loc[5+2*i]
			if s < 0 {
				continue // a group of another combination
			}
			pr, err := decodeParam(name, path[s:e], p.wild[i])
			if err != nil {
				return 0, params, false, err
			}
			params = append(params, pr)
		}
		return n, params, true, nil
	}
	m, err := p.re2.FindStringMatch(path)
	if err != nil || m == nil {
		return 0, params, false, nil
	}
	n := len(m.String())
	for i, name := range p.names {
		g := m.GroupByNumber(i + 1)
		if g == nil || len(g.Captures) == 0 {
			continue
		}
		pr, err := decodeParam(name, g.String(), p.wild[i])
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
		// One trailing slash was already allowed above; what is left may
		// only be the root pattern's own "/". A match is the whole path.
		if rest != "" && !(rest == "/" && len(p.segs) == 0) {
			return 0, params, false, nil
		}
		consumed = len(path)
	} else if rest == "/" {
		consumed++ // the optional trailing slash is part of the matched prefix
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

// errDecodeParam is the cause of a parameter that does not decode.
var errDecodeParam = errors.New("failed to decode param")

func decodeParam(name, raw string, wild bool) (param, error) {
	if !wild {
		v, err := unescapeParam(raw)
		if err != nil {
			//lint:ignore ST1005 the router's own message, which plugins may match
			return param{}, fmt.Errorf("Failed to decode param '%s': %w", raw, err)
		}
		return param{name: name, value: v}, nil
	}
	parts := strings.Split(raw, "/")
	vals := make([]string, len(parts))
	for i, s := range parts {
		v, err := unescapeParam(s)
		if err != nil {
			//lint:ignore ST1005 the router's own message, which plugins may match
			return param{}, fmt.Errorf("Failed to decode param '%s': %w", s, err)
		}
		vals[i] = v
	}
	return param{name: name, values: vals, wild: true}, nil
}

// unescapeParam is decodeURIComponent: it fails where JavaScript throws a
// URIError (a bad escape, or bytes that are not UTF-8).
func unescapeParam(s string) (string, error) {
	if strings.IndexByte(s, '%') < 0 {
		return s, nil
	}
	u, err := url.PathUnescape(s)
	if err != nil {
		return "", errDecodeParam
	}
	if !utf8.ValidString(u) {
		return "", errDecodeParam
	}
	return u, nil
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
