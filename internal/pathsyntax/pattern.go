// Package pathsyntax reads and matches the route paths of Express 5
// (app.get("/users/:id"), router.use("/files"), …), re-derived from how
// Express's router behaves rather than from its source.
//
// # The syntax
//
//	/users/:id          a parameter: one or more characters of one segment
//	/files/*path        a wildcard: one or more characters, "/" included;
//	                    its value is the list of the segments it spans
//	/docs{/:section}    an optional part; groups nest
//	/a\:b               a backslash makes the next character literal
//	/:"quoted name"     a name that is not an identifier
//
// The characters ( ) [ ] ? + ! are reserved. Refused paths give a
// *SyntaxError worded as Express words it.
//
// # Matching, as observed
//
// Each optional group doubles the ways to read the pattern: the reading with
// the group comes before the one without it, at most 256 readings. A path
// matches the first reading, in that order, that matches it; within a
// reading every capture takes as much as it can and gives back one character
// at a time, as a backtracking matcher would.
//
// A capture never takes text it could not tell from the literal text around
// it:
//
//   - Two captures need literal text between them ("/:a:b" is refused);
//   - a parameter after another capture of the same segment stops before
//     the text that separates them ("/:a-:b": b holds no "-"); when the
//     earlier capture is a parameter, it may also be exactly that text;
//   - a parameter followed in its segment by a wildcard stops before the
//     text that follows it;
//   - a wildcard after another wildcard of the same segment stops before
//     the text between them; a wildcard after a wildcard of an earlier
//     segment stops before the literal text that directly followed that
//     wildcard, or else stays within one segment.
//
// "Stops before a text" means that no occurrence of the text may start
// inside the value, even one that runs past its end.
//
// Matching ignores case unless Options.CaseSensitive (letters fold as
// JavaScript's case-insensitive RegExp folds them: to upper case, but never
// from outside ASCII into it). Unless Options.Strict, the trailing slashes
// of the pattern are dropped and the path may end with one slash more. A
// route (the default) must match the whole path; a mount path
// (Options.Prefix) matches a leading run of whole segments, and "/" matches
// every path while consuming none of it.
//
// Captures are returned raw; DecodeComponent decodes them as the router
// does.
//
// Matching is a search over (capture, position) states with failed states
// remembered, so its cost is bounded by captures × positions² whatever the
// pattern, and is about linear in practice, since a capture's value ends
// before the text that came before it. Patterns made of literal segments and
// whole-segment parameters match segment by segment; matching allocates
// nothing for paths of up to a few hundred bytes.
package pathsyntax

import (
	"strings"
)

// Options are the matching options of a router and the kind of path.
type Options struct {
	CaseSensitive bool // Router({caseSensitive: true}): letters must match exactly
	Strict        bool // Router({strict: true}): trailing slashes count
	Prefix        bool // a mount path (router.use), not a route: matches a leading run of segments
}

// Capture is one matched parameter or wildcard: Raw is the text of the path
// it spans, still percent-encoded.
type Capture struct {
	Name     string
	Raw      string
	Wildcard bool
}

// Segment is one segment of a pattern that Segments can describe: a literal
// (Text, escapes resolved) or a whole-segment parameter (Param, Text its
// name).
type Segment struct {
	Text  string
	Param bool
}

// Pattern is a compiled route or mount path. It is immutable and safe for
// concurrent use.
type Pattern struct {
	src         string
	opts        Options
	matchAll    bool      // a mount path of "/"
	readings    []reading // the ways to read the pattern, in the order they are tried
	maxCaptures int       // the most captures of a reading
	segments    []Segment // the segment form of the single reading, when it has one
	segmented   bool
}

// reading is one way to read a pattern, optional groups resolved.
type reading struct {
	pieces   []piece
	captures int
}

// piece is literal text or a capture with the limits on what it may take.
type piece struct {
	text    string // literal text, or a capture's name
	capture bool
	wild    bool

	noSlash   bool   // the value stays within a segment
	stopAt    string // no occurrence of this text may start inside the value
	orExactly string // or else: the value is exactly this text
	orSegment bool   // or else: the value is any run within one segment
}

const maxReadings = 256

