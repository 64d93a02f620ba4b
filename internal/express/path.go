package express

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/dlclark/regexp2/v2"
	"github.com/plugmux/plugmux/internal/pathsyntax"
)

// Route and mount paths: a string path is read and matched by package
// pathsyntax (Express 5's path syntax); a RegExp path is matched by the
// expression as it is. Both give the router the same pathPattern.

// pathOptions are the matching options of a router.
type pathOptions struct {
	caseSensitive bool
	strict        bool
}

// pathPattern is a compiled route or mount path.
type pathPattern struct {
	src    string
	regexp bool // registered as a RegExp
	end    bool // a route: the whole path must match; else a mount path
	opts   pathOptions

	syntax *pathsyntax.Pattern // a string path
	re     *regexp2.Regexp     // a RegExp path; names holds its groups' parameter names
	names  []string
}

// param is one matched route parameter; values holds the decoded segments of
// a wildcard.
type param struct {
	name   string
	value  string
	values []string
	wild   bool
}

// parsePattern compiles a route (end) or mount path as Express's router
// reads it.
func parsePattern(src string, end bool, opts pathOptions) (*pathPattern, error) {
	sp, err := pathsyntax.Compile(src, pathsyntax.Options{CaseSensitive: opts.caseSensitive, Strict: opts.strict, Prefix: !end})
	if err != nil {
		return nil, err
	}
	return &pathPattern{src: src, end: end, opts: opts, syntax: sp}, nil
}

// regexpPattern compiles a RegExp route or mount path, as Express's router
// takes it: the expression as it is; its capturing groups are parameters named by their group names, the
// unnamed ones numbered from 0.
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
	p := &pathPattern{src: "/" + source + "/" + flags, re: re, end: true, regexp: true}
	n := 0
	for _, m := range capturingGroup.FindAllStringSubmatch(source, -1) {
		if m[1] != "" {
			p.names = append(p.names, m[1])
		} else {
			p.names = append(p.names, fmt.Sprint(n))
			n++
		}
	}
	return p, nil
}

// capturingGroup finds the opening parenthesis of a capturing group (not
// one followed by "?", unless it is a named group) and its name.
var capturingGroup = regexp.MustCompile(`\((?:\?<(.*?)>)?([^?]|$)`)

// match matches the raw (percent-encoded) path against p. It returns the
// length of the path prefix consumed (for mount paths), the parameters, and
// whether it matched. params is appended to and returned, so callers can
// reuse a slice. An error is a parameter that does not decode (a 400).
func (p *pathPattern) match(path string, params []param) (int, []param, bool, error) {
	if p.syntax == nil {
		return p.matchRegexp(path, params)
	}
	var buf [8]pathsyntax.Capture
	n, caps, ok := p.syntax.Match(path, buf[:0])
	if !ok {
		return 0, params, false, nil
	}
	for _, c := range caps {
		pr, err := decodeParam(c.Name, c.Raw, c.Wildcard)
		if err != nil {
			return 0, params, false, err
		}
		params = append(params, pr)
	}
	return n, params, true, nil
}

func (p *pathPattern) matchRegexp(path string, params []param) (int, []param, bool, error) {
	m, err := p.re.FindStringMatch(path)
	if err != nil || m == nil {
		return 0, params, false, nil
	}
	for i, name := range p.names {
		g := m.GroupByNumber(i + 1)
		if g == nil || len(g.Captures) == 0 {
			continue
		}
		pr, err := decodeParam(name, g.String(), false)
		if err != nil {
			return 0, params, false, err
		}
		params = append(params, pr)
	}
	return len(m.String()), params, true, nil
}

// errDecodeParam is the cause of a parameter that does not decode.
var errDecodeParam = errors.New("failed to decode param")

// decodeParam decodes a parameter as the router does: with
// decodeURIComponent, a wildcard segment by segment.
func decodeParam(name, raw string, wild bool) (param, error) {
	if !wild {
		v, err := unescapeParam(raw)
		if err != nil {
			return param{}, err
		}
		return param{name: name, value: v}, nil
	}
	parts := strings.Split(raw, "/")
	for i, s := range parts {
		v, err := unescapeParam(s)
		if err != nil {
			return param{}, err
		}
		parts[i] = v
	}
	return param{name: name, values: parts, wild: true}, nil
}

func unescapeParam(s string) (string, error) {
	v, ok := pathsyntax.DecodeComponent(s)
	if !ok {
		return "", paramError(s)
	}
	return v, nil
}

// paramError is a parameter that does not decode; its message is the
// router's own, which error handlers may show or match.
type paramError string

func (e paramError) Error() string { return "Failed to decode param '" + string(e) + "'" }

func (e paramError) Unwrap() error { return errDecodeParam }

// indexKey returns the httprouter path under which a route pattern is
// indexed: a default-options route of literal segments and whole-segment
// parameters, literal segments lower-cased, every parameter named ":p" (so
// that httprouter sees no conflict between differently named parameters).
// Literals that httprouter would read as syntax, or that are not ASCII (whose
// case folding httprouter's lower-cased lookup may not share), are not
// indexed.
func (p *pathPattern) indexKey() (string, bool) {
	if p.syntax == nil || !p.end || p.opts.caseSensitive || p.opts.strict {
		return "", false
	}
	if strings.TrimRight(p.src, "/") == "" {
		return "/", true
	}
	segs, ok := p.syntax.Segments()
	if !ok {
		return "", false
	}
	var b strings.Builder
	for _, sg := range segs {
		b.WriteByte('/')
		if sg.Param {
			b.WriteString(":p")
			continue
		}
		for i := 0; i < len(sg.Text); i++ {
			if c := sg.Text[i]; c == ':' || c == '*' || c >= 0x80 {
				return "", false
			}
		}
		b.WriteString(strings.ToLower(sg.Text))
	}
	return b.String(), true
}