// Compile reads a route path as Express's router takes it.
func Compile(src string, o Options) (*Pattern, error) {
	p := &Pattern{src: src, opts: o, matchAll: o.Prefix && src == "/"}
	if !o.Strict && src != "/" {
		src = strings.TrimRight(src, "/")
	}
	nodes, err := parse(src)
	if err != nil {
		return nil, err
	}
	err = expand(nodes, nil, func(seq []node) error {
		if len(p.readings) == maxReadings {
			return &SyntaxError{Pattern: src, Problem: "Too many path combinations"}
		}
		r, err := newReading(seq, src)
		if err != nil {
			return err
		}
		p.readings = append(p.readings, r)
		p.maxCaptures = max(p.maxCaptures, r.captures)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(p.readings) == 1 {
		p.segments, p.segmented = asSegments(p.readings[0].pieces)
	}
	return p, nil
}

// Source is the path as it was registered.
func (p *Pattern) Source() string { return p.src }

// Segments describes a pattern of literal segments and whole-segment
// parameters ("/users/:id/edit") segment by segment; ok is false for any
// other pattern, and for "/".
func (p *Pattern) Segments() (segs []Segment, ok bool) {
	return p.segments, p.segmented
}

// expand calls emit with every reading of nodes after prefix, optional
// groups taken before they are left out.
func expand(nodes []node, prefix []node, emit func([]node) error) error {
	for i, n := range nodes {
		if n.kind != kindOptional {
			prefix = append(prefix[:len(prefix):len(prefix)], n)
			continue
		}
		rest := nodes[i+1:]
		if err := expand(n.group, prefix, func(with []node) error {
			return expand(rest, with, emit)
		}); err != nil {
			return err
		}
		return expand(rest, prefix, emit)
	}
	return emit(prefix)
}

// newReading merges adjacent texts and sets each capture's limits from the
// text around it (see the package documentation).
func newReading(seq []node, src string) (reading, error) {
	var pieces []piece
	for _, n := range seq {
		if n.kind == kindText && len(pieces) > 0 && !pieces[len(pieces)-1].capture {
			pieces[len(pieces)-1].text += n.text
			continue
		}
		pieces = append(pieces, piece{text: n.text, capture: n.kind != kindText, wild: n.kind == kindWildcard})
	}
	var (
		r            = reading{pieces: pieces}
		anyCapture   bool
		lastWild     bool   // the latest capture is a wildcard
		sinceCapture string // literal text since the latest capture
		sinceWild    string // literal text since the latest wildcard, while it is the latest capture
		segParam     bool   // the current segment has a parameter so far
		segWild      bool   // … a wildcard
	)
	for i := range pieces {
		pc := &pieces[i]
		if !pc.capture {
			sinceCapture += pc.text
			if lastWild {
				sinceWild += pc.text
			}
			if strings.Contains(pc.text, "/") {
				segParam, segWild = false, false
			}
			continue
		}
		if anyCapture && sinceCapture == "" {
			what := "param"
			if pc.wild {
				what = "wildcard"
			}
			return reading{}, &SyntaxError{Pattern: src, Problem: "Missing text before \"" + pc.text + "\" " + what}
		}
		if pc.wild {
			switch {
			case segWild:
				pc.stopAt = sinceCapture
			case sinceWild != "":
				pc.stopAt, pc.orSegment = sinceWild, true
			}
			sinceWild, segWild = "", true
		} else {
			pc.noSlash = true
			switch {
			case segWild:
				pc.stopAt = sinceCapture
			case wildcardLaterInSegment(pieces[i+1:]):
				if i+1 < len(pieces) && !pieces[i+1].capture {
					pc.stopAt = pieces[i+1].text
				}
			case segParam:
				pc.stopAt, pc.orExactly = sinceCapture, sinceCapture
			}
			segParam = true
		}
		anyCapture, lastWild, sinceCapture = true, pc.wild, ""
		r.captures++
	}
	return r, nil
}

func wildcardLaterInSegment(rest []piece) bool {
	for _, pc := range rest {
		if pc.wild {
			return true
		}
		if !pc.capture && strings.Contains(pc.text, "/") {
			return false
		}
	}
	return false
}

// asSegments gives the segment form of "/lit/:param/lit" readings.
func asSegments(pieces []piece) ([]Segment, bool) {
	var segs []Segment
	for i, pc := range pieces {
		if pc.capture {
			if pc.wild || i == 0 || !strings.HasSuffix(pieces[i-1].text, "/") {
				return nil, false
			}
			if i+1 < len(pieces) && !strings.HasPrefix(pieces[i+1].text, "/") {
				return nil, false
			}
			segs = append(segs, Segment{Text: pc.text, Param: true})
			continue
		}
		parts := strings.Split(pc.text, "/")
		if parts[0] != "" {
			return nil, false // the text does not start a segment
		}
		last := len(parts) - 1
		for j, s := range parts[1:] {
			if s == "" {
				if j+1 == last && i+1 < len(pieces) {
					break // "/" before a parameter
				}
				return nil, false
			}
			segs = append(segs, Segment{Text: s})
		}
	}
	return segs, len(segs) > 0
}
